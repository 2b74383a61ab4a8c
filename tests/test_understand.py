"""Understanding a master (brandvoice.understand): intent and action with the words that
decided them, dates read as days, key facts by role, consistency findings. Real spaCy models,
no mocks."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandvoice.errors import InputError
from brandvoice.understand import Action, Intent, Message, Role, TimeKind, backstop, understand
from brandvoice.understand.actions import action_rules
from brandvoice.understand.consistency import (
    DEADLINE_AFTER_EVENT,
    PAST_DATE,
    WEEKDAY_MISMATCH,
)
from brandvoice.understand.dates import read_date, read_time
from brandvoice.understand.intents import classify, cue_reading, intent_rules

from .conftest import ROOT

MARCH = dt.date(2026, 3, 5)  # a Thursday


def _examples() -> list[tuple[str, str, str]]:
    return [
        (str(rule.intent), lang, text)
        for rule in intent_rules().rules
        for lang, texts in rule.examples.items()
        for text in texts
    ]


def _action_examples() -> list[tuple[str, str, str]]:
    return [
        (str(rule.action), lang, text)
        for rule in action_rules()
        for lang, texts in rule.examples.items()
        for text in texts
    ]


# --- intents and actions: the examples in the data files -----------------------------------------


@pytest.mark.parametrize(("intent", "lang", "text"), _examples())
def test_intent_examples(intent: str, lang: str, text: str) -> None:
    message = understand(text, lang=lang, date=MARCH)
    assert str(message.intent) == intent, message.explain()


@pytest.mark.parametrize(("action", "lang", "text"), _action_examples())
def test_action_examples(action: str, lang: str, text: str) -> None:
    message = understand(text, lang=lang, date=MARCH)
    assert str(message.action) == action, (message.explain(), message.explain_action())


def test_every_intent_and_action_has_examples_in_both_languages() -> None:
    for rule in intent_rules().rules:
        assert all(len(rule.examples[lang]) >= 1 for lang in ("fr", "en")), rule.intent
    for action in action_rules():
        assert all(action.examples[lang] for lang in ("fr", "en")), action.action


# --- the words that decided ----------------------------------------------------------------------


def test_explain_names_the_cue_words() -> None:
    message = understand("Le Fournil recrute un apprenti boulanger (H/F) en CDI.", lang="fr")
    assert message.explain() == (
        "intent: hiring because 'recrute', 'apprenti', 'boulanger', '(H/F)'"
    )
    assert message.action is Action.APPLY
    for cue in message.intent_cues:
        assert message.text[cue.start : cue.end] == cue.text


def test_explain_without_cue_is_news() -> None:
    message = understand("Bonjour à tous.", lang="fr")
    assert message.intent is Intent.NEWS
    assert message.explain() == "intent: news (no cue)"


def test_an_apology_wins_over_the_launch_it_mentions() -> None:
    message = understand(
        "We're sorry: the app was down during yesterday's launch of our new menu.", lang="en"
    )
    assert message.intent is Intent.INCIDENT
    assert message.serious
    assert "sorry" in message.explain()


def test_a_perk_said_in_passing_does_not_make_an_offer() -> None:
    message = understand(
        "Grande ouverture de notre deuxième salon lundi ! Pour fêter ça, -20 % sur tout.",
        lang="fr",
    )
    assert message.intent is Intent.OPENING, message.explain()


def test_a_place_name_is_not_a_cue() -> None:
    # "Salon" in Salon-de-Provence is no trade fair.
    message = understand("Garage Martinez, 145 avenue de la Libération, Salon-de-Provence.", "fr")
    assert "salon" not in message.explain().casefold()


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a cue pattern ("a|b(?:c|d)" -> "a", "b(?:c|d)")."""
    found, depth, start, escaped = [], 0, 0, False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
    return [*found, source[start:]]


