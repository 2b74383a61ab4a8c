"""A detail sentence of a social post that repeats, at its end, the day or the place its 📅 /
📍 line already gives: "Come and browse from 10am at 41 Elizabeth Street." under "📍 41
Elizabeth Street" becomes "Come and browse from 10am."

A line that says word for word what a practical line says ("Ti Krampouezh, 31 rue de
Siam, Brest", the master's signature line) goes whole. Otherwise only the closing phrase
goes ("at 41 Elizabeth Street", "le samedi 4 avril", "à Bandol",
with the preposition that introduces it), only when a practical line says the same fact
(:func:`brandvoice.understand.presence.still_said`: never a key fact lost), and only when
at least :data:`MIN_WORDS` words are left: what is left is still a sentence ("Come and
browse from 10am."), never a fragment. The hook (the post's first paragraph) keeps its
words: the social form chose them (:func:`brandvoice.adaptation.layout.social_form`). A
sentence that says nothing but the facts of the lines is left out by the social form
itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.realise.piece_repeats import LINE_LABELS, piece_cuts
from brandvoice.lang import base_language
from brandvoice.understand import Intent, Message, Role
from brandvoice.understand.presence import still_said

MIN_WORDS = 4
# The lines the social form writes (see brandvoice.adaptation.realise.practical.MARKERS,
# CLOSURE_MARKERS and brandvoice.adaptation.realise.action).
_LINE_MARKERS = (
    "📅",
    "📄",
    "💶",
    "💷",
    "💵",
    "📩",
    "📍",
    "📞",
    "👉",
    "→",
    "🔒",
    "🔓",
    "Quand\u202f:",
    "Où\u202f:",
    "When:",
    "Where:",
    "Prise de poste\u202f:",
    "Start:",
    "Fermeture\u202f:",
    "Réouverture\u202f:",
    "Closed:",
    "Back:",
    *LINE_LABELS,
)
# The words a sentence that only says when a business closes and is back is made of,
# besides its days and the words of the lines: who is closed, and how it says so ("We'll
# stay closed…", « On sera fermés… »).
_CLOSURE_CARRIERS = {
    "fr": frozenset(
        regex.findall(
            r"\S+",
            "nous on vous sera serons sommes est restera resterons resteront être fermé fermée "
            "fermés fermées fermeture réouverture retour de rouvre rouvrons rouvrira inclus "
            "incluse le la les l du au aux à dès partir",
        )
    ),
    "en": frozenset(
        regex.findall(
            r"\S+",
            "we we'll we're we’ll we’re will be are is stay remain closed close closing shut "
            "back reopen reopens reopening open again inclusive included on from to at the "
            "until till and",
        )
    ),
}
# What introduces a day or a place at a sentence's end.
_PREPOSITIONS = {
    "fr": r"(?:à|au|aux|en|le|dès|ce|chez|sur)",
    "en": r"(?:at|on|in|this|from)",
}
# A clause that only says where or when the business is: "we're at 12 Harbour Lane", « nous
# sommes au 7 quai … ». Under a 📍 / 📅 line that gives it all, it goes whole.
_BEING_AT = {
    "fr": r"(?:nous sommes|nous serons|on est|on sera|c[’']est|vous nous trouverez)",
    "en": r"(?:we[’']re|we are|we[’']ll be|we will be|it[’']s|it is|you[’']ll find us|find us)",
}
_SENTENCE = regex.compile(r"[^.!?\n]+[.!?]")
# The start of a range (« du 15 mai ») and the word that takes it to its end (« au »).
_RANGE_START = regex.compile(
    r"(?<![\p{L}])(?:du|de|d['’]|entre)[\s\u00a0]+(?:\S+[\s\u00a0]+){0,3}\S+$", regex.I
)
_RANGE_END = regex.compile(r",?[\s\u00a0]+(?:au|à|aux|et)[\s\u00a0]", regex.I)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


@dataclass(frozen=True, slots=True)
class Repeat:
    """``text[start:end]`` repeats ``fact``, which the practical lines give; it goes, or
    gives way to ``replacement`` (the next word's capital when a sentence's first piece
    goes)."""

    start: int
    end: int
    fact: str
    replacement: str = ""


def repeats(text: str, message: Message) -> list[Repeat]:
    """The closing phrases of ``text``'s detail sentences that repeat a practical line."""
    lang = base_language(message.lang)
    lines = [line for line in text.split("\n") if line.strip().startswith(_LINE_MARKERS)]
    if not lines:
        return []
    said = "\n".join(lines)
    facts = sorted(
        {
            f.text
            for f in message.facts
            if (f.role is Role.WHERE or f.date is not None or f.time is not None)
            and f.text
            and still_said(f.text, said, lang, message.reference_date)
        },
        key=len,
        reverse=True,
    )
    body_start = _after_hook(text)
    # A line said word for word goes first: a 👉 line's sentence need hold no day or place.
    found = _repeated_lines(text, body_start, lines)
    found += _action_repeats(text, body_start, lines, [(r.start, r.end) for r in found])
    # The pieces a line of facts says word for word (📄, 💶, 📩…), and what they leave.
    found += [
        Repeat(cut.start, cut.end, cut.piece, cut.replacement)
        for cut in piece_cuts(text, body_start, lines, [(r.start, r.end) for r in found])
    ]
    if not facts:
        return found
    taken = [(r.start, r.end) for r in found]
    preposition = _PREPOSITIONS.get(lang, "")
    for sentence in _SENTENCE.finditer(text, body_start):
        # A practical line's sentences, its second ones too ("👉 Ne consommez pas ce
        # fromage. Vous pouvez le rapporter… le mardi."), are the line: no repeat of it.
        line_start = text.rfind("\n", 0, sentence.start()) + 1
        if text[line_start:].lstrip().startswith(_LINE_MARKERS):
            continue
        if any(a < sentence.end() and sentence.start() < b for a, b in taken):
            continue
        opening = _place_opening(sentence, facts, message)
        if opening is not None:
            found.append(opening)
            continue
        said_only = _said_only_clause(sentence, said, lang, message)
        if said_only is None and message.intent is Intent.CLOSURE:
            said_only = _closure_said_only(sentence, said, lang, message)
        if said_only is not None:
            found.append(said_only)
            continue
        for fact in facts:
            pattern = regex.compile(
                rf"(?:,?[\s\u00a0]+{preposition})(?:[\s\u00a0]+(?:le|la|les|the))?"
                rf"[\s\u00a0]+{regex.escape(fact)}(?=[\s\u00a0\u202f]*[.!]$)",
                regex.IGNORECASE,
            )
            match = pattern.search(sentence.group()) or _bare_day(sentence.group(), fact, lang)
            if match is None and message.intent is Intent.CLOSURE:
                match = _day_after_cue(sentence.group(), fact, lang)
            if match is None or _ends_range(sentence.group(), match, lang):
                # « du 15 mai au 30 septembre »: the range's end is no repeat on its own;
                # « du 15 mai » alone would say another time.
                continue
            left = sentence.group()[: match.start()] + sentence.group()[match.end() :]
            if len(_WORD.findall(left)) < MIN_WORDS:
                continue
            start = sentence.start() + match.start()
            found.append(Repeat(start, sentence.start() + match.end(), fact))
            break
    return found


