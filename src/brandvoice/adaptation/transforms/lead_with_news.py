"""Lead with the news: a filler opening ("Nous avons le plaisir de vous annoncer que",
"We are delighted to announce that") is dropped on social networks, so the news itself
opens the sentence, and the first line shown before the fold says something.

The openings are data (``adaptation/data/filler-openings.yaml``), matched at the start
of a sentence, where what follows takes the capital, or after a sentence's opening words
and their comma when the opening ends on « que » / "that" (« Après 18 mois de travail,
nous sommes fiers d'annoncer que l'agence… » → « Après 18 mois de travail, l'agence… »):
its clause carries on the sentence. After the sentence's subject, the business speaking
of itself (« Le Garage des Oliviers a le plaisir de vous informer qu'il ouvre… »), the
formula goes too and the subject takes the news' verb (« Le Garage des Oliviers ouvre… »).
A sentence that would be left with fewer than
:data:`MIN_WORDS` words keeps its opening. Press notes, blog posts and the website
keep the formal ones (there the formula is part of the genre). An opening that says the
news is official or new (« C'est officiel : », "Big news:") is the other way round: a
casual post keeps it as its voice, every other variant drops it
(:func:`keeps_news_openers`).
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    apply_edits,
)
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language

MIN_WORDS = 3
_SENTENCE_START = r"(?:^|(?<=[.!?…]\s)|(?<=\n)|(?<=^\p{Extended_Pictographic}\ufe0f?\s))"
# After a sentence's opening words and their comma ("Since March, we are pleased to…").
_AFTER_COMMA = r"(?<=,[ \u00a0])"
# How an opening ends when a clause follows it: the only kind dropped after a comma ("…,
# we are pleased to announce our new shop" would leave a noun phrase hanging).
_ENDS_ON_CONJUNCTION = regex.compile(r"\b(?:que|that)$", regex.IGNORECASE)
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_AFTER = regex.compile(r"[\s\u00a0\u202f]*")
_SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)|\n|$")


@cache
def _openings(lang: str, social: bool, news: bool = True) -> regex.Pattern[str]:
    """The openings dropped on a social network (``social``) or elsewhere, news openers
    (« C'est officiel : ») among them when ``news``."""
    table = load_table("filler-openings.yaml")
    patterns = [
        *table["everywhere"][lang],
        *(table["social"][lang] if social else []),
        *(table["news"][lang] if news else []),
    ]
    body = phrase_alternation(patterns) if patterns else r"(?!)"
    return regex.compile(
        rf"(?:{_SENTENCE_START}|{_AFTER_COMMA})(?:{body})(?=\s)", regex.IGNORECASE | regex.MULTILINE
    )


# After the subject's last word and a space (« Le Garage des Oliviers a le plaisir… »), or
# after the comma closing an apposition to it (« Le garage, installé depuis 1998, a le
# plaisir… »).
_AFTER_WORD = r"(?<=[\p{L}\p{N}'’»),][ \u00a0])"


@cache
def _after_subject(lang: str) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """The formulas dropped after a sentence's subject on a social network, each with what
    stands in its place (``after_subject`` in the data)."""
    entries = load_table("filler-openings.yaml").get("after_subject", {}).get(lang) or []
    return tuple(
        (
            regex.compile(
                rf"{_AFTER_WORD}(?:{phrase_alternation([str(e['pattern'])])})(?=\s)",
                regex.IGNORECASE,
            ),
            str(e["replacement"] or ""),
        )
        for e in entries
    )


def _after_subject_edits(text: str, lang: str) -> list[Edit]:
    """The formula after a sentence's subject (« Le Garage des Oliviers a le plaisir de
    vous informer qu'il ouvre… » → « Le Garage des Oliviers ouvre… »), when the sentence
    keeps :data:`MIN_WORDS` words after it."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for pattern, replacement in _after_subject(lang):
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            rest = match.end() + len(_AFTER.match(text, match.end()).group())
            sentence_end = _SENTENCE_END.search(text, rest)
            remaining = text[rest : sentence_end.start() if sentence_end else rest]
            if len(_WORD.findall(remaining)) < MIN_WORDS:
                continue
            # Dropped whole with the space after it, or its verb in the present instead.
            end = rest if not replacement else match.end()
            taken.append((match.start(), end))
            edits.append(
                Edit(
                    match.start(),
                    end,
                    replacement,
                    f"the formula {match.group().strip()!r} announces the news instead of "
                    "giving it: on a social network the news leads",
                )
            )
    return edits


def keeps_news_openers(target: Target) -> bool:
    """Whether ``target``'s voice keeps an opening that says the news is official or new
    (« C'est officiel : », "Big news:"): an informal voice (its formality band starts at
    or below the data's ``kept_at_formality_min``) on a network with room for it (no
    limit, or one of at least ``kept_from_limit`` characters)."""
    news = load_table("filler-openings.yaml")["news"]
    limit = target.network.limit
    roomy = limit is None or limit >= int(news["kept_from_limit"])
    return roomy and target.voice.formality.min <= int(news["kept_at_formality_min"])


class LeadWithNews(Transform):
    id = "lead-with-news"
    stage = Stage.BODY
    order = 5
    summary = (
        "On social networks, drops a filler opening ('Nous avons le plaisir de vous annoncer "
        "que', 'We are delighted to announce that') so the news opens the post, and the "
        "same formula after the business's name (« Le Garage a le plaisir de vous informer "
        "qu'il ouvre » → « Le Garage ouvre »); an opening "
        "that says the news is official or new (« C'est officiel : », 'Big news:') stays in "
        "a casual post, its voice, and goes everywhere else."
    )
    examples = (
        TransformExample(
            "We are delighted to announce that our second shop opens on Saturday in Leeds.",
            "Our second shop opens on Saturday in Leeds.",
        ),
        TransformExample(
            "Nous avons le plaisir de vous annoncer l’ouverture de notre atelier à Hyères.",
            "L’ouverture de notre atelier à Hyères.",
            lang="fr",
        ),
        TransformExample(  # X's 280 characters go to the news
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            lang="fr",
            network="x",
        ),
        # A casual post keeps an opening that says the news is official or new: its voice.
        TransformExample(
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            lang="fr",
            network="facebook",
        ),
        TransformExample(
            "Big news: our second shop opens on Saturday in Leeds.",
            "Big news: our second shop opens on Saturday in Leeds.",
            network="instagram",
        ),
        # A professional post gives the news flat.
        TransformExample(
            "Big news: our second shop opens on Saturday in Leeds.",
            "Our second shop opens on Saturday in Leeds.",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(
            "Ça y est : notre atelier ouvre ses portes à Hyères samedi.",
            "Notre atelier ouvre ses portes à Hyères samedi.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        # The name the profile protects is left whole: only the opening goes.
        TransformExample(
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            lang="fr",
            network="x",
            profile={"brand_name": "La Cave du Port"},
        ),
        # A version number's stop ends no sentence: the news after the opening is long enough.
        TransformExample(
            "Nous avons le plaisir de vous présenter Plania 3.0, la nouvelle version de notre "
            "logiciel de planification.",
            "Plania 3.0, la nouvelle version de notre logiciel de planification.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        # After the subject, the business speaking of itself: the subject takes the news'
        # own verb, or the formula's in the present.
        TransformExample(
            "Le Garage des Oliviers a le plaisir de vous informer qu'il ouvre ses portes le "
            "lundi 4 mai à Brignoles.",
            "Le Garage des Oliviers ouvre ses portes le lundi 4 mai à Brignoles.",
            lang="fr",
        ),
        # An apposition between the subject and the formula.
        TransformExample(
            "Le garage Provence Autos, installé depuis 1998 à La Valette, a le plaisir de vous "
            "informer qu'il assure désormais l'entretien des véhicules hybrides.",
            "Le garage Provence Autos, installé depuis 1998 à La Valette, assure désormais "
            "l'entretien des véhicules hybrides.",
            lang="fr",
        ),
        TransformExample(
            "Le cabinet Verhaegen a le plaisir de vous annoncer son ouverture au 48 rue de Fer.",
            "Le cabinet Verhaegen annonce son ouverture au 48 rue de Fer.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(
            "The Green Fork is delighted to announce that it opens a second shop in Leeds.",
            "The Green Fork opens a second shop in Leeds.",
        ),
        # An impersonal « il » is no subject: the formula stays.
        TransformExample(
            "Le garage a le plaisir de vous informer qu'il y aura un atelier pneus samedi.",
            "Le garage a le plaisir de vous informer qu'il y aura un atelier pneus samedi.",
            lang="fr",
        ),
        # A press note keeps it, as it keeps its opening formula.
        TransformExample(
            "Le Garage des Oliviers a le plaisir de vous informer qu'il ouvre ses portes le "
            "lundi 4 mai à Brignoles.",
            "Le Garage des Oliviers a le plaisir de vous informer qu'il ouvre ses portes le "
            "lundi 4 mai à Brignoles.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Mid-sentence, the words are not an opening.
        TransformExample(
            "Since March we are pleased to announce that ours is the first shop in town.",
            "Since March we are pleased to announce that ours is the first shop in town.",
        ),
        # After the sentence's opening words and their comma, an opening before a clause
        # goes and the clause carries on the sentence.
        TransformExample(
            "Après 18 mois de travail, nous sommes fiers d'annoncer que l'agence Hirondelle "
            "est officiellement certifiée B Corp.",
            "Après 18 mois de travail, l'agence Hirondelle est officiellement certifiée B Corp.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(
            "After two years of work, we're proud to announce that our bakery is now "
            "certified organic.",
            "After two years of work, our bakery is now certified organic.",
            voice="professional-network",
            network="linkedin",
        ),
        # Before a noun phrase, the opening after a comma stays: the sentence would hang.
        TransformExample(
            "After two years of work, we're proud to announce our organic certification.",
            "After two years of work, we're proud to announce our organic certification.",
            voice="professional-network",
            network="linkedin",
        ),
        # A press note does not open on "C'est officiel :" either.
        TransformExample(
            "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A press note keeps its formula.
        TransformExample(
            "We are delighted to announce that our second shop opens on Saturday in Leeds.",
            "We are delighted to announce that our second shop opens on Saturday in Leeds.",
            voice="corporate",
            network="website",
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        edits: list[Edit] = []
        social = not target.network.is_own_site
        for match in _openings(lang, social, not keeps_news_openers(target)).finditer(text):
            inside = match.start() > 0 and text[match.start() - 2] == ","
            if inside and not _ENDS_ON_CONJUNCTION.search(match.group()):
                continue
            rest = match.end() + len(_AFTER.match(text, match.end()).group())
            # A stop ends the sentence before a space, not inside "Plania 3.0".
            sentence_end = _SENTENCE_END.search(text, rest)
            remaining = text[rest : sentence_end.start() if sentence_end else rest]
            if len(_WORD.findall(remaining)) < MIN_WORDS or rest >= len(text):
                continue
            first = text[rest]
            # A capital already there stays out of the edit: it may start a protected
            # name (« C'est officiel : La Cave du Port ouvre »).
            # Inside a sentence (after its opening words and comma) the clause goes on in
            # lower case.
            end, capital = (
                (rest, "") if first.isupper() else (rest + 1, first if inside else first.upper())
            )
            edits.append(
                Edit(
                    match.start(),
                    end,
                    capital,
                    f"the opening {match.group().strip()!r} announces the news instead of "
                    "giving it: on a social network the news leads",
                )
            )
        if social:
            edits += _after_subject_edits(text, lang)
        return edits


def without_formula_after_subject(sentence: str, lang: str) -> str:
    """``sentence`` without the formula announcing the news after its subject
    (``after_subject`` in the data), as a social network's variant drops it."""
    return apply_edits(sentence, _after_subject_edits(sentence, base_language(lang)))


def without_filler_opening(sentence: str, lang: str) -> str:
    """``sentence`` without a filler opening, social networks' list (a title gives the
    news, whatever the channel), its next word capitalised; unchanged when too little
    would remain."""
    match = _openings(base_language(lang), True).match(sentence)
    if match is None:
        return sentence
    rest = sentence[match.end() :].lstrip(" \u00a0\u202f")
    if len(_WORD.findall(rest)) < MIN_WORDS:
        return sentence
    return rest[:1].upper() + rest[1:]


TRANSFORMS = (LeadWithNews(),)
