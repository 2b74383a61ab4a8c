"""The POST-stage decorations (links, typography, emoji, hashtags) on real texts and models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest

import brandvoice
from brandvoice.adaptation.decorate.compose import EditComposer
from brandvoice.adaptation.decorate.tags import hashtag, is_single_hashtag, tag_key
from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Edit, Target, TransformExample, example_target
from brandvoice.adaptation.transforms import transforms_by_id
from brandvoice.findings import Category
from brandvoice.lang import Lang
from brandvoice.text.entities import EMOJI, HASHTAG, URL, find_entities, find_hashtags

NARROW = "\u202f"


def target(
    lang: Lang = "en",
    voice: str = "casual-facebook",
    network: str = "facebook",
    master: str = "",
    **profile: Any,
) -> Target:
    return example_target(
        TransformExample("", "", lang, voice, network, profile=profile, master=master)
    )


def run(transform_id: str, text: str, where: Target) -> Rewrite:
    return run_transforms(Rewrite(text), where, [transforms_by_id()[transform_id]])


def kinds(text: str, kind: str) -> list[str]:
    return [entity.text for entity in find_entities(text) if entity.kind == kind]


# --- links: UTM ---------------------------------------------------------------------------

_UTM_BRAND: Mapping[str, Any] = {
    "utm": True,
    "utm_campaign": "summer-2026",
    "domains": ["comptoir-mourillon.fr"],
}


@pytest.mark.parametrize("network", ["facebook", "linkedin", "x", "mastodon", "bluesky"])
def test_utm_tags_the_brand_links_only_and_keep_query_and_fragment(network: str) -> None:
    text = (
        "Menu: https://www.comptoir-mourillon.fr/menu?day=sat#mains, weather at "
        "https://meteo.fr/toulon, write to resa@comptoir-mourillon.fr."
    )
    result = run("links", text, target(network=network, links=_UTM_BRAND))

    brand_url, other_url = kinds(result.text, URL)
    parts = urlsplit(brand_url)
    query = parse_qs(parts.query)
    assert query == {
        "day": ["sat"],
        "utm_source": [network],
        "utm_medium": ["social"],
        "utm_campaign": ["summer-2026"],
    }
    assert parts.fragment == "mains"
    assert parts.path == "/menu"
    assert other_url == "https://meteo.fr/toulon"
    assert "resa@comptoir-mourillon.fr." in result.text
    assert len(result.changes) == 1


def test_utm_is_idempotent_and_never_duplicates_a_tag() -> None:
    where = target(links={"utm": True, "home": "https://example.com/"})
    text = "Book: https://example.com/book?utm_source=newsletter and https://example.com/?a=1"
    once = run("links", text, where)
    twice = run("links", once.text, where)

    assert twice.text == once.text
    assert not twice.changes
    for url in kinds(once.text, URL):
        keys = [key for key, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
        assert len(keys) == len(set(keys)), url
        assert {"utm_source", "utm_medium", "utm_campaign"} <= set(keys)
    # The author's own utm_source wins over the network's.
    first = parse_qs(urlsplit(kinds(once.text, URL)[0]).query)
    assert first["utm_source"] == ["newsletter"]
    assert first["utm_campaign"] == ["brandvoice"]


def test_no_utm_without_the_voice_asking() -> None:
    text = "Book at https://example.com/book"
    assert run("links", text, target()).text == text


def test_utm_own_domains_come_from_the_home_page_else_nothing_is_tagged() -> None:
    text = "Book at https://www.comptoir-mourillon.fr/resa, weather at https://meteo.fr"
    home = {"utm": True, "home": "https://comptoir-mourillon.fr"}
    tagged = run("links", text, target(links=home))
    assert kinds(tagged.text, URL) == [
        "https://www.comptoir-mourillon.fr/resa"
        "?utm_source=facebook&utm_medium=social&utm_campaign=brandvoice",
        "https://meteo.fr",
    ]
    # No declared domain and no home page: no link is known to be the brand's.
    assert run("links", text, target(links={"utm": True})).text == text


@pytest.mark.parametrize(("voice", "network"), [("expert-blog", "blog"), ("corporate", "website")])
def test_no_utm_on_the_brands_own_site(voice: str, network: str) -> None:
    text = "Book at https://comptoir-mourillon.fr/resa"
    where = target(voice=voice, network=network, links=_UTM_BRAND)
    assert run("links", text, where).text == text


# --- links: Instagram ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Réservez sur https://comptoir-mourillon.fr/resa ou sur https://x.fr/menu.\n\n"
            "Infos : https://x.fr/infos",
            "Réservez via le lien en bio.",
        ),
        (
            "en",
            "New menu!\nhttps://example.com/menu\nBook at https://example.com/book today.",
            "New menu!\nLink in bio\nBook today.",
        ),
    ],
)
def test_instagram_replaces_links_and_records_them_as_dropped(
    lang: Lang, text: str, expected: str
) -> None:
    urls = kinds(text, URL)
    result = run("links", text, target(lang=lang, network="instagram", links={"utm": True}))

    assert result.text == expected
    assert not kinds(result.text, URL)
    assert result.dropped == urls
    assert len(result.changes) == len(urls)


def test_instagram_wording_that_is_not_a_noun_phrase_goes_in_parentheses() -> None:
    where = target(lang="fr", network="instagram", links={"bio": {"fr": "voir bio"}})
    result = run("links", "Réservez sur https://x.fr/resa dès maintenant.", where)
    assert result.text == "Réservez (voir bio) dès maintenant."
    assert result.dropped == ["https://x.fr/resa"]


# --- typography -----------------------------------------------------------------------------

_MESSY = [
    ("fr", "Bienvenue à tous  ! Au programme:dégustations , ateliers( et musique ).Venez!"),
    ("fr", "C'est l’été ! « Le meilleur moment»: on vous attend ;-) à 10:30 sur https://x.fr/a?b"),
    ("fr", "Nouveau  :  des tapas,des vins et  des rires !!! #Toulon @comptoir"),
    ("en", "Welcome everyone ! We're open ( from 10 am ) ,and it’s sunny.See you :)"),
    ("en", "Tastings , workshops  and music ; bring friends !Info at https://example.com/a,b"),
]


@pytest.mark.parametrize(("lang", "text"), _MESSY)
@pytest.mark.parametrize(
    ("voice", "network", "profile"),
    [
        ("casual-facebook", "facebook", {}),
        ("corporate", "website", {"typography": {"french_space": "nbsp"}}),
        ("professional-network", "linkedin", {"typography": {"apostrophe": "straight"}}),
    ],
)
def test_typography_leaves_no_typography_finding_and_is_idempotent(
    lang: Lang, text: str, voice: str, network: str, profile: dict[str, Any]
) -> None:
    where = target(lang=lang, voice=voice, network=network, **profile)
    once = run("typography", text, where)
    twice = run("typography", once.text, where)

    assert once.changes
    assert twice.text == once.text
    assert not twice.changes
    report = brandvoice.check(
        once.text, voice=where.voice, network=network, lang=lang, languagetool="off"
    )
    left = [f for f in report.findings if f.category is Category.TYPOGRAPHY]
    assert not left, left
    # Links, mentions and hashtags come through untouched.
    for kind in (URL, HASHTAG, "mention"):
        assert kinds(once.text, kind) == kinds(text, kind)


def test_typography_reasons_are_the_rules_messages() -> None:
    result = run("typography", "Bienvenue à tous !", target(lang="fr"))
    assert result.text == f"Bienvenue à tous{NARROW}!"
    assert [c.reason for c in result.changes] == [
        "use a no-break space here so the mark stays with its word"
    ]


def test_composer_merges_a_second_pass_into_the_first_edit() -> None:
    composer = EditComposer("tous  ! ok")
    composer.apply([Edit(4, 6, " ", "one space")])
    composer.apply([Edit(4, 5, NARROW, "no-break")])
    assert composer.text == f"tous{NARROW}! ok"
    assert composer.edits() == [Edit(4, 6, NARROW, "one space; no-break")]


# --- emoji ---------------------------------------------------------------------------------

_EMOJI_TEXTS = [
    ("en", "Our new bakery opens on Saturday!\n\nCome taste our sourdough bread."),
    ("en", "Big news 🎉🚀 we are hiring!\n\n👉 Apply today 💼 ✨ 🙌\n\n#Jobs"),
    ("en", "Summer party on the beach 🏖️ with music 🎶, food 🍔 and friends 👨‍👩‍👧!"),
    ("fr", "Le marché de Noël ouvre ses portes samedi\u202f!\n\nVenez nombreux."),
    ("fr", "🎉 Grande ouverture 🎉 de la boutique\u202f! 🛍️\n\n😍😍😍\n\nÀ samedi 👋"),
    ("fr", "Nos horaires changent la semaine prochaine."),
]
_EMOJI_TARGETS = [
    ("casual-facebook", "facebook", {}),
    ("casual-facebook", "instagram", {}),
    ("professional-network", "linkedin", {}),
    ("corporate", "website", {}),
    ("casual-facebook", "x", {"emoji": {"max": 2}}),
    ("casual-facebook", "x", {"emoji": {"max": 0}}),
]


@pytest.mark.parametrize(("lang", "text"), _EMOJI_TEXTS)
@pytest.mark.parametrize(("voice", "network", "profile"), _EMOJI_TARGETS)
def test_emoji_stay_within_the_voice_allowance(
    lang: Lang, text: str, voice: str, network: str, profile: dict[str, Any]
) -> None:
    where = target(lang=lang, voice=voice, network=network, **profile)
    result = run("emoji", text, where)
    allowed = where.voice.emoji.max
    before, after = kinds(text, EMOJI), kinds(result.text, EMOJI)

    assert len(after) <= allowed
    if len(before) > allowed:
        assert after == before[:allowed]  # the first ones stay
    else:
        assert len(after) - len(before) in (0, 1)  # at most one added
        assert after[: len(before)] == before or len(before) == 0
    for line in result.text.split("\n"):
        assert line == line.strip(" "), repr(result.text)
        assert "  " not in line, repr(result.text)
    assert "\n\n\n" not in result.text
    assert result.text == result.text.strip()
    assert run("emoji", text, where).text == result.text  # deterministic
    assert not run("emoji", result.text, where).changes  # and settled


def test_emoji_added_after_the_hook_only_when_a_topic_matches() -> None:
    where = target(lang="fr")
    hook = "Notre food truck s’installe sur la plage samedi\u202f!"
    added = run("emoji", f"{hook} Venez nombreux.\n\nÀ bientôt.", where)
    assert added.text == f"{hook} 🍔 Venez nombreux.\n\nÀ bientôt."
    assert "burger" in added.changes[0].reason

    plain = "Nos horaires changent la semaine prochaine.\n\nÀ bientôt."
    assert run("emoji", plain, where).text == plain


def test_no_emoji_added_on_the_brand_own_pages() -> None:
    where = target(voice="expert-blog", network="blog", emoji={"max": 2})
    text = "Our new bakery opens on Saturday!"
    assert run("emoji", text, where).text == text


def test_emoji_removal_keeps_spacing_and_lines() -> None:
    where = target(lang="fr", voice="corporate", network="website")
    text = "🎉 Grande ouverture 🎉 de la boutique\u202f! 🛍️\n\n😍😍😍\n\nÀ samedi 👋"
    result = run("emoji", text, where)
    assert result.text == "Grande ouverture de la boutique\u202f!\n\nÀ samedi"
    assert len(result.changes) == 7  # one change per emoji


# --- hashtags ------------------------------------------------------------------------------

_MASTERS: list[tuple[Lang, str]] = [
    (
        "fr",
        "Notre food truck s’installe sur la plage du Mourillon à Toulon ce samedi. "
        "Venez goûter nos burgers au fromage de chèvre ! #FoodTruck #été",
    ),
    (
        "fr",
        "Pour la Fête de la Musique, le Comptoir du Mourillon invite trois groupes de jazz "
        "sur la place de la Liberté. Entrée libre, buvette et tapas toute la soirée.",
    ),
    (
        "fr",
        "Soldes d’été : -30 % sur toute la boutique jusqu’au 15 juillet à #Toulon. "
        "#soldes #Soldes #ete #Été #mode #toulon",
    ),
    (
        "en",
        "The Summer Jazz Festival returns to Brighton Beach this July with twelve bands "
        "and a vegan food court. Tickets at https://example.com/jazz #jazz",
    ),
    (
        "en",
        "We are hiring a pastry chef for our new shop in Manchester. Send your CV to "
        "jobs@example.com.",
    ),
    ("en", "Thanks!"),
]
_TAG_TARGETS = [
    ("casual-facebook", "facebook", {}),
    ("casual-facebook", "instagram", {"hashtags": {"max": 8, "tags": ["#Local", "Toulon"]}}),
    ("casual-facebook", "threads", {"hashtags": {"tags": ["Brand"]}}),
    ("casual-facebook", "bluesky", {"hashtags": {"min": 2, "max": 12, "casing": "lower"}}),
    ("professional-network", "linkedin", {}),
    ("expert-blog", "blog", {}),
    ("corporate", "website", {}),
]


def _variant(master: str) -> str:
    """A variant as the templates lay it out: sentences, then the master's closing tags."""
    tags: list[str] = []
    words = master.split(" ")
    while words and find_hashtags(words[-1]) and find_hashtags(words[-1])[0].text == words[-1]:
        tags.insert(0, words.pop())
    return "\n\n".join(p for p in (" ".join(words), " ".join(tags)) if p)


