"""A press note's headline that is the post's hook, not the news, replaced by the news.

The earlier steps (headline.py, news_headline.py, press_headline.py,
press_label_headline.py) keep the master's own headline when it does not repeat the lead:
on a social feed it is a hook ("Well, this is wild", « Bonne année à toutes et à tous »,
"Join us"), which a journalist reading a list of releases cannot use. Here a headline is
refused when it speaks as the business or to the reader ("We are finally open", « Vos
fêtes sans stress »), gives an order, is a greeting or feeling of the table, shouts
("NEW SCENT ALERT …") or was cut inside its phrase ("… sold" over "… sold between 1
December and …", « Info garage : fermeture exceptionnelle » over « … le jeudi 14 mai »).
What replaces it, the first that comes, read from the lead's first sentence (the next
one when the lead asks the reader a question), its hook label and its opening time or
cause ("After 23 years, …") left out:

1. a cut headline back to its last whole phrase, or the news its label gave (« Fermeture
   exceptionnelle du Garage Bernardi »);
2. the news table's headline (news_headline.py) or a press note's own (press_headline.py);
3. the job the business says it looks for as "we" ("Part-time barista wanted at Little
   Ancoats Coffee"), the newspaper it is in ("Featured in the Winnipeg Free Press");
4. the lead's main clause when a name, a definite noun or what the business owns is its
   subject, to the end of a phrase and within a headline's length (« La 12e édition du
   festival Jazz sous les Pins a accueilli 14 200 spectateurs », "Bloom Hair Studio's booking system
   was down from Saturday evening"), or the discount a verbless lead opens on;
5. a sober headline of the intent, naming the business that signs the master when it
   does ("Copper Kettle Taproom opens", « Rappel produit »).

The lead's first sentence then opens on the news, not on the post's hook label
(:func:`unhooked_lead`). Which phrases are hooks, which words are persons, where a clause
may end and the sober headlines are data (``data/press-news-titles.yaml``, with its
examples); only the press note asks.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.news_headline import LIMIT, news_headline, repeats, words
from brandvoice.adaptation.press_label_headline import named_as_written
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language
from brandvoice.text.french.contraction import with_preposition

# A headline that is the lead's clause may run a little past a search title's length: the
# clause is whole or it is not a headline.
CLAUSE_LIMIT = 80
# Two capitalised words of three letters or more in a row shout ("NEW SCENT ALERT");
# one is an acronym ("CAP", "ASE").
_SHOUT = regex.compile(r"(?<![\p{L}])\p{Lu}{3,}[\s'’-]+\p{Lu}{3,}(?![\p{L}])")
# A label and the fragment after its colon ("Petit changement : depuis ce mois-ci"): a
# fragment this short before the lead's comma was cut from its clause.
_FRAGMENT_MAX_WORDS = 4
# A time or cause after a label may hold a colon of its own; the label itself is short.
_LABEL = regex.compile(r"^(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+\s*[:–—]\s+")
# What opens a headline before its colon, however long, when only the fragment after it
# is judged ("New scent alert 'Bonfire & Bramble' is here: smoked cedar").
_BEFORE_COLON = regex.compile(r"^[^:–—]{1,80}?\s*[:–—]\s+")
# A shouted run the lead opens on is a label ("NEW SCENT ALERT 'Bonfire & Bramble' is here").
_SHOUTED_LABEL = regex.compile(r"^(?:\p{Lu}{2,}\s+){1,4}(?=\S)")


@dataclass(frozen=True, slots=True)
class NewsTitle:
    """The headline written and why the one before it was refused."""

    headline: str
    reason: str


@cache
def _table(lang: str) -> dict[str, Any]:
    table: dict[str, Any] = load_table("press-news-titles.yaml").get(lang) or {}
    return table


def lead_examples() -> list[dict[str, Any]]:
    """The examples of :func:`unhooked_lead`: a lead's first sentence and what it becomes
    (None: it stays)."""
    return list(load_table("press-news-titles.yaml")["lead_examples"])


def examples() -> list[dict[str, Any]]:
    """The table's examples: a headline, its lead, intent and business, and the headline
    written (None: it stays)."""
    return list(load_table("press-news-titles.yaml")["examples"])


def news_title(
    headline: str,
    lead: str,
    lang: str,
    *,
    intent: str = "",
    who: str | None = None,
    brand: str | None = None,
    master: str = "",
    after: str = "",
    keep: list[str] | tuple[str, ...] = (),
    sober: bool = True,
) -> NewsTitle | None:
    """The press headline that replaces ``headline`` when it is a hook (see the module's
    docstring); None when ``headline`` gives the news, or for a language without a table.
    ``who`` is the business the message names (the profile's ``brand`` first); ``after``
    the sentence after the lead's, which gives the news when the lead asks a question;
    ``keep`` the facts the headline alone says, which the one written says too (none
    does: the headline stays); ``sober`` False: no sober headline of the intent when no
    news is found (an article's title must say its news to be found)."""
    language = base_language(lang)
    table = _table(language)
    if not table or not headline.strip():
        return None
    why = refused(headline, lead, language)
    if why is None:
        return None
    asked = _first_sentence(lead)
    if after and asked.rstrip().endswith("?"):
        lead = after  # "Fancy spending your mornings…?" then "We need a barista at…"
    who = brand or who or _leading_name(_first_sentence(lead))
    candidates = _candidates(
        lead, language, table, intent=intent, brand=brand, master=master, who=who
    )
    if lead != asked and asked.rstrip().endswith("?"):
        # The question may say the news itself ("Did you catch us on 'Weekend Kitchen'?").
        candidates.append(_mention(asked, table))
    # The headline itself may be the news said as "we own": "Our card terminal provider
    # had a glitch" → "Card terminal provider had a glitch"; or its label may name the
    # news before an order ("Spring service offer: get your bike ready…").
    owned = words(headline)[:1] and words(headline)[0] in table["possessives"]
    candidates += [
        _clause(headline, language, table, who) if owned else None,
        _own_label(headline, language, table),
        # "We are hiring" over the job alone ("Full-time technician at Riverside Auto").
        _hiring(f"{headline.rstrip(' !:')}: {_first_sentence(lead)}", language, table),
        _welcome(headline, table),
    ]
    if _cut(headline, lead):
        candidates[:0] = [_trimmed(headline), _label_tail(headline, who, language, table, master)]
    for candidate in candidates:
        if candidate and (opened := _open_range(language).search(candidate)):
            # « … du Sable d'Or de 19 h » (« jusqu'à la fermeture » cut): the range goes.
            candidate = candidate[: opened.start()].rstrip(" ,")
        # A candidate ends its phrase by construction: only its words are judged.
        if (
            candidate
            and len(candidate) <= CLAUSE_LIMIT
            and refused(candidate, "", language, written=True) is None
            and all(fact.casefold() in candidate.casefold() for fact in keep)
        ):
            return NewsTitle(candidate, why)
    if keep:
        return None
    if headline.rstrip().endswith("?"):
        # A question says its subject ("Vous vous mariez en 2027 ?"): a sober label would
        # say less; when the lead asks it too, the layout lets the next sentence lead.
        return None
    if not sober:
        return None
    label = _sober(intent, who, language, table, master)
    if label and words(label) != words(headline):
        return NewsTitle(label, why)
    return None


def refused(headline: str, lead: str, lang: str, *, written: bool = False) -> str | None:
    """Why ``headline`` is no press headline over ``lead`` (None: it is one); a headline
    ``written`` here has its subject and is not read as an order (the small models read
    "Barn turns into…" as one)."""
    table = _table(lang)
    text = headline.strip()
    found = words(text)
    if not found:
        return None
    persons = set(table["persons"])
    # "US" is a country, not "us"; « l'équipe » is no person, « j'ai » is.
    if any(raw != "US" and raw.split("'")[0].casefold() in persons for raw in _raw_words(text)):
        return "it speaks as the business or to the reader"
    if _hook(text, lang):
        return "it is the post's hook, not the news"
    if _SHOUT.search(text):
        return "it shouts"
    if (
        found[-1] in table["open_ends"]
        or _open_range(lang).search(text)
        or _cut(text, _emoji_free(lead))
    ):
        return "it was cut inside its phrase"
    if not written and _order(text, lang):
        return "it gives the reader an order"
    return None


@cache
def _open_range(lang: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?:{_table(lang)['open_ranges']})$", regex.IGNORECASE)


def _emoji_free(text: str) -> str:
    from brandvoice.adaptation.layout import without_emoji

    return regex.sub(r"\s{2,}", " ", without_emoji(text)) if text else text


def _raw_words(text: str) -> list[str]:
    from brandvoice.adaptation.headline import HEADLINE_WORD

    return [w.replace("’", "'") for w in HEADLINE_WORD.findall(text)]


@cache
def _hooks(lang: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"^(?:{phrase_alternation(list(_table(lang)['hooks']))})", regex.IGNORECASE
    )


def _hook(text: str, lang: str) -> bool:
    return bool(_hooks(lang).match(text))


def is_hook(text: str, lang: str) -> bool:
    """Whether ``text`` opens on a post's hook ("Big news", « Grande nouvelle », "Heads
    up"): words that call the reader's attention and say none of the news."""
    language = base_language(lang)
    return bool(_table(language)) and _hook(text.strip(), language)


def _cut(headline: str, lead: str) -> bool:
    """Whether ``headline`` is the opening of ``lead`` cut inside its phrase: the lead goes
    on with a word ("… sold" + " between …"), or with a comma after a label's short
    fragment ("Petit changement : depuis ce mois-ci" + ", toutes nos farines…")."""
    if not repeats(headline, lead) or len(words(lead)) <= len(words(headline)):
        return False
    head = headline.strip()
    if not lead.casefold().startswith(head.casefold()):
        return False
    going_on = lead[len(head) :]
    label = _LABEL.match(head)
    if regex.match(r"\s+[\p{L}\p{N}]", going_on):
        # A clause the lead completes with its day or place ("… s'installe" + " au 3
        # place Massillon") is whole; a label's fragment is not (« Info garage :
        # fermeture exceptionnelle » + « le jeudi 14 mai »).
        return label is not None
    if going_on.startswith(","):
        label = label or _BEFORE_COLON.match(head)
        fragment = head[label.end() :] if label is not None else head
        return len(words(fragment)) <= _FRAGMENT_MAX_WORDS
    return False


def _trimmed(headline: str) -> str | None:
    """A cut ``headline`` back to its last comma, when a label and a phrase stay before it
    ("Product recall: Little Fern kids' hoodies, ages 2–3 and 3–4, sold" → "Product
    recall: Little Fern kids' hoodies, ages 2–3 and 3–4")."""
    head, comma, _ = headline.rpartition(",")
    label = _LABEL.match(head)
    if not comma or label is None or len(words(head[label.end() :])) < 2:
        return None
    return head.strip()


def _order(text: str, lang: str) -> bool:
    """Whether ``text`` (after a label, if any) opens on an imperative: "Join us",
    "Spring offer: get your bike ready"."""
    from brandvoice.adaptation.transform import parse

    label = _LABEL.match(text)
    rest = text[label.end() :] if label is not None else text
    if not rest:
        return False
    doc = parse(lang, rest[:1].upper() + rest[1:], entities=False)
    first = doc[0]
    if lang == "en":
        return first.tag_ == "VB" and first.pos_ in ("VERB", "AUX")
    return "Imp" in first.morph.get("Mood", [])


def _candidates(
    lead: str,
    lang: str,
    table: dict[str, Any],
    *,
    intent: str,
    brand: str | None,
    master: str,
    who: str | None = None,
) -> list[str | None]:
    """The headlines to try, the best first (see the module's docstring)."""
    from brandvoice.adaptation.press_headline import press_headline

    sentence = _first_sentence(lead)
    plain = _without_opener(_without_label(sentence), table)
    found: list[str | None] = []
    for text in dict.fromkeys([sentence, plain]):
        found.append(news_headline(text, lang, intent=intent, master=master, brand=brand))
        found.append(press_headline(text, text, lang, brand=brand))
    # "We are hiring: full-time technician at …": the label is the hiring verb.
    found += [_hiring(sentence, lang, table), _hiring(plain, lang, table)]
    found.append(_mention(plain, table))
    found.append(_clause(plain, lang, table, who))
    found.append(_priced(plain, table))
    return found


# A lead that opens on its discount or price, without a verb (« -30 % sur le nettoyage
# des couettes… », "40% off the first year…").
_PRICED = regex.compile(r"^(?:[-–−]\s?\d+(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)?\s?%\s+off|[£$€]\d)")


def _priced(sentence: str, table: dict[str, Any]) -> str | None:
    """The discount a verbless lead opens on, to the end of its longest phrase within a
    headline's length."""
    if not _PRICED.match(sentence):
        return None
    sentence = regex.sub(r"\s\([^()]*\)", "", regex.sub(r"[.!?…\s]+$", "", sentence))
    ends = [m.start() for m in regex.finditer(table["clause_end"], sentence) if m.start() > 0]
    for end in sorted({*ends, len(sentence)}, reverse=True):
        phrase = sentence[:end].strip().rstrip(",;:–— ")
        found = words(phrase)
        if (
            len(phrase) <= CLAUSE_LIMIT
            and found
            and found[-1] not in table["open_ends"]
            and _paired(phrase)
        ):
            return phrase
    return None


# A name the lead opens on, before its comma ("Copper Kettle Taproom, Unit 4, …").
_LEADING_NAME = regex.compile(r"^((?:\p{Lu}[\p{L}'’&.\-]*\s+){1,4}\p{Lu}[\p{L}'’&.\-]*)(?=,)")


def _leading_name(sentence: str) -> str | None:
    found = _LEADING_NAME.match(sentence)
    return found.group(1) if found is not None else None


def _own_label(headline: str, lang: str, table: dict[str, Any]) -> str | None:
    """The label a refused headline opens on, when it names the kind of news in a few
    words ("Spring service offer", not « Avant les premières routes verglacées »)."""
    label = _LABEL.match(headline)
    if label is None:
        return None
    text = headline[: label.end()].rstrip(" :–—\u202f\u00a0")
    found = words(text)
    if len(found) < 2 or _hook(text, lang) or found[-1] not in table["genres"]:
        return None
    return text


def _welcome(headline: str, table: dict[str, Any]) -> str | None:
    """A newcomer the post welcomes, as the press says it ("Please welcome Jordan to the
    Tangle & Co. family" → "Jordan joins Tangle & Co.")."""
    for entry in table.get("welcome", []):
        found = regex.match(entry["pattern"], headline.strip(), regex.IGNORECASE)
        if found is not None:
            return str(entry["written"]).format(**found.groupdict())
    return None


def _label_tail(
    headline: str, who: str | None, lang: str, table: dict[str, Any], master: str
) -> str | None:
    """The news a cut label gives after its colon, naming the business (« Info garage :
    fermeture exceptionnelle » → « Fermeture exceptionnelle du Garage Bernardi »)."""
    label = _LABEL.match(headline)
    if label is None:
        return None
    tail = headline[label.end() :].strip()
    found = words(tail)
    if len(found) < 2 or found[0] in table["open_ends"] or found[-1] in table["open_ends"]:
        return None
    tail = tail[:1].upper() + tail[1:]
    if who is None:
        return tail
    if lang == "fr":
        named = named_as_written(who, "fr", master)
        return f"{tail} {with_preposition('de', named, 'fr', apostrophe=chr(39))}"
    return f"{tail} at {who}"


def _mention(sentence: str, table: dict[str, Any]) -> str | None:
    """The newspaper the business says it is in ("We are in today's Winnipeg Free Press"
    → "Featured in the Winnipeg Free Press")."""
    entry = table.get("mention")
    if not entry:
        return None
    for forms_key, written_key in (("forms", "written"), ("on_forms", "on_written")):
        forms = "|".join(regex.escape(f).replace("'", "['’]") for f in entry.get(forms_key, []))
        found = (
            regex.match(rf"(?:{forms})\s+(?P<medium>[^,;:.!?]+)", sentence, regex.IGNORECASE)
            if forms
            else None
        )
        if found is None:
            continue
        # The day of the issue or the show is the dateline's ("… on Sunday night").
        medium = regex.split(
            r"\s(?:on|this|last|yesterday|tonight|today|ce|hier)(?![\p{L}])", found["medium"]
        )[0].strip()
        medium = regex.sub(r"^(?:the|le|la)\s+", "", medium, flags=regex.IGNORECASE)
        if medium[:1].isupper() or medium[:1] in "'‘\"“«":
            return (
                str(entry[written_key]).format(medium=medium) if len(words(medium)) <= 6 else None
            )
    return None


def _hiring(sentence: str, lang: str, table: dict[str, Any]) -> str | None:
    """The job the business says it looks for as "we" (« Nous cherchons un·e chef de
    projet… » → « Recrutement : un·e chef de projet… », "We need a barista at Little
    Fig" → "Barista wanted at Little Fig"), to the end of its phrase."""
    entry = table.get("hiring")
    if not entry:
        return None
    forms = "|".join(regex.escape(f).replace("'", "['’]") for f in entry["forms"])
    found = regex.match(rf"(?:{forms})\s*:?\s+", sentence, regex.IGNORECASE)
    if found is None:
        return None
    rest = regex.sub(r"\s\([^()]*\)", "", sentence[found.end() :])
    job = regex.split(r"\s*(?:,(?=\s)|[;:.!?–—])", rest, maxsplit=1)[0].strip()
    if lang == "en":
        job = regex.sub(r"^(?:an?|one)\s+", "", job, flags=regex.IGNORECASE)
        job = job[:1].upper() + job[1:]
        at = regex.search(r"\s(?:at|in)\s", job)
        if at is not None:
            job = f"{job[: at.start()]} wanted{job[at.start() :]}"
            return job if len(words(job)) <= 10 else None
    if not words(job) or len(words(job)) > 10 or words(job)[-1] in table["open_ends"]:
        return None
    return str(entry["written"]).format(job=job).replace(" wanted wanted", " wanted")


def _first_sentence(lead: str) -> str:
    from brandvoice.adaptation.layout import without_emoji

    line = lead.strip().split("\n", 1)[0]
    line = regex.sub(r"^[\p{Extended_Pictographic}\uFE0F\u200D\s]+", "", line)
    # A post's emoji was its full stop (« … chez Lou Pescadou 🐟 Réservez au … »); a
    # heading before it ("NEW SCENT ALERT 🕯️ 'Bonfire & Bramble' is here") is no sentence.
    parts = [
        part
        for part in regex.split(
            r"\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*", line
        )
        if part.strip()
    ] or [line]
    if len(parts) > 1 and (_SHOUTED_LABEL.fullmatch(parts[0] + " ") or len(words(parts[0])) <= 3):
        parts = parts[1:]
    line = without_emoji(parts[0])
    return str(regex.split(r"(?<=[.!?…])\s+(?=\p{Lu})", line, maxsplit=1)[0])


def _without_label(sentence: str) -> str:
    found = _LABEL.match(sentence) or _SHOUTED_LABEL.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    return rest[:1].upper() + rest[1:]


def _without_opener(sentence: str, table: dict[str, Any]) -> str:
    """``sentence`` without the time or cause it opens on ("After 23 years, …")."""
    found = regex.match(table["opener"], sentence, regex.IGNORECASE) or regex.match(
        table["now"], sentence, regex.IGNORECASE
    )
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    return rest[:1].upper() + rest[1:]


def _clause(sentence: str, lang: str, table: dict[str, Any], who: str | None = None) -> str | None:
    """The main clause of ``sentence`` when a name is its subject, to the end of the
    longest phrase within a headline's length; None otherwise."""
    from brandvoice.adaptation.transform import parse

    sentence = regex.sub(r"[.!?…\s]+$", "", sentence)
    # An aside in brackets is the lead's detail ("(16 oz jars, best by 03/2027)").
    sentence = regex.sub(r"\s\([^()]*\)", "", sentence)
    if not sentence:
        return None
    if lang == "fr":
        # « Toutes nos farines » is « toutes les farines » in a headline without « nous ».
        sentence = regex.sub(r"^(Tou(?:te)?s)\s+nos\s", r"\1 les ", sentence)
    # The town in commas after the subject is the dateline's (« Le camping Les Pins
    # Parasols, à La Londe-les-Maures, vient d'obtenir… »).
    sentence = regex.sub(
        r"^([^,;:]{3,60}),\s+(?:à|au|en|in|at)\s+[^,;:]{2,40},\s+"
        r"(?!(?:à|au|aux|de|du|des|en|dans|sur|pour|in|at|on|of|for)\s)",
        r"\1 ",
        sentence,
    )
    doc = parse(lang, sentence, entities=False)
    found_subject = _subject_and_verb(doc, lang)
    if found_subject is None:
        return None
    subject, root = found_subject
    if any(t.tag_ in ("VBZ", "VBD", "VBP") for t in subject):
        return None  # two sentences run together: "the brewery runs on the sun 96 panels went up"
    owned = doc[0].lower_ in table["possessives"]
    # A name in quotes opens the sentence from its quote ("'Bonfire & Bramble' is here").
    opens = subject.start == 0 or (subject.start == 1 and doc[0].is_quote)
    if not opens or not (owned or _named(subject) or doc[0].lower_ in table["definite"]):
        return None
    persons = set(table["persons"])
    if owned:
        # "Our crowdfunding round closed…": what the business owns, as a headline names
        # it (the possessive dropped, « est » too in French: « Huile d'olive nouvelle
        # 2026 en bouteille »).
        sentence = sentence[len(doc[0].text) :].lstrip()
        if lang == "fr":
            sentence = regex.sub(
                r"^([^,;:]+?)\s(?:est|sont)\s(?=en\s|là|arrivée?s?\s|prête?s?\s)", r"\1 ", sentence
            )
        if lang == "en" and who:
            sentence = f"{who}'s {sentence}"
        sentence = sentence[:1].upper() + sentence[1:]
        verb_end = 0
    else:
        verb_end = root.idx + len(root.text) if root.i >= subject.end else 0
        # After a named subject the business's "our" is its own: "Hobbs Family Butchers
        # is recalling our pies" → "… its pies".
        head, tail = sentence[:verb_end], sentence[verb_end:]
        if lang == "en":
            tail = regex.sub(r"(?<![\p{L}])our(?![\p{L}])", "its", tail)
        else:
            tail = regex.sub(r"(?<![\p{L}])nos(?![\p{L}])", "ses", tail)
        sentence = head + tail
    # What a colon, a dash or a relative after a comma adds is detail: the clause ends
    # before it ("… may contain sesame, which is not listed on the label").
    strong = regex.compile(table["detail"], regex.IGNORECASE).search(sentence, verb_end + 1)
    if strong is not None:
        sentence = sentence[: strong.start()]
    ends = [
        m.start() for m in regex.finditer(table["clause_end"], sentence) if m.start() >= verb_end
    ]
    ends.append(len(sentence))
    for end in sorted(set(ends), reverse=True):
        if _inside_date(sentence, end):
            continue
        clause = sentence[:end].strip().rstrip(",;:–— ")
        found = words(clause)
        if len(clause) > CLAUSE_LIMIT or not found or found[-1] in table["open_ends"]:
            continue
        if any(w in persons for w in found) or not _paired(clause):
            continue
        if _run_on(clause, lang):
            continue
        clause = _arrived(_present(clause, lang), table)
        return clause[:1].upper() + clause[1:]
    return None


# A French verb with a subject the small model read as an infinitive (« rouvre »): no
# infinitive or participle ends so.
_FR_NOT_INFINITIVE = regex.compile(r"(?:er|ir|oir|é|ée|és|ées|ant)$", regex.I)


_WEEKDAYS_AND_MONTHS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)"
)


