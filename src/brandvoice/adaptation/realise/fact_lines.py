"""The lines of a social post's practical block beside its 📅 / 📍 lines: a job advert's
contract and hours, its pay, how to apply ("📄 Contrat d'apprentissage en CAP, 35 h par
semaine" / "💷 £12.60/hr plus tips" / "📩 Send a short note … to hello@…"), an offer's or a
launch's price ("💶 3,50 € la boule"), as community managers set them under the hook.

Each line is a piece of the master, word for word: a sentence, a piece of a sentence
between commas, or the words in brackets, short enough to read at a glance. Never a fact
the master does not state, never one reworded (the body then loses the piece the line says
whole: :mod:`brandvoice.adaptation.realise.piece_repeats`). A piece the post's hook
already says gets no line: the reader has just read it.

- a job advert's contract: a piece naming the kind of contract or the hours ("CDI",
  "contrat d'apprentissage", "part-time", "35 h par semaine"); pieces side by side in one
  sentence make one line;
- its pay: a piece with a sum or a word of pay ("salaire de 38 à 45 k€ selon expérience",
  "Payé au SMIC", "£12.60/hr plus tips");
- how to apply: the master's short sentence that gives an e-mail address, a link or a
  phone number ("📩", a phone's "📞");
- an invitation's price: a piece with a price that says what it is for and is neither a
  condition, a gift nor a former price ("Memberships from $59/month", "3,50 € la boule";
  not "$99 joining fee" waived, nor "(usually $65)", nor "(16 €)" alone);
- an invitation's place without a day, named as the master's sentence on where to get
  the thing names it ("Disponibles à la boutique du cours Saleya" gives "📍 La boutique du
  cours Saleya", and that sentence then loses it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.lang import base_language
from brandvoice.understand import Intent, Message, Role

# The label of each kind of fact, where a line names its kind in words: a press note's fact
# sheet ("Tarif : 12 €"), a post's lines without emoji to spare ("Pay: £12.60 an hour").
FACT_LABELS = {
    "fr": {
        "when": "Date",
        "closed": "Fermeture",
        "back": "Réouverture",
        "start": "Prise de poste",
        "deadline": "Date limite",
        "best_before": "À consommer de préférence avant",
        "use_by": "À consommer avant",
        "where": "Lieu",
        "price": "Tarif",
        "pay": "Rémunération",
        # A job's terms, on a post's line: « Poste : CDI, 35 h ».
        "contract": "Poste",
        "discount": "Remise",
        "phone": "Téléphone",
        "email": "Courriel",
        "url": "Site",
    },
    "en": {
        "when": "Date",
        "closed": "Closed",
        "back": "Reopening",
        "start": "Start date",
        "deadline": "Deadline",
        "best_before": "Best before",
        "use_by": "Use by",
        "where": "Place",
        "price": "Price",
        "pay": "Pay",
        "contract": "Role",
        "discount": "Discount",
        "phone": "Phone",
        "email": "Email",
        "url": "Website",
    },
}

if TYPE_CHECKING:
    from spacy.tokens import Token

# A piece this long is a sentence to read, not a line taken in at a glance.
MAX_PIECE = 60
# How to apply: a sentence, up to the length of a how-to-act line
# (brandvoice.adaptation.realise.action.MAX_ACTION_LINE).
MAX_APPLY_LINE = 90


@dataclass(frozen=True, slots=True)
class FactLine:
    """One line: its emoji marker, the master's words it writes, and what kind of fact it
    gives (``"contract"``, ``"pay"``, ``"apply"``, ``"price"``)."""

    kind: str
    text: str
    marker: str


# A piece's emoji: the currency's own note for a sum.
CONTRACT_MARKER = "📄 "
APPLY_MARKER = "📩 "
PHONE_MARKER = "📞 "
_MONEY_MARKERS = (("£", "💷 "), ("$", "💵 "), ("€", "💶 "))
DEFAULT_MONEY_MARKER = "💶 "

_CONTRACT = {
    "fr": regex.compile(
        r"(?<![\p{L}])(?:CDI|CDD|contrat|apprentissage|alternance|stage|intérim|temps[\s\u00a0]+"
        r"(?:plein|partiel)|mi-temps|saisonnier|\d+(?:[\s\u00a0]*[–-][\s\u00a0]*\d+)?"
        r"[\s\u00a0\u202f]*h(?:eures)?[\s\u00a0\u202f]*(?:par[\s\u00a0]+semaine|/[\s\u00a0]*"
        r"semaine|hebdo))(?![\p{L}])",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"(?<![\p{L}])(?:full[\s\u00a0-]time|part[\s\u00a0-]time|permanent|fixed[\s\u00a0-]term"
        r"|contract|temporary|seasonal|apprenticeship|\d+(?:[\s\u00a0]*[–-][\s\u00a0]*\d+)?"
        r"[\s\u00a0]*(?:hrs?|hours)[\s\u00a0]*(?:/[\s\u00a0]*w(?:ee)?k|a[\s\u00a0]+week|per"
        r"[\s\u00a0]+week))(?![\p{L}])",
        regex.IGNORECASE,
    ),
}
# A word of pay: with a sum or the minimum wage, the piece says what the job pays.
_PAY = {
    "fr": regex.compile(
        r"(?<![\p{L}])(?:salaire|rémunérée?s?|rémunération|payée?s?|SMIC|brut)(?![\p{L}])",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"(?<![\p{L}])(?:salary|pay|paid|wages?|per[\s\u00a0]+hour|an[\s\u00a0]+hour)(?![\p{L}])",
        regex.IGNORECASE,
    ),
}
_SUM = regex.compile(r"\d[\d\s\u00a0\u202f.,]*(?:k€|k|€|\$|£)|[£$€]\s?\d|SMIC", regex.IGNORECASE)
# The words that, with the day of a 📅 line, say no more than it: « Démarrage lundi 6 avril ».
START_WORDS = frozenset(
    ["démarrage", "début", "prise", "poste", "starting", "start", "starts", "from", "dès"]
)
_SENTENCES = regex.compile(r"(?<=[.!?])[\s\u00a0]+|\n")
# Where a sentence's pieces part: a comma, a semicolon or a colon (outside brackets).
_SEPARATORS = frozenset(",;:")
# Where a post's first sentence ends: a stop, a line break, or an emoji before a capital
# ("… fait une pause estivale ☀️ Nous serons fermés…").
_FIRST_SENTENCE = regex.compile(
    r"(?<=[.!?])\s+|\n|(?<=\p{Extended_Pictographic}\ufe0f?)[\s\u00a0]+(?=\p{Lu})"
)
_TRAILING = " .\u00a0\u202f"


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of a master's sentence, where it is in the master, and whether it is the
    sentence whole or the words in brackets."""

    text: str
    start: int
    whole: bool = False
    bracketed: bool = False


