"""The voices side by side, measured on the labelled masters (``benchmarks/data/masters.yaml``).

    python benchmarks/voices_eval.py             # print the Markdown report
    python benchmarks/voices_eval.py --write     # put it in docs/voices.md
    python benchmarks/voices_eval.py --show ID   # the six variants of one dev master
    python benchmarks/voices_eval.py --set benchmarks/data/masters-fresh.yaml --show all
                                                 # every master of another labelled set

Every master is adapted, offline (no LanguageTool), against its own reference date and for
the business it names (its labelled ``brand``, as a brand profile's ``brand_name``), into
the four built-in voices on their home networks (corporate press note on the website,
expert blog, casual Facebook, professional LinkedIn) and the casual voice on X and
Instagram. Reported for the dev split, the held-out split and both:

- **in band**: the share of variants whose formality score and reading ease (when the text
  is long enough to have one, see ``readability.grade``) fall inside their voice's bands;
- **similarity**: difflib's ratio between the corporate and the casual variant of a master,
  hashtags removed, on words (and on characters, for comparison);
- **key facts kept**: of the labelled what/when/where/how facts, the share each network's
  variant still says (a date counts as kept when the variant names the same day, however
  short its form: "sam. 4 avril" keeps "samedi 4 avril"; "our row-a-thon" is kept by
  "Acme's row-a-thon"; the brand's name by a Facebook or Instagram post, which appears
  under the page's name; an address by its parts in another order: "📍 7 quai
  Charles-de-Gaulle, Bandol" keeps "Bandol, 7 quai Charles-de-Gaulle");
- **sentences broken**: a variant sentence that starts in lower case after a full stop,
  two fragments glued by a comma ("…février, Elles sont"), or a first sentence cut by "…";
- **long sentences, folds**: the ``style.long-sentence`` and ``length.fold`` warnings
  brandvoice's own checks give the casual (Facebook, Instagram) and LinkedIn variants:
  the adaptation should have cut those sentences itself.

``--show`` refuses held-out masters: they are for reporting only. With ``--set PATH``,
``--show`` (one id, or ``all``) and ``--problems`` read another labelled file instead, every
master of it: for an editor's read of variants on masters the voices were not tuned on.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))
from understand_eval import SPLIT_NAMES, SPLITS, Master, load_masters

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.fidelity import broken_sentences
from brandvoice.adaptation.model import Variant
from brandvoice.analysis import analyze_many
from brandvoice.checks.tone import MIN_WORDS_FOR_READABILITY
from brandvoice.profiles import VoiceProfile, get_voice
from brandvoice.text.entities import find_urls
from brandvoice.understand.presence import still_said

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "voices.md"
BEGIN, END = "<!-- voices figures -->", "<!-- /voices figures -->"

# (voice, network): each built-in voice on its home network, and the casual voice where
# length bites.
TARGETS: tuple[tuple[str, str], ...] = (
    ("corporate", "website"),
    ("expert-blog", "blog"),
    ("casual-facebook", "facebook"),
    ("professional-network", "linkedin"),
    ("casual-facebook", "x"),
    ("casual-facebook", "instagram"),
)
ROLES = ("what", "when", "where", "how")
# The short-sentence networks whose variants should draw none of these warnings.
SHORT_SENTENCE_NETWORKS = ("facebook", "instagram", "linkedin")
OWN_WARNINGS = ("style.long-sentence", "length.fold")
_HASHTAG = regex.compile(r"(?<![\w&])#[\p{L}\p{N}_]+")
# The networks whose posts appear under the brand's page name (see brandvoice's
# first-person transform): the casual voice says "we" there instead of the name.
PAGE_NAMED = ("facebook", "instagram")
# A fact's first word when it only says who speaks ("our", « notre », "we'll").
# The comma that joins the parts of an address or a list ("Bandol, 7 quai…"), not one
# inside a number ("1,200").
_PARTS = regex.compile(r"(?<!\d),|,(?!\d)")
_FIRST_PERSON = regex.compile(r"^(?:our|we(?:['’](?:ll|re|ve))?|notre|nos|nous)\s+", regex.I)


@dataclass(frozen=True, slots=True)
class Outcome:
    master: Master
    variant: Variant
    formality: float
    reading_ease: float | None
    words: int

    @property
    def key(self) -> tuple[str, str]:
        return self.variant.voice, self.variant.network

    @property
    def in_band(self) -> bool:
        return in_band(
            self.variant.voice, self.master.lang, self.formality, self.reading_ease, self.words
        )

    def facts(self) -> tuple[int, int]:
        """(labelled key facts the variant still says, labelled key facts)."""
        wanted = [fact for role in ROLES for fact in self.master.facts.get(role, ())]
        return sum(
            fact_kept(fact, self.variant.text, self.master, self.variant.network) for fact in wanted
        ), len(wanted)

    def broken(self) -> list[str]:
        """Broken sentences as the adaptation's audit finds them (``fit.sentence-broken``),
        and a first line cut by "…"."""
        text = _without_tags(self.variant.text)
        found = broken_sentences(text, self.master.text)
        first = text.strip().split("\n", 1)[0]
        if "…" in first and not self.master.text.strip().split("\n", 1)[0].count("…"):
            found.append(first[-40:])
        return found

    def own_warnings(self, rule: str) -> int:
        """How many ``rule`` findings brandvoice's checks give the variant."""
        return sum(f.rule == rule for f in self.variant.findings)