def test_no_cue_ends_in_a_space() -> None:
    # A cue is matched on whole words: an alternative that ends in a space ("rappelle les ")
    # could never match, whatever the text.
    for rule in [*intent_rules().rules, *action_rules()]:
        for cues in rule.cues.values():
            for source, _ in cues.sources:
                for alternative in _alternatives(source):
                    assert not alternative.endswith((" ", "\\s")), f"{cues.name}: {source!r}"


def test_a_recall_verb_with_what_is_taken_back_is_a_recall_cue() -> None:
    text = "La Confiturerie rappelle les pots de confiture des lots L2604 et L2605."
    cues = cue_reading(text, "fr")[Intent.RECALL]
    assert [c.text for c in cues] == ["rappelle les pots", "lots L2604"]
    # "nous vous rappelons les horaires" reminds the reader: the verb alone, a hint.
    reminder = cue_reading("Nous vous rappelons les horaires du marché.", "fr")[Intent.RECALL]
    assert [(c.text, c.weight) for c in reminder] == [("rappelons", 1.0)]


def test_an_apology_about_a_birthday_cake_is_no_award() -> None:
    message = understand(
        "The birthday cakes got mixed up on Friday and a family received the wrong one.", "en"
    )
    assert message.intent is Intent.INCIDENT, message.explain()


# --- the statistical backstop: when the cues tie or say too little -------------------------------


def test_a_tie_of_cues_goes_to_the_backstop_which_names_its_words() -> None:
    # "opens its doors" (opening) and "half price" (offer) weigh the same; the file's order
    # would say offer, the words of the labelled posts say opening.
    text = (
        "The Hive Coworking opens its doors on February 2: 40 desks and 3 meeting rooms. "
        "Founding members get their first month at half price."
    )
    message = understand(text, lang="en")
    assert dict(message.scores)["offer"] == dict(message.scores)["opening"]
    assert message.intent is Intent.OPENING
    assert message.intent_words
    assert message.explain() == (
        "intent: opening because 'opens its doors'; words 'opens', 'doors', 'first'"
    )
    for word in message.intent_words:
        assert message.text[word.start : word.end] == word.text
    assert message.to_dict()["intent_words"] == [w.to_dict() for w in message.intent_words]


def test_a_serious_intent_tied_at_the_top_is_never_argued_away() -> None:
    for text, lang in (
        ("Problème technique : fermeture de la boutique cet après-midi.", "fr"),
        ("Power cut: the shop is closing early today.", "en"),
    ):
        reading = classify(text, lang)
        scores = dict(reading.scores)
        assert scores["incident"] == scores["closure"]
        assert (reading.intent, reading.words) == (Intent.INCIDENT, ()), scores


def test_the_backstop_names_no_intent_for_a_text_about_nothing() -> None:
    for text, lang in (("Bonjour à tous.", "fr"), ("Have a lovely weekend, everyone.", "en")):
        reading = classify(text, lang)
        assert (reading.intent, reading.words) == (Intent.NEWS, ())


def test_links_addresses_and_stop_words_are_not_read_by_the_backstop() -> None:
    read = backstop.words("Sign up at hilltop.example/club or mail jobs@martin.fr with us", "en", 6)
    assert [w.feature for w in read] == ["en:sign", "en:mail"]


def test_stop_words_that_tell_a_purpose_are_read_by_the_backstop() -> None:
    # spaCy lists "last" and "merci" as stop words; a closure's "last day" and an award's
    # "merci" say what the post is for.
    assert [w.feature for w in backstop.words("Our last day with you", "en", 6)] == [
        "en:last",
        "en:day",
    ]
    assert [w.feature for w in backstop.words("Merci pour tout", "fr", 6)] == ["fr:merci"]


def test_word_pairs_follow_each_other_within_a_phrase() -> None:
    read = backstop.words("A pint on the house, Friday.", "en", 6, pairs=True)
    features = [w.feature for w in read]
    assert "en:on+the" not in features  # two stop words: no pair
    assert "en:the+house" in features
    assert "en:house+friday" not in features  # a comma parts them
    pair = next(w for w in read if w.feature == "en:the+house")
    assert "A pint on the house, Friday."[pair.start : pair.end] == "the house"


