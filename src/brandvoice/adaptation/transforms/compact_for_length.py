"""Shorter dates, times and phrases in a variant over its network's limit, before any
sentence is dropped: a fact in short form beats a fact cut out.

What becomes shorter, and why the day stays the same day:
:mod:`brandvoice.adaptation.fitting.compact`.
"""

from __future__ import annotations

import datetime as dt

from brandvoice.adaptation.fitting.compact import Compaction, compactions
from brandvoice.adaptation.fitting.filler import repeated_names
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
)
from brandvoice.adaptation.transforms.fit_length import fits

_WRITTEN = dt.date(2026, 2, 20)
_FR_LONG = (
    "Notre atelier de printemps a lieu le samedi 7 mars 2026 à partir de 14 h 00 au 12 rue "
    "des Tanneurs, à Aix-en-Provence : deux heures pour composer votre bouquet avec Léa, "
    "fleuriste depuis quinze ans, et repartir avec. 35 € tout compris, places limitées. "
    "Réservez au 04 42 27 18 90."
)
_FR_SHORT = (
    "Notre atelier de printemps a lieu le sam. 7 mars dès 14 h au 12 rue "
    "des Tanneurs, à Aix-en-Provence : deux heures pour composer votre bouquet avec Léa, "
    "fleuriste depuis quinze ans, et repartir avec. 35 € tout compris, places limitées. "
    "Réservez au 04 42 27 18 90."
)
_FR_MARK = (
    "La Fête de la châtaigne revient à Collobrières le samedi 10 octobre 2026 ! Dès 9 h, "
    "place de la Libération, une quarantaine de producteurs du massif des Maures vous "
    "attendent avec marrons glacés, crème de marrons et châtaignes grillées au feu de bois, "
    "et les enfants ont leurs animations tout l'après-midi."
)
_FR_MARK_SHORT = _FR_MARK.replace("le samedi 10 octobre 2026 !", "le sam. 10 octobre !")
# A sentence that only leads to a link becomes its label.
_FR_LINK = _FR_LONG.replace(
    "Réservez au 04 42 27 18 90.",
    "Retrouvez tout le programme sur https://fleurs-aix.example/ateliers. Réservez vite !",
)
_FR_LINK_SHORT = _FR_SHORT.replace(
    "Réservez au 04 42 27 18 90.",
    "Programme\u202f: https://fleurs-aix.example/ateliers. Réservez vite !",
)
# A range whose first day names its weekday keeps both whole ("du vendredi 6 au dim. 8
# mars" reads as a slip); only the year the reader infers goes. So does a date that opens
# its sentence: "Sam. 7 mars, …" would too.
_FR_RANGE = _FR_LONG.replace("le samedi 7 mars 2026", "du vendredi 6 au dimanche 8 mars 2026")
_FR_RANGE_SHORT = _FR_SHORT.replace("le sam. 7 mars", "du vendredi 6 au dimanche 8 mars")
# So does a range whose two days each name their month: "du sam. 7 mars au dimanche 5
# avril" would read as a slip too.
_FR_SPAN = _FR_LONG.replace("le samedi 7 mars 2026", "du samedi 7 mars au dimanche 5 avril 2026")
_FR_SPAN_SHORT = _FR_SHORT.replace("le sam. 7 mars", "du samedi 7 mars au dimanche 5 avril")
_FR_OPENING = "Samedi 7 mars 2026, n" + _FR_LONG[1:].replace("le samedi 7 mars 2026 ", "avec vous ")
_FR_OPENING_SHORT = "Samedi 7 mars, n" + _FR_SHORT[1:].replace("le sam. 7 mars ", "avec vous ")
# How a recall's fault was found goes before its hazard and batch do.
_FR_RECALL = (
    "Rappel produit : terrine de campagne 180 g, lot 2211. Suite à un autocontrôle, la "
    "présence de Listeria monocytogenes a été détectée sur ce lot, vendu en février dans notre "
    "boucherie de Brignoles. Ne la consommez pas et rapportez-la en boutique : elle vous sera "
    "remboursée intégralement. Pour toute question, appelez-nous au 04 94 00 00 00."
)
# …and a sentence that only leads to the phone number ending it says it with a label.
_FR_RECALL_SHORT = _FR_RECALL.replace("Suite à un autocontrôle, la", "La").replace(
    "Pour toute question, appelez-nous au", "Contact\u202f:"
)
# A date of figures loses the year the reader infers ("DLC 18/03/2026" → "DLC 18 mars"),
# never one they would not: a jar's « DLUO 31/12/2028 » stays as written.
_FR_RECALL_DATED = _FR_RECALL.replace("lot 2211.", "lot 2211, DLC {date}.")
_FR_RECALL_DATED_SHORT = _FR_RECALL_SHORT.replace("lot 2211.", "lot 2211, DLC {date}.")
_EN_LONG = (
    "Our spring workshop is on Saturday, March 7, 2026 starting at 2pm at 12 Tanner Street, "
    "Burlington: two hours to build your own bouquet with Leah, a florist for fifteen years, "
    "and take it home. $45 all in, coffee and pastries included, places are limited, so "
    "book early. Call (802) 555-0142 or stop by the shop any afternoon this week."
)
_EN_SHORT = (
    "Our spring workshop is on Sat, Mar 7 from 2pm at 12 Tanner Street, "
    "Burlington: two hours to build your own bouquet with Leah, a florist for fifteen years, "
    "and take it home. $45 all in, coffee and pastries included, places are limited, so "
    "book early. Call (802) 555-0142 or stop by the shop any afternoon this week."
)
# Who answers and how to write go with the phrase: the label says it.
_EN_QUESTIONS = "If you have any questions, you can email our data protection officer at {email}."