def _ends_range(sentence: str, match: regex.Match[str], lang: str) -> bool:
    """Whether ``match`` is the end of a range (« du 15 mai au 30 septembre »): without it,
    « du 15 mai » would say another time."""
    return (
        lang == "fr"
        and _RANGE_END.match(match.group()) is not None
        and _RANGE_START.search(sentence[: match.start()]) is not None
    )


def _said_only_clause(
    sentence: regex.Match[str], said: str, lang: str, message: Message
) -> Repeat | None:
    """The last clause of ``sentence`` when it says nothing but a place or a day the
    practical lines give ("…, we're at 12 Harbour Lane in Falmouth."): it goes whole, with
    the comma before it, or the whole sentence when it is the clause. Cutting only its
    closing phrase would leave "we're at 12 Harbour Lane", the 📍 line again."""
    being, preposition = _BEING_AT.get(lang), _PREPOSITIONS.get(lang)
    if being is None or preposition is None:
        return None
    written = sentence.group()
    body = written.rstrip()[:-1]  # without the closing stop
    comma = body.rfind(",")
    clause = body[comma + 1 :] if comma >= 0 else body
    between = rf"[\s\u00a0]+{preposition}(?:[\s\u00a0]+(?:le|la|les|the))?[\s\u00a0]+"
    shape = regex.fullmatch(rf"[\s\u00a0]*{being}{between}(?P<rest>.+)", clause, regex.IGNORECASE)
    if shape is None:
        return None
    parts = regex.split(rf",?{between}|,[\s\u00a0]*", shape.group("rest"), flags=regex.IGNORECASE)
    if not all(p.strip() and still_said(p, said, lang, message.reference_date) for p in parts):
        return None
    if comma >= 0:  # "…, we're at <place>." → "…."
        start = sentence.start() + comma
        return Repeat(start, sentence.start() + len(body), clause.strip())
    # A sentence opening its line takes the spaces after it; any other, those before it.
    end = sentence.end()
    if not written[:1].isspace():
        text = sentence.string
        end += len(text[end:]) - len(text[end:].lstrip(" \u00a0"))
    return Repeat(sentence.start(), end, clause.strip())


