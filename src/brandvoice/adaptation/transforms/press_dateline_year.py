"""A press note's dateline gives the year; the lead that opens on a date of the same year
does not give it again: « Le 16 octobre 2026 – Le 14 octobre 2026, nous avons détecté… »
reads « Le 16 octobre 2026 – Le 14 octobre, nous avons détecté… ».

Only a date that opens the note's first sentence, written with the year of the note's day
(the dateline's): a date of another year (« Le 12 juin 2016, nous ouvrions… ») keeps it,
and a date further on is the author's sentence, not a second dateline.
"""

from __future__ import annotations

import datetime as dt

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.lang import base_language
from brandvoice.understand.dates import MONTHS_EN, MONTHS_FR

_FR_MONTHS = "|".join(sorted(MONTHS_FR, key=len, reverse=True))
_EN_MONTHS = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
# The date that opens the lead, and its year (with the comma before it, in English).
_OPENING = {
    "fr": regex.compile(
        rf"^\s*(?:le\s+)?(?:\p{{L}}+\s+)?(?:1er|\d{{1,2}})\s+(?:{_FR_MONTHS})"
        rf"(?P<year>\s+(?P<digits>\d{{4}}))\b",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        rf"^\s*(?:on\s+)?(?:\p{{L}}+,?\s+)?(?:(?:{_EN_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
        rf"(?P<year>,?\s+(?P<digits>\d{{4}}))|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_EN_MONTHS})"
        rf"(?P<year>,?\s+(?P<digits>\d{{4}})))\b",
        regex.IGNORECASE,
    ),
}


class PressDatelineYear(Transform):
    id = "press-dateline-year"
    stage = Stage.BODY
    # After press-lead (52) has written the lead's subject: only the date before it is read.
    order = 53
    summary = (
        "In a press note, the lead that opens on a date of the dateline's year does not "
        "give the year again ('Le 14 octobre 2026, nous…' → 'Le 14 octobre, nous…')."
    )
    examples = (
        TransformExample(
            "Le 14 octobre 2026, nous avons détecté un accès non autorisé.",
            "Le 14 octobre, nous avons détecté un accès non autorisé.",
            lang="fr",
            voice="corporate",
            network="website",
            date=dt.date(2026, 10, 16),
        ),
        TransformExample(
            "On October 14, 2026, we found that our booking tool had been accessed.",
            "On October 14, we found that our booking tool had been accessed.",
            voice="corporate",
            network="website",
            date=dt.date(2026, 10, 16),
        ),
        # Under the master's title line.
        TransformExample(
            "Information importante.\nLe 14 octobre 2026, nous avons détecté un accès.",
            "Information importante.\nLe 14 octobre, nous avons détecté un accès.",
            lang="fr",
            voice="corporate",
            network="website",
            date=dt.date(2026, 10, 16),
        ),
        # Another year is a fact of its own.
        TransformExample(
            "Le 12 juin 2016, nous ouvrions notre crêperie rue de Siam.",
            "Le 12 juin 2016, nous ouvrions notre crêperie rue de Siam.",
            lang="fr",
            voice="corporate",
            network="website",
            date=dt.date(2026, 5, 25),
        ),
        # A post has no dateline.
        TransformExample(
            "Le 14 octobre 2026, nous avons détecté un accès non autorisé.",
            "Le 14 octobre 2026, nous avons détecté un accès non autorisé.",
            lang="fr",
            date=dt.date(2026, 10, 16),
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _OPENING

    def edits(self, text: str, target: Target) -> list[Edit]:
        opening = _OPENING[base_language(target.lang)]
        year = target.understood().reference_date.year
        # The lead is the first line, or the second under a title line.
        position = 0
        for line in text.split("\n")[:2]:
            found = opening.match(line)
            if found is not None and int(found["digits"]) == year:
                return [
                    Edit(
                        position + found.start("year"),
                        position + found.end("year"),
                        "",
                        reason="the dateline gives the year: the lead's date does not repeat it",
                    )
                ]
            position += len(line) + 1
        return []


TRANSFORMS = (PressDatelineYear(),)
