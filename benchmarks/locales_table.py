"""Each regional variant on a post of its own: spelling findings when the post is checked
as its bare language (before: American English, French of France) and as its locale; then
typography and date findings on posts written with each region's punctuation, amounts and
all-numeric dates (brandvoice's own rules, offline).

    python benchmarks/locales_table.py                   # embedded speller (offline)
    python benchmarks/locales_table.py --languagetool    # LanguageTool, each variant
    python benchmarks/locales_table.py --write           # put the tables in docs/locales.md

The posts are our own, written with each region's spellings and words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table

from brandvoice.checks import check
from brandvoice.lang import base_language

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "locales.md"
MARKERS = {
    "off": "<!-- locale figures: speller -->",
    "required": "<!-- locale figures: languagetool -->",
}
CONVENTIONS_MARKER = "<!-- locale figures: typography and dates -->"
# The day the convention posts are published: their dates are ahead of it.
PUBLISHED = dt.date(2027, 3, 1)

POSTS: dict[str, str] = {
    "en-US": "Our new center opens Saturday: check out the fall colors and the organization "
    "of the new aisles. We apologize for the noise during the remodel!",
    "en-GB": "We apologise for the queue at the till on Saturday. Our new centre is organised "
    "by colour now, and the travelling library stops outside at 10am.",
    "en-CA": "The new centre on Queen Street opens Saturday: fall colours, maple treats and a "
    "toque for the first fifty customers. We apologize for the detour signs!",
    "en-AU": "Our new centre in Fitzroy opens on Saturday. Come and see the colours of the "
    "autumn range, and say g'day to the team at the organisation's new stand.",
    "en-NZ": "The new centre in Ponsonby opens on Saturday: the colours of the autumn range, "
    "a sausage sizzle outside and the whole team to welcome you. Ka kite anō!",
    "en-ZA": "Our new centre in Stellenbosch opens on Saturday. Bring the family for the "
    "braai, see the colours of the new range and meet the organisers.",
    "fr-FR": "Notre nouvelle boutique ouvre samedi : quatre-vingt-dix produits de la région "
    "et un bon d'achat envoyé par courriel aux soixante-dix premiers clients.",
    "fr-CA": "La boutique ouvre samedi : venez magasiner, clavarder avec l'équipe et "
    "repartir avec un bon envoyé par courriel. On vous attend en fin de semaine !",
    "fr-BE": "La boutique ouvre samedi : septante produits de la région, nonante minutes de "
    "dégustation et un bon d'achat pour les cent premiers clients.",
    "fr-CH": "La boutique ouvre samedi : huitante produits de la région, septante minutes "
    "de dégustation et un bon d'achat pour les nonante premiers clients.",
}


NARROW, NBSP = "\u202f", "\u00a0"
# Each written as the region writes it: 03/04/2027 is Saturday 3 April 2027 (day first),
# 04/03/2027 the same day month first; Switzerland and Quebec may set ! ? with no space.
CONVENTION_POSTS: dict[str, str] = {
    "fr-FR": f"Portes ouvertes le samedi 03/04/2027{NBSP}: 12{NARROW}000{NARROW}€ de lots. "
    f"Vous venez{NARROW}?",
    "fr-BE": f"Portes ouvertes le samedi 03/04/2027{NBSP}: septante lots à gagner! Vous venez?",
    "fr-CH": f"Portes ouvertes le samedi 03/04/2027{NBSP}: huitante lots à gagner! "
    "L’abonnement annuel passe à CHF 1’250.–, vous venez?",
    "fr-CA": f"Portes ouvertes le samedi 2027-04-03{NBSP}: venez magasiner! Vous venez?",
    "en-GB": "Open day on Saturday 03/04/2027 at the shop: tastings from £5. See you there!",
    "en-US": "Open house on Saturday 04/03/2027 at the store: tastings from $5. See you there!",
    "en-CA": "Open house on Saturday 03/04/2027 on Queen Street: tastings from $5.",
}


def _conventions(text: str, lang: str) -> tuple[list[str], list[str]]:
    """The typography and date findings (flagged spans) of ``text`` checked in ``lang``,
    and the days its dates are read as."""
    from brandvoice.understand import understand

    report = check(text, lang=lang, languagetool="off", date=PUBLISHED)
    flagged = [
        repr(text[f.offset : f.offset + f.length])
        for f in report.findings
        if f.category in ("typography", "facts")
    ]
    message = understand(text, lang, date=PUBLISHED)
    days = [f"{f.date:%a %-d %b}" for f in message.facts if f.date is not None]
    return flagged, days


def conventions_table() -> str:
    lines = [
        "| locale | post | typography and dates as its bare language | as its locale |",
        "|---|---|---|---|",
    ]
    for locale, text in CONVENTION_POSTS.items():
        cells = []
        for lang in (base_language(locale), locale):
            flagged, days = _conventions(text, lang)
            cells.append(f"{', '.join(flagged) or '–'} ({len(flagged)}); date: {', '.join(days)}")
        shown = text.replace(NARROW, "&#8239;").replace(NBSP, "&nbsp;")
        lines.append(f"| {locale} | {shown} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines)


def _flagged(text: str, lang: str, languagetool: str) -> list[str]:
    report = check(text, lang=lang, languagetool=languagetool)
    return [
        text[f.offset : f.offset + f.length]
        for f in report.findings
        if f.category in ("spelling", "grammar")
    ]


def table(languagetool: str) -> str:
    lines = [
        "| locale | post | flagged as its bare language | flagged as its locale |",
        "|---|---|---|---|",
    ]
    for locale, text in POSTS.items():
        base = base_language(locale)
        before = _flagged(text, base, languagetool)
        after = _flagged(text, locale, languagetool)
        shown = text if len(text) <= 90 else text[:88] + "…"
        lines.append(
            f"| {locale} | {shown} | {', '.join(before) or '–'} ({len(before)}) | "
            f"{', '.join(after) or '–'} ({len(after)}) |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languagetool", action="store_true", help="check with LanguageTool")
    parser.add_argument("--write", action="store_true", help=f"put the table in {DOC.name}")
    args = parser.parse_args()
    mode = "required" if args.languagetool else "off"
    markdown = table(mode)
    print(markdown)
    conventions = conventions_table()
    print()
    print(conventions)
    if args.write:
        text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        text = replace_table(text, MARKERS[mode], markdown)
        DOC.write_text(replace_table(text, CONVENTIONS_MARKER, conventions), encoding="utf-8")


if __name__ == "__main__":
    main()
