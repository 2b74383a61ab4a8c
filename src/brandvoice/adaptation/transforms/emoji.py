"""Emoji: within the voice's allowance, and one topical emoji on a social hook without any.

Removal keeps the first emoji (the ones the reader meets first, and the ones the checker
does not flag) and removes those beyond ``voice.emoji.max``. Addition is modest: one emoji,
after the hook (the first sentence of the first line) and its final punctuation, as posts
usually write it, chosen from ``data/emoji-topics.yaml`` by the hook's words; only when
the hook has no emoji, the post does not already carry that one, and the network is a
social one (a website or a blog page reads as a document). When no topic matches, nothing
is added: a generic emoji on every post says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from brandvoice.adaptation.decorate.emoji_removal import removal_edits
from brandvoice.adaptation.decorate.entities import entities_of
from brandvoice.adaptation.decorate.hook import find_hook
from brandvoice.adaptation.decorate.topics import topic_for
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.text.entities import EMOJI, Entity

# The brand's own pages: documents, not feeds, where an added emoji would look out of place.
OWN_CHANNELS = frozenset({"website", "blog"})


class Emoji(Transform):
    id = "emoji"
    stage = Stage.POST
    order = 30
    summary = (
        "Removes emoji beyond the voice's emoji.max (all of them when it is 0) and, on "
        "social networks, adds one emoji matching the hook's topic when the hook has none."
    )
    # Removing an emoji rewrites a protected span by definition.
    edits_protected = True
    examples = (
        TransformExample(
            "Our new bakery opens on Saturday in Brighton!\n\nCome taste our sourdough.",
            "Our new bakery opens on Saturday in Brighton! 🥐\n\nCome taste our sourdough.",
        ),
        TransformExample(
            "Notre food truck s’installe sur la plage samedi\u202f!\n\nVenez nombreux.",
            "Notre food truck s’installe sur la plage samedi\u202f! 🍔\n\nVenez nombreux.",
            lang="fr",
            network="instagram",
        ),
        TransformExample(  # no topic among the hook's words: nothing added
            "Our office hours change next week.",
            "Our office hours change next week.",
        ),
        TransformExample(  # the hook has its emoji already
            "Summer is here 🌞 and so are we.",
            "Summer is here 🌞 and so are we.",
        ),
        TransformExample(  # a press note takes none
            "Nous ouvrons une nouvelle boutique 🎉 à Toulon. 🛍️\n\nÀ bientôt 😀",
            "Nous ouvrons une nouvelle boutique à Toulon.\n\nÀ bientôt",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # LinkedIn voice: one at most, the first stays
            "Big news 🎉🚀 we are hiring!\n\n👉 Apply today 💼",
            "Big news 🎉 we are hiring!\n\nApply today",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(  # blog: emoji are not added, even to a voice that would allow one
            "New summer menu at the beach.",
            "New summer menu at the beach.",
            voice="expert-blog",
            network="blog",
            profile={"emoji": {"max": 1}},
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        entities = entities_of(text)
        emoji = [entity for entity in entities if entity.kind == EMOJI]
        allowed = target.voice.emoji.max
        voice = target.voice.name
        if len(emoji) > allowed:

            def reason(index: int) -> str:
                if allowed == 0:
                    return f"emoji {emoji[index].text} removed: the {voice} voice uses no emoji"
                return (
                    f"emoji {index + 1} of {len(emoji)} removed: the {voice} voice uses at "
                    f"most {allowed}"
                )

            return removal_edits(text, emoji, allowed, reason)
        if len(emoji) < allowed and target.network.id not in OWN_CHANNELS:
            return _hook_emoji(text, target, entities)
        return []


def _hook_emoji(text: str, target: Target, entities: Sequence[Entity]) -> list[Edit]:
    """One emoji for the hook's topic, after the first sentence of the first line (where
    a template writes the whole post on one line, as for X, the hook is that sentence)."""
    present = [entity.text for entity in entities if entity.kind == EMOJI]
    hook = find_hook(text, target.lang, target.master, entities)
    if hook is None or any(e.kind == EMOJI and e.start < hook.end for e in entities):
        return []  # no words, or the hook has its emoji already
    topic = topic_for(hook.words, target.lang)
    if topic is None or topic.emoji in present:
        return []  # no topic, or its emoji is in the post already: once is enough
    return [
        Edit(
            hook.end,
            hook.end,
            f" {topic.emoji}",
            f"emoji {topic.emoji} for the hook's {topic.name} topic "
            f"(the {target.voice.name} voice allows {target.voice.emoji.max})",
        )
    ]


TRANSFORMS = (Emoji(),)
