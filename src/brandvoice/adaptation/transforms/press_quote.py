"""A press note puts the business's feelings in a quote, attributed, near its end: the
post's "Thank you, Sheffield, we couldn't do it without you." becomes "“Thank you,
Sheffield: we could not do it without you,” says the team." and « Merci à tous pour
votre fidélité ! » becomes « « Merci à tous pour votre fidélité », confie l'équipe de la
Boulangerie Martin. »

A journalist lifts feelings from a release as a quote and the facts from its body; a
post says both in one voice. So the master's sentences of thanks, pride, excitement or
promise, its apologies and good wishes (``adaptation/data/press-quotes.yaml``: what they
open on, what refuses them) leave their place and close the body as one quoted paragraph,
before the lines that give an address or sign the note. Never the lead, never a sentence
that holds a fact a reader needs (a date, a place, a price, a figure, a link, a number:
the body keeps those), a question, a request dressed as thanks (« Merci de partager »)
or a sentence already quoting someone. Wishes that name who sends them are theirs:
"Happy holidays from Walt, Irene and the crew!" → "“Happy holidays,” say Walt, Irene and
the crew."

The quote is attributed to the person the master signs with and their role ("— Claire
Dubois, fondatrice": « confie Claire Dubois, fondatrice »), else the business's team
(the profile's ``brand_name``, else the business the sign-off names), else "the team" /
« l'équipe ». Its words are the master's, in the first person: this transform runs
before « on » → « nous » (45), the person rules (50-52) and press-readers (77), and it
marks its quotes as a speaker's words (``Transform.quotes``), which no later transform of
the stage rewrites (:func:`brandvoice.adaptation.pipeline.run_transforms`). The
register, glossary, contractions and address transforms (10-40) have run: the quote
speaks the voice's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.paragraphs import sign_off
from brandvoice.adaptation.press_label_headline import named_as_written
from brandvoice.adaptation.signoff import signer
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.adaptation.wording.fitting import text_apostrophe, with_apostrophe
from brandvoice.lang import base_language
from brandvoice.text.french.contraction import with_preposition
from brandvoice.text.protect import protected_spans
from brandvoice.understand.model import Role
from brandvoice.understand.people import is_first_name

_BRAND = {"brand_name": "Acme"}
_NBSP = "\u00a0"
# A sentence: up to its stop and the emoji after it, within one line.
_SENTENCE = regex.compile(
    r"[^\s][^\n]*?(?:[.!?…]+(?:[ \u00a0\u202f]*\p{Extended_Pictographic}\ufe0f?)*(?=\s|$)|(?=\n|$))"
)
_STOP_AT_END = regex.compile(
    r"[.!?…][ \u00a0\u202f]*(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0\u202f]*)*$"
)
_TRAILING = regex.compile(r"[\s\u00a0\u202f]*(?:[.!…]+|\p{Extended_Pictographic}\ufe0f?|\u200d)*$")
_TRAILING_EMOJI = regex.compile(r"(?:[\s\u00a0\u202f]*\p{Extended_Pictographic}\ufe0f?)+$")
_WORD = regex.compile(r"\p{L}+")
# Marks that would put a quote inside the quote, and a question (no quote asks).
_NOT_QUOTED = regex.compile(r"[«»“”\"?]|\p{Nd}")
# Whether a quote speaks of the team itself: then the business, not its team, says it.
_TEAM = regex.compile(
    r"\b(?:our|the\s+whole)\s+(?:\p{L}+\s+)?(?:team|crew|staff)\b"
    r"|\b(?:notre|toute\s+l['’]|toute\s+notre)\s*équipe\b",
    regex.IGNORECASE,
)
# "Thank you, Sheffield, we…": the comma after the vocative joins two sentences; a colon.
_VOCATIVE_SPLICE = regex.compile(
    r"^((?:thank\s+you|thanks|merci|bravo)\s*,\s*[\p{Lu}][^,]{0,40}?)\s*,(\s+(?:we|nous|on)\b)",
    regex.IGNORECASE,
)
# A person signing with a role: "— Claire Dubois, fondatrice".
_SIGNED_ROLE = regex.compile(
    r"^[—–-]?[ \u00a0]*(?P<name>\p{Lu}[\p{L}’'-]+(?:[ \u00a0]\p{Lu}[\p{L}’'-]+)+)"
    r"[ \u00a0]*,[ \u00a0]*(?P<role>\p{Ll}[^\n]*)$"
)
# Senders joined ("Walt, Irene and the crew"): they say it, in the plural.
_PLURAL = regex.compile(r",|\band\b|&")
# First names joined as a sign-off joins them: « Jean-Pierre et Hélène », "Walt & Irene".
_PEOPLE = regex.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")
# A practical line: a short label, its colon, and what it gives.
_LABEL = regex.compile(r"^\s*\p{L}[\p{L}'’ ]{0,30}?[ \u00a0\u202f]?:\s")
_PRACTICAL_MAX_WORDS = 10
_FACT_ROLES = (Role.WHEN, Role.WHERE, Role.PRICE, Role.HOW, Role.FIGURE)
_QUOTE_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    line: int  # index of its line


class PressQuote(Transform):
    id = "press-quote"
    stage = Stage.BODY
    # After the register, glossary, contractions and address (10-40): the quote speaks the
    # voice's words; before « on » → « nous » (45), the person rules (50-52) and
    # press-readers (77), which leave a quote's first person alone (``quotes``).
    order = 42
    quotes = True
    # It moves whole sentences, the names in them included, and leaves out their emoji (a
    # press note has none): it checks itself that no cut splits a protected span.
    edits_protected = True
    summary = (
        "In a press note, the master's sentences of thanks, pride, excitement, apology or "
        "good wishes become a "
        "quote near the end, attributed ('Thank you to everyone who came!' → '“Thank you "
        "to everyone who came,” says the Acme team.'), in the master's first person; never "
        "a sentence with a fact."
    )
    examples = (
        # Two sentences quoted together keep the stop between them.
        TransformExample(
            "We fixed 4,812 bikes. Thank you all! We are so proud of our volunteers.",
            "We fixed 4,812 bikes.\n\n“Thank you all. We are so proud of our volunteers,” says "
            "the Acme team.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "We fixed 4,812 bikes in 2025. Thank you to everyone who rode with us! Our "
            "workshop nights had 1,100 visits.",
            "We fixed 4,812 bikes in 2025. Our workshop nights had 1,100 visits.\n\n“Thank "
            "you to everyone who rode with us,” says the Acme team.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "In 2025 we fixed 4,812 bikes. Thank you, Sheffield, we could not do it without you.",
            "In 2025 we fixed 4,812 bikes.\n\n“Thank you, Sheffield: we could not do it "
            "without you,” says the team.",
            voice="corporate",
            network="website",
        ),
        # A name that ends on a stop closes the sentence.
        TransformExample(
            "We fixed 4,812 bikes. Thank you to everyone who rode with us!",
            "We fixed 4,812 bikes.\n\n“Thank you to everyone who rode with us,” says the team "
            "at Spokes & Co.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Spokes & Co."},
        ),
        # French: « », no-break spaces, the master's first person; before the address line.
        TransformExample(
            "La boulangerie fête ses 10 ans. Merci à tous pour votre fidélité !\n"
            "Boulangerie Martin, 3 rue Haute, Aix",
            "La boulangerie fête ses 10 ans.\n\n«\u00a0Merci à tous pour votre fidélité\u00a0», "
            "confie l’équipe de La Boulangerie Martin.\nBoulangerie Martin, 3 rue Haute, Aix",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Boulangerie Martin"},
        ),
        # A practical tail on the body's last line follows the quote, a paragraph of its own.
        TransformExample(
            "Les commandes partiront avec 3 jours de retard. Nous sommes vraiment désolés. Un "
            "bon de 10 € sera envoyé avec le numéro de suivi. Une question ? aide@savon.example",
            "Les commandes partiront avec 3 jours de retard. Un bon de 10 € sera envoyé avec le "
            "numéro de suivi.\n\n«\u00a0Nous sommes vraiment désolés\u00a0», confie "
            "l’équipe.\n\nUne question ? aide@savon.example",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A practical line stays last.
        TransformExample(
            "We recall batch 12 of our honey. We are very sorry about this.\n"
            "Questions: call 0161 496 0752.",
            "We recall batch 12 of our honey.\n\n“We are very sorry about this,” says the "
            "team.\nQuestions: call 0161 496 0752.",
            voice="corporate",
            network="website",
        ),
        # The article the master writes before the brand's name.
        TransformExample(
            "Le Comptoir du Mourillon fête ses 10 ans. Merci à tous pour votre fidélité !",
            "Le Comptoir du Mourillon fête ses 10 ans.\n\n«\u00a0Merci à tous pour votre "
            "fidélité\u00a0», confie l’équipe du Comptoir du Mourillon.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Comptoir du Mourillon"},
        ),
        # A signature with a role says it.
        TransformExample(
            "Nous ouvrons le 4 avril.\nNous sommes fiers de ce nouveau lieu.\n"
            "— Claire Dubois, fondatrice",
            "Nous ouvrons le 4 avril.\n\n«\u00a0Nous sommes fiers de ce nouveau lieu\u00a0», "
            "confie "
            "Claire Dubois, fondatrice.\n— Claire Dubois, fondatrice",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Signed by people, by their first names: they say it.
        TransformExample(
            "La librairie ferme le 31 décembre. Merci du fond du cœur !\nJean-Pierre et Hélène",
            "La librairie ferme le 31 décembre.\n\n«\u00a0Merci du fond du cœur\u00a0», "
            "confient Jean-Pierre et Hélène.\nJean-Pierre et Hélène",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Thanks to the team: the business says it.
        TransformExample(
            "Caissio équipe 1 800 commerces. Merci à nos clients et à notre équipe.",
            "Caissio équipe 1 800 commerces.\n\n«\u00a0Merci à nos clients et à notre "
            "équipe\u00a0», "
            "déclare Caissio.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Caissio"},
        ),
        # A wish to the town the business is in: the town is no address a reader needs.
        TransformExample(
            "The studio is closed today, Tuesday December 15. All classes are cancelled. "
            "Stay warm, Ottawa.",
            "The studio is closed today, Tuesday December 15. All classes are cancelled.\n\n"
            "“Stay warm, Ottawa,” says the team.",
            voice="corporate",
            network="website",
        ),
        # Facts stay in the body: a date, a figure.
        TransformExample(
            "We open on Saturday. Thanks to you, we lent out 6,480 tools last year.",
            "We open on Saturday. Thanks to you, we lent out 6,480 tools last year.",
            voice="corporate",
            network="website",
        ),
        # A request dressed as thanks, and a feeling that announces the news, stay.
        TransformExample(
            "Rappel de nos pots de miel. Merci de partager autour de vous.",
            "Rappel de nos pots de miel. Merci de partager autour de vous.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # An apology is the business's feeling: quoted too.
        TransformExample(
            "Les commandes partiront avec 3 jours de retard. Nous sommes vraiment désolés.",
            "Les commandes partiront avec 3 jours de retard.\n\n«\u00a0Nous sommes vraiment "
            "désolés\u00a0», confie l’équipe.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Coupure d'eau au camping ce mardi depuis 14 h, retour prévu vers 20 h. Désolés "
            "pour la gêne !",
            "Coupure d'eau au camping ce mardi depuis 14 h, retour prévu vers 20 h.\n\n"
            "«\u00a0Désolés pour la gêne\u00a0», confie l'équipe.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Wishes that say who sends them: they say it.
        TransformExample(
            "We close on December 24. Happy holidays from Walt, Irene and the crew!",
            "We close on December 24.\n\n“Happy holidays,” say Walt, Irene and the crew.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Retour à l'horaire habituel le 2 janvier. Merci pour cette belle année et joyeuses "
            "Fêtes de toute l'équipe de la Boulangerie du Faubourg !",
            "Retour à l'horaire habituel le 2 janvier.\n\n«\u00a0Merci pour cette belle année "
            "et joyeuses Fêtes\u00a0», confie toute l'équipe de la Boulangerie du Faubourg.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "We're proud to announce that our farm is now certified organic.",
            "We're proud to announce that our farm is now certified organic.",
            voice="corporate",
            network="website",
        ),
        # A post keeps its thanks where they are.
        TransformExample(
            "We fixed 4,812 bikes. Thank you to everyone who rode with us!",
            "We fixed 4,812 bikes. Thank you to everyone who rode with us!",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _table()

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        table = _table()[lang]
        lines = text.split("\n")
        sentences = _sentences(text)
        if len(sentences) < 2:
            return []
        facts = _fact_texts(target)
        # The lead (the first sentence, or the second under a title line) says the news.
        lead = 1 if not _STOP_AT_END.search(text[: sentences[0].end]) else 0
        quoted = [
            s for s in sentences[lead + 1 :] if _quotable(text[s.start : s.end], table, facts)
        ]
        if not quoted:
            return []
        chosen = {(s.start, s.end) for s in quoted}
        # The last line that still says a sentence once the quotes are gone: the quote
        # closes the body there, before an address or a signature line.
        last_line = None
        # Where the paragraph after the quote starts when the body's last line ends on a
        # practical tail ("… suivi. Une question ? service-client@…"): the tail follows
        # the quote, a paragraph of its own.
        tail_at: int | None = None
        # A sign-off ending on a stop ("Knot & Thread Co.") signs the note: no sentence.
        signed = sign_off(text)
        for index in range(len(lines) - 1, -1, -1):
            kept = [s for s in sentences if s.line == index and (s.start, s.end) not in chosen]
            if not kept or _practical_line(lines[index]) or lines[index].strip() == signed:
                continue
            if _STOP_AT_END.search(text[kept[-1].start : kept[-1].end]):
                last_line = index
                insert_at = kept[-1].end
                break
            tail = _practical_tail(text, kept, chosen)
            if tail is not None:
                last_line = index
                insert_at, tail_at = tail
                break
        if last_line is None:
            return []
        # Each sentence as the quote says it, without the sender it names, if any.
        pieces = [_quote_words(text[q.start : q.end]) for q in quoted]
        senders = [_sent(piece, table) for piece in pieces]
        pieces = [sent[0] if sent else piece for piece, sent in zip(pieces, senders, strict=True)]
        named = [sent[1] for sent in senders if sent]
        who = (
            _Speaker(named[0], plural=bool(_PLURAL.search(named[0])))
            if named
            else _speaker(text, target, table, [text[q.start : q.end] for q in quoted], lang)
        )
        if who is None:
            return []
        # Sentences quoted together keep their stops between them (a press note has no
        # "!": a full stop); the quote's last one gives way to its closing mark.
        words = " ".join([*(f"{piece}." for piece in pieces[:-1]), pieces[-1]])
        verb = table["says_business" if who.business else "says_plural" if who.plural else "says"]
        stop = "" if who.name.endswith(".") else "."
        # The attribution's « l'équipe » and "the team's" take the text's apostrophe, as
        # every replacement does (a curly master keeps curly apostrophes throughout).
        mark = text_apostrophe(text, target.voice, lang)
        name = with_apostrophe(who.name, mark)
        if lang == "fr":
            said = f"«{_NBSP}{words}{_NBSP}», {with_apostrophe(verb, mark)} {name}{stop}"
        else:
            said = f"“{words},” {with_apostrophe(verb, mark)} {name}{stop}"
        reason = (
            "a press note quotes the business's feelings, attributed, and keeps its facts in "
            "the body"
        )
        edits = [
            Edit(start, end, "", reason=reason)
            for start, end in _merged(text, [_removal(text, s, lines) for s in quoted])
        ]
        if tail_at is None:
            edits.append(Edit(insert_at, insert_at, f"\n\n{said}", reason=reason))
        else:
            edits.append(Edit(insert_at, tail_at, f"\n\n{said}\n\n", reason=reason))
        spans = protected_spans(text, target.protected_names)
        if any(spans.splits(e.start) or spans.splits(e.end) for e in edits):
            return []
        return _without_overlaps(edits)


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str
    business: bool = False  # the business itself, not a person or its team
    plural: bool = False  # people, by their first names


@cache
def _table() -> Mapping[str, Mapping[str, Any]]:
    data = load_table("press-quotes.yaml")
    return {
        lang: {
            **entry,
            "opens_re": regex.compile(
                rf"^(?:{phrase_alternation(entry['opens'])})", regex.IGNORECASE
            ),
            "within_re": regex.compile(phrase_alternation(entry["within"]), regex.IGNORECASE),
            "refused_re": regex.compile(phrase_alternation(entry["refused"]), regex.IGNORECASE),
            "sender_re": regex.compile(
                rf"^(?P<words>.+?)\s+(?:{phrase_alternation(entry['sender'])})\s+"
                rf"(?P<who>(?:{phrase_alternation(entry['senders'])}).*)$",
                regex.IGNORECASE,
            ),
        }
        for lang, entry in data.items()
    }


def _sentences(text: str) -> list[_Sentence]:
    found: list[_Sentence] = []
    line_starts = [0] + [m.end() for m in regex.finditer(r"\n", text)]
    for match in _SENTENCE.finditer(text):
        line = max(i for i, start in enumerate(line_starts) if start <= match.start())
        found.append(_Sentence(match.start(), match.end(), line))
    return found


def _fact_texts(target: Target) -> list[str]:
    message = target.understood()
    # A town the quote thanks ("Thank you, Sheffield") is no address a reader needs.
    return [
        f.text
        for f in message.facts
        if f.role in _FACT_ROLES
        and not (f.role is Role.WHERE and f.kind == "entity")
        and len(f.text) > 1
    ]


def _quotable(sentence: str, table: Mapping[str, Any], facts: list[str]) -> bool:
    """Whether ``sentence`` says a feeling a press note quotes, and no fact."""
    words = _quote_words(sentence)
    sent = _sent(words, table)
    if sent is not None:
        words = sent[0]
    # "Happy holidays" is enough when someone sends it; "Thank you." alone is no quote.
    fewest = _QUOTE_MIN_WORDS - 1 if sent is not None else _QUOTE_MIN_WORDS
    if len(_WORD.findall(words)) < fewest or _NOT_QUOTED.search(words):
        return False
    normalised = words.replace("’", "'")
    if not (table["opens_re"].match(normalised) or table["within_re"].search(normalised)):
        return False
    if table["refused_re"].search(normalised):
        return False
    return not any(fact in sentence for fact in facts)


def _sent(words: str, table: Mapping[str, Any]) -> tuple[str, str] | None:
    """``words`` that end on who sends them ("Happy holidays from Walt, Irene and the
    crew", « … de toute l'équipe de la Boulangerie du Faubourg »): the words, and who."""
    found = table["sender_re"].match(words)
    if found is None:
        return None
    who = str(found["who"]).strip()
    for pattern, replacement in table.get("sender_names", {}).items():
        who = regex.sub(pattern, replacement, who, flags=regex.IGNORECASE)
    return str(found["words"]).rstrip(" ,"), who


def _quote_words(sentence: str) -> str:
    """The sentence as a quote says it: without its emoji, its final stop or "!", the
    vocative's comma splice made a colon."""
    words = _TRAILING.sub("", _TRAILING_EMOJI.sub("", sentence.strip()))
    colon = f"{_NBSP}:" if _SPACE_BEFORE_COLON.search(words) else ":"
    return str(_VOCATIVE_SPLICE.sub(rf"\1{colon}\2", words))


# French puts a space before the colon: a French vocative says « Merci, X : nous… ».
_SPACE_BEFORE_COLON = regex.compile(r"^(?:merci|bravo)\b", regex.IGNORECASE)


def _speaker(
    text: str, target: Target, table: Mapping[str, Any], quotes: list[str], lang: str
) -> _Speaker | None:
    """Who says the quote: the person signing with a role, else the business's team,
    else the team; None when the quote thanks a team and no business is named."""
    signed = sign_off(text)
    person = _SIGNED_ROLE.match(signed) if signed else None
    if person is not None:
        return _Speaker(f"{person['name']}, {person['role'].strip()}")
    # A sign-off says who signs before its comma ("Brightwater Plumbing, Newcastle NSW").
    signing = signer(signed).split(",")[0].strip() if signed else ""
    people = _PEOPLE.split(signing) if signing else []
    if people and all(is_first_name(p, 0, len(p), lang) for p in people):
        # Signed by people, by their first names (« Jean-Pierre et Hélène »): they say it.
        return _Speaker(signing, plural=len(people) > 1)
    brand = target.voice.brand_name or signing
    if any(_TEAM.search(q) for q in quotes):
        return _Speaker(brand, business=True) if brand else None
    if not brand:
        return _Speaker(str(table["nameless"]))
    # "the team at The Fox & Lantern", "the team at Roast & Co.": neither "the The…"
    # nor a stop inside the sentence ("the Roast & Co. team").
    pattern = (
        table["team_the"] if regex.match(r"The\s", brand) or brand.endswith(".") else table["team"]
    )
    # « l'équipe de la Ferme du Vallon », « du Comptoir du Mourillon »: the article the
    # master writes, or that of a business named after what it is.
    named = named_as_written(brand, "fr", target.master)
    de_brand = with_preposition("de", named, "fr", apostrophe="'")
    return _Speaker(str(pattern).format(brand=brand, de_brand=de_brand))


def _practical_line(line: str) -> bool:
    """Whether ``line`` is a label and where to turn ("Contact : 04 90 63 18 22.",
    "Questions: 0161 496 0752 or recall@…"): the quote comes before it."""
    return bool(_LABEL.match(line)) and len(_WORD.findall(line)) <= _PRACTICAL_MAX_WORDS


def _practical_tail(
    text: str, kept: list[_Sentence], chosen: set[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where a line's last full sentence ends and the practical tail after it starts,
    when the line ends on one: a few words without a stop, asking or labelling where to
    turn ("Une question ? service-client@…", "Questions: 0161 496 0752"), and no quoted
    sentence between them. None otherwise."""
    # A question ("Une question ?") is part of the tail, not the body's last sentence.
    stopped = [
        s
        for s in kept
        if _STOP_AT_END.search(text[s.start : s.end]) and not text[s.start : s.end].endswith("?")
    ]
    if not stopped:
        return None
    last = stopped[-1]
    after = [s for s in kept if s.start >= last.end]
    tail = text[after[0].start : after[-1].end] if after else ""
    if (
        not tail
        or len(_WORD.findall(tail)) > _PRACTICAL_MAX_WORDS
        or not regex.search(r"[?:]", tail)
    ):
        return None
    if any(last.end <= start < after[0].start for start, _ in chosen):
        return None
    return last.end, after[0].start


def _removal(text: str, sentence: _Sentence, lines: list[str]) -> tuple[int, int]:
    """Where to cut ``sentence`` out: with the space after it (before it, at a line's
    end), or its whole line when nothing else is on it."""
    line_start = sum(len(line) + 1 for line in lines[: sentence.line])
    line_end = line_start + len(lines[sentence.line])
    if not text[line_start : sentence.start].strip() and not text[sentence.end : line_end].strip():
        if line_end >= len(text) and line_start > 0:
            return line_start - 1, line_end  # the last line: the break before it goes
        return line_start, min(line_end + 1, len(text))
    end = sentence.end
    while end < line_end and text[end] in " \u00a0\u202f":
        end += 1
    if end < line_end:
        return sentence.start, end
    start = sentence.start
    while start > line_start and text[start - 1] in " \u00a0\u202f":
        start -= 1
    return start, sentence.end


def _merged(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` with those that touch or overlap made one (two quoted sentences in a
    row); a cut that ends its line takes the spaces before it."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(cuts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spaced = []
    for start, end in merged:
        if end >= len(text) or text[end] == "\n":
            while start > 0 and text[start - 1] in " \u00a0\u202f":
                start -= 1
        spaced.append((start, end))
    return spaced


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in ordered:
        if kept and edit.start < kept[-1].end:
            return []
        kept.append(edit)
    return kept


TRANSFORMS = (PressQuote(),)
