"""A hook's topical emoji says what the news is about: the words that say what kind of thing
the message's "what" is count with it (a « stage rock » is music, not a workshop's 🛠️)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brandvoice.adaptation.engine import adapt

FIXTURE = Path(__file__).parent / "fixtures" / "masters" / "fr-10-ecole-musique-la-seyne.txt"


def test_a_music_course_gets_a_music_emoji_not_tools() -> None:
    variant = adapt(
        FIXTURE.read_text(encoding="utf-8"),
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        date=dt.date(2026, 3, 1),
        languagetool="off",
    ).variants[0]
    hook = variant.text.split("\n", 1)[0]
    assert "🛠" not in variant.text
    assert hook.endswith("🎶"), hook


def _hook_topic(text: str, lang: str) -> str | None:
    from brandvoice.adaptation.decorate.hook import find_hook
    from brandvoice.adaptation.decorate.topics import topic_for

    hook = find_hook(text, lang, text, [])  # type: ignore[arg-type]
    assert hook is not None
    topic = topic_for(hook.words, lang, hook.verbs)  # type: ignore[arg-type]
    return None if topic is None else topic.name


def test_a_verb_names_a_topic_only_through_the_topics_verbs() -> None:
    # "matched": no football match; "opens": an opening, by the verb's lemma.
    assert _hook_topic("Every receipt is matched to the right bank transaction.", "en") is None
    assert _hook_topic("Our bakery opens today.", "en") == "bakery"
    assert _hook_topic("We open on Saturday.", "en") == "opening"
    # The noun is still a keyword: a match is sport.
    assert _hook_topic("Big match on the screen tonight.", "en") == "sport"


def test_a_names_modifiers_name_no_topic_but_a_holiday_does() -> None:
    assert _hook_topic("Seaside Family Dental welcomes patients.", "en") is None
    assert _hook_topic("The Harbour Christmas Market is back.", "en") == "christmas"
    # Lower case, the same words keep their sense.
    assert _hook_topic("A family day by the seaside.", "en") == "beach"


def test_a_keyword_in_a_phrase_of_another_sense_names_no_topic() -> None:
    assert _hook_topic("Nous cherchons un chef de projet digital.", "fr") is None
    assert _hook_topic("Notre chef change la carte.", "fr") == "food"
    assert _hook_topic("Une belle nouvelle pour l'atelier.", "fr") is None
    assert _hook_topic("Un nouveau magasin ouvre.", "fr") == "shop"


def test_an_exercise_class_is_no_workshop() -> None:
    assert _hook_topic("Our yoga classes move to Tuesday.", "en") == "yoga"
    assert _hook_topic("New spin classes at Riverside Fitness.", "en") == "fitness"
    assert _hook_topic("Nos cours de pilates reprennent lundi.", "fr") == "yoga"
    # A class with nothing of exercise stays a workshop.
    assert _hook_topic("Our pottery class is back.", "en") == "workshop"
