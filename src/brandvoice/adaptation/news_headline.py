"""A headline written from the lead, for a press note or an article whose title would
repeat the lead word for word.

A press headline is a title, not the lead's first words: « La Cave du Port ouvre ses
portes le samedi 4 avril à Bandol » over « Le 20 mars 2026 – La Cave du Port ouvre ses
portes le samedi 4 avril à Bandol, … » reads as a paste. French press notes title with
the action's noun (« Ouverture de La Cave du Port à Bandol le 4 avril »); English ones
with a clause in the present simple ("The Green Fork hires a full-time line cook"). The
lead then gives the news as a full sentence. Which verbs, which nouns and whose noun
phrase follows are data (``data/news-headlines.yaml``, with its examples); a lead whose
verb is not in it, whose subject is no name (« nous », "we") or whose headline would be
too long keeps the title it had: no headline is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.headline import HEADLINE_WORD
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.french.contraction import with_preposition

if TYPE_CHECKING:
    from spacy.tokens import Span

# Within a search result's title (blog.TITLE_LIMIT); past it the date, then the place go.
LIMIT = _LIMIT = 70
# A subject or an object longer than this is a clause, not a headline's noun phrase.
_MAX_WORDS = 10

# Who the subject or the object may not be: a pronoun or a possessive needs the sentence
# around it ("Nous ouvrons" → « Ouverture de nous »; « notre boutique » without a name).
_PRONOUNS = {
    "fr": frozenset(
        [
            "je",
            "j",
            "nous",
            "on",
            "vous",
            "il",
            "elle",
            "ils",
            "elles",
            "ce",
            "cela",
            "ça",
            "notre",
            "nos",
            "votre",
            "vos",
        ]
    ),
    "en": frozenset(
        ["i", "we", "us", "you", "it", "they", "he", "she", "this", "that", "our", "your", "their"]
    ),
}
# Where a noun phrase after the verb ends: a stop, an aside, or a word that opens a
# complement of time, place, purpose or cause (which the lead gives).
_PHRASE_END = {
    "fr": regex.compile(
        r"\s*[,;:.!?«–—]|\s\(|\s(?=(?:pour|afin|car|parce|dès|depuis|jusqu['’]|qui|que|dont|à|au|"
        r"aux|entre|avant|après|suite|le\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)(?![\p{L}]))",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"\s*[,;:.!?–—]|\s\(|\s(?=(?:to|for|by|because|from|since|until|after|before|who|that|which|"
        r"at|in|on|this|next|starting|as|so)(?![\p{L}]))",
        regex.IGNORECASE,
    ),
}
_MONTHS = {
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
}
_DAYS = {
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "en": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
}
# The day the news happens, as the lead writes it after its verb.
_DATE = {
    "fr": regex.compile(
        rf"(?<![\p{{L}}])(?:le\s+)?(?:(?:{_DAYS['fr']})\s+)?(?P<day>(?:1er|\d{{1,2}})\s+"
        rf"(?:{_MONTHS['fr']})(?:\s+\d{{4}})?)(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        rf"(?<![\p{{L}}])(?:on\s+)?(?P<day>(?:(?:{_DAYS['en']}),?\s+)?(?:\d{{1,2}}\s+"
        rf"(?:{_MONTHS['en']})|(?:{_MONTHS['en']})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
        rf"(?:,?\s+\d{{4}})?)(?![\p{{L}}\p{{N}}])",
    ),
}
# Where, with its preposition: a town after « à » / "in" (capitalised words: « à La
# Seyne-sur-Mer », "in Leeds"; not a month or a day, "in January"), or a street address
# after « au » / "at" (« au 57 boulevard Baille », "at 14 Quay Street").
_STREET = r"\d+(?:\s?(?:bis|ter))?,?\s+[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,4}?"
_PLACE = {
    "fr": regex.compile(
        rf"(?<![\p{{L}}])(?P<place>à\s+(?!(?:{_MONTHS['fr']}|{_DAYS['fr']})\b)\p{{Lu}}"
        r"[\p{L}\-’']*(?:\s+\p{Lu}[\p{L}\-’']*)*"
        rf"|au\s+{_STREET}(?=\s*(?:[,.;:(]|\s(?:le|à|dès|et)\s|$)))"
    ),
    "en": regex.compile(
        rf"(?<![\p{{L}}])(?P<place>in\s+(?!(?:{_MONTHS['en']}|{_DAYS['en']})\b)\p{{Lu}}"
        r"[\p{L}\-’']*(?:\s+\p{Lu}[\p{L}\-’']*)*"
        rf"|at\s+{_STREET}(?=\s*(?:[,.;:(]|\s(?:on|in|from|and)\s|$)))"
    ),
}
# A date that opens or sits in a range (« du 3 août au 31 août », "between 1 and 4 May").
_RANGE_END = regex.compile(
    rf"\s*(?:au|to|until|till|and|et|[-–—])\s*(?:le\s+)?(?:(?:{_DAYS['fr']}|{_DAYS['en']})\b|"
    rf"(?:1er|\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTHS['fr']}|{_MONTHS['en']})|"
    rf"(?:{_MONTHS['fr']}|{_MONTHS['en']})\b)",
    regex.IGNORECASE,
)
_RANGE_START = regex.compile(r"(?:entre|between)\s+(?:le\s+)?\Z", regex.IGNORECASE)
# Words a verb never follows: « à la ferme », "the close".
_NOT_BEFORE_VERB = {
    "fr": r"(?:la|le|les|l['’]|un|une|des|du|de|à|au|aux|en|sa|son|ses|notre|nos|votre|vos)",
    "en": r"(?:the|a|an|of|to|at|in|on|our|your|its|their)",
}
# What opens a lead before its subject: « Par précaution, », "Good news, Hobart: ".
_OPENER_END = regex.compile(r"[,:]\s+")


@dataclass(frozen=True, slots=True)
class HeadlineForm:
    """One verb of the table: its written forms, and the headline it gives."""

    forms: tuple[str, ...]
    noun: str = ""  # French: the action's noun
    of: str = "subject"  # French: whose noun phrase follows the noun
    colon: bool = False  # French: « Recrutement : <object> »
    verb: str = ""  # English: the verb in the present simple
    takes_object: bool = False  # English: the verb's object follows it
    # The figure the verb's object opens on titles, for its subject: « 14 200 spectateurs
    # pour la 12e édition du festival » (a crowd is the news of a results lead).
    for_subject: bool = False


@cache
def _table(lang: str) -> tuple[HeadlineForm, ...]:
    entries: list[dict[str, Any]] = load_table("news-headlines.yaml").get(lang, [])
    return tuple(
        HeadlineForm(
            forms=tuple(sorted(entry["forms"], key=len, reverse=True)),
            noun=entry.get("noun", ""),
            of=entry.get("of", "subject"),
            colon=bool(entry.get("colon", False)),
            verb=entry.get("verb", ""),
            takes_object=bool(entry.get("object", False)),
            for_subject=bool(entry.get("for_subject", False)),
        )
        for entry in entries
    )


def examples() -> list[dict[str, Any]]:
    """The table's examples: a lead and the headline written from it (None: none)."""
    return list(load_table("news-headlines.yaml")["examples"])


