"""The call to action a variant ends with: chosen from the voice's ``cta`` by what the message
is for and what it asks, with the key "how to act" fact filled in.

The voice's ``cta`` maps keys to wordings per language (see ``VoiceProfile.cta``). Keys are
tried in this order: the message's intent (``hiring``, ``recall``...), then its action
(``book``, ``register``, ``apply``...), then ``default``, but ``default`` only for intents
where a question to the reader fits (launch, opening, award, news: an engagement question
under a recall or a job advert reads as tone-deaf). A key set to ``""`` means: no call to
action for it. A wording is a list of alternatives; the first whose placeholders the
message can all fill wins (``{email}`` needs an e-mail address in the master), so "for more,
see {link}" is never written without a link; when none can be filled, the next key is tried.
A wording that sends readers to the voice's own channel to act ("Send us a message to
book.", no placeholder, no question): under a master that says its own way for its action
("tickets at the counter or at <link>", « billets en caisse »), it would send the reader
elsewhere, so it is passed over (:func:`_own_way`), and with nothing else to offer no call
to action is added.
An alternative written ``{text, intents}`` is offered only to a message of one of those
intents: the engagement prompts of ``default`` are written per kind of news, and per
language, as a native editor writes them ("Tempted? Let us know in the comments!" under a
launch), never translated from the other language.

Placeholders are filled by plain substitution of known names, never ``str.format``: voice
files come from third parties, and format strings can reach attributes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation import engagement
from brandvoice.adaptation.decorate.own_contact import own_contact
from brandvoice.profiles.model import Prompt
from brandvoice.understand.actions import action_rules, asking_cues
from brandvoice.understand.cues import plain_text
from brandvoice.understand.intents import intent_rules
from brandvoice.understand.model import Intent, Message, Role

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

_PLACEHOLDER = regex.compile(r"\{([a-z_]+)\}")
DEFAULT_KEY = "default"
PLACEHOLDERS = ("link", "email", "phone", "contact", "what", "when", "where", "brand")


@dataclass(frozen=True, slots=True)
class CallToAction:
    text: str
    reason: str
    # The `cta` key it came from: "default" (an engagement question), an intent or an
    # action; "" for none or one given for the post. Templates show a question where
    # there is room (X leaves it out), a call to act everywhere.
    key: str = ""


def call_to_action(
    wordings: Mapping[str, Mapping[str, Sequence[Prompt | str]]],
    message: Message,
    lang: str,
    brand: str | None,
    voice_name: str,
) -> CallToAction:
    """The call to action for ``message`` from a voice's ``cta`` wordings (see module doc;
    a :class:`Prompt` is an alternative for a message of one of its intents only)."""
    values = _values(message, brand)
    # A contact the master gives for questions only is no way to book or sign up: a call
    # to act ("Sign up: {contact}.") is filled without it, a question ("Any questions?
    # {contact}.") with it.
    acting = _values(message, brand, asked=_for_questions(message))
    intent = str(message.intent)
    engaged = ""  # why an engagement prompt was passed over, if one was
    own_way = _own_way(message)  # the master's sentence saying how to act, if any
    for key in _keys(message):
        for choice in wordings.get(key, {}).get(lang, []):
            if isinstance(choice, Prompt) and intent not in choice.intents:
                continue
            wording = choice.text if isinstance(choice, Prompt) else choice
            if not wording:  # the voice says: no call to action for this kind of message
                return CallToAction(
                    "", f"no call to action: the {voice_name} voice sets none for {key!r}"
                )
            filled = fill(wording, values if _QUESTION.search(wording) else acting)
            if filled is None:
                continue
            if (
                not _PLACEHOLDER.search(wording)
                and (_CHANNEL.search(wording) or _QUESTION.search(wording))
                and (given := own_contact(message))
            ):
                # "Une question ? Écrivez-nous en message privé." under "Pour toute
                # question : 026 555 01 23" or "Merci de partager !": the post has its own.
                engaged = (
                    f"no call to action added: the master gives its own contact or call "
                    f"('{given}'); '{filled}' would say it again or send readers another way"
                )
                continue
            if own_way and _own_channel(wording):
                # "Send us a message to book." under "tickets at the counter": a way of
                # the voice's own would contradict the master's.
                engaged = (
                    f"no call to action added: the master says how to {message.action} "
                    f"('{own_way}'); '{filled}' would send readers another way"
                )
                continue
            if key == DEFAULT_KEY and (repeat := _already_engaged(message, filled)):
                # A prompt that thanks or asks again: the next one may do the other.
                engaged = repeat
                continue
            if not _PLACEHOLDER.search(wording) and (repeat := _greets_again(message, filled)):
                # "See you there!" under "We can't wait to see you!": the master's own.
                engaged = repeat
                continue
            # "À retrouver sur covoitrade.fr/entreprises" under a post that gives that link
            # already would only say it twice.
            asked = (
                _already_asked(message, wording, values)
                or _already_said(message, filled)
                or _way_said(message, wording, values)
            )
            if asked:
                return CallToAction("", asked)
            return CallToAction(filled, _reason(key, message, voice_name, filled), key)
        # No wording of this key can be filled from the message's facts: try the next key.
    if engaged:
        return CallToAction("", engaged)
    return CallToAction("", f"no call to action for a message of intent {message.intent}")


def choose(
    voice: VoiceProfile, message: Message | None, lang: str, given: str | None = None
) -> CallToAction:
    """A variant's call to action: the one given for the post, else the voice's for the
    message (see :func:`call_to_action`), else, with no message, the voice's default."""
    if given is not None:
        return CallToAction(given, "call to action given for this post", "given" if given else "")
    if message is None:
        text = voice.cta_for(lang)  # type: ignore[arg-type]
        return CallToAction(text, f"the {voice.name} voice's call to action", DEFAULT_KEY)
    action = call_to_action(voice.cta_choices, message, lang, voice.brand_name, voice.name)
    # The master's own exclamation marks come first (up to the voice's cap, which the
    # exclamations transform keeps): the call to action exclaims only with the room left.
    left = max(0, voice.max_exclamations - len(_MARKS.findall(message.text)))
    calm = calmed(action.text, left)
    if calm == action.text:
        return action
    return CallToAction(
        calm,
        f"{action.reason}; its '!' made a full stop: the post already has the "
        f"{voice.max_exclamations} the {voice.name} voice allows",
        action.key,
    )


