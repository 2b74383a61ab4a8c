"""Every variant keeps every fact a reader needs, as ``brandvoice.understand`` reads them.

Two masters per intent (one French, one English), the first of each in the dev half of
benchmarks/data/masters.yaml (the held-out half is not tuned on), adapted to the six
default networks. For each variant:

- every key fact of roles what, when, where and how that understand reads in the master is
  still said (in the forms fidelity accepts: a date written shorter is the same day, see
  :mod:`brandvoice.understand.presence`); a link on Instagram moves to the bio;
- an incident or recall variant has no engagement question, no festive emoji, no "!" the
  master did not have;
- a hiring variant asks to apply, with the link or e-mail address the master gives;
- no drawn hashtag is of an excluded kind (a rejected candidate: function word, time zone,
  unit, generic word, verb, first name, street-type word, contact word, piece of a
  hyphenated word, quantity, address).

Variants that cannot keep every fact within their network's limit are listed below with
the reason; each key fact they lose must be reported as a ``fit.key-fact-dropped`` problem,
and an entry that keeps every fact fails until the list is updated.
tests/test_intent_decoration.py checks the labelled facts of all 116 masters on every
network but X.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest

from brandvoice import adapt
from brandvoice.adaptation.decorate.hashtag_candidates import candidates
from brandvoice.adaptation.decorate.tags import tag_key
from brandvoice.adaptation.engine import DEFAULT_NETWORKS
from brandvoice.adaptation.fidelity import KEY_FACT_DROPPED, KEY_ROLES
from brandvoice.adaptation.model import Adaptation, Variant
from brandvoice.understand.actions import action_rules, asking_cues
from brandvoice.understand.cues import plain_text
from brandvoice.understand.model import Action, Intent, Role
from brandvoice.understand.presence import Passages
from tests.test_intent_decoration import (
    EXCLUDED_TAGS,
    INFORMATIONAL,
    _added_emoji,
    _added_tags,
    _engagement_questions,
    _masters,
)


@cache
def _chosen() -> tuple[dict[str, Any], ...]:
    """The first dev master of each (intent, language)."""
    first: dict[tuple[str, str], dict[str, Any]] = {}
    for master in _masters():
        if master["split"] == "dev":
            first.setdefault((master["intent"], master["lang"]), master)
    return tuple(first.values())


def _date(master: dict[str, Any]) -> dt.date:
    date = master["reference_date"]
    return date if isinstance(date, dt.date) else dt.date.fromisoformat(date)


@cache
def _adapted(master_id: str) -> Adaptation:
    master = next(m for m in _chosen() if m["id"] == master_id)
    return adapt(master["text"], lang=master["lang"], date=_date(master), languagetool="off")


def _lost(adaptation: Adaptation, variant: Variant) -> list[str]:
    """The master's key facts (what, when, where, how) the variant no longer says."""
    message = adaptation.message
    assert message is not None
    said = Passages([variant.text], message.lang, message.reference_date)
    lost = []
    for fact in message.facts:
        if fact.role not in KEY_ROLES or not fact.text.strip():
            continue
        if variant.network == "instagram" and fact.kind == "url":
            continue  # links move to the bio (links.bio says so in the caption)
        if not said.saying(fact.text):
            lost.append(f"{fact.role}: {fact.text}")
    return lost


# The variants that cannot keep every key fact within their network's limit, each with the
# reason. Fitting first shortens (dates, times, a trailing clause), then drops detail and
# the call to action whole; what still cannot fit goes, and each key fact it took is said as
# a ``fit.key-fact-dropped`` problem of that variant (asserted below, so an entry that keeps
# every fact, or loses one silently, fails).
CANNOT_KEEP_EVERY_FACT: dict[tuple[str, str], str] = {
    ("fr-recall-confiture-abricots", "x"): "the title (product), the instruction 'Ne "
    "consommez pas ces pots et rapportez-les…' and the phone number take 190 of the 280; "
    "the lot sentence alone (where it was sold, until when) is 220",
}


# Known misses, each with why: the test still runs them and reports when they pass.
_KNOWN_MISSES: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    return [
        pytest.param(
            master["id"],
            network,
            marks=[pytest.mark.xfail(reason=_KNOWN_MISSES[(master["id"], network)], strict=True)]
            if (master["id"], network) in _KNOWN_MISSES
            else [],
        )
        for master in _chosen()
        for network in DEFAULT_NETWORKS
    ]


def test_the_set_covers_every_intent_in_both_languages() -> None:
    chosen = _chosen()
    assert len(chosen) >= 12
    assert {m["intent"] for m in chosen} == {str(i) for i in Intent}
    assert {m["lang"] for m in chosen} == {"fr", "en"}
    assert all(m["split"] == "dev" for m in chosen)


@pytest.mark.parametrize(("master_id", "network"), _cases())
def test_every_key_fact_is_kept(master_id: str, network: str) -> None:
    adaptation = _adapted(master_id)
    variant = next(v for v in adaptation.variants if v.network == network)
    lost = _lost(adaptation, variant)
    if (master_id, network) not in CANNOT_KEEP_EVERY_FACT:
        assert not lost, variant.text
        return
    assert lost, "every key fact fits now: remove the entry from CANNOT_KEEP_EVERY_FACT"
    reported = " ".join(
        p.message
        for p in adaptation.problems
        if p.network == network and p.kind == KEY_FACT_DROPPED
    )
    assert all(f"'{fact.split(': ', 1)[1]}'" in reported for fact in lost), (lost, reported)


@pytest.mark.parametrize("master_id", [m["id"] for m in _chosen()])
def test_variants_suit_the_intent_and_draw_no_excluded_tag(master_id: str) -> None:
    master = next(m for m in _chosen() if m["id"] == master_id)
    adaptation = _adapted(master_id)
    message = adaptation.message
    assert message is not None
    questions = _engagement_questions()
    rejected = {
        tag_key(c.tag): c.rejected
        for c in candidates(message, "camel", frozenset())
        if c.rejected and c.tag
    }
    apply_cues = next(r.cues for r in action_rules() if r.action is Action.APPLY)
    contacts = [f.text for f in message.of_role(Role.HOW) if f.kind in ("url", "email")]
    for variant in adaptation.variants:
        where = f"{master_id} on {variant.network}"
        if message.serious:
            assert not [q for q in questions if q in variant.text], where
            assert set(_added_emoji(variant)) <= INFORMATIONAL, where
            assert variant.text.count("!") <= master["text"].count("!"), where
            assert not _added_tags(variant), where
        for tag in _added_tags(variant):
            for piece in tag.split():
                key = tag_key(piece)
                assert key not in EXCLUDED_TAGS, (where, piece)
                assert key not in rejected, (where, piece, rejected.get(key))
        if message.intent is Intent.HIRING:
            text = plain_text(variant.text)
            lang = master["lang"]
            assert apply_cues[lang].find(text, variant.text) or asking_cues()[lang].search(text), (
                where
            )
            if contacts and variant.network != "instagram":
                assert any(c.split("?")[0] in variant.text for c in contacts), where
