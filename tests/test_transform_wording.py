"""The BODY-stage wording transforms: register lexicon, glossary, contractions, person.

Beyond each transform's own examples (run by test_transform_examples.py): the lexicon's
data holds its promises (no slang written, no wordy phrase written, every entry found),
casualising and formalising move the measured formality the way they should on realistic
paragraphs, and no transform makes the checker report something the input did not have.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

import brandvoice
from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Target, TransformExample, example_target
from brandvoice.adaptation.transforms import transforms_by_id
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.lexicon import Direction, entries, lexicon
from brandvoice.checks.phrases import phrase_list
from brandvoice.lang import Lang
from brandvoice.profiles import get_voice
from brandvoice.text.french import known_noun_gender, third_person_singular

WORDING = ("register-lexicon", "glossary", "contractions", "person")
# The brand also in the glossary, as a brand lists its own name: the checker protects
# glossary names (from spelling and repetition), not ``brand_name`` (see the report).
BRAND = {"person": "brand", "brand_name": "Acme", "glossary": {"brands": ["Acme", "LinkedIn"]}}


def rewrite(
    text: str,
    voice: str,
    lang: Lang = "en",
    ids: Sequence[str] = WORDING,
    profile: Mapping[str, Any] | None = None,
) -> tuple[str, Target]:
    example = TransformExample(text, text, lang=lang, voice=voice, profile=profile or {})
    target = example_target(example)
    by_id = transforms_by_id()
    result = run_transforms(Rewrite(text), target, [by_id[i] for i in ids])
    return result.text, target


# --- The lexicon's data ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lexicon_has_several_dozen_entries(lang: Lang) -> None:
    assert len(entries(lang)) >= 60


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("way", list(Direction))
def test_every_source_form_is_found(lang: Lang, way: Direction) -> None:
    compiled = lexicon(lang, way)
    for rewording in compiled.rewordings:
        for source in rewording.sources:
            found = list(compiled.find(source))
            assert found, f"{source!r} ({way}) is not found"
            assert (found[0].start, found[0].end) == (0, len(source))
            assert rewording in found[0].candidates


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("way", [Direction.CASUAL, Direction.NEUTRAL])
def test_no_slang_is_ever_written(lang: Lang, way: Direction) -> None:
    slang = phrase_list("slang", lang, "slang")
    for rewording in lexicon(lang, way).rewordings:
        assert not list(slang.find(rewording.output)), rewording.output


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_formal_wording_is_never_wordy_or_a_cliche(lang: Lang) -> None:
    sections = [phrase_list("style", lang, s) for s in ("wordy", "cliche", "pleonasm")]
    for rewording in lexicon(lang, Direction.FORMAL).rewordings:
        for section in sections:
            assert not list(section.find(rewording.output)), rewording.output


def test_direction_follows_the_formality_band() -> None:
    assert direction(get_voice("casual-facebook")) is Direction.CASUAL
    assert direction(get_voice("corporate")) is Direction.FORMAL
    assert direction(get_voice("professional-network")) is Direction.NEUTRAL
    assert direction(get_voice("expert-blog")) is Direction.NEUTRAL


# --- Realistic paragraphs ----------------------------------------------------------------------

EN_FORMAL = (
    "We are pleased to announce the opening of our new shop in Toulon. Prior to the "
    "opening, customers can purchase vouchers online. However, approximately 40 places "
    "remain for the tasting. Please do not hesitate to contact us should you have any "
    "questions.",
    "In order to assist our customers, we have extended our opening hours. Additional staff "
    "will be available upon request. Furthermore, numerous workshops will commence in June.",
    "We are delighted to announce that our bakery has obtained a regional award. We will "
    "utilize the prize in order to purchase a new oven. Nevertheless, our prices remain "
    "unchanged.",
)
FR_FORMAL = (
    "Nous avons le plaisir de vous annoncer l’ouverture de notre nouvelle boutique à "
    "Toulon. Afin de vous accueillir dans les meilleures conditions, nous proposons des "
    "créneaux de réservation. Néanmoins, le nombre de places reste limité. N’hésitez pas à "
    "nous contacter.",
    "Afin d’offrir un meilleur service, nous avons décidé d’effectuer des travaux. Par "
    "conséquent, la boutique fermera ultérieurement. Cela nous permettra de vous accueillir "
    "davantage.",
)
EN_CASUAL = (
    "Hey, we're gonna open our new shop on Saturday! Buy your tickets now, it's gonna be "
    "awesome. Thanks for the support, folks!",
    "We've got a super nice workshop for kids this weekend. Check out the menu and get in "
    "touch with us if you wanna come. It's totally free!",
    "So excited! We're starting the summer menu next week, and we'd love to see you. Don't "
    "miss it, it's pretty amazing.",
)
FR_CASUAL = (
    "Salut tout le monde ! On vous annonce un truc génial : notre resto ouvre samedi. "
    "Venez pour kiffer l’apéro avec vos potes, ça va être sympa !",
    "Ouais, c’est officiel : on prépare une nouvelle carte. Passez nous voir, c’est top, et "
    "en plus les desserts sont vachement bons.",
)


@pytest.mark.parametrize(
    ("text", "lang"), [*((t, "en") for t in EN_FORMAL), *((t, "fr") for t in FR_FORMAL)]
)
def test_casualising_lowers_formality(text: str, lang: Lang) -> None:
    after, _ = rewrite(text, "casual-facebook", lang)
    before_score = brandvoice.analyze(text, lang).formality
    after_score = brandvoice.analyze(after, lang).formality
    assert after_score <= before_score - 5, (before_score, after_score, after)


@pytest.mark.parametrize(
    ("text", "lang"), [*((t, "en") for t in EN_CASUAL), *((t, "fr") for t in FR_CASUAL)]
)
def test_formalising_raises_formality(text: str, lang: Lang) -> None:
    after, _ = rewrite(text, "corporate", lang)
    before_score = brandvoice.analyze(text, lang).formality
    after_score = brandvoice.analyze(after, lang).formality
    assert after_score >= before_score + 5, (before_score, after_score, after)


def _rules(text: str, target: Target) -> Counter[str]:
    report = brandvoice.check(text, target.voice, target.network, target.lang, languagetool="off")
    return Counter(finding.rule for finding in report.findings)


NO_NEW_FINDINGS = [
    *((t, "en", v) for t in EN_FORMAL for v in ("casual-facebook", "expert-blog", "corporate")),
    *((t, "fr", v) for t in FR_FORMAL for v in ("casual-facebook", "expert-blog", "corporate")),
    *((t, "en", v) for t in EN_CASUAL for v in ("corporate", "professional-network")),
    *((t, "fr", v) for t in FR_CASUAL for v in ("corporate", "professional-network")),
]


@pytest.mark.parametrize(("text", "lang", "voice"), NO_NEW_FINDINGS)
def test_no_transform_adds_a_finding(text: str, lang: Lang, voice: str) -> None:
    profile = BRAND if voice == "corporate" else None
    for ids in [*((one,) for one in WORDING), WORDING]:
        after, target = rewrite(text, voice, lang, ids, profile)
        added = _rules(after, target) - _rules(text, target)
        assert not added, (ids, added, after)


# --- Register lexicon --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "lang", "voice"),
    [
        # Elision at both edges: « je kiffe » → « j'aime », « pour offrir » → « afin d'offrir ».
        ("Je kiffe ce resto.", "J’aime ce restaurant.", "fr", "corporate"),
        ("Venez pour offrir un cadeau.", "Venez afin d’offrir un cadeau.", "fr", "corporate"),
        # « d'effectuer » has no casual form that keeps the elision: left alone.
        (
            "Il est possible d’effectuer un achat.",
            "Il est possible d’effectuer un achat.",
            "fr",
            "casual-facebook",
        ),
        # « pour » + a noun is no purpose clause.
        ("Un cadeau pour vous.", "Un cadeau pour vous.", "fr", "corporate"),
        # Capitals kept, a connective only at a sentence start.
        ("HOWEVER, we open.", "BUT we open.", "en", "casual-facebook"),
        ("We open, however, at 9.", "We open, however, at 9.", "en", "casual-facebook"),
        # "a"/"an" must still fit.
        ("It was an awesome day.", "It was an excellent day.", "en", "corporate"),
        # An acronym spelled out keeps no capitals but a sentence's; "thanks" is "thank
        # you" only at the start; "check out" a menu, not at 11 am.
        (
            "Reply ASAP. ASAP is best. Many thanks! Thanks for coming.",
            "Reply as soon as possible. As soon as possible is best. Many thanks! Thank you "
            "for coming.",
            "en",
            "corporate",
        ),
        (
            "Check out at 11. Check out our menu.",
            "Check out at 11. Discover our menu.",
            "en",
            "corporate",
        ),
        (
            "À plus tard ! Ultérieurement, oui.",
            "À plus tard ! Ultérieurement, oui.",
            "fr",
            "corporate",
        ),
        # A new word already close by would be a repetition: not written.
        (
            "Buy now, and purchase vouchers.",
            "Buy now, and purchase vouchers.",
            "en",
            "casual-facebook",
        ),
    ],
)
def test_register_lexicon(before: str, after: str, lang: Lang, voice: str) -> None:
    assert rewrite(before, voice, lang, ("register-lexicon",))[0] == after


def test_register_reason_names_the_band() -> None:
    target = example_target(TransformExample("Prior to opening.", "", voice="casual-facebook"))
    edits = transforms_by_id()["register-lexicon"].edits("Prior to opening.", target)
    assert [e.reason for e in edits] == [
        "register: 'Prior to' → 'Before' (casual-facebook aims at formality 25-80: casual wording)"
    ]


# --- Glossary ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "lang", "voice"),
    [
        # The preferred term takes the text's apostrophe, and a capital at a sentence start.
        (
            "Newsletter chaque mois. L'équipe écrit la newsletter.",
            "Lettre d'information chaque mois. L'équipe écrit la lettre d'information.",
            "fr",
            "corporate",
        ),
        (
            "Send an E-mail to hello@e-mail.com",
            "Send an email to hello@e-mail.com",
            "en",
            "corporate",
        ),
        (
            "See facebook.com/acme and FACEBOOK.",
            "See facebook.com/acme and Facebook.",
            "en",
            "casual-facebook",
        ),
    ],
)
def test_glossary(before: str, after: str, lang: Lang, voice: str) -> None:
    assert rewrite(before, voice, lang, ("glossary",))[0] == after


# --- Contractions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("I am sure it is great.", "I'm sure it's great."),
        ("We will not close. It cannot rain.", "We won't close. It can't rain."),
        ("I know what it is. That is, we are.", "I know what it is. That is, we are."),
        ("They have opened; they have a shop.", "They've opened; they have a shop."),
        ("We are curly’s fans and we are here.", "We’re curly’s fans and we’re here."),
        ("Let us know. Let us celebrate.", "Let us know. Let us celebrate."),
    ],
)
def test_contracting(before: str, after: str) -> None:
    assert rewrite(before, "casual-facebook", "en", ("contractions",))[0] == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("It's been great and it's open.", "It has been great and it is open."),
        ("We'd opened early, we'd love more.", "We had opened early, we would love more."),
        (
            "Anna's shop isn't closed. Everyone's happy.",
            "Anna's shop is not closed. Everyone's happy.",
        ),
        ("I ain't sure, y'all.", "I am not sure, you all."),
        ("You’re right, we’ve won and I’m glad.", "You are right, we have won and I am glad."),
        ("DON'T miss it, you'll see.", "DO NOT miss it, you will see."),
    ],
)
def test_expanding(before: str, after: str) -> None:
    assert rewrite(before, "corporate", "en", ("contractions",))[0] == after


# --- Person ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "lang"),
    [
        (
            "We bake and sell bread, and we also deliver. We pride ourselves on our bread.",
            "Acme bakes and sells bread, and Acme also delivers. Acme prides itself on its bread.",
            "en",
        ),
        (
            "We’d love to see you. We’ll be there and we’ve baked.",
            "Acme would love to see you. Acme will be there and Acme has baked.",
            "en",
        ),
        # No verb right after "we", or a question: left as written.
        ("Can we help? We all love it.", "Can we help? We all love it.", "en"),
        (
            "Que nous proposons et organisons des visites, nous le savons.",
            "Qu’Acme propose et organise des visites, Acme le sait.",
            "fr",
        ),
        (
            "Nous ne sommes pas là. Nous n’allons pas fermer. Nous ne nous arrêtons pas.",
            "Acme n’est pas là. Acme ne va pas fermer. Acme ne s’arrête pas.",
            "fr",
        ),
        # Agreement with « nous » (« des artisans », « ouverts ») would need the brand's gender.
        (
            "Nous sommes des artisans. Nous sommes ouverts.",
            "Nous sommes des artisans. Nous sommes ouverts.",
            "fr",
        ),
        # Future and imperfect are regular in the third person; a subjunctive is left.
        (
            "Nous organiserons un dîner. Nous étions là. Il faut que nous proposions un menu.",
            "Acme organisera un dîner. Acme était là. Il faut que nous proposions un menu.",
            "fr",
        ),
        # « ses » only after the brand in the same sentence, else « les produits d'Acme ».
        (
            "Nous aimons notre boutique. Marie vend nos produits.",
            "Acme aime sa boutique. Marie vend les produits d’Acme.",
            "fr",
        ),
        # « sa » needs a gender the lexicon knows (« potager » is not in it); « nos » needs
        # none.
        (
            "Nous aimons notre boutique, notre potager et nos clients.",
            "Acme aime sa boutique, notre potager et ses clients.",
            "fr",
        ),
        (
            "Nous aimons notre parking.",
            "Acme aime son parking.",
            "fr",
        ),
    ],
)
def test_person(before: str, after: str, lang: Lang) -> None:
    assert rewrite(before, "corporate", lang, ("person",), BRAND)[0] == after


@pytest.mark.parametrize(
    ("form", "lemma", "singular"),
    [
        ("proposons", "proposer", "propose"),
        ("mangeons", "manger", "mange"),
        ("commençons", "commencer", "commence"),
        ("préférons", "préférer", "préfère"),
        ("célébrons", "célébrer", "célèbre"),
        ("achetons", "acheter", "achète"),
        ("appelons", "appeler", "appelle"),
        ("envoyons", "envoyer", "envoie"),
        ("réservons", "réserver", "réserve"),
        ("finissons", "finir", "finit"),
        ("sommes", "être", "est"),
        ("avons", "avoir", "a"),
        ("allons", "aller", "va"),
        ("faisons", "faire", "fait"),
        ("devenons", "devenir", "devient"),
        ("comprenons", "comprendre", "comprend"),
        ("recevons", "recevoir", "reçoit"),
        ("découvrons", "découvrir", "découvre"),
        ("connaissons", "connaître", "connaît"),
        ("rejoignons", "rejoindre", "rejoint"),
        # spaCy tags these futures as presents: an -er verb's -rons form other than its
        # present is its future
        ("rappellerons", "rappeler", "rappellera"),
        ("préparerons", "préparer", "préparera"),
        ("enverrons", "envoyer", "enverra"),
        ("préparons", "préparer", "prépare"),
        # …and of the other groups: their future stem is the infinitive (less its -e)
        ("apprendrons", "apprendre", "apprendra"),
        ("finirons", "finir", "finira"),
        ("proposons", "poser", None),  # a lemma that is not the form's: no guess
        ("asseyons", "asseoir", None),
    ],
)
def test_third_person_singular(form: str, lemma: str, singular: str | None) -> None:
    assert third_person_singular(form, lemma) == singular


def test_noun_gender_only_from_the_lexicon() -> None:
    assert known_noun_gender("Boutique") == "f"
    assert known_noun_gender("magasin") == "m"
    assert known_noun_gender("parking") == "m"
    assert known_noun_gender("potager") is None  # the ending rules would guess; a rewrite won't
