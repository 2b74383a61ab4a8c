"""A press note's headline when its title repeats the lead and the news table
(:mod:`brandvoice.adaptation.news_headline`) wrote none: the leads a press officer still
titles in a few words, and the cut no headline may end on.

- A lead the business says in the first person ("We are recalling one batch of our
  honey …"): with the brand the profile names, the brand's present simple ("Bush Hive
  recalls one batch of its honey"); without it, the headline's passive, auxiliary
  dropped, as the AP style writes it ("One batch of 500g Yellow Box honey recalled").
- An award (« Notre baguette a remporté le premier prix du concours … du Var », "… has
  won Best Pie 2026"): the prize is the news, and who won it when a name says so
  (« Premier prix du concours … du Var », "Best Pie 2026 for The Crust").
- A thing that starts at the brand ("New fall menu starts tonight at Juniper Table"): the
  brand launches it ("Juniper Table launches new fall menu").
- A certification (« Certification B Corp pour l'agence Hirondelle »), an anniversary
  ("50th anniversary", "<Brand> turns 50"), a press mention (« Parution dans L'Écho du
  Finistère »), a recall label (« Rappel du hochet en bois « Petit Nuage » »), what
  customers still wait for ("Tuesday's boxes delayed: our apologies"), what the
  business published, read in the sentence after a lead that only sets the scene ("Free
  planting calendar for local gardens").
- The state of what the business owns ("Our office is closed August 10–21 for…" →
  "Office closed August 10–21"); a title cut inside a range ("… August 10" of "August
  10–21") is never printed: the range goes on to its end.
- A shouted label is sentence-cased ("PRODUCT RECALL: …" → "Product recall: …"), and a
  master's headline that gave the news over a lead without a verb goes back into the lead
  (:func:`rejoined`).

Which verbs and words are data (``data/news-headlines.yaml``, section ``press``, with its
examples); only the press note asks (the blog keeps its own title). When unsure, None:
the note keeps the title it had.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.news_headline import (
    LIMIT,
    news_headline,
    noun_phrase_end,
    repeats,
    words,
)
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.french import starts_with_vowel
from brandvoice.text.french.contraction import with_preposition

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


@cache
def _press(lang: str) -> dict[str, Any]:
    table: dict[str, Any] = load_table("news-headlines.yaml")["press"].get(lang) or {}
    return table


def examples() -> list[dict[str, Any]]:
    """The press section's examples: a title, its lead and the headline written (None:
    the title stays)."""
    return list(load_table("news-headlines.yaml")["press"]["examples"])


def rejoined_examples() -> list[dict[str, Any]]:
    """The examples of :func:`rejoined`: a headline and its lead, and what it writes."""
    return list(load_table("news-headlines.yaml")["press"]["en"]["back"]["examples"])


def press_headline(
    title: str, lead: str, lang: str, *, brand: str | None = None, after: str = ""
) -> str | None:
    """The press note's headline for a ``title`` that repeats ``lead`` or is cut inside a
    range (see the module's docstring); ``after`` is the sentence after the lead, where a
    lead that only sets the scene leaves the news (a resource published). None when no
    rule knows the lead."""
    language = base_language(lang)
    table = _press(language)
    if not table:
        return None
    written = (
        _reworded(lead, lang, table, brand)
        or _first_person(_without_label(lead), language, table, brand)
        or _award(lead, language, table, brand)
        or _certified(lead, table)
        or _starts_at_brand(lead, language, table, brand)
        or _owned_state(lead, table, brand)
        or _anniversary(lead, table, brand)
        or _press_mention(lead, table, brand)
        or _recall_label(lead, table)
        or _still_waiting(lead, table)
        or _published(lead, table, brand)
        or _published(after, table, brand)
        or _main_clause(title, lead, lang, table)
    )
    if written and len(written) <= LIMIT and not repeats(written, lead):
        return written
    return _range_kept(title, lead)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _phrase(after: str, lang: str) -> str:
    """The noun phrase that opens ``after``, an aside in brackets left out."""
    after = regex.sub(r"\s\([^()\n]*\)", "", after)
    return str(noun_phrase_end(lang).split(after, maxsplit=1)[0]).strip()


def _clean(phrase: str, lang: str, table: dict[str, Any], brand: str | None) -> str | None:
    """``phrase`` with the business's possessive given to the brand ("our" → "its" after
    a brand subject) or dropped (« notre », "our" in a subject-less headline); None when
    another pronoun or possessive stays, or it is too long for a headline."""
    possessive = r"(?<![\p{L}])(?:" + "|".join(table["possessives"]) + r")\s+"
    replaced: str = regex.sub(
        possessive, f"{table['its']} " if brand else "", phrase, flags=regex.I
    )
    found = words(replaced)
    if not found or len(found) > 10 or any(w in table["pronouns"] for w in found):
        return None
    return replaced


# A label a lead may open on before the business speaks: "Product recall: we are…",
# « Important : nous rappelons… » (three words at most, then its colon).
_LABEL = regex.compile(r"^(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+\s*[:–—]\s+")


def _without_label(lead: str) -> str:
    """``lead`` without the short label it opens on (see :data:`_LABEL`)."""
    found = _LABEL.match(lead)
    return lead[found.end() :] if found is not None else lead


def speaking_after_label(lead: str, lang: str) -> str | None:
    """``lead`` without the short label it opens on when the business speaks after it
    ("Product recall: we are recalling…" → "We are recalling…"); None otherwise."""
    after = _without_label(lead)
    first = words(after)[:1]
    if after == lead or first not in (["we"], ["we're"], ["nous"]):
        return None
    return _sentence_case(after)


def _first_person(lead: str, lang: str, table: dict[str, Any], brand: str | None) -> str | None:
    """A lead the business says as "we": "We are recalling X because…" → "<Brand> recalls
    X", or "X recalled" without a brand; in French « Nous rappelons nos terrines… » →
    « <Marque> rappelle ses terrines… », or « Rappel des terrines… »."""
    if lang == "fr":
        return _french_first_person(lead, table, brand)
    for entry in table.get("first_person", []):
        pattern = "|".join(regex.escape(f).replace("'", "['’]") for f in entry["forms"])
        found = regex.match(rf"(?:{pattern})\s+", lead, regex.I)
        if found is None:
            continue
        thing = _clean(_phrase(lead[found.end() :], lang), lang, table, brand)
        if thing is None:
            return None
        if brand:
            return f"{brand} {entry['verb']} {thing}"
        if entry.get("plain"):
            # No passive for it ("teams up with"): the noun a press note titles with.
            return str(entry["plain"]).format(thing=thing)
        if not entry.get("passive"):
            return None
        return _sentence_case(f"{thing} {entry['passive']}")
    return None


def _award(lead: str, lang: str, table: dict[str, Any], brand: str | None) -> str | None:
    """« Notre baguette a remporté le premier prix … » → « Premier prix … »."""
    forms = table.get("award", {}).get("forms", [])
    if not forms:
        return None
    pattern = "|".join(regex.escape(f).replace("'", "['’]") for f in forms)
    found = regex.search(rf"(?<=\S\s)(?:{pattern})\s+", lead, regex.I)
    if found is None:
        return None
    subject = lead[: found.start()].strip()
    prize = _phrase(lead[found.end() :], lang)
    # Where and by whom it was awarded is the lead's: « lors du concours … », "by the …".
    ends = table["award"].get("ends", [])
    if ends:
        prize = regex.split(rf"\s(?:{_forms(ends)})(?![\p{{L}}])", prize, flags=regex.I)[0]
    prize = regex.sub(table["award"]["article"], "", prize, count=1, flags=regex.I)
    if not prize or _clean(prize, lang, table, None) != prize:
        return None
    # The winner stays when a name says it; « notre baguette » without one does not.
    winner = _clean(subject, lang, table, brand) if brand else None
    if winner and brand and brand in winner:
        return _sentence_case(f"{prize} {table['award']['for']} {winner}")
    return _sentence_case(prize)


def _starts_at_brand(lead: str, lang: str, table: dict[str, Any], brand: str | None) -> str | None:
    """A thing that starts at the brand: "New fall menu starts tonight at Juniper Table" →
    "Juniper Table launches new fall menu"; the brand, named where the thing starts, does
    what the lead says of it."""
    entry = table.get("starts_at_brand")
    if not entry or not brand or not regex.search(rf"\b{regex.escape(brand)}\b", lead):
        return None
    pattern = "|".join(regex.escape(f) for f in entry["forms"])
    found = regex.match(
        rf"(?P<thing>[^,;:.!?]+?)\s+(?:{pattern})\b[^,;:.!?]*?\s{entry['at']}\s+{regex.escape(brand)}",
        lead,
        regex.I,
    )
    if found is None:
        return None
    thing = _clean(found["thing"], lang, table, None)
    if thing is None or brand in thing:
        return None
    first, *rest = thing.split(" ", 1)
    # "New fall menu": a common noun takes no capital inside a headline; a name keeps its.
    if first.isalpha() and first[1:].islower() and first.casefold() in table["lowercase_first"]:
        first = first.lower()
    return f"{brand} {entry['verb']} {' '.join([first, *rest])}"


def _owned_state(lead: str, table: dict[str, Any], brand: str | None) -> str | None:
    """The state of a thing the business owns: "Our office is closed August 10–21 for our
    summer break" → "Office closed August 10–21" (the copula goes, as a headline's does),
    "<Brand>'s office closed …" when the profile names the brand; what the state is for or
    why is the lead's."""
    entry = table.get("owned_state")
    if not entry:
        return None
    owners = "|".join([*table["possessives"], *([regex.escape(brand) + "['’]s"] if brand else [])])
    states = "|".join(regex.escape(s) for s in entry["states"])
    found = regex.match(
        rf"(?:{owners})\s+(?P<thing>[\p{{L}}\- ]{{1,40}}?)\s+(?:is|are)\s+(?P<state>{states})"
        r"(?P<rest>[^,;:.!?()]*)",
        lead,
        regex.I,
    )
    if found is None:
        return None
    rest = regex.split(rf"\s(?:{'|'.join(entry['rest_ends'])})(?![\p{{L}}])", found["rest"])[0]
    thing = f"{found['thing']} {found['state']}{rest.rstrip()}"
    if any(w in table["pronouns"] for w in words(thing)):
        return None
    return f"{brand}'s {thing}" if brand else _sentence_case(thing)


