"""Links on networks that do not link them: the first URL becomes the profile's bio
wording ("lien en bio"), written so the sentence still reads; the others are removed.

Instagram shows a caption's URL as plain text nobody can click, so the link lives in the
profile's bio and the caption points there. One pointer is enough: a second "lien en bio"
would send readers to the same place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from brandvoice.adaptation.decorate.data import DataFileError, load_data, string_list
from brandvoice.adaptation.transform import Edit
from brandvoice.lang import Lang
from brandvoice.text.entities import Entity

DATA_FILE = "link-bio.yaml"
# Spaces French puts before a colon, besides the ordinary one.
_SPACE = r"[ \u00a0\u202f]"
_SPACES = " \u00a0\u202f"
_SENTENCE_END = regex.compile(r"(?:^|[.!?…]" + _SPACE + r"+)$")
_AFTER_WORD = regex.compile(r"[\p{L}\p{N}]" + _SPACE + r"+$")


@dataclass(frozen=True, slots=True)
class BioWording:
    """How one language introduces the bio wording in place of a link."""

    # "sur " / "ou sur " / "ici : " right before a URL (group "word": the preposition).
    before_url: regex.Pattern[str]
    phrase: str  # "via le {bio}"
    bare_nouns: frozenset[str]


@cache
def bio_wording(lang: Lang) -> BioWording:
    document = load_data(DATA_FILE)
    entry = document.get(lang) if isinstance(document, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("phrase"), str):
        raise DataFileError(f"{DATA_FILE}: {lang} needs prepositions, phrase and bare_nouns")
    where = f"{DATA_FILE}: {lang}"
    words = "|".join(regex.escape(w) for w in string_list(entry.get("prepositions"), where))
    joins = "|".join(regex.escape(w) for w in string_list(entry.get("conjunctions"), where))
    pattern = (
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<join>{joins}){_SPACE}+)?(?P<word>{words})"
        rf"{_SPACE}*(?::{_SPACE}*)?{_SPACE}$"
    )
    return BioWording(
        before_url=regex.compile(pattern, regex.IGNORECASE),
        phrase=entry["phrase"],
        bare_nouns=frozenset(string_list(entry.get("bare_nouns"), where)),
    )


def bio_edits(
    text: str, urls: Sequence[Entity], lang: Lang, bio: str, network_name: str
) -> list[Edit]:
    """Edits replacing the first of ``urls`` by ``bio`` and removing the others; removing
    them all when ``text`` points at its bio already ("Lien en bio, et le programme sur
    <url>"): a second pointer would say "lien en bio" twice."""
    edits: list[Edit] = []
    pointed = has_bio_pointer(text, lang)
    for index, url in enumerate(urls):
        floor = edits[-1].end if edits else 0
        if index == 0 and not pointed:
            edits.append(_pointer(text, url, lang, bio, network_name))
        else:
            edits.append(_removal(text, url, lang, floor, network_name))
    return edits


def _pointer(text: str, url: Entity, lang: Lang, bio: str, network_name: str) -> Edit:
    wording = bio_wording(lang)
    line_start = text.rfind("\n", 0, url.start) + 1
    before = text[line_start : url.start]
    bare = bio.split(" ", 1)[0].casefold() in wording.bare_nouns
    start = url.start
    introduced = wording.before_url.search(before)
    if introduced is not None:
        # "Réservez sur <url>" -> "Réservez via le lien en bio": the preposition goes too.
        start = line_start + introduced.start("word")
        if bare:
            replacement = wording.phrase.format(bio=bio)
            if introduced.group("word")[:1].isupper():
                replacement = _capitalised(replacement)
        else:
            # "Réservez sur <url>" -> "Réservez (voir bio)": the wording cannot follow "via".
            head = before[: introduced.start("word")]
            stops = list(regex.finditer(r"[.!?…]", head))
            kept = head[: stops[-1].end()] if stops else head
            start = line_start + len(kept.rstrip(_SPACES))
            replacement = f" ({bio})" if head.strip() else _capitalised(bio)
    elif _SENTENCE_END.search(before):
        replacement = _capitalised(bio)  # the link began a sentence or a line
    elif _AFTER_WORD.search(before):
        replacement = f"({bio})"  # "notre carte <url>": an aside, not part of the sentence
    else:
        replacement = bio  # after a colon, an arrow, a parenthesis
    return Edit(
        start,
        url.end,
        replacement,
        f"{network_name} does not make links clickable: “{bio}” stands for {url.text}",
        drops=(url.text,),
    )


def _removal(text: str, url: Entity, lang: Lang, floor: int, network_name: str) -> Edit:
    line_start = text.rfind("\n", 0, url.start) + 1
    before = text[line_start : url.start]
    introduced = bio_wording(lang).before_url.search(before)
    # "… ou sur <url>" / "Menu : <url>": the words that only introduced the link go with it.
    head = before[: introduced.start() if introduced else len(before)].rstrip(_SPACES + ":")
    start, end = line_start + len(head), url.end
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    # "Infos : <url>" on a line of its own: the label means nothing without its link.
    labelled = before.rstrip(_SPACES).endswith(":") and not rest.strip(_SPACES + ".")
    # "Find it at <url>" on a line of its own (a call to action): a few words that said
    # where to go say nothing without it.
    stub = not rest.strip(_SPACES + ".") and _stub(head)
    if labelled or stub:
        end += len(rest)
    if stub:
        head, start = "", line_start
    elif not labelled:
        # "…lien en bio, et le programme sur <url>": the clause that only said where to find
        # the link goes with it, not to leave "et le programme." behind.
        clause = _LAST_CLAUSE.search(head)
        if clause is not None:
            start = line_start + clause.start()
    if not head.strip() or labelled:
        # Nothing left on the line before it: the spaces after it go too, and the line
        # with its break when nothing follows either.
        end += len(text[end:]) - len(text[end:].lstrip(_SPACES))
        if text[end : end + 1] in ("\n", "") and not head.strip():
            start = len(text[:line_start].rstrip("\n"))
        elif text[end : end + 1] in ("\n", ""):
            # "… customer or not. Register: <url>": the label goes, the sentences before it
            # on its line stay.
            stops = list(regex.finditer(r"[.!?…]", head))
            kept = head[: stops[-1].end()] if stops else head
            start = line_start + len(kept.rstrip(_SPACES))
            if start == 0:
                end += len(text[end:]) - len(text[end:].lstrip("\n"))
    return Edit(
        max(start, floor),
        end,
        "",
        f"{network_name} does not make links clickable and the bio holds a single link: "
        f"{url.text} removed",
        drops=(url.text,),
    )


# The last clause of a sentence joined by a conjunction: ", et le programme", " or see the
# menu" (a comma before "et" / "and": "Réservez et payez" is one clause).
_LAST_CLAUSE = regex.compile(
    r"(?:" + _SPACE + r"*,|(?=" + _SPACE + r"+(?:ou|or)" + _SPACE + r"))" + _SPACE
    + r"+(?:et|and|ou|or)" + _SPACE + r"+[^.!?…,;:]*$",
    regex.IGNORECASE,
)
# A line this short, with no stop, only led to the link it loses ("Find it", "Réservez").
_STUB_MAX_WORDS = 3


def _stub(head: str) -> bool:
    """Whether ``head``, what a line holds before a link, is a stub without it: at most
    :data:`_STUB_MAX_WORDS` words and no stop ("Find it", "À lire")."""
    words = regex.findall(r"[\p{L}\p{N}]+", head)
    return bool(words) and len(words) <= _STUB_MAX_WORDS and not regex.search(r"[.!?…]", head)


def has_bio_pointer(text: str, lang: Lang) -> bool:
    """Whether ``text`` already points at the bio ("Lien en bio", "link in bio")."""
    return _bio_pointer(lang).search(text) is not None


def bio_pointer_spans(text: str, lang: Lang) -> list[tuple[int, int]]:
    """Where ``text`` points at its bio: no topic ("#Bio" from "link in bio")."""
    return [found.span() for found in _bio_pointer(lang).finditer(text)]


def _capitalised(wording: str) -> str:
    return wording[:1].upper() + wording[1:]


# What a pointer is written with, around it: a separator before it (", link in bio", " –
# lien en bio", "(link in bio)"), arrows and emoji beside it ("👉 Lien en bio").
_POINTER_MARKS = r"[ \u00a0\u202f]*(?:👉|⬆️|☝️|🔗|➡️|→)?[ \u00a0\u202f]*"


# What comes before a sentence that opens: nothing, or a sentence ending on a stop or on
# an emoji (a post's full stop: "… en 8 minutes chrono 🔪 Lien en bio.").
_SENTENCE_BEFORE = regex.compile(
    r"(?:.*(?:[.!?…]|\p{Extended_Pictographic}\ufe0f?))?[ \u00a0\u202f]*"
)


@cache
def _bio_pointer(lang: Lang) -> regex.Pattern[str]:
    document = load_data(DATA_FILE)
    source = document.get(f"pointer_{lang}") if isinstance(document, dict) else None
    if not isinstance(source, str):
        raise DataFileError(f"{DATA_FILE}: pointer_{lang} must be a regular expression")
    return regex.compile(rf"(?<![\p{{L}}]){source}(?![\p{{L}}])", regex.IGNORECASE)


# "… ou sur <link>", "… or at <link>" after a pointer: the group is what goes with the pointer.
# A comma may come before the conjunction ("Link in bio, or on <link>"), and the site be
# named before its address ("ou sur notre site <link>").
_OR_AT = regex.compile(
    rf"(?P<join>{_SPACE}*,?{_SPACE}+(?:ou|or){_SPACE}+)(?P<word>(?:sur|à|at|on|via){_SPACE}+"
    rf"(?:(?:notre|our){_SPACE}+(?:site(?:{_SPACE}+web)?|website){_SPACE}+)?)",
    regex.IGNORECASE,
)
# The address after it, written bare or not ("oui-en-provence.example/plan"), up to the
# punctuation that closes the sentence.
_ADDRESS = regex.compile(
    r"(?:https?://)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:/\S*?)?(?=[.,;:!?)]*(?:\s|$))"
)


def alternative_link_edits(text: str, lang: Lang, network: str) -> list[Edit]:
    """Edits that take out the address a master's bio pointer offers besides the bio
    ("Lien dans la bio ou sur oui-en-provence.example/…") where links are not clickable
    (``network``): nobody can follow the address, the pointer says where the link is."""
    edits: list[Edit] = []
    for found in _bio_pointer(lang).finditer(text):
        alternative = _OR_AT.match(text, found.end())
        address = _ADDRESS.match(text, alternative.end()) if alternative else None
        if alternative is None or address is None:
            continue
        reason = f"{network} does not make links clickable: the bio pointer is enough"
        edits.append(Edit(alternative.start(), address.end(), "", reason, drops=(address.group(),)))
    return edits


def pointer_edits(text: str, lang: Lang, network: str) -> list[Edit]:
    """Edits that take out a master's pointer to its Instagram bio ("Lien en bio.",
    "…, link in bio.") where links are clickable (``network``): there is no bio to point
    at. A sentence that is only the pointer goes whole; a pointer added to a sentence goes
    with its separator; "Lien dans la bio ou sur <link>" keeps the link ("Lien : <link>")."""
    edits: list[Edit] = []
    reason = f"{network} makes links clickable: no 'link in bio' to point at"
    link_word = {"fr": "Lien\u202f: ", "en": "Link: "}[lang]
    or_at = _OR_AT
    for found in _bio_pointer(lang).finditer(text):
        start, end = found.span()
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        marks = regex.search(_POINTER_MARKS + r"\Z", before)
        begin = start - (len(marks.group()) if marks else 0)
        opens = bool(regex.fullmatch(_SENTENCE_BEFORE, text[line_start:begin]))
        alternative = or_at.match(text, end)
        if alternative is not None:
            # "Lien dans la bio ou sur <link>" -> "Lien : <link>"; "…, link in bio or at
            # <link>" -> "…, at <link>": the link stays, the pointer goes.
            if opens:
                gap = " " if begin > line_start and text[begin - 1] not in " \n" else ""
                edits.append(Edit(begin, alternative.end(), gap + link_word, reason))
            else:
                edits.append(Edit(start, alternative.end("join"), "", reason))
            continue
        after = regex.match(r"[ \u00a0\u202f]*[.!]?", text[end:])
        tail = end + (after.end() if after else 0)
        if opens and (tail >= len(text) or text[tail] in " \n"):
            # "Lien en bio." alone: the whole sentence goes, with the space before it; a
            # line of its own goes with its line break.
            while begin > line_start and text[begin - 1] in " \u00a0\u202f":
                begin -= 1
            if begin == line_start:
                while tail < len(text) and text[tail] in " \n":
                    tail += 1
                if tail >= len(text):
                    begin = len(text[:begin].rstrip())
            edits.append(Edit(begin, tail, "", reason))
            continue
        separated = regex.search(
            r"[ \u00a0\u202f]*(?:[,:–—-]|\()" + _POINTER_MARKS + r"\Z", text[line_start:start]
        )
        if separated is not None:
            close = 1 if text[end : end + 1] == ")" else 0
            edits.append(Edit(start - len(separated.group()), end + close, "", reason))
    return edits
