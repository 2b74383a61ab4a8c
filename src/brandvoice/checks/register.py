"""Register rules: slang in a voice formal enough to mind it, and the marks of shouting
(emoji and exclamation marks beyond the voice's allowance, words in capitals). Every limit
comes from the voice profile, so one text can be fine on Facebook and not on LinkedIn."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.phrases import PhraseRule, phrase_list
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.segments import at_sentence_start

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

# A voice whose formality band starts here or above minds slang and shouting: corporate
# (60), expert-blog (50) and professional-network (45) do, casual-facebook (25) does not.
FORMAL_ENOUGH = 40


def is_formal(voice: VoiceProfile) -> bool:
    return voice.formality.min >= FORMAL_ENOUGH


class Slang(PhraseRule):
    id = "register.slang"
    category = Category.REGISTER
    severity = Severity.WARNING
    kind = RuleKind.EXISTENCE
    # The formal word rarely drops in unchanged ("c'est ouf" → "c'est incroyable" is fine,
    # "gotta" → "have to" may need "we have to"): a person reads each one.
    fix = Fix.UNSAFE
    list_name = "slang"
    section = "slang"
    summary = "Slang or a very informal word, in a voice formal enough to mind it."
    rationale = (
        "'gonna', 'lol', « kiffer », « c'est ouf » suit a chatty Facebook page, not a "
        "company's LinkedIn post. The rule only runs when the voice's formality band starts "
        f"at {FORMAL_ENOUGH} or more (corporate, expert-blog, professional-network), so "
        "casual-facebook keeps its slang. Words that are also ordinary French or English "
        "(« genre », « grave », 'cool', 'like') are not listed, and a capitalised word in "
        "mid-sentence is taken for a name (les Restos du Cœur)."
    )
    examples = (
        Example("We're gonna share our results next week.", "gonna", network="linkedin"),
        Example("LOL, our intern wrote this post.", "LOL", voice="corporate"),
        Example("Toute l’équipe a kiffé ce salon.", "kiffé", network="linkedin", lang="fr"),
        Example("C’est ouf, 30 ans déjà\u202f!", "C’est ouf", voice="corporate", lang="fr"),
        Example("We're gonna love this summer menu!", None),
        Example("We are going to share our results next week.", None, network="linkedin"),
        Example(
            "Toute l’équipe a apprécié ce salon avec les Restos du Cœur.",
            None,
            network="linkedin",
            lang="fr",
        ),
    )

    def applies(self, ctx: CheckContext) -> bool:
        return is_formal(ctx.voice)

    def message(self, written: str, replacement: str | None, ctx: CheckContext) -> str:
        band = ctx.voice.formality
        advice = f"write {replacement!r}" if replacement else "reword it"
        return (
            f"{written!r} is slang for the {ctx.voice.name} voice (formality "
            f"{band.min}-{band.max}): {advice}"
        )


class TooManyEmoji(Rule):
    id = "register.emoji"
    category = Category.REGISTER
    severity = Severity.WARNING
    kind = RuleKind.OCCURRENCE
    summary = "More emoji than the voice's emoji.max."
    rationale = (
        "Emoji set the tone: a few warm up a Facebook post, any at all can look out of place "
        "in a corporate statement. Each emoji beyond the voice's allowance gets its own "
        "finding (from the (max+1)-th on), so an editor sees exactly where they are; which "
        "ones to keep is the writer's choice, so no fix is offered. A flag, a family or a "
        "skin-toned emoji counts once; © and ™ are not emoji."
    )
    examples = (
        Example("Open on Sunday 🎉 Come early ☀️ Bring friends 🥐 and family 🥖", "🥖"),
        Example("Ouverture dimanche\u202f! 🎉", "🎉", voice="corporate", lang="fr"),
        Example("Open on Sunday 🎉 Come early ☀️ Bring friends 🥐", None),
        Example("Ouverture dimanche. © Acme 2026", None, voice="corporate", lang="fr"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        emoji = [entity for entity in ctx.entities if entity.kind == "emoji"]
        ctx.metrics["emoji"] = len(emoji)
        limit = ctx.voice.emoji.max
        allowance = (
            f"the {ctx.voice.name} voice uses no emoji"
            if limit == 0
            else f"the {ctx.voice.name} voice uses at most {limit}"
        )
        for number, extra in enumerate(emoji[limit:], start=limit + 1):
            yield self.finding(
                extra.start, extra.end - extra.start, f"emoji {number} of {len(emoji)}: {allowance}"
            )


# The fullwidth ！ of Chinese and Japanese input methods counts too.
_EXCLAMATION = regex.compile(r"[!！]")


class TooManyExclamations(Rule):
    id = "register.exclamation"
    category = Category.REGISTER
    severity = Severity.WARNING
    kind = RuleKind.OCCURRENCE
    summary = "More exclamation marks than the voice's max_exclamations."
    rationale = (
        "Exclamation marks are a voice's volume knob. Each '!' counts, so '!!!' is three; "
        "the marks beyond the allowance are flagged, adjacent ones together ('!!' is one "
        "finding). Marks inside URLs are not counted. No fix: whether a sentence should end "
        "with a full stop or lose its extra marks is the writer's call."
    )
    examples = (
        Example("Open on Sunday! Come early! Bring friends!!", "!!", network="linkedin"),
        Example("Ouverture dimanche\u202f! Venez tôt\u202f!", "!", voice="corporate", lang="fr"),
        Example("Open on Sunday! Come early!", None),
        Example("Ouverture dimanche\u202f! Venez tôt.", None, network="linkedin", lang="fr"),
        Example("Read https://ex.com/#!/news today.", None, voice="corporate"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        skipped = ctx.protected
        marks = [
            m.start()
            for m in _EXCLAMATION.finditer(ctx.text)
            if not skipped.overlaps(m.start(), m.end())
        ]
        ctx.metrics["exclamations"] = len(marks)
        limit = ctx.voice.max_exclamations
        allowance = "none" if limit == 0 else f"at most {limit}"
        for first, run in _adjacent_runs(marks[limit:], limit + 1):
            numbers = str(first) if len(run) == 1 else f"{first}-{first + len(run) - 1}"
            yield self.finding(
                run[0],
                len(run),
                f"exclamation mark {numbers} of {len(marks)}: the {ctx.voice.name} voice "
                f"uses {allowance}",
            )


def _adjacent_runs(offsets: list[int], first_number: int) -> Iterator[tuple[int, list[int]]]:
    """Consecutive offsets grouped into runs, each with the rank of its first element."""
    run: list[int] = []
    number = first_number
    for offset in offsets:
        if run and offset != run[-1] + 1:
            yield number, run
            number += len(run)
            run = []
        run.append(offset)
    if run:
        yield number, run


# Acronyms and initialisms of three letters or more that a brand may well write, in French
# and English; a vowel-less word (SNCF, HTML) and a Roman numeral (XIV) are let through
# without being listed, and a brand written in capitals belongs in the voice's glossary.
_ACRONYM_LIST = """
    AOC AOP API ASAP ATM BCE BTP BTS CAF CDD CDI CEO CFO CGU CGV CMO CNIL CNRS COO COVID CSR
    CSS CTO DIY DRH DSI DUT DVD ECB EDF ESG ETI EURL FAQ FIFA FMI FYI GDPR GIF GPS HTML IBAN
    IGP IMF INSEE IUT JPEG KPI LCD LED LGBT LGBTQ MBA NASA NATO NGO OCDE OECD OMC OMS ONG
    ONU OTAN PDF PDG PIN PME RATP RER RGPD RIB ROI RSE RSVP SARL SAS SASU SAV SEA SEO SIREN
    SIRET SMS SNCF TGV TPE TTC TVA UEFA UHD UNESCO URL URSSAF USA USB USD VAT VIP XXL XXS
    XXXL