def list_lead(intent: str, lang: str) -> str:
    """The sentence that opens a lead which is a list, for ``intent`` (its dateline then
    introduces the list rather than standing over it alone)."""
    table: dict[str, str] = (
        load_table("news-headlines.yaml")["list_lead"].get(base_language(lang))
        or load_table("news-headlines.yaml")["list_lead"]["en"]
    )
    return table.get(intent) or table["default"]


def noun_phrase_end(lang: str) -> regex.Pattern[str]:
    """Where a noun phrase after a verb ends, in ``lang`` (a base language of the table)."""
    return _PHRASE_END[lang]


def words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in HEADLINE_WORD.findall(text)]


def vague(title: str, lang: str) -> bool:
    """Whether ``title`` opens on a pronoun (« Elle arrive », « On déménage », "It's
    here"): a press headline names what it is about."""
    found = words(title)
    return bool(found) and found[0] in _PRONOUNS.get(base_language(lang), ())


def repeats(title: str, lead: str) -> bool:
    """Whether ``lead`` opens on ``title``'s words: a headline pasted over its lead."""
    head = words(title)
    return bool(head) and words(lead)[: len(head)] == head


def news_headline(
    lead: str,
    lang: str,
    *,
    intent: str = "",
    master: str = "",
    brand: str | None = None,
    printed: str | None = None,
) -> str | None:
    """The headline of the news ``lead`` gives, written as the press of ``lang`` titles
    (see the module's docstring); for an apology (``intent`` incident, a ``master`` that
    says sorry), what went wrong and the apology (:func:`apology_headline`). None when
    the lead's verb is not in the table, its subject or object is no name, or the headline
    would repeat the lead (``printed``, when the lead under it is worded otherwise) or run
    too long."""
    from brandvoice.adaptation.layout import without_emoji

    language = base_language(lang)
    if language not in _PRONOUNS:
        return None
    # A headline has no emoji: « 🎙️ Le nouvel épisode » would be « de 🎙️ Le nouvel… ».
    lead = without_emoji(lead).strip()
    if intent == "incident":
        return apology_headline(lead, language, master, brand)
    found = _verb(lead, language)
    if found is None:
        return None
    form, subject, after = found
    if not _noun_phrase(subject, language):
        return None
    thing = ""
    if form.for_subject:
        if form.takes_object:
            # The prize the subject won: « Titre de Maître Artisan en ferronnerie pour Lucas ».
            prize = _PHRASE_END[language].split(after, maxsplit=1)[0]
            quoted = regex.match(r"\s*«[^«»]{1,60}»", after[len(prize) :])
            if quoted:
                prize += quoted.group()  # the label's name: « label « Séjour Responsable » »
            prize = prize.strip()
            if len(words(prize)) < 3:
                return None  # « le label »: no prize a headline can name
            prize = regex.sub(r"^(?:le|la|les|the|a|an)\s+|^l['’]", "", prize, flags=regex.I)
            if not _noun_phrase(prize, language) or not _noun_phrase(subject, language):
                return None
            named = prize[:1].upper() + prize[1:]
        else:
            figure = _FIGURE.match(after.strip())
            if figure is None:
                return None
            named = figure.group()
        owner = subject
        if regex.match(r"(?:L['’]|La\s|Le\s|Les\s|The\s)[\p{Ll}\p{N}]", owner):
            owner = owner[:1].lower() + owner[1:]  # « pour la 12e édition », "for the fair"
        text = f"{named} {_FOR[language]} {owner}"
        if len(text) > _LIMIT or repeats(text, lead if printed is None else printed):
            return None
        return text
    if form.of == "object" or form.takes_object:
        thing = _PHRASE_END[language].split(after, maxsplit=1)[0].strip()
        if not _noun_phrase(thing, language):
            return None
    # The day an opening or a closing happens is its news; a day after a job or a recalled
    # product is another thing (a start date, a sale period): no day then.
    date = None if thing else _DATE[language].search(after)
    if date and (_RANGE_END.match(after, date.end()) or _RANGE_START.search(after[: date.start()])):
        date = None  # « du 3 au 31 août »: one day of it would say another thing
    # A town before a street: « à Sanary » says more in a headline than « au 12 avenue… ».
    places = sorted(_PLACE[language].finditer(after), key=lambda p: p["place"][:2] in ("au", "at"))
    place = places[0] if places else None
    where = place["place"] if place and place["place"] not in f"{subject} {thing}" else ""
    when = date["day"] if date else ""
    if when:
        # « le 4 avril »: a French headline drops the weekday; "on Friday 9 October".
        day = regex.sub(rf"^(?:{_DAYS['fr']})\s+", "", when, flags=regex.I)
        when = f"le {day}" if language == "fr" else f"on {when}"
    owned = (
        _owned(after.strip(), subject)
        if language == "fr" and form.of == "subject" and not form.colon and not thing
        else None
    )
    if owned is not None:
        # What the subject owns is the headline's noun (see _owned); what follows it, up to
        # the day or place, its complement.
        subject, rest = owned
        after = f" {rest}"
    elif language == "fr" and not form.noun and not form.for_subject:
        return None  # « organise » titles only with what the subject holds
    how = "" if thing else _complement(after, language)
    if how is None:
        return None
    if (
        language == "fr"
        and form.of == "subject"
        and not form.colon
        and _DIRECT_OBJECT.match(thing or how)
    ):
        # « Le garage ouvre un atelier hybride »: « Ouverture du garage » cannot take the
        # object after it (« … un atelier hybride »); the note keeps its title. What the
        # subject owns can (« Le Cabanon Bleu rouvre sa paillote sur la plage » →
        # « Réouverture de la paillote du Cabanon Bleu sur la plage »).
        return None
    # Past the limit, the place goes first, then the day: the day is the news.
    for with_when, with_where in ((True, True), (True, False), (False, False)):
        text = _written(
            form,
            subject,
            thing or how,
            where if with_where else "",
            when if with_when else "",
            language,
        )
        if len(text) <= _LIMIT:
            break
    else:
        return None
    if repeats(text, lead if printed is None else printed):
        return None
    return text


