"""Short sentences joined for formal voices: a press note does not read in bursts.

Two sentences that follow each other on one line are joined with a semicolon when each is
a full clause (a finite verb with its own subject, not a fragment whose "subject" a comma
cuts from its verb: "Nights and weekends, must be comfortable…"), both together stay within
the voice's ``sentences.target_words``, and neither is a question or an exclamation.
Refused too, as joins an editor would not write:

- a first sentence that already runs two clauses together with a comma ("We bring gloves,
  visitors bring themselves"): "…visitors bring themselves; done by 12, then…" chains
  three. The other way round, the semicolon first ("…apples at $1.99; that is our mistake,
  the right price is $2.99"), the second sentence reads as one comment on the first;
- a fragment press-fragments writes as a full sentence after ("All ages welcome."), which
  it reads whole only while it stands alone;
- a first sentence that ends on a link or an address ("…: shop.example/webinar;
  questions…"), whose end the semicolon would blur.

The second loses its capital unless it starts with a name ("I", a proper noun, a word the
dictionary does not know in lower case).
French puts a no-break space before « ; » (the typography transform writes the voice's).
Casual and neutral voices keep their short sentences.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, ClassVar

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_fragments import written_anew
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.data import load_table
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.checks.typography import NARROW_NBSP
from brandvoice.lang import base_language
from brandvoice.text.entities import find_emails, find_urls
from brandvoice.text.protect import protected_spans
from brandvoice.understand.dates import DAYS_AND_MONTHS_FR

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
# A statement: from a capital to a full stop followed by a space or the end, with no other
# stop, "!" or "?" inside ("10 h." ends one, "sam. 7" does not start one).
_STATEMENT = regex.compile(r"(?<![^\s])\p{Lu}[^.!?\n]*(?:\.(?=\S)[^.!?\n]*)*\.(?=\s|$)")
_FINITE = frozenset({"VERB", "AUX"})
# Thanks, said to the reader: a sentence of its own, like an apology.
_THANKS = regex.compile(r"(?<!\p{L})(?:merci|remerci\p{L}*|thank\p{L}*)(?!\p{L})", regex.I)


class MergeSentences(Transform):
    id: ClassVar[str] = "merge-sentences"
    stage: ClassVar[Stage] = Stage.BODY
    order: ClassVar[int] = 65
    summary: ClassVar[str] = (
        "For formal voices, joins two short full sentences on one line with a semicolon "
        "while both together stay within the voice's target_words."
    )
    examples = (
        TransformExample(
            "The shop opens on Saturday. The whole team will welcome you at 10 am.",
            "The shop opens on Saturday; the whole team will welcome you at 10 am.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "La boutique ouvre samedi. Toute l'équipe vous accueille dès 10 h.",
            "La boutique ouvre samedi\u202f; toute l'équipe vous accueille dès 10 h.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A French day or month is no name: it loses the capital of its sentence.
        TransformExample(
            "La boutique ouvre ce mois-ci. Samedi, toute l'équipe vous accueille dès 10 h.",
            "La boutique ouvre ce mois-ci\u202f; samedi, toute l'équipe vous accueille dès 10 h.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A sentence without a verb of its own stays apart; so does a question.
        TransformExample(
            "The shop opens on Saturday. Free coffee all day. Will you come?",
            "The shop opens on Saturday. Free coffee all day. Will you come?",
            voice="corporate",
            network="website",
        ),
        # What stands between two short statements stays between them: they are not joined.
        TransformExample(
            "The shop opens on Saturday. Free coffee all day! The team will welcome you at 10 am.",
            "The shop opens on Saturday. Free coffee all day! The team will welcome you at 10 am.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "La boutique ouvre samedi. Vous venez ? Toute l'équipe vous accueille dès 10 h.",
            "La boutique ouvre samedi. Vous venez ? Toute l'équipe vous accueille dès 10 h.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A name keeps its capital.
        TransformExample(
            "The shop opens on Saturday. Anna will welcome you at 10 am.",
            "The shop opens on Saturday; Anna will welcome you at 10 am.",
            voice="corporate",
            network="website",
        ),
        # A thanks or an apology is said to the reader, not a fact the sentence before
        # goes on with: it stays a sentence of its own.
        TransformExample(
            "All other sizes and batches are fine. We are very sorry about this.",
            "All other sizes and batches are fine. We are very sorry about this.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "L'équipe compte 1 150 familles abonnées. Merci à vous, rien n'aurait été possible.",
            "L'équipe compte 1 150 familles abonnées. Merci à vous, rien n'aurait été possible.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A common noun the tagger takes for a name at the start of a sentence loses it.
        TransformExample(
            "Weekend work is a must. Espresso experience helps, but we will train you.",
            "Weekend work is a must; espresso experience helps, but we will train you.",
            voice="corporate",
            network="website",
        ),
        # A sentence that already runs two clauses together with a comma takes no third
        # after it; a fragment whose noun phrase a comma cuts from its verb is joined to none.
        TransformExample(
            "We will bring gloves and bags, visitors bring themselves. Hot chocolate is free "
            "at the shop.",
            "We will bring gloves and bags, visitors bring themselves. Hot chocolate is free "
            "at the shop.",
            voice="corporate",
            network="website",
        ),
        # The semicolon first, the two clauses after it read as one comment: joined.
        TransformExample(
            "The flyer shows apples at $1.99. That is our mistake, the right price is $2.99.",
            "The flyer shows apples at $1.99; that is our mistake, the right price is $2.99.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Nights and weekends, must be comfortable on a busy grill. Applications can be "
            "sent by email.",
            "Nights and weekends, must be comfortable on a busy grill. Applications can be "
            "sent by email.",
            voice="corporate",
            network="website",
        ),
        # A relative clause between commas is no second clause, nor one a conjunction
        # joins: the two are joined.
        TransformExample(
            "Les commandes restent possibles, mais elles seront expédiées à notre retour. La "
            "réouverture est prévue en septembre.",
            "Les commandes restent possibles, mais elles seront expédiées à notre retour\u202f; "
            "la réouverture est prévue en septembre.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "The shop, which opened in 2010, closes on Friday. The team will move to Leeds.",
            "The shop, which opened in 2010, closes on Friday; the team will move to Leeds.",
            voice="corporate",
            network="website",
        ),
        # A press note's fragment is press-fragments' to write whole ("All ages are
        # welcome."), not this transform's to join as it stands.
        TransformExample(
            "Hot chocolate is free at the shop. All ages welcome.",
            "Hot chocolate is free at the shop. All ages welcome.",
            voice="corporate",
            network="website",
        ),
        # A sentence that ends on a link keeps its full stop.
        TransformExample(
            "Registration is required at shop.example/webinar. Questions can be sent in "
            "advance.",
            "Registration is required at shop.example/webinar. Questions can be sent in "
            "advance.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Les candidatures se font par e-mail à jobs@plage.fr. Les candidats peuvent aussi "
            "se présenter sur la plage le matin.",
            "Les candidatures se font par e-mail à jobs@plage.fr. Les candidats peuvent aussi "
            "se présenter sur la plage le matin.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A casual voice keeps its short sentences.
        TransformExample(
            "The shop opens on Saturday. The whole team will welcome you at 10 am.",
            "The shop opens on Saturday. The whole team will welcome you at 10 am.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return direction(target.voice) is Direction.FORMAL

    def edits(self, text: str, target: Target) -> list[Edit]:
        if text.count(".") < 2:
            return []
        limit = target.voice.sentences.target_words
        spans = protected_spans(text, target.protected_names)
        doc = parse(target.lang, text)
        sentences = _sentences(text)
        edits: list[Edit] = []
        joined_last = False
        for (start, end), (next_start, next_end) in itertools.pairwise(sentences):
            if joined_last:
                joined_last = False
                continue  # one join per pair: three short sentences make two, not one
            first, second = text[start:end], text[next_start:next_end]
            # Only neighbours: a question or an exclamation between two statements is no
            # statement of its own (see _sentences), and joining across it would delete it.
            between = text[end:next_start]
            if between.strip() or "\n" in between or _words(first) + _words(second) > limit:
                continue
            if spans.overlaps(end - 1, next_start + 1) or _ends_on_address(text, start, end):
                continue
            if _to_the_reader(first, target.lang) or _to_the_reader(second, target.lang):
                continue
            if written_anew(first, target) or written_anew(second, target):
                continue  # press-fragments writes it whole first ("All ages are welcome.")
            first_tokens = doc.char_span(start, end, alignment_mode="expand")
            second_tokens = doc.char_span(next_start, next_end, alignment_mode="expand")
            if first_tokens is None or second_tokens is None:
                continue
            if not (_full_clause(first_tokens) and _full_clause(second_tokens)):
                continue
            if _comma_splice(first_tokens):
                continue  # "A, B; C": see the module's docstring
            opening = second_tokens[0]
            word = opening.text
            lowered = word if _keeps_capital(opening, target) else word[:1].lower() + word[1:]
            space = NARROW_NBSP if target.lang.startswith("fr") else ""
            edits.append(
                Edit(
                    end - 1,
                    opening.idx + len(word),
                    f"{space}; {lowered}",
                    f"merge: two short sentences ({_words(first)} and {_words(second)} "
                    f"words); the {target.voice.name} voice aims at {limit} words a sentence",
                )
            )
            joined_last = True
        return edits


def _sentences(text: str) -> list[tuple[int, int]]:
    """Statements ended by a full stop, as ``(start, end)`` with the stop; a question, an
    exclamation or a line without a stop ends the run (it is never joined)."""
    found = []
    for match in _STATEMENT.finditer(text):
        found.append((match.start(), match.end()))
    return found


def _to_the_reader(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` thanks or apologises (the apology cues of news-headlines.yaml,
    which titles an apology)."""
    if _THANKS.search(sentence):
        return True
    table = load_table("news-headlines.yaml")["apology"].get(base_language(lang)) or {}
    said = sentence.casefold()
    return any(cue in said for cue in table.get("cues", ()))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _full_clause(sentence: Span) -> bool:
    """A finite verb with a subject of its own: not a heading, a list or an order, nor a
    fragment the parser gave a subject cut off by a comma ("Nights and weekends, must be
    comfortable": the noun phrase is a heading of the line, the verb has none)."""
    for token in sentence:
        if token.pos_ not in _FINITE or "Fin" not in token.morph.get("VerbForm", []):
            continue
        owner = token.head if token.dep_.startswith(("aux", "cop")) else token
        if any(
            child.dep_.startswith("nsubj") and not _comma_after(child)
            for child in owner.children
        ):
            return True
    return False