# A run of exclamation marks ("!!!" counts once) and the space French puts before it.
_MARKS = regex.compile(r"!+")
_SPACED_MARKS = regex.compile(r"[ \u00a0\u202f]?!+")


def calmed(text: str, keep: int) -> str:
    """``text`` with its exclamation marks after the first ``keep`` made full stops ("On
    vous attend !" → "On vous attend."), as the ``exclamations`` transform writes them."""
    marks = list(_SPACED_MARKS.finditer(text))[max(0, keep) :]
    for mark in reversed(marks):
        text = f"{text[: mark.start()]}.{text[mark.end() :]}"
    return text


_SENTENCE_END = regex.compile(r"[.!?…]\s|\n")
_WORD = regex.compile(r"\p{L}+")
# A sentence of this many words or fewer around a link or number is a call of its own.
_LABEL_WORDS = 4
_LONG_WORD = 5


def _already_asked(message: Message, wording: str, values: dict[str, str]) -> str:
    """Why no call to action is needed: the master's own sentence already asks the reader
    to act, with the link, address or number the call would give ("Réservez sur <link>"),
    or is itself the same call in a few words around it ("Pour toute question : 04 94…").
    Saying it twice reads as filler; '' when the master does not."""
    used = {values[name] for name in _PLACEHOLDER.findall(wording) if name in values}
    cues = next((r.cues for r in action_rules() if r.action is message.action), {})
    asking = asking_cues().get(message.lang)
    for fact in message.of_role(Role.HOW):
        if fact.text not in used:
            continue
        start, end = _sentence_around(message.text, fact.start)
        sentence = message.text[start:end]
        plain = plain_text(sentence)
        found = [c.text for c in cues[message.lang].find(plain, sentence)] if cues else []
        if not found and asking is not None:
            found = [m.group() for m in asking.finditer(plain)]
        if not found and _same_call(_label(message.text, start, sentence, fact.text), wording):
            found = [sentence.strip()]
        if found:
            return (
                f"no call to action added: the master already asks readers to "
                f"{str(message.action).replace('_', ' ')} at {fact.text} ('{found[0]}')"
            )
    return ""


