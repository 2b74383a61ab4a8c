"""Press-social-talk (issue 17): a press note strikes the post's social talk, the social
voices keep it, and no number, link or address is ever lost."""

from __future__ import annotations

import pytest
import regex

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import TransformExample, example_target
from brandvoice.adaptation.transforms.press_social_talk import PressSocialTalk

TALK = [e for e in PressSocialTalk.examples if e.before != e.after]
_FACT = regex.compile(r"\S*\d\S*|\S+@\S+")


def _rewritten(example: TransformExample, voice: str, network: str) -> str:
    target = example_target(
        TransformExample(
            example.before, example.before, lang=example.lang, voice=voice, network=network
        )
    )
    return run_transforms(Rewrite(example.before), target, [PressSocialTalk()]).text


@pytest.mark.parametrize("example", TALK, ids=lambda e: e.before[-40:])
@pytest.mark.parametrize(
    ("voice", "network"),
    [("casual-facebook", "facebook"), ("professional-network", "linkedin")],
)
def test_social_voices_keep_their_talk(example: TransformExample, voice: str, network: str) -> None:
    assert _rewritten(example, voice, network) == example.before


@pytest.mark.parametrize("example", TALK, ids=lambda e: e.before[-40:])
def test_no_number_or_contact_is_lost(example: TransformExample) -> None:
    after = _rewritten(example, "corporate", "website")
    assert after != example.before
    for fact in _FACT.findall(example.before):
        assert fact.rstrip(".,;:!?)").lstrip("(") in after


def test_the_lead_is_never_touched() -> None:
    text = "Merci à tous, on se retrouve l'an prochain ! Le festival a réuni 14 200 personnes."
    example = TransformExample(text, text, lang="fr")
    assert _rewritten(example, "corporate", "website") == text