# A sentence opening on where it happens, then its clause: "Here in Leeds, we're looking…"
# (how the first person keeps the place a brand's name carried), « Ici, à Hyères, on… ».
_PLACE_OPENING = {
    "fr": r"(?:Ici[\s\u00a0]*,?[\s\u00a0]+)?(?:À|A)",
    "en": r"(?:Here[\s\u00a0]+)?(?:in|at)",
}
# How such a sentence begins, before its place: a sentence that does not is no place
# opening, and the pattern of the message's places is not compiled for it.
_PLACE_OPENING_START = {
    lang: regex.compile(rf"[\s\u00a0]*(?i:{opening})[\s\u00a0]+")
    for lang, opening in _PLACE_OPENING.items()
}


def _place_opening(sentence: regex.Match[str], facts: list[str], message: Message) -> Repeat | None:
    """The opening of ``sentence`` that only says where, when the 📍 line gives that
    place: "Here in Leeds, we're looking for a line cook." under "📍 Leeds" → "We're
    looking for a line cook."; the next word takes the capital. Only before a clause of
    at least :data:`MIN_WORDS` words."""
    lang = base_language(message.lang)
    opening = _PLACE_OPENING.get(lang)
    places = {f.text for f in message.of_role(Role.WHERE)} & set(facts)
    if opening is None or not places:
        return None
    written = sentence.group()
    if _PLACE_OPENING_START[lang].match(written) is None:
        return None
    names = "|".join(regex.escape(p) for p in sorted(places, key=len, reverse=True))
    found = regex.match(
        rf"(?P<lead>[\s\u00a0]*)(?i:{opening})[\s\u00a0]+(?:{names}),[\s\u00a0]+(?P<next>\p{{Ll}})",
        written,
    )
    if found is None or len(_WORD.findall(written[found.start("next") :])) < MIN_WORDS:
        return None
    start = sentence.start() + found.end("lead")
    end = sentence.start() + found.end("next")
    return Repeat(
        start,
        end,
        written[found.end("lead") : found.start("next")].strip(),
        found.group("next").upper(),
    )