def pieces(text: str) -> list[Piece]:
    """Every sentence of ``text``, every piece of a sentence between commas, semicolons or
    colons (outside brackets), and every bracket's words, trimmed of their stops."""
    found: list[Piece] = []
    position = 0
    for sentence in _SENTENCES.split(text):
        at = text.find(sentence, position)
        position = at + len(sentence)
        body = sentence.rstrip(_TRAILING)
        if not body.strip():
            continue
        found.append(Piece(body.strip(), at + len(body) - len(body.lstrip()), whole=True))
        depth, begin = 0, 0
        for index, char in enumerate(body + ","):
            if char == "(":
                if depth == 0:
                    close = body.find(")", index)
                    if close > index:
                        found.append(
                            Piece(body[index + 1 : close].strip(), at + index + 1, bracketed=True)
                        )
                depth += 1
            elif char == ")":
                depth = max(0, depth - 1)
            elif (
                char in _SEPARATORS
                and depth == 0
                and (index + 1 >= len(body) or body[index + 1] in " \u00a0\u202f,")
            ):
                part = body[begin:index]
                stripped = part.strip(" \u00a0\u202f")
                if stripped and stripped != body.strip():
                    found.append(
                        Piece(stripped, at + begin + len(part) - len(part.lstrip(" \u00a0\u202f")))
                    )
                begin = index + 1
    return found


def first_sentence(message: Message) -> str:
    """The master's first sentence: what a post's hook says when the hook is not known yet
    (the practical block then gives no line for what it says)."""
    return str(_FIRST_SENTENCE.split(message.text, maxsplit=1)[0])


def job_lines(message: Message, hook: str) -> list[FactLine]:
    """A job advert's contract, pay and how to apply, each only when the master says it
    outside ``hook``."""
    lang = base_language(message.lang)
    if lang not in _CONTRACT:
        return []
    candidates = [
        p for p in pieces(message.text) if _outside(p, hook) and not _holds_contact(p, message)
    ]
    lines: list[FactLine] = []
    contract = _contract(candidates, lang, message.text)
    if contract:
        lines.append(FactLine("contract", contract, CONTRACT_MARKER))
    pay = next(
        (
            p
            for p in candidates
            if len(p.text) <= MAX_PIECE
            and _PAY[lang].search(p.text)
            and _SUM.search(p.text)
            and not _FORMER.search(p.text)
            and not _CONTRACT[lang].search(p.text)
            and not _dates_in(p, message)
        ),
        None,
    ) or next(
        (
            p
            for p in candidates
            if len(p.text) <= MAX_PIECE
            and _prices_in(p, message)
            and not _FORMER.search(p.text)
            and not _CONTRACT[lang].search(p.text)
            and not _dates_in(p, message)
        ),
        None,
    )
    # The line names the pay ("£12.60–£14 an hour"), not a sentence that offers it ("We
    # offer £12.60–£14 an hour"): no clean noun phrase, no line.
    paid = noun_phrase(pay, message) if pay is not None else ""
    if paid and _SUM.search(paid):
        lines.append(FactLine("pay", _capitalised(paid), _money_marker(paid)))
    apply = _contact_sentence(message, hook)
    if apply:
        phone = any(f.kind == "phone" and f.text in apply for f in message.of_role(Role.HOW))
        lines.append(FactLine("apply", apply, PHONE_MARKER if phone else APPLY_MARKER))
    return lines


