"""An incident's press note opens on what happened and who it affects, then says what is
done, and the apology comes after: the inverted pyramid. A post opens on the apology to
its readers ("Some of you are still waiting for Tuesday's boxes, and we're really
sorry."); a press officer opens on the event ("A refrigerated van broke down on the M6…,
so around 300 deliveries in the North West are running a day late.").

Only the master's own sentences, reordered, never new facts: when the first sentence of an
incident's note closes on an apology (``apology_after`` in
``adaptation/data/press-incident-leads.yaml``), the next sentence that states the event
(a finite verb, no second person, no apology: spaCy's parse) leads, the first sentence's
facts follow it, and the apology follows them as a sentence of its own, which press-quote
(42) then quotes near the end. When the first sentence opens on an apology that announces
its facts after a colon (``apology_label``: "Apologies to anyone who tried to book: our
booking system was down…"), the facts lead and the apology follows. Its verbless
fragments to the reader ("…, no need to get in touch") are stated of the readers
("Customers do not need to get in touch."), the readers press-readers names for an
incident.

It runs after the register and contractions (10-40), so the apology is in the voice's
words, and before press-quote (42), which never quotes the lead.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    apply_edits,
    parse,
)
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language
from brandvoice.text.protect import protected_spans
from brandvoice.understand.model import Intent

# A sentence within the first line: up to its stop and the emoji after it, or up to an
# emoji that stands for its stop ("…slots that don't exist 🙈 If you had one…").
_SENTENCE = regex.compile(
    r"[^\s][^\n]*?(?:[.!?…]+(?:[ \u00a0\u202f]*\p{Extended_Pictographic}\ufe0f?)*(?=\s|$)"
    r"|\p{Extended_Pictographic}\ufe0f?(?=[ \u00a0]+\p{Lu})|(?=\n|$))"
)
_SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)|\n")
_ARTICLE = regex.compile(r"^(?:les|the)\s+", regex.IGNORECASE)
_STOP = regex.compile(r"[.!…]+$")
_SECOND_PERSON = regex.compile(
    r"\b(?:you|your|yours|yourself|vous|votre|vos|tu|ton|ta|tes|toi)\b", regex.IGNORECASE
)
_APOLOGY = regex.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|désolée?s?|excuses?|excusons|pardon)\b", regex.IGNORECASE
)
# What the event's sentence needs: enough words to say what happened.
_EVENT_MIN_WORDS = 6
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_REASON = (
    "an incident's press note leads with what happened and who it affects; the apology "
    "follows the facts"
)


class PressIncidentLead(Transform):
    id = "press-incident-lead"
    stage = Stage.BODY
    # After the register and contractions (10-40): the apology speaks the voice's words;
    # before press-quote (42), which quotes the apology once it no longer leads.
    order = 41
    # It moves whole sentences and the names in them: it checks itself that no protected
    # span is cut.
    edits_protected = True
    summary = (
        "In an incident's press note, the sentence that states what happened leads and the "
        "apology of the master's first sentence follows the facts ('Some of you are still "
        "waiting, and we are sorry. A van broke down, so 300 deliveries are late.' → 'A van "
        "broke down, so 300 deliveries are late. Some of you are still waiting. We are "
        "sorry.'); a fragment to the reader ('…, no need to get in touch') is stated of "
        "the readers."
    )
    examples = (
        TransformExample(
            "Some of you are still waiting for Tuesday's boxes, and we are sincerely sorry. "
            "A refrigerated van broke down on the M6, so around 300 deliveries in the North "
            "West are running a day late. Everything will arrive by Thursday.",
            "Around 300 deliveries in the North West are running a day late: a refrigerated "
            "van broke down on the M6. Some customers are still waiting for Tuesday's boxes. "
            "We are sincerely sorry. Everything will arrive by Thursday.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Apologies to anyone who tried to book with us over the weekend: our booking "
            "system was down from Saturday evening until this morning. Everything works again.",
            "Our booking system was down from Saturday evening until this morning. Apologies "
            "to anyone who tried to book with us over the weekend. Everything works again.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Certains d'entre vous attendent encore leur colis, et nous en sommes vraiment "
            "désolés. Une panne chez notre transporteur a retardé les envois de la semaine "
            "dernière de deux jours. Tout arrivera avant vendredi.",
            "Une panne chez notre transporteur a retardé les envois de la semaine dernière de "
            "deux jours. Certains clients attendent encore leur colis. Nous sommes vraiment "
            "désolés. Tout arrivera avant vendredi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "A van broke down on the M6, so 300 deliveries are running a day late. Every "
            "affected customer will get a £10 credit automatically, no need to get in touch.",
            "A van broke down on the M6, so 300 deliveries are running a day late. Every "
            "affected customer will get a £10 credit automatically. Customers do not need to "
            "get in touch.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Certains d'entre vous attendent encore leur commande, et nous en sommes désolés. "
            "Un camion est tombé en panne sur l'A7, si bien qu'environ 300 livraisons ont un "
            "jour de retard.",
            "Environ 300 livraisons ont un jour de retard\u00a0: un camion est tombé en panne "
            "sur l'A7. Certains clients attendent encore leur commande. Nous sommes désolés.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A cause whose consequence is said of "we" keeps its order.
        TransformExample(
            "Some of you are still waiting for your boxes, and we are really sorry. A van "
            "broke down on the M6, so we are running a day late with 300 deliveries.",
            "A van broke down on the M6, so we are running a day late with 300 deliveries. "
            "Some of you are still waiting for your boxes. We are really sorry.",
            voice="corporate",
            network="website",
        ),
        # The apology alone on its line: the event of the next paragraph takes its place.
        TransformExample(
            "Some of you are still waiting for Tuesday's boxes, and we're really sorry.\n"
            "A van broke down on the M6, so 300 deliveries are running a day late. Everything "
            "will arrive by Thursday.",
            "300 deliveries are running a day late: a van broke down on the M6.\n"
            "Some customers are still waiting for Tuesday's boxes. We're really sorry. "
            "Everything will arrive by Thursday.",
            voice="corporate",
            network="website",
        ),
        # A lead that already says what happened stays.
        TransformExample(
            "Our online refill system is down today because of an issue with our provider. "
            "We apologize for the inconvenience.",
            "Our online refill system is down today because of an issue with our provider. "
            "We apologize for the inconvenience.",
            voice="corporate",
            network="website",
        ),
        # No sentence after the apology says what happened: nothing to lead with.
        TransformExample(
            "Some of you are still waiting for your boxes, and we are sorry. Thank you for "
            "your patience!",
            "Some of you are still waiting for your boxes, and we are sorry. Thank you for "
            "your patience!",
            voice="corporate",
            network="website",
        ),
        # Not an incident: an opening's post leaves its readers to the other transforms.
        TransformExample(
            "Some of you asked about our new shop. Our second shop opens on Saturday 4 April "
            "at 12 Market Street in Leeds.",
            "Some of you asked about our new shop. Our second shop opens on Saturday 4 April "
            "at 12 Market Street in Leeds.",
            voice="corporate",
            network="website",
        ),
        # A post keeps its apology first.
        TransformExample(
            "Some of you are still waiting for Tuesday's boxes, and we are really sorry. "
            "A refrigerated van broke down on the M6, so around 300 deliveries in the North "
            "West are running a day late.",
            "Some of you are still waiting for Tuesday's boxes, and we are really sorry. "
            "A refrigerated van broke down on the M6, so around 300 deliveries in the North "
            "West are running a day late.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _table()

    def edits(self, text: str, target: Target) -> list[Edit]:
        if target.understood().intent is not Intent.INCIDENT:
            return []
        lang = base_language(target.lang)
        table = _table()[lang]
        edits = _lead_edits(text, table, lang)
        taken = [(e.start, e.end) for e in edits]
        edits += [
            e
            for e in _reader_edits(text, table, lang)
            if not any(e.start < end and start < e.end for start, end in taken)
        ]
        spans = protected_spans(text, target.protected_names)
        return [e for e in edits if not (spans.splits(e.start) or spans.splits(e.end))]


def _lead_edits(text: str, table: Mapping[str, Any], lang: str) -> list[Edit]:
    """The first line's sentences reordered: the event first, the apology after the facts."""
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(line)]
    if not sentences:
        return []
    first_start, first_end = sentences[0]
    first = line[first_start:first_end]
    label = table["label_re"].match(first)
    if label is not None:
        facts = first[label.end() :].strip()
        apology = first[: label.end()].rstrip(" :\u00a0")
        if len(_WORD.findall(facts)) < _EVENT_MIN_WORDS:
            return []
        stop = _STOP.search(facts)
        facts_said = _capitalised(facts if stop else f"{facts}.")
        said = _readers_said(f"{facts_said} {apology}.", table, lang)
        return [Edit(first_start, first_end, said, _REASON)]
    bare = _STOP.sub("", first)
    after = table["after_re"].search(bare)
    if after is None:
        return []
    # The event is one of the next two sentences: on the first line, or on the next
    # paragraph when the apology's sentence stands alone on its line.
    candidates = sentences[1:3]
    if len(sentences) == 1 and line_end >= 0:
        next_line = regex.compile(r"\n+").match(text, line_end)
        offset = next_line.end() if next_line else line_end + 1
        rest_end = text.find("\n", offset)
        rest = text[offset : rest_end if rest_end >= 0 else len(text)]
        candidates = [(offset + m.start(), offset + m.end()) for m in _SENTENCE.finditer(rest)][:2]
    event = next(
        ((start, end) for start, end in candidates if _states_event(text[start:end], lang)),
        None,
    )
    if event is None:
        return []
    before = bare[: after.start()].rstrip(" ,")
    apology = str(after["apology"])
    for pattern, replacement in table["apology_words"]:
        apology = pattern.sub(replacement, apology)
    apology = _capitalised(apology)
    if event[0] > len(line):
        # Another paragraph: the event takes the apology's place, the facts and the apology
        # its own, so each paragraph stays where it was.
        lead = _readers_said(
            _consequence_first(text[event[0] : event[1]], table, lang), table, lang
        )
        follow = _readers_said(f"{before}. {apology}.", table, lang)
        return [
            Edit(first_start, first_end, lead, _REASON),
            Edit(event[0], event[1], follow, _REASON),
        ]
    between = line[first_end : event[0]].strip()
    pieces = [
        _consequence_first(line[event[0] : event[1]], table, lang),
        f"{before}.",
        f"{apology}.",
    ]
    if between:
        pieces.append(between)
    said = " ".join(_readers_said(piece, table, lang) for piece in pieces)
    return [Edit(first_start, event[1], said, _REASON)]


