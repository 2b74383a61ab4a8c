"""Properties of fitting a post to X, on generated posts: what it keeps is whole.

Whatever the post, the fitted text (1) holds no piece of a word, link, number, hashtag or
mention that the post does not hold whole, and (2) is made of the post's own sentences,
but for a first sentence cut as a last resort, which then ends with "…" (and a link), a
sentence opening on a connective ("And", "Et") whose sentence before it went, which
then starts on the word after the connective, and a sentence kept with a part cut inside
it (its list after a colon, its closing clause, an aside), its stop kept.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Target
from brandvoice.adaptation.transforms.fit_length import FitLength
from brandvoice.adaptation.transforms.trim_clauses import TrimClauses
from brandvoice.lang import Lang
from brandvoice.networks import get_network, measure
from brandvoice.profiles import get_voice

_EN = "our new shop opens with fresh bread coffee local cheese and wine every day come early"
_FR = "notre nouvelle boutique ouvre avec du pain frais café fromage local et vin chaque jour"
WORDS = {"en": tuple(_EN.split(" ")), "fr": tuple(_FR.split(" "))}
PIECES = [
    "https://example.com/opening-weekend?utm_source=x",
    "shop.example/rooms",
    "@north_wind",
    "#Toulon",
    "12,50 €",
    "$14",
    "3pm",
    "04 94 26 71 38",
    "hello@shop.example",
    "2026",
]
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+|\n+")
_CONNECTIVE = regex.compile(r"(?:And|Et)\s+(\p{Ll})")


def _of_the_post(piece: str, sentences: set[str] | list[str]) -> bool:
    """Whether ``piece`` is one of ``sentences``, or one without its opening connective."""
    if piece in sentences:
        return True
    return any(
        (m := _CONNECTIVE.match(s)) is not None and m.group(1).upper() + s[m.end() :] == piece
        for s in sentences
    )


def _sentence(lang: str) -> st.SearchStrategy[str]:
    item = st.one_of(st.sampled_from(WORDS[lang]), st.sampled_from(PIECES))
    return st.lists(item, min_size=3, max_size=16).map(
        lambda words: " ".join(words)[:1].upper() + " ".join(words)[1:] + "."
    )


@st.composite
def posts(draw: st.DrawFn) -> tuple[Lang, str]:
    lang: Lang = draw(st.sampled_from(["en", "fr"]))
    sentences = draw(st.lists(_sentence(lang), min_size=1, max_size=9))
    tags = draw(st.lists(st.sampled_from(["#Var", "#ShopLocal", "#Bread", "#Harbour"]), max_size=4))
    body = " ".join(sentences)
    text = f"{body}\n\n{' '.join(dict.fromkeys(tags))}" if tags else body
    return lang, text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
def test_fitting_keeps_words_and_sentences_whole(post: tuple[Lang, str]) -> None:
    lang, text = post
    target = Target(
        voice=get_voice("casual-facebook"), network=get_network("x"), lang=lang, master=text
    )
    fitted = run_transforms(Rewrite(text), target, [FitLength()]).text
    tokens = set(text.split())
    shortened = "…" in fitted and "…" not in text
    kept = fitted.split("…")[0] if shortened else fitted
    for token in kept.split():
        # A word may open its sentence once the connective before it went: "Et nouvelle".
        assert token in tokens or token[:1].lower() + token[1:] in tokens, (token, fitted)
    sentences = {s.strip() for s in _SENTENCE_END.split(text) if s.strip()}
    pieces = [s.strip() for s in _SENTENCE_END.split(kept) if s.strip()]
    whole = pieces[:-1] if shortened else pieces
    for piece in whole:
        assert _of_the_post(piece, sentences) or piece.startswith("#"), (piece, fitted)
    if shortened:
        # The cut sentence is the start of one of the post's sentences, cut between words.
        assert any(s.startswith(pieces[-1]) for s in sentences), fitted
    if not measure(fitted, "x").over:
        return
    # Still over only when the first sentence alone cannot be cut to fit.
    assert shortened or len(pieces) == 1, fitted


_CLAUSES = {
    "en": ", we open every day and the team bakes fresh bread.",
    "fr": ", on ouvre chaque jour et l'équipe cuit du pain frais.",
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts(), st.data())
def test_trimming_clauses_then_fitting_keeps_sentences_whole(
    post: tuple[Lang, str], data: st.DataObject
) -> None:
    lang, text = post
    # Give some sentences a trailing clause of their own, the kind trim-clauses may cut.
    pieces = _SENTENCE_END.split(text)
    chosen = data.draw(st.sets(st.integers(0, max(0, len(pieces) - 1)), max_size=3))
    for index in chosen:
        if pieces[index].endswith(".") and not pieces[index].startswith("#"):
            pieces[index] = pieces[index][:-1] + _CLAUSES[lang]
    text = " ".join(pieces)
    target = Target(
        voice=get_voice("casual-facebook"), network=get_network("x"), lang=lang, master=text
    )
    fitted = run_transforms(Rewrite(text), target, [TrimClauses(), FitLength()]).text
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    shortened = "…" in fitted and "…" not in text
    kept = fitted.split("…")[0] if shortened else fitted
    pieces_out = [s.strip() for s in _SENTENCE_END.split(kept) if s.strip()]
    for piece in pieces_out[:-1] if shortened else pieces_out:
        if piece.startswith("#"):
            continue
        # A sentence of the post, or one cut before its trailing clause, stop kept.
        assert _of_the_post(piece, sentences) or any(
            s.startswith(piece[:-1]) and s[len(piece) - 1 : len(piece) + 1] == ", "
            for s in sentences
        ), (piece, fitted)


# What fit-length may cut inside a sentence rather than drop it whole (fitting/inner.py).
_INNER = {
    "en": (
        ": what we bake each morning and how we keep it fresh",
        ", which we bake every morning in the old oven",
        " (from the mill down the road)",
        " with the crust still warm",
        " and we bake it every morning",
    ),
    "fr": (
        " : ce que nous cuisons chaque matin et comment le garder frais",
        ", qui sort chaque matin du vieux four",
        " (du moulin au bout de la route)",
        " avec le café du matin",
        " et on la cuit chaque matin",
    ),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts(), st.data())
def test_cutting_inside_sentences_keeps_them_sentences(
    post: tuple[Lang, str], data: st.DataObject
) -> None:
    lang, text = post
    # Give some sentences a part fit-length may cut inside them: a list after a colon, a
    # closing relative clause, an aside in brackets.
    pieces = _SENTENCE_END.split(text)
    chosen = data.draw(st.sets(st.integers(0, max(0, len(pieces) - 1)), max_size=4))
    for index in chosen:
        if pieces[index].endswith(".") and not pieces[index].startswith("#"):
            part = data.draw(st.sampled_from(_INNER[lang]))
            pieces[index] = pieces[index][:-1] + part + "."
    text = " ".join(pieces)
    target = Target(
        voice=get_voice("casual-facebook"), network=get_network("x"), lang=lang, master=text
    )
    fitted = run_transforms(Rewrite(text), target, [FitLength()]).text
    # A word before a cut takes the sentence's stop: "new:" ends "new." once its list went.
    tokens = {token.rstrip(".,:") for token in text.split()}
    sentences = {s.strip() for s in _SENTENCE_END.split(text) if s.strip()}
    shortened = "…" in fitted and "…" not in text
    kept = fitted.split("…")[0] if shortened else fitted
    for token in (t.rstrip(".,:") for t in kept.split()):
        assert token in tokens or token[:1].lower() + token[1:] in tokens, (token, fitted)
    out = [s.strip() for s in _SENTENCE_END.split(kept) if s.strip()]
    for piece in out[:-1] if shortened else out:
        if piece.startswith("#"):
            continue
        # A sentence of the post, or one with its inner part cut, stop kept.
        assert _of_the_post(piece, sentences) or any(
            _of_the_post(piece[:-1] + part + piece[-1:], sentences) for part in _INNER[lang]
        ), (piece, fitted)