def _complement(after: str, lang: str) -> str | None:
    """What a verb without an object says before its day and place: "for good", "for the
    summer", « dans un local plus grand » ('' when nothing). It stays in the headline: a
    shop that "closes" is not one that "closes for good". None when a headline's noun
    cannot take it (« Fermeture … définitivement »: an adverb needs a verb)."""
    ends = [m.start() for m in (_DATE[lang].search(after), _PLACE[lang].search(after)) if m]
    stop = regex.search(r"[,;:.!?(]", after)
    ends += [stop.start()] if stop else []
    said = after[: min(ends)] if ends else after
    said = str(regex.sub(_TRAILING[lang], "", said.strip()))
    found = words(said)
    if not found:
        return ""
    if len(found) > _COMPLEMENT_MAX_WORDS or (lang == "fr" and found[0].endswith("ment")):
        return None
    if found[0] in _VERB_ADVERBS[lang]:
        return None  # « ouvre aussi le dimanche »: no « Ouverture … aussi le dimanche »
    return said


# Adverbs that say how the news stands to what was before (« aussi », « désormais »,
# "now", "again"): they need the verb, and the news is the change the lead tells.
_VERB_ADVERBS = {
    "fr": frozenset(
        [
            "aussi",
            "également",
            "désormais",
            "dorénavant",
            "enfin",
            "encore",
            "toujours",
            "déjà",
            "même",
            "bientôt",
            "maintenant",
        ]
    ),
    "en": frozenset(["also", "now", "again", "still", "even", "already", "finally", "too"]),
}
# A complement longer than this is a clause of its own, which the lead gives.
_COMPLEMENT_MAX_WORDS = 6
# Words a complement does not end on: they open the day or the place it stops before.
_TRAILING = {
    "fr": r"(?:\s+(?:le|la|les|dès|depuis|du|à|au|ce|cette|en|à compter|à partir))+$"
    r"|^(?:le|dès|ce|du)$",
    "en": r"(?:\s+(?:on|from|at|in|this|next|starting))+$|^(?:on|from|this|next)$",
}


