"""Engagement prompts and calls to action written per language as a native editor writes
them, not translated (issue 23, item 3).

- Every `default` alternative of a built-in voice is a prompt with its intent list, naming
  only intents where a question to the reader fits ("Understand the message": the
  intents whose rule says `engagement`).
- No wording of a built-in voice reads as a translation: the phrasings editors struck
  ("How do you see it?") or that are the other language's words ("Faites-nous savoir",
  "Any question?") never appear.
- The prompt a message gets is the one written for its intent; a brand's own `default`
  still wins over the built-in's prompts; X leaves engagement prompts out.
"""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path

import pytest
import regex

from brandvoice import adapt
from brandvoice.adaptation.decorate.cta import choose
from brandvoice.profiles import builtin_voice_names, get_voice, load_profile
from brandvoice.profiles.model import IntentName, Prompt
from brandvoice.understand import understand
from brandvoice.understand.intents import intent_rules
from brandvoice.understand.model import Intent

ROOT = Path(__file__).parent.parent
DAY = dt.date(2026, 3, 2)

# Phrasings that read as translated, each with the native one an editor writes instead.
TRANSLATED = {
    "en": [
        "How do you see it",  # « Comment le voyez-vous ? » → "What would you add?"
        "How do you see this",
        "Any question?",  # « Une question ? » → "Any questions?"
        "For any question",  # « Pour toute question » → "Questions?"
        "What has your experience been",  # → "Have you tried this?"
        "Do not hesitate",  # « N'hésitez pas » → "Feel free", or nothing
        "Don't hesitate",
        "Write to us and we will get back to you",
        "Share your experience in comment",  # « en commentaire » → "in the comments"
        "in comment.",
    ],
    "fr": [
        "Faites-nous savoir",  # "Let us know" → « Dites-le-nous »
        "Laissez-nous savoir",
        "Dites-nous ce que vous pensez",  # "Tell us what you think" → « qu’en pensez-vous ? »
        "Partagez vos pensées",  # "Share your thoughts" → « Partagez votre avis »
        "Comment le voyez-vous",
        "Vérifiez-le",  # "Check it out" → « À découvrir »
        "Restez à l’écoute",  # "Stay tuned"
        "Restez à l'écoute",
        "dans les commentaires",  # "in the comments" → « en commentaire »
    ],
}


def _choices() -> list[tuple[str, str, str, Prompt | str]]:
    """(voice, key, lang, alternative) of every built-in voice's `cta`."""
    return [
        (name, key, lang, choice)
        for name in builtin_voice_names()
        for key, per_lang in get_voice(name).cta_choices.items()
        for lang, choices in per_lang.items()
        for choice in choices
    ]


def test_intent_names_are_the_understood_intents() -> None:
    assert set(typing.get_args(IntentName)) == {str(i) for i in Intent}


@pytest.mark.parametrize("name", builtin_voice_names())
def test_every_engagement_prompt_has_its_intent_list(name: str) -> None:
    engaging = {str(i) for i in Intent if intent_rules().of(i).engagement}
    for lang, choices in get_voice(name).cta_choices.get("default", {}).items():
        for choice in choices:
            if choice == "":  # the voice asks no question (expert-blog)
                continue
            assert isinstance(choice, Prompt), (name, lang, choice)
            assert set(choice.intents) <= engaging, (name, lang, choice)
        prompts = [c for c in choices if isinstance(c, Prompt)]
        if prompts:
            # Every intent that gets a question gets one in this language.
            assert set().union(*(p.intents for p in prompts)) == engaging, (name, lang)


@pytest.mark.parametrize(("name", "key", "lang", "choice"), _choices())
def test_no_wording_reads_as_a_translation(
    name: str, key: str, lang: str, choice: Prompt | str
) -> None:
    text = choice.text if isinstance(choice, Prompt) else choice
    for phrasing in TRANSLATED[lang]:
        assert phrasing.casefold() not in text.casefold(), (name, key, text)
    # Each language's own typography: French spaces its « ? ! : », English does not.
    if lang == "fr":
        assert not regex.search(r"[^\s\u202f\u00a0](?:[?!]|:(?!//))", text), text
    else:
        assert not regex.search(r"[\s\u202f\u00a0][?!:]", text), text


