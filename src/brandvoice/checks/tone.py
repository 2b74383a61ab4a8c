"""Register and readability rules read from the text's analysis: formality band, French
address form (tu/vous) and reading ease, each against the voice's profile."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.analysis import Analysis, Marker

# Readability formulas are meaningless on a line or two: below this, no readability finding.
MIN_WORDS_FOR_READABILITY = 40

_CASUAL_FR = "Salut ! Viens voir notre nouvelle boutique, c'est trop cool, tu vas kiffer 😍🔥 !!!"
_FORMAL_FR = (
    "Nous avons l'honneur de vous informer que notre établissement sera ouvert au public "
    "à compter du 6 juin 2026, conformément aux dispositions réglementaires en vigueur."
)
_DENSE_FR = (
    "Notre établissement, conformément aux dispositions réglementaires applicables et "
    "consécutivement à l'homologation préfectorale intervenue récemment, informe l'ensemble "
    "de sa clientèle professionnelle de l'élargissement substantiel de ses horaires "
    "d'ouverture hebdomadaires, désormais étendus aux dimanches matin pendant toute la "
    "période estivale."
)
_FRIENDLY_EN = "Our new shop opens Saturday! Come say hi, we can't wait to see you 😊"
_PLAIN_EN = (
    "Our new shop opens on Saturday in the heart of Toulon. We will have tastings, workshops "
    "and live music all week long, and the whole team will be there to welcome you. Come "
    "with your friends and family, and tell us what you think of the new place!"
)
_PRESS_EN = (
    "The Comptoir du Mourillon will open its new shop in Toulon on 6 June 2026, following "
    "six months of renovation work."
)
_CASUAL_EN = "OMG guys, our new shop is SO awesome, you're gonna love it!!! 😍🔥"
_FORMAL_EN = (
    "We hereby inform our clients that the establishment shall be open to the public from "
    "6 June 2026, in accordance with the applicable regulations."
)


@dataclass(frozen=True, slots=True)
class BandPosition:
    """Where a checked text landed against one of its voice's bands."""

    name: str  # "formality", "reading ease"
    value: float
    low: float
    high: float

    @property
    def side(self) -> str:
        return "below" if self.value < self.low else "above" if self.value > self.high else ""


# The metrics the band rules leave in a report: name shown, metrics key.
_BAND_METRICS = (("formality", "formality"), ("reading ease", "reading_ease"))


def band_positions(metrics: Mapping[str, object]) -> list[BandPosition]:
    """The bands the rules measured a text against (``register.too-formal`` /
    ``too-casual``, ``readability.grade``), read back from its report's metrics."""
    found = []
    for name, key in _BAND_METRICS:
        value, band = metrics.get(key), metrics.get(f"{key}_band")
        if isinstance(value, (int, float)) and isinstance(band, list):
            found.append(BandPosition(name, float(value), float(band[0]), float(band[1])))
    return found


def _analysis(ctx: CheckContext) -> Analysis:
    assert ctx.analysis is not None, "the runner analyses texts for rules that need it"
    return ctx.analysis


def _top_markers(ctx: CheckContext, sign: int, count: int = 3) -> str:
    """The markers that pushed the score the way it went, strongest first, for a message."""
    markers = sorted(
        (m for m in _analysis(ctx).markers if m.weight * sign > 0),
        key=lambda m: -abs(m.weight),
    )[:count]
    return ", ".join(f"{m.text!r} ({m.kind})" for m in markers)


class _BandRule(Rule):
    """Formality outside the voice's band, on the side ``direction`` names (+1 above)."""

    category = Category.REGISTER
    severity = Severity.WARNING
    kind = RuleKind.METRIC
    needs_analysis = True
    direction: ClassVar[int]

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        score, band = _analysis(ctx).formality, ctx.voice.formality
        # Where the text landed against its voice's band, for reports (both rules agree).
        ctx.metrics["formality"] = round(score, 2)
        ctx.metrics["formality_band"] = [band.min, band.max]
        above = self.direction > 0
        if (score > band.max) if above else (score < band.min):
            because = _top_markers(ctx, self.direction)
            side, kind = ("above", "formal") if above else ("below", "informal")
            yield self.finding(
                0,
                len(ctx.text),
                f"formality {score:.0f} is {side} the {ctx.voice.name} voice's band "
                f"{band.min}-{band.max}" + (f"; {kind} markers: {because}" if because else ""),
            )


class TooFormal(_BandRule):
    id = "register.too-formal"
    direction = +1
    summary = "The text is more formal than the voice's formality band."
    rationale = (
        "A stiff, administrative post reads as cold on a casual network. The score (0-100) "
        "combines parts of speech (Heylighen & Dewaele's F-score) with markers such as "
        "formal words, passive voice and long sentences; see docs/analysis.md."
    )
    examples = (
        Example(_FORMAL_EN, _FORMAL_EN, "facebook", "casual-facebook"),
        Example(_FORMAL_FR, _FORMAL_FR, "facebook", "casual-facebook", lang="fr"),
        Example(_FORMAL_EN, None, "website", "corporate"),
        Example(_PRESS_EN, None, "website", "corporate"),
        Example(_FRIENDLY_EN, None, "facebook", "casual-facebook"),
    )