def _reworded(lead: str, lang: str, table: dict[str, Any], brand: str | None) -> str | None:
    """A lead that says a table's verb in other words ("welcomes its very first patients",
    « a le plaisir de vous annoncer son ouverture »): the news table's headline of the
    lead said with the verb ("Bow River Family Dental opens on Tuesday, January 5, 2027")."""
    for said, verb in (table.get("reworded") or {}).items():
        found = regex.search(rf"(?<![\p{{L}}]){_forms([said])}(?![\p{{L}}])", lead, regex.I)
        if found is not None:
            plain = f"{lead[: found.start()]}{verb}{lead[found.end() :]}"
            # The press note prints the lead as written: the headline may say "opens".
            return news_headline(plain, lang, brand=brand, printed=lead)
    return None


def _forms(forms: list[str]) -> str:
    return "|".join(regex.escape(f).replace("'", "['’]") for f in forms)


def _certified(lead: str, table: dict[str, Any]) -> str | None:
    """« … que l'agence Hirondelle est officiellement certifiée B Corp, avec … » →
    « Certification B Corp pour l'agence Hirondelle »; "Tide & Tamp is now certified B
    Corp" → "Tide & Tamp certified B Corp"."""
    entry = table.get("certified")
    if not entry:
        return None
    found = regex.search(
        rf"(?:^|(?<=,\s))(?P<subject>[^,;:.!?]+?)\s+(?:{_forms(entry['forms'])})\s+"
        # The label is a name: its words capitalised or figures ("B Corp", "ISO 14001").
        r"(?P<label>\p{Lu}[\p{L}\p{N}\-]*(?:\s(?:\p{Lu}|\p{N})[\p{L}\p{N}\-]*)*)(?![\p{L}\p{N}])",
        lead,
    )
    if found is None:
        return None
    # « nous sommes fiers d'annoncer que l'agence … »: the subject is the one after « que ».
    subject = regex.split(rf"\s(?:{_forms(entry['after'])})\s?", found["subject"])[-1].strip()
    label = found["label"].strip()
    # « L'agence Hirondelle est … » → « pour l'agence Hirondelle »: a common noun's article
    # is lowercase inside a headline; a name's (« La Toupie ») is not, and stays.
    if regex.match(r"(?:L['’]|La\s|Le\s|Les\s)\p{Ll}", subject) and entry.get("lower_article"):
        subject = subject[:1].lower() + subject[1:]
    if any(w in table["pronouns"] for w in words(subject)) or len(words(subject)) > 6:
        return None
    return _sentence_case(entry["written"].format(subject=subject, label=label))


