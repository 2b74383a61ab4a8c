"""What a sentence does for its message beyond the facts it holds: fit-length weighs by it.

Sentences "with no facts" are not all equal:

- one that gives the instruction the message is for ("Do not eat it", "Bring it back",
  "Postulez avant le 3 mai") is what the reader must do: it is found with the patterns
  that read the message's action in the master (``understand/data/actions.yaml``), on the
  variant's own words, so "Don't eat it" (the contractions transform's) still counts where
  the master's cue text "Do not eat" would not. Trim-clauses asks the same question;
- in a recall or an incident, one that says what the message is for (the hazard "may
  contain small pieces of glass", the product's identification "If you bought… check the
  batch number", the apology "On vous doit des excuses") carries the post: the cues that
  made it a recall or an apology (``understand/data/intents.yaml``), by their weight;
- in a recall or an incident, one that asks the reader to get in touch ("écrivez-nous à…")
  is how to get help, whatever the action (an apology asks none);
- in an apology, one that says how the brand makes good (a refund) is what the apology
  is worth;
- in a results post, one that reports the message's figures ("we fixed 4,812 bikes", "390
  refurbished ones", "in 2025") says what the post is for: they are no key fact the
  understanding labels (what, when, where…), yet a post that drops them all is empty. So
  does an incident's: how many were hit and how late ("environ 1 200 patients", "3 à 4
  jours de retard") is what happened;
- one that opens on "Si ce n'est pas le cas" or "Otherwise" leans on the sentence before
  it, and goes with it;
- a courtesy (thanks, a sign-off line "L'équipe du P'tit Cabanon") is what an editor cuts
  first from a short post: the account says who speaks (``data/courtesy.yaml``; a
  sign-off as :mod:`brandvoice.adaptation.signoff` defines it for the layout too).
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.signoff import is_sign_off
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language
from brandvoice.understand.actions import action_cues_in, asking_cues
from brandvoice.understand.cues import plain_text
from brandvoice.understand.intents import intent_cues_in
from brandvoice.understand.model import Action, Cue, Intent, Message, Role

_COURTESY = "courtesy.yaml"
# The weakest action cue that asks (actions.yaml: 1 is a hint such as "refund").
INSTRUCTION_CUE = 2.0
# The weakest intent cue that says what a serious message is for (intents.yaml: 1 is a
# hint such as "best before"). A recall's batch and "if you bought" (2) identify what is
# recalled; an incident's cues of 2 ("some of you got…", "works again") are its detail, its
# cues of 3 apologise or say what broke.
PURPOSE_CUE: dict[Intent, float] = {Intent.RECALL: 2.0, Intent.INCIDENT: 3.0}


def asks(text: str, message: Message, lang: str) -> tuple[Cue, ...]:
    """The cues in ``text`` of what ``message`` asks its reader to do, strong enough to be
    the instruction itself (none when it asks nothing)."""
    if message.action is Action.NONE:
        return ()
    found = action_cues_in(text, base_language(lang), message.action)
    return tuple(cue for cue in found if cue.weight >= INSTRUCTION_CUE)


def gets_in_touch(text: str, lang: str) -> bool:
    """Whether ``text`` asks the reader to get in touch ("écrivez-nous", "call us"), the
    words ``understand/data/actions.yaml`` lists under ``asking``."""
    pattern = asking_cues().get(base_language(lang))
    return pattern is not None and pattern.search(plain_text(text)) is not None


def purpose_weight(text: str, message: Message, lang: str) -> float:
    """The weight of the strongest cue in ``text`` of what a serious ``message`` is for
    (its recall's hazard or batch, its apology); 0 for other messages and other text."""
    least = PURPOSE_CUE.get(message.intent)
    if least is None:
        return 0.0
    found = intent_cues_in(text, base_language(lang), message.intent)
    return max((cue.weight for cue in found if cue.weight >= least), default=0.0)


# The intents whose figures are what the message reports (see the module docstring).
_REPORTING = frozenset({Intent.RESULTS, Intent.INCIDENT})


def figures_reported(text: str, message: Message) -> int:
    """How many of a results or incident ``message``'s figures ("4,812", "390", "2025",
    "1 200") ``text`` says, each as a whole number (not "12" inside "4,812"); 0 for other
    messages."""
    if message.intent not in _REPORTING:
        return 0
    figures = (fact.text.strip() for fact in message.of_role(Role.FIGURE))
    return sum(1 for figure in figures if figure and _whole_figure(figure).search(text))


@cache
def _whole_figure(figure: str) -> regex.Pattern[str]:
    # Not inside a longer number: "12" is not said by "4,812" nor by "12.5".
    before, after = r"(?<![\p{N}]|\p{N}[,.])", r"(?![\p{N}]|[,.]\p{N})"
    return regex.compile(before + regex.escape(figure) + after)


def offers_remedy(text: str, lang: str) -> bool:
    """Whether ``text`` says how the brand makes good ("seront remboursées", "a refund")."""
    remedy = _pattern("remedy", base_language(lang))
    return remedy is not None and remedy.search(text) is not None


def leans_on_previous(text: str, lang: str) -> bool:
    """Whether ``text`` opens on words that only make sense after the sentence before it
    ("Si ce n'est pas le cas, …", "Otherwise, …")."""
    leaning = _pattern("leaning", base_language(lang))
    return leaning is not None and leaning.match(text.lstrip()) is not None


def asks_interest(text: str, lang: str) -> bool:
    """Whether ``text`` is a short question asking whether the reader wants what the
    sentence before it offers ("Interested?", « Ça vous tente ? »)."""
    interest = _pattern("interest", base_language(lang))
    if interest is None:
        return False
    question = rf"{interest.pattern}[\s\u00a0\u202f]*\?"
    return regex.fullmatch(question, text.strip(), regex.IGNORECASE) is not None


def is_courtesy(text: str, lang: str, *, own_line: bool) -> bool:
    """Whether ``text`` (a sentence, or the whole of its line when ``own_line``) thanks the
    reader or signs the post (a sign-off as the layout reads one: :mod:`..signoff`)."""
    thanks = _pattern("thanks", base_language(lang))
    if thanks is not None and thanks.match(text.lstrip()):
        return True
    return own_line and is_sign_off(text, lang)


@cache
def _pattern(kind: str, lang: str) -> regex.Pattern[str] | None:
    patterns = [str(p) for p in load_table(_COURTESY).get(kind, {}).get(lang, [])]
    if not patterns:
        return None
    return regex.compile(rf"(?:{phrase_alternation(patterns)})", regex.IGNORECASE)