class TooCasual(_BandRule):
    id = "register.too-casual"
    direction = -1
    summary = "The text is more casual than the voice's formality band."
    rationale = (
        "Slang, emoji, exclamation runs and contractions in a press note or a LinkedIn post "
        "cost the brand credibility. The score and its markers are explained in "
        "docs/analysis.md."
    )
    examples = (
        Example(_CASUAL_EN, _CASUAL_EN, "website", "corporate"),
        Example(_CASUAL_FR, _CASUAL_FR, "website", "corporate", lang="fr"),
        Example(_FRIENDLY_EN, None, "facebook", "casual-facebook"),
    )


def _first_marker(ctx: CheckContext, form: str) -> Marker | None:
    """The first marker of the address form ``form`` ("tu" or "vous"): where to rewrite."""
    return next((m for m in _analysis(ctx).markers if m.kind == form), None)


class AddressForm(Rule):
    id = "register.address"
    category = Category.REGISTER
    severity = Severity.WARNING
    kind = RuleKind.EXISTENCE
    needs_analysis = True
    summary = "French text addresses the reader with the other form than the voice's (tu/vous)."
    rationale = (
        "A brand picks tu or vous once and keeps it everywhere. Detected from pronouns, "
        "possessives and verb morphology (spaCy Person, Number and Mood), imperatives included."
    )
    examples = (
        Example("Viens découvrir notre boutique samedi.", "Viens", lang="fr"),
        Example("Venez découvrir notre boutique samedi.", None, lang="fr"),
        Example("Come and see our new shop on Saturday.", None),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        address = _analysis(ctx).address
        if ctx.lang != "fr" or address not in ("tu", "vous") or address == ctx.voice.address:
            return
        marker = _first_marker(ctx, address)
        if marker is not None:
            yield self.finding(
                marker.start,
                marker.end - marker.start,
                f"the {ctx.voice.name} voice says {ctx.voice.address!r}; this text uses "
                f"{address!r} ({marker.text!r})",
            )


class AddressMix(Rule):
    id = "register.address-mix"
    category = Category.REGISTER
    severity = Severity.ERROR
    kind = RuleKind.OCCURRENCE
    needs_analysis = True
    summary = "French text mixes tu and vous."
    rationale = (
        "Switching between tu and vous in one post reads as a mistake (or two texts pasted "
        "together): the reader no longer knows how the brand speaks to them."
    )
    examples = (
        Example("Venez nombreux ! Tu vas adorer notre atelier.", "Tu", lang="fr"),
        Example("Venez nombreux, vous allez adorer notre atelier.", None, lang="fr"),
        # The verb that says who speaks after a quotation is no "tu" order.
        Example(
            "Vous êtes nombreux à venir. « Merci pour votre fidélité », confie l'équipe.",
            None,
            lang="fr",
        ),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr" or _analysis(ctx).address != "mixed":
            return
        # Flag the form the voice does not use: that is the one to rewrite.
        wrong = "tu" if ctx.voice.address == "vous" else "vous"
        marker = _first_marker(ctx, wrong)
        if marker is not None:
            yield self.finding(
                marker.start,
                marker.end - marker.start,
                f"tu and vous in one text; the {ctx.voice.name} voice says "
                f"{ctx.voice.address!r}: rewrite {marker.text!r}",
            )


class ReadingEase(Rule):
    id = "readability.grade"
    category = Category.READABILITY
    severity = Severity.INFO
    kind = RuleKind.METRIC
    needs_analysis = True
    summary = "Reading ease outside the voice's band (Flesch; Kandel & Moles for French)."
    rationale = (
        "Each voice aims at a reading ease: easy for social posts, denser for press notes. "
        f"Texts under {MIN_WORDS_FOR_READABILITY} words are not scored: the formulas need "
        "a paragraph to mean anything."
    )
    examples = (
        Example(
            _DENSE_FR,
            _DENSE_FR,
            "facebook",
            "casual-facebook",
            lang="fr",
        ),
        Example(_PLAIN_EN, None, "facebook", "casual-facebook"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        analysis = _analysis(ctx)
        ease = analysis.readability.get("reading_ease")
        if ease is None or sum(analysis.sentence_lengths) < MIN_WORDS_FOR_READABILITY:
            return
        band = ctx.voice.readability
        low, high = band.bounds(ctx.lang)
        ctx.metrics["reading_ease"] = round(ease, 2)
        ctx.metrics["reading_ease_band"] = [low, high]
        if low <= ease <= high:
            return
        side = "harder" if ease < low else "easier"
        scale = " (Kandel & Moles scale)" if (low, high) != (band.min, band.max) else ""
        yield self.finding(
            0,
            len(ctx.text),
            f"reading ease {ease:.0f} is {side} than the {ctx.voice.name} voice's band "
            f"{low:.0f}-{high:.0f}{scale}",
        )


RULES: tuple[Rule, ...] = (TooFormal(), TooCasual(), AddressForm(), AddressMix(), ReadingEase())