# A wording that sends readers to act through the voice's own channel, a private message
# ("Send us a message to book.", « Réservez en message privé. »); one that invites a
# question ("Any questions? Send us a message.") or says no channel ("See you there!") is
# no other way to do what the master asks.
_CHANNEL = regex.compile(r"(?<!\p{L})(?:message|messages|DM|inbox|MP)(?!\p{L})", regex.IGNORECASE)
_QUESTION = regex.compile(r"(?<!\p{L})questions?(?!\p{L})", regex.IGNORECASE)


def _own_channel(wording: str) -> bool:
    """Whether ``wording`` asks readers to act through the voice's own channel (see
    :data:`_CHANNEL`), with no placeholder for a way the master gives."""
    return (
        not _PLACEHOLDER.search(wording)
        and bool(_CHANNEL.search(wording))
        and not _QUESTION.search(wording)
    )


# Where a master says its reader acts, besides its links, e-mails and numbers: a place of
# the business ("at the counter", « en caisse ») or a channel ("online", « par téléphone »).
_WAY = regex.compile(
    r"(?<!\p{L})(?:(?:at|from) the (?:counter|desk|door|till|shop|store|bar|box office|"
    r"front desk|reception)|in (?:store|the shop|person)|on(?:line| our website| site)|"
    r"(?:in|on|via|through|using) (?:the|our) (?:app|website)|"
    r"by (?:phone|e-?mail)|(?:en|à la|au) (?:caisse|comptoir|boutique|magasin|ligne|"
    r"billetterie|guichet|accueil|bar)|sur (?:place|notre site)|par (?:téléphone|e-?mail|"
    r"courriel)|(?:dans|sur|via|depuis) (?:l['’]|notre )appli(?:cation)?)(?!\p{L})",
    regex.IGNORECASE,
)
# A named platform to act on: « prise de RDV sur Doctolib », "grab yours on Resy",
# "tickets via Eventbrite" (a capitalised name that is no day or month).
_PLATFORM = regex.compile(
    r"(?<!\p{L})(?i:sur|via|on)\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)\p{Ll}*(?!\p{L}))\p{Lu}\p{L}+"
)
# A web address written without its scheme ("greenmountaincheese.example/events").
_BARE_LINK = regex.compile(r"(?<![\p{L}\d@.-])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/\S*")


def _own_way(message: Message) -> str:
    """The master's sentence that says how to act for its action ("tickets at the counter
    or at greenmountaincheese.example/events"): an action cue in a sentence that names a
    link, e-mail or number, a place of the business, a channel or a named platform ("prise
    de RDV sur Doctolib"); '' when none does."""
    hows = [(f.start, f.end) for f in message.of_role(Role.HOW)]
    for cue in message.action_cues:
        start, end = _sentence_around(message.text, cue.start)
        sentence = message.text[start:end]
        if any(start <= s and e <= end for s, e in hows):
            return sentence.strip()
        if _WAY.search(sentence) or _BARE_LINK.search(sentence) or _PLATFORM.search(sentence):
            return sentence.strip()
    return ""