def test_the_backstop_model_file_is_what_its_script_writes() -> None:
    # The model's features include which intents' cues a post holds: a change of the cues
    # or of the labelled posts needs `python benchmarks/train_intents.py`.
    training = _script("train_intents")
    assert training.MODEL.read_text(encoding="utf-8") == training.written()


def test_a_model_decision_is_deterministic_and_explained_by_words_of_the_chosen_intent() -> None:
    statistics = backstop.model()
    text = "Something new is brewing: a monthly coffee subscription. Sign up at hilltop.example"
    first, second = classify(text, "en"), classify(text, "en")
    assert first == second
    assert first.intent is Intent.LAUNCH
    for word in first.words:
        feature = backstop.words(word.text, "en", statistics.stem)[0].feature
        assert statistics.counts[feature]["launch"] >= backstop.EXPLAINING_POSTS


# --- dates read as days --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "lang", "expected"),
    [
        ("14 mars", dt.date(2026, 3, 20), "fr", dt.date(2026, 3, 14)),  # six days ago
        ("14 janvier", dt.date(2026, 3, 20), "fr", dt.date(2027, 1, 14)),  # next one
        ("samedi 14 mars", dt.date(2026, 1, 10), "fr", dt.date(2026, 3, 14)),
        ("2 janvier", dt.date(2026, 12, 14), "fr", dt.date(2027, 1, 2)),  # across the year
        ("1er mai", MARCH, "fr", dt.date(2026, 5, 1)),
        ("Saturday 14 March", dt.date(2026, 1, 10), "en", dt.date(2026, 3, 14)),
        ("March 3rd, 2027", MARCH, "en", dt.date(2027, 3, 3)),
        ("2026-09-01", MARCH, "en", dt.date(2026, 9, 1)),
    ],
)
def test_year_inferred_from_the_reference(
    text: str, reference: dt.date, lang: str, expected: dt.date
) -> None:
    read = read_date(text, reference, lang)
    assert read is not None
    assert read.date == expected


def test_weekday_settles_the_year() -> None:
    # Written on Thursday 5 March 2026: 2 March 2026 was a Monday, 2 March 2027 a Tuesday.
    monday = read_date("lundi 2 mars", MARCH, "fr")
    tuesday = read_date("mardi 2 mars", MARCH, "fr")
    assert monday is not None
    assert monday.date == dt.date(2026, 3, 2)
    assert tuesday is not None
    assert tuesday.date == dt.date(2027, 3, 2)
    assert monday.weekday_matches
    assert tuesday.weekday_matches


def test_a_weekday_never_pushes_a_date_more_than_a_year_ahead() -> None:
    # 10 July 2026 is a Friday; the Saturday 10 July of 2027 is over a year away.
    read = read_date("samedi 10 juillet", dt.date(2026, 6, 29), "fr")
    assert read is not None
    assert read.date == dt.date(2026, 7, 10)
    assert not read.weekday_matches


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # Written on Sunday 6 December 2026: the last Saturday is the 5th, the next the 12th.
        ("Samedi dernier, une erreur a débité deux fois les commandes.", "fr", ["2026-12-05"]),
        ("La soirée de samedi passé a réuni 80 personnes.", "fr", ["2026-12-05"]),
        ("Last Saturday our booking site went down for two hours.", "en", ["2026-12-05"]),
        ("Rendez-vous samedi au marché de Hyères.", "fr", ["2026-12-12"]),
        ("See you on Saturday at the market.", "en", ["2026-12-12"]),
        # Written on a Sunday, "dimanche dernier" is a week ago, not today.
        ("Dimanche dernier, le marché a fermé plus tôt.", "fr", ["2026-11-29"]),
        # What happened last Saturday is not the event a later deadline is for.
        (
            "Samedi dernier, le paiement a été débité deux fois. Remboursement avant le "
            "11 décembre.",
            "fr",
            ["2026-12-05", "2026-12-11"],
        ),
    ],
)
def test_a_weekday_said_as_the_last_one_is_in_the_past(
    text: str, lang: str, days: list[str]
) -> None:
    message = understand(text, lang, date=dt.date(2026, 12, 6))
    assert [f.date for f in message.facts if f.date] == [dt.date.fromisoformat(d) for d in days]
    assert not message.findings  # said as past on purpose: no facts.* finding


