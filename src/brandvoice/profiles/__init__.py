"""Voice profiles: how a brand speaks, loaded from YAML files or built in.

>>> from brandvoice.profiles import get_voice
>>> get_voice("professional-network").hashtags.max
5
"""

from brandvoice.profiles.loader import load_profile, profile_json_schema
from brandvoice.profiles.model import (
    KNOWN_NETWORKS,
    TEMPLATE_CONTEXT_NAMES,
    Band,
    EmojiPolicy,
    Glossary,
    HashtagPolicy,
    Lang,
    ReadabilityBand,
    SentencePolicy,
    Term,
    VoiceProfile,
)
from brandvoice.profiles.registry import (
    builtin_voice_names,
    builtin_voices_dir,
    clear_voice_cache,
    get_voice,
    resolve_voice_source,
)

__all__ = [
    "KNOWN_NETWORKS",
    "TEMPLATE_CONTEXT_NAMES",
    "Band",
    "EmojiPolicy",
    "Glossary",
    "HashtagPolicy",
    "Lang",
    "ReadabilityBand",
    "SentencePolicy",
    "Term",
    "VoiceProfile",
    "builtin_voice_names",
    "builtin_voices_dir",
    "clear_voice_cache",
    "get_voice",
    "load_profile",
    "profile_json_schema",
    "resolve_voice_source",
]