@pytest.mark.parametrize(("lang", "master"), _MASTERS)
@pytest.mark.parametrize(("voice", "network", "profile"), _TAG_TARGETS)
def test_hashtags_within_limits_deduplicated_and_valid(
    lang: Lang, master: str, voice: str, network: str, profile: dict[str, Any]
) -> None:
    where = target(lang, voice, network, master, **profile)
    text = _variant(master)
    result = run("hashtags", text, where)

    tags = kinds(result.text, HASHTAG)
    cap = where.network.max_hashtags
    limit = min(where.voice.hashtags.max, cap if cap is not None else 10**6)
    inline = kinds(text.split("\n\n")[0], HASHTAG)
    assert len(tags) <= max(limit, len(inline))
    block = result.text.rsplit("\n", 1)[-1]
    added = [t for t in tags if t not in kinds(text, HASHTAG)]
    for tag in added:
        assert is_single_hashtag(tag), tag
        assert [e.text for e in find_hashtags(block)].count(tag) == 1
    new_keys = [tag_key(t) for t in tags if t not in inline]
    assert len(new_keys) == len(set(new_keys)), tags
    assert not set(new_keys) & {tag_key(t) for t in inline}
    # Hashtags inside sentences stay where they were.
    assert result.text.startswith(text.split("\n\n")[0].split(" #")[0])
    assert all(t in tags for t in inline)
    if added:  # the block is a line of hashtags and nothing else
        assert "".join(e.text for e in find_hashtags(block)) == block.replace(" ", "")
    assert all(c.reason for c in result.changes)
    assert not run("hashtags", result.text, where).changes  # settled


