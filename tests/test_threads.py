"""One ``Checker``, ``adapt`` and ``analyze`` shared by many threads give the results of a
sequential run, and the output does not depend on ``PYTHONHASHSEED``.

The threads share the process's spaCy pipelines, Hunspell spellers, Grammalecte engine
and LanguageTool backend: with a pipeline reconfigured per call (``nlp.select_pipes``),
four threads used to get spaCy's E030 and wrong findings. The check tests run a real
LanguageTool server (see tests/test_languagetool.py); they skip when java or mvn is
missing, except under CI=true, where they fail.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

from brandvoice import Checker, CheckRequest, adapt, analyze
from brandvoice.analysis import Analysis
from brandvoice.findings import Report

from .conftest import ROOT

THREADS = 6
DAY = dt.date(2026, 4, 1)

# Small businesses' posts, some with typos and grammar errors for every checker to find.
FRENCH = [
    "Samedi 11 avril, venez découvrir notre nouvelle boulangerie rue des Lilas ! Pain au "
    "levain, viennoiseries maison et café offert aux 50 premiers clients. 🥐",
    "Notre salon de coiffure sera fermé du 20 au 27 avril pour travaux. On se retrouve le "
    "28 avec un nouvel espace plus lumineux ! Réservez dès maintenant au 04 94 12 34 56.",
    "Les tomates anciennes sont arrivé au marché ! Elles sont délicieuse en salade avec un "
    "filet d'huile d'olive de Bandol. Venez vite, les quantités sont limitées.",
    "Nous recrutons un(e) vendeur(se) pour la saison d'été. Vous aimez le contact et les "
    "produits locaux ? Envoyez votre CV à contact@lepanierdugolfe.fr avant le 15 mai.",
    "Merci à tous pour ces dix ans ! Sans vous, l'atelier n'aurait jamais existé. Pour "
    "fêter ça, -20 % sur toute la boutique ce week-end, en magasin et sur notre site.",
    "Nouveau : la livraison à domicile est disponnible dans tout le canton. Commandez avant "
    "midi, vous serez livrés le jour même. Plus d'infos sur https://example.fr/livraison",
    "Atelier poterie pour les enfant mercredi après-midi : il reste trois places. "
    "Inscription à la boutique ou par téléphone, matériel fourni.",
]
ENGLISH = [
    "Our new bakery opens this Saturday on Elm Street! Sourdough, homemade pastries and "
    "free coffee for the first 50 customers. See you there! 🥐",
    "The salon will be closed from April 20 to 27 for renovations. We reopen on the 28th "
    "with a brighter space. Book your appointment now at https://example.com/book",
    "Fresh strawberries just arrived at the farm shop. They taste amazing with a little "
    "cream. Come early, we recieve only a few boxes each morning.",
    "We are hiring a part-time barista for the summer. He need to be friendly and love "
    "good coffee. Send your resume to jobs@example.com before May 15.",
    "Thank you for ten wonderful years! To celebrate, everything in the store is 20% off "
    "this weekend, in person and online.",
    "Home delivery is now available across the county. Order before noon and get your "
    "groceries the same day. Its that simple!",
    "Pottery workshop for kids on Wednesday afternoon: three spots left. Sign up in store "
    "or by phone, all materials provided.",
]
POSTS = [(text, "fr") for text in FRENCH] + [(text, "en") for text in ENGLISH]
# Interleaved: every batch and every thread mixes the two languages.
MIXED = [post for pair in zip(FRENCH, ENGLISH, strict=True) for post in pair]

T = TypeVar("T")


def _in_threads(work: Callable[[int], T], threads: int = THREADS) -> list[T]:
    """``work(i)`` for i in range(threads), all started at once on their own threads."""
    barrier = threading.Barrier(threads)

    def run(index: int) -> T:
        barrier.wait(timeout=120)
        return work(index)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(run, range(threads)))


def _rotated(items: Sequence[T], by: int) -> list[T]:
    by %= len(items)
    return [*items[by:], *items[:by]]


def _request(text: str, lang: str = "auto") -> CheckRequest:
    return CheckRequest(text, lang=lang, date=DAY)


def _reports(reports: Sequence[Report]) -> list[dict[str, Any]]:
    return [report.to_dict() for report in reports]


# --- Checker, with a real LanguageTool --------------------------------------------------


@pytest.fixture(scope="module")
def checker(languagetool_backend: object) -> Checker:
    return Checker(languagetool="required")


@pytest.mark.integration
def test_a_shared_checker_gives_the_sequential_results(checker: Checker) -> None:
    single = {text: checker.check(_request(text, lang)).to_dict() for text, lang in POSTS}
    batch = _reports(checker.check_many([_request(text) for text in MIXED]))
    # The run has something to compare: the typos and errors in the posts were found.
    assert sum(len(report["findings"]) for report in batch) >= len(POSTS)
    rules = {f["rule"] for report in batch for f in report["findings"]}
    assert any(rule.startswith("languagetool.") for rule in rules)

    def work(index: int) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        # Each thread checks the posts one by one in its own order, then all at once.
        found = {
            text: checker.check(_request(text, lang)).to_dict()
            for text, lang in _rotated(POSTS, 3 * index)
        }
        return found, _reports(checker.check_many([_request(text) for text in MIXED]))

    for found, many in _in_threads(work):
        assert found == single
        assert many == batch


@pytest.mark.integration
def test_findings_are_stable_across_threads_one_by_one(checker: Checker) -> None:
    """The same comparison on finding ids, spans and messages alone, for a readable diff."""

    def key(report: Report) -> list[tuple[str, int, int, str]]:
        return [(f.rule, f.offset, f.length, f.message) for f in report.findings]

    expected = [key(checker.check(_request(text, lang))) for text, lang in POSTS]
    results = _in_threads(
        lambda index: [key(checker.check(_request(text, lang))) for text, lang in POSTS]
    )
    for found in results:
        assert found == expected


# --- adapt and analyze: offline ---------------------------------------------------------

_ADAPT_NETWORKS = ["facebook", "x", "linkedin"]


def _adapted(master: str) -> dict[str, Any]:
    adaptation = adapt(master, networks=_ADAPT_NETWORKS, languagetool="off", date=DAY)
    return adaptation.to_dict()


@pytest.mark.integration
def test_adapt_from_threads_gives_the_sequential_results() -> None:
    masters = [FRENCH[0], ENGLISH[0], FRENCH[3], ENGLISH[3]]
    expected = {master: _adapted(master) for master in masters}
    results = _in_threads(
        lambda index: {master: _adapted(master) for master in _rotated(masters, index)}
    )
    for found in results:
        assert found == expected


@pytest.mark.integration
def test_analyze_from_threads_gives_the_sequential_results() -> None:
    expected = [analyze(text, lang) for text, lang in POSTS]

    def work(index: int) -> list[Analysis]:
        order = _rotated(list(range(len(POSTS))), index)
        found: list[Analysis | None] = [None] * len(POSTS)
        for _ in range(3):
            for i in order:
                found[i] = analyze(*POSTS[i])
        return [each for each in found if each is not None]

    for found in _in_threads(work, threads=8):
        assert found == expected


@pytest.mark.integration
def test_check_adapt_and_analyze_at_once_on_the_same_pipelines() -> None:
    """Threads asking the same pipelines for sentences (check), full parses (adapt) and
    tags with dependencies (analyze) at the same time: each gets its own components."""
    offline = Checker(languagetool="off")
    checked = _reports(offline.check_many([_request(text) for text in MIXED]))
    adapted = _adapted(FRENCH[1])
    analysed = [analyze(text, lang) for text, lang in POSTS]

    def work(index: int) -> object:
        for _ in range(2):
            if index % 3 == 0:
                found: object = _reports(offline.check_many([_request(t) for t in MIXED]))
                assert found == checked
            elif index % 3 == 1:
                found = _adapted(FRENCH[1])
                assert found == adapted
            else:
                found = [analyze(text, lang) for text, lang in POSTS]
                assert found == analysed
        return found

    _in_threads(work)


# --- PYTHONHASHSEED ---------------------------------------------------------------------

_SCRIPT = """
import datetime as dt, json, sys
from brandvoice import Checker, CheckRequest, adapt
from brandvoice.report.json import check_document

posts = json.loads(sys.stdin.read())
day = dt.date(2026, 4, 1)
checker = Checker(languagetool="off")
reports = checker.check_many([CheckRequest(text, date=day) for text in posts])
adapted = [
    adapt(text, networks=["facebook", "x"], languagetool="off", date=day).to_dict()
    for text in posts[:2]
]
print(json.dumps({"check": check_document(reports), "adapt": adapted}, ensure_ascii=False))
"""


def _output_with_hash_seed(seed: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONHASHSEED"}
    env["PYTHONHASHSEED"] = seed
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        input=json.dumps(MIXED[:6]),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.integration
def test_check_and_adapt_output_does_not_depend_on_the_hash_seed() -> None:
    seeds = ["0", "1", "12345"]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores: two children at a time
        outputs = list(pool.map(_output_with_hash_seed, seeds))
    parsed = json.loads(outputs[0])
    assert len(parsed["check"]["results"]) == 6
    assert parsed["adapt"][0]["variants"]
    for seed, output in zip(seeds[1:], outputs[1:], strict=True):
        assert output == outputs[0], f"PYTHONHASHSEED={seed} changed the output"