def test_the_linkedin_prompt_is_an_english_editors() -> None:
    voice = get_voice("professional-network")
    assert voice.cta_for("en").startswith("What would you add?")
    launch = understand("Introducing our new booking app for physiotherapists.", "en", date=DAY)
    assert launch.intent is Intent.LAUNCH
    assert choose(voice, launch, "en").text.startswith("Have you tried this?")


@pytest.mark.parametrize(
    ("master", "lang", "expected"),
    [
        (
            "Notre nouvelle gamme de savons au lait d’ânesse est enfin disponible.",
            "fr",
            "Ça vous tente\u202f? Dites-le-nous en commentaire\u202f!",
        ),
        (
            "Introducing our new autumn menu, with three vegan mains.",
            "en",
            "Tempted? Let us know in the comments!",
        ),
    ],
)
def test_a_launch_gets_the_prompt_written_for_a_launch(
    master: str, lang: str, expected: str
) -> None:
    variant = adapt(
        master, voices=["casual-facebook"], networks=["facebook"], date=DAY, languagetool="off"
    ).variants[0]
    assert expected in variant.text
    # X has no room for an engagement question.
    x = adapt(
        master, voices=["casual-facebook"], networks=["x"], date=DAY, languagetool="off"
    ).variants[0]
    assert expected not in x.text


def test_a_brands_own_default_wins_over_the_built_in_prompts() -> None:
    brand = load_profile(ROOT / "examples" / "comptoir-facebook.yaml")
    launch = understand("Notre nouvelle gamme de confitures est enfin disponible.", "fr", date=DAY)
    assert choose(brand, launch, "fr").text == brand.cta_for("fr")


@pytest.mark.parametrize(
    ("master", "lang", "voice", "reason"),
    [
        # The master thanks already: no second thank-you under it.
        (
            "Notre baguette a remporté le premier prix du concours du Var ! Bravo à Julien, "
            "et merci au jury.",
            "fr",
            "casual-facebook",
            "already thanks",
        ),
        (
            "50 years ago today, our diner opened on Route 9. Thank you, Saugerties, for "
            "every breakfast.",
            "en",
            "professional-network",
            "already thanks",
        ),
        # The master asks its readers already: no second question.
        (
            "Trois nouveaux parfums de glace débarquent en vitrine cette semaine. Lequel vous "
            "tente ?",
            "fr",
            "casual-facebook",
            "already asks",
        ),
        (
            "Tous nos cafés sont désormais torréfiés par la Brûlerie des Alpilles. Vous nous "
            "direz ce que vous en pensez !",
            "fr",
            "professional-network",
            "already asks",
        ),
    ],
)
def test_no_engagement_prompt_says_again_what_the_master_says(
    master: str, lang: str, voice: str, reason: str
) -> None:
    message = understand(master, lang, date=DAY)
    action = choose(get_voice(voice), message, lang)
    # no prompt that thanks, or asks, again: another one, or none
    if reason == "already thanks":
        assert not regex.search(r"(?i)merci|thank", action.text), action
    else:
        assert "?" not in action.text, action
        assert "Dites" not in action.text, action
    assert action.text or reason in action.reason, action


def test_a_master_that_neither_thanks_nor_asks_gets_its_prompt() -> None:
    # correct, untouched: the prompt stays
    message = understand("Introducing our new autumn menu, with three vegan mains.", "en", date=DAY)
    assert choose(get_voice("casual-facebook"), message, "en").text.startswith("Tempted?")