def test_hashtags_reach_the_voice_minimum_from_the_message() -> None:
    lang, master = _MASTERS[1]
    where = target(lang, "professional-network", "linkedin", master)
    result = run("hashtags", _variant(master), where)
    block = result.text.rsplit("\n\n", 1)[-1]
    assert block.split(" ") == [
        "#FêteDeLaMusique",
        "#PlaceDeLaLiberté",
        "#ComptoirDuMourillon",
        "#GroupesDeJazz",
        "#Tapas",  # "buvette" is no topic people follow (hashtag-words.yaml)
    ]
    # Key facts first (what, where), then names, then key phrases: each with its score.
    assert "hashtag #PlaceDeLaLiberté: where it happens (score 3)" in [
        c.reason for c in result.changes
    ]
    report = brandvoice.check(
        result.text, voice=where.voice, network="linkedin", lang=lang, languagetool="off"
    )
    assert not [f for f in report.findings if f.rule == "length.hashtags"]


def test_no_hashtag_block_where_the_voice_takes_none() -> None:
    where = target("fr", "corporate", "website")
    text = "Nous ouvrons à #Toulon.\n\n#boutique #ouverture"
    result = run("hashtags", text, where)
    assert result.text == "Nous ouvrons à #Toulon."
    assert result.dropped == ["#boutique", "#ouverture"]


