"""A closure's practical facts: the day or period a business is closed and the day it is
back, read off the master as written, for the casual post's 🔒 / 🔓 lines
(:func:`brandvoice.adaptation.realise.practical.practical_lines`) and the press note's
"Fermeture : …" / "Réouverture : …" sheet lines
(:func:`brandvoice.adaptation.decorate.practical.fact_sheet`).

A closing word ("closed", « fermés », « fermeture ») gives the closure its day when a date
follows it in the same sentence with no figure between them: "Closed January 1" gives
"January 1", « Nous serons fermés du lundi 3 août au lundi 31 août inclus » gives « du lundi
3 août au lundi 31 août inclus », "closed for the summer from Saturday 25 July" gives "from
Saturday 25 July". "We'll close at 2pm on Thursday, December 24" gives nothing: the store
is open that morning, and "Closed Thursday, December 24" would say otherwise. A word of
coming back ("back", "restart", « réouverture », « reprise ») gives the reopening day the
same way, with its first time ("back Saturday, January 2 at 8am" → "Saturday, January 2,
8am"); « Ouverture boulevard Baille le mardi 19 mai » is a move's opening, not a return,
and is left alone.

Nothing when the master writes its own schedule, a line per day ("Easter Sunday (5
April): closed"): its lines already say it, a block would say it twice; nothing when it
says the business stays open (« le parking sera fermé…, la boutique reste ouverte »: what
closes is something else); nothing when a weekday does not match its date
(``facts.weekday-mismatch``); never a date the master does not state.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.lang import base_language
from brandvoice.understand import KeyFact, Message
from brandvoice.understand.model import Intent

# The words that close the business, and those that say it is back.
CLOSING = {
    "en": r"closed?|closes|closing|shut",
    "fr": r"fermée?s?|fermeture|fermons|fermerons|fermera",
}
# Of those, the words of a state, whose day is a day closed: "closed January 1", « fermés
# du 3 au 31 août ». A verb's day is the day it closes, perhaps after opening hours: "will
# close for good on Saturday 31 January" is open that Saturday.
CLOSED_STATE = {
    "en": r"closed|shut",
    "fr": r"fermée?s?|fermeture",
}
BACK = {
    "en": r"back|reopens?|reopening|re-opens?|restarts?|resumes?",
    "fr": r"réouverture|rouvr\p{L}*|retour|reprise|reprennent|reprend|reprendront",
}
# Between such a word and its date: no figure (a time would make it a closing time), no
# stop, at most this many characters ("closed for the summer from ").
_GAP = regex.compile(r"[^\d.!?\n;:]{0,30}")
# What opens a period right before its first day, kept in the line: "du", "from".
_PERIOD_FROM = regex.compile(
    r"(?<![\p{L}])(?:du|from|à partir du|dès le|starting)[\s\u00a0]+\Z", regex.IGNORECASE
)
# What joins a period's two ends: "du lundi 3 août au lundi 31 août".
_PERIOD_JOIN = regex.compile(r"[\s\u00a0]+(?:au|to|until|till|through|–|-)[\s\u00a0]+")
# A range of days written on one month: "August 10–21", « 3 au 21 août » reads its end.
_RANGE_TAIL = regex.compile(r"[\s\u00a0]*(?:[–-]|to|au)[\s\u00a0]*\d{1,2}(?:er)?(?![\d:hH])")
# A period said to include its last day: "… au lundi 31 août inclus".
_INCLUDED = regex.compile(r"[\s\u00a0]+(?:inclus|incluse?s?|inclusive|included)(?![\p{L}])")
# A master that says the business stays open: its closing words are about something else.
_STAYS_OPEN = regex.compile(
    r"(?<![\p{L}])(?:(?:reste|restent|restons|restera|resteront|demeure)[\s\u00a0]+ouverte?s?"
    r"|ouverte?s?[\s\u00a0]+(?:normalement|comme d['’]habitude)"
    r"|(?:stays?|remains?|staying|remaining)[\s\u00a0]+open|open[\s\u00a0]+as[\s\u00a0]+usual)"
    r"(?![\p{L}])",
    regex.IGNORECASE,
)
# A master line that gives a day's hours or says it is closed: a schedule the author wrote.
_SCHEDULE_LINE_MAX = 60
_SCHEDULE_LINES = 2


@dataclass(frozen=True, slots=True)
class Closure:
    """The closure's day or period ("du lundi 3 août au lundi 31 août inclus") and the day
    it is back ("Saturday, January 2, 8am"), as the master writes them; '' when not said.
    ``whole``: every closing word of the master gave its day. "We'll close at 2pm on
    Thursday, December 24 and stay closed on the 25th and 26th. […] Closed January 1" gives
    "January 1" alone: a post shows it under the rest, a sheet read alone would say the
    shop closes on January 1 only."""

    closed: str
    back: str
    whole: bool = True


def closure_of(message: Message | None) -> Closure:
    """The closure and reopening days of a closure ``message`` (see the module docstring);
    both '' for any other message."""
    if message is None or message.intent is not Intent.CLOSURE or _writes_schedule(message):
        return Closure("", "")
    if _STAYS_OPEN.search(message.text):
        # « Le parking sera fermé du 3 au 5 mai, la boutique reste ouverte »: what closes is
        # not the business, and a 🔒 line would say it is.
        return Closure("", "")
    from brandvoice.adaptation.realise.practical import weekday_wrong, with_time

    if weekday_wrong(message):
        return Closure("", "")
    lang = base_language(message.lang)
    days = [
        f
        for f in message.dates
        if f.date is not None and f.date >= message.reference_date and regex.search(r"\d", f.text)
    ]
    closing = CLOSING.get(lang, "")
    closed = _after(message, days, CLOSED_STATE.get(lang, ""))
    back = _after(message, days, BACK.get(lang, ""))
    cues = len(_cues(message.text, closing)) if closing else 0
    period = _period(message, closed, days) if closed else ""
    if closed and _day_left_after(message, days, closed.start + len(period)):
        period = ""  # « le jeudi 14 mai (Ascension) et le vendredi 15 mai »: half the days
    return Closure(
        period,
        with_time(message, back) if back else "",
        whole=cues <= 1,
    )


def _cues(text: str, words: str) -> list[regex.Match[str]]:
    return list(regex.finditer(rf"(?<![\p{{L}}])(?:{words})(?![\p{{L}}])", text, regex.I))


def _after(message: Message, days: list[KeyFact], words: str) -> KeyFact | None:
    """The first day that follows one of ``words`` in its sentence, with no figure between."""
    if not words:
        return None
    text = message.text
    for cue in _cues(text, words):
        for day in days:
            if day.start >= cue.end() and _GAP.fullmatch(text, cue.end(), day.start):
                return day
    return None


def _day_left_after(message: Message, days: list[KeyFact], end: int) -> bool:
    """Whether another day of the closure's sentence follows ``end`` that no word of coming
    back introduces: the line would give half the closed days."""
    text = message.text
    stop = regex.compile(r"[.!?\n]").search(text, end)
    limit = stop.start() if stop else len(text)
    back = BACK.get(base_language(message.lang), "")
    for day in days:
        if end <= day.start < limit and not (
            back and regex.search(rf"(?:{back})[^\d]{{0,20}}$", text[end : day.start], regex.I)
        ):
            return True
    return False


def _period(message: Message, day: KeyFact, days: list[KeyFact]) -> str:
    """``day`` as the master writes the closure: with the "du" / "from" opening its period,
    the period's end, and its "inclus"."""
    text = message.text
    end = day.end
    later = next(
        (f for f in days if f.start > day.end and _PERIOD_JOIN.fullmatch(text, end, f.start)),
        None,
    )
    if later is not None:
        end = later.end
    tail = _RANGE_TAIL.match(text, end)  # "August 10–21": the range's last day too
    if tail:
        end = tail.end()
    included = _INCLUDED.match(text, end)
    if included:
        end = included.end()
    opened = _PERIOD_FROM.search(text[max(0, day.start - 14) : day.start])
    start = day.start - (len(opened.group()) if opened else 0)
    return text[start:end]


def _writes_schedule(message: Message) -> bool:
    """Whether the master gives its hours a line per day ("Easter Sunday (5 April): closed",
    « • 24 décembre : ouvert de 7 h à 15 h »): its own lines are the block."""
    lines = [line for line in message.text.split("\n") if line.strip()]
    dated = [
        line
        for line in lines
        if len(line) <= _SCHEDULE_LINE_MAX and any(f.text in line for f in message.dates)
    ]
    return len(dated) >= _SCHEDULE_LINES