@pytest.mark.parametrize(
    ("master", "lang"),
    [
        # An anniversary that thanks its town: no "What do you think?" after the thanks.
        (
            "50 years ago today, Dolores Reyes flipped the sign on the door of a 12-seat diner "
            "on Route 9. Thank you, Saugerties, for every breakfast.",
            "en",
        ),
        (
            "L'agence Hirondelle est officiellement certifiée B Corp. Merci à toute l'équipe "
            "bordelaise pour son implication.",
            "fr",
        ),
        # A news that thanks its readers ends on its thanks too.
        (
            "From Monday, a small coffee at Lantern Roasters goes from $3.75 to $4.00. Thank "
            "you for sticking with us.",
            "en",
        ),
        # A news that asks its readers already: no « À très vite ! » inviting them nowhere.
        (
            "Nouveau partenariat : tous nos cafés sont torréfiés par la Brûlerie des Alpilles. "
            "Vous nous direz ce que vous en pensez !",
            "fr",
        ),
    ],
)
def test_a_post_that_thanks_or_asks_ends_on_its_own_words(master: str, lang: str) -> None:
    action = choose(get_voice("casual-facebook"), understand(master, lang, date=DAY), lang)
    assert action.text == "", action
    assert "already" in action.reason


def test_a_master_that_awaits_its_readers_gets_no_second_welcome() -> None:
    master = (
        "Notre baguette a remporté le premier prix du concours du Var ! Elle vous attend "
        "comme d'habitude à la boutique, 3 place de la Liberté à Toulon, dès 6 h 30."
    )
    action = choose(get_voice("casual-facebook"), understand(master, "fr", date=DAY), "fr")
    assert "attend" not in action.text, action


def test_a_news_that_thanks_a_partner_still_asks_its_readers() -> None:
    # correct, untouched: the thanks is a detail of the news, not what the post is for
    master = (
        "We're teaming up with Lincoln Middle School this spring: our mechanics will run a "
        "weekly bike club. Huge thanks to the Parent Teacher Association for making this happen."
    )
    action = choose(get_voice("casual-facebook"), understand(master, "en", date=DAY), "en")
    assert action.text.startswith("What do you think?"), action


def test_a_launch_that_asks_still_closes_warmly() -> None:
    # correct, untouched: readers come to the shop for a launch
    master = (
        "Trois nouveaux parfums de glace débarquent en vitrine cette semaine. Lequel vous tente ?"
    )
    action = choose(get_voice("casual-facebook"), understand(master, "fr", date=DAY), "fr")
    assert action.text.startswith("À très vite"), action


def test_a_master_that_looks_forward_gets_no_greeting_again() -> None:
    master = "We open our doors on Saturday 4 April at 5 Kirkgate Arcade. We can't wait to see you!"
    action = choose(get_voice("casual-facebook"), understand(master, "en", date=DAY), "en")
    assert action.text == "", action
    assert "looks forward" in action.reason
    plain = "We open our doors on Saturday 4 April at 5 Kirkgate Arcade."
    assert choose(get_voice("casual-facebook"), understand(plain, "en", date=DAY), "en").text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wine tasting on Friday at 6pm, tickets at the counter. $15 per person.", "en"),
        ("Wine tasting on Friday at 6pm, tickets at wineshop.example/events.", "en"),
        ("Dégustation de vins vendredi à 18 h. Réservez sur place ou par téléphone.", "fr"),
        # A named platform to book on is the master's way.
        ("Atelier poterie samedi à 10 h. Réservez votre place sur HelloAsso.", "fr"),
        ("Wine tasting on Friday at 6pm, book your seat on Eventbrite.", "en"),
        # The business's own app is its way.
        ("Yoga class on Saturday at 10am. Book your spot in the app, places are limited!", "en"),
        ("Cours de yoga samedi à 10 h. Réservez votre place sur l'appli, c'est limité !", "fr"),
    ],
)
def test_no_way_of_the_voices_own_under_a_master_that_says_its_way(text: str, lang: str) -> None:
    # "Send us a message to book." under "tickets at the counter" sends readers elsewhere.
    action = choose(get_voice("casual-facebook"), understand(text, lang, date=DAY), lang)
    assert action.text == "", action
    # Either reason says why: the master's own way to act, or its link to act on.
    assert "says how to" in action.reason or "already asks readers to" in action.reason


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Wine tasting on Friday at 6pm. Book your table now, places are limited!",
            "en",
            "Send us a message to book.",
        ),
        (
            "Dégustation de vins vendredi à 18 h. Réservez vite, les places sont limitées !",
            "fr",
            "Réservez en message privé.",
        ),
        (  # a day after "on" is no platform
            "Wine tasting on Friday at 6pm. Book your table on Friday, places are limited!",
            "en",
            "Send us a message to book.",
        ),
    ],
)
def test_a_master_that_says_no_way_gets_the_voices_own(text: str, lang: str, expected: str) -> None:
    action = choose(get_voice("casual-facebook"), understand(text, lang, date=DAY), lang)
    assert action.text == expected, action


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "See you there!" names no channel; "Any questions?" asks no other way to act.
        ("New menu tonight, come and taste it at the counter!", "en", "See you there!"),
        (
            "We are recalling batch 12 of our honey. Bring the jar back to the shop for a refund.",
            "en",
            "Any questions? Send us a message.",
        ),
    ],
)
def test_a_wording_that_names_no_channel_stays_under_a_master_that_says_its_way(
    text: str, lang: str, expected: str
) -> None:
    action = choose(get_voice("casual-facebook"), understand(text, lang, date=DAY), lang)
    assert action.text == expected, action


