"""What each variant of the labelled masters (benchmarks/data/masters.yaml) must show, now
that the adaptation reads what a message is for (issue "Understand the message"):

- incident and recall variants: no engagement question, no festive emoji, no "!" added;
- hiring variants ask to apply, with the link or e-mail address the master gives;
- no hashtag of an excluded kind (time zone, unit, generic word, the post's own kind);
- every key fact (what, when, where, how) of the master in every variant.

All 116 masters, both halves, offline (LanguageTool's findings do not change the text).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from brandvoice import adapt
from brandvoice.adaptation.decorate.tags import tag_key
from brandvoice.adaptation.model import Adaptation, Variant
from brandvoice.profiles import builtin_voice_names, get_voice
from brandvoice.text.entities import EMOJI, find_entities
from brandvoice.understand.actions import action_rules, asking_cues
from brandvoice.understand.cues import plain_text
from brandvoice.understand.facts import Fact, FactKind, extract_facts, missing_facts, units
from brandvoice.understand.model import Action
from brandvoice.understand.presence import still_said

MASTERS = Path(__file__).parent.parent / "benchmarks" / "data" / "masters.yaml"
SERIOUS = {"incident", "recall"}
# Emoji a serious post may carry: informational ones, never a celebration.
INFORMATIONAL = {"⚠️", "ℹ️", "📅", "📍", "📞"}
EXCLUDED_TAGS = {
    "utc",
    "gmt",
    "cet",
    "cest",
    "bst",
    "issue",
    "suite",
    "update",
    "apology",
    "excuses",
    "news",
    "info",
    "infos",
    "merci",
    "thanks",
    "recrute",
    "hiring",
    "cherche",
    "rappel",
    "recall",
    "incident",
    "panne",
    "outage",
}


@cache
def _masters() -> list[dict[str, Any]]:
    document = yaml.safe_load(MASTERS.read_text(encoding="utf-8"))
    masters: list[dict[str, Any]] = document["masters"]
    return masters


def _ids() -> list[str]:
    return [m["id"] for m in _masters()]


@cache
def _adapted(master_id: str) -> Adaptation:
    master = next(m for m in _masters() if m["id"] == master_id)
    date = master["reference_date"]
    return adapt(
        master["text"],
        lang=master["lang"],
        date=date if isinstance(date, dt.date) else dt.date.fromisoformat(date),
        languagetool="off",
    )


def _engagement_questions() -> set[str]:
    return {
        wording
        for name in builtin_voice_names()
        for per_lang in get_voice(name).cta_wordings.get("default", {}).values()
        for wording in per_lang
        if wording
    }


def _added_emoji(variant: Variant) -> list[str]:
    return [c.after.strip() for c in variant.changes if c.transform == "emoji" and c.after]


def _added_tags(variant: Variant) -> list[str]:
    return [c.after.strip() for c in variant.changes if c.transform == "hashtags" and c.after]


@pytest.mark.parametrize("master_id", _ids())
def test_variants_suit_what_the_message_is_for(master_id: str) -> None:
    master = next(m for m in _masters() if m["id"] == master_id)
    adaptation = _adapted(master_id)
    questions = _engagement_questions()
    for variant in adaptation.variants:
        where = f"{master_id} on {variant.network}"
        # The decoration follows the intent read (the reading itself is measured in
        # docs/understand.md and gated by tests/test_understand.py).
        if adaptation.message is not None and adaptation.message.serious:
            assert not [q for q in questions if q in variant.text], where
            assert set(_added_emoji(variant)) <= INFORMATIONAL, where
            assert variant.text.count("!") <= master["text"].count("!"), where
            # Serious posts carry the brand's tags only: none drawn from the message.
            assert not _added_tags(variant), where
        for tag in _added_tags(variant):
            for piece in tag.split():
                key = tag_key(piece)
                assert key not in EXCLUDED_TAGS, (where, piece)
                assert key not in units(), (where, piece)


@pytest.mark.parametrize("master_id", [m["id"] for m in _masters() if m["intent"] == "hiring"])
def test_hiring_variants_ask_to_apply_with_the_link_or_address(master_id: str) -> None:
    master = next(m for m in _masters() if m["id"] == master_id)
    adaptation = _adapted(master_id)
    assert adaptation.message is not None
    if adaptation.message.intent != "hiring":
        pytest.skip(f"read as {adaptation.message.intent}: counted in docs/understand.md")
    contacts = [
        f for f in master["facts"].get("how", []) if "@" in f or f.startswith(("http", "www"))
    ]
    apply_cues = next(r.cues for r in action_rules() if r.action is Action.APPLY)
    for variant in adaptation.variants:
        if variant.network == "x":
            continue  # see test_x_variants_lose_key_facts_in_few_masters
        where = f"{master_id} on {variant.network}"
        text = variant.text
        # Asked to apply in so many words, or to get in touch ("Give Fiona a ring on...")
        # with the address or number the master gives: in a job advert that is applying.
        asking = asking_cues()[master["lang"]]
        assert apply_cues[master["lang"]].find(plain_text(text), text) or asking.search(
            plain_text(text)
        ), where
        if contacts and variant.network != "instagram":  # links move to the bio there
            assert any(c.split("?")[0] in text for c in contacts), where


def _key_facts(master: dict[str, Any]) -> list[Fact]:
    """The labelled key facts as a reader checks them: the dates, times, prices, links,
    names... inside each labelled phrase (the variant may rephrase around them), or, for a
    phrase holding none ("an experienced florist"), its longest word."""
    text, lang = master["text"], master["lang"]
    found = extract_facts(text, lang)
    facts: list[Fact] = []
    for role in ("what", "when", "where", "how"):
        for phrase in master["facts"].get(role, []):
            start = text.find(phrase)
            inside = [f for f in found if start <= f.start and f.end <= start + len(phrase)]
            if inside:
                facts.extend(inside)
            else:
                facts.append(Fact(FactKind.ENTITY, phrase, start, start + len(phrase)))
    return facts


def _holds(variant: Variant, fact: Fact, master: dict[str, Any]) -> bool:
    """A fact with no date, price, link or name inside is a phrase ("an experienced
    florist", "the shop where you bought it"): the variant may reword it, so one of its
    content words is enough. A date or time may take its short form ("sam. 4 avril")."""
    if fact.kind in (FactKind.DATE, FactKind.TIME):
        written = master["reference_date"]
        return still_said(fact.text, variant.text, master["lang"], written)
    if fact.kind is not FactKind.ENTITY or " " not in fact.text:
        return not missing_facts([fact], variant.text, ())
    words = [w.strip(".,;:!?«»()\"'’") for w in fact.text.split()]
    content = [w for w in words if len(w) >= 4]
    folded = variant.text.casefold()
    return not content or any(w.casefold() in folded for w in content)


def _lost(master_id: str, variant: Variant) -> list[str]:
    master = next(m for m in _masters() if m["id"] == master_id)
    facts = _key_facts(master)
    # Links move to the bio on Instagram: the caption says so (links.bio).
    kept = [f for f in facts if not (variant.network == "instagram" and f.kind is FactKind.URL)]
    return [f.text for f in kept if not _holds(variant, f, master)]


@pytest.mark.parametrize("master_id", _ids())
def test_every_key_fact_is_in_every_variant_but_x(master_id: str) -> None:
    for variant in _adapted(master_id).variants:
        if variant.network != "x":
            assert not _lost(master_id, variant), (master_id, variant.network)


# X's 280 characters: a long master loses key facts when whole sentences are dropped, the
# only cut fitting makes today (compressing sentences is the next step). The sentences
# holding key facts go last; this ceiling only goes down.
X_MASTERS_LOSING_A_KEY_FACT = 41


def test_x_variants_lose_key_facts_in_few_masters() -> None:
    losing = {
        master_id: lost
        for master_id in _ids()
        for variant in _adapted(master_id).variants
        if variant.network == "x" and (lost := _lost(master_id, variant))
    }
    assert len(losing) <= X_MASTERS_LOSING_A_KEY_FACT, losing


def test_no_festive_emoji_is_informational() -> None:
    # The allow-list above must not let a celebration through.
    for emoji in INFORMATIONAL:
        assert [e.kind for e in find_entities(emoji)] == [EMOJI]
    assert "🎉" not in INFORMATIONAL


@pytest.mark.parametrize(
    ("master", "expected"),
    [
        # Two "!" of the master's fill casual-facebook's two: the call to action calms down.
        (
            "10 ans déjà ! La crêperie vous invite le vendredi 12 juin à 18 h, rue de Siam à "
            "Brest. Cidre (avec modération !) et concert. Entrée libre, venez nombreux.",
            "On vous attend.",
        ),
        # One "!" leaves room for the call to action's.
        (
            "La crêperie vous invite le vendredi 12 juin à 18 h, rue de Siam à Brest. Cidre "
            "et concert ! Entrée libre, venez nombreux.",
            "On vous attend\u202f!",
        ),
    ],
)
def test_the_call_to_action_exclaims_only_with_room_left(master: str, expected: str) -> None:
    """The voice's max_exclamations holds with the call to action in (issue 23: « On vous
    attend ! » was a third "!" under a master that had two)."""
    from brandvoice.adaptation.decorate.cta import choose
    from brandvoice.understand import understand

    message = understand(master, lang="fr", date=dt.date(2026, 6, 1))
    action = choose(get_voice("casual-facebook"), message, "fr")
    assert action.text == expected
    variant = adapt(
        master, lang="fr", networks=["facebook"], date=dt.date(2026, 6, 1), languagetool="off"
    ).variants[0]
    assert variant.text.count("!") <= get_voice("casual-facebook").max_exclamations