def _anniversary(lead: str, table: dict[str, Any], brand: str | None) -> str | None:
    """ "50 years ago today, Dolores Reyes flipped the sign…" → "<Brand> turns 50", or
    "50th anniversary" without a brand: the years are the news, the story the lead's."""
    entry = table.get("anniversary")
    if not entry:
        return None
    found = regex.match(entry["opening"], lead, regex.I)
    if found is None:
        return None
    years = int(found["years"])
    if brand:
        return str(entry["brand"]).format(brand=brand, years=years)
    suffix = "th" if 10 <= years % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(years % 10, "th")
    return str(entry["plain"]).format(years=years, ordinal=f"{years}{suffix}")


def _press_mention(lead: str, table: dict[str, Any], brand: str | None) -> str | None:
    """« On parle de nous dans L'Écho du Finistère ce matin ! » → « Parution dans L'Écho
    du Finistère » ("<Brand> featured on 'Weekend Kitchen'" with a brand): the medium is
    the news, the day the dateline's."""
    entry = table.get("press_mention")
    if not entry:
        return None
    found = regex.match(
        rf"(?:{_forms(entry['forms'])})\s+(?P<medium>[^,;:.!?]+)", lead.strip(), regex.I
    )
    if found is None:
        return None
    medium = regex.split(
        rf"\s(?:{'|'.join(entry['medium_ends'])})(?![\p{{L}}])", found["medium"], flags=regex.I
    )[0].strip()
    if not medium or any(w in table["pronouns"] for w in words(medium)):
        return None
    written = entry["brand"] if brand else entry.get("plain")
    return str(written).format(brand=brand, medium=medium) if written else None