def _already_said(message: Message, filled: str) -> str:
    """Why no call to action is needed: the master says the same words already ("on vous
    attend" before "On vous attend !")."""
    words = " ".join(_WORD.findall(filled.casefold()))
    said = " ".join(_WORD.findall(message.text.casefold()))
    if words and f" {words} " in f" {said} ":
        return f"no call to action added: the master already says '{filled}'"
    return ""


def _already_engaged(message: Message, filled: str) -> str:
    """Why no engagement prompt is needed (see :mod:`brandvoice.adaptation.engagement`): the
    master thanks and the prompt would thank again, or the master is an award that thanks or
    it thanks its readers (a thanks post ends on its thanks: "Thank you, Saugerties, for
    every breakfast." is no place for "What do you think?"), or the master looks forward to
    its readers ("We can't wait to see you!" closes the post already), or the prompt asks
    the readers and the master asks them already; '' otherwise."""
    text = message.text
    if engagement.thanks(text) and (
        message.intent is Intent.AWARD
        or engagement.thanks_readers(text)
        or engagement.thanks(filled)
    ):
        # An award, an anniversary is a thanks post, and so is one that thanks its readers
        # ("Thank you for sticking with us."): it ends on its thanks. A news that thanks a
        # partner ("Huge thanks to the PTA") may still ask its readers.
        return "no call to action added: the master already thanks, and a post ends on its thanks"
    if engagement.looks_forward(text):
        return (
            "no call to action added: the master already looks forward to its readers, and "
            "a post ends on it"
        )
    if engagement.asks_readers(filled) and engagement.asks_readers(text):
        return "no call to action added: the master already asks its readers"
    return ""


def _greets_again(message: Message, filled: str) -> str:
    """Why a call that only greets ("See you there!", « On vous attend ! ») is not added:
    the master looks forward to its readers already; '' otherwise."""
    if engagement.looks_forward(filled) and engagement.looks_forward(message.text):
        return "no call to action added: the master already looks forward to its readers"
    return ""


def _label(text: str, start: int, sentence: str, value: str) -> str:
    """The words that introduce ``value`` in its sentence, or the sentence before when the
    value stands alone ("Questions? (971) 555-0155.")."""
    label = sentence.replace(value, " ")
    if _WORD.search(label) is None and start > 0:
        before_start, _ = _sentence_around(text, max(0, start - 2))
        label = text[before_start:start]
    return label


def _same_call(label: str, wording: str) -> bool:
    """Whether a sentence of a few words around a link or number is the call ``wording``
    would make: it shares one of its longer words ("Pour toute question :" and "Une question
    ? {phone}"), or both are an invitation to get in touch ("Contact :", "Questions:"), where
    giving the same number again would read as a stutter."""
    words = {w.casefold() for w in _WORD.findall(label)}
    if len(words) > _LABEL_WORDS:
        return False
    asked = {w.casefold() for w in _WORD.findall(_PLACEHOLDER.sub(" ", wording))}
    if any(len(w) >= _LONG_WORD for w in words & asked):
        return True
    if words & _BOOKING_WORDS and asked & _BOOKING_WORDS:
        return True  # "Prise de rendez-vous : rdv@…" and "Réservations : {contact}."
    return bool(words & _CONTACT_WORDS) and bool(asked & _CONTACT_WORDS)


# Words that label an address or number as the way to book, order or sign up: a label and
# a call that both have one ask for the same thing, whatever their words.
_BOOKING_WORDS = frozenset(
    {
        "réservation",
        "réservations",
        "réserver",
        "réservez",
        "rendez",
        "rdv",
        "commande",
        "commandes",
        "commander",
        "commandez",
        "inscription",
        "inscriptions",
        "inscrivez",
        "booking",
        "bookings",
        "book",
        "reservation",
        "reservations",
        "reserve",
        "appointment",
        "appointments",
        "orders",
        "registration",
        "register",
    }
)