def apology_headline(lead: str, lang: str, master: str, brand: str | None) -> str | None:
    """« Soirée de réouverture du P'tit Cabanon : nos excuses et un remboursement »: the
    lead's subject when the business owns it (« notre soirée », "our system"), without its
    possessive, then the apology and what the reader is given (``data/news-headlines.yaml``,
    ``apology``). None when the master does not apologise or the subject is not the
    business's own."""
    from brandvoice.nlp import parse

    table: dict[str, Any] = load_table("news-headlines.yaml")["apology"].get(lang) or {}
    said = master.casefold()
    if not table or not any(cue in said for cue in table["cues"]):
        return None
    doc = parse(lang, lead)
    # The first clause's subject (the parser may read an opener « Samedi dernier, » as a
    # root of its own).
    subject = next((t for t in doc if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if any(child.dep_ in ("obj", "dobj") for child in subject.head.children):
        return None  # "our courier lost a pallet": what went wrong is the pallet
    span = doc[subject.left_edge.i : subject.right_edge.i + 1]
    what = _owned_by_business(span, brand, lang, table["owner"])
    if what is None:
        return None
    if not _noun_phrase(what, lang):
        return None
    owned = what
    if brand and lang == "fr":
        owned = f"{what} {with_preposition('de', brand, 'fr', apostrophe=_apostrophe(brand))}"
    offer = next((o["text"] for o in table["offers"] if o["cue"] in said), "")
    colon = "\u202f:" if lang == "fr" else ":"
    joined = " et " if lang == "fr" else " and "
    # Past the limit, the brand goes first (the note is on its site), then what is given.
    for named, given in ((owned, offer), (what, offer), (owned, ""), (what, "")):
        text = f"{named[:1].upper()}{named[1:]}{colon} {table['says']}"
        text += f"{joined}{given}" if given else ""
        if len(text) <= _LIMIT and not repeats(text, lead):
            return text
    return None


_DEFINITE_FR = frozenset({"le", "la", "les", "l'", "l’"})


def _owned_by_business(
    span: Span, brand: str | None, lang: str, possessives: Sequence[str]
) -> str | None:
    """What ``span`` (the lead's subject) names without its owner, when the business owns
    it and it is a plain noun phrase: « notre soirée de réouverture », or, once the press
    note's person rules named the brand, « la soirée de réouverture du P'tit Cabanon » →
    « soirée de réouverture » (the brand's own words may parse as anything)."""
    end = span.end_char
    start = 1
    if brand and lang == "en" and _owned_by_brand_en(span, brand):
        # "Rideau Community Pharmacy's online … system", once the press note's person
        # rules named the brand for "our": the brand's words may parse as anything.
        start = next(i for i, t in enumerate(span) if t.idx >= span[0].idx + len(brand)) + 1
    elif span[0].lower_ not in possessives:
        if not brand or lang != "fr" or span[0].lower_ not in _DEFINITE_FR:
            return None
        by_name = " " + with_preposition("de", brand, "fr", apostrophe=_apostrophe(brand))
        if not span.text.endswith(by_name):
            return None
        end -= len(by_name)
    words = [t for t in span[start:] if t.idx + len(t) <= end]
    if not words or any(t.pos_ in ("VERB", "PUNCT") for t in words):
        return None
    return span.doc.text[words[0].idx : end]


def _owned_by_brand_en(span: Span, brand: str) -> bool:
    """Whether ``span`` opens on the brand's possessive ("Rideau Community Pharmacy's")."""
    return bool(regex.match(rf"{regex.escape(brand)}['’]s\s", span.text))


@cache
def _verb_patterns(lang: str) -> tuple[tuple[HeadlineForm, regex.Pattern[str]], ...]:
    """Each entry of the table with the pattern of its verb forms, compiled once (every
    press note and article reads its lead with all of them)."""
    found = []
    for form in _table(lang):
        pattern = "|".join(regex.escape(f).replace("'", "['’]") for f in form.forms)
        # Not after an article or a preposition: « à la ferme » is no « ferme ».
        found.append(
            (
                form,
                regex.compile(
                    rf"(?<=\S\s)(?<!(?<![\p{{L}}]){_NOT_BEFORE_VERB[lang]}\s)(?:{pattern})"
                    r"(?![\p{L}\p{N}])",
                    regex.I,
                ),
            )
        )
    return tuple(found)


def _verb(lead: str, lang: str) -> tuple[HeadlineForm, str, str] | None:
    """(the table's entry, the subject, what follows the verb) for the first verb form of
    the table the lead writes after its subject."""
    best: tuple[int, HeadlineForm, regex.Match[str]] | None = None
    for form, pattern in _verb_patterns(lang):
        match = pattern.search(lead)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), form, match)
    if best is None:
        return None
    _, form, match = best
    subject = lead[: match.start()].strip()
    # « La Noz Du, notre stout au sarrasin grillé, sort »: the name, not its apposition.
    apposition = regex.search(r",[^,]+,$", subject)
    if apposition:
        subject = subject[: apposition.start()]
    openers = [
        o
        for o in _OPENER_END.finditer(subject)
        if len(HEADLINE_WORD.findall(subject[: o.start()])) <= 6
    ]
    if openers:
        subject = subject[openers[-1].end() :]
    # An aside in brackets says more than a headline does ("a bilingual (French/English)
    # specialist"): the phrase goes on without it.
    after = regex.sub(r"\s\([^()\n]*\)", "", lead[match.end() :])
    return form, subject.strip(), after


