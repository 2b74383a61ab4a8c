"""The key facts of a message, each with its role: what, when, where, price, how, who.

Built on the fact extractor (links, e-mails, phones, prices, dates, times, names) and on
spaCy's parse: named entities say where and who, an address matcher finds street
addresses, and the dependency tree finds *what* the message is about (the object of
"recrute", the event noun, the product launched). Dates are read as days, the year
inferred from the reference date, and marked as the event's, a deadline or the end of a
period by the words just before them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from brandvoice.lang import base_language
from brandvoice.understand.cues import load_document, plain_text
from brandvoice.understand.dates import read_date, read_time
from brandvoice.understand.facts import Fact, FactKind, extract_facts, weekday_numbers
from brandvoice.understand.model import Intent, KeyFact, Role, TimeKind
from brandvoice.understand.people import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA_FILE = "roles.yaml"

_BY_KIND = {
    FactKind.URL: Role.HOW,
    FactKind.EMAIL: Role.HOW,
    FactKind.PHONE: Role.HOW,
    FactKind.PRICE: Role.PRICE,
    FactKind.TIME: Role.WHEN,
    FactKind.DATE: Role.WHEN,
    FactKind.NUMBER: Role.FIGURE,
    FactKind.MENTION: Role.WHO,
}
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_WHO_LABELS = frozenset({"ORG", "PER", "PERSON"})
_WHAT_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART"})
_ACRONYM = regex.compile(r"\p{Lu}{4,5}")
# Letters and digits in one word, no space: a lot, batch or model number ("L2604", "B-12").
_CODE = regex.compile(r"(?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d]+(?:[-/.][\p{L}\d]+)*", regex.VERSION1)
# What joins a business's trade noun to the rest of its name: "Confiturerie du Ventoux".
_NAME_LINK = regex.compile(r"\s(?:du|de la|de l'|de l’|des|de|d'|d’|of the|of)\s?", regex.VERSION1)


@dataclass(frozen=True, slots=True)
class _RoleWords:
    """``data/roles.yaml`` for one language."""

    deadline: regex.Pattern[str]
    end: regex.Pattern[str]
    since: regex.Pattern[str]
    expiry: regex.Pattern[str]
    discount: regex.Pattern[str]
    address: regex.Pattern[str]
    named_place: regex.Pattern[str]
    appellation: regex.Pattern[str]
    recurring_before: regex.Pattern[str]
    recurring_after: regex.Pattern[str]
    past_before: regex.Pattern[str] | None
    past_after: regex.Pattern[str] | None
    relative_when: regex.Pattern[str]
    object_verbs: dict[str, frozenset[str]]
    subject_verbs: dict[str, frozenset[str]]
    title_intents: frozenset[str]
    what_nouns: frozenset[str]
    generic: frozenset[str]
    business: frozenset[str]


def _address_pattern(patterns: dict[str, str], lang: str) -> str:
    """The address pattern of ``lang``; an English post also gives French addresses as they
    are written ("our new studio at 12 Quai de la Sinse"): a French business writing in
    English keeps its street's name."""
    if lang == "en":
        return f"(?:{patterns['en']})|(?:{patterns['fr']})"
    return patterns[lang]