def _published(sentence: str, table: dict[str, Any], brand: str | None) -> str | None:
    """ "We have put together a free planting calendar for local gardens: …" → "Free
    planting calendar for local gardens" ("<Brand> publishes a free …" with a brand)."""
    entry = table.get("published")
    if not entry or not sentence:
        return None
    # After a label that names the readers ("Freelancers and small business owners: we
    # have put together …"), the news is the same.
    found = regex.match(
        rf"(?:[^:.!?]{{1,60}}:\s+)?(?:{_forms(entry['forms'])})\s+(?P<thing>[^,;:.!?()]+)",
        sentence.strip(),
        regex.I,
    )
    if found is None:
        return None
    # French has no brand form: « sa » or « son » would need the thing's gender.
    named = brand if entry.get("verb") else None
    thing = _clean(found["thing"].strip(), "", table, named)
    if thing is None:
        return None
    if named:
        return f"{named} {entry['verb']} {thing}"
    return _sentence_case(regex.sub(entry["article"], "", thing, count=1, flags=regex.I))


def _still_waiting(lead: str, table: dict[str, Any]) -> str | None:
    """ "Some of you are still waiting for Tuesday's boxes, and we are sincerely sorry." →
    "Tuesday's boxes delayed: our apologies": what is late, and the apology when the lead
    makes it."""
    entry = table.get("still_waiting")
    if not entry:
        return None
    found = regex.match(
        rf"(?:{_forms(entry['forms'])})\s+(?P<thing>[^,;:.!?()]+)", lead.strip(), regex.I
    )
    if found is None:
        return None
    thing = _clean(found["thing"].strip(), "", table, None)
    if thing is None or len(words(thing)) > 6:
        return None
    written = f"{_sentence_case(thing)} {entry['late']}"
    said = lead.casefold()
    if any(cue in said for cue in entry["sorry"]):
        written += f": {entry['apology']}"
    return written