def _paired(text: str) -> bool:
    """Whether every bracket and quotation ``text`` opens it also closes: a headline is
    never cut inside a quotation ("… saying “bread is for sharing")."""
    pairs = (("(", ")"), ("“", "”"), ("«", "»"), ("‘", "’"))
    straight = text.count('"') % 2 == 0
    return (
        straight
        and all(text.count(a) == text.count(b) for a, b in pairs if a != "‘")
        and (text.count("‘") <= text.count("’"))
    )


def _inside_date(sentence: str, end: int) -> bool:
    """Whether a comma at ``end`` is inside a date ("Saturday, December 12", "May 1, 2026")."""
    if not sentence.startswith(",", end):
        return False
    before = regex.search(
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", sentence[:end]
    )
    after = regex.match(rf",\s+(?:{_WEEKDAYS_AND_MONTHS}|\d{{4}})", sentence[end:])
    return before is not None or after is not None


def _subject_and_verb(doc: Any, lang: str) -> tuple[Any, Any] | None:
    """The sentence's subject (a span that opens it) and its conjugated verb: as the parse
    reads them, else (French, which the small model misreads: « Gelato Ninon sert »
    read as a noun and its adjective) the words before the first conjugated verb."""
    from brandvoice.adaptation.press_headline import _conjugated_verb

    roots = [t for t in doc if t.dep_ == "ROOT"]
    if roots:
        root = roots[0]
        subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
        if subjects:
            subject = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
            # The verb right after the subject conjugates (« Lucas vient d'obtenir… »,
            # whose root is the infinitive).
            verb = doc[subject.end] if subject.end < len(doc) else root
            for token in (root, verb):
                if _conjugated_verb(token, lang) or _finite_aux(token, lang):
                    return subject, token
    if lang == "en":
        # "The brewery runs on the sun", "brewery" read as a compound of "runs".
        for token in doc[1:]:
            if token.tag_ in ("VBZ", "VBD", "VBP", "MD"):
                before = doc[: token.i]
                if all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PART") for t in before):
                    return before, token
                return None
        return None
    if lang != "fr":
        return None
    for token in doc[1:]:
        if token.is_punct and token.text not in ("«", "»", "'", "’", '"'):
            return None  # the subject ends at no stop: an aside, not a subject
        if (
            token.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
            and token.lower_ not in _NOT_VERBS
            and _conjugated_verb(token, lang)
            and token.text[:1].islower()
        ):
            return doc[: token.i], token
    return None