"""
ACRONYMS = frozenset(_ACRONYM_LIST.split())
# Up to 399, which covers kings, popes, centuries and sequels; D and M are left out because
# DIX and MIX are words before they are numbers.
_ROMAN_NUMERAL = regex.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_VOWEL = regex.compile(r"[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÆŒ]")
# A word in capitals only, not glued to digits or other letters (COVID19 and 4K are codes).
_CAPITALS = regex.compile(
    r"(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{M}]*(?:['’-]\p{Lu}[\p{Lu}\p{M}]*)*(?![\p{L}\p{N}_])"
)
_SAME_RUN_GAP = regex.compile(r"[^\p{L}\p{N}\n]*")


_JOINERS = regex.compile(r"['’-]")


def is_acronym(word: str) -> bool:
    return (
        word in ACRONYMS
        or _ROMAN_NUMERAL.fullmatch(word) is not None
        or _VOWEL.search(word) is None
    )


def is_shouted(word: str) -> bool:
    """Whether a word in capitals shouts: some part of it (OMC-FMI has two, D'APRÈS has
    « APRÈS ») has three letters or more and is no acronym."""
    return any(len(part) >= 3 and not is_acronym(part) for part in _JOINERS.split(word))


# A press note's dateline sets its place in capitals, as the agencies do (AP style):
# "SHEFFIELD, January 9, 2026 –", "SALON-DE-PROVENCE, le 23 mars 2026 –".
_DATELINE_PLACE = regex.compile(
    r"(?m)^(?P<place>\p{Lu}[\p{Lu}\p{M}'’ .\-]*),[ \u00a0][^\n.!?]{4,40}?\d{4}[ \u00a0]+[–—]"
)


class Capitals(Rule):
    id = "register.caps"
    category = Category.REGISTER
    severity = Severity.INFO
    kind = RuleKind.EXISTENCE
    # Lower case is right for "GRAND OPENING", wrong for a name written in capitals (PARIS).
    fix = Fix.UNSAFE
    summary = "Words in capitals that are not acronyms: they read as shouting."
    rationale = (
        "A word of three letters or more in capitals reads as shouting. Acronyms are fine: "
        "a built-in list (CEO, SNCF, TVA...), any vowel-less word (HTML), Roman numerals "
        "(Louis XIV), words with digits (COVID19), URLs, mentions, hashtags and the voice's "
        f"glossary names. Info by default, a warning in voices of formality {FORMAL_ENOUGH} "
        "or more. Adjacent words in capitals are one finding. A press note's dateline sets "
        "its place in capitals, as the agencies do: not shouting."
    )
    examples = (
        Example("Our GRAND OPENING is on Saturday.", "GRAND OPENING"),
        Example("Notre GRANDE OUVERTURE a lieu samedi.", "GRANDE OUVERTURE", lang="fr"),
        Example("Our CEO opens the new office with NASA on Saturday. #BIGNEWS", None),
        Example(
            "Le PDG de la SNCF visite le salon, comme sous Louis XIV. Contact : @ACME",
            None,
            lang="fr",
        ),
        # A press note's dateline: the place in capitals is the agencies' style.
        Example("Record year\n\nSHEFFIELD, January 9, 2026 – The coop fixed 4,812 bikes.", None),
        Example("SHEFFIELD, the best city in 2026, loves bikes.", "SHEFFIELD"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        severity = Severity.WARNING if is_formal(ctx.voice) else self.severity
        slang = phrase_list("slang", ctx.lang, "slang")
        skipped = ctx.protected
        datelines = [m.span("place") for m in _DATELINE_PLACE.finditer(ctx.text)]
        shouted: list[tuple[int, int]] = []
        for match in _CAPITALS.finditer(ctx.text):
            word = match.group()
            if not is_shouted(word) or slang.knows(word):
                continue  # slang in capitals (LOL) is register.slang's business
            if skipped.overlaps(match.start(), match.end()):
                continue
            if any(start <= match.start() and match.end() <= end for start, end in datelines):
                continue
            gap = ctx.text[shouted[-1][1] : match.start()] if shouted else None
            if gap is not None and _SAME_RUN_GAP.fullmatch(gap):
                shouted[-1] = (shouted[-1][0], match.end())
            else:
                shouted.append(match.span())
        for start, end in shouted:
            written = ctx.text[start:end]
            lowered = written.lower()
            if at_sentence_start(ctx.text, start):
                lowered = lowered[:1].upper() + lowered[1:]
            yield self.finding(
                start,
                end - start,
                f"{written!r} in capitals reads as shouting; use lower case or another emphasis",
                (lowered,),
                severity=severity,
            )


RULES: tuple[Rule, ...] = (Slang(), TooManyEmoji(), TooManyExclamations(), Capitals())
