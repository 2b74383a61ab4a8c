"""brandvoice.batched_parses: jobs run side by side get the parses they get alone."""

from __future__ import annotations

import pytest

from brandvoice import nlp
from brandvoice.batched_parses import together

TEXTS = {
    "fr": [
        "Nous ouvrons notre nouvelle boutique au 12 rue Castillon à Toulon, le samedi 6 juin.",
        "Réservez votre atelier chez Comptoir du Mourillon ou appelez Claire au 04 94 00 00 00.",
        "Marie Dupont rejoint l'équipe de La Cave des Sablettes comme sommelière.",
    ],
    "en": [
        "Our beach club reopens on Friday 1 May with new sunbeds and live music.",
        "Book your table at Harbour Bakery or call Sarah on 01326 555 0101.",
        "The Falmouth Oyster Festival returns to Events Square next weekend.",
    ],
}


def _reading(doc: object) -> list[tuple[object, ...]]:
    return [
        (
            t.text,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.dep_,
            t.head.i,
            t.lemma_,
            t.is_sent_start,
            t.ent_iob_,
            t.ent_type_,
        )
        for t in doc  # type: ignore[attr-defined]
    ]


def _fresh(lang: str, text: str, **level: bool) -> list[tuple[object, ...]]:
    """The parse of ``text`` made alone, whatever the cache holds."""
    pipeline = nlp.get_pipeline(lang)
    names = nlp._components(pipeline, nlp.level_of(**level))
    return _reading(next(pipeline.run([text], names, batch_size=1)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parses_made_together_are_those_made_alone(lang: str) -> None:
    texts = [f"{text} ({lang}-together-1)" for text in TEXTS[lang]]
    levels = [{"full": True}, {"full": True, "entities": False}, {"full": False}]
    jobs = [
        (lambda text=text, level=level: _reading(nlp.parse(lang, text, **level)))
        for text, level in zip(texts, levels, strict=True)
    ]
    assert together(jobs) == [
        _fresh(lang, text, **level) for text, level in zip(texts, levels, strict=True)
    ]


def test_jobs_run_in_turn_and_wait_for_their_parses() -> None:
    texts = [f"{text} (together-2)" for text in TEXTS["en"]]
    events: list[str] = []

    def job(index: int) -> int:
        events.append(f"start {index}")
        doc = nlp.parse("en", texts[index])
        events.append(f"parsed {index}")
        return len(doc)

    counts = together([lambda i=i: job(i) for i in range(3)])
    assert counts == [len(_fresh("en", text)) for text in texts]
    # Every job asked before any parse was made: the three were parsed in one batch.
    assert events[:3] == ["start 0", "start 1", "start 2"]
    assert events[3:] == ["parsed 0", "parsed 1", "parsed 2"]


def test_the_first_failing_job_raises_after_all_have_run() -> None:
    ran: list[int] = []

    def job(index: int) -> int:
        nlp.parse("en", f"Job {index} runs here (together-3).")
        ran.append(index)
        if index:
            raise ValueError(f"job {index}")
        return index

    with pytest.raises(ValueError, match="job 1"):
        together([lambda i=i: job(i) for i in range(3)])
    assert ran == [0, 1, 2]


def test_jobs_inside_a_job_run_one_after_another() -> None:
    def inner() -> list[int]:
        return together([lambda: 1, lambda: 2])

    assert together([inner, inner]) == [[1, 2], [1, 2]]