def street_addresses(text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a street address ("12 rue d'Antibes", "2250 W Broad St"), as
    (start, end) spans."""
    return [found.span() for found in _words(base_language(lang)).address.finditer(text)]


@cache
def _words(lang: str) -> _RoleWords:
    document = load_document(DATA_FILE)
    flags = regex.IGNORECASE | regex.VERSION1

    def before(key: str) -> regex.Pattern[str]:
        words = "|".join(document[key][lang])
        return regex.compile(rf"(?<![\p{{L}}])(?:{words})\s*$", flags)

    discount = "|".join(document["discount_words"][lang])
    return _RoleWords(
        deadline=before("deadline_before"),
        end=before("end_before"),
        since=before("since_before"),
        expiry=before("expiry_before"),
        discount=regex.compile(rf"(?<![\p{{L}}])(?:{discount})(?![\p{{L}}])", flags),
        address=regex.compile(_address_pattern(document["address"], lang), regex.VERSION1),
        named_place=regex.compile(document["named_place"][lang], regex.VERSION1),
        appellation=before("appellation_before"),
        recurring_before=before("recurring_before"),
        recurring_after=regex.compile(
            rf"\s*(?:{'|'.join(document['recurring_after'][lang])})(?![\p{{L}}])", flags
        ),
        past_before=before("past_before") if document["past_before"][lang] else None,
        past_after=(
            regex.compile(rf"\s+(?:{'|'.join(document['past_after'][lang])})(?![\p{{L}}])", flags)
            if document["past_after"][lang]
            else None
        ),
        relative_when=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(document['relative_when'][lang])})(?![\p{{L}}\p{{N}}])",
            flags,
        ),
        object_verbs={
            intent: frozenset(verbs[lang]) for intent, verbs in document["object_verbs"].items()
        },
        subject_verbs={
            intent: frozenset(verbs[lang]) for intent, verbs in document["subject_verbs"].items()
        },
        title_intents=frozenset(document["title_intents"]),
        what_nouns=frozenset(document["what_nouns"][lang]),
        generic=frozenset(document["generic_nouns"][lang]),
        business=frozenset(document["business_nouns"][lang]),
    )


def key_facts(
    text: str,
    lang: str,
    doc: Doc,
    intent: Intent,
    reference: dt.date,
    names: Iterable[str],
    *,
    locale: str | None = None,
) -> tuple[KeyFact, ...]:
    """The key facts of ``text`` (parsed as ``doc``), sorted by offset, none overlapping;
    its dates read as ``locale`` (a regional tag of ``lang``) writes them."""
    words = _words(lang)
    labels = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    names = tuple(names)
    found: list[KeyFact] = []
    for fact in extract_facts(text, lang, names):  # type: ignore[arg-type]
        role = _role(fact, text, labels, names, intent, words)
        if role is None or _no_day_of_the_message(text, fact, words):
            continue
        if role is Role.WHERE and _capitalised_noun(fact, doc):
            continue
        if role is Role.WHERE and is_first_name(text, fact.start, fact.end, lang):
            # « Karim et Sébastien vous reçoivent »: the model's place is a person.
            role = Role.WHO
        if role in (Role.WHERE, Role.WHO) and _listed_thing(fact, text, doc, labels, words):
            continue
        found.append(_with_time(fact, role, text, reference, locale or lang, words))
    found = _business_names(text, found, words)
    addresses = _addresses(text, found, words)
    if addresses:
        # An address swallows the numbers and place names inside it.
        found = [
            f
            for f in found
            if f.role not in (Role.FIGURE, Role.WHERE, Role.WHO)
            or not any(_overlaps(f, a) for a in addresses)
        ] + addresses
    found += _relative_when(text, found, words)
    what = _what(doc, intent, words)
    if what is not None:
        what = _clear_of(what, text, found)
    if what is not None:
        found = [f for f in found if not _overlaps(what, f)]
        if intent in _PRODUCT_INTENTS:
            found = [f for f in found if not _names_the_product(f, what)]
            brand = _brand_opening(what, words)
            if brand is not None:
                found.append(brand)
                what = KeyFact(
                    Role.WHAT, what.kind, text[brand.end + 1 : what.end], brand.end + 1, what.end
                )
        found.append(what)
    found = _whole_names(text, found)
    found.sort(key=lambda f: f.start)
    return tuple(found)


def _capitalised_noun(fact: Fact, doc: Doc) -> bool:
    """Whether ``fact`` is one common noun capitalised because it opens its sentence or
    line ("Merci de votre patience, et à très vite…"): the small models tag some as places,
    but no place is spelt as a common noun."""
    if fact.kind is not FactKind.ENTITY:
        return False
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    opens = (
        token.i == 0
        or doc[token.i - 1].text in (".", "!", "?", "\n")
        or ("\n" in doc.text[max(0, token.idx - 3) : token.idx])
    )
    return token.pos_ == "NOUN" and opens


# The intents whose "what" is a product: a name that repeats it is the product's, no
# who ("If you bought a Walnut & Honey Loaf" under "Product recall: Harbour Bakery Walnut
# & Honey Loaf").
_PRODUCT_INTENTS = frozenset({Intent.RECALL, Intent.LAUNCH})


# A bracketed list's items: "(React, Vue, accessibilité RGAA)".
_LIST_SEPARATOR = regex.compile(r",|;|/|\s(?:et|ou|and|or)\s")
_DIGIT = regex.compile(r"\d")
# How far a bracket may open before, or close after, a name inside it.
_BRACKET_REACH = 120


def _listed_thing(
    fact: Fact,
    text: str,
    doc: Doc,
    labels: Sequence[tuple[int, int, str]],
    words: _RoleWords,
) -> bool:
    """Whether ``fact`` is one item of a bracketed list of things, no places nor people:
    "(React, Vue, accessibilité RGAA)" names a job's tools, and spaCy's LOC on "React" or
    its MISC on "RGAA" makes no where nor who. The list tells by an item a common noun
    opens ("accessibilité"); "(CDI, Lyon 7e)" has none and keeps its place, a person
    keeps their name, and an address's pieces are places ("(rue Haute 203, 1000
    Bruxelles)": "rue" opens a street, no thing)."""
    opened = text.rfind("(", max(0, fact.start - _BRACKET_REACH), fact.start)
    if opened < 0 or ")" in text[opened : fact.start]:
        return False
    closed = text.find(")", fact.end, fact.end + _BRACKET_REACH)
    if closed < 0 or "(" in text[fact.end : closed]:
        return False
    label = next((lab for s, e, lab in labels if s < fact.end and fact.start < e), "")
    if label in ("PER", "PERSON"):
        return False
    inside = text[opened + 1 : closed]
    items = [m for m in _items(inside, opened + 1) if m[1].strip()]
    if len(items) < 2:
        return False
    return any(
        _common_noun_item(start, item, doc)
        and not _DIGIT.search(item)
        and not words.named_place.search(item)
        for start, item in items
    )


