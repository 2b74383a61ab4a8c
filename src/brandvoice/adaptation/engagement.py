"""What a master says to its readers as its own close: it thanks ("Thank you, Saugerties",
« Merci à toute l'équipe »), asks them ("Lequel vous tente ?", « Vous nous direz ce que
vous en pensez ! »), or looks forward to them (« On a hâte de vous rencontrer ! », "We
can't wait to see you").

A social post ends on the master's own close rather than on a stock one: the call to
action adds no engagement prompt that would thank, ask or greet again
(:mod:`brandvoice.adaptation.decorate.cta`), and a post kept short keeps that sentence
while it leaves colour out (the ``leave-out-detail`` transform). One place for both, so
the sentence the call to action counts on is the one the post keeps.
"""

from __future__ import annotations

import regex

from brandvoice.text.entities import URL, entities_of_kind
from brandvoice.understand.cues import plain_text

# Thanks, to the readers or to anyone the post names ("Huge thanks to the Parent Teacher
# Association"): a post that thanks ends on its thanks, an engagement question after it
# asks about nothing the post raised. « Merci de » + infinitive is an order ("Merci de
# retirer ce jouet"), not thanks.
_THANKS = regex.compile(
    r"(?<!\p{L})(?:merci(?!\s+d(?:e\s+|['’])(?:(?:nous|vous|ne|me|le|la|les|lui|leur|y|en)\s+|"
    r"l['’])*(?!votre|notre|avoir|être)\p{L}+(?:er|ir|re)(?!\p{L}))|remerci\p{L}*|"
    r"thank(?:s| you)|grateful|grazie)(?!\p{L})",
    regex.IGNORECASE,
)
# A question to the readers, or a request for their view ("tell us", « dites-nous »,
# « vos retours »).
_ASKS = regex.compile(
    r"\?|(?<!\p{L})(?:dites[- ]nous|dites-le-nous|vous nous direz|racontez-nous|"
    r"vos (?:retours|avis)|ce que vous en pensez|tell us|let us know|what you think|"
    r"your (?:thoughts|feedback))(?!\p{L})",
    regex.IGNORECASE,
)
# Looking forward to the readers ("can't wait to see you", « au plaisir de vous voir »), or
# waiting for them (« Elle vous attend comme d'habitude à la boutique » under a prize-winning
# baguette: "On vous attend !" after it would say it twice).
_LOOKS_FORWARD = regex.compile(
    r"(?<!\p{L})(?:(?:on a|nous avons|j['’]ai) (?:très |tellement )?hâte|au plaisir de vous|"
    r"(?:à|a) (?:très )?(?:vite|bientôt)|(?:can['’]t|cannot|can not) wait|"
    r"look(?:ing)? forward|hope to see you|see you (?:soon|there|then)|"
    r"(?:on|nous|elle|il|ils|elles) vous attend(?:ons|ent)?|(?:is|are) waiting for you)(?!\p{L})",
    regex.IGNORECASE,
)


def _plain(text: str) -> str:
    """``text`` without its links ("?day=sat" asks nobody), its apostrophes made plain."""
    for url in reversed(entities_of_kind(text, URL)):
        text = text[: url.start] + text[url.end :]
    return plain_text(text)


def thanks(text: str) -> bool:
    """Whether ``text`` thanks someone ("Merci à la journaliste", "Thank you, Sheffield")."""
    return _THANKS.search(_plain(text)) is not None


# Thanks addressed to someone the post names ("Huge thanks to the Parent Teacher
# Association", « Merci à la journaliste », « merci au jury »), not to its readers.
_TO_SOMEONE = regex.compile(
    r"\s+(?:to (?:the|our|my|all (?:the|our))|à (?:la|le|les|l'|notre|nos|mon|ma|mes|toute|"
    r"tout|tous (?:les|nos))|au|aux)(?!\p{L})",
    regex.IGNORECASE,
)


def thanks_readers(text: str) -> bool:
    """Whether ``text`` thanks its readers ("Thank you for sticking with us", « Merci,
    Québec, de nous faire confiance », "Thank you to everyone who rowed"), not only someone
    it names ("Huge thanks to the PTA", « merci au jury »)."""
    plain = _plain(text)
    return any(_TO_SOMEONE.match(plain, found.end()) is None for found in _THANKS.finditer(plain))


def asks_readers(text: str) -> bool:
    """Whether ``text`` asks its readers something or for their view."""
    return _ASKS.search(_plain(text)) is not None


def looks_forward(text: str) -> bool:
    """Whether ``text`` looks forward to its readers (« On a hâte de vous rencontrer »)."""
    return _LOOKS_FORWARD.search(_plain(text)) is not None


def closes(sentence: str) -> bool:
    """Whether ``sentence`` is one a post may end on of its own: it thanks, asks the readers
    or looks forward to them."""
    return thanks(sentence) or asks_readers(sentence) or looks_forward(sentence)
