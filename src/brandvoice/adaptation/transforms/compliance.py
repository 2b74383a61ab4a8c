"""Compliance in the adaptation: what the law or a platform asks of a post survives it.

Three transforms, all driven by :mod:`brandvoice.checks.compliance` so a variant is written
the way the checks read it:

- ``compliance-decoration`` (after emoji and hashtags): in an alcohol post under French
  law, removes the festive, social-success, sport or youth emoji, hashtags and call to
  action the adaptation added (the master's own are left to the author: the check flags
  them);
- ``compliance-room`` (after fit-length): when a required notice (the health message, a
  partnership disclosure, Meta's promotion statements) is missing and would not fit, fits
  the variant again to the network's limit less the notice's length;
- ``compliance-notices``: writes the missing notices: a disclosure at the very start
  (before any fold, where no fitting cuts it), the others as the closing paragraph before
  the hashtags. The notices count in the network's length.
"""

from __future__ import annotations

import dataclasses

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.checks.compliance import notices as required
from brandvoice.checks.compliance.scope import association_kind

_WINE = (
    "Notre rosé 2025 est en cave : 13 % vol., grenache et cinsault des coteaux de Bandol, "
    "12 € la bouteille au domaine."
)
_ROOM = (
    "Notre rosé 2025 est en cave, grenache et cinsault des coteaux de Bandol, à 12 € la "
    "bouteille. Dégustation libre au caveau du lundi au samedi, de 9 h à 12 h et de 14 h à "
    "18 h. Les vignerons du domaine vous racontent comment ils l'ont fait naître cet été, "
    "dans nos vieilles caves voûtées."
)
_ROOM_FITTED = (
    "Notre rosé 2025 est en cave, grenache et cinsault des coteaux de Bandol, à 12 € la "
    "bouteille. Dégustation libre au caveau du lundi au samedi, de 9 h à 12 h et de 14 h à "
    "18 h."
)
_HEALTH = "L'abus d'alcool est dangereux pour la santé."