def test_slash_dates_french_and_american() -> None:
    french = read_date("03/12", MARCH, "fr")
    american = read_date("03/12", MARCH, "en")
    assert french is not None
    assert french.date == dt.date(2026, 12, 3)
    assert american is not None
    assert american.date == dt.date(2026, 3, 12)
    day_first = read_date("25/12", MARCH, "en")  # no 25th month: day first in any language
    assert day_first is not None
    assert day_first.date == dt.date(2026, 12, 25)


def test_impossible_dates_are_not_days() -> None:
    assert read_date("31 février", MARCH, "fr") is None
    assert read_date("mars 2026", MARCH, "fr") is None  # a month is not a day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19h30", dt.time(19, 30)),
        ("19 h 30", dt.time(19, 30)),
        ("10 h", dt.time(10, 0)),
        ("7.30pm", dt.time(19, 30)),
        ("7:30 p.m.", dt.time(19, 30)),
        ("9am", dt.time(9, 0)),
        ("12am", dt.time(0, 0)),
        ("12pm", dt.time(12, 0)),
    ],
)
def test_times_of_day(text: str, expected: dt.time) -> None:
    assert read_time(text) == expected


def test_dates_in_a_message_are_days_with_their_times() -> None:
    message = understand(
        "Atelier couronnes de Noël le samedi 12 décembre à 14 h, au 1er étage.",
        lang="fr",
        date=dt.date(2026, 11, 20),
    )
    assert message.event_date == dt.date(2026, 12, 12)
    times = [f.time for f in message.of_role(Role.WHEN) if f.time is not None]
    assert times == [dt.time(14, 0)]


def test_a_date_without_a_day_is_still_when() -> None:
    message = understand("New fall menu starts tonight, for the whole season.", lang="en")
    relative = [f for f in message.of_role(Role.WHEN) if f.kind == "relative"]
    assert [f.text for f in relative] == ["tonight"]
    assert relative[0].date is None  # no day: it depends on when the post is read


# --- what the message is about -------------------------------------------------------------------

# fr-recall-hochet-toulouse (dev split of benchmarks/data/masters.yaml).
HOCHET = (
    "Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie entre "
    "octobre et décembre 2025. Le fabricant a constaté que la perle centrale peut se détacher, "
    "avec un risque d'étouffement pour les tout-petits. Merci de retirer immédiatement ce "
    "jouet des mains de vos enfants et de nous le ramener à la boutique, rue des Carmes à "
    "Toulouse. Remboursement ou échange, à votre choix. Les autres hochets ne sont pas concernés."
)


def test_a_recall_is_about_the_product_not_the_object_of_a_later_instruction() -> None:
    # "retirer immédiatement ce jouet des mains" points back at the rattle: its object is no
    # product; the quoted name belongs to the product, it is no place.
    message = understand(HOCHET, lang="fr", date=dt.date(2026, 1, 14))
    assert [f.text for f in message.of_role(Role.WHAT)] == ["hochet en bois « Petit Nuage »"]
    assert "Nuage" not in [f.text for f in message.of_role(Role.WHERE)]


