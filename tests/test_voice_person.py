"""Who speaks (issue 17): the press note speaks of the brand in the third person all
through, the casual post on Facebook and Instagram speaks as the brand, in the first
person; both only for the brand the profile names."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import regex

from brandvoice import adapt
from brandvoice.profiles import get_voice
from tests.sample_masters import APOLOGY_FR, RECALL_EN

WHEN = dt.date(2026, 12, 7)
JOB_EN = (
    "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join "
    "our kitchen team from January.\n"
    "You'll prep and cook our seasonal menu, keep your station spotless and work with "
    "local suppliers.\n"
    "We offer £12.60–£14 an hour, 28 days of holiday and every Sunday off.\n"
    "Apply by 20 December at greenfork.co.uk/careers."
)
OPENING_FR = (
    "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, 7 quai "
    "Charles-de-Gaulle.\n"
    "Plus de 300 références, dont des rosés et des rouges de l'appellation.\n"
    "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié."
)


def _brand(name: str, voice: str = "corporate") -> object:
    return get_voice(voice).model_copy(update={"name": "brand", "brand_name": name})


def _variant(master: str, lang: str, brand: str, voice: str, network: str) -> str:
    (variant,) = adapt(
        master,
        voices=[voice],
        networks=[network],
        lang=lang,
        brand=_brand(brand),
        languagetool="off",
        date=WHEN,
    ).variants
    return variant.text


def _body(press_note: str) -> str:
    """The press note without its headline, its closing signature and its quotes (a
    quote keeps the business's own first person: press-quote)."""
    paragraphs = press_note.split("\n\n")
    body = "\n\n".join(p for p in paragraphs[1:] if not p.startswith("—"))
    return regex.sub(r"“[^”]*”|«[^»]*»", "“…”", body)


def test_press_note_says_no_we_in_english() -> None:
    body = _body(_variant(RECALL_EN, "en", "Harbour Bakery", "corporate", "website"))
    assert not regex.search(r"\b(?:we|our|us)\b", body, regex.I), body
    assert "Harbour Bakery" in body
    # The name where a paragraph first speaks of the brand, then "the team": never three
    # times in one paragraph.
    assert all(p.count("Harbour Bakery") <= 1 for p in body.split("\n\n")), body


def test_press_note_job_ad_speaks_of_the_role() -> None:
    body = _body(_variant(JOB_EN, "en", "The Green Fork", "corporate", "website"))
    assert not regex.search(r"\b(?:you'll|your|our|we)\b", body, regex.I), body
    assert "line cook will prep and cook" in body


def test_press_note_welcomes_the_public_in_french() -> None:
    body = _body(_variant(OPENING_FR, "fr", "La Cave du Port", "corporate", "website"))
    body = body.replace("\u202f", " ")  # French typography's narrow spaces
    # Named in the lead, the business is then its kind, as a journalist writes it.
    assert "La Cave du Port ouvre ses portes" in body
    assert "la cave accueillera le public dès 10 h" in body
    assert body.count("La Cave du Port") == 1, body
    assert not regex.search(r"\b(?:nous|on) vous\b", body, regex.I), body


def test_press_note_keeps_what_needs_the_brands_gender() -> None:
    # « Nous sommes ravis » would need « ravi » or « ravie »: it stays; the rest is said
    # of the brand, and the verb agrees (« a revu », not « avons revu »).
    master = "Nous sommes ravis de rouvrir.\n" + APOLOGY_FR.split("\n", 1)[1]
    body = _body(_variant(master, "fr", "Le P'tit Cabanon", "corporate", "website"))
    assert "Nous sommes ravis" in body
    assert "a revu l'organisation" in body
    assert "avons" not in body


def test_casual_post_speaks_as_the_brand() -> None:
    post = _variant(OPENING_FR, "fr", "La Cave du Port", "casual-facebook", "facebook")
    # The casual post keeps its « C'est officiel : » opener, so « on » may follow a colon.
    assert regex.search(r"(?:^|: )[Oo]n ouvre nos portes le samedi 4 avril", post), post
    assert "La Cave du Port ouvre" not in post
    post = _variant(JOB_EN, "en", "The Green Fork", "casual-facebook", "instagram")
    # "Here in Leeds," went under the 📍 line: the sentence opens on "We're" now.
    assert regex.search(r"\b[Ww]e're looking for a full-time line cook", post), post


def test_casual_post_without_the_name_is_no_problem() -> None:
    # The name left out on purpose is no missing fact for the faithfulness audit.
    adaptation = adapt(
        OPENING_FR,
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        brand=_brand("La Cave du Port"),
        languagetool="off",
        date=WHEN,
    )
    (variant,) = adaptation.variants
    assert "La Cave du Port" not in variant.text
    assert "La Cave du Port" in variant.dropped
    assert not [p for p in adaptation.problems if "La Cave du Port" in p.message]


def test_x_post_keeps_the_name() -> None:
    # On X a post travels alone (quoted, embedded): the name it gives stays.
    post = _variant(OPENING_FR, "fr", "La Cave du Port", "casual-facebook", "x")
    assert "La Cave du Port ouvre" in post


def test_job_ad_speaks_in_one_person() -> None:
    # The job ad says "We're hiring!", "We offer" and "our seasonal menu": its LinkedIn,
    # blog and X variants keep the master's "our kitchen team", never "its" beside "we".
    for voice, network in (
        ("professional-network", "linkedin"),
        ("expert-blog", "blog"),
        ("casual-facebook", "x"),
    ):
        post = _variant(JOB_EN, "en", "The Green Fork", voice, network)
        assert regex.search(r"\bWe(?:'re)?\b", post), (network, post)
        assert "its kitchen" not in post, (network, post)
        assert "our kitchen team" in post, (network, post)


def test_no_brand_named_no_rewrite() -> None:
    (variant,) = adapt(
        OPENING_FR,
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        languagetool="off",
        date=WHEN,
    ).variants
    assert "La Cave du Port ouvre ses portes" in variant.text


def test_eval_adapts_for_the_labelled_brand() -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from understand_eval import load_masters
    from voices_eval import brand_profile

    masters = load_masters()
    labelled = [m for m in masters if m.brand]
    assert labelled
    assert len(labelled) < len(masters)
    assert all(m.brand in m.text for m in labelled)
    profile = brand_profile("La Cave du Port", "casual-facebook")
    assert profile is not None
    assert profile.brand_name == "La Cave du Port"
    assert profile.hashtags == get_voice("casual-facebook").hashtags
    assert brand_profile(None, "corporate") is None