# A piece that opens on a conjunction is the rest of its sentence's clause, no line's words.
_CLAUSE_OPENING = regex.compile(r"[\s\u00a0]*(?:et|ou|mais|puis|and|or|but|then)\b", regex.I)


def price_line(message: Message, hook: str) -> FactLine | None:
    """An invitation's price, the master's piece that gives it, outside ``hook``; None."""
    if message.intent is Intent.HIRING:
        return None
    for piece in pieces(message.text):
        if len(piece.text) > MAX_PIECE or not _outside(piece, hook):
            continue
        if _holds_contact(piece, message) or _dates_in(piece, message):
            continue
        if _CLAUSE_OPENING.match(piece.text):
            # "et coûte 180 € repas compris": the second verb of a sentence, not a thing
            # and its price; as a line it would read « 💶 Et coûte 180 € ».
            continue
        prices = _prices_in(piece, message)
        if not prices or not _says_what(piece.text, prices):
            continue
        # Every sum in the piece is a price: one a condition or a gift makes it no line.
        if any(f.kind == "percentage" for f in message.of_role(Role.PRICE) if f.text in piece.text):
            continue
        # A noun phrase, never a sentence ("Tickets cost £5" is none: "£5" alone says not
        # what it is for).
        named = noun_phrase(piece, message)
        if not named or not _says_what(named, [p for p in prices if p in named]):
            continue
        return FactLine("price", _capitalised(named), _money_marker(named))
    return None


# The words a clause may open on before its object: its subject, auxiliaries, verb and the
# particles between them ("We offer", "We're offering", "You will earn", « Nous proposons »).
_OPENING_POS = frozenset({"PRON", "AUX", "VERB", "PART", "ADV"})
# What an object, the noun phrase a line may be, opens on.
_PHRASE_POS = frozenset({"NUM", "SYM", "DET", "NOUN", "PROPN", "ADJ", "X"})


def noun_phrase(piece: Piece, message: Message) -> str:
    """``piece`` as a line names its fact: the piece itself when it holds no finite verb
    ("£12.60/hr plus tips", "Salaire de 38 à 45 k€ selon expérience", "Payé au SMIC"),
    else the object after the clause's opening subject and verb ("We offer £12.60–£14 an
    hour" gives "£12.60–£14 an hour", « Nous proposons un salaire de 2 100 € brut »
    gives « un salaire de 2 100 € brut »); '' when the piece is a sentence no noun phrase
    can be read from ("Pay is £12/hr", "Tickets cost £5"). Read on the master's parse."""
    from brandvoice.nlp import parse

    doc = parse(base_language(message.lang), message.text, entities=False)
    end = piece.start + len(piece.text)
    tokens = [t for t in doc if piece.start <= t.idx and t.idx + len(t) <= end]
    if not tokens or not any(_finite(t) for t in tokens):
        return piece.text
    opening = 0
    while opening < len(tokens) and tokens[opening].pos_ in _OPENING_POS:
        opening += 1
    rest = tokens[opening:]
    if (
        not rest
        or not any(_finite(t) for t in tokens[:opening])
        or any(_finite(t) for t in rest)
        or rest[0].pos_ not in _PHRASE_POS
    ):
        return ""
    return message.text[rest[0].idx : end].strip()