def test_a_label_abbreviation_is_no_place() -> None:
    message = understand(
        "RAPPEL PRODUIT – Confiture d'abricots 370 g\nLa Confiturerie rappelle les pots des lots "
        "L2604 et L2605 (DLUO 03/2028), vendus à Carpentras.",
        lang="fr",
        date=dt.date(2026, 3, 25),
    )
    assert "DLUO" not in [f.text for f in message.facts]
    assert "Carpentras" in [f.text for f in message.of_role(Role.WHERE)]


def test_a_bracketed_list_of_tools_names_no_place_nor_who() -> None:
    # spaCy reads "React" and "Vue" as LOC, "RGAA" as MISC: in a list a common noun opens
    # ("accessibilité RGAA") they are a job's tools, while "(CDI, Lyon 7e)" keeps its place.
    message = understand(
        "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). Vous travaillerez sur "
        "des sites pour des PME de la région (React, Vue, accessibilité RGAA).",
        lang="fr",
        date=dt.date(2026, 6, 8),
    )
    where = [f.text for f in message.of_role(Role.WHERE)]
    assert "React" not in where
    assert "Vue" not in where
    assert any(place.startswith("Lyon") for place in where)
    assert "RGAA" not in [f.text for f in message.of_role(Role.WHO)]
    # An address in brackets is a list of places: its town stays where.
    shop = understand(
        "Rapportez-le à l'atelier (rue Haute 203, 1000 Bruxelles) : nous vous rembourserons.",
        lang="fr",
        date=dt.date(2026, 6, 8),
    )
    assert "Bruxelles" in [f.text for f in shop.of_role(Role.WHERE)]


def test_a_business_name_is_who_and_its_lot_numbers_say_what_is_recalled() -> None:
    # The small French model reads "Confiturerie" and "Ventoux" as two places and the lot
    # numbers as names.
    message = understand(
        "RAPPEL PRODUIT – Confiture de figues 340 g\nPar précaution, la Confiturerie du Ventoux "
        "rappelle les pots des lots L2611 et L2612, vendus dans notre boutique de Carpentras.",
        lang="fr",
        date=dt.date(2026, 3, 25),
    )
    assert [f.text for f in message.of_role(Role.WHERE)] == ["Carpentras"]
    assert [f.text for f in message.of_role(Role.WHO)] == ["Confiturerie du Ventoux"]
    assert {"L2611", "L2612"} <= {f.text for f in message.of_role(Role.WHAT)}
    assert "L2611" not in [f.text for f in message.of_role(Role.WHO)]


def test_a_model_number_outside_a_recall_is_a_figure() -> None:
    message = understand("Le vélo VTC-300 est arrivé en boutique.", lang="fr")
    assert [(f.role, f.text) for f in message.facts if f.text == "VTC-300"] == [
        (Role.FIGURE, "VTC-300")
    ]


def test_the_name_that_opens_a_subject_is_part_of_the_what() -> None:
    # "La | Cave des Oliviers": the model's place entity must not cut the what to "La".
    message = understand(
        "C'est officiel : La Cave des Oliviers ouvre ses portes le samedi 9 mai à Sanary.",
        lang="fr",
        date=dt.date(2026, 4, 20),
    )
    assert [f.text for f in message.of_role(Role.WHAT)] == ["La Cave des Oliviers"]
    assert "Sanary" in [f.text for f in message.of_role(Role.WHERE)]


# --- what a date marks ---------------------------------------------------------------------------


def _kinds(message: Message) -> dict[str, TimeKind | None]:
    return {f.text: f.time_kind for f in message.dates}


def test_deadline_end_and_event() -> None:
    message = understand(
        "Stage de poterie le samedi 16 mai. Inscriptions avant le 30 avril, "
        "tarif réduit jusqu'au 9 avril.",
        lang="fr",
        date=MARCH,
    )
    kinds = _kinds(message)
    assert kinds["samedi 16 mai"] is TimeKind.EVENT
    assert kinds["30 avril"] is TimeKind.DEADLINE
    assert kinds["9 avril"] is TimeKind.END
    assert message.deadline == dt.date(2026, 4, 30)
    assert message.event_date == dt.date(2026, 5, 16)
    assert message.last_date == dt.date(2026, 5, 16)


