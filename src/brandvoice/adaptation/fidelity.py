"""What an adaptation could not guarantee, said per variant.

Six promises are audited after the checks: a variant keeps every fact of the master
(URLs, e-mails, phone numbers, prices, dates, times, numbers with units, names) unless a
change says it was cut; fitting it to its network's length never cuts one of the
message's key facts (what, when, where, how to act) without saying so as a
``fit.key-fact-dropped`` problem; it breaks no sentence (``fit.sentence-broken``: two
glued by a comma, one starting in lower case after a stop); it lands inside its voice's
formality and reading-ease bands, or says why not (``voice.out-of-band``); it adds no
spelling or grammar error the master did not have; and it has no error-level finding. A broken
promise becomes a :class:`Problem`, so a pipeline can gate on it and a person can see why.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from brandvoice.adaptation.fitting.purpose import asks
from brandvoice.adaptation.model import Problem, Variant
from brandvoice.findings import Category, Finding, Report, Severity
from brandvoice.lang import Lang
from brandvoice.understand import Message, Role
from brandvoice.understand.pinning import pinning_facts
from brandvoice.understand.presence import Passages

KEY_FACT_DROPPED = "fit.key-fact-dropped"
SENTENCE_BROKEN = "fit.sentence-broken"
OUT_OF_BAND = "voice.out-of-band"
INTRODUCED_FINDING = "adapt.introduced-finding"
# The facts a reader cannot do without: fitting may shorten them, never cut them silently.
KEY_ROLES = (Role.WHAT, Role.WHEN, Role.WHERE, Role.HOW)
# What a length cut must say it took: the key facts, and a price, which fit-length weighs as
# one (an offer or a voucher without its amount, "un bon de réduction", is worth nothing to
# the reader).
_REPORTED_WHEN_CUT = (*KEY_ROLES, Role.PRICE)
# The transforms that cut a variant to its network's length: a key fact gone with one of
# their cuts did not fit (trim-clauses keeps every fact the extractor finds, but a key
# "what" phrase is no such fact).
_FITTING = frozenset({"fit-length", "trim-clauses"})

_LANGUAGE_CATEGORIES = frozenset({Category.SPELLING, Category.GRAMMAR})


def _flagged(text: str, finding: Finding) -> str:
    return text[finding.offset : finding.offset + finding.length].casefold()


def _language_errors(text: str, findings: Sequence[Finding]) -> set[tuple[str, str]]:
    return {
        (f.category.value, _flagged(text, f))
        for f in findings
        if f.category in _LANGUAGE_CATEGORIES and f.severity is not Severity.INFO
    }


def audit(
    master: str,
    lang: Lang,
    master_report: Report,
    variants: Sequence[Variant],
    names: Sequence[str] = (),
    message: Message | None = None,
) -> list[Problem]:
    """The problems of ``variants``; ``names`` are the brand's names, facts like any other;
    ``message`` is the master understood, whose key facts fitting must keep."""
    from brandvoice.understand.facts import extract_facts, missing_facts

    facts = extract_facts(master, lang, names)
    already = _language_errors(master, master_report.findings)
    problems: list[Problem] = []
    for variant in variants:

        def problem(kind: str, message: str, variant: Variant = variant) -> None:
            problems.append(Problem(variant.network, variant.voice, kind, message))

        for role, fact_text in _key_facts_cut(message, variant) if message else ():
            problem(
                KEY_FACT_DROPPED,
                f"the {role} of the message ({fact_text!r}) did not fit in "
                f"{variant.network}'s limit and was cut; shorten the master or post it "
                "in two parts",
            )
        for piece in broken_sentences(variant.text, master):
            problem(
                SENTENCE_BROKEN,
                f"{piece!r} reads as two sentences glued or one cut in half; the master "
                "does not have it: the adaptation broke a sentence",
            )
        for band_message in _out_of_band(variant):
            problem(OUT_OF_BAND, band_message)
        for introduced in introduced_findings(master, master_report.findings, variant):
            problem(INTRODUCED_FINDING, introduced)
        reference = message.reference_date if message else None
        for fact in missing_facts(facts, variant.text, variant.dropped, lang, reference):
            problem("missing-fact", f"the master's {fact.kind} {fact.text!r} is not in the variant")
        for finding in variant.findings:
            key = (finding.category.value, _flagged(variant.text, finding))
            language_error = (
                finding.category in _LANGUAGE_CATEGORIES and finding.severity is not Severity.INFO
            )
            if language_error and key not in already:
                problem(
                    "introduced-error",
                    f"[{finding.rule}] {key[1]!r}: {finding.message} "
                    "(not in the master: the adaptation introduced it)",
                )
                continue
            if finding.severity is Severity.ERROR:
                origin = " (already in the master)" if key in already else ""
                problem("finding", f"[{finding.rule}] {finding.message}{origin}")
    return problems


_HASHTAG = regex.compile(r"(?<![\w&])#[\p{L}\p{N}_]+")
# Two sentences glued by a comma: ", Elles sont", ", We are" (a subject pronoun that only
# starts a sentence in upper case; an article may start a name: ", Le Vélo Marseillais").
_GLUED = regex.compile(
    r",\s+(?:Il|Elle|Ils|Elles|Nous|Vous|On|He|She|It|They|We|You)\b(?:\s+\p{L}+){0,2}"
)
# A lower-case word after a full stop (not after a short lower-case abbreviation: "sam.
# 4 avr. à Bandol"; an e-mail address or a link may start in lower case).
_LOWER_START = regex.compile(r"(?:[!?]|(?<!\b\p{Ll}{2,5})\.)\s+\p{Ll}[\p{L}'’]*(?![\w.-]*[@/.]\w)")


def broken_sentences(text: str, master: str = "") -> list[str]:
    """Pieces of ``text`` that read as a broken sentence (two glued by a comma, one that
    starts in lower case after a stop) and that ``master`` does not have: the adaptation's
    doing."""
    plain = _HASHTAG.sub("", text)
    found = [m.group() for m in _GLUED.finditer(plain)]
    # The master's own lower-case starts ("Merci ! à bientôt") are the author's: the
    # adaptation may change their stop ("!" to "."), spacing or word ("we will" to "we'll")
    # and they are still not its doing.
    own = {_first_word(m.group()) for m in _LOWER_START.finditer(_HASHTAG.sub("", master))}
    found += [
        m.group()
        for m in _LOWER_START.finditer(plain)
        if not _in_link(plain, m.start()) and _first_word(m.group()) not in own
    ]
    return [piece for piece in found if piece not in master]


_FIRST_WORD = regex.compile(r"\p{L}+")


def _first_word(piece: str) -> str:
    """The letters of the word a lower-case start opens on: "we" for ". we'll"."""
    found = _FIRST_WORD.search(piece)
    return found.group().casefold() if found else ""


def _in_link(text: str, at: int) -> bool:
    start = text.rfind(" ", 0, at) + 1
    return "://" in text[start : at + 3] or "@" in text[start:at]


def _out_of_band(variant: Variant) -> list[str]:
    """Why the variant is still outside its voice's formality or reading-ease band after
    the rewriting: the measure, the band, and what weighs most in it (the sentences'
    length, which the rewriting could not bring further without breaking one)."""
    from brandvoice.checks.tone import band_positions

    found = []
    longest = variant.metrics.get("longest_sentence_words")
    for band in band_positions(variant.metrics):
        if not band.side:
            continue
        # Long sentences push formality up and reading ease down.
        long_weighs = band.side == ("above" if band.name == "formality" else "below")
        why = (
            f"; its longest sentence has {longest} words and no safe cut is left in it"
            if isinstance(longest, int) and long_weighs
            else ""
        )
        found.append(
            f"{band.name} {band.value:.0f} is {band.side} the {variant.voice} voice's band "
            f"{band.low:.0f}-{band.high:.0f} after rewriting{why}; the master's own wording "
            "sets it (see the register and readability findings for the words that weigh most)"
        )
    return found


def _key_facts_cut(message: Message, variant: Variant) -> list[tuple[str, str]]:
    """(role, fact) of each key fact that a length cut took out of ``variant``."""
    cuts = [c.before for c in variant.changes if c.transform in _FITTING and c.before]
    if not cuts:
        return []
    lost: list[tuple[str, str]] = []
    # Every cut and the variant each read once (see Passages), not once per key fact.
    in_cuts = Passages(cuts, message.lang, message.reference_date)
    in_variant = Passages([variant.text], message.lang, message.reference_date)
    # A period or a region that pins no day or place is no key fact a cut must report.
    for fact in pinning_facts(message):
        if fact.role not in _REPORTED_WHEN_CUT or not fact.text.strip():
            continue
        in_cut = bool(in_cuts.saying(fact.text))
        if in_cut and not in_variant.saying(fact.text):
            lost.append((str(fact.role), fact.text))
    instruction = _instruction_cut(message, cuts, variant.text)
    if instruction:
        lost.append((str(Role.HOW), instruction))
    return lost


def _instruction_cut(message: Message, cuts: Sequence[str], text: str) -> str:
    """The words of a serious message's instruction (a recall's "stop using it, bring it
    back", an incident's "call us") that a length cut took and ``text`` no longer says in
    any form; "" when it still asks, or nothing asked was cut. How to act is a key fact
    even when no phone or link carries it: the reader of a recall who is not told to stop
    using the product has lost what the message is for."""
    if not message.serious:
        return ""
    if asks(text, message, message.lang):
        return ""
    cut = [cue.text for part in cuts for cue in asks(part, message, message.lang)]
    return ", ".join(dict.fromkeys(cut))


# The findings a variant must not gain from its adaptation: typography (ours, Grammalecte's,
# LanguageTool's), paired marks (typography.unpaired-mark), contractions and elisions, and
# the register rules a rewrite can break (not the formality band: voice.out-of-band says
# when the band could not be reached).
_CONTRACTION = regex.compile(r"contraction|elision|apos", regex.IGNORECASE)
_BAND_RULES = frozenset({"register.too-formal", "register.too-casual"})
# Counted rules: the variant has more of the mark than the master, or it is the adaptation's.
_COUNTED = {
    "register.exclamation": regex.compile(r"!"),
    "register.emoji": regex.compile(r"\p{Extended_Pictographic}"),
}
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SPACES = regex.compile(r"[\s\u00a0\u202f]+")


def _watched(finding: Finding) -> bool:
    if finding.category is Category.TYPOGRAPHY or _CONTRACTION.search(finding.rule):
        return True
    return finding.rule.startswith("register.") and finding.rule not in _BAND_RULES


def _finding_keys(text: str, finding: Finding) -> tuple[tuple[str, ...], tuple[str, str]]:
    """How a finding is recognised in another text: its rule, the flagged words (spaces of
    any kind alike) and the word either side; a flagged span with a word in it also by
    itself (the words around it may have been rewritten)."""
    span = _SPACES.sub(" ", _flagged(text, finding))
    before = _WORD.findall(text[max(0, finding.offset - 40) : finding.offset].casefold())[-1:]
    end = finding.offset + finding.length
    after = _WORD.findall(text[end : end + 40].casefold())[:1]
    return (finding.rule, *before, span, *after), (finding.rule, span)


def introduced_findings(
    master: str, master_findings: Sequence[Finding], variant: Variant
) -> list[str]:
    """What ``variant`` has and its master has not, of the findings an adaptation must not
    add (:data:`INTRODUCED_FINDING`): a typography, paired-mark or contraction finding on
    words the master's findings do not flag, a register finding on words the master does
    not have (or more exclamation marks or emoji than the master has). One message a
    finding, naming its rule."""
    in_context: set[tuple[str, ...]] = set()
    by_words: set[tuple[str, str]] = set()
    for finding in master_findings:
        if _watched(finding):
            exact, loose = _finding_keys(master, finding)
            in_context.add(exact)
            by_words.add(loose)
    folded = master.casefold()
    found: list[str] = []
    for finding in variant.findings:
        if not _watched(finding):
            continue
        exact, loose = _finding_keys(variant.text, finding)
        span = loose[1]
        if finding.rule in _COUNTED:
            mark = _COUNTED[finding.rule]
            if len(mark.findall(variant.text)) <= len(mark.findall(master)):
                continue
        elif finding.category is Category.REGISTER:
            if span.strip() and span.strip() in folded:
                continue
        elif exact in in_context or (_WORD.search(span) and loose in by_words):
            continue
        where = variant.text[max(0, finding.offset - 20) : finding.offset + finding.length + 20]
        found.append(
            f"[{finding.rule}] {finding.message} (near {where.strip()!r}): the master does not "
            "have it, the adaptation introduced it"
        )
    return found