def _items(inside: str, offset: int) -> list[tuple[int, str]]:
    """The items of a bracketed list with their offsets in the text."""
    items, start = [], 0
    for separator in _LIST_SEPARATOR.finditer(inside):
        items.append((offset + start, inside[start : separator.start()]))
        start = separator.end()
    items.append((offset + start, inside[start:]))
    return items


def _common_noun_item(start: int, item: str, doc: Doc) -> bool:
    stripped = item.lstrip()
    if not stripped[:1].islower():
        return False
    at = start + len(item) - len(stripped)
    token = next((t for t in doc if t.idx == at), None)
    return token is not None and token.pos_ == "NOUN"


def _names_the_product(fact: KeyFact, what: KeyFact) -> bool:
    """Whether ``fact`` is a name that says the product ``what`` again, or part of it."""
    return fact.role is Role.WHO and fact.kind == "entity" and fact.text in what.text


# A business's name that opens a product's has this many words at most ("Harbour
# Bakery", "Old Mill Lane Bakehouse").
_BRAND_MAX_WORDS = 4


def _brand_opening(what: KeyFact, words: _RoleWords) -> KeyFact | None:
    """The business whose name opens the product's, capitalised words ending on a trade
    noun, the product's capitalised name after it ("Harbour Bakery Walnut & Honey Loaf"
    gives "Harbour Bakery"): the brand is who speaks, the rest is what it recalls."""
    parts = what.text.split(" ")
    for count in range(1, min(_BRAND_MAX_WORDS, len(parts) - 1) + 1):
        head, after = parts[:count], parts[count]
        if not all(p[:1].isupper() for p in head) or not after[:1].isupper():
            return None
        if head[-1].casefold() in words.business:
            name = " ".join(head)
            return KeyFact(Role.WHO, "entity", name, what.start, what.start + len(name))
    return None


def _whole_names(text: str, found: list[KeyFact]) -> list[KeyFact]:
    """``found`` without a who that is the first words of a name found whole elsewhere
    and written whole here too ("L'équipe du P'tit | Cabanon" read "P'tit" alone)."""
    names = {f.text for f in found if f.role is Role.WHO}
    return [
        f
        for f in found
        if not (
            f.role is Role.WHO
            and any(
                n != f.text and n.startswith(f.text) and text.startswith(n, f.start) for n in names
            )
        )
    ]


# A press note's dateline: "Le 1er décembre 2026 –", "Toulon, le 3 mars 2026 —",
# "March 3, 2026 –" at the start of a line. Its date is the day of publication, not one the
# message speaks of.
_DATELINE_AFTER = regex.compile(r"[\s\u00a0]*[–—-][\s\u00a0]")
_DATELINE_BEFORE = regex.compile(r"(?:^|\n)[^\n.!?]{0,40}$")


def _no_day_of_the_message(text: str, fact: Fact, words: _RoleWords) -> bool:
    """A date that names no day the message speaks of: a weekday of every week (opening
    hours), or a press note's dateline (the day of publication)."""
    if fact.kind is not FactKind.DATE:
        return False
    return _recurring(text, fact, words) or _dateline(text, fact)


def _dateline(text: str, fact: Fact) -> bool:
    return bool(
        _DATELINE_AFTER.match(text, fact.end) and _DATELINE_BEFORE.search(text, 0, fact.start)
    )


def dated_facts(text: str, lang: str, reference: dt.date) -> tuple[KeyFact, ...]:
    """The dates and times of ``text`` as key facts of role "when" (read as days, with
    their kind: event, deadline, end of a period), found by pattern alone, without a
    parse: what the consistency findings are made of, in ``understand`` and ``check``
    alike (see :mod:`brandvoice.understand.consistency`). ``lang`` may be a regional tag:
    it says how all-numeric dates are read."""
    from brandvoice.understand.facts import dates_and_times

    words = _words(base_language(lang))
    return tuple(
        _with_time(fact, Role.WHEN, text, reference, lang, words)
        for fact in dates_and_times(text)
        if not (
            fact.kind is FactKind.DATE and (_recurring(text, fact, words) or _dateline(text, fact))
        )
    )


def _overlaps(a: KeyFact, b: KeyFact) -> bool:
    return a.start < b.end and b.start < a.end


def _business_names(text: str, found: list[KeyFact], words: _RoleWords) -> list[KeyFact]:
    """``found`` with each business's name whole: a name that follows its trade noun ("la
    Confiturerie | du | Ventoux") joins it, one who; the small models read two places."""
    merged: list[KeyFact] = []
    for fact in sorted(found, key=lambda f: f.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.role is Role.WHO
            and last.text.split()[0].casefold() in words.business
            and fact.kind == "entity"
            and _NAME_LINK.fullmatch(text, last.end, fact.start)
        ):
            merged[-1] = KeyFact(
                Role.WHO, last.kind, text[last.start : fact.end], last.start, fact.end
            )
            continue
        merged.append(fact)
    return merged