# A French direct object opens on its determiner.
_DIRECT_OBJECT = regex.compile(
    r"(?:un|une|des|le|la|les|l['’]|son|sa|ses|notre|nos|leur|leurs|ce|cet|cette|ces)\s",
    regex.IGNORECASE,
)


# A figure and what it counts: "14,200 visitors", « 14 200 spectateurs ».
_FIGURE = regex.compile(r"\d[\d\u00a0\u202f ,.]*\d?\s+\p{L}+")
_FOR = {"fr": "pour", "en": "for"}
# What a French subject owns, as its verb's object: « sa paillote », « son grand
# vide-grenier », then what the headline keeps after it (« sur la plage de Pampelonne »).
_OWNED = regex.compile(
    r"(?P<its>sa|son|ses)\s+(?P<noun>[\p{L}’'-]+(?:\s+(?!(?:sur|à|au|aux|dans|en|de|du|des|"
    r"d|pour|avec|le|la|les|dès|depuis|et)(?![\p{L}’'-]))[\p{L}’'-]+){0,2})(?P<rest>.*)$",
    regex.IGNORECASE,
)
_ITS_ARTICLE = {"sa": "la ", "son": "le ", "ses": "les "}


def _owned(how: str, subject: str) -> tuple[str, str] | None:
    """(« la paillote du Cabanon Bleu », « sur la plage de Pampelonne ») for « sa paillote
    sur la plage de Pampelonne » after « Le Cabanon Bleu »: the owned thing named with its
    owner, as a headline's noun takes it; None when the object is not the subject's."""
    found = _OWNED.match(how)
    if found is None:
        return None
    noun = found["noun"]
    its = found["its"].casefold()
    article = _ITS_ARTICLE[its]
    if its != "ses" and noun[:1].lower() in "aeiouyéèêâîôûh":
        article = "l’" if "’" in subject or "’" in noun else "l'"
    owner = with_preposition("de", _common_article(subject), "fr", apostrophe=_apostrophe(subject))
    return f"{article}{noun} {owner}", found["rest"].strip()


