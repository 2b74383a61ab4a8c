"""A brand profile: one file that says who the brand is, applied to every voice.

A brand profile is a voice profile (it usually ``extends`` a built-in voice). On the
networks it lists, it *is* the voice. On the others, each network keeps its default
voice's register and layout, and the brand lends it what belongs to the brand rather
than to a register: its name, glossary, own hashtags, links, location, press contact and
boilerplate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

# Fields a brand lends to every voice it is combined with.
# The business's jurisdiction, sectors, department, partnership and health message are
# its own whatever the register: the compliance.* checks and transforms read them.
BRAND_FIELDS: tuple[str, ...] = (
    "brand_name",
    "glossary",
    "links",
    "location",
    "about",
    "press_contact",
    "jurisdiction",
    "sectors",
    "department",
    "partnership",
    "health_message",
)


def load_brand(brand: str | Path | VoiceProfile | None) -> VoiceProfile | None:
    from brandvoice.profiles import VoiceProfile, get_voice

    if brand is None or isinstance(brand, VoiceProfile):
        return brand
    return get_voice(brand)


def with_brand(voice: VoiceProfile, brand: VoiceProfile | None) -> VoiceProfile:
    """``voice`` carrying ``brand``'s name, glossary, own hashtags, links and boilerplate."""
    if brand is None or voice.name == brand.name:
        return voice
    update = {name: getattr(brand, name) for name in BRAND_FIELDS}
    update["hashtags"] = voice.hashtags.model_copy(update={"tags": list(brand.hashtags.tags)})
    # The merged profile keeps the voice's name: reports say which register was used.
    return voice.model_copy(update=update)