def test_english_deadline_and_end() -> None:
    message = understand(
        "Apply by 30 April. The offer runs until Sunday 12 April.", lang="en", date=MARCH
    )
    kinds = _kinds(message)
    assert kinds["30 April"] is TimeKind.DEADLINE
    assert kinds["Sunday 12 April"] is TimeKind.END


# --- consistency findings ------------------------------------------------------------------------


def test_weekday_mismatch_with_its_fix() -> None:
    message = understand(
        "Concert sur la plage le samedi 10 juillet à 20 h 30.", lang="fr", date=dt.date(2026, 6, 29)
    )
    found = [f for f in message.findings if f.rule == WEEKDAY_MISMATCH]
    assert len(found) == 1
    finding = found[0]
    assert message.text[finding.offset : finding.offset + finding.length] == "samedi 10 juillet"
    assert finding.replacements == ("vendredi 10 juillet",)
    assert "vendredi" in finding.message


def test_weekday_mismatch_in_english_keeps_the_capital() -> None:
    message = understand("Flash sale on Thursday 20 March only!", lang="en", date=MARCH)
    found = [f for f in message.findings if f.rule == WEEKDAY_MISMATCH]
    assert [f.replacements for f in found] == [("Friday 20 March",)]


def test_a_right_weekday_is_no_finding() -> None:
    message = understand("Atelier le samedi 14 mars à 14 h.", lang="fr", date=MARCH)
    assert not [f for f in message.findings if f.rule == WEEKDAY_MISMATCH]


def test_deadline_after_the_event() -> None:
    message = understand(
        "Atelier cuisine le samedi 14 mars, inscriptions avant le 20 mars.", lang="fr", date=MARCH
    )
    assert [f.rule for f in message.findings] == [DEADLINE_AFTER_EVENT]


def test_past_date_only_where_the_message_looks_ahead() -> None:
    ahead = understand("Soirée dégustation le 2 mars à 19 h.", lang="fr", date=dt.date(2026, 3, 10))
    assert PAST_DATE in [f.rule for f in ahead.findings]
    results = understand(
        "Bilan de la saison : le 2 mars, nous avons servi 1 200 repas, +25 % sur un an.",
        lang="fr",
        date=dt.date(2026, 3, 10),
    )
    assert results.intent is Intent.RESULTS
    assert PAST_DATE not in [f.rule for f in results.findings]


# --- overrides -----------------------------------------------------------------------------------


def test_intent_and_action_set_by_the_caller() -> None:
    message = understand(
        "Nos confitures d'abricots sont de retour en boutique.",
        lang="fr",
        intent="recall",
        action="bring-back",
    )
    assert message.intent is Intent.RECALL
    assert message.action is Action.BRING_BACK
    assert message.serious
    assert message.overridden == ("intent", "action")
    assert message.explain() == "intent: recall (set by the caller)"
    assert message.intent_cues == ()


def test_unknown_intent_names_the_field() -> None:
    with pytest.raises(InputError) as raised:
        understand("Bonjour.", lang="fr", intent="celebration")
    assert raised.value.field == "intent"
    assert "celebration" in str(raised.value)


def test_unknown_action_names_the_field() -> None:
    with pytest.raises(InputError) as raised:
        understand("Bonjour.", lang="fr", action="dance")
    assert raised.value.field == "action"


# --- never raises --------------------------------------------------------------------------------