def _noun_phrase(text: str, lang: str) -> bool:
    """Whether ``text`` can stand in a headline by itself: a few words, none a pronoun,
    its brackets closed."""
    found = words(text)
    return (
        0 < len(found) <= _MAX_WORDS
        and not any(w in _PRONOUNS[lang] for w in found)
        and text.count("(") == text.count(")")
    )


def _written(form: HeadlineForm, subject: str, thing: str, where: str, when: str, lang: str) -> str:
    if lang == "fr":
        if form.colon:
            text = f"{form.noun}\u202f: {thing}"
        elif not form.noun:
            # What the subject holds names the news by itself: « Grand vide-grenier du
            # Comité des fêtes » (see _owned), without its article.
            named = regex.sub(r"^(?:le|la|les)\s+|^l['’]", "", subject, flags=regex.I)
            text = named[:1].upper() + named[1:]
            if thing:
                text += f" {thing}"
        else:
            phrase = _common_article(subject if form.of == "subject" else thing)
            of = with_preposition("de", phrase, "fr", apostrophe=_apostrophe(phrase))
            text = f"{form.noun} {of}"
            if form.of == "subject" and thing:
                text += f" {thing}"  # the complement: « dans un local plus grand »
        place = f" {where}" if where else ""
        return f"{text}{place}{' ' + when if when else ''}"
    parts = [subject, form.verb, thing, where, when]
    text = " ".join(part for part in parts if part)
    return text[:1].upper() + text[1:]


def _common_article(phrase: str) -> str:
    """« L'atelier-boutique Terre d'Ocre » → « l'atelier-boutique … »: the article of a common
    noun is lowercase after « de » (« de l'atelier »); a name's stays (« de La Cave du
    Port »), which :func:`with_preposition` keeps."""
    found = regex.match(r"(L['’]|La\s|Le\s|Les\s)(\p{Ll})", phrase)
    if found is None:
        return phrase
    return phrase[:1].lower() + phrase[1:]


def _apostrophe(text: str) -> str:
    """The apostrophe the lead writes, so the headline's « d' » matches it."""
    return "’" if "’" in text else "'"
