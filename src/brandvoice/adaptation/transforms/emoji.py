"""Emoji: within the voice's allowance, and one topical emoji on a social hook without any.

Removal keeps the first emoji (the ones the reader meets first, and the ones the checker
does not flag) and removes those beyond ``voice.emoji.max``. Addition is modest: one emoji,
after the hook (the first sentence of the first line) and its final punctuation, as posts
usually write it, chosen from ``data/emoji-topics.yaml`` by the words of what the message
is about (its "what", read by ``brandvoice.understand``), then the hook's; else the emoji of
its intent (💼 for a job advert, 📅 for an event); only when the hook has no emoji, the post
does not already carry that one, and the network is a social one (a website or a blog page
reads as a document). An incident gets none and a recall ⚠️ at most: a celebration emoji
on an apology is the tone-deafness this library exists to prevent.
"""

from __future__ import annotations

from collections.abc import Sequence

from brandvoice.adaptation.decorate.emoji_removal import removal_edits
from brandvoice.adaptation.decorate.hook import find_hook, name_modifiers
from brandvoice.adaptation.decorate.topics import other_senses, topic_for
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.text.entities import EMOJI, Entity, entities_of
from brandvoice.understand.intents import intent_rules
from brandvoice.understand.model import Role


class Emoji(Transform):
    id = "emoji"
    stage = Stage.POST
    order = 30
    summary = (
        "Removes emoji beyond the voice's emoji.max (all of them when it is 0) and, on "
        "social networks, adds one emoji to a hook without any: the topic of what the "
        "message is about, else its intent's; ⚠️ at most on a recall, none on an incident."
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
        TransformExample(  # "8 h." ends the hook: a unit after a number, no abbreviation
            "Le food truck s’installe sur la plage dès 8 h. Les places partent vite.",
            "Le food truck s’installe sur la plage dès 8 h. 🍔 Les places partent vite.",
            lang="fr",
            network="x",
        ),
        TransformExample(  # a music course (« stage rock ») is music, not a workshop's tools
            "L'école de musique organise un stage rock du 20 au 24 avril. Inscriptions en ligne.",
            "L'école de musique organise un stage rock du 20 au 24 avril. 🎶 Inscriptions en "
            "ligne.",
            lang="fr",
            network="facebook",
        ),
        TransformExample(  # a pottery course is still a workshop
            "On organise un stage de poterie du 20 au 24 avril. Inscriptions en ligne.",
            "On organise un stage de poterie du 20 au 24 avril. 🛠️ Inscriptions en ligne.",
            lang="fr",
            network="facebook",
        ),
        TransformExample(  # no topic among the hook's words, and news has no emoji: nothing
            "We met the town council about the market last week.",
            "We met the town council about the market last week.",
        ),
        TransformExample(  # a schedule change (closure) takes its informational emoji
            "Our office hours change next week.",
            "Our office hours change next week. 📢",
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
        TransformExample(  # an emoji that ended a sentence leaves its stop
            "New year, no joining fee 💪 Sign up before January 31.",
            "New year, no joining fee. Sign up before January 31.",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # a number after the emoji starts the next sentence
            "As of this week, the brewery runs on the sun ☀️ 96 solar panels went up on our roof.",
            "As of this week, the brewery runs on the sun. 96 solar panels went up on our roof.",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # the same in French, after a clause that a colon opened
            "Soirée dégustation à 19 h : on ouvre 6 champagnes pour préparer les fêtes 🥂 20 € "
            "par personne.",
            "Soirée dégustation à 19 h : on ouvre 6 champagnes pour préparer les fêtes. "
            "20 € par personne.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # a number the phrase goes on to is no new sentence
            "Venez fêter avec nous nos 🎉 10 ans de boutique.",
            "Venez fêter avec nous nos 10 ans de boutique.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # an emoji that ended a sentence's line leaves its stop
            "C’est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, "
            "7 quai Charles-de-Gaulle 🍷\nPlus de 300 références.",
            "C’est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, "
            "7 quai Charles-de-Gaulle.\nPlus de 300 références.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # a short line the master wrote after a sentence is a sentence
            "Hand-poured in batches of 60. 🕯️\n\nLast autumn's drop sold out, just saying 👀",
            "Hand-poured in batches of 60. 🕯️\n\nLast autumn's drop sold out, just saying.",
            voice="professional-network",
            network="linkedin",
            master="Hand-poured in batches of 60. 🕯️ Last autumn's drop sold out, just saying 👀",
        ),
        TransformExample(  # a short line with no stop is a heading: it takes none
            "Horaire des Fêtes 🎄\nLundi : fermé.",
            "Horaire des Fêtes\nLundi : fermé.",
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
        TransformExample(  # a recall: the informational emoji only, never a topical one
            "Product recall: please stop using our almond cookies (batch 2406).",
            "Product recall: please stop using our almond cookies (batch 2406). ⚠️",
        ),
        TransformExample(  # an apology gets no emoji at all, though its hook names a cake
            "We are sorry: your birthday cake orders were delayed by our oven breakdown.",
            "We are sorry: your birthday cake orders were delayed by our oven breakdown.",
        ),
        TransformExample(  # an anniversary (an award by its intent) is no trophy: 🎂, not 🏆
            "50 years ago today, Dolores Reyes flipped the sign on the door of our diner.",
            "50 years ago today, Dolores Reyes flipped the sign on the door of our diner. 🎂",
        ),
        TransformExample(  # a cheese tasting is no wine tasting
            "Join us for a Vermont cheese tasting with three local creameries!",
            "Join us for a Vermont cheese tasting with three local creameries! 🧀",
        ),
        TransformExample(  # a tutorial on video is what the post offers, not a party
            "New on our YouTube channel: a 6-minute tutorial on blow-drying curly hair.",
            "New on our YouTube channel: a 6-minute tutorial on blow-drying curly hair. 🎥",
        ),
        TransformExample(  # a prize keeps the intent's trophy
            "Our pub has won first prize at the county show.",
            "Our pub has won first prize at the county show. 🏆",
        ),
        TransformExample(  # no topic in the hook: the intent's emoji says what kind of post
            "Le Fournil recrute un apprenti (H/F) en CDI.",
            "Le Fournil recrute un apprenti (H/F) en CDI. 💼",
            lang="fr",
        ),
        TransformExample(  # a verb in its sense: "matched" is no football match (⚽)
            "Receipt Radar is here: every receipt is matched to the right bank transaction.",
            "Receipt Radar is here: every receipt is matched to the right bank transaction. ✨",
        ),
        TransformExample(  # a name's modifiers say which practice, not a beach (🏖️)
            "Seaside Family Dental opens on Tuesday in Halifax.",
            "Seaside Family Dental opens on Tuesday in Halifax. 🎉",
        ),
        TransformExample(  # a bike shop's offer is about bikes, not the sunny days (☀️)
            "Get your bike ready for the sunny days for £49. Book online.",
            "Get your bike ready for the sunny days for £49. 🚲 Book online.",
        ),
        TransformExample(  # a holiday in a name keeps its sense
            "The Harbour Christmas Market opens on Saturday.",
            "The Harbour Christmas Market opens on Saturday. 🎄",
        ),
        TransformExample(  # a project manager is no chef (🍽️): the job advert's emoji
            "Notre agence grandit ! Nous cherchons un ou une chef de projet digital en CDI.",
            "Notre agence grandit ! 💼 Nous cherchons un ou une chef de projet digital en CDI.",
            lang="fr",
        ),
        TransformExample(  # good news is no opening (🎉): the award's trophy
            "Une belle nouvelle pour l'atelier : Lucas a obtenu le titre de Maître Artisan.",
            "Une belle nouvelle pour l'atelier : Lucas a obtenu le titre de Maître Artisan. 🏆",
            lang="fr",
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

            return removal_edits(text, emoji, allowed, reason, target.master)
        # The brand's own pages (the record's kind: blog, website) are documents, not
        # feeds: an added emoji would look out of place there.
        if len(emoji) < allowed and not target.network.is_own_site:
            return _hook_emoji(text, target, entities)
        return []


# The markers a post's list lines open on (realise/figures.py's, the bullet of a list).
_LIST_MARKERS = ("– ", "• ", "- ")


def _hook_emoji(text: str, target: Target, entities: Sequence[Entity]) -> list[Edit]:
    """One emoji for the post, after the first sentence of the first line (where a template
    writes the whole post on one line, as for X, the hook is that sentence): the topic of
    what the message is about (its "what", then the hook's words), else its intent's emoji.
    A serious message (incident, recall) gets its informational emoji at most (⚠️), never a
    topical or festive one; a post asked to carry no emoji gets none."""
    if not target.decoration.emoji or text.lstrip().startswith(_LIST_MARKERS):
        return []  # a post that opens on its list of figures has no hook to decorate
    present = [entity.text for entity in entities if entity.kind == EMOJI]
    hook = find_hook(text, target.lang, target.master, entities)
    if hook is None or any(e.kind == EMOJI and e.start < hook.end for e in entities):
        return []  # no words, or the hook has its emoji already
    message = target.understood()
    rule = intent_rules().of(message.intent)
    what, what_verbs = _what_words(target)
    topic = (
        None
        if message.serious
        else topic_for([*what, *hook.words], target.lang, [*what_verbs, *hook.verbs])
    )
    if topic is not None:
        emoji, why = topic.emoji, f"the message's {topic.name} topic"
    elif rule.emoji:
        emoji, why = rule.emoji, f"a message of intent {message.intent}"
    else:
        return []
    if emoji in present:
        return []  # once is enough
    return [
        Edit(
            hook.end,
            hook.end,
            f" {emoji}",
            f"emoji {emoji} for {why} (the {target.voice.name} voice allows "
            f"{target.voice.emoji.max})",
        )
    ]


def _what_words(target: Target) -> tuple[list[tuple[str, str]], list[str]]:
    """The words (as written, lemma) of what the message is about, its topic first, and the
    lemmas of its verbs (see ``hook.py``: a verb, and a name's modifiers, in their sense)."""
    message = target.understood()
    spans = [(f.start, f.end) for f in message.of_role(Role.WHAT)]
    if not spans:
        return [], []
    doc = parse(target.lang, message.text)
    what = [token for token in doc if any(start <= token.idx < end for start, end in spans)]
    # The words that say what kind of thing it is go with it: a « stage rock » is music, a
    # bare « stage » (a course) would read as a workshop's tools.
    chosen = {token.i for token in what}
    complements: set[int] = set()
    for token in what:
        for child in token.children:
            if child.dep_ in _KIND_DEPS:
                chosen.add(child.i)
            elif child.i == token.i + 2 and doc[token.i + 1].lower_ in _COMPLEMENT_JOINERS:
                complements.update((token.i + 1, child.i))
    # A name's modifiers say which business, not what it is ("Seaside Family Dental").
    chosen -= set(name_modifiers(doc, target.lang))
    # A complement is read for the sense it gives the word (a « chef de projet » is no
    # cook), not as a topic of its own (« soldes d'hiver » are a sale, not winter).
    read = [doc[i] for i in sorted(chosen | complements)]
    elsewhere = other_senses([(t.text, t.lemma_) for t in read], target.lang)
    words = [t for n, t in enumerate(read) if n not in elsewhere and t.i in chosen]
    verbs = [t.lemma_ for t in words if t.pos_ in ("VERB", "AUX")]
    return [(t.text, t.text if t.pos_ in ("VERB", "AUX") else t.lemma_) for t in words], verbs


# The dependencies of a word that says what kind of thing a noun is ("stage rock", "guitar
# workshop").
_KIND_DEPS = frozenset({"amod", "compound"})
_COMPLEMENT_JOINERS = frozenset({"de", "d'", "d’", "of"})


TRANSFORMS = (Emoji(),)