@dataclass(frozen=True, slots=True)
class Rejoined:
    """A press note's headline and lead once the news sentence the master exclaimed as its
    headline went back into the lead."""

    headline: str
    lead: str


def rejoined(headline: str, lead: str, lang: str) -> Rejoined | None:
    """For a master's headline that gave the news ("Trivia night is back at The Salty
    Dog!") over a lead left without a verb ("Every second Tuesday, starting Tuesday 13
    January at 7pm."): the news back in the lead ("Trivia night is back at The Salty Dog
    every second Tuesday, starting …") under a headline that says it in other words
    ("Trivia night returns to The Salty Dog"). None when the lead has a verb, or no rule
    (``data/news-headlines.yaml``, ``press.back``) rewords the headline."""
    from brandvoice.nlp import parse

    entry = _press(base_language(lang)).get("back")
    if not entry or not lead[:1].isupper():
        return None
    found = regex.match(
        rf"(?P<what>[^,;:.!?]+?)\s+(?:{_forms(entry['forms'])})\s+(?P<where>[^,;:.!?]+)$",
        headline.strip(),
        regex.I,
    )
    if found is None:
        return None
    # A participle ("starting Tuesday 13 January") is no verb a sentence stands on.
    if any("Fin" in t.morph.get("VerbForm", []) for t in parse(lang, lead, entities=False)):
        return None
    first = _WORD.match(lead)
    # "Every second Tuesday" runs on from the news; a name ("Tuesday 13 January") keeps
    # its capital.
    if first is None or first.group().casefold() not in entry["run_on"]:
        return None
    written = str(entry["written"]).format(what=found["what"], where=found["where"])
    return Rejoined(written, f"{headline.strip()} {lead[:1].lower()}{lead[1:]}")


# A shouted label opening a headline: two words or more in capitals, each of four letters
# or more ("PRODUCT RECALL", « RAPPEL PRODUIT », "APPRENTICE WANTED"); a shorter word in
# capitals may be an acronym ("IPA", "CDI") and keeps them.
_SHOUTED = regex.compile(r"^\p{Lu}{4,}(?:[ \u00a0]+\p{Lu}{4,})+(?![\p{L}])")


def sentence_cased(headline: str) -> str:
    """``headline`` with a shouted label in sentence case ("PRODUCT RECALL: Oat & Raisin
    Cookies" → "Product recall: Oat & Raisin Cookies"): a press headline does not shout;
    the names after it keep their capitals."""
    found = _SHOUTED.match(headline)
    if found is None:
        return headline
    label = str(found.group())
    return label[:1] + label[1:].lower() + headline[found.end() :]


def _recall_label(lead: str, table: dict[str, Any]) -> str | None:
    """« Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie
    entre octobre et décembre 2025. » → « Rappel du hochet en bois « Petit Nuage » »: the
    noun of the recall over what is recalled, without where and when it was sold."""
    entry = table.get("recall_label")
    if not entry:
        return None
    found = regex.match(
        rf"(?:{_forms(entry['forms'])})\s+(?P<thing>.+?)"
        rf"(?=\s(?:{'|'.join(entry['thing_ends'])})(?![\p{{L}}])|[,;:.!?(]|$)",
        lead.strip(),
        regex.I,
    )
    if found is None:
        return None
    thing = found["thing"].strip()
    if thing.count("«") != thing.count("»") or any(w in table["pronouns"] for w in words(thing)):
        return None
    return f"{entry['noun']} {with_preposition('de', thing, 'fr')}"


