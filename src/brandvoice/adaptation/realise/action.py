"""The line of a social post that says how to act: "📞 Reservations recommended on weekends:
(503) 555-0133", "👉 En vente à la brasserie (Châteaulin, ZA de Penn ar Roz) et chez nos
cavistes partenaires", as community managers set it under the 📅 line.

It is the master's own sentence, word for word, moved onto its line (the social form then
leaves it out of the details: it says nothing more, see
:func:`brandvoice.adaptation.layout.social_form`): a short sentence after the first that
gives a phone number, a link or an e-mail address, or opens on where to get the thing ("En
vente à…", "Available at…", "Valid at…"). Only for the intents that invite the reader to
act (an event, an opening, a launch, an offer); never for an incident or a recall, whose
"what to do" is a notice to read whole, nor a job advert (its how-to-apply line is one of
its lines of facts, :mod:`brandvoice.adaptation.realise.fact_lines`); nothing when the
author marked such lines already (📞, 👉).
"""

from __future__ import annotations

import regex

from brandvoice.lang import base_language
from brandvoice.understand import Intent, Message, Role

# The intents whose readers act on a number, a link or a shop.
ACTING = frozenset({Intent.EVENT, Intent.OPENING, Intent.LAUNCH, Intent.OFFER})
# Each marker: a phone number's, and any other way to act's.
PHONE_MARKER = "📞 "
ACT_MARKER = "👉 "
# Without emoji to spare (a voice allowed few): an arrow, no emoji, that still sets the line
# apart from the details and tells practical-repeats it is one.
WORD_MARKER = "→ "
# A line this long is a paragraph, not a line a reader takes in at a glance.
MAX_ACTION_LINE = 90
# How a sentence that says where to get the thing opens.
_WHERE_TO_GET = {
    "fr": regex.compile(
        r"(?:(?:en vente|disponibles?|à retrouver)[\s\u00a0]+(?:à|au|aux|chez|sur|en)"
        r"|réservations?|inscriptions?|billetterie|commandes?)(?![\p{L}])",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"(?:(?:available|on sale|valid)[\s\u00a0]+(?:at|in|from)"
        r"|reservations?|bookings?|book|tickets?|registration|register|sign up)(?![\p{L}])",
        regex.IGNORECASE,
    ),
}
_PIECES = regex.compile(r"(?<=[.!?])\s+|\n")
_AUTHOR_MARKED = ("📞", "👉", "☎")


def action_line(message: Message | None, *, emoji: bool = True) -> str:
    """``"📞 …"`` or ``"👉 …"`` (``"→ …"`` without ``emoji``), or '' (see the module
    docstring). It goes under a 📅 or 📍 line only: without a day or a place it would open
    the post's details above the news it acts on ("📞 Call 01632 960418" over the offer)."""
    if message is None or message.intent not in ACTING:
        return ""
    if any(m in message.text for m in _AUTHOR_MARKED):
        return ""
    sentence = _acting_sentence(message)
    if not sentence:
        return ""
    if not emoji:
        return f"{WORD_MARKER}{sentence}"
    phone = any(f.kind == "phone" and f.text in sentence for f in message.of_role(Role.HOW))
    return f"{PHONE_MARKER if phone else ACT_MARKER}{sentence}"


def _acting_sentence(message: Message) -> str:
    """The master's first short sentence, after its first, that says how to act; ''."""
    opening = _WHERE_TO_GET.get(base_language(message.lang))
    ways = [f.text for f in message.of_role(Role.HOW) if f.kind in ("phone", "url", "email")]
    pieces = [p.strip().rstrip(" .\u00a0\u202f") for p in _PIECES.split(message.text) if p]
    short = [
        p
        for p in pieces[1:]
        if p and len(p) <= MAX_ACTION_LINE and p[:1].isupper() and not p.endswith(("?", "!"))
    ]
    # A sentence that says what to do and gives the number or link first ("Reservations
    # recommended on weekends: (503) 555-0133"), then one that says what to do ("Registration
    # is required: …"), then one with a number or a link ("Questions can be sent to …").
    said = [p for p in short if opening and opening.match(p)]
    given = [p for p in short if any(w in p for w in ways)]
    return next((p for p in said if p in given), "") or next(iter(said + given), "")


# The lines whose words are a piece of the master moved up: a way to act's, and the lines
# of facts' (brandvoice.adaptation.realise.fact_lines).
MOVED_MARKERS = ("📞", "👉", "→", "📩", "📄", "💶", "💷", "💵")


def moved_from(post: str, message: Message) -> int:
    """Where, in the master, the last of the pieces that ``post``'s 📞 / 👉 / → lines (and
    its lines of facts, 📩 / 📄 / 💶…) were moved from starts; -1 without such a line. The
    sentences the master wrote before it keep the place they had before a reader's way to
    act (see ``leave-out-detail``)."""
    found = -1
    for line in post.split("\n"):
        stripped = line.strip()
        for marker in MOVED_MARKERS:
            if stripped.startswith(marker):
                words = stripped[len(marker) :].strip()
                # A line opens on a capital the master's piece may not have had.
                at = message.text.find(words) if words else -1
                if at < 0 and words:
                    at = message.text.find(words[:1].lower() + words[1:])
                found = max(found, at)
                break
    return found
