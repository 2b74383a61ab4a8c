"""Glossary: the voice's preferred terms replace the forbidden ones, brand names get their
exact casing.

The same matching as the ``terminology`` checks (whole words, case-insensitive, nothing
inside a URL, an e-mail address, a mention or a hashtag), so a variant leaves this
transform with none of their findings. Brand names are protected spans for every other
transform, found case-insensitively: setting "linkedin" to "LinkedIn" is an edit inside
one, hence ``edits_protected``; in exchange this transform only ever replaces a whole
glossary word, and checks the other protected spans (URLs, mentions...) itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.wording.fitting import APOSTROPHES, starts_sentence, text_apostrophe
from brandvoice.text.protect import protected_spans


@cache
def _whole_words(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` as a whole word, case-insensitively, longest first; the same edges
    as :mod:`brandvoice.checks.terminology` ("e-mail" is not "mail", "/linkedin" is a path)."""
    joined = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_@#/.-])(?:{joined})(?![\p{{L}}\p{{N}}_])", regex.I)


def _capitalised(preferred: str, written: str, text: str, start: int) -> str:
    """A capital at the start of a sentence stays: "Deadline" → "Date limite"."""
    if written[:1].isupper() and preferred[:1].islower() and starts_sentence(text, start):
        return preferred[:1].upper() + preferred[1:]
    return preferred


class Glossary(Transform):
    id = "glossary"
    stage = Stage.BODY
    order = 20
    summary = "Forbidden terms become the preferred ones; brand names get their exact casing."
    edits_protected = True
    examples = (
        TransformExample(
            "Follow us on linkedin and Youtube, or send an e-mail.",
            "Follow us on LinkedIn and YouTube, or send an email.",
        ),
        TransformExample(
            "Deadline vendredi : inscriptions online sur notre site.",
            "Date limite vendredi : inscriptions en ligne sur notre site.",
            lang="fr",
        ),
        TransformExample(
            "Abonnez-vous à la newsletter ou écrivez un mail à l’équipe.",
            "Abonnez-vous à la lettre d’information ou écrivez un courriel à l’équipe.",
            lang="fr",
            voice="corporate",
        ),
        TransformExample(
            "Please reach out to us on Twitter.",
            "Please contact us on X.",
            voice="corporate",
        ),
        # URLs, hashtags and mentions are written as their owners write them.
        TransformExample(
            "Follow us on LinkedIn: linkedin.com/company/acme #linkedin @youtube",
            "Follow us on LinkedIn: linkedin.com/company/acme #linkedin @youtube",
        ),
        # An English term ("e-mail") is no French rule's business, and "online" is fine in
        # English.
        TransformExample("We are online today.", "We are online today."),
    )

    def applies(self, target: Target) -> bool:
        glossary = target.voice.glossary
        return bool(glossary.brands or glossary.terms)

    def edits(self, text: str, target: Target) -> list[Edit]:
        candidates = [*self._term_edits(text, target), *self._brand_edits(text, target)]
        if not candidates:
            return []  # most texts: no need to find their URLs and emoji
        skipped = protected_spans(text)
        kept: list[Edit] = []
        # Terms first (they may contain a brand), then left to right; no two overlap.
        for edit in candidates:
            if skipped.overlaps(edit.start, edit.end) or any(
                edit.start < other.end and other.start < edit.end for other in kept
            ):
                continue
            kept.append(edit)
        return kept

    def _term_edits(self, text: str, target: Target) -> Iterable[Edit]:
        preferred_by_word: dict[str, str] = {}
        for term in target.voice.glossary.terms:
            if term.lang is None or term.lang == target.lang:
                for word in term.forbidden:
                    preferred_by_word.setdefault(word.casefold(), term.preferred)
        if not preferred_by_word:
            return
        mark = text_apostrophe(text, target.voice, target.lang)
        for match in _whole_words(tuple(preferred_by_word)).finditer(text):
            written = match.group()
            preferred = preferred_by_word[written.casefold()]
            if any(ch in preferred for ch in APOSTROPHES):
                # "lettre d’information" in the text's own apostrophe.
                preferred = preferred.replace("'", mark).replace("’", mark)
            preferred = _capitalised(preferred, written, text, match.start())
            if preferred == written:
                continue
            yield Edit(
                match.start(),
                match.end(),
                preferred,
                f"glossary: the {target.voice.name} voice says {preferred!r} rather than "
                f"{written!r}",
            )

    def _brand_edits(self, text: str, target: Target) -> Iterable[Edit]:
        brands = tuple(target.voice.glossary.brands)
        if not brands:
            return
        exact = {brand.casefold(): brand for brand in brands}
        for match in _whole_words(brands).finditer(text):
            written = match.group()
            brand = exact.get(written.casefold())
            if brand is None or brand == written:
                continue
            yield Edit(
                match.start(),
                match.end(),
                brand,
                f"glossary: the name is written {brand!r}, not {written!r}",
            )


TRANSFORMS = (Glossary(),)