# Any Unicode a str can hold (lone surrogates cannot be encoded, so a text never has them),
# control characters included, from nothing to a few thousand characters.
_TEXTS = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=3000)
# Words the readers look for, so that the property reaches the cue, date and role code
# rather than bouncing off text with no letters in it.
_WORDS = st.sampled_from(
    [
        "samedi 14 mars",
        "le 31/02",
        "19h30",
        "7.30pm",
        "avant le 30 avril",
        "jusqu'au",
        "Rappel",
        "We're sorry",
        "recrute",
        "-20 %",
        "https://a.example/x",
        "12 rue Paradis",
        "1er",
        "Saturday",
        "ce soir",
        ":",
        "«",
        "\n",
        "\u00a0",
        "\x00",
        "é",
        "👩🏽‍🍳",
        "(H/F)",
        "·e",
    ]
)
_MIXED = st.lists(st.one_of(_WORDS, st.text(max_size=40)), max_size=80).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXTS, _MIXED), lang=st.sampled_from(["fr", "en"]))
def test_understand_never_raises(text: str, lang: str) -> None:
    message = understand(text, lang=lang, date=MARCH)
    for fact in message.facts:
        assert message.text[fact.start : fact.end] == fact.text
    for cue in (*message.intent_cues, *message.action_cues):
        assert message.text[cue.start : cue.end] == cue.text
    assert message.to_dict()["intent"] == str(message.intent)


# --- the honest gate: the held-out half of the labelled masters ----------------------------------


def _script(name: str) -> ModuleType:
    """A script of benchmarks/, imported (once) as a module."""
    if name in sys.modules:
        return sys.modules[name]
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _evaluation() -> ModuleType:
    return _script("understand_eval")


# The goal is a held-out macro F1 of 0.90; the reader stands at 0.907 (see
# docs/understand.md). This floor only goes up.
HELDOUT_MACRO_F1_FLOOR = 0.90


def test_heldout_masters_never_take_serious_for_festive_and_hold_the_floor() -> None:
    evaluation = _evaluation()
    heldout = [m for m in evaluation.load_masters() if m.split == "heldout"]
    assert len(heldout) == 58
    figures = evaluation.figures(evaluation.run(heldout))
    assert figures.serious_as_festive == 0
    assert figures.macro_f1 >= HELDOUT_MACRO_F1_FLOOR, f"held-out macro F1 {figures.macro_f1:.3f}"


def test_a_street_the_author_marks_with_a_pin_is_a_place() -> None:
    # A line's first word is capitalised: after 📍 it is still the street's, not a name's.
    master = (
        "Portes ouvertes au domaine samedi 23 mai, de 10 h à 18 h.\n"
        "📍 Chemin des Restanques, 83330 Le Castellet"
    )
    message = understand(master, "fr", date=dt.date(2026, 5, 1))
    places = [(f.kind, f.text) for f in message.of_role(Role.WHERE)]
    assert ("place", "Chemin des Restanques") in places
    # Without the pin, a capitalised word opening a line stays a name's ("Cours de Pilates").
    unmarked = understand(master.replace("📍 ", ""), "fr", date=dt.date(2026, 5, 1))
    assert ("place", "Chemin des Restanques") not in [
        (f.kind, f.text) for f in unmarked.of_role(Role.WHERE)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Location de paddle à la plage des Sablettes : 15 € de l'heure, 40 € la journée. "
            "Ouvert tous les jours dès 9 h.",
            "fr",
        ),
        ("Paddle board rental on Fistral beach: £15 an hour, £40 a day. Open from 9am.", "en"),
        ("Rent a bike for $12 per hour this weekend at our Portland shop!", "en"),
    ],
)
def test_a_price_per_hour_is_no_job_offer(text: str, lang: str) -> None:
    # A rental's hourly price used to read as a wage: its fact sheet said « Rémunération ».
    assert understand(text, lang=lang, date=dt.date(2026, 5, 1)).intent is not Intent.HIRING


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Extra en salle pour l'été, payé 13 € de l'heure. Écrivez-nous.", "fr"),
        ("Weekend help in the shop, paid £12.60 an hour. Message us.", "en"),
    ],
)
def test_a_wage_per_hour_still_reads_as_hiring(text: str, lang: str) -> None:
    assert understand(text, lang=lang, date=dt.date(2026, 5, 1)).intent is Intent.HIRING