# A title that stops where the lead's range, figure or name goes on: "August 10" of
# "August 10–21", "12" of "12,5", « du Var » left off « meilleure baguette ».
_RANGE_GOES_ON = regex.compile(r"(?:[\-–—]\s?|\s(?:to|au|à)\s)\p{N}")


def _range_kept(title: str, lead: str) -> str | None:
    """``title`` with the rest of the range it was cut in ("August 10–21"), when the lead
    writes it on right after; None otherwise (the title stays as it is)."""
    # A range goes on from a figure: "s'installe au 3 place …" is an address, not a range.
    if not lead.startswith(title) or not title[-1:].isdigit():
        return None
    rest = lead[len(title) :]
    found = _RANGE_GOES_ON.match(rest)
    if found is None:
        return None
    end = regex.match(r"[\-–—\s\p{L}]*\p{N}+", rest)
    return f"{title}{rest[: end.end()]}" if end else None


# A lead's opening words up to its first comma, outside brackets: a time or a cause set
# before the news (« Depuis ce mois-ci, », "As of this week,").
_OPENING_COMMA = regex.compile(r"^[^,()«»\"“”:;\n]+,\s")
# Where the main clause's headline ends: its first comma, colon, semicolon, bracket or stop.
_CLAUSE_END = regex.compile(r"\s*(?:[,:;(]|[.!?…](?:\s|$)|\s[–—]\s|$)")


def main_clause(title: str, lead: str, lang: str, *, to_reader: bool = False) -> str | None:
    """The main clause of ``lead`` that ``title``, only the time or cause it opens on,
    gives way to (see :func:`_main_clause`): a press headline's and a blog title's rule;
    ``to_reader``: the clause may speak to its reader (an article's title: « … pour vos
    soirées »)."""
    language = base_language(lang)
    return _main_clause(title, lead, language, _press(language), to_reader=to_reader)


def _main_clause(
    title: str, lead: str, lang: str, table: dict[str, Any], *, to_reader: bool = False
) -> str | None:
    """The lead's main clause when the title is only the time or cause the lead opens on
    (« Depuis ce mois-ci » over « Depuis ce mois-ci, la pharmacie change d'horaires : … »,
    "As of this week" over "As of this week, the brewery runs on the sun"): the news, its
    subject to the clause's first comma or colon, as the headline (« La pharmacie change
    d'horaires »). None when the title holds a clause of its own, the lead opens on no
    such phrase, the clause after it has no subject of its own there, or it speaks as
    "we" or to "you" (a headline names who acts)."""
    from brandvoice.adaptation.transform import parse
    from brandvoice.adaptation.wording.list_colon import finite

    opening = _OPENING_COMMA.match(lead)
    if opening is None or not words(title) or words(title) != words(opening.group()):
        return None
    start = opening.end()
    if any(
        finite(t) and _has_subject(t) and not t.dep_.startswith(_RELATIVE)
        for t in parse(lang, opening.group(), entities=False)
    ):
        # "After we moved, …": a clause, whose headline is not this one; a relative clause
        # inside a noun phrase (« En raison du mouvement social qui touche notre
        # transporteur, ») leaves the phrase a cause.
        return None
    if any(
        t.idx < start and t.dep_.startswith("nsubj") and t.head.idx >= start
        for t in parse(lang, lead, entities=False)
    ):
        # "Our new white paper, 'Payment terms…', looks at…": the phrase is the sentence's
        # subject, what follows its comma an apposition, not the news.
        return None
    # The clause after the comma parsed as the sentence it is: the small models misread
    # it behind a fronted phrase.
    rest = _sentence_case(lead[start:])
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start() if end is not None else len(rest)].strip()
    # A subject, then its verb: the small models misread a clause behind a fronted phrase
    # and alone alike (« change » a noun, "The" the determiner of "runs"), so the verb is
    # any word after the clause's first that conjugates one.
    doc = parse(lang, clause, entities=False)
    if len(doc) < 3 or doc[0].pos_ in ("VERB", "AUX", "SCONJ", "ADP"):
        return None
    if not any(_conjugated_verb(t, lang) for t in doc[1:]):
        return None
    found = words(clause)
    spoken = set(table["pronouns"]) - (set(table["reader_pronouns"]) if to_reader else set())
    if len(found) < 3 or any(w in spoken for w in found):
        return None
    return clause


