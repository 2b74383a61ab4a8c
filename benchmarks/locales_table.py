"""Each regional variant on a post of its own: spelling findings when the post is checked
as its bare language (before: American English, French of France) and as its locale.

    python benchmarks/locales_table.py                   # embedded speller (offline)
    python benchmarks/locales_table.py --languagetool    # LanguageTool, each variant
    python benchmarks/locales_table.py --write           # put the table in docs/locales.md

The posts are our own, written with each region's spellings and words.
"""

from __future__ import annotations

import argparse
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
    if args.write:
        text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        DOC.write_text(replace_table(text, MARKERS[mode], markdown), encoding="utf-8")


if __name__ == "__main__":
    main()