# Issue 17: a call to action never gives again the way to act the post gives, and never
# sends readers to sign up through the contact the master gives for questions.
COVOITURAGE = (
    "🚀 Nouveau sur Covoit'Rade : le trajet domicile-travail partagé entre collègues. "
    "Gratuit pour les salariés des entreprises partenaires. Inscription en 2 minutes sur "
    "covoitrade.fr/entreprises"
)


@pytest.mark.parametrize("voice", ["casual-facebook", "professional-network", "corporate"])
def test_no_call_to_action_repeats_the_link_the_post_gives(voice: str) -> None:
    message = understand(COVOITURAGE, lang="fr", date=DAY)
    action = choose(get_voice(voice), message, "fr")
    assert "covoitrade.fr/entreprises" not in action.text
    variant = adapt(COVOITURAGE, voices=[voice], networks=["facebook"], languagetool="off")
    assert variant.variants[0].text.count("covoitrade.fr/entreprises") <= 1


def test_a_contact_for_questions_is_no_way_to_sign_up() -> None:
    from brandvoice.adaptation.decorate.cta import call_to_action

    message = understand(
        "Join us for a free webinar on Wednesday, November 25. Registration is required on "
        "the day. Questions can be sent in advance to events@mensahdoyle.example.",
        lang="en",
        date=dt.date(2026, 11, 9),
    )
    wordings = {
        "register": {"en": ["Sign up: {contact}.", "Sign up at the door."]},
    }
    # The address cannot fill "Sign up: {contact}.": the next wording is taken.
    action = call_to_action(wordings, message, "en", None, "test")
    assert action.text == "Sign up at the door."


_RECALL_FR = (
    "Rappel : la Boucherie Favre rappelle ses saucisses à rôtir de veau (barquette de 4 "
    "pièces, à consommer jusqu'au 10.12.2026). Un morceau de plastique a été retrouvé dans "
    "une barquette. Ne pas consommer ces saucisses."
)


@pytest.mark.parametrize(
    ("close", "stock"),
    [
        # A contact line the parse read no phone in: the post gives its own contact.
        (" Pour toute question : 026 555 01 23.", False),
        # The post's own call to its readers.
        (" Merci de partager !", False),
        # A channel of its own: "contactez-nous".
        (" Contactez-nous pour un remboursement.", False),
        # Nothing of its own: the stock prompt tells the readers where to ask.
        ("", True),
    ],
)
def test_a_recall_gets_no_stock_prompt_after_its_own_contact_or_call(
    close: str, stock: bool
) -> None:
    message = understand(_RECALL_FR + close, lang="fr", date=dt.date(2026, 12, 7))
    action = choose(get_voice("casual-facebook"), message, "fr")
    assert ("message privé" in action.text) is stock, action
    if not stock:
        assert "no call to action added" in action.reason
