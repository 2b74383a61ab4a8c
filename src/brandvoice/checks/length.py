"""Length rules: the network's limit, its "see more" fold and its hashtag count."""

from __future__ import annotations

from collections.abc import Iterator

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.networks import all_networks
from brandvoice.text.segments import fold_offset, hook_span

# Each network's counting unit and what it is called, from the network records. Kept for
# callers not yet reading ``network.unit_label`` (adaptation/transforms/fit_length.py).
UNIT_LABELS: dict[str, str] = {str(n.unit): n.unit_label for n in all_networks().values()}

_LONG_EN = (
    "We are delighted to announce that our new shop opens its doors on Saturday 3 June "
    "in the heart of Toulon, with a full week of tastings, workshops and meetings with the "
    "local producers who make the products we sell every day. Come and meet the whole team, "
    "discover the new collection and enjoy an opening offer on every purchase."
)
_HOOKLESS_EN = (
    "Our new shop opens on Saturday 3 June in the heart of Toulon with a full week of "
    "tastings, workshops and meetings with the local producers who make what we sell, "
    "and everyone is welcome. See you there."
)


class OverLimit(Rule):
    id = "length.over-limit"
    category = Category.LENGTH
    severity = Severity.ERROR
    kind = RuleKind.METRIC
    summary = "The text is longer than the network allows, counted the way the network counts."
    rationale = (
        "Networks refuse or truncate posts over their limit, and each counts in its own unit: "
        "X weighs URLs as 23 and emoji as 2, Bluesky and Mastodon count graphemes."
    )
    examples = (
        Example(_LONG_EN, flags=_LONG_EN[280 - len(_LONG_EN) :], network="x"),
        Example("Doors open at 9 tomorrow! https://example.com/" + "a" * 300, None, "x"),
        Example("🎉" * 141, flags="🎉", network="x"),
        Example("🎉" * 140, flags=None, network="x"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        measured = ctx.measure
        limit = measured.limit
        if limit is None or measured.count <= limit:
            return
        cut = _fitting_prefix(ctx)
        unit = ctx.network.unit_label
        yield self.finding(
            cut,
            len(ctx.text) - cut,
            f"{measured.count} {unit} for {ctx.network.name}'s limit of {limit}: "
            f"{measured.count - limit} over; the text from here on does not fit",
        )


def _fitting_prefix(ctx: CheckContext) -> int:
    """The longest prefix that fits the limit, by bisection on the network's own count, moved
    back to the start of a URL, mention or hashtag it would otherwise cut in half."""
    from brandvoice.networks import measure

    limit = ctx.measure.limit
    assert limit is not None
    low, high = 0, len(ctx.text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(ctx.text[:middle], ctx.network).count <= limit:
            low = middle
        else:
            high = middle - 1
    for entity in ctx.entities:
        if entity.start < low < entity.end:
            return entity.start
    return low


class Fold(Rule):
    id = "length.fold"
    category = Category.LENGTH
    severity = Severity.WARNING
    kind = RuleKind.METRIC
    summary = 'The hook (first sentence) does not fit before the network\'s "see more" fold.'
    rationale = (
        'Most readers only see what comes before the fold; a hook cut by "... see more" '
        "loses them. Facebook folds around 125 characters on mobile, Instagram after 125 "
        "characters or 3 lines, LinkedIn around 210 characters."
    )
    examples = (
        Example(_HOOKLESS_EN, flags=_HOOKLESS_EN[125 : _HOOKLESS_EN.index(" See")]),
        Example(_LONG_EN, flags=_LONG_EN[210 : _LONG_EN.index(" Come")], network="linkedin"),
        Example("Big news from Toulon! " + _LONG_EN, flags=None, network="linkedin"),
        Example("Big news from Toulon!\n\n" + _LONG_EN, flags=None),
        Example(
            "Line one\nLine two\nLine three\nLine four is the hook",
            flags=None,
            network="instagram",
        ),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        fold = fold_offset(ctx.text, ctx.network.fold)
        hook = hook_span(ctx.text, ctx.sentences)
        ctx.metrics["fold"] = fold
        if fold is None or hook is None or hook[1] <= fold:
            return
        yield self.finding(
            fold,
            hook[1] - fold,
            f"the hook ends at character {hook[1]}, after {ctx.network.name}'s "
            f'"see more" fold at {fold}: shorten the first sentence',
        )


class Hashtags(Rule):
    id = "length.hashtags"
    category = Category.LENGTH
    severity = Severity.WARNING
    kind = RuleKind.OCCURRENCE
    summary = "Too many hashtags for the network, or a count outside the voice's range."
    rationale = (
        "Instagram has accepted at most 5 hashtags per post since December 2025 and Threads "
        "one topic tag: over a network's cap is an error. A voice's own range (say 1-3 on "
        "Facebook) is a house style: over it is a warning. Under it is only a remark: a post "
        "loses nothing by a missing tag, while a generic one added to reach the count "
        "(#Menu, #Station) reads as filler, so adapt never pads the tags with them."
    )
    examples = (
        Example("New menu tonight #Toulon #food #summer #beach #menu #chef", "#chef", "instagram"),
        Example("New menu tonight #Toulon #food #summer", None, "instagram"),
        Example("New menu tonight #Toulon #food #summer #beach", "#beach", "facebook"),
        Example("New menu tonight.", "", "facebook"),
        Example("Read C# tips and https://example.com/#top #Toulon", None, "facebook"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        tags = ctx.hashtags
        ctx.metrics["hashtags"] = len(tags)
        cap = ctx.network.max_hashtags
        policy = ctx.voice.hashtags
        if cap is not None and len(tags) > cap:
            extra = tags[cap:]
            yield self.finding(
                extra[0].start,
                extra[-1].end - extra[0].start,
                f"{len(tags)} hashtags; {ctx.network.name} allows at most {cap} per post",
                severity=Severity.ERROR,
            )
        elif len(tags) > policy.max:
            extra = tags[policy.max :]
            yield self.finding(
                extra[0].start,
                extra[-1].end - extra[0].start,
                f"{len(tags)} hashtags; the {ctx.voice.name} voice uses at most {policy.max}",
            )
        elif len(tags) < policy.min:
            end = len(ctx.text.rstrip())
            yield self.finding(
                end,
                0,
                f"{len(tags)} hashtag(s); the {ctx.voice.name} voice uses at least "
                f"{policy.min}: add one specific to the post (its place, product or event), "
                "not a generic word",
                severity=Severity.INFO,
            )


RULES: tuple[Rule, ...] = (OverLimit(), Fold(), Hashtags())
