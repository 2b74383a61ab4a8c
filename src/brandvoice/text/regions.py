"""Which region's spelling a text uses, for ``--lang auto``: "colour" and "organisation"
say British English, "color" and "organization" American; « magasiner » and « infolettre »
say Quebec, « huitante » Switzerland (``data/regional-words.yaml``). A region is chosen
only when its words outnumber every other region's; else the bare language stays (American
English, French of France), and the words that decided are given back, so a report can
say why.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources

import regex

from brandvoice.datafiles import parse_packaged_yaml

_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")


@cache
def _regional_words() -> dict[str, dict[str, str]]:
    """language → word → region."""
    text = (
        resources.files("brandvoice.text")
        .joinpath("data/regional-words.yaml")
        .read_text(encoding="utf-8")
    )
    data = parse_packaged_yaml(text)
    return {
        lang: {word.casefold(): region for region, words in regions.items() for word in words}
        for lang, regions in data.items()
    }


def detect_region(text: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """``(locale, evidence)``: the region whose words ``text`` uses most, with those words;
    ``(lang, ())`` when none stands out."""
    words = _regional_words().get(lang, {})
    found = [
        (m.group(), words[m.group().casefold()])
        for m in _WORD.finditer(text)
        if m.group().casefold() in words
    ]
    if not found:
        return lang, ()
    counts = Counter(region for _, region in found).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return lang, ()
    region = counts[0][0]
    return region, tuple(dict.fromkeys(word for word, where in found if where == region))


# The regions whose English writes "-ize" where British writes "-ise" ("apologize"):
# American and Canadian usage (the Canadian Oxford Dictionary keeps "-our" but "-ize").
IZE_REGIONS = frozenset({"en", "en-US", "en-CA"})
_ISE = regex.compile(r"(?<=\p{L}{2})is(?=(?:e|es|ed|ing|ation|ations)\Z)", regex.IGNORECASE)


def ize_spelling(word: str) -> str | None:
    """``word``'s "-ize" spelling when it is a British "-ise" word the regional lists know
    in both forms ("apologises" → "apologizes", "organisation" → "organization"); None for
    any other word ("promise", "exercise" keep their "s" everywhere)."""
    found = _ISE.search(word)
    if found is None:
        return None
    stem = word[: found.start()]
    british, american = stem + "ise", stem + "ize"
    words = _regional_words().get("en", {})
    if words.get(british.casefold()) != "en-GB" or words.get(american.casefold()) != "en-US":
        return None
    matched: str = found.group()
    z = "Z" if matched[:1].isupper() else "z"
    return word[: found.start()] + matched[:1] + z + word[found.end() :]