def in_band(
    voice_name: str, lang: str, formality: float, reading_ease: float | None, words: int
) -> bool:
    """Whether a text's formality score and reading ease lie inside the voice's bands
    (reading ease only from MIN_WORDS_FOR_READABILITY words, as the checks read it)."""
    voice = get_voice(voice_name)
    formal = voice.formality.min <= formality <= voice.formality.max
    if reading_ease is None or words < MIN_WORDS_FOR_READABILITY:
        return formal
    low, high = voice.readability.bounds(lang)
    return formal and low <= reading_ease <= high


def _without_tags(text: str) -> str:
    return _HASHTAG.sub("", text)


def fact_kept(fact: str, text: str, master: Master, network: str) -> bool:
    """Whether ``text`` still says ``fact``, in whatever form (see brandvoice's own
    :func:`~brandvoice.understand.presence.still_said`): "sam. 10 juillet dès 20 h 30"
    keeps "le samedi 10 juillet à partir de 20 h 30"."""
    if network == "instagram" and _is_link(fact) and "bio" in text.casefold():
        return True  # Instagram: the link lives in the profile's bio, and the caption says so
    if network in PAGE_NAMED and master.brand is not None and master.brand in fact:
        return True  # the post appears under the page's name, and speaks as it ("we")
    if still_said(fact, text, master.lang, master.reference_date):
        return True
    # "our February row-a-thon" is still said by a press note's "Acme's February
    # row-a-thon": who speaks is the voice's choice, not a fact.
    spoken = _FIRST_PERSON.sub("", fact, count=1)
    if spoken != fact and still_said(spoken, text, master.lang, master.reference_date):
        return True
    # "Bandol, 7 quai Charles-de-Gaulle" is still said by a practical line's "📍 7 quai
    # Charles-de-Gaulle, Bandol": the same parts, each said, in another order.
    parts = [part.strip() for part in _PARTS.split(fact) if part.strip()]
    return len(parts) > 1 and all(
        still_said(part, text, master.lang, master.reference_date) for part in parts
    )


def _is_link(fact: str) -> bool:
    """A link as brandvoice reads one ("youtube.example/@curlhouse" too), not an e-mail."""
    urls = find_urls(fact.strip())
    return len(urls) == 1 and urls[0].text == fact.strip()


def similarity(a: str, b: str, *, words: bool = True) -> float:
    left, right = _without_tags(a), _without_tags(b)
    if words:
        return difflib.SequenceMatcher(None, left.split(), right.split(), autojunk=False).ratio()
    return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()