def _finite(token: Token) -> bool:
    """Whether ``token`` is a verb in a finite form, the mark of a clause."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])


# Where a sentence on where to get the thing names its shop: "Disponibles à la boutique du
# cours Saleya", "Available at our shop on…".
_SHOP_BEFORE = regex.compile(
    r"(?:Disponibles?|En[\s\u00a0]+vente|À[\s\u00a0]+retrouver|Available|On[\s\u00a0]+sale)"
    r"[\s\u00a0]+(?:à|au|aux|chez|at|in|from)[\s\u00a0]+"
    r"(?P<shop>(?:(?:la|le|les|l['’]|the|our|notre|nos)[\s\u00a0]*)?"
    r"(?:[\p{L}'’]+[\s\u00a0]+){1,3})\Z",
    regex.IGNORECASE,
)


def shop_place(message: Message, where: str) -> str:
    """``where`` with the shop the master names it by where it says where to get the thing
    ("Disponibles à la boutique du cours Saleya" gives "la boutique du cours Saleya"), so
    that the 📍 line says all the sentence did, in its words; else ``where``."""
    at = message.text.find(where)
    if at < 0:
        return where
    found = _SHOP_BEFORE.search(message.text[max(0, at - 60) : at])
    return f"{found.group('shop')}{where}" if found else where


def _contract(candidates: list[Piece], lang: str, text: str) -> str:
    """The contract's pieces, side by side in one sentence: "Contrat d'apprentissage en
    CAP, 35 h par semaine"."""
    chosen = [
        p
        for p in candidates
        if not p.whole
        and not p.bracketed
        and len(p.text) <= MAX_PIECE
        and _opens_on_contract(p.text, lang)
        and not _PAY[lang].search(p.text)
    ]
    if not chosen:
        whole = [
            p
            for p in candidates
            if p.whole and len(p.text) <= MAX_PIECE and _opens_on_contract(p.text, lang)
        ]
        return _capitalised(whole[0].text) if whole else ""
    run = [chosen[0]]
    for piece in chosen[1:]:
        between = text[run[-1].start + len(run[-1].text) : piece.start]
        if regex.fullmatch(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*", between):
            run.append(piece)
        else:
            break
    return _capitalised(", ".join(p.text for p in run))


# What a contract's piece may open on before its term: "en CDI", "a full-time role".
_BEFORE_TERM = regex.compile(r"(?:(?:en|un|une|a|an|in|on)[\s\u00a0]+)?", regex.IGNORECASE)


def _opens_on_contract(text: str, lang: str) -> bool:
    """Whether ``text`` names a contract or hours from its first word ("Contrat
    d'apprentissage en CAP", "35 h par semaine", "Full time"): a clause that only holds
    one ("We need a part-time barista at …") says more than a line should."""
    opening = _BEFORE_TERM.match(text)
    return bool(_CONTRACT[lang].match(text, opening.end() if opening else 0))


# A sum that is no price to pay now: "(usually $65)", « au lieu de 45 € ».
_FORMER = regex.compile(
    r"(?<![\p{L}])(?:usually|normally|instead\s+of|was|rrp|au\s+lieu\s+de|habituellement"
    r"|normalement|prix\s+barré)(?![\p{L}])",
    regex.IGNORECASE,
)
_MONEY_WORDS = frozenset(["€", "$", "£", "k", "k€", "eur", "euros", "ht", "ttc"])


def _says_what(text: str, prices: list[str]) -> bool:
    """Whether a piece with ``prices`` says what they are for ("3,50 € la boule",
    "Memberships from $59/month"), not a sum alone ("16 €") nor a former price ("usually
    $65")."""
    if not prices or _FORMER.search(text):
        return False
    rest = text
    for price in prices:
        rest = rest.replace(price, " ")
    words = [w for w in regex.findall(r"\p{L}+", rest) if w.casefold() not in _MONEY_WORDS]
    return bool(words)


def _contact_sentence(message: Message, hook: str) -> str:
    """The master's short sentence after its hook that gives an e-mail address, a link or
    a phone number; ''."""
    ways = [f.text for f in message.of_role(Role.HOW) if f.kind in ("phone", "url", "email")]
    for piece in pieces(message.text):
        if not piece.whole or not _outside(piece, hook) or len(piece.text) > MAX_APPLY_LINE:
            continue
        if piece.text.endswith(("?", "!")) or not piece.text[:1].isupper():
            continue
        if any(w in piece.text for w in ways):
            return piece.text
    return ""


def _outside(piece: Piece, hook: str) -> bool:
    return piece.text not in hook and piece.text.casefold() not in hook.casefold()


def _holds_contact(piece: Piece, message: Message) -> bool:
    return any(
        f.text in piece.text
        for f in message.of_role(Role.HOW)
        if f.kind in ("phone", "url", "email")
    )


def _dates_in(piece: Piece, message: Message) -> bool:
    return any(f.role is Role.WHEN and f.text in piece.text for f in message.facts)


def _prices_in(piece: Piece, message: Message) -> list[str]:
    from brandvoice.adaptation.decorate.practical import is_price

    return [
        f.text
        for f in message.of_role(Role.PRICE)
        if f.kind != "percentage"
        and piece.start <= f.start
        and f.end <= piece.start + len(piece.text)
        and is_price(message, f)
    ]


def _money_marker(text: str) -> str:
    return next((m for symbol, m in _MONEY_MARKERS if symbol in text), DEFAULT_MONEY_MARKER)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