def _role(
    fact: Fact,
    text: str,
    labels: Sequence[tuple[int, int, str]],
    names: Sequence[str],
    intent: Intent,
    words: _RoleWords,
) -> Role | None:
    if fact.kind is FactKind.HASHTAG:
        return None  # a tag inside a sentence labels the post; its words are elsewhere
    if fact.kind is FactKind.PERCENTAGE:
        around = plain_text(text[max(0, fact.start - 40) : fact.end + 40])
        discounted = words.discount.search(around) is not None
        return Role.PRICE if intent is Intent.OFFER or discounted else Role.FIGURE
    if fact.kind is not FactKind.ENTITY:
        return _BY_KIND.get(fact.kind)
    if any(fact.text.casefold() == name.casefold() for name in names):
        return Role.WHO
    if len(fact.text) < 2 or (fact.text.isupper() and len(fact.text) <= 3):
        return None  # "H/F", "CDI", "UTC": abbreviations the small models take for names
    if words.appellation.search(plain_text(text[max(0, fact.start - 30) : fact.start])):
        return None  # "vins de Bandol": the place names the product, it is no where or who
    if _CODE.fullmatch(fact.text):
        # "L2604", "ZB-S-310": a lot or model number, nobody's name nor a place. In a recall
        # it tells the reader whether their jar or helmet is concerned: part of what.
        return Role.WHAT if intent is Intent.RECALL else Role.FIGURE
    if fact.text.split()[0].casefold() in words.business:
        return Role.WHO  # "Confiturerie", "Cave du Port": a business, not where it is
    label = next((lab for s, e, lab in labels if s < fact.end and fact.start < e), "")
    if label in _PLACE_LABELS and _ACRONYM.fullmatch(fact.text):
        return None  # "DLUO 03/2028", "DDM": a label's abbreviation, no place is spelt so
    if label in _PLACE_LABELS:
        return Role.WHERE
    if label in _WHAT_LABELS:
        return Role.WHAT
    return Role.WHO  # organisations, people, and French MISC (most often a shop's name)


def _with_time(
    fact: Fact,
    role: Role,
    text: str,
    reference: dt.date,
    lang: str,
    words: _RoleWords,
) -> KeyFact:
    kind = str(fact.kind)
    if fact.kind is FactKind.DATE:
        read = read_date(fact.text, reference, lang)
        day = read.date if read else None
        if day is not None and _said_past(text, fact, words):
            # "samedi dernier" written on a Saturday is a week ago, not today.
            day -= dt.timedelta(days=7)
        when = _time_kind(text, fact.start, words)
        return KeyFact(role, kind, fact.text, fact.start, fact.end, day, None, when)
    if fact.kind is FactKind.TIME:
        when = _time_kind(text, fact.start, words)
        return KeyFact(
            role, kind, fact.text, fact.start, fact.end, None, read_time(fact.text), when
        )
    return KeyFact(role, kind, fact.text, fact.start, fact.end)


def _said_past(text: str, fact: Fact, words: _RoleWords) -> bool:
    """A weekday alone said as the last one ("last Saturday", « samedi dernier »), or
    named again after it was ("Samedi dernier, notre soirée… Toutes les personnes
    présentes samedi…": the same evening, not the next Saturday)."""
    folded = fact.text.casefold()
    if folded not in weekday_numbers():
        return False
    if _past_at(text, fact.start, fact.end, words):
        return True
    if _FUTURE_BEFORE.search(text, 0, fact.start) or _FUTURE_AFTER.match(text, fact.end):
        return False  # "… samedi dernier. Rendez-vous samedi prochain": a day to come
    pattern = regex.compile(rf"(?<![\p{{L}}]){regex.escape(fact.text)}(?![\p{{L}}])", regex.I)
    return any(
        _past_at(text, m.start(), m.end(), words) for m in pattern.finditer(text, 0, fact.start)
    )


# Words that send a weekday named again to a day to come, whatever was said before it.
_FUTURE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:ce|dès|rendez-vous|à partir de|this|next|from|see you|on|until|"
    r"jusqu['’]à)\s+\Z",
    regex.IGNORECASE,
)
_FUTURE_AFTER = regex.compile(r"\s+(?:prochain|next|qui vient)(?![\p{L}])", regex.IGNORECASE)


def _past_at(text: str, start: int, end: int, words: _RoleWords) -> bool:
    before = plain_text(text[max(0, start - 12) : start])
    after = plain_text(text[end : end + 12])
    return bool(
        (words.past_before is not None and words.past_before.search(before))
        or (words.past_after is not None and words.past_after.match(after))
    )


def _recurring(text: str, fact: Fact, words: _RoleWords) -> bool:
    """A weekday alone that names days of the week, not one day: opening hours "du mardi au
    samedi", "Monday to Friday", "le samedi" (French: every Saturday), "every Sunday"."""
    if fact.text.casefold() not in weekday_numbers():
        return False
    before = plain_text(text[max(0, fact.start - 12) : fact.start])
    after = plain_text(text[fact.end : fact.end + 16])
    return bool(words.recurring_before.search(before) or words.recurring_after.match(after))


def _relative_when(text: str, found: Sequence[KeyFact], words: _RoleWords) -> list[KeyFact]:
    """When the message says when without a date ("ce soir", "this spring", "in 2025"): no
    day is attached, the reader's day decides it; dates already found take precedence."""
    added: list[KeyFact] = []
    for match in words.relative_when.finditer(plain_text(text)):
        start, end = match.span()
        fact = KeyFact(
            Role.WHEN,
            "relative",
            text[start:end],
            start,
            end,
            time_kind=_time_kind(text, start, words),
        )
        if not any(_overlaps(fact, f) for f in (*found, *added)):
            added.append(fact)
    return added