def _consequence_first(sentence: str, table: Mapping[str, Any], lang: str) -> str:
    """The event's sentence with what it means for the readers first: "A van broke down
    on the M6, so around 300 deliveries are running a day late." → "Around 300 deliveries
    are running a day late: a van broke down on the M6." The consequence must be a clause
    of its own whose subject is no pronoun ("so we…" keeps the sentence as written)."""
    found = table["consequence_re"].search(sentence)
    if found is None:
        return sentence
    cause = sentence[: found.start()].strip()
    result = _STOP.sub("", sentence[found.end() :]).strip()
    doc = parse(lang, result)
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subjects or subjects[0].pos_ == "PRON" or not _states_event(result, lang):
        return sentence
    first = parse(lang, cause)
    if len(first) and first[0].pos_ != "PROPN":
        cause = cause[:1].lower() + cause[1:]
    colon = "\u00a0:" if lang == "fr" else ":"
    return f"{_capitalised(result)}{colon} {cause}."


def _states_event(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` states what happened: a finite verb, enough words, and neither
    the reader nor an apology (a question is no event either)."""
    if sentence.rstrip().endswith("?") or _SECOND_PERSON.search(sentence):
        return False
    if _APOLOGY.search(sentence) or len(_WORD.findall(sentence)) < _EVENT_MIN_WORDS:
        return False
    doc = parse(lang, sentence)
    return any(
        token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", []) for token in doc
    )


def _reader_edits(text: str, table: Mapping[str, Any], lang: str) -> list[Edit]:
    """A verbless fragment to the reader ("…, no need to get in touch") stated of the
    readers ("… . Customers do not need to get in touch"), and the readers addressed as
    a group ("some of you") named ("some customers")."""
    readers = str(load_table("press-readers.yaml")[lang]["readers"]["incident"])
    edits: list[Edit] = []
    for pattern, stated in table["fragments_re"]:
        for found in pattern.finditer(text):
            said = stated.format(readers=_capitalised(readers), rest=found["rest"].strip())
            edits.append(
                Edit(
                    found.start(),
                    found.end(),
                    said,
                    "a press note states of its readers what the post says to them",
                )
            )
    for pattern, stated in table["addressed_re"]:
        for found in pattern.finditer(text):
            end = _SENTENCE_END.search(text, found.end())
            rest = text[found.end() : end.start() if end else len(text)]
            if _SECOND_PERSON.search(rest):
                continue  # "some of you … your boxes": the sentence stays as written
            said = stated.format(readers=readers, noun=_ARTICLE.sub("", readers))
            if found.group()[:1].isupper():
                said = _capitalised(said)
            edits.append(
                Edit(
                    found.start(),
                    found.end(),
                    said,
                    "a press note speaks of the readers it concerns, not to them",
                )
            )
    return edits


def _readers_said(sentence: str, table: Mapping[str, Any], lang: str) -> str:
    """``sentence`` as the press note says it of its readers (:func:`_reader_edits`)."""
    return apply_edits(sentence, _reader_edits(sentence, table, lang))


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


@cache
def _table() -> Mapping[str, Mapping[str, Any]]:
    data = load_table("press-incident-leads.yaml")
    return {
        lang: {
            "after_re": regex.compile(
                rf"(?:{phrase_alternation(entry['apology_after'])})$", regex.IGNORECASE
            ),
            "apology_words": tuple(
                (regex.compile(pattern, regex.IGNORECASE), str(replacement))
                for pattern, replacement in (entry.get("apology_words") or {}).items()
            ),
            "label_re": regex.compile(
                rf"^(?:{phrase_alternation(entry['apology_label'])})", regex.IGNORECASE
            ),
            "consequence_re": regex.compile(
                phrase_alternation(entry["consequence"]), regex.IGNORECASE
            ),
            "addressed_re": tuple(
                (regex.compile(rf"\b(?:{a['said']})\b", regex.IGNORECASE), str(a["stated"]))
                for a in entry.get("addressed") or ()
            ),
            "fragments_re": tuple(
                (
                    regex.compile(rf"{f['said']}(?=[.!…]|$)", regex.IGNORECASE | regex.MULTILINE),
                    str(f["stated"]),
                )
                for f in entry["fragments"]
            ),
        }
        for lang, entry in data.items()
    }


TRANSFORMS = (PressIncidentLead(),)