_RELATIVE = ("acl", "relcl")


def _has_subject(token: Any) -> bool:
    return any(c.dep_.startswith("nsubj") for c in token.children)


# Forms no conjugated French verb has: an infinitive or a participle.
_FR_NOT_FINITE = regex.compile(r"(?:er|ir|é|ée|és|ées|ant)$", regex.I)


def _conjugated_verb(token: Any, lang: str) -> bool:
    """Whether ``token`` is a conjugated verb, as the parse says or, in French, as the
    model's verb tables know the form (« change », « subissent »)."""
    from brandvoice.adaptation.wording.list_colon import finite

    if finite(token) or token.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    if base_language(lang) != "fr" or _FR_NOT_FINITE.search(token.text):
        return False
    from brandvoice.nlp import get_pipeline
    from brandvoice.text.french import verb_forms

    forms = verb_forms(get_pipeline("fr").nlp)
    return forms is not None and bool(forms.lemmas(token.lower_))


# « notre » / « nos » and what stands for them after the brand or in a noun's title.
_FR_POSSESSIVE = regex.compile(r"^(notre|nos)\s+(\p{L}[\p{L}'’-]*)", regex.I)


def _french_first_person(lead: str, table: dict[str, Any], brand: str | None) -> str | None:
    """« Nous rappelons notre confiture d'abricots… » → « Rappel de la confiture
    d'abricots… », « <Marque> rappelle sa confiture d'abricots… » with a brand: the noun's
    gender from the lexicon (unknown: None)."""
    for entry in table.get("first_person", []):
        pattern = "|".join(regex.escape(f).replace("'", "['’]") for f in entry["forms"])
        found = regex.match(rf"(?:{pattern})\s+", lead, regex.I)
        if found is None:
            continue
        phrase = _phrase(lead[found.end() :], "fr")
        owned = _FR_POSSESSIVE.match(phrase)
        if owned is None:
            return None
        noun = owned.group(2)
        rest = phrase[owned.end(1) :].strip()
        plural = owned.group(1).lower() == "nos"
        gender = None if plural else _gender(noun, phrase)
        if not plural and gender is None:
            return None
        found_words = words(rest)
        if not found_words or len(found_words) > 10:
            return None
        if any(w in table["pronouns"] for w in found_words):
            return None
        vowel = starts_with_vowel(noun)
        if brand:
            its = "ses" if plural else ("son" if gender == "m" or vowel else "sa")
            return f"{brand} {entry['verb']} {its} {rest}"
        article = "les" if plural else ("l'" if vowel else _ARTICLES[gender or "m"])
        named = f"{article}{rest}" if article.endswith("'") else f"{article} {rest}"
        return str(entry["plain"]).format(thing=with_preposition("de", named))
    return None


_ARTICLES = {"m": "le", "f": "la"}


def _gender(noun: str, phrase: str) -> str | None:
    """``noun``'s gender: the lexicon's, else the tagger's reading of it in ``phrase`` when
    the noun's ending agrees (« confiture », feminine both ways); None when unsure."""
    from brandvoice.adaptation.transform import parse
    from brandvoice.text.french.gender import Gender, known_noun_gender, noun_gender

    known = known_noun_gender(noun)
    if known is not None:
        return known
    token = next((t for t in parse("fr", phrase, entities=False) if t.text == noun), None)
    if token is None:
        return None
    genders: dict[str, Gender] = {"Fem": "f", "Masc": "m"}
    tagged = genders.get(next(iter(token.morph.get("Gender", [])), ""))
    if tagged is None or noun_gender(noun, tagged) != tagged:
        return None
    return tagged