def _time_kind(text: str, start: int, words: _RoleWords) -> TimeKind:
    """A deadline ("avant le", "no later than"), the end of a period ("jusqu'au", "until",
    a shelf life: "à consommer avant le"), the start of one already running ("depuis le",
    "since"), or else the time of the event, by the words just before the date in its
    sentence."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = plain_text(text[max(line_start, start - 40) : start])
    if words.since.search(before):
        return TimeKind.SINCE
    if words.expiry.search(before):
        return TimeKind.END  # a shelf life ends; nobody has to act by it
    if words.deadline.search(before):
        return TimeKind.DEADLINE
    if words.end.search(before):
        return TimeKind.END
    return TimeKind.EVENT


def _addresses(text: str, found: Sequence[KeyFact], words: _RoleWords) -> list[KeyFact]:
    """Street addresses ("12 rue Paradis", "4 High Street"), which spaCy's small models
    rarely tag as one place (kind "address"), then streets, squares and car parks named
    without a number (kind "place": "parking Clemenceau", "place de la Liberté", "cours
    Lafayette": a place, not a person called Clemenceau)."""
    added: list[KeyFact] = []
    marked = _marked_lines(text)
    for kind, pattern in (("address", words.address), ("place", words.named_place)):
        for match in pattern.finditer(marked if kind == "place" else text):
            start, end = match.span()
            kept = match.group().rstrip(" ,.;:")
            # "1820 Pearl St., Boulder": the street's abbreviation keeps its stop, or the
            # town written after it no longer reads as the address's.
            if match.group()[len(kept) :].startswith(".") and _ABBREVIATED.search(kept):
                kept += "."
            end = start + len(kept)
            address = KeyFact(Role.WHERE, kind, text[start:end], start, end)
            if not any(
                _overlaps(address, f) for f in (*added, *(f for f in found if f.role is Role.HOW))
            ):
                added.append(address)
    added.sort(key=lambda f: f.start)
    return added


# The abbreviated street words an address may end on ("St.", "Rd.", "av.").
_ABBREVIATED = regex.compile(
    r"(?<![\p{L}])(?:St|Rd|Ave|Av|Blvd|Bd|Dr|Ln|Sq|Pl|Ter|Pde)\Z", regex.IGNORECASE
)


# A line the author marks as the place ("📍 Chemin des Restanques, 83330 Le Castellet"):
# its street word is capitalised as a line's first word, not as a name.
_PIN_MARKED = regex.compile(r"📍[\ufe0f\s\u00a0]*(\p{Lu})")


def _marked_lines(text: str) -> str:
    """``text`` with the first letter after each 📍 in lower case (the same length, the
    same offsets), so that the named-place pattern, lower case only ("Cours de Pilates"
    opens no address), reads "📍 Chemin des Restanques" as the street it is."""
    return str(_PIN_MARKED.sub(lambda m: m.group()[:-1] + m.group(1).lower(), text))


# Facts a "what" may hold: a figure or a name inside "Confiture d'abricots 370 g" is part
# of the product's name. Other facts (a date, a place, a price, a link) end it.
_INSIDE_WHAT = frozenset({Role.WHO, Role.FIGURE})
_QUOTED = regex.compile(r'«[^»\n]*»|“[^”\n]*”|"[^"\n]*"')
_LEADING_ARTICLE = regex.compile(r"(?:la|le|les|l'|l’|the)\s?", regex.IGNORECASE | regex.VERSION1)


def _clear_of(what: KeyFact, text: str, found: Sequence[KeyFact]) -> KeyFact | None:
    """``what`` cut before the first fact it may not hold, or None when nothing is left."""
    end = what.end
    # A quoted name is the product's own: "« Petit Nuage »" names a rattle, not a place.
    named = [m.span() for m in _QUOTED.finditer(text, what.start, what.end)]
    # A name that opens it, after an article at most, is its own: "La | Cave du Port ouvre ses
    # portes" is about La Cave du Port, wherever the small models place it.
    opening = _LEADING_ARTICLE.match(text, what.start)
    lead = opening.end() if opening else what.start
    for fact in found:
        quoted = any(s <= fact.start and fact.end <= e for s, e in named)
        own = fact.kind == "entity" and what.start <= fact.start <= lead and fact.end <= what.end
        if fact.role not in _INSIDE_WHAT and not quoted and not own and _overlaps(what, fact):
            end = min(end, fact.start)
    end = what.start + len(text[what.start : end].rstrip(" ,;:–—-(«"))
    # A straight quote at the end closes a name only when it has its opening one.
    while (
        end > what.start
        and text[end - 1] in "\"'"
        and text.count(text[end - 1], what.start, end) % 2
    ):
        end = what.start + len(text[what.start : end - 1].rstrip(" ,;:–—-(«"))
    if end - what.start < 2:
        return None
    return KeyFact(Role.WHAT, what.kind, text[what.start : end], what.start, end)


def _what(doc: Doc, intent: Intent, words: _RoleWords) -> KeyFact | None:
    """What the message is about: what its title names ("RAPPEL PRODUIT – Confiture
    d'abricots"), else the job a hiring post seeks or the product recalled or launched, else
    the shop that opens or the product that wins (the subject of the intent's verbs), else
    the first noun phrase headed by one of the intent's nouns (atelier, collection, lot...),
    else the object or subject of the first sentence's main verb."""
    if str(intent) in words.title_intents:
        titled = _titled(doc)
        if titled is not None:
            return KeyFact(Role.WHAT, "phrase", titled.text, titled.start_char, titled.end_char)
    verbs = words.object_verbs.get(str(intent), frozenset())
    nouns, generic = words.what_nouns, words.generic
    # A product named by its quoted name is the one recalled or launched, whatever verb
    # comes first ("certains exemplaires de notre hochet en hêtre « Petit Nuage »").
    phrase = _quoted_product(doc) if intent in _PRODUCT_INTENTS else None
    if phrase is None and verbs:
        phrase = _object_of(doc, verbs)
    if phrase is None:
        phrase = _subject_of(doc, words.subject_verbs.get(str(intent), frozenset()))
    if phrase is not None:
        return KeyFact(Role.WHAT, "phrase", phrase.text, phrase.start_char, phrase.end_char)
    head: Token | None = next(
        (
            t
            for t in doc
            if (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns)
            # "a cheese tasting": small models tag some event nouns as verbs
            or (t.pos_ == "VERB" and t.lower_ in nouns and t.i > 0 and doc[t.i - 1].pos_ != "PRON")
        ),
        None,
    )
    if head is None:
        head = _main_argument(doc, generic)
    if head is None:
        return None
    span = _phrase(doc, head)
    return KeyFact(Role.WHAT, "phrase", span.text, span.start_char, span.end_char)


# Words that end the phrase after a verb: "recrute un serveur | pour la saison".
_PHRASE_STOPS = frozenset(
    [
        "en",
        "pour",
        "à",
        "au",
        "aux",
        "dans",
        "de",
        "chez",
        "avec",
        "sur",
        "qui",
        "que",
        "dès",
        "à",
        "partir",
        "for",
        "to",
        "in",
        "at",
        "from",
        "with",
        "who",
        "that",
        "on",
        "by",
        "starting",
        "and",
        "et",
        "ou",
        "or",
        "sold",
        "bought",
        "vendu",
        "vendus",
        "vendue",
        "vendues",
        "achetés",
    ]
)
_LEADING = frozenset(
    [
        "un",
        "une",
        "des",
        "du",
        "de",
        "la",
        "le",
        "les",
        "l'",
        "l’",
        "d'",
        "d’",
        "notre",
        "nos",
        "a",
        "an",
        "the",
        "our",
        "two",
        "some",
    ]
)


# Words that point back at something already named: an object they open is an anaphor
# ("ce jouet", "this product", "it"), not the thing the message is about.
_ANAPHORS = frozenset(["ce", "cet", "cette", "ces", "this", "that", "these", "those", "it"])


# A title: a few words, then a colon or a dash, on the first line.
_TITLE = regex.compile(r"[^\n:–—]{2,60}?\s?[:–—]\s+")
_TITLE_END = regex.compile(r"[,.;!?(\n]|\s[–—]\s")


def _titled(doc: Doc) -> Span | None:
    """What a first-line title names: "PRODUCT RECALL: Oat & Raisin Cookies (6-pack), ...",
    "Poste à pourvoir : développeur·se front-end (CDI)", up to the first comma, stop or
    bracket; a quoted title whole. None when the words after the colon are a sentence (they
    start with a verb, a pronoun or an adverb)."""
    text = doc.text
    title = _TITLE.match(text)
    if title is None or len(title.group().split()) > 7:
        return None
    start = title.end()
    quoted = {"«": "»", '"': '"', "“": "”", "'": "'"}.get(text[start : start + 1])
    if quoted is not None:
        close = text.find(quoted, start + 1)
        end = close + 1 if close > 0 else -1
    else:
        stop = _TITLE_END.search(text, start)
        end = stop.start() if stop else len(text)
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None or not len(span) or len(span) > (20 if quoted else 12):
        return None
    if span[0].pos_ in ("VERB", "AUX", "PRON", "ADV", "INTJ", "SCONJ"):
        return None
    return span


def _subject_of(doc: Doc, verbs: frozenset[str]) -> Span | None:
    """The subject of the first of ``verbs``: "La Cave du Port ouvre ses portes" -> "La Cave
    du Port"; "Northern Grind is now serving" -> "Northern Grind"."""
    if not verbs:
        return None
    for token in doc:
        if token.lemma_.lower() not in verbs and token.lower_ not in verbs:
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and child.pos_ != "PRON":
                span = doc[child.left_edge.i : child.right_edge.i + 1]
                while len(span) and not span[-1].is_alpha:
                    span = span[:-1]
                while len(span) and not (span[0].is_alpha or span[0].is_digit):
                    span = span[1:]
                if 0 < len(span) <= 8:
                    return span
    return None


def _object_of(doc: Doc, verbs: frozenset[str]) -> Span | None:
    """The words after the first of ``verbs``: its object as written, determiners aside
    ("recrute un apprenti boulanger (H/F)" -> "apprenti boulanger"). Read off the words
    rather than the parse: small models often mistag the job ("apprenti" as a determiner)."""
    for token in doc:
        if token.lower_ not in verbs and token.lemma_.lower() not in verbs:
            continue
        i = token.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in _LEADING:
            i += 1  # "retirer immédiatement ce jouet": the adverb is no part of the object
        if i < len(doc) and doc[i].lower_ in _ANAPHORS:
            # "retirer ce jouet des mains de vos enfants": "ce jouet" points back at the
            # product named before it; what was recalled is there, not here.
            continue
        while i < len(doc) and (
            doc[i].lower_ in _LEADING
            or doc[i].lower_ in ("ou", "or", "for")
            or _INCLUSIVE_ARTICLE.match(doc[i].text)
            or (doc[i].text == ")" and i > 0 and _INCLUSIVE_ARTICLE.match(doc[i - 1].text))
        ):
            i += 1  # "un ou une", "un·e", "un(e)": the article, whichever its form
        start = end = i
        if end < len(doc) and doc[end].like_num and end + 1 < len(doc):
            end += 1  # "il nous manque 2 serveurs": the number goes with its noun
        aside = 0  # tokens not counted: a bracketed aside, a suspended hyphen's
        while end < len(doc) and end - start - aside < _OBJECT_WORDS:
            word = doc[end]
            if (
                word.lower_ in ("or", "and", "ou", "et")
                and end > start
                and doc[end - 1].text.endswith("-")
            ):
                # "a first- or second-year apprentice": the hyphen suspends the compound
                end, aside = end + 1, aside + 1
                continue
            inside = _aside_length(doc, end)
            if inside:
                # "a bilingual (French/English) Customer Success Specialist": the aside
                # qualifies the job the words after it name.
                end, aside = end + inside, aside + inside
                continue
            if end > start and _closes_word(doc, end):
                end += 1  # "apprenti(e)": the bracket the word opened
                aside += 1
                continue
            if _noun_complement(doc, end, start):
                end += 2  # "chef | de projet", "commis | de cuisine": the job's own noun
                continue
            if word.lower_ in _PHRASE_STOPS or not (_wordlike(word) or word.text in "-’'"):
                break
            if not _wordlike(word):
                aside += 1  # "second | - | year": the hyphen is no word of the phrase
            end += 1
        while end > start and not _wordlike(doc[end - 1]) and not _closes_word(doc, end - 1):
            end -= 1
        if end > start and _vague(doc[start:end]):
            continue  # "Our team needs one more person": the job is named further on
        if end > start and any(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "VERB") for t in doc[start:end]
        ):
            return doc[start : _named_after(doc, end)]
    return None


