"""Where a long sentence can be cut before the clause that says how the reader acts:
« …jusqu'au 20 décembre, en écrivant à contact@cabanon.fr. » → « …jusqu'au 20 décembre.
Écrivez-nous à contact@cabanon.fr. »; "…until December 20, by emailing hello@cabin.com." →
"…until December 20. Just email hello@cabin.com."

The gerund (« en écrivant », "by emailing") becomes an order of its own, which says the
same to the reader in fewer words. It is made only where that order is what the master
meant:

- the gerund's verb is one of the few by which a reader gets in touch or signs up (write,
  call, email, book, register...: :data:`CONTACT_VERBS`), and its clause names where (an
  e-mail address, a link or a phone number) and runs to the sentence's end;
- the sentence is not the brand's own account of what it did (« Nous avons prévenu nos
  clients en écrivant à… »): no first-person subject before the gerund.

After a French order, whatever the gerund says is the reader's to do too, and any verb
becomes an order, address or not: « …, consultez votre médecin en lui signalant ce
rappel. » → « …, consultez votre médecin. Signalez-lui ce rappel. » (its pronoun after it,
« -lui », « -le », « -les »).

French writes the order as the voice addresses the reader (« écrivez » for « vous »,
« écris » for « tu »), its pronoun after the verb (« en nous écrivant » → « Écrivez-nous »,
« en vous inscrivant » → « Inscrivez-vous » / « Inscris-toi »); « écrire » and
« téléphoner », whose unwritten addressee is the brand, take it there too (« Écrivez-nous
à… »), unless the voice names the brand rather than saying « nous » or « on ». English
writes "Just email…" in a casual voice, "Email…" in another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from brandvoice.adaptation.wording.splitting import french_order_ending
from brandvoice.text.french.verbs import Tense, form

if TYPE_CHECKING:
    from spacy.tokens import Token

# The verbs by which a reader gets in touch, orders or signs up, by language (lemmas).
CONTACT_VERBS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {
            "écrire",
            "envoyer",
            "appeler",
            "téléphoner",
            "contacter",
            "joindre",
            "réserver",
            "inscrire",
            "remplir",
            "commander",
            "cliquer",
            "scanner",
        }
    ),
    "en": frozenset(
        {
            "email",
            "e-mail",
            "call",
            "phone",
            "ring",
            "text",
            "write",
            "send",
            "message",
            "contact",
            "book",
            "register",
            "sign",
            "fill",
            "visit",
            "click",
            "scan",
            "order",
        }
    ),
}
# French verbs whose unwritten addressee is the brand: « en écrivant à X » → « Écrivez-nous
# à X ».
_TO_THE_BRAND = frozenset({"écrire", "téléphoner"})
# The gerund and what may stand before it: French « en » and a clitic, English "by".
_GERUND = {
    "fr": regex.compile(
        r"(?:,\s*|\s+)en\s+(?:(?P<clitic>nous|vous|te|me|lui|leur|les|le|la)\s+|"
        r"(?P<elided>[tm])['’])?"
        r"(?P<verb>\p{L}+ant)(?!\p{L})",
        regex.IGNORECASE,
    ),
    "en": regex.compile(r"(?:,\s*|\s+)by\s+(?P<verb>\p{L}+(?:-\p{L}+)?ing)(?!\p{L})"),
}
_FIRST_PERSON = {
    "fr": frozenset({"nous", "on", "je", "j"}),
    "en": frozenset({"we", "i"}),
}
# The pronoun after a French order, by the clitic before the gerund and the address.
_AFTER_ORDER = {
    ("nous", "pl"): "nous",
    ("nous", "sg"): "nous",
    ("me", "pl"): "moi",
    ("me", "sg"): "moi",
    ("vous", "pl"): "vous",
    ("te", "sg"): "toi",
    # Whom or what the order is about, the same whoever reads it (« Signalez-lui »).
    **{
        (pronoun, number): pronoun
        for pronoun in ("lui", "leur", "le", "la", "les")
        for number in ("sg", "pl")
    },
}

Number = Literal["sg", "pl"]


@dataclass(frozen=True, slots=True)
class MeansCut:
    """Replace ``text[start:end]`` (the comma or space, « en » / "by", the gerund) by
    ``replacement`` (". " and the order)."""

    start: int
    end: int
    replacement: str


def means_cut(
    tokens: list[Token],
    text: str,
    start: int,
    end: int,
    contacts: list[tuple[int, int]],
    *,
    number: Number,
    person: str,
    casual: bool,
) -> MeansCut | None:
    """The cut of the sentence ``text[start:end]`` (its parsed ``tokens`` given) before a
    gerund that says how the reader gets in touch; None when there is none (see the module
    docstring). ``contacts`` are the (start, end) of the text's e-mail addresses, links and
    phone numbers; ``number`` the French address ("sg" for « tu »), ``person`` the
    voice's ("we", "on", "I", "brand"), ``casual`` whether English writes "Just".
    """
    lang = tokens[0].lang_ if tokens else ""
    pattern = _GERUND.get(lang)
    if pattern is None:
        return None
    for match in pattern.finditer(text, start, end):
        left = [t for t in tokens if t.idx < match.start()]
        verb = next((t for t in tokens if t.idx == match.start("verb")), None)
        if verb is None:
            continue
        if _ordered(left):
            # The reader is already told to act (« consultez votre médecin en lui signalant
            # ce rappel »): whatever the gerund says, the reader does it too.
            if "," in text[match.end() : end]:
                continue
        else:
            if not any(match.end() <= c_start and c_end <= end for c_start, c_end in contacts):
                continue  # the clause names no address, link or number
            if "," in text[match.end() : _first_contact(contacts, match.end())]:
                continue  # another clause before the address: not one means clause
            if verb.lemma_.lower() not in CONTACT_VERBS[lang]:
                continue
        if len([t for t in left if t.is_alpha]) < 4 or any(
            t.lower_ in _FIRST_PERSON[lang] and t.dep_.startswith("nsubj") for t in left
        ):
            continue
        order = _order(verb, match, number=number, person=person, casual=casual)
        if order is not None:
            return MeansCut(match.start(), match.end(), ". " + order)
    return None


def _ordered(left: list[Token]) -> bool:
    """Whether the words before the gerund tell the reader to act: a French order
    (« consultez votre médecin »), its mood read by the parser."""
    return any(
        t.lang_ == "fr"
        and ((t.pos_ == "VERB" and "Imp" in t.morph.get("Mood", [])) or french_order_ending(t))
        for t in left
    )


def _first_contact(contacts: list[tuple[int, int]], after: int) -> int:
    return min(c_start for c_start, _ in contacts if c_start >= after)


def _order(
    verb: Token, match: regex.Match[str], *, number: Number, person: str, casual: bool
) -> str | None:
    """The order the gerund becomes, capitalised; None when it cannot be written."""
    lemma = verb.lemma_.lower()
    if verb.lang_ == "en":
        if match.group("verb") != match.group("verb").lower():
            return None
        return f"Just {lemma}" if casual else lemma[:1].upper() + lemma[1:]
    imperative = form(lemma, Tense.IMPERATIVE, number)
    if imperative is None:
        return None
    clitic = (match.group("clitic") or "").lower()
    elided = (match.group("elided") or "").lower()
    clitic = clitic or {"t": "te", "m": "me"}.get(elided, "")
    if clitic:
        pronoun = _AFTER_ORDER.get((clitic, number))
        if pronoun is None:
            return None  # « en vous inscrivant » in a voice that says « tu »: not ours
        imperative += "-" + pronoun
    elif lemma in _TO_THE_BRAND and person in ("we", "on", "I"):
        imperative += "-moi" if person == "I" else "-nous"
    return imperative[:1].upper() + imperative[1:]
