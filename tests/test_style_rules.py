"""Style and register rules beyond their built-in examples (tests/test_rule_examples.py):
the packaged phrase lists, the voice thresholds, and what repetition and sentence length
count."""

from __future__ import annotations

from typing import Any

import pytest

from brandvoice.checks import check
from brandvoice.checks.context import CheckContext
from brandvoice.checks.phrases import (
    SECTIONS,
    PhraseListError,
    fit_replacement,
    load_sections,
    parse_sections,
    phrase_list,
)
from brandvoice.checks.register import Capitals, TooManyEmoji, TooManyExclamations
from brandvoice.checks.style import LongSentence, Repetition
from brandvoice.findings import Finding, Severity
from brandvoice.lang import Lang
from brandvoice.networks import get_network
from brandvoice.profiles import get_voice

from .testdata import require_testdata

LANGS: tuple[Lang, ...] = ("fr", "en")
LISTS = {"style": ("wordy", "cliche", "pleonasm"), "slang": ("slang",)}


def _sections(lang: str) -> dict[str, Any]:
    """Every section of every list of ``lang``, by section name."""
    return {
        section: phrases for name in LISTS for section, phrases in load_sections(name, lang).items()
    }


def _context(text: str, voice: str = "casual-facebook", lang: Lang = "en") -> CheckContext:
    """A context without spaCy: the whole text is one sentence."""
    return CheckContext(text, lang, get_voice(voice), get_network("facebook"), [(0, len(text))])


def _flagged(findings: list[Finding], text: str, rule: str | None = None) -> list[str]:
    return [text[f.offset : f.offset + f.length] for f in findings if rule in (None, f.rule)]


# --- The packaged lists -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_list_loads_with_its_sections(name: str, lang: str) -> None:
    sections = load_sections(name, lang)
    assert set(sections) == set(LISTS[name])
    for section, phrases in sections.items():
        assert phrases, f"{name}-{lang}: {section} is empty"
        for phrase in phrases:
            needs = SECTIONS[section]
            assert needs is None or needs == (phrase.replacement is not None), phrase
            assert phrase.replacement != phrase.text


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_is_found_as_written_and_with_curly_apostrophes(lang: str) -> None:
    for section, phrases in _sections(lang).items():
        name = "slang" if section == "slang" else "style"
        found_in = phrase_list(name, lang, section)
        for phrase in phrases:
            for text in (phrase.text, phrase.text.replace("'", "’")):
                spans = [(m.start, m.end) for m in found_in.find(f"« {text} »")]
                assert spans == [(2, 2 + len(text))], (section, text)


@pytest.mark.parametrize("lang", LANGS)
def test_no_replacement_is_itself_flagged(lang: str) -> None:
    """A fix must not trade one finding for another: no replacement holds a listed phrase."""
    sections = _sections(lang)
    lists = [phrase_list("slang" if s == "slang" else "style", lang, s) for s in sections]
    for phrases in sections.values():
        for phrase in phrases:
            if phrase.replacement is None:
                continue
            for listed in lists:
                hits = [m.written for m in listed.find(phrase.replacement)]
                assert hits == [], f"{phrase.text!r} → {phrase.replacement!r} holds {hits}"


@pytest.mark.parametrize("lang", LANGS)
def test_sections_do_not_overlap(lang: str) -> None:
    """One phrase, one rule: no phrase of a section holds a phrase of another section."""
    sections = _sections(lang)
    for section, phrases in sections.items():
        for other in sections:
            if other == section:
                continue
            listed = phrase_list("slang" if other == "slang" else "style", lang, other)
            for phrase in phrases:
                hits = [m.written for m in listed.find(phrase.text)]
                assert hits == [], f"{section} {phrase.text!r} holds {other} {hits}"


