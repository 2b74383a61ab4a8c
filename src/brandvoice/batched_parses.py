"""Independent jobs run so that the spaCy parses they ask for are made in batches.

``adapt`` writes one variant per network, each through the same transforms, and many of
them parse the variant's text (its facts, for fitting it to length; its orders, its
headline). Parsed one at a time, each text pays spaCy's fixed cost per call (every layer
of every component run for one short document: about half of a parse of a post); parsed
together, they share it. :func:`together` runs the jobs one at a time, in order, each on
its own thread: when a job asks :func:`brandvoice.nlp.parse` for a text the cache does not
hold, it waits, and the next job runs; when every job is waiting or done, the texts asked
for are parsed in one batch per language and the waiting jobs go on, in order.

Only one job runs at any moment, so the jobs share caches and tables as they do when run
one after another; each gets the parse it would have got alone (a document parsed in a
batch is parsed as it is alone: tests/test_batched_parses.py compares both). What
changes is only when the parses are made.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from brandvoice import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

_SCHEDULER = -1  # the turn of the thread that called together()


def together(jobs: Sequence[Callable[[], T]]) -> list[T]:
    """Each job's result, in order, as ``[job() for job in jobs]`` gives them (the first
    job's exception, in order, is raised), with their parses made in batches. Jobs run from
    a job run one after another."""
    if len(jobs) < 2 or nlp.batch_session() is not None:
        return [job() for job in jobs]
    return _Session(jobs).run()


class _Session:
    def __init__(self, jobs: Sequence[Callable[[], T]]) -> None:
        self.jobs = jobs
        self.cond = threading.Condition()
        self.turn = _SCHEDULER
        self.results: list[Any] = [None] * len(jobs)
        self.errors: list[BaseException | None] = [None] * len(jobs)
        self.asked: dict[int, tuple[str, str, int]] = {}  # job -> (lang, text, level)
        self.answers: dict[int, Doc | BaseException] = {}
        self.local = threading.local()

    def run(self) -> list[Any]:
        threads = [
            threading.Thread(target=self._job, args=(index,), name=f"brandvoice-job-{index}")
            for index in range(len(self.jobs))
        ]
        for thread in threads:
            thread.start()
        ready = list(range(len(self.jobs)))
        while ready:
            for index in ready:
                self._give_turn(index)
            ready = sorted(self.asked)
            self._answer(ready)
        for thread in threads:
            thread.join()
        for error in self.errors:
            if error is not None:
                raise error
        return self.results

    # --- on a job's thread ------------------------------------------------------------------

    def _job(self, index: int) -> None:
        self.local.index = index
        nlp.set_batch_session(self)
        with self.cond:
            while self.turn != index:
                self.cond.wait()
        try:
            self.results[index] = self.jobs[index]()
        except BaseException as error:
            self.errors[index] = error
        finally:
            with self.cond:
                self.turn = _SCHEDULER
                self.cond.notify_all()

    def parse(self, lang: str, text: str, level: int) -> Doc:
        """The parse of ``text`` at ``level``, made with those the other jobs ask for."""
        index = self.local.index
        with self.cond:
            self.asked[index] = (lang, text, level)
            self.turn = _SCHEDULER
            self.cond.notify_all()
            while self.turn != index:
                self.cond.wait()
            answer = self.answers.pop(index)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    # --- on the scheduler's thread ------------------------------------------------------------

    def _give_turn(self, index: int) -> None:
        with self.cond:
            self.turn = index
            self.cond.notify_all()
            while self.turn != _SCHEDULER:
                self.cond.wait()

    def _answer(self, waiting: list[int]) -> None:
        asked = [self.asked.pop(index) for index in waiting]
        by_lang: dict[str, list[tuple[str, int]]] = {}
        for lang, text, level in asked:
            by_lang.setdefault(lang, []).append((text, level))
        made: dict[tuple[str, str], Doc] = {}
        for lang, wanted in by_lang.items():
            try:
                docs = nlp.parse_together(lang, wanted)
            except Exception:
                continue
            made.update(((lang, text), doc) for text, doc in docs.items())
        for index, (lang, text, level) in zip(waiting, asked, strict=True):
            doc = made.get((lang, text))
            if doc is None:
                try:
                    doc = nlp.parse_at(lang, text, level)
                except Exception as error:
                    self.answers[index] = error
                    continue
            self.answers[index] = doc