# An address line that repeats the brand's name the post has said makes room for the
# address (fitting/filler.py): "Garage Martinez," said twice goes.
_FR_GARAGE = (
    "Printemps = pneus\u202f! Jusqu'au 30 avril, le Garage Martinez vous offre le montage et "
    "l'équilibrage pour l'achat de 4 pneus, et le contrôle de la climatisation à 29\u202f€ au "
    "lieu de 49\u202f€. Sur rendez-vous uniquement\u00a0: 04 90 55 21 08.\n"
    "{name}145 avenue de la Libération, Salon-de-Provence."
)
_GARAGE = {"brand_name": "Garage Martinez"}
_EN_BRUNCH = (
    "Weekend brunch has landed at Copper Kettle 🍳 Every Saturday and Sunday, we're serving "
    "chilaquiles, brown-butter pancakes and a very serious Bloody Mary bar {hours}, with "
    "live music on the patio. Tables fill fast, so grab yours at copperkettle.example/brunch. "
    "1408 E 6th St, Austin."
)


class CompactForLength(Transform):
    id = "compact-for-length"
    stage = Stage.POST
    order = 80
    # The brand's name said twice is a protected span: it goes whole, and only there.
    edits_protected = True
    summary = (
        "In a variant over its network's limit, dates, times and the phrases before them take "
        "their short forms ('le samedi 7 mars 2026' → 'le sam. 7 mars', 'à partir de' → 'dès', "
        "'from 9am to 2pm' → '9am–2pm'), and a sentence that only leads to a link or a contact "
        "its label ('Retrouvez tout le programme sur' → 'Programme :', 'Pour toute question, "
        "écrivez à notre délégué :' → 'Contact :') and an empty opener goes ('Nous "
        "avons le plaisir de vous annoncer que'), and so does the brand's name opening an "
        "address line after the post has named it ('Garage Martinez, 145 avenue…' → '145 "
        "avenue…'), before any sentence is dropped."
    )
    examples = (
        TransformExample(_FR_LONG, _FR_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(_EN_LONG, _EN_SHORT, network="x", date=_WRITTEN),
        # Before "!", the abbreviated month's stop would double the mark: "octobre" stays.
        TransformExample(_FR_MARK, _FR_MARK_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(_FR_LINK, _FR_LINK_SHORT, lang="fr", network="x", date=_WRITTEN),
        # An opener that says nothing goes; the sentence starts on the word after it.
        TransformExample(
            "Nous avons le plaisir de vous annoncer que n" + _FR_LONG[1:],
            _FR_SHORT,
            lang="fr",
            network="x",
            date=_WRITTEN,
        ),
        # "We've found that" says nothing the finding does not.
        TransformExample(
            "We've found that o" + _EN_LONG[1:],
            _EN_SHORT,
            network="x",
            date=_WRITTEN,
        ),
        # "on Sat 7 Mar." would read as an abbreviation's dot: a month ending its sentence
        # stays whole, and only the weekday and the year the reader infers shrink.
        TransformExample(
            _EN_LONG.replace(
                "Saturday, March 7, 2026 starting at 2pm at 12 Tanner Street, Burlington: two",
                "Saturday 7 March 2026. Two",
            ),
            _EN_SHORT.replace(
                "Sat, Mar 7 from 2pm at 12 Tanner Street, Burlington: two", "Sat 7 March. Two"
            ),
            network="x",
            date=_WRITTEN,
        ),
        TransformExample(_FR_RANGE, _FR_RANGE_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(_FR_SPAN, _FR_SPAN_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(_FR_OPENING, _FR_OPENING_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(_FR_RECALL, _FR_RECALL_SHORT, lang="fr", network="x", date=_WRITTEN),
        TransformExample(
            _EN_LONG.replace(
                " Call (802) 555-0142 or stop by the shop any afternoon this week.",
                " " + _EN_QUESTIONS.format(email="dpo@florist.example"),
            ),
            _EN_SHORT.replace(
                " Call (802) 555-0142 or stop by the shop any afternoon this week.",
                " Contact: dpo@florist.example.",
            ),
            network="x",
            date=_WRITTEN,
        ),
        *(
            TransformExample(
                _FR_RECALL_DATED.format(date=written),
                _FR_RECALL_DATED_SHORT.format(date=short),
                lang="fr",
                network="x",
                date=_WRITTEN,
            )
            for written, short in (("18/03/2026", "18 mars"), ("31/12/2028", "31/12/2028"))
        ),
        TransformExample(
            _FR_GARAGE.format(name="Garage Martinez, "),
            _FR_GARAGE.format(name=""),
            lang="fr",
            network="x",
            date=_WRITTEN,
            profile=_GARAGE,
        ),
        # A range of times takes its dash: "from 9am to 2pm" → "9am–2pm".
        TransformExample(
            _EN_BRUNCH.format(hours="from 9am to 2pm"),
            _EN_BRUNCH.format(hours="9am\u20132pm"),
            network="x",
            date=_WRITTEN,
        ),
        # A line that is the first to name the brand keeps its name.
        TransformExample(
            _FR_GARAGE.replace("le Garage Martinez", "notre garage").format(
                name="Garage Martinez, "
            ),
            _FR_GARAGE.replace("le Garage Martinez", "notre garage").format(
                name="Garage Martinez, "
            ),
            lang="fr",
            network="x",
            date=_WRITTEN,
            profile=_GARAGE,
        ),
        # Within the limit, nothing changes: the full form reads better.
        TransformExample(_FR_LONG, _FR_LONG, lang="fr", network="facebook", date=_WRITTEN),
        # A year the reader would not infer (the next 7 March is in 2026) stays.
        TransformExample(
            _EN_LONG.replace("2026", "2027").replace("Saturday", "Sunday"),
            _EN_SHORT.replace("Sat, Mar 7", "Sun, Mar 7, 2027"),
            network="x",
            date=_WRITTEN,
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.network.limit is not None

    def edits(self, text: str, target: Target) -> list[Edit]:
        if fits(text, target.network):
            return []
        reference = target.understood().reference_date
        found = compactions(text, target.lang, reference)
        found = _without_overlaps([*found, *repeated_names(text, target.voice.names)])
        return [self._edit(c, target) for c in found]

    @staticmethod
    def _edit(compaction: Compaction, target: Target) -> Edit:
        return Edit(
            compaction.start,
            compaction.end,
            compaction.replacement,
            f"shortened for length: {compaction.what} "
            f"({target.network.name} allows {target.network.limit})",
        )


def _without_overlaps(found: list[Compaction]) -> list[Compaction]:
    """``found`` in text order, each overlapping an earlier one left out."""
    kept: list[Compaction] = []
    for compaction in sorted(found, key=lambda c: c.start):
        if kept and compaction.start < kept[-1].end:
            continue
        kept.append(compaction)
    return kept


TRANSFORMS = (CompactForLength(),)