# Words that label a phone number, address or link as the way to get in touch.
_CONTACT_WORDS = frozenset(
    {
        "contact",
        "contacts",
        "question",
        "questions",
        "info",
        "infos",
        "information",
        "informations",
        "renseignements",
        "tél",
        "tel",
        "téléphone",
        "phone",
        "enquiries",
        "inquiries",
    }
)


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
    following = _SENTENCE_END.search(text, offset)
    return (starts[-1] if starts else 0), (following.start() if following else len(text))


def _keys(message: Message) -> list[str]:
    keys = [str(message.intent), str(message.action)]
    if intent_rules().of(message.intent).engagement:
        keys.append(DEFAULT_KEY)
    return keys


def _reason(key: str, message: Message, voice: str, text: str) -> str:
    if key == DEFAULT_KEY:
        return f"the {voice} voice's call to action, which suits a {message.intent} message"
    return f"call to action for {key!r} (intent {message.intent}, action {message.action})"


# The placeholders that give the reader a way to act: a line that gives one the post says
# already repeats it.
_WAYS = ("link", "email", "phone", "contact")


def _way_said(message: Message, wording: str, values: dict[str, str]) -> str:
    """Why no call to action is added: the link, e-mail or phone number it would give is
    one the post says already (every variant keeps the master's way to act: its sentence,
    its action line or its fact sheet); '' when the wording gives none the master says.
    A line that invites questions ("Une question ? {contact}.") gives the address a use of
    its own, under a master that gives it to ask for a return label; and on X, where the
    master's sentence may be cut to fit, it keeps the way to reach the business: it is
    passed over only when the master's own line is the same call (:func:`_already_asked`)."""
    if _QUESTION.search(wording):
        return ""
    used = [values[n] for n in _PLACEHOLDER.findall(wording) if n in _WAYS and n in values]
    said = next((value for value in used if value in message.text), "")
    if not said:
        return ""
    return f"no call to action added: the post already gives {said}"


def _for_questions(message: Message) -> frozenset[str]:
    """The master's links, e-mails and numbers given for questions only ("Questions can be
    sent in advance to events@…", « Pour toute question : … »): a sentence that asks the
    reader's questions, with no word of booking or signing up and no cue of the action."""
    asked: set[str] = set()
    cues = [(c.start, c.end) for c in message.action_cues]
    for fact in message.of_role(Role.HOW):
        start, end = _sentence_around(message.text, fact.start)
        sentence = message.text[start:end]
        words = {w.casefold() for w in _WORD.findall(sentence)}
        if (
            _QUESTION.search(sentence)
            and not words & _BOOKING_WORDS
            and not any(start <= s and e <= end for s, e in cues)
        ):
            asked.add(fact.text)
    return frozenset(asked)


def _values(
    message: Message, brand: str | None, asked: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The placeholders' values from ``message``, its ways to act in ``asked`` left out."""
    values: dict[str, str] = {}
    hows = [f for f in message.of_role(Role.HOW) if f.text not in asked]
    for fact in hows:
        values.setdefault({"url": "link"}.get(fact.kind, fact.kind), fact.text)
    contact = message.contact()
    if contact is not None and contact.text in asked:
        contact = next((f for k in ("url", "email", "phone") for f in hows if f.kind == k), None)
    if contact is not None:
        values["contact"] = contact.text
    for role in (Role.WHAT, Role.WHEN, Role.WHERE):
        facts = message.of_role(role)
        if facts:
            values[str(role)] = facts[0].text
    if brand:
        values["brand"] = brand
    return values


def fill(wording: str, values: dict[str, str]) -> str | None:
    """``wording`` with its ``{name}`` placeholders filled, or None when one has no value."""
    missing = False

    def substitute(match: regex.Match[str]) -> str:
        nonlocal missing
        value = values.get(match.group(1))
        if value is None:
            missing = True
            return ""
        return value

    filled = _PLACEHOLDER.sub(substitute, wording)
    return None if missing else filled
