"""The social forms (docs/forms.md): Facebook, Instagram and LinkedIn posts open on a hook
line that gives the news, then the practical lines, then the details that the hook and
the practical lines do not already say; a sober message keeps its facts first."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.layout import SocialForm, social_form
from brandvoice.adaptation.realise.practical import practical_lines
from brandvoice.understand import understand

OPENING_FR = (
    "La Cave du Port ouvre ses portes au 7 quai Charles-de-Gaulle à Bandol le samedi 4 avril. "
    "Plus de 300 références, des bières artisanales du Var et un coin épicerie fine. "
    "Le samedi 4 avril à Bandol !"
)
OPENING_DAY = dt.date(2026, 3, 20)
RECALL_EN = (
    "We're recalling one batch of our Yellow Box honey (batch 2611) because some jars may "
    "contain glass. Please don't eat it. Take the jar back to the shop where you bought it "
    "and we'll refund you."
)


def _form(
    sentences: list[str], lang: str, day: dt.date, *, exclaim: bool = False, left: int = 0
) -> tuple[SocialForm, list[str]]:
    message = understand(" ".join(sentences), lang, date=day)
    practical = practical_lines(message, emoji=False)
    form = social_form(sentences, message, lang, practical, exclaim=exclaim, exclamations_left=left)
    return form, practical


def _split(text: str) -> list[str]:
    """The sentences of these simple texts: each ends on ". " or " ! "."""
    return [s.strip() for s in regex.split(r"(?<=[.!])\s+(?=\p{Lu})", text)]


def test_hook_keeps_the_news_and_leaves_date_and_place_to_the_practical_lines() -> None:
    form, practical = _form(_split(OPENING_FR), "fr", OPENING_DAY, exclaim=True, left=1)
    assert practical, "the opening gives a day and a place: it gets practical lines"
    # The street address is the 📍 line's: the hook keeps the town, and, short, exclaims.
    assert form.hook == "La Cave du Port ouvre ses portes à Bandol\u202f!"
    # The closing sentence only restates the day and place: left out.
    assert form.details == [
        "Plus de 300 références, des bières artisanales du Var et un coin épicerie fine."
    ]


def test_a_short_hook_in_a_lively_voice_is_exclaimed() -> None:
    sentences = ["La Cave du Port ouvre à Bandol le samedi 4 avril.", "Plus de 300 références."]
    form, practical = _form(sentences, "fr", OPENING_DAY, exclaim=True, left=1)
    assert practical
    assert form.hook == "La Cave du Port ouvre à Bandol\u202f!"


def test_a_sentence_with_a_word_of_its_own_stays() -> None:
    sentences = _split(OPENING_FR.replace("Le samedi 4 avril", "Rendez-vous le samedi 4 avril"))
    form, _ = _form(sentences, "fr", OPENING_DAY)
    assert form.details[-1] == "Rendez-vous le samedi 4 avril à Bandol !"


def test_hook_without_an_exclamation_to_spare_ends_on_a_stop() -> None:
    form, _ = _form(_split(OPENING_FR), "fr", OPENING_DAY, exclaim=True, left=0)
    assert form.hook == "La Cave du Port ouvre ses portes à Bandol."


def test_without_practical_lines_the_first_sentence_stays_whole() -> None:
    text = "Our new autumn menu is here. Pumpkin soup, roast squash and apple crumble."
    form, practical = _form(_split(text), "en", dt.date(2026, 9, 1))
    assert practical == []
    assert form.hook == "Our new autumn menu is here."
    assert form.details == ["Pumpkin soup, roast squash and apple crumble."]


def test_a_recall_keeps_its_facts_first_and_every_detail() -> None:
    form, _ = _form(_split(RECALL_EN), "en", dt.date(2026, 5, 1), exclaim=True, left=2)
    assert form.hook.startswith("We're recalling one batch")
    assert "!" not in form.hook
    assert len(form.details) == 2


@pytest.fixture(scope="module")
def opening_variants() -> dict[str, str]:
    adaptation = adapt(
        OPENING_FR,
        networks=["facebook", "instagram", "linkedin"],
        lang="fr",
        date=OPENING_DAY,
        languagetool="off",
    )
    return {v.network: v.text for v in adaptation.variants}


@pytest.mark.parametrize("network", ["facebook", "instagram", "linkedin"])
def test_the_post_opens_on_its_hook_then_the_practical_lines(
    opening_variants: dict[str, str], network: str
) -> None:
    text = opening_variants[network]
    hook, practical, *_ = text.split("\n\n")
    assert hook.startswith("La Cave du Port ouvre ses portes")
    assert "samedi 4 avril" not in hook
    assert "samedi 4 avril" in practical
    assert "7 quai Charles-de-Gaulle" in practical
    # Nothing said twice: the sentence restating the day and place is gone.
    assert "Le samedi 4 avril à Bandol" not in text


def test_instagram_hook_fits_before_the_fold(opening_variants: dict[str, str]) -> None:
    # ~125 characters (../shared/reference/network-limits.md, the instagram record's fold).
    assert len(opening_variants["instagram"].split("\n")[0]) <= 125


def test_linkedin_hook_is_not_exclaimed_and_ends_on_three_to_five_hashtags(
    opening_variants: dict[str, str],
) -> None:
    text = opening_variants["linkedin"]
    first = text.split("\n")[0]
    assert "!" not in first
    assert len(first) <= 210
    tags = text.rsplit("\n\n", 1)[1].split()
    assert 3 <= len(tags) <= 5
    assert all(t.startswith("#") for t in tags)


def test_a_place_written_in_another_order_is_not_taken_as_said() -> None:
    # "📍 7 quai Charles-de-Gaulle, Bandol" does not write "Bandol, 7 quai Charles-de-Gaulle"
    # as the master does: the hook is not cut before its date and place rather than risk
    # the fact; the street address alone, which the 📍 line writes as is, goes, and so does
    # the day the 📅 line gives, left in the hook's middle: the town stays.
    sentences = [
        "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, 7 quai Charles-de-Gaulle.",
        "Plus de 300 références et un coin épicerie fine.",
    ]
    form, practical = _form(sentences, "fr", OPENING_DAY)
    assert form.hook == "La Cave du Port ouvre ses portes à Bandol."
    assert "samedi 4 avril" in practical[0]
    assert "7 quai Charles-de-Gaulle, Bandol" in practical[1]


@pytest.mark.parametrize(
    ("master", "lang", "address"),
    [
        # benchmarks/data/masters.yaml fr-opening-cave-bandol, its hook before the fix:
        # "… le samedi 4 avril à Bandol, 7 quai Charles-de-Gaulle 🍷" above "📍 7 quai…".
        (
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, 7 "
            "quai Charles-de-Gaulle 🍷\nPlus de 300 références et un coin épicerie fine.\n"
            "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié. Venez nombreux !",
            "fr",
            "7 quai Charles-de-Gaulle",
        ),
        (
            "Our new pottery studio opens at 14 Harbour Street in Whitby on Saturday 4 April "
            "at 10am. Come and have a go at the wheel, tea and cake on us.",
            "en",
            "14 Harbour Street",
        ),
    ],
)
def test_the_hook_does_not_repeat_the_address_the_pin_line_gives(
    master: str, lang: str, address: str
) -> None:
    for variant in adapt(
        master,
        networks=["facebook", "instagram"],
        lang=lang,
        date=OPENING_DAY,
        languagetool="off",
    ).variants:
        hook, practical, *_ = variant.text.split("\n\n")
        assert address in practical, variant.text
        assert address not in hook, variant.text


def test_a_headline_read_as_one_sentence_with_the_lead_is_the_hook() -> None:
    text = (
        "Doors open! ☕ Northern Grind is now serving at 5 Kirkgate Arcade, Leeds, "
        "from 7.30am weekdays and 9am at weekends."
    )
    form, _ = _form([text], "en", dt.date(2026, 2, 9), exclaim=True, left=1)
    assert form.hook == "Doors open! ☕"
    assert form.details == [text.split("☕ ")[1]]


def test_a_headline_ended_by_an_emoji_is_the_hook() -> None:
    text = (
        "Sunday social ride 🚴 Join us on Sunday 19 April for an easy 40 km loop through the "
        "Cotswolds."
    )
    form, _ = _form([text], "en", dt.date(2026, 4, 6))
    assert form.hook == "Sunday social ride 🚴"
    assert form.details == [text.split("🚴 ")[1]]


def test_an_emoji_set_apart_opens_the_hook() -> None:
    sentences = [
        "🎙️",
        "Le nouvel épisode de notre podcast est en ligne !",
        "35 minutes, sans jargon.",
    ]
    form, _ = _form(sentences, "fr", dt.date(2026, 6, 10), exclaim=True, left=1)
    assert form.hook == "🎙️ Le nouvel épisode de notre podcast est en ligne !"
    assert form.details == ["35 minutes, sans jargon."]


def test_facebook_recall_is_sober() -> None:
    variant = adapt(
        RECALL_EN, networks=["facebook"], lang="en", date=dt.date(2026, 5, 1), languagetool="off"
    ).variants[0]
    first = variant.text.split("\n")[0]
    # A recall is a notice (realise/notice.py): its heading names the product, no cheer.
    assert first == "⚠️ Product recall – Yellow Box honey"
    assert "!" not in variant.text
    assert "\nBatch 2611\n" in variant.text
    assert "👉 What to do: Please don't eat it." in variant.text


def test_on_x_the_call_to_act_never_runs_on_from_a_line_without_a_stop() -> None:
    master = (
        "Portes ouvertes au Domaine des Oliviers ! Samedi 23 mai, de 10 h à 18 h, venez goûter "
        "nos nouveaux millésimes au caveau.\n📍 Chemin des Oliviers, 83330 Le Castellet"
    )
    adaptation = adapt(
        master,
        voices=["casual-facebook"],
        networks=["x"],
        lang="fr",
        date=dt.date(2026, 5, 1),
        languagetool="off",
    )
    text = adaptation.variants[0].text
    address_line = next(line for line in text.split("\n") if line.startswith("📍"))
    assert address_line == "📍 Chemin des Oliviers, 83330 Le Castellet", text


@pytest.mark.parametrize(
    ("master", "lang", "opener"),
    [
        (
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol 🍷\n"
            "Plus de 300 références et un coin épicerie fine. Venez nombreux !",
            "fr",
            "C'est officiel",
        ),
        (
            "Big news: Northern Grind opens its second shop on Saturday 4 April in Leeds ☕\n"
            "Forty seats, a roastery and the same flat whites. See you there!",
            "en",
            "Big news",
        ),
    ],
)
def test_a_casual_post_keeps_its_news_opener_and_the_other_voices_drop_it(
    master: str, lang: str, opener: str
) -> None:
    networks = ["facebook", "instagram", "linkedin", "website", "blog"]
    result = adapt(master, networks=networks, lang=lang, date=OPENING_DAY, languagetool="off")
    texts = {v.network: v.text for v in result.variants}
    # the casual voice on Facebook and Instagram: the opener is its voice
    for network in ("facebook", "instagram"):
        assert texts[network].startswith(opener), texts[network]
    # the professional post, the press note and the article give the news flat
    for network in ("linkedin", "website", "blog"):
        assert opener.casefold() not in texts[network].casefold(), texts[network]


CHEESE_EN = [
    "Join us Thursday, February 26th from 5:30 to 7:30pm for a Vermont cheese tasting with "
    "three local creameries.",
    "$15 per person.",
    "114 Main St, Stowe.",
]


def test_the_hook_leaves_its_day_and_hours_to_the_calendar_line() -> None:
    form, practical = _form(CHEESE_EN, "en", dt.date(2026, 2, 10))
    assert practical, "a day and a place: the post gets its practical lines"
    assert "February 26th" in practical[0], practical
    assert form.hook == "Join us for a Vermont cheese tasting with three local creameries."


@pytest.mark.parametrize(
    ("sentences", "lang", "day"),
    [
        # The day names the event: « les portes ouvertes du samedi 4 avril » keeps it.
        (
            [
                "Venez aux portes ouvertes du samedi 4 avril à 10 h à la ferme.",
                "12 rue Paradis, Hyères.",
            ],
            "fr",
            "samedi 4 avril",
        ),
        # The day opens the hook: left as written.
        (
            [
                "Thursday, February 26th from 5:30pm we pour cider at the shop.",
                "114 Main St, Stowe.",
            ],
            "en",
            "February 26th",
        ),
        # A word of the day's own follows it: "7.30am sharp" stays whole.
        (
            [
                "Doors open at Fold & Pour on Monday 7 December at 7.30am sharp, come early.",
                "19 Gloucester Road, Bristol.",
            ],
            "en",
            "Monday 7 December",
        ),
    ],
)
def test_a_day_that_names_the_event_opens_the_hook_or_goes_on_stays(
    sentences: list[str], lang: str, day: str
) -> None:
    form, practical = _form(sentences, lang, dt.date(2026, 2, 10))
    assert practical, "a day and a place: the post gets its practical lines"
    assert day in form.hook, (form.hook, practical)


def test_a_day_goes_with_all_the_words_that_introduce_it() -> None:
    sentences = [
        "Plania 3.0 est disponible dès le lundi 1er février 2027 pour tous nos clients à Genève.",
        "12 rue du Rhône, Genève.",
    ]
    form, practical = _form(sentences, "fr", dt.date(2026, 12, 1))
    assert practical, "a day and a place: the post gets its practical lines"
    assert "dès" not in form.hook, form.hook
    assert form.hook.startswith("Plania 3.0 est disponible pour tous nos clients"), form.hook


@pytest.mark.parametrize(
    ("sentences", "lang"),
    [
        (
            ["Bonjour à tous !", "La Cave du Port ouvre à Bandol le samedi 4 avril.", "Santé !"],
            "fr",
        ),
        (["Hello everyone! 👋 Salt & Paper Books reopens on Thursday 5 March."], "en"),
    ],
)
def test_a_greeting_is_no_hook_on_its_own(sentences: list[str], lang: str) -> None:
    # « Bonjour à tous ! » alone would be a hook without news: the news joins it.
    form, _ = _form(sentences, lang, OPENING_DAY)
    assert form.hook.startswith(("Bonjour à tous", "Hello everyone"))
    assert "Cave du Port" in form.hook or "Salt & Paper Books" in form.hook