def _comma_after(subject: Token) -> bool:
    """Whether a comma parts ``subject`` from its verb, with none inside the subject (an
    apposition or a relative clause between commas, "The shop, which opened in 2010,
    closes", is a subject still)."""
    words = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    following = subject.right_edge.i + 1
    return (
        following < len(subject.doc)
        and subject.doc[following].text == ","
        and subject.head.i > following
        and not any(t.text == "," for t in words)
    )


def _clause_heads(sentence: Span) -> list[Token]:
    """The sentence's clauses that stand as main ones: a verb (or a copula's head) with a
    subject of its own, no subordinating word ("that", "if", « que ») and no relative
    pronoun for subject."""
    heads = []
    for token in sentence:
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        if not subjects or token.dep_.startswith(("relcl", "acl", "advcl", "csubj")):
            continue
        if any(c.dep_ == "mark" for c in token.children):
            continue
        if any(
            s.tag_ in ("WDT", "WP") or "Rel" in s.morph.get("PronType", []) for s in subjects
        ):
            continue
        heads.append(token)
    return heads


def _comma_splice(sentence: Span) -> bool:
    """Whether ``sentence`` already runs two main clauses together with a bare comma ("We
    bring gloves, visitors bring themselves"): a semicolon after it makes a chain of
    three."""
    doc = sentence.doc
    heads = _clause_heads(sentence)
    for head in heads:
        if head.dep_ in ("ROOT", "root"):
            continue
        start, end = head.left_edge.i, head.right_edge.i
        before = doc[start - 1] if start > sentence.start else None
        after = doc[end + 1] if end + 1 < sentence.end else None
        if any(child.dep_ == "cc" for child in head.children):
            continue  # "…, mais elles seront expédiées": a conjunction joins them
        if head.i < head.head.i and after is not None and after.text == ",":
            following = doc[end + 2] if end + 2 < sentence.end else None
            if following is None or following.pos_ != "CCONJ":
                return True  # the clause, a comma, then the main one
        if head.i > head.head.i and before is not None and before.text == ",":
            return True  # the main clause, a comma, then this one (no "and" between)
    return False


def _ends_on_address(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` ends on a link or an e-mail address."""
    return any(
        entity.end == end - 1 and entity.start >= start
        for entity in (*find_urls(text), *find_emails(text))
    )


def _keeps_capital(token: Token, target: Target) -> bool:
    """A name keeps its capital: "I", a named entity, an acronym, one of the brand's names,
    and a word the dictionary knows only with its capital ("Northwind", whom the tagger
    takes for a common noun at the start of a sentence). The tagger's proper noun alone is
    not enough: it reads any capitalised first word so ("Espresso experience preferred")."""
    from brandvoice.spelling import get_speller

    word = token.text
    if target.lang == "fr" and word.lower() in DAYS_AND_MONTHS_FR:
        return False  # « Samedi dernier » read as a person's name by the tagger
    if word == "I" or token.ent_type_ or word.isupper() or word in target.protected_names:
        return True
    lowered = word[:1].lower() + word[1:]
    return not get_speller(target.lang).is_correct(lowered)


TRANSFORMS = (MergeSentences(),)