def test_codespell_informal_words_are_covered() -> None:
    """Cross-check of slang-en.yaml against codespell's informal dictionary (CC BY-SA 3.0,
    read here only, never shipped): every word it lists is ours, or left out on purpose."""
    path = require_testdata("codespell-dictionary", "dictionary_informal.txt")
    left_out = {"natch"}  # codespell's "natch->match" is a typo fix; it also means "naturally"
    words = [
        line.split("->", 1)[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if "->" in line
    ]
    assert words, "the dictionary should not be empty"
    slang = phrase_list("slang", "en", "slang")
    missing = [word for word in words if word not in left_out and not slang.knows(word)]
    assert missing == []


BAD_LISTS = [
    pytest.param({"jargon": ["synergy"]}, "unknown section", id="unknown-section"),
    pytest.param({"wordy": ["in order to"]}, "needs a replacement", id="wordy-no-replacement"),
    pytest.param(
        {"cliche": [{"phrase": "game changer", "replacement": "news"}]},
        "must not have a replacement",
        id="cliche-with-replacement",
    ),
    pytest.param(
        {"pleonasm": [{"phrase": "Free gift", "replacement": "free gift"}]},
        "replaced by itself",
        id="self-replacement",
    ),
    pytest.param({"cliche": ["game changer", "game-changer"]}, "more than once", id="duplicate"),
    pytest.param({"slang": ["y’all"]}, "needs a phrase", id="curly-apostrophe"),
    pytest.param({"slang": ["gonna "]}, "needs a phrase", id="trailing-space"),
    pytest.param(
        {"slang": [{"phrase": "gonna", "replacement": ""}]}, "empty", id="empty-replacement"
    ),
    pytest.param({"slang": [{"phrase": "gonna", "note": "x"}]}, "not a phrase", id="extra-key"),
    pytest.param({"slang": []}, "non-empty list", id="empty-section"),
]


@pytest.mark.parametrize(("document", "error"), BAD_LISTS)
def test_malformed_lists_are_refused(document: dict[str, Any], error: str) -> None:
    with pytest.raises(PhraseListError, match=error):
        parse_sections(document, "test.yaml")


def test_replacements_follow_the_case_and_apostrophe_of_the_text() -> None:
    ctx = _context("À l’heure actuelle, nous sommes fermés.", lang="fr")
    assert fit_replacement("aujourd'hui", "À l’heure actuelle", ctx) == "Aujourd’hui"
    assert fit_replacement("aujourd'hui", "à l'heure actuelle", ctx) == "aujourd'hui"
    assert fit_replacement("to", "IN ORDER TO", ctx) == "TO"
    assert fit_replacement("PIN", "pin number", ctx) == "PIN"


def test_phrases_are_not_found_inside_urls_mentions_or_hashtags() -> None:
    text = "See https://shop.example/in-order-to and #GameChanger or @gonna"
    assert list(phrase_list("style", "en", "wordy").find_in(_context(text))) == []
    assert list(phrase_list("slang", "en", "slang").find_in(_context(text))) == []


# --- register.slang only where the voice minds ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "slang"),
    [
        ("We're gonna open a new shop, lol.", "en", ["gonna", "lol"]),
        ("On kiffe trop ce salon, c’est ouf.", "fr", ["kiffe", "c’est ouf"]),
    ],
)
def test_slang_is_flagged_for_corporate_not_for_casual_facebook(
    text: str, lang: str, slang: list[str]
) -> None:
    corporate = check(text, voice="corporate", lang=lang, languagetool="off")
    casual = check(text, voice="casual-facebook", lang=lang, languagetool="off")
    assert _flagged(corporate.findings, text, "register.slang") == slang
    assert _flagged(casual.findings, text, "register.slang") == []


def test_slang_threshold_follows_the_formality_band() -> None:
    assert [get_voice(v).formality.min >= 40 for v in ("casual-facebook", "corporate")] == [
        False,
        True,
    ]
    for voice in ("expert-blog", "professional-network"):
        report = check("Dunno yet, tbh.", voice=voice, lang="en", languagetool="off")
        assert _flagged(report.findings, "Dunno yet, tbh.", "register.slang") == ["Dunno", "tbh"]


# --- style.repetition -----------------------------------------------------------------------------


def _repeated(text: str, lang: Lang = "en") -> list[str]:
    return _flagged(list(Repetition().check(_context(text, lang=lang))), text)


def test_repetition_ignores_stop_words_and_short_words() -> None:
    assert _repeated("We always open early and we always close late.") == []
    assert _repeated("Nous avons toujours aimé ça et nous aimerons toujours ça.", "fr") == []
    assert _repeated("The box, the box and the box.") == []  # "box" is shorter than 4


def test_repetition_ignores_urls_mentions_and_hashtags() -> None:
    text = "Book your table at https://beach.example/book with @book and #book today."
    assert _repeated(text) == []