# Words the French verb tables read as a verb that open no predicate after a subject.
_NOT_VERBS = frozenset({"premier", "première", "nouveau", "nouvelle", "grand", "petit"})


def _run_on(clause: str, lang: str) -> bool:
    """Whether ``clause`` runs two sentences together (a post's emoji was their stop: "the
    brewery runs on the sun 96 solar panels went up")."""
    from brandvoice.adaptation.transform import parse

    if lang != "en":
        return False  # the small French model splits one clause into several roots
    doc = parse(lang, clause, entities=False)
    return sum(1 for t in doc if t.dep_ in ("ROOT", "parataxis")) > 1 or any(
        t.dep_ == "nsubj"
        and t.head.dep_ in ("ccomp", "dep")
        and t.head.i > t.i > 0
        and doc[t.left_edge.i - 1].pos_ not in ("SCONJ", "CCONJ", "PRON", "PUNCT")
        for t in doc
    )


def _finite_aux(token: Any, lang: str) -> bool:
    from brandvoice.adaptation.wording.list_colon import finite

    if finite(token):
        return True
    return lang == "fr" and token.pos_ == "VERB" and not _FR_NOT_INFINITIVE.search(token.text)


def _named(subject: Any) -> bool:
    """Whether ``subject`` holds a name: a proper noun, or a capitalised word past its
    first ("Les Amis du Sentier", not "the studio")."""
    return any(t.pos_ == "PROPN" or (t.i > subject.start and t.text[:1].isupper()) for t in subject)