@pytest.mark.parametrize(
    ("words", "casing", "expected"),
    [
        (("plage", "du", "Mourillon"), "camel", "#PlageDuMourillon"),
        (("Côte", "d'", "Azur"), "camel", "#CôteDAzur"),
        (("été",), "camel", "#Été"),
        (("Saint-Tropez",), "lower", "#sainttropez"),
        (("iPhone", "case"), "any", "#iPhoneCase"),
        (("2026",), "camel", None),  # a number is not a tag
    ],
)
def test_hashtag_writing(words: tuple[str, ...], casing: Any, expected: str | None) -> None:
    assert hashtag(words, casing) == expected


def test_tag_key_ignores_case_and_accents() -> None:
    assert tag_key("#Été") == tag_key("#ete") == tag_key("#ÉTÉ")
    assert tag_key("#Toulon") != tag_key("#Toulouse")


# --- the four together ---------------------------------------------------------------------

_POST_ORDER = ("links", "typography", "emoji", "hashtags")


@pytest.mark.parametrize(("lang", "master"), _MASTERS)
@pytest.mark.parametrize(
    ("voice", "network"),
    [
        ("casual-facebook", "facebook"),
        ("casual-facebook", "instagram"),
        ("casual-facebook", "x"),
        ("professional-network", "linkedin"),
        ("expert-blog", "blog"),
        ("corporate", "website"),
    ],
)
def test_post_stage_leaves_a_variant_the_checker_accepts(
    lang: Lang, master: str, voice: str, network: str
) -> None:
    where = target(lang, voice, network, master, links={"utm": True})
    transforms = [transforms_by_id()[i] for i in _POST_ORDER]
    result = run_transforms(Rewrite(_variant(master)), where, transforms)

    report = brandvoice.check(
        result.text, voice=where.voice, network=network, lang=lang, languagetool="off"
    )
    flagged = {f.rule for f in report.findings}
    assert not {r for r in flagged if r.startswith("typography.")}, report.findings
    assert "register.emoji" not in flagged
    assert report.metrics["hashtags"] <= (where.network.max_hashtags or 10**6)
    if not where.network.links_clickable:
        assert not kinds(result.text, URL)