def test_repetition_strips_elision_and_flags_the_second_word() -> None:
    text = "L’atelier ouvre samedi : venez à l'atelier."
    ctx = _context(text, lang="fr")
    (finding,) = Repetition().check(ctx)
    assert text[finding.offset : finding.offset + finding.length] == "atelier"
    assert finding.offset == text.rindex("atelier")


def test_repetition_leaves_idioms_alone() -> None:
    assert _repeated("Nous attendions d’heure en heure, tour à tour inquiets.", "fr") == []
    assert _repeated("They worked side by side, again and again.") == []


def test_repetition_only_within_the_window() -> None:
    near = "Our terrace opens today and the terrace is sunny."
    far = "Our terrace opens today, with music, games, drinks and food until late, terrace."
    assert _repeated(near) == ["terrace"]
    assert _repeated(far) == []  # eleven words later


# --- style.long-sentence --------------------------------------------------------------------------


def _sentence(words: int) -> str:
    return " ".join(["word"] * (words - 1) + ["end."])


@pytest.mark.parametrize(
    ("voice", "words", "flagged"),
    [
        ("casual-facebook", 20, False),
        ("casual-facebook", 21, True),
        ("corporate", 35, False),
        ("corporate", 36, True),
    ],
)
def test_long_sentence_uses_the_voice_maximum(voice: str, words: int, flagged: bool) -> None:
    text = _sentence(words)
    findings = list(LongSentence().check(_context(text, voice=voice)))
    assert bool(findings) is flagged
    assert get_voice(voice).sentences.max_words in (20, 35)


def test_long_sentence_does_not_count_urls_or_hashtags() -> None:
    text = _sentence(20)[:-1] + " https://shop.example/a/b/c/d/e #Summer #Toulon."
    ctx = _context(text)
    assert list(LongSentence().check(ctx)) == []
    assert ctx.metrics["longest_sentence_words"] == 20


def test_long_sentence_through_the_runner_flags_only_the_long_sentence() -> None:
    long = "We " + " ".join(["really"] * 20) + " love it."
    text = f"Hello there. {long} Bye now."
    report = check(text, voice="casual-facebook", lang="en", languagetool="off")
    assert _flagged(report.findings, text, "style.long-sentence") == [long]


# --- register.emoji, register.exclamation, register.caps ------------------------------------------


def test_each_extra_emoji_is_its_own_finding() -> None:
    text = "Open 🎉 early ☀️ friends 🥐 family 🥖 and 👨‍👩‍👧 too"
    ctx = _context(text)
    assert _flagged(list(TooManyEmoji().check(ctx)), text) == ["🥖", "👨‍👩‍👧"]
    assert ctx.metrics["emoji"] == 5


def test_exclamation_runs_are_one_finding_and_each_mark_counts() -> None:
    text = "Open! Come!!! Now!"
    ctx = _context(text, voice="professional-network")  # at most 1
    findings = list(TooManyExclamations().check(ctx))
    assert _flagged(findings, text) == ["!!!", "!"]
    assert ctx.metrics["exclamations"] == 5
    assert "2-4 of 5" in findings[0].message


def test_exclamations_within_the_allowance_are_fine() -> None:
    assert list(TooManyExclamations().check(_context("Open! Come!"))) == []  # 2 allowed
    (third,) = TooManyExclamations().check(_context("Open! Come!!"))
    assert third.offset == len("Open! Come!")


def test_caps_skip_acronyms_numerals_codes_slang_and_brands() -> None:
    text = (
        "Our CEO met the SNCF, the OMC-FMI and HTML teams for Louis XIV, COVID19, the 4K TV. "
        "LOL. Follow us on FACEBOOK or #SUMMER https://EXAMPLE.example/PAGE"
    )
    assert list(Capitals().check(_context(text))) == []


def test_caps_severity_follows_the_voice() -> None:
    text = "Our GRAND OPENING is on Saturday."
    (casual,) = Capitals().check(_context(text))
    (corporate,) = Capitals().check(_context(text, voice="corporate"))
    assert (casual.severity, corporate.severity) == (Severity.INFO, Severity.WARNING)
    assert casual.replacements == ("grand opening",)
    (start,) = Capitals().check(_context("HUGE news today."))
    assert start.replacements == ("Huge",)