def _closes_word(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is the bracket a word before it opened: "apprenti(e | )"."""
    return doc[at].text == ")" and at > 0 and "(" in doc[at - 1].text


# The most words an object read off the words takes ("a first- or second-year light
# vehicle apprentice"): past them, it is a sentence.
_OBJECT_WORDS = 6


# An article in inclusive writing: "un·e", "un.e", "un(e".
_INCLUSIVE_ARTICLE = regex.compile(r"(?i:un|une|le|la)[·.(]\p{L}{1,2}\)?\Z")
# Words of an object that names no job or product ("one more person", "an extra pair of
# hands"): the one a message needs is named elsewhere.
_VAGUE_OBJECTS = frozenset(
    {"one", "more", "extra", "another", "new", "person", "people", "someone", "somebody"}
    | {"hand", "hands", "help", "pair", "member", "members"}
)
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _vague(span: Span) -> bool:
    """Whether ``span`` is words and every word of content in it is a vague one."""
    return any(t.is_alpha for t in span) and all(
        t.lower_ in _VAGUE_OBJECTS or t.pos_ not in _CONTENT for t in span
    )


def _noun_complement(doc: Doc, at: int, start: int) -> bool:
    """Whether ``doc[at]`` is « de » / "d'" followed by a bare noun that completes the
    single noun before it ("chef de projet", "chargé·e de communication", "commis de
    cuisine"): one word of the phrase so far, no article after « de »."""
    if at + 1 >= len(doc) or at - start != 1 or doc[at].lower_ not in ("de", "d'", "d’"):
        return False
    following = doc[at + 1]
    return following.pos_ == "NOUN" and following.lower_ not in _LEADING


def _aside_length(doc: Doc, at: int) -> int:
    """The tokens of a short bracketed aside opening at ``at`` and followed by a word that
    goes on with the phrase ("(French/English) Customer"), 0 when there is none."""
    if doc[at].text != "(":
        return 0
    for j in range(at + 1, min(len(doc), at + 7)):
        if doc[j].text == ")":
            following = doc[j + 1] if j + 1 < len(doc) else None
            if (
                following is not None
                and _wordlike(following)
                and following.lower_ not in _PHRASE_STOPS
            ):
                return j + 1 - at
            return 0
    return 0


_QUOTES = {"«": "»", "“": "”", '"': '"'}
# Parts of speech that end a product's phrase, read back from its quoted name: "vendu des
# | sièges vélo enfant « KidRide Confort »". Function words are read off the word lists
# too, since small models mistag a noun among nouns ("vélo" as a preposition).
_NOT_PRODUCT_WORDS = frozenset({"VERB", "AUX", "PRON", "DET", "CCONJ", "SCONJ", "PUNCT"})


def _product_word(token: Token) -> bool:
    return (
        (_wordlike(token) or token.like_num)
        and token.pos_ not in _NOT_PRODUCT_WORDS
        and token.lower_ not in _LEADING
        and token.lower_ not in _PHRASE_STOPS
        and token.lower_ not in _JOINING_PREPOSITIONS
    )


def _quoted_product(doc: Doc) -> Span | None:
    """A product named by a quoted name next to its nouns: "des sièges vélo enfant «
    KidRide Confort »", « notre hochet en hêtre « Petit Nuage » », 'our 8 oz "Fireside
    Cedar" jars'. The words before the quote back to a determiner, verb or preposition (at
    most five; a preposition between two nouns stays: "hochet en hêtre"), the quoted name,
    and the nouns right after it; a noun among them. A capitalised quoted name alone is
    the product too ("'Bonfire & Bramble' is here")."""
    for token in doc:
        close = _closing(doc, token.i)
        if close is None:
            continue
        start = token.i
        while start > 0 and token.i - start < 5:
            if _product_word(doc[start - 1]):
                start -= 1
            elif (
                start < token.i
                and doc[start - 1].lower_ in _JOINING_PREPOSITIONS
                and start >= 2
                and _product_word(doc[start - 2])
            ):
                start -= 2  # "hochet en | hêtre"
            else:
                break
        end = close + 1
        while end < len(doc) and end - close <= 2 and doc[end].pos_ == "NOUN":
            end += 1  # '"Fireside Cedar" jars'
        around = [*doc[start : token.i], *doc[close + 1 : end]]
        if any(t.pos_ == "NOUN" for t in around) or doc[token.i + 1].text[:1].isupper():
            return doc[start:end]
    return None


# The marks a product's name is quoted in; a straight or curly single quote too, when it
# stands alone as a token (an apostrophe is part of its word).
_NAME_QUOTES = {**_QUOTES, "'": "'", "‘": "’"}


def _closing(doc: Doc, opening: int) -> int | None:
    """The index of the mark that closes a quoted name opening at ``opening`` (one to
    eight words), None when ``opening`` opens none."""
    close = _NAME_QUOTES.get(doc[opening].text)
    if close is None or opening + 1 >= len(doc) or not _wordlike(doc[opening + 1]):
        return None
    for j in range(opening + 2, min(len(doc), opening + 10)):
        if doc[j].text == close:
            return j
        if doc[j].pos_ in ("VERB", "AUX"):
            return None
    return None


# Prepositions that join a product's noun to its material or content: "hochet en hêtre",
# "confiture d'abricots", "terrine de sanglier".
_JOINING_PREPOSITIONS = frozenset({"en", "de", "d'", "d’", "à", "au", "aux", "of"})


def _named_after(doc: Doc, end: int) -> int:
    """``end`` moved past the quoted name that follows a product noun closely: "hochet en
    bois « Petit Nuage »" is that one rattle, "hochet" any. At most three words (no verb)
    between the noun and the opening quote, at most eight inside the quotes."""
    i = end
    while i < len(doc) and i - end <= 3 and doc[i].text not in _QUOTES:
        if not _wordlike(doc[i]) or doc[i].pos_ in ("VERB", "AUX"):
            return end
        i += 1
    if i >= len(doc) or doc[i].text not in _QUOTES:
        return end
    close = _QUOTES[doc[i].text]
    for j in range(i + 1, min(len(doc), i + 10)):
        if doc[j].text == close:
            return j + 1
    return end


def _wordlike(token: Token) -> bool:
    """A word, inclusive forms too: "apprenti(e", "développeur·se"."""
    return token.text[:1].isalpha() and any(ch.isalpha() for ch in token.text[-2:])


def _main_argument(doc: Doc, generic: frozenset[str]) -> Token | None:
    for sentence in doc.sents:
        root = sentence.root
        for dep in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "attr"):
            for child in root.children:
                if (
                    child.dep_ == dep
                    and child.pos_ == "NOUN"  # a proper noun subject is most often a person
                    and child.lemma_.lower() not in generic
                ):
                    return child
        if root.pos_ == "NOUN" and root.lemma_.lower() not in generic:
            return root  # a verbless title: "Soldes d'hiver : ..."
    return None


def _phrase(doc: Doc, head: Token) -> Span:
    """``head`` with its compounds and adjectives, and one "de/of" complement."""
    start = head.i
    if start > 1 and doc[start - 1].text == "-":  # "part-time barista"
        start -= 2
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "nummod")
        and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    ):
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == head.i:
        end += 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("de", "d'", "d’", "du", "des", "of", "à", "au")
        and doc[end + 1].pos_ in ("NOUN", "PROPN")
    ):
        end += 2
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == end - 1:
            end += 1
    return doc[start:end]