# A day written without a preposition after the verb it dates, at its sentence's end: « La
# Noz Du sort de cuve vendredi 6 novembre. » A weekday opens it; the word before it is no
# preposition (« jusqu'au 30 avril » would be left « jusqu'au »).
_WEEKDAYS = {
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
}
_NOT_BEFORE_BARE_DAY = regex.compile(
    r"(?:^|[\s\u00a0'’])(?:jusqu['’]au|au|du|de|le|la|les|et|ou|dès|avant|après|depuis|"
    r"until|till|from|to|through|by|before|after|since|of|and|or|every|each|starting)"
    r"[\s\u00a0]*$",
    regex.IGNORECASE,
)


def _bare_day(sentence: str, fact: str, lang: str) -> regex.Match[str] | None:
    """The day ``fact`` closing ``sentence`` without a preposition, with the space before
    it, when it opens on a weekday and the word before it is a verb's, not a preposition."""
    weekdays = _WEEKDAYS.get(lang)
    if weekdays is None or not regex.match(rf"(?:{weekdays})(?![\p{{L}}])", fact, regex.I):
        return None
    # After a word, not a comma: "closed today, Tuesday December 15." would be left
    # "closed today,.".
    found = regex.search(
        rf"(?<=\p{{L}})[\s\u00a0]+{regex.escape(fact)}(?=[\s\u00a0\u202f]*[.!]$)",
        sentence,
        regex.I,
    )
    if found is None or _NOT_BEFORE_BARE_DAY.search(sentence[: found.start()]):
        return None
    return found


def _day_after_cue(sentence: str, fact: str, lang: str) -> regex.Match[str] | None:
    """The day ``fact`` (with its "on" / « le ») right after a closure's word and before a
    comma that goes on: "Lessons restart on Monday 7 September, same days and times as this
    term." under "🔓 Back Monday 7 September" → "Lessons restart, same days and times…"."""
    from brandvoice.adaptation.realise.closure import BACK, CLOSING

    cues = f"{CLOSING.get(lang, '')}|{BACK.get(lang, '')}".strip("|")
    if not cues:
        return None
    return regex.search(
        rf"(?<=(?<![\p{{L}}])(?:{cues}))[\s\u00a0]+(?:(?:on|le|from|dès le)[\s\u00a0]+)?"
        rf"{regex.escape(fact)}(?=,[\s\u00a0]+\p{{L}})",
        sentence,
        regex.IGNORECASE,
    )


def _closure_said_only(
    sentence: regex.Match[str], said: str, lang: str, message: Message
) -> Repeat | None:
    """``sentence`` whole when it says nothing but the days of a closure's 🔒 / 🔓 lines:
    "Closed January 1, back Saturday, January 2 at 8am." under "🔒 Closed January 1" /
    "🔓 Back Saturday, January 2, 8am", « On sera fermés du lundi 3 août au lundi 31 août
    inclus. » under « 🔒 Fermeture du lundi 3 août au lundi 31 août inclus ». Each of its
    days must be said by the lines, and its other words be the lines' own or those that
    only say who closes and that it does (:data:`_CLOSURE_CARRIERS`)."""
    carriers = _CLOSURE_CARRIERS.get(lang)
    if carriers is None:
        return None
    written = sentence.group()
    days = [
        f.text
        for f in message.facts
        if (f.date is not None or f.time is not None) and f.text and f.text in written
    ]
    if not days or not all(still_said(d, said, lang, message.reference_date) for d in days):
        return None
    rest = written
    for day in sorted(days, key=len, reverse=True):
        rest = rest.replace(day, " ")
    known = {w.casefold() for w in _WORD.findall(said)} | carriers
    if any(w.casefold() not in known for w in _WORD.findall(rest)):
        return None
    # A sentence opening its line takes the spaces after it; any other, those before it
    # (they are in the match); a paragraph of its own takes the line breaks before it.
    start, end = sentence.start(), sentence.end()
    text = sentence.string
    if not written[:1].isspace():
        end += len(text[end:]) - len(text[end:].lstrip(" \u00a0"))
    while start > 0 and text[start - 1] == "\n" and (end >= len(text) or text[end] == "\n"):
        start -= 1
    return Repeat(start, end, written.strip())


