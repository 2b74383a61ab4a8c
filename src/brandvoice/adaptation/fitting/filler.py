"""What a post over its network's limit says twice or wears as decoration: it goes before
any of the post's sentences does, so a key fact keeps its room.

- an address line that opens on the brand's name, when the post has named the brand
  already ("…le Garage Martinez vous offre… \\nGarage Martinez, 145 avenue de la
  Libération" → "145 avenue de la Libération"): the line says where, the name is a
  repeat. Only before a street number: "Le P'tit Cabanon, c'est…" needs its subject;
- the emoji the voice added (none of the master's own): fit-length tries the post without
  each one, as it tries a cut inside a sentence, and keeps that when it lets a sentence
  that weighs more stay (a flower after the hook is worth less than the address). When
  the post fits with its sentences anyway, the emoji stays.

- "please" before the verb it softens ("If you have garments waiting with me, please come
  and collect them" → "…, come and collect them"; "Please return them" → "Return them"),
  tried by fit-length the same way: the request stands without it, and keeping the
  address it gives is worth more than the courtesy. English only: « merci de » needs its
  verb rewritten.

- the framing a sentence opens on before its comma or colon ("Pour nous faire pardonner,
  un bon…" → "Un bon…"; "Heads up: the shop…" → "The shop…"), from the table ``framing``
  of ``courtesy.yaml``: the sentence says the same without it. Only before a word in
  lower case (the one capitalised), never before a condition ("Heads up if you dined…:"
  keeps its when).

``compact-for-length`` leaves out the repeated name; ``fit-length`` the emoji, "please"
and the framing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

import regex

from brandvoice.adaptation.fitting.compact import Compaction
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language
from brandvoice.text.entities import find_emoji

# A line's start, the name (said at the call), a comma, and a street number after it.
_SPACE = r"[ \t\u00a0\u202f]"


def repeated_names(text: str, names: Sequence[str]) -> Iterator[Compaction]:
    """The brand's name opening an address line, when the text names it before that line."""
    for name in names:
        if not name.strip():
            continue
        pattern = regex.compile(
            rf"(?:^|(?<=\n)){_SPACE}*({regex.escape(name)}){_SPACE}*,{_SPACE}+(?=\p{{N}})",
            regex.IGNORECASE,
        )
        for match in pattern.finditer(text):
            if name.casefold() not in text[: match.start()].casefold():
                continue  # the line is the first to name it
            yield Compaction(
                match.start(1),
                match.end(),
                "",
                f"name {match[1]!r} left out of its address line, said before",
            )


def decoration_emoji(text: str, master: str) -> list[Compaction]:
    """The emoji of ``text`` the master does not have, each with the spacing that set it
    apart ("pneus ! 🌸 Jusqu'au" → "pneus ! Jusqu'au")."""
    found = []
    for emoji in find_emoji(text):
        if emoji.text in master:
            continue
        start, end = emoji.start, emoji.end
        before = regex.search(rf"{_SPACE}+$", text[:start])
        if before is not None:
            start = before.start()
        else:
            after = regex.match(rf"{_SPACE}+", text[end:])
            if after is not None:
                end += after.end()
        found.append(Compaction(start, end, "", f"the emoji {emoji.text} the voice added"))
    return found


# "please" opening a sentence or a clause (after a comma, colon or semicolon), before the
# lower-case verb it softens; "Please, …" and "if you please" are left alone.
_PLEASE = regex.compile(
    rf"(?:(?<=^|[\n.!?…]{_SPACE}*)|(?<=[,:;]{_SPACE}+))(please){_SPACE}+(\p{{Ll}})",
    regex.IGNORECASE,
)


def politeness(text: str, start: int, end: int) -> list[Compaction]:
    """Each "please" before a verb in ``text[start:end]``, as the cut that leaves it out
    (the verb capitalised where "Please" opened the sentence)."""
    found = []
    for match in _PLEASE.finditer(text, start, end):
        verb = match[2]
        capital = match[1][0].isupper()
        found.append(
            Compaction(
                match.start(1),
                match.end() if capital else match.start(2),
                verb.upper() if capital else "",
                f"the {match[1]!r} before {_word_at(text, match.start(2))!r}",
            )
        )
    return found


@cache
def _framing(lang: str) -> regex.Pattern[str] | None:
    patterns = [str(p) for p in load_table("courtesy.yaml").get("framing", {}).get(lang, [])]
    if not patterns:
        return None
    return regex.compile(
        rf"(?:{phrase_alternation(patterns)})[\s\u00a0\u202f]*[,:][\s\u00a0\u202f]+(\p{{Ll}})",
        regex.IGNORECASE,
    )


def framing(text: str, start: int, end: int, lang: str) -> list[Compaction]:
    """The framing ``text[start:end]`` opens on, as the cut that leaves it out, the word
    after it capitalised."""
    pattern = _framing(base_language(lang))
    at = start + len(text[start:end]) - len(text[start:end].lstrip())
    match = pattern.match(text, at, end) if pattern is not None else None
    if match is None or not match.group(1).islower():
        return []
    return [
        Compaction(
            at,
            match.end(),
            match.group(1).upper(),
            f"the framing {text[at : match.start(1)].strip(' ,:')!r}",
        )
    ]


def _word_at(text: str, at: int) -> str:
    word = regex.match(r"[\p{L}'’-]+", text[at:])
    return word.group() if word else ""
