"""A press note and an article greet no one: the salutation a post opens on goes
(« Chers clients, à partir du 1er février, la fromagerie prend… » → « À partir du 1er
février, la fromagerie prend… »; "Hello everyone! We open on Saturday." → "We open on
Saturday.").

A post speaks to its followers, and « Chers clients » is how a shop's page greets them; a
press note is read by journalists, an article by whoever finds it. Left in, the greeting
became the press note's headline (« Chers clients, à compter du 1er février ») and the
article's title. What counts as a salutation is narrow: a greeting word ("Bonjour",
"Hello") and/or a generic addressee (« à tous », « chers clients », "everyone", "dear
members"), closed by a comma, "!" or "." and followed by the news. A salutation that names
something the rest of the text does not ("Hello Brixton!", « Chers amis de la Cave du
Port, » with the business named nowhere else) stays: its name is a fact. A line that is
only a salutation ("Madame, Monsieur,") is the layout's (see layout.py ``_salutation``).
The social voices keep their greeting.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.lang import base_language
from brandvoice.networks.model import NetworkKind

_WORD = r"[\p{L}'’-]+"
_SPACE = r"[ \u00a0]+"
# Up to four words after « chers » / "dear": « chers clients et amis », "dear Riverside members".
_NAMED = rf"{_WORD}(?:{_SPACE}{_WORD}){{0,3}}"
_GREETINGS = {
    "fr": r"bonjour|bonsoir|coucou|salut|hello",
    "en": r"hi|hello|hey|good[ \u00a0]+(?:morning|afternoon|evening)",
}
_ADDRESSEES = {
    "fr": (
        r"à[ \u00a0]+tous(?:[ \u00a0]+et[ \u00a0]+à[ \u00a0]+toutes)?"
        r"|à[ \u00a0]+toutes[ \u00a0]+et[ \u00a0]+à[ \u00a0]+tous|tout[ \u00a0]+le[ \u00a0]+monde"
        rf"|les[ \u00a0]+amis|(?:chers|chères|cher|chère){_SPACE}{_NAMED}"
    ),
    "en": rf"everyone|everybody|all|folks|friends|dear{_SPACE}{_NAMED}",
}
# What follows a salutation: the emoji a post puts after it ("Bonjour à tous ! 👋").
_EMOJI = r"[\p{Extended_Pictographic}][\ufe0f\u200d\p{Extended_Pictographic}]*"
_AFTER = rf"(?:[ \u00a0]*{_EMOJI})*[ \u00a0]*"
_REST_MIN_WORDS = 3
_CAPITALISED = regex.compile(r"(?<=\s)\p{Lu}[\p{L}'’-]*")
_WORDS = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
_SENTENCE_END = regex.compile(r"[.!?…\n]")


def _pattern(lang: str) -> regex.Pattern[str]:
    greeting, addressee = _GREETINGS[lang], _ADDRESSEES[lang]
    return regex.compile(
        rf"^(?P<salutation>(?:(?:{greeting})(?:[ \u00a0]*,?[ \u00a0]*(?:{addressee}))?"
        rf"|(?:{addressee}))[ \u00a0\u202f]*(?P<stop>,|!+|\.))(?![\p{{L}}\p{{N}}]){_AFTER}",
        regex.IGNORECASE,
    )


_PATTERNS = {lang: _pattern(lang) for lang in _GREETINGS}


def salutation_end(text: str, lang: str) -> int | None:
    """Where the news starts after the salutation ``text`` opens on, or None when it opens
    on none, or on one that names what the rest of the text does not say."""
    pattern = _PATTERNS.get(base_language(lang))
    if pattern is None:
        return None
    found = pattern.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    if found.group("stop") == ",":
        # The news goes on in the same sentence: enough of it to stand as a sentence.
        sentence = _SENTENCE_END.split(rest, 1)[0]
        if len(_WORDS.findall(sentence)) < _REST_MIN_WORDS:
            return None
    elif not _WORDS.search(rest):
        return None
    salutation = found.group("salutation")
    # Its capitalised words after the first (a name: « Chers amis de la Cave du Port »).
    if any(name not in rest for name in _CAPITALISED.findall(salutation)):
        return None
    return int(found.end())


def greeting_only(text: str, lang: str) -> bool:
    """Whether ``text`` is a salutation and nothing else (« Bonjour à tous ! 👋 »)."""
    pattern = _PATTERNS.get(base_language(lang))
    stripped = text.strip()
    found = pattern.match(stripped) if pattern is not None else None
    return found is not None and found.group("stop") != "," and found.end() == len(stripped)


def without_salutation(text: str, lang: str) -> str:
    """``text`` without the salutation it opens on (see :func:`salutation_end`), its news
    capitalised; ``text`` itself when it opens on none. A title is never a greeting, on
    whatever network a voice prints one."""
    end = salutation_end(text, lang)
    if end is None:
        return text
    rest = text[end:].lstrip()
    return rest[:1].upper() + rest[1:]


class DropSalutation(Transform):
    id = "drop-salutation"
    stage = Stage.BODY
    # The emoji a greeting carries ("Bonjour à tous ! 👋") go with it: a protected span, but
    # no fact (names the rest lacks keep the salutation, see salutation_end).
    edits_protected = True
    # First: the press note's lead, its headline and the article's title are read from the
    # first sentence, which must be the news (press-lead 52, the layout).
    order = 3
    summary = (
        "A press note and an article greet no one: the salutation the master opens on "
        "goes (« Chers clients, à partir du 1er février, … » → « À partir du 1er février, "
        "… »), unless it names what the rest does not say."
    )
    examples = (
        TransformExample(
            "Chers clients, à partir du 1er février, la fromagerie prend les commandes de "
            "plateaux.",
            "À partir du 1er février, la fromagerie prend les commandes de plateaux.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Bonjour à tous ! 👋 La boulangerie ouvre aussi le dimanche matin.",
            "La boulangerie ouvre aussi le dimanche matin.",
            lang="fr",
            voice="expert-blog",
            network="blog",
        ),
        TransformExample(
            "Dear customers, from Monday 12 January the shop opens at 8 am.",
            "From Monday 12 January the shop opens at 8 am.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Hello everyone! Our new studio opens on Saturday at 12 Quai de la Sinse.",
            "Our new studio opens on Saturday at 12 Quai de la Sinse.",
            voice="expert-blog",
            network="blog",
        ),
        # The salutation names what the text says nowhere else: a fact, kept.
        TransformExample(
            "Chers amis de la Cave du Port, on ouvre samedi à Bandol.",
            "Chers amis de la Cave du Port, on ouvre samedi à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Hello Brixton! We open on Saturday.",
            "Hello Brixton! We open on Saturday.",
            voice="corporate",
            network="website",
        ),
        # Too little after the comma to stand as a sentence.
        TransformExample(
            "Bonjour, c'est nous ! La cave ouvre samedi.",
            "Bonjour, c'est nous ! La cave ouvre samedi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Not a salutation: "Hi-fi", « Salut » as a noun later, "All" opening a sentence.
        TransformExample(
            "All our loaves are baked on site, every morning.",
            "All our loaves are baked on site, every morning.",
            voice="corporate",
            network="website",
        ),
        # A post keeps its greeting.
        TransformExample(
            "Chers clients, à partir du 1er février, la fromagerie prend les commandes de "
            "plateaux.",
            "Chers clients, à partir du 1er février, la fromagerie prend les commandes de "
            "plateaux.",
            lang="fr",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) or target.network.kind is NetworkKind.BLOG

    def edits(self, text: str, target: Target) -> list[Edit]:
        end = salutation_end(text, target.lang)
        if end is None:
            return []
        rest = text[end:].lstrip()
        end = len(text) - len(rest)
        said = text[:end].strip()
        first = rest[:1]
        return [
            Edit(
                0,
                end + len(first),
                first.upper(),
                f"the salutation {said!r} goes: a press note or an article greets no one",
            )
        ]


TRANSFORMS = (DropSalutation(),)