class ComplianceDecoration(Transform):
    id = "compliance-decoration"
    stage = Stage.POST
    order = 45
    summary = (
        "In an alcohol post under French law (loi Évin), removes the festive, social-success, "
        "sport or youth emoji, hashtags and call to action the adaptation added."
    )
    edits_protected = True
    examples = (
        TransformExample(
            _WINE + " 🥂\n\nOn trinque ?\n\n#Bandol #FêteDesVins",
            _WINE + "\n\n#Bandol",
            lang="fr",
            master=_WINE,
            profile={"jurisdiction": "FR", "cta": {"fr": "On trinque ?", "en": "Cheers?"}},
        ),
        TransformExample(  # the master's own choices are the author's: the check flags them
            _WINE + " 🥂\n\n#Bandol",
            _WINE + " 🥂\n\n#Bandol",
            lang="fr",
            master=_WINE + " 🥂",
            profile={"jurisdiction": "FR"},
        ),
        TransformExample(  # not alcohol: nothing to do
            "Notre boulangerie fête ses 10 ans samedi ! 🎉\n\n#Toulon #Fête",
            "Notre boulangerie fête ses 10 ans samedi ! 🎉\n\n#Toulon #Fête",
            lang="fr",
            master="Notre boulangerie fête ses 10 ans samedi !",
            profile={"jurisdiction": "FR"},
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.voice.jurisdiction == "FR"

    def edits(self, text: str, target: Target) -> list[Edit]:
        if not required.alcohol_applies(target.voice, [text, target.master], target.lang):
            return []
        from brandvoice.text.entities import find_entities

        master = target.master.casefold()
        edits: list[Edit] = []
        for entity in find_entities(text):
            if entity.kind not in ("emoji", "hashtag") or entity.text.casefold() in master:
                continue
            words = entity.text.lstrip("#")
            if entity.kind == "hashtag":
                import regex

                words = regex.sub(r"(?<=\p{Ll})(?=\p{Lu})", " ", words)
            kind = association_kind(words, target.lang)
            if kind is None:
                continue
            start, end = _with_space_before(text, entity.start, entity.end)
            edits.append(
                Edit(
                    start,
                    end,
                    "",
                    f"{entity.kind} {entity.text} removed: it associates an alcohol post with "
                    f"{kind} (loi Évin, Code de la santé publique L3323-4)",
                )
            )
        edits.extend(_festive_lines(text, target, edits))
        return _tidy(text, edits)


def _with_space_before(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1] in " \u00a0\u202f":
        start -= 1
    return start, end


def _festive_lines(text: str, target: Target, taken: list[Edit]) -> list[Edit]:
    """The voice's call to action, when the master does not say it and it makes an
    association ("On trinque ?"): removed with its line."""
    from brandvoice.adaptation.decorate.cta import choose

    cta = choose(target.voice, target.understood(), target.lang, target.decoration.cta).text
    if (
        not cta.strip()
        or " ".join(cta.split()).casefold() in " ".join(target.master.split()).casefold()
    ):
        return []
    kind = association_kind(cta, target.lang)
    start = text.find(cta)
    if kind is None or start == -1:
        return []
    end = start + len(cta)
    if any(e.start < end and start < e.end for e in taken):
        return []
    while start > 0 and text[start - 1] in " \n":
        start -= 1
    return [
        Edit(
            start,
            end,
            "",
            f"call to action {cta!r} removed: it associates an alcohol post with {kind} "
            "(loi Évin, Code de la santé publique L3323-4)",
        )
    ]


def _tidy(text: str, edits: list[Edit]) -> list[Edit]:
    """Drop blank paragraphs the removals leave: a line emptied of its tags."""
    if not edits:
        return []
    from brandvoice.adaptation.transform import apply_edits

    after = apply_edits(text, edits)
    if "\n\n\n" not in after and not after.endswith("\n"):
        return edits
    # Rewrite the whole span the edits cover, once, with its blank lines closed.
    first = min(e.start for e in edits)
    last = max(e.end for e in edits)
    inner = apply_edits(
        text[first:last],
        [dataclasses.replace(e, start=e.start - first, end=e.end - first) for e in edits],
    )
    import regex

    tidied = regex.sub(r"\n{3,}", "\n\n", text[:first] + inner + text[last:])
    tidied = tidied.rstrip() + ("" if text.rstrip() == text else text[len(text.rstrip()) :])
    prefix = text[:first]
    if not tidied.startswith(prefix):
        return edits
    reasons = "; ".join(e.reason for e in edits)
    return [Edit(first, len(text), tidied[first:], reasons)]


class ComplianceRoom(Transform):
    id = "compliance-room"
    stage = Stage.POST
    order = 94
    summary = (
        "When a required notice (health message, partnership disclosure, promotion terms) "
        "is missing and would not fit, fits the variant again to the network's limit less "
        "the notice's length."
    )
    edits_protected = True
    examples = (
        TransformExample(  # room enough: nothing removed here
            _WINE,
            _WINE,
            lang="fr",
            network="x",
            profile={"jurisdiction": "FR"},
        ),
        TransformExample(  # fit-length's choices, to the limit less the health message
            _ROOM,
            _ROOM_FITTED,
            lang="fr",
            network="x",
            profile={"jurisdiction": "FR"},
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.network.limit is not None

    def edits(self, text: str, target: Target) -> list[Edit]:
        from brandvoice.adaptation.transforms.fit_length import FitLength, fits
        from brandvoice.networks import measure

        notices = required.required_notices(
            target.voice, target.network, text, target.lang, target.master
        )
        if not notices:
            return []
        written = required.with_notices(text, notices)
        if fits(written, target.network):
            return []
        cost = measure(written, target.network).count - measure(text, target.network).count
        limit = target.network.limit
        assert limit is not None
        narrower = target.network.model_copy(update={"limit": max(1, limit - cost)})
        edits = FitLength().edits(text, dataclasses.replace(target, network=narrower))
        rule_ids = ", ".join(n.rule for n in notices)
        return [
            dataclasses.replace(e, reason=f"{e.reason}; room kept for {rule_ids} ({cost} counted)")
            for e in edits
        ]


class ComplianceNotices(Transform):
    id = "compliance-notices"
    stage = Stage.POST
    order = 96
    summary = (
        "Writes what the law or the platform requires and the variant lacks: a partnership "
        "disclosure first, the French health message of an alcohol post and Meta's "
        "promotion statements as the closing paragraph, before the hashtags."
    )
    examples = (
        TransformExample(
            _WINE + "\n\n#Bandol",
            _WINE + "\n\n" + _HEALTH + "\n\n#Bandol",
            lang="fr",
            profile={"jurisdiction": "FR"},
        ),
        TransformExample(  # the profile's wording, with « à consommer avec modération »
            "Happy hour at the taproom: our IPA is 4 € a pint until 7pm.",
            "Happy hour at the taproom: our IPA is 4 € a pint until 7pm.\n\nL'abus d'alcool "
            "est dangereux pour la santé, à consommer avec modération.",
            profile={
                "jurisdiction": "FR",
                "health_message": "L'abus d'alcool est dangereux pour la santé, à consommer "
                "avec modération.",
            },
        ),
        TransformExample(
            "Nos baskets d'automne sont arrivées en boutique.",
            "Collaboration commerciale avec Maison Duval · Nos baskets d'automne sont "
            "arrivées en boutique.",
            lang="fr",
            profile={"jurisdiction": "FR", "partnership": {"partner": "Maison Duval"}},
        ),
        TransformExample(
            "Giveaway! Win a hamper: follow us and comment before Sunday.",
            "Giveaway! Win a hamper: follow us and comment before Sunday.\n\nThis promotion "
            "is in no way sponsored, endorsed or administered by, or associated with, "
            "Instagram; each entrant fully releases Instagram.",
            network="instagram",
        ),
        TransformExample(  # nothing required
            "Notre boulangerie ouvre samedi à 7 h.",
            "Notre boulangerie ouvre samedi à 7 h.",
            lang="fr",
            profile={"jurisdiction": "FR"},
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        notices = required.required_notices(
            target.voice, target.network, text, target.lang, target.master
        )
        edits: list[Edit] = []
        position = required.end_of_content(text)
        for notice in notices:
            if notice.at_start:
                edits.append(
                    Edit(0, 0, notice.text + required.DISCLOSURE_JOINER, _reason(notice.rule))
                )
        closing = "".join(
            required.closing_separator(text) + n.text for n in notices if not n.at_start
        )
        if closing:
            rules = ", ".join(n.rule for n in notices if not n.at_start)
            edits.append(Edit(position, position, closing, _reason(rules)))
        return edits


def _reason(rules: str) -> str:
    return f"required by {rules} (docs/compliance.md): kept in every variant"


TRANSFORMS = (ComplianceDecoration(), ComplianceRoom(), ComplianceNotices())