def _present(clause: str, lang: str) -> str:
    """An English headline's present: "will close" → "closes"."""
    if lang != "en":
        return clause
    found = regex.search(r"(?<![\p{L}])will\s+(\p{Ll}+)", clause)
    if found is None:
        return clause
    verb = found.group(1)
    if verb == "be":
        third = "is"
    elif verb == "have":
        third = "has"
    elif regex.search(r"(?:s|sh|ch|x|z|o)$", verb):
        third = f"{verb}es"
    elif regex.search(r"[^aeiou]y$", verb):
        third = f"{verb[:-1]}ies"
    else:
        third = f"{verb}s"
    return clause[: found.start()] + third + clause[found.end() :]


def _arrived(clause: str, table: dict[str, Any]) -> str:
    """A clause that says a thing arrived as a launch headline says it ("'Bonfire &
    Bramble' is here" → "'Bonfire & Bramble' launches")."""
    for said, written in (table.get("arrived") or {}).items():
        if clause.endswith(f" {said}"):
            return f"{clause[: -len(said)]}{written}"
    return clause


def _sober(
    intent: str, who: str | None, lang: str, table: dict[str, Any], master: str = ""
) -> str | None:
    """The intent's sober headline, naming ``who`` when known."""
    entry = (table.get("sober") or {}).get(intent) or (table.get("sober") or {}).get("news")
    if not entry:
        return None
    if who:
        de_who = (
            with_preposition("de", named_as_written(who, "fr", master), "fr", apostrophe="'")
            if lang == "fr"
            else who
        )
        written = str(entry["who"]).format(who=who, de_who=de_who)
        if len(written) <= LIMIT:
            return written
    return str(entry["plain"])