def variants_of(master: Master, voice: str, network: str) -> list[Variant]:
    """The variants of ``master`` in ``voice`` on ``network``, offline, against the master's
    own reference date, for the business the master names (its labelled ``brand``), as a
    business that sets its name in its profile gets them."""
    return adapt(
        master.text,
        voices=[voice],
        networks=[network],
        lang=master.lang,
        brand=brand_profile(master.brand, voice),
        date=master.reference_date,
        languagetool="off",
    ).variants


def brand_profile(name: str | None, voice: str) -> VoiceProfile | None:
    """A brand profile that only names the business: ``voice`` with a name, so every
    variant keeps its voice and the voice's own hashtags."""
    if name is None:
        return None
    base = get_voice(voice)
    return base.model_copy(update={"name": f"brand-{voice}", "brand_name": name})


def run(masters: Iterable[Master]) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for master in masters:
        variants: list[Variant] = []
        for voice, network in TARGETS:
            variants.extend(variants_of(master, voice, network))
        analyses = analyze_many([v.text for v in variants], master.lang)
        for variant, analysis in zip(variants, analyses, strict=True):
            outcomes.append(
                Outcome(
                    master,
                    variant,
                    analysis.formality,
                    analysis.readability.get("reading_ease"),
                    sum(analysis.sentence_lengths),
                )
            )
    return outcomes


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def report(outcomes: Sequence[Outcome]) -> str:
    splits = {s: [o for o in outcomes if o.master.split == s] for s in SPLITS}
    splits["all"] = list(outcomes)
    header = "| | " + " | ".join(SPLIT_NAMES[s] for s in splits) + " |"
    rule = "|---|" + "---|" * len(splits)
    lines = [
        f"Masters: {len({o.master.id for o in outcomes})} ({_counts(splits)}).",
        "",
        header,
        rule,
    ]
    for voice, network in TARGETS:
        if network in ("x", "instagram"):
            continue
        cells = []
        for chosen in splits.values():
            mine = [o for o in chosen if o.key == (voice, network)]
            cells.append(_pct(sum(o.in_band for o in mine), len(mine)))
        lines.append(f"| in band: {voice} ({network}) | " + " | ".join(cells) + " |")
    cells = []
    for chosen in splits.values():
        mine = [o for o in chosen if o.variant.network in ("x", "instagram")]
        cells.append(_pct(sum(o.in_band for o in mine), len(mine)))
    lines.append("| in band: casual-facebook (x, instagram) | " + " | ".join(cells) + " |")
    cells = [_pct(sum(o.in_band for o in chosen), len(chosen)) for chosen in splits.values()]
    lines.append("| **in band: all variants** | " + " | ".join(cells) + " |")
    for words in (True, False):
        cells = []
        for chosen in splits.values():
            ratios = list(_pairs(chosen, words))
            cells.append(f"{statistics.mean(ratios):.3f}" if ratios else "–")
        name = f"similarity corporate/casual ({'words' if words else 'characters'})"
        name = f"**{name}**" if words else name
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for _, network in TARGETS:
        cells = []
        for chosen in splits.values():
            mine = [o.facts() for o in chosen if o.variant.network == network]
            cells.append(_pct(sum(k for k, _ in mine), sum(n for _, n in mine)))
        lines.append(f"| key facts kept: {network} | " + " | ".join(cells) + " |")
    cells = []
    for chosen in splits.values():
        mine = [o.facts() for o in chosen if o.variant.network == "x"]
        cells.append(_pct(sum(k == n for k, n in mine), len(mine)))
    lines.append("| X variants with every key fact | " + " | ".join(cells) + " |")
    cells = [str(sum(bool(o.broken()) for o in chosen)) for chosen in splits.values()]
    lines.append("| **variants with a broken sentence** | " + " | ".join(cells) + " |")
    for rule in OWN_WARNINGS:
        cells = [
            str(
                sum(
                    o.own_warnings(rule)
                    for o in chosen
                    if o.variant.network in SHORT_SENTENCE_NETWORKS
                )
            )
            for chosen in splits.values()
        ]
        lines.append(f"| {rule} warnings: casual, LinkedIn | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _counts(splits: dict[str, list[Outcome]]) -> str:
    return ", ".join(f"{SPLIT_NAMES[s]} {len({o.master.id for o in splits[s]})}" for s in SPLITS)


def _pairs(outcomes: Sequence[Outcome], words: bool) -> Iterable[float]:
    by_master: dict[str, dict[tuple[str, str], Outcome]] = {}
    for o in outcomes:
        by_master.setdefault(o.master.id, {})[o.key] = o
    for found in by_master.values():
        corporate, casual = (
            found.get(("corporate", "website")),
            found.get(("casual-facebook", "facebook")),
        )
        if corporate and casual:
            yield similarity(corporate.variant.text, casual.variant.text, words=words)


def problems(outcomes: Sequence[Outcome], *, every: bool = False) -> str:
    """Dev-split failures (every master's with ``every``), one a line: for tuning on dev
    only."""
    lines = []
    for o in outcomes:
        if not every and o.master.split != "dev":
            continue
        kept, total = o.facts()
        notes = []
        if not o.in_band:
            notes.append(f"out of band (formality {o.formality:.0f}, ease {o.reading_ease})")
        if kept < total:
            lost = [
                f
                for role in ROLES
                for f in o.master.facts.get(role, ())
                if not fact_kept(f, o.variant.text, o.master, o.variant.network)
            ]
            notes.append(f"lost {lost}")
        if o.broken():
            notes.append(f"broken {o.broken()}")
        if o.variant.network in SHORT_SENTENCE_NETWORKS:
            notes += [
                f"{f.rule} {o.variant.text[f.offset : f.offset + max(f.length, 60)]!r}: {f.message}"
                for f in o.variant.findings
                if f.rule in OWN_WARNINGS
            ]
        if notes:
            lines.append(f"{o.master.id} {o.variant.voice}/{o.variant.network}: {'; '.join(notes)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the figures into {DOC}")
    parser.add_argument("--show", metavar="ID", help="print the variants of one dev master")
    parser.add_argument("--problems", action="store_true", help="list the dev split's failures")
    parser.add_argument("--limit", type=int, help="only the first N masters (a quick look)")
    parser.add_argument(
        "--set",
        type=Path,
        metavar="PATH",
        help="--show / --problems on every master of this labelled file (not masters.yaml)",
    )
    args = parser.parse_args()
    masters = load_masters(args.set) if args.set else load_masters()
    # masters.yaml's held-out split is for reporting only; another file is read whole.
    tunable = (lambda m: True) if args.set else (lambda m: m.split == "dev")
    if args.show:
        chosen = [m for m in masters if args.show in (m.id, "all") and tunable(m)]
        if not chosen:
            sys.exit(f"{args.show}: not a master to show")
        shown = ""
        for o in run(chosen):
            if o.master.id != shown:
                shown = o.master.id
                print(f"\n######## {shown} ({o.master.lang}, {o.master.intent.value})")
                print(o.master.text.rstrip())
            print(
                f"===== {o.variant.voice} / {o.variant.network}: formality {o.formality:.0f}, "
                f"ease {o.reading_ease}, in band {o.in_band}, facts {o.facts()}, "
                f"broken {o.broken()}"
            )
            print(o.variant.text)
        return
    if args.limit:
        masters = masters[: args.limit]
    if args.problems:
        print(problems(run(m for m in masters if tunable(m)), every=bool(args.set)))
        return
    figures = report(run(masters))
    if args.write:
        text = DOC.read_text(encoding="utf-8")
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        DOC.write_text(f"{head}{BEGIN}\n{figures}\n{END}{tail}", encoding="utf-8")
    print(figures)


if __name__ == "__main__":
    main()
