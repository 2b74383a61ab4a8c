"""The wording a compliance rule requires, where it goes and whether a text has it: shared
by the rules (their fixes) and the adaptation (``compliance-*`` transforms), so a variant
is written the way the check reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.checks.compliance.data import RuleData, rule_data
from brandvoice.checks.compliance.scope import (
    Hit,
    alcohol_reason,
    find_words,
    fold_apostrophes,
    partnership_reason,
    topic_hits,
)

if TYPE_CHECKING:
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

HEALTH_RULE = "compliance.fr-alcohol-health-message"
META_RULE = "compliance.meta-promotion-terms"
PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram"}


def rule(rule_id: str) -> RuleData:
    return next(r for r in rule_data() if r.id == rule_id)


# --- Where a notice goes ---------------------------------------------------------------------

_TRAILING_TAGS = regex.compile(r"(?:\s*#[\p{L}\p{N}_]+)+\s*\Z")


def end_of_content(text: str) -> int:
    """Where a closing notice goes: after the last word, before a closing line of hashtags
    (which stays last) and trailing spaces."""
    match = _TRAILING_TAGS.search(text)
    if match is not None:
        first_hash = text.index("#", match.start())
        line_start = text.rfind("\n", 0, first_hash) + 1
        # A block that starts its own line; "à #Toulon" ends a sentence.
        if line_start > 0 and not text[line_start:first_hash].strip():
            return len(text[:line_start].rstrip())
    return len(text.rstrip())


def closing_separator(text: str) -> str:
    return "\n\n"


# --- Health message (FR alcohol) ------------------------------------------------------------


def has_health_message(text: str) -> bool:
    # The profile model reads the legal words; imported here, not at start-up (pydantic).
    from brandvoice.profiles.model import has_health_message as says_it

    return says_it(text)


def needs_health_message(voice: VoiceProfile, text: str, lang: str, master: str = "") -> bool:
    if voice.jurisdiction != "FR" or has_health_message(text):
        return False
    return bool(alcohol_reason(voice, [text, master], lang))


def alcohol_applies(voice: VoiceProfile, texts: list[str], lang: str) -> bool:
    return voice.jurisdiction == "FR" and bool(alcohol_reason(voice, texts, lang))


# --- Partnership disclosure -----------------------------------------------------------------


def disclosure_rule(voice: VoiceProfile) -> RuleData | None:
    """The partnership-disclosure rule of the voice's jurisdiction, if it has one."""
    return next(
        (
            r
            for r in rule_data()
            if r.kind == "partnership-disclosure" and r.jurisdiction == voice.jurisdiction
        ),
        None,
    )


def disclosures_in(text: str, data: RuleData) -> list[Hit]:
    return find_words(text, data.params["disclosures"])


def disclosure_before_fold(text: str, data: RuleData, network: Network) -> tuple[bool, list[Hit]]:
    """Whether ``text`` discloses before ``network``'s fold, and the disclosures it has."""
    from brandvoice.text.segments import fold_offset

    hits = disclosures_in(text, data)
    fold = fold_offset(text, network.fold)
    return any(fold is None or hit.end <= fold for hit in hits), hits


def disclosure_notice(voice: VoiceProfile, data: RuleData, lang: str) -> str:
    partner = voice.partnership.partner if voice.partnership else None
    if partner:
        return str(data.params["notice"][lang]).replace("{partner}", partner)
    return str(data.params["notice_without_partner"][lang])


def needs_disclosure(
    voice: VoiceProfile, network: Network, text: str, lang: str, master: str = ""
) -> RuleData | None:
    """The rule whose disclosure ``text`` lacks before the fold, or None."""
    data = disclosure_rule(voice)
    if data is None or not partnership_reason(voice, [text, master], lang):
        return None
    disclosed, _ = disclosure_before_fold(text, data, network)
    return None if disclosed else data


# --- Platform promotions (Meta) -------------------------------------------------------------

_NOT_ASSOCIATED = regex.compile(
    r"(sponsor|parrain|endors|administ|géré|gère|gérée|associ|organis)", regex.IGNORECASE
)
_NEGATION = regex.compile(r"(\bnot\b|no way|\bn'|\bne\b|\bni\b|\baucun|\bpas\b)", regex.IGNORECASE)
_RELEASE = regex.compile(r"(releas|décharg|dégag|exonèr|libèr|liabilit)", regex.IGNORECASE)


def promotion_gaps(text: str, platform: str) -> list[str]:
    """What of Meta's two statements ``text`` lacks: "release", "not associated"."""
    names = (platform, "Meta")
    release = associated = False
    for chunk in regex.split(r"(?<=[.;!?\n])", fold_apostrophes(text)):
        if not any(name.casefold() in chunk.casefold() for name in names):
            continue
        release = release or bool(_RELEASE.search(chunk))
        associated = associated or bool(_NOT_ASSOCIATED.search(chunk) and _NEGATION.search(chunk))
    gaps = []
    if not release:
        gaps.append(f"each entrant's release of {platform}")
    if not associated:
        gaps.append(f"that {platform} does not sponsor, endorse or administer it")
    return gaps


def promotion_statement(platform: str, lang: str) -> str:
    return str(rule(META_RULE).params["statements"][lang]).replace("{platform}", platform)


def needs_promotion_statement(network: Network, text: str, lang: str, master: str = "") -> bool:
    platform = PLATFORM_NAMES.get(network.id)
    if platform is None:
        return False
    if not (topic_hits(text, "contest", lang) or topic_hits(master, "contest", lang)):
        return False
    return bool(promotion_gaps(text, platform))


@dataclass(frozen=True, slots=True)
class Notice:
    """A wording a variant must carry: at its start (a disclosure) or its end."""

    rule: str
    text: str
    at_start: bool


def required_notices(
    voice: VoiceProfile, network: Network, text: str, lang: str, master: str = ""
) -> list[Notice]:
    """The notices ``text`` (a variant of ``master``) lacks, in the order they are added."""
    notices: list[Notice] = []
    data = needs_disclosure(voice, network, text, lang, master)
    if data is not None:
        notices.append(Notice(data.id, disclosure_notice(voice, data, lang), at_start=True))
    if needs_promotion_statement(network, text, lang, master):
        platform = PLATFORM_NAMES[network.id]
        notices.append(Notice(META_RULE, promotion_statement(platform, lang), at_start=False))
    if needs_health_message(voice, text, lang, master):
        notices.append(Notice(HEALTH_RULE, voice.health_message, at_start=False))
    return notices


DISCLOSURE_JOINER = " · "


def with_notices(text: str, notices: list[Notice]) -> str:
    """``text`` with ``notices`` written in: disclosures first, then the body, then the
    closing notices as their own paragraph before the closing hashtags."""
    start = "".join(n.text + DISCLOSURE_JOINER for n in notices if n.at_start)
    closing = [n.text for n in notices if not n.at_start]
    position = end_of_content(text)
    tail = "".join(closing_separator(text) + c for c in closing)
    return start + text[:position] + tail + text[position:]