_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’]+")
# A name that signs: a few words, no sentence in it.
_SIGNER_MAX_WORDS = 6


def business_signing(sign_off: str) -> str | None:
    """The business a master's sign-off line names, without its town ("Chocolaterie
    Aubert, Toulon" → "Chocolaterie Aubert"); None without one. The names the master's
    text holds are as often a supplier's, a newspaper's or a street's: only the signature
    says whose news it is."""
    from brandvoice.adaptation.signoff import signer
    from brandvoice.understand.people import is_first_name

    if not sign_off.strip():
        return None
    name = signer(sign_off).split(",", 1)[0].strip(" –—-")
    found = words(name)
    if not found or len(found) > _SIGNER_MAX_WORDS or regex.search(r"[.!?\n]\s", name):
        return None
    parts = [m for m in _NAME_WORD.finditer(name)]
    if parts and all(is_first_name(name, m.start(), m.end(), "en") for m in parts):
        return None  # « Jean-Pierre et Hélène » sign as people, not as the business
    return name if name[:1].isupper() else None


def unhooked_lead(sentence: str, lang: str, *, shouted: bool = True) -> str | None:
    """The lead's first ``sentence`` without the post's hook it opens on as a label
    ("Heads up on shipping: our courier lost…" → "Our courier lost…", "NEW SCENT ALERT
    'Bonfire & Bramble' is here" → "'Bonfire & Bramble' is here"; a shouted label only with
    ``shouted``); None when it opens on none, or nothing like a sentence is left."""
    language = base_language(lang)
    if not _table(language):
        return None
    label = _LABEL.match(sentence)
    if label is None or not _hook(sentence[: label.end()], language):
        if not shouted:
            return None
        label = _SHOUTED_LABEL.match(sentence)
        # A shouted genre over its dash or colon (« RAPPEL PRODUIT – … ») is the notice's.
        if (
            label is None
            or not _SHOUT.match(sentence)
            or not regex.match(r"[\p{L}\p{N}'‘’\"“«]", sentence[label.end() :])
        ):
            return None
    rest = sentence[label.end() :].lstrip()
    if len(words(rest)) < _UNHOOKED_MIN_WORDS:
        return None
    return rest[:1].upper() + rest[1:]


