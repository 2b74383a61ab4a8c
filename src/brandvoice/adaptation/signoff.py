"""What a sign-off line is: the one definition the layout (which sets the master's sign-off
apart, :mod:`brandvoice.adaptation.paragraphs`) and fitting (which drops a sign-off first
from a short post, :mod:`brandvoice.adaptation.fitting.purpose`) both read.

A sign-off is a short line of its own that says who speaks or takes leave, and no sentence.
Two shapes of it, either one enough:

- a name or a team that signs ("L'équipe du P'tit Cabanon", "— Rideau Community Pharmacy",
  "Keys & Chords Music School"): at most :data:`SIGN_OFF_MAX_WORDS` words, no stop, colon,
  digit (an address or a phone number is a practical line: "Ti Krampouezh, 31 rue de
  Siam, Brest") or emoji, and a signature's dash, a team's name or a capitalised word
  after its first (a name); "Venez nombreux" is a sentence without its stop;
- a formula of leave-taking (``data/courtesy.yaml``, ``sign_off``: "Kind regards",
  "Cordialement", "The Harbour Bakery team"), at most :data:`FORMULA_MAX_WORDS` words and
  no stop at its end: a longer line says something of its own.

The two were written apart, and each refused lines the other took ("Keys & Chords Music
School" has no formula, "Kind regards" no name): a line is a sign-off when either says so.
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.lang import base_language

# A sign-off is a name, a team or a signature line: a few words at most.
SIGN_OFF_MAX_WORDS = 8
# A formula says its piece in fewer ("Bien à vous", "Love from all of us at the Fox").
FORMULA_MAX_WORDS = 6

_COURTESY = "courtesy.yaml"
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# What a signing name never holds: a sentence's stop or colon, a digit, an emoji.
_NO_SIGN_OFF = regex.compile(r"[.!?…:;@/\d]|\p{Extended_Pictographic}")
# The stop of a company's abbreviation ending a name: "Co.", "Ltd.", "Inc.", « Cie. ».
_COMPANY_STOP = regex.compile(r"(?<=\b(?:Co|Ltd|Inc|Corp|Cie|Bros|LLC))\.$")
# A signature's dash ("— Rideau Community Pharmacy").
_SIGNATURE_DASH = regex.compile(r"\A[—–-][ \u00a0]*\S")
_DASHES = "—–- \u00a0"
# A team's name ("L'équipe du P'tit Cabanon", "The Harbour team", "Toute l'équipe").
_TEAM = regex.compile(r"(?<![\p{L}])(?:équipe|team|staff)(?![\p{L}])", regex.IGNORECASE)
_STOP_AT_END = regex.compile(r"[.!?…:;][\s\u00a0\u202f]*$")


def is_sign_off(line: str, lang: str | None = None) -> bool:
    """Whether ``line`` (a whole line) signs the text or takes leave; the formulas of
    ``lang``, or of every language the data knows when it is None."""
    line = line.strip()
    return _signs(line) or _takes_leave(line, lang)


def _signs(line: str) -> bool:
    """A name or a team that signs: short, no stop, digit or emoji, and a dash, a team's
    name or a capitalised word after the first."""
    words = _WORD.findall(line)
    # A company's abbreviation ends on its own stop ("Knot & Thread Co."): no sentence's.
    bare = _COMPANY_STOP.sub("", line)
    if not words or len(words) > SIGN_OFF_MAX_WORDS or _NO_SIGN_OFF.search(bare):
        return False
    if _SIGNATURE_DASH.match(line):
        return True
    if not line[:1].isupper():
        return False
    return bool(_TEAM.search(line)) or any(w[:1].isupper() for w in words[1:])


def _takes_leave(line: str, lang: str | None) -> bool:
    """A formula of leave-taking of ``courtesy.yaml``, short, no stop at its end."""
    if len(_WORD.findall(line)) > FORMULA_MAX_WORDS or _STOP_AT_END.search(line):
        return False
    pattern = _formulas(base_language(lang) if lang else "")
    return pattern is not None and pattern.match(line.lstrip(_DASHES)) is not None


@cache
def _formulas(lang: str) -> regex.Pattern[str] | None:
    """The sign-off formulas of ``lang``, or of every language for ''."""
    table = load_table(_COURTESY).get("sign_off", {})
    chosen = [table.get(lang, [])] if lang else list(table.values())
    patterns = [str(p) for listed in chosen for p in listed]
    if not patterns:
        return None
    return regex.compile(rf"(?:{phrase_alternation(patterns)})", regex.IGNORECASE)


# What a sign-off says around the name that signs: a dash, « L'équipe du/de la… », "The …
# team", "the team at …".
_SIGNER_AROUND = regex.compile(
    r"^[—–\-\s]*(?:(?:toute\s+)?l['’]équipe\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*"
    r"|(?:all\s+of\s+us|the\s+team)\s+at\s+)?(?P<name>.+?)(?:\s+team)?\s*$",
    regex.IGNORECASE,
)
_ARTICLE = regex.compile(r"^(?:the|le|la|les|l['’])\s*", regex.IGNORECASE)


def signer(line: str) -> str:
    """The name a sign-off line signs with, without its article: « L'équipe du P'tit
    Cabanon » → « P'tit Cabanon », "— Rideau Community Pharmacy" → "Rideau Community
    Pharmacy", "The Harbour Bakery team" → "Harbour Bakery"."""
    found = _SIGNER_AROUND.match(line.strip())
    name = str(found["name"]) if found is not None else line.strip()
    return str(_ARTICLE.sub("", name)).strip()


def names(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` (its article aside, whatever the apostrophe or
    case): « la soirée du P'tit Cabanon » names « Le P'tit Cabanon »."""
    bare = _ARTICLE.sub("", name).strip().replace("’", "'").casefold()
    return len(bare) > 2 and bare in text.replace("’", "'").casefold()
