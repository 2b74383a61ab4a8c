"""The split-sentences transform, beyond its own examples (run by test_transform_examples.py):
on the 24 masters it shortens sentences without the checker finding anything new, every
fact survives and a second pass changes nothing; and the cuts it makes are the ones its
module promises (French typography, formal voices, several cuts, pieces of four words,
nothing cut inside brackets, at a mention or at a subordinate clause)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import regex

import brandvoice
from brandvoice.adaptation.model import Change
from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Target, TransformExample, example_target
from brandvoice.adaptation.transforms.split_sentences import SplitSentences
from brandvoice.lang import Lang
from brandvoice.understand.facts import extract_facts

MASTERS = sorted((Path(__file__).parent / "fixtures" / "masters").glob("*.txt"))
LONG = "style.long-sentence"
SPLIT = SplitSentences()


def split(
    text: str,
    voice: str = "casual-facebook",
    lang: Lang = "en",
    profile: Mapping[str, Any] | None = None,
) -> tuple[str, list[Change]]:
    target = _target(text, voice, lang, profile or {})
    result = run_transforms(Rewrite(text), target, [SPLIT])
    return result.text, result.changes


def _target(text: str, voice: str, lang: Lang, profile: Mapping[str, Any]) -> Target:
    return example_target(TransformExample(text, text, lang=lang, voice=voice, profile=profile))


def findings(text: str, lang: str) -> Counter[str]:
    report = brandvoice.check(
        text, voice="casual-facebook", network="facebook", lang=lang, languagetool="off"
    )
    return Counter(finding.rule for finding in report.findings)


@cache
def master(path: Path) -> tuple[str, Lang, str]:
    """A master, its language, and what the transform makes of it for casual-facebook."""
    text = path.read_text(encoding="utf-8")
    lang: Lang = "fr" if path.name.startswith("fr") else "en"
    return text, lang, split(text, lang=lang)[0]


# --- The masters ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", MASTERS, ids=lambda p: p.stem)
def test_no_new_finding_on_a_master(path: Path) -> None:
    text, lang, result = master(path)
    before, after = findings(text, lang), findings(result, lang)
    worse = {rule: after[rule] - before[rule] for rule in after if after[rule] > before[rule]}
    assert not worse, f"{path.name}: {worse}\n{result}"


@pytest.mark.parametrize("path", MASTERS, ids=lambda p: p.stem)
def test_every_fact_survives(path: Path) -> None:
    text, lang, result = master(path)
    lost = [fact.text for fact in extract_facts(text, lang) if fact.text not in result]
    assert not lost


@pytest.mark.parametrize("path", MASTERS, ids=lambda p: p.stem)
def test_a_second_pass_changes_nothing(path: Path) -> None:
    _, lang, result = master(path)
    assert split(result, lang=lang) == (result, [])


def test_the_masters_have_fewer_long_sentences() -> None:
    before = sum(findings(master(path)[0], master(path)[1])[LONG] for path in MASTERS)
    after = sum(findings(master(path)[2], master(path)[1])[LONG] for path in MASTERS)
    assert after <= before - 4, (before, after)


def test_the_masters_edits_are_minimal() -> None:
    """Each edit turns the comma or semicolon into a stop, drops an "and" / "et" / "so"
    after it and capitalises one word: the rest of the sentence is left byte for byte."""
    for path in MASTERS:
        text, lang, _ = master(path)
        for change in split(text, lang=lang)[1]:
            assert change.before[:1] in (",", ";", "\u202f", "\u00a0"), change
            assert change.after.startswith(". "), change
            kept = change.before.lstrip()[1:].lstrip().lower()
            kept = regex.sub(r"^(?:and|et|so) ", "", kept)
            assert change.after[2:].lower() == kept


# --- What a cut looks like -----------------------------------------------------------------

# A formal voice with a casual voice's sentence length, for short examples.
TIGHT = {"sentences": {"target_words": 12, "max_words": 20}}
TWO_CLAUSES = (
    "We are opening the new terrace behind the shop on Saturday morning, and our bakers "
    "will serve fresh croissants there until noon every weekend this summer."
)


def test_the_reason_counts_words_as_the_check_does() -> None:
    result, changes = split(TWO_CLAUSES)
    assert result.startswith(
        "We are opening the new terrace behind the shop on Saturday morning. Our bakers "
    )
    assert [(c.before, c.after) for c in changes] == [(", and our", ". Our")]
    report = brandvoice.check(TWO_CLAUSES, voice="casual-facebook", lang="en", languagetool="off")
    (long,) = [f for f in report.findings if f.rule == LONG]
    assert long.message.startswith("26 words;")
    assert changes[0].reason == (
        "split: 26 words, the casual-facebook voice keeps sentences to 16 (aims at 12)"
    )


def test_a_voice_with_longer_sentences_keeps_it() -> None:
    assert split(TWO_CLAUSES, voice="expert-blog") == (TWO_CLAUSES, [])


def test_a_formal_voice_drops_and_keeps_but() -> None:
    result, _ = split(TWO_CLAUSES, voice="corporate", profile=TIGHT)
    assert "Saturday morning. Our bakers will serve" in result
    but = TWO_CLAUSES.replace(", and our", ", but our")
    assert "Saturday morning. But our bakers" in split(but, voice="corporate", profile=TIGHT)[0]
    so = TWO_CLAUSES.replace(", and our", ", so our")
    assert split(so, voice="corporate", profile=TIGHT)[0] == so
    assert "Saturday morning. So our bakers" in split(so)[0]


def test_french_semicolon_takes_no_space_before_the_stop() -> None:
    text = (
        "Nous cuisons notre pain chaque matin dans le vieux four de la boutique\u202f; "
        "notre fromage vient d'une petite ferme à vingt minutes du port."
    )
    result, changes = split(text, lang="fr")
    assert result == (
        "Nous cuisons notre pain chaque matin dans le vieux four de la boutique. "
        "Notre fromage vient d'une petite ferme à vingt minutes du port."
    )
    assert [(c.before, c.after) for c in changes] == [("\u202f; notre", ". Notre")]


def test_a_very_long_sentence_is_cut_while_a_piece_is_too_long() -> None:
    text = (
        "We open the terrace behind the shop on Saturday morning, and our bakers serve "
        "fresh croissants there until noon every weekend, and the coffee comes from a small "
        "roaster in the old harbour district, but the tables are few on sunny days."
    )
    assert split(text)[0] == (
        "We open the terrace behind the shop on Saturday morning. Our bakers serve "
        "fresh croissants there until noon every weekend. The coffee comes from a small "
        "roaster in the old harbour district. But the tables are few on sunny days."
    )


def test_the_cut_nearest_the_middle_is_enough() -> None:
    text = (
        "We open the terrace on Saturday, and our bakers serve fresh croissants there until "
        "noon every weekend, and the coffee comes from the harbour."
    )
    # A neutral voice keeps sentences to its max_words (20 here): one cut does it.
    neutral = {"sentences": {"target_words": 12, "max_words": 20}}
    assert split(text, "professional-network", profile=neutral)[0] == (
        "We open the terrace on Saturday. Our bakers serve fresh croissants there until "
        "noon every weekend, and the coffee comes from the harbour."
    )
    # A casual voice keeps them to halfway from its target to its max (16): both cuts.
    assert split(text)[0] == (
        "We open the terrace on Saturday. Our bakers serve fresh croissants there until "
        "noon every weekend. The coffee comes from the harbour."
    )


def test_a_piece_under_four_words_is_no_sentence() -> None:
    text = (
        "It is open, and we serve fresh croissants on the terrace behind the shop until "
        "noon every single weekend this summer."
    )
    assert split(text) == (text, [])


def test_no_cut_inside_brackets_or_quotes() -> None:
    text = (
        "Our new menu (we cook the fish on the grill all summer long, and our bakers make "
        "the bread every morning) is served on the terrace."
    )
    assert split(text) == (text, [])


def test_no_cut_between_two_subordinate_clauses() -> None:
    text = (
        "We are pleased to announce that North Light Creative has moved to a new studio in "
        "Manchester, and that our team has grown to fourteen people."
    )
    assert split(text) == (text, [])


def test_a_formal_voice_does_not_open_a_sentence_on_a_mention() -> None:
    text = (
        "We would like to thank every client who has trusted us since 2018 with their "
        "websites, and @anna_bakes will tell you all about it at the breakfast in April."
    )
    assert split(text, voice="corporate", profile=TIGHT) == (text, [])


@pytest.mark.parametrize(
    ("text", "lang", "cut_before"),
    [
        # "Please" and « Merci de » + infinitive open an order: a clause of its own before the
        # conjunction, as "Bring…" / « Rapportez… » would be.
        (
            "Please bring the jar back to the shop where you bought it before Saturday, and we "
            "will refund you in full.",
            "en",
            "We will",
        ),
        (
            "Please send your portfolio and a few lines about yourself to the studio by Friday, "
            "we reply to everyone.",
            "en",
            "We reply",
        ),
        (
            "Merci de nous rapporter le pot à la boutique de Carpentras avant samedi, et nous "
            "vous rembourserons sans ticket de caisse.",
            "fr",
            "Nous vous",
        ),
    ],
)
def test_a_polite_order_is_a_clause_of_its_own(text: str, lang: Lang, cut_before: str) -> None:
    result, changes = split(text, lang=lang)
    assert len(changes) == 1
    assert f". {cut_before}" in result


@pytest.mark.parametrize(
    "text",
    [
        # Thanks, not an order: no clause before the comma.
        "Merci de votre confiance depuis toutes ces années à la boutique de Carpentras, et nous "
        "vous attendons samedi.",
        "Merci d'avoir été si nombreux à la boutique de Carpentras cette année, et nous vous "
        "attendons samedi.",
    ],
)
def test_thanks_is_no_order(text: str) -> None:
    assert split(text, lang="fr") == (text, [])


def test_a_series_sharing_its_subject_is_cut_before_its_second_predicate() -> None:
    text = (
        "Last winter we fixed 4,812 old bikes, sold 390 refurbished ones and kept an estimated "
        "11 tonnes of metal out of landfill."
    )
    result, changes = split(text)
    assert result == (
        "Last winter we fixed 4,812 old bikes. We sold 390 refurbished ones and kept an "
        "estimated 11 tonnes of metal out of landfill."
    )
    assert len(changes) == 1


@pytest.mark.parametrize(
    "text",
    [
        # An adverb between the subject and its verb: written again, it would say too much.
        "Last winter we also fixed 4,812 old bikes, sold 390 refurbished ones and kept an "
        "estimated 11 tonnes of metal out of landfill.",
        # A name as subject: which pronoun stands for it is not the cut's to guess.
        "Last winter Amara fixed 4,812 old bikes, sold 390 refurbished ones and kept an "
        "estimated 11 tonnes of metal out of landfill.",
        # Two predicates only: the comma joins a list, not a series to cut.
        "Last winter we fixed 4,812 old bikes at the workshop behind the station, and sold "
        "390 refurbished ones to students.",
    ],
)
def test_a_series_is_left_whole_where_the_subject_cannot_be_written_again(text: str) -> None:
    assert split(text) == (text, [])