def _repeated_lines(text: str, start: int, lines: list[str]) -> list[Repeat]:
    """The lines after ``start`` that say what a practical line says, word for word
    ("Garage Martinez, 145 avenue de la Libération, Salon-de-Provence." under "📍 Garage
    Martinez, 145 avenue…"), each with the line break before it."""
    contents = {_content(line) for line in lines}
    found: list[Repeat] = []
    for line in regex.finditer(r"\n([^\n]+)", text, pos=max(0, start - 1)):
        written = line.group(1).strip().rstrip(".").strip()
        if line.group(1).lstrip().startswith(_LINE_MARKERS) or not written:
            continue
        if written.casefold() in contents:
            # A paragraph of its own goes with the blank line before it: "…êtes.\n\n\nOn
            # vous attend" kept one line break too many.
            begin = line.start()
            if begin > 0 and text[begin - 1] == "\n":
                begin -= 1
            found.append(Repeat(begin, line.end(), written))
    return found


# The lines that say how to act (brandvoice.adaptation.realise.action): the master's own
# sentence, moved.
_ACTION_MARKERS = ("📞", "👉", "→")
# A detail sentence, its stop or the end of its line closing it (a link ends a post's last
# sentence without one: "… at tallybook.io/changelog/recurring").
_DETAIL = regex.compile(r"[^\n]*?(?:[.!?](?=[\s\u00a0]|$)|(?=\n)|\Z)")
# A repeat this short is no sentence a reader would miss: "Drop by".
_ACTION_REPEAT_MIN_WORDS = 3


def _action_repeats(
    text: str, start: int, lines: list[str], taken: list[tuple[int, int]]
) -> list[Repeat]:
    """The detail sentences after ``start`` whose every word a 📞 / 👉 line says: the
    sentence the line was moved from ("Drop by 1420 Commercial Drive or join online at
    summitstrength.ca/join"), or what another transform left of it when it edited line and
    sentence apart ("Drop by 1420 Commercial Drive", its link sent to the bio). Each goes
    with the space before it, or as a paragraph of its own, with its line breaks."""
    said = [
        {w.casefold() for w in _WORD.findall(_content(line))}
        for line in lines
        if line.strip().startswith(_ACTION_MARKERS)
    ]
    if not said:
        return []
    found: list[Repeat] = []
    for line in regex.finditer(r"[^\n]+", text, pos=start):
        if line.group().lstrip().startswith(_LINE_MARKERS):
            continue
        for sentence in _DETAIL.finditer(text, line.start(), line.end()):
            words = [w.casefold() for w in _WORD.findall(sentence.group())]
            if len(words) < _ACTION_REPEAT_MIN_WORDS or not any(set(words) <= s for s in said):
                continue
            if text[line.start() : sentence.start()].rstrip().endswith("?"):
                continue  # it answers the question before it ("Une question ? sav@…")
            begin, end = sentence.start(), sentence.end()
            if any(a < end and begin < b for a, b in taken):
                continue
            if begin == line.start() and end >= line.end() - 1:
                # The whole line: it goes with the line breaks before it.
                while begin > 0 and text[begin - 1] == "\n":
                    begin -= 1
                end = line.end()
            elif begin == line.start():
                end += len(text[end : line.end()]) - len(text[end : line.end()].lstrip())
            found.append(Repeat(begin, end, sentence.group().strip()))
    return found


def _content(line: str) -> str:
    """A practical line without its marker: "📍 Ti Krampouezh, Brest" → "ti krampouezh, brest"."""
    stripped = line.strip()
    for marker in _LINE_MARKERS:
        if stripped.startswith(marker):
            stripped = stripped[len(marker) :]
    return stripped.strip().casefold()


def _after_hook(text: str) -> int:
    """Where the post's details start: after its first paragraph (the hook)."""
    at = text.find("\n\n")
    return len(text) if at < 0 else at + 2
