"""A hook's topical emoji says what the news is about: the words that say what kind of thing
the message's "what" is count with it (a « stage rock » is music, not a workshop's 🛠️)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brandvoice.adaptation.engine import adapt

FIXTURE = Path(__file__).parent / "fixtures" / "masters" / "fr-10-ecole-musique-la-seyne.txt"


def test_a_music_course_gets_a_music_emoji_not_tools() -> None:
    variant = adapt(
        FIXTURE.read_text(encoding="utf-8"),
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        date=dt.date(2026, 3, 1),
        languagetool="off",
    ).variants[0]
    hook = variant.text.split("\n", 1)[0]
    assert "🛠" not in variant.text
    assert hook.endswith("🎶"), hook