# What a lead keeps once its hook is gone is a sentence: a few words at least.
_UNHOOKED_MIN_WORDS = 4


def lead_after_headline(headline: str, sentence: str, lang: str) -> str | None:
    """The lead's first ``sentence`` without the label it opens on when that label is the
    ``headline`` word for word and a sentence of its own follows it: « Assemblée générale
    2026 » over « Assemblée générale 2026 : la Cave coopérative … a présenté hier les
    comptes… » → « La Cave coopérative … a présenté hier les comptes… ». A lead never
    opens on its headline's words. None when the label is not the headline, or what
    follows it has no subject and conjugated verb (an order: "Spring offer: get your bike
    ready…"; a verbless object: "Free workshop…: 'Pricing your menu…'")."""
    label = _BEFORE_COLON.match(sentence)
    if label is None or not words(headline):
        return None
    if words(sentence[: label.end()]) != words(headline):
        return None
    rest = sentence[label.end() :].lstrip()
    if len(words(rest)) < _UNHOOKED_MIN_WORDS or not regex.match(r"[\p{L}\p{N}«“\"]", rest):
        return None
    if not _has_subject_and_verb(rest, lang):
        return None
    return rest[:1].upper() + rest[1:]


def _has_subject_and_verb(text: str, lang: str) -> bool:
    """Whether ``text`` is a statement: its first clause has a subject and a conjugated
    verb, and opens on neither a verb (an order) nor a question word."""
    from brandvoice.adaptation.press_headline import _conjugated_verb
    from brandvoice.nlp import parse

    doc = parse(base_language(lang), text, entities=False)
    if not len(doc) or doc[0].pos_ in ("VERB", "AUX") or text.rstrip().endswith("?"):
        return False
    if any(
        token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
        and _conjugated_verb(token.head, lang)
        for token in doc
    ):
        return True
    # The parser may read a French verb after a name as a noun (« la Fromagerie du Jorat
    # retire de la vente… »): a form the verb tables know, right after a noun, is one.
    return base_language(lang) == "fr" and any(
        previous.pos_ in ("NOUN", "PROPN")
        and token.pos_ not in ("DET", "ADP", "PROPN", "PUNCT")
        and _conjugated_verb(token, lang)
        for previous, token in itertools.pairwise(doc)
    )
