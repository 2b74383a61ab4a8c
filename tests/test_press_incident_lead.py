"""An incident's press note leads with what happened; the apology of the master's first
sentence follows the facts, and press-quote quotes it near the end."""

from __future__ import annotations

from brandvoice.adaptation.pipeline import Rewrite, run_stage
from brandvoice.adaptation.transform import Stage, TransformExample, example_target
from brandvoice.adaptation.transforms import transforms_by_id

_VAN = (
    "Some of you are still waiting for Tuesday's boxes, and we're really sorry. A "
    "refrigerated van broke down on the M6 and our courier couldn't get a replacement out "
    "in time, so around 300 deliveries in the North West are running a day late. "
    "Everything has stayed chilled and will arrive by Thursday. Every affected customer "
    "will get a £10 credit on their next order automatically, no need to get in touch."
)


def _target(text: str, network: str = "website", voice: str = "corporate"):  # type: ignore[no-untyped-def]
    return example_target(TransformExample(text, text, voice=voice, network=network))


def test_the_consequence_leads_and_the_apology_is_quoted_at_the_end() -> None:
    result = run_stage(Rewrite(_VAN), _target(_VAN), Stage.BODY)
    lead = result.text.split("\n")[0]
    assert lead.startswith("Around 300 deliveries in the North West are running a day late: a ")
    assert "sorry" not in lead.casefold()
    assert result.text.rstrip().endswith("says the team.")
    assert "sorry" in result.text.rsplit("\n", 1)[-1]


def test_every_fact_of_the_master_is_kept() -> None:
    result = run_stage(Rewrite(_VAN), _target(_VAN), Stage.BODY)
    for fact in ("Tuesday's boxes", "M6", "300", "North West", "Thursday", "£10"):
        assert fact in result.text


def test_the_readers_are_named_not_addressed() -> None:
    result = run_stage(Rewrite(_VAN), _target(_VAN), Stage.BODY)
    assert "of you" not in result.text
    assert "no need" not in result.text
    assert "customers do not need to get in touch" in result.text.casefold()


def test_a_casual_post_keeps_the_master_order() -> None:
    result = run_stage(
        Rewrite(_VAN), _target(_VAN, network="facebook", voice="casual-facebook"), Stage.BODY
    )
    assert result.text.startswith("Some of you are still waiting")
    assert not any(c.transform == "press-incident-lead" for c in result.changes)


def test_a_sentence_saying_you_again_keeps_its_reader() -> None:
    transform = transforms_by_id()["press-incident-lead"]
    text = (
        "A van broke down on the M6, so 300 deliveries are running a day late. Some of you "
        "will get your boxes on Thursday."
    )
    edits = transform.edits(text, _target(text))
    assert not any("Some customers" in e.replacement for e in edits)


def test_no_cut_splits_a_protected_span() -> None:
    transform = transforms_by_id()["press-incident-lead"]
    text = (
        "Some of you are still waiting for your boxes, and we are sorry. Our courier "
        "https://track.example/a.b lost a pallet in Memphis, so 300 orders are late."
    )
    for edit in transform.edits(text, _target(text)):
        assert "https://track.example/a.b" in edit.replacement or not (
            edit.start < text.index("https") + 10 < edit.end
        )
