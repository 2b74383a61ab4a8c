"""A press note writes full sentences: a verbless list of what the business offers ("Plus
de 300 références, dont une belle sélection de rosés…") gets its verb and its subject
(« La Cave du Port propose plus de 300 références, dont… »).

A post may list without a verb; a press note, read by journalists who quote it, does not.
The subject is the one the lead names (the first sentence's subject, when it is a name:
« La Cave du Port », "Harbour Books"); without one (« nous », "we", no subject the parser
finds) the sentence stays as written, since a verb without a known subject would invent
one. Only sentences that open on a quantity ("Plus de 300 références", "Over 5,000
titles", "12 couverts") are read as an offer; the verb agrees with the subject's number.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_lead import second_mention, writes_press_note
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.understand.dates import MONTHS_EN, MONTHS_FR

# A sentence that opens on a quantity: what the business offers, listed.
_QUANTITY = {
    "fr": regex.compile(r"(?:(?:plus|près|pas moins) d['’e]\s*|quelque\s+|environ\s+)?\d"),
    "en": regex.compile(r"(?:(?:more than|over|nearly|almost|some|about)\s+)?\d"),
}
# Words a number counts that are no offer: streets, months, units of time and measure.
_NOT_OFFERED = frozenset(
    [
        *MONTHS_FR,
        *MONTHS_EN,
        "rue",
        "rues",
        "avenue",
        "boulevard",
        "quai",
        "place",
        "chemin",
        "allée",
        "route",
        "impasse",
        "street",
        "road",
        "lane",
        "avenue",
        "minutes",
        "minute",
        "heures",
        "heure",
        "h",
        "jours",
        "jour",
        "semaines",
        "mois",
        "ans",
        "années",
        "km",
        "kg",
        "g",
        "cl",
        "l",
        "%",
        "hours",
        "hour",
        "days",
        "weeks",
        "months",
        "years",
        "miles",
        "km",
        "euros",
        "dollars",
    ]
)
# The verb it takes, singular and plural.
_OFFERS = {"fr": ("propose", "proposent"), "en": ("offers", "offer")}
# A subject this long is a clause; a press note's subject is a name.
_SUBJECT_MAX_WORDS = 6
_PRONOUNS = {
    "fr": frozenset(["je", "nous", "on", "vous", "il", "elle", "ils", "elles", "ce", "cela"]),
    "en": frozenset(["i", "we", "you", "it", "they", "he", "she", "this", "that"]),
}
_POSSESSIVES = {
    "fr": frozenset(["notre", "nos", "votre", "vos", "mon", "ma", "mes"]),
    "en": frozenset(["our", "your", "my", "their"]),
}


class PressFullSentences(Transform):
    id = "press-full-sentences"
    stage = Stage.BODY
    # After the lead names the brand (press-lead, 52), before sentences are split or
    # merged (58-65): the subject is read off the lead as the note will print it.
    order = 54
    summary = (
        "In a press note, a verbless list of what the business offers ('Plus de 300 "
        "références, dont…') gets the lead's subject and a verb ('La Cave du Port propose "
        "plus de 300 références, dont…'), when the lead's subject is a name."
    )
    examples = (
        TransformExample(
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol. Plus de 300 "
            "références, dont des rosés de l'appellation et un coin épicerie fine.",
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol. La Cave du Port "
            "propose plus de 300 références, dont des rosés de l'appellation et un coin "
            "épicerie fine.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Harbour Books opens on Saturday 4 April in Leeds. Over 5,000 titles, from new "
            "fiction to rare maps.",
            "Harbour Books opens on Saturday 4 April in Leeds. Harbour Books offers over 5,000 "
            "titles, from new fiction to rare maps.",
            voice="corporate",
            network="website",
        ),
        # A line break ends the lead even where its line has no stop (an emoji closed it).
        TransformExample(
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol 🍷\nPlus de 300 "
            "références, dont des rosés.",
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol 🍷\nLa Cave du Port "
            "propose plus de 300 références, dont des rosés.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # An address, a duration or a one-word subject is no offer and no name.
        TransformExample(
            "Rentrée = nouvelle coupe. Réservation au 01 99 00 47 12. 8 rue Oberkampf, Paris.",
            "Rentrée = nouvelle coupe. Réservation au 01 99 00 47 12. 8 rue Oberkampf, Paris.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le nouvel épisode du podcast est en ligne. 35 minutes, sans jargon.",
            "Le nouvel épisode du podcast est en ligne. 35 minutes, sans jargon.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # No named subject: no verb is given a subject the note does not know.
        TransformExample(
            "Nous ouvrons le samedi 4 avril à Bandol. Plus de 300 références, dont des rosés.",
            "Nous ouvrons le samedi 4 avril à Bandol. Plus de 300 références, dont des rosés.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A sentence that has its verb stays.
        TransformExample(
            "Harbour Books opens on Saturday in Leeds. Over 5,000 titles are on the shelves.",
            "Harbour Books opens on Saturday in Leeds. Over 5,000 titles are on the shelves.",
            voice="corporate",
            network="website",
        ),
        # The brand the lead named is then its kind (press-lead's second mention).
        TransformExample(
            "La Cave du Port ouvre samedi à Bandol. Plus de 300 références, dont des rosés.",
            "La Cave du Port ouvre samedi à Bandol. La cave propose plus de 300 références, "
            "dont des rosés.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Cave du Port"},
        ),
        # A post lists as people do.
        TransformExample(
            "Harbour Books opens on Saturday in Leeds. Over 5,000 titles, from fiction to maps.",
            "Harbour Books opens on Saturday in Leeds. Over 5,000 titles, from fiction to maps.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _OFFERS

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        # Line by line: a master's line break ends a sentence the parser may read on over
        # ("… Charles-de-Gaulle 🍷" over "Plus de 300 références").
        lines: list[tuple[int, str]] = []
        position = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((position, line))
            position += len(line) + 1
        if not lines:
            return []
        first = next(iter(parse(target.lang, lines[0][1]).sents), None)
        named = named_subject(first, lang) if first is not None else None
        if first is None or named is None:
            return []
        subject, plural = named
        brand = target.voice.brand_name
        if brand and subject.casefold().endswith(brand.casefold()):
            # The lead has named the brand: the next sentence says its kind, as press-lead
            # says it after the name (« La cave propose… »), not the name again.
            # « L'équipe propose 300 références » would say who sells, not what: only a
            # kind (not the table's team) stands in for the name.
            table = load_table("press-person.yaml")[lang]
            # Read on the master: press-lead's own « la cave » is no other thing.
            later, _ = second_mention(brand, target.lang, table, target.understood().text)
            if later != table["later"]:
                subject = later[:1].upper() + later[1:]
        verb = _OFFERS[lang][1 if plural else 0]
        edits: list[Edit] = []
        for offset, line in lines:
            for sentence in parse(target.lang, line).sents:
                if sentence.start == first.start and offset == lines[0][0]:
                    continue  # the lead itself
                words = [t for t in sentence if not t.is_punct and not t.is_space]
                if not words or not _QUANTITY[lang].match(sentence.text.casefold()):
                    continue
                if any(t.pos_ in ("VERB", "AUX") for t in words):
                    continue
                # What is offered is counted in things: « 300 références », "5,000
                # titles"; not an address (« 8 rue Oberkampf »), a date or a duration
                # (« 35 minutes, sans jargon »).
                number = next((i for i, t in enumerate(words) if t.like_num), None)
                counted = None
                if number is not None:
                    counted = next((t for t in words[number + 1 :] if not t.like_num), None)
                if counted is None or counted.lower_ in _NOT_OFFERED or counted.pos_ != "NOUN":
                    continue
                if "Plur" not in counted.morph.get("Number", []):
                    continue
                opening = words[0]
                written = opening.text
                if opening.pos_ != "PROPN":
                    written = written[:1].lower() + written[1:]
                start = offset + opening.idx
                edits.append(
                    Edit(
                        start,
                        start + len(opening.text),
                        f"{subject} {verb} {written}",
                        reason="a press note writes full sentences: the verbless list of "
                        f"what the business offers gets the lead's subject ({subject}) and "
                        "a verb",
                    )
                )
        return edits


def press_business(target: Target, text: str, *, of_a_kind: bool = False) -> str | None:
    """Whom a press note speaks of: the brand's name, or without a brand profile the name
    the lead's subject gives ("Copper Kettle Taproom opens…", the first line or the second
    under a title line); with ``of_a_kind``, only a name that says what business it is
    (« la Fromagerie Lucas », "Harbour Bakery": not « Marie Dupont » nor "local duo Fern &
    Finch", who may be the news's people rather than the business). None when neither
    names one."""
    if target.voice.brand_name:
        return target.voice.brand_name
    lang = base_language(target.lang)
    lines = [line for line in text.split("\n") if line.strip()][:2]
    for line in lines:
        first = next(iter(parse(target.lang, line, entities=False).sents), None)
        named = named_subject(first, lang) if first is not None else None
        if named is None:
            continue
        name = named[0]
        if of_a_kind:
            table = load_table("press-person.yaml")[lang]
            later, _ = second_mention(name, target.lang, table, "")
            if later == table["later"]:
                return None
        return name
    return None


def named_subject(sentence: object, lang: str) -> tuple[str, bool] | None:
    """The lead's subject when it is a name (« La Cave du Port », "Harbour Books"), and
    whether it is plural; None for a pronoun, a possessive or no subject found."""
    from spacy.tokens import Span

    assert isinstance(sentence, Span)
    head = next((t for t in sentence if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    span = sentence.doc[head.left_edge.i : head.right_edge.i + 1]
    lowered = [t.lower_ for t in span]
    if (
        # One word is as often a season or a topic (« Rentrée = nouvelle coupe ») as a name.
        not 1 < len(span) <= _SUBJECT_MAX_WORDS
        or any(w in _PRONOUNS[lang] or w in _POSSESSIVES[lang] for w in lowered)
        or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in span)
        # A name: a capital past the article ("La Cave du Port", "Harbour Books").
        or (len(span) > 1 and not any(t.text[:1].isupper() for t in span[1:]))
        or (len(span) == 1 and span[0].pos_ != "PROPN")
    ):
        return None
    text = span.text
    return text[:1].upper() + text[1:], "Plur" in head.morph.get("Number", [])


TRANSFORMS = (PressFullSentences(),)
