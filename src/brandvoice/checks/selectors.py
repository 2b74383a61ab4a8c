"""Rule selectors: the one grammar every place that names rules reads (``Checker(disable=,
severity=)``, ``--disable``, the configuration's ``disable`` and ``severity``, Markdown's
``<!-- brandvoice-disable ... -->``). docs/configuration.md ("Selecting rules") is its
user documentation.

A selector is, case-insensitively:

- ``all``: every rule of every checker;
- ``category:NAME``: every finding of a category (:class:`~brandvoice.findings.Category`),
  whoever reports it: our rules, LanguageTool, Grammalecte;
- a rule id or an id prefix ending at a dot (``length.fold``, ``length``, a trailing dot
  tolerated): ours are checked against the registry (an unknown one is an
  :class:`~brandvoice.errors.UnknownNameError` with "did you mean"); the external checkers'
  (``languagetool``, ``languagetool.MORFOLOGIK_RULE_FR_FR``, ``grammalecte.conf``) are
  taken as they are, their ids not being known in advance;
- a bare category name is also a rule family of ours (``spelling``, ``typography``...) and
  means both: ``spelling`` is ``spelling.*`` and ``category:spelling``, so it covers
  LanguageTool's and Grammalecte's spelling findings too.

Where several severity overrides match one finding, the most specific wins: an id or
prefix (the longer the more specific: an exact id beats its family) over a category over
``all``; between equals, the later one. A bare category name matching a finding only by
its category (a LanguageTool spelling finding, for ``spelling``) counts as a category.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from brandvoice.checks.backends import grammalecte, languagetool
from brandvoice.checks.rule import Rule
from brandvoice.errors import UnknownNameError
from brandvoice.findings import Category, Finding, Severity

ALL = "all"
CATEGORY_PREFIX = "category:"
# The checkers brandvoice runs beside its own rules. Their rule ids are theirs and are not
# known in advance, so selectors under these prefixes are not validated against the registry.
EXTERNAL_PREFIXES = (languagetool.RULE_PREFIX, grammalecte.RULE_PREFIX)

# How specific a match is, least first; an id or prefix adds its number of dotted parts.
_BY_ALL = (0, 0)
_BY_CATEGORY = (1, 0)
_BY_ID = 2


@dataclass(frozen=True, slots=True, order=True)
class Selector:
    """A parsed selector (see the module); build one with :func:`parse_selector`.

    ``text`` is its canonical spelling (folded case, no trailing dot); ``prefix`` the rule
    id or prefix it names, ``category`` the category; a bare category name has both.
    """

    text: str
    prefix: str | None = None
    category: Category | None = None

    @property
    def everything(self) -> bool:
        return self.prefix is None and self.category is None

    def specificity(self, rule: str, category: str) -> tuple[int, int] | None:
        """How specifically this selects a finding of rule id ``rule`` in ``category``
        (higher is more specific), or None when it does not select it."""
        if self.prefix is not None and _under(rule.casefold(), self.prefix):
            return (_BY_ID, self.prefix.count(".") + 1)
        if self.category is not None:
            return _BY_CATEGORY if category == self.category else None
        return _BY_ALL if self.prefix is None else None

    def matches(self, rule: str, category: str) -> bool:
        return self.specificity(rule, category) is not None

    def selects(self, item: Finding | Rule) -> bool:
        return self.matches(*_named(item))

    def silences_checker(self, prefix: str) -> bool:
        """Whether this selects every finding of the external checker ``prefix``, which
        then need not run at all (``languagetool``, ``all``)."""
        return self.everything or self.prefix == prefix


EVERY_RULE = Selector(ALL)


def _under(rule: str, prefix: str) -> bool:
    """Whether id ``rule`` is ``prefix`` or under it: a prefix ends at a dot."""
    return rule == prefix or rule.startswith(prefix + ".")


def _named(item: Finding | Rule) -> tuple[str, str]:
    if isinstance(item, Finding):
        return item.rule, item.category
    return item.id, item.category


def parse_selector(text: str) -> Selector:
    """``text`` read as a selector; an unknown rule or category is an
    :class:`~brandvoice.errors.UnknownNameError` naming the closest known ones."""
    from brandvoice.checks.registry import rule_ids

    name = text.strip().casefold()
    if name == ALL:
        return EVERY_RULE
    if name.startswith(CATEGORY_PREFIX):
        wanted = name.removeprefix(CATEGORY_PREFIX).strip()
        if wanted not in _categories():
            raise UnknownNameError("category", wanted, _categories())
        return Selector(CATEGORY_PREFIX + wanted, category=Category(wanted))
    prefix = name.rstrip(".")
    category = Category(prefix) if prefix in _categories() else None
    external = any(_under(prefix, p) for p in EXTERNAL_PREFIXES)
    ours = any(_under(r, prefix) for r in rule_ids())
    if not (prefix and (external or ours or category)):
        raise UnknownNameError("rule", text.strip(), _known_names())
    return Selector(prefix, prefix=prefix, category=category)


def parse_selectors(texts: Iterable[str | Selector]) -> tuple[Selector, ...]:
    return tuple(t if isinstance(t, Selector) else parse_selector(t) for t in texts)


@cache
def _categories() -> tuple[str, ...]:
    return tuple(str(c) for c in Category)


@cache
def _known_names() -> tuple[str, ...]:
    """What a bare selector may be, for "did you mean" and the list of known rules."""
    from brandvoice.checks.registry import rule_ids

    ids = rule_ids()
    families = dict.fromkeys(rule_id.split(".")[0] for rule_id in ids)
    return (*dict.fromkeys((*families, *_categories())), *ids, *EXTERNAL_PREFIXES, ALL)


@dataclass(frozen=True, slots=True)
class RuleSelection:
    """Which rules and findings a check keeps, and the severities it reports them at.

    ``disabled`` selectors drop our rules before they run and every finding they select
    after (the external checkers' above all); an external checker they select whole
    (``languagetool``, ``all``) is not run. ``levels`` are severity overrides, the most
    specific matching one winning (see the module).
    """

    disabled: tuple[Selector, ...] = ()
    levels: tuple[tuple[Selector, Severity], ...] = ()

    @classmethod
    def of(
        cls,
        disable: Iterable[str | Selector] = (),
        severity: Mapping[str, Severity | str] | None = None,
    ) -> RuleSelection:
        """Parse and check ``disable`` selectors and ``severity`` (selector → level)."""
        levels = tuple(
            (parse_selector(key), Severity(level)) for key, level in (severity or {}).items()
        )
        return cls(parse_selectors(disable), levels)

    def keeps(self, item: Finding | Rule) -> bool:
        return not any(selector.selects(item) for selector in self.disabled)

    def runs(self, checker_prefix: str) -> bool:
        """Whether the external checker ``checker_prefix`` has anything left to report."""
        return not any(s.silences_checker(checker_prefix) for s in self.disabled)

    def severity_of(self, finding: Finding) -> Severity | None:
        """The configured severity of ``finding``, or None when no override selects it."""
        rule, category = _named(finding)
        best: tuple[int, int] | None = None
        level: Severity | None = None
        for selector, configured in self.levels:
            rank = selector.specificity(rule, category)
            if rank is not None and (best is None or rank >= best):
                best, level = rank, configured
        return level

    def with_severity(self, finding: Finding) -> Finding:
        """``finding`` at its configured severity."""
        level = self.severity_of(finding)
        if level is None or level is finding.severity:
            return finding
        return replace(finding, severity=level)
