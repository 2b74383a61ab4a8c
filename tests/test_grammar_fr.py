"""brandvoice's own French grammar rules (checks/grammar_fr*.py) and the LanguageTool rules
dropped as mostly wrong on correct French. Real spaCy model, real dictionary, no server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from brandvoice.checks import check
from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked, drop_languagetool_repeats
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity
from brandvoice.nlp import parse_cache_counts


def _flagged(text: str) -> list[tuple[str, str]]:
    report = check(text, lang="fr", languagetool="off", disable=["length", "style"])
    return [
        (f.rule, text[f.offset : f.offset + f.length])
        for f in report.findings
        if f.rule.startswith("grammar.fr-")
    ]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("Elles sont arrivé hier soir.", "grammar.fr-attribute-agreement", "arrivé"),
        ("Ils semblent fatigué après la course.", "grammar.fr-attribute-agreement", "fatigué"),
        ("Elle est resté chez nous.", "grammar.fr-attribute-agreement", "resté"),
        ("Nous sommes ravi de vous accueillir.", "grammar.fr-attribute-agreement", "ravi"),
        ("Celles-ci sont venu hier.", "grammar.fr-attribute-agreement", "venu"),
        ("Ma sœur est parti tôt.", "grammar.fr-attribute-agreement", "parti"),
        ("Elle veut rester discrètes.", "grammar.fr-attribute-agreement", "discrètes"),
        ("Tu as oublier ton sac.", "grammar.fr-participle-not-infinitive", "oublier"),
        ("Vous allez adorez ce menu.", "grammar.fr-infinitive-after-verb", "adorez"),
        ("Il est sorti sans fermé la porte.", "grammar.fr-infinitive-after-preposition", "fermé"),
        ("On à reçu vos messages.", "grammar.fr-homophone", "à"),
        ("Elles on réservé la salle.", "grammar.fr-homophone", "on"),
        ("Tout se qu'il faut savoir.", "grammar.fr-homophone", "se"),
        ("Ça peu attendre demain.", "grammar.fr-homophone", "peu"),
        ("Le salon est ouvert de 9 h a 18 h.", "grammar.fr-homophone", "a"),
        ("Rendez-vous a 19 h devant la boutique.", "grammar.fr-homophone", "a"),
        ("Une offre réservée a nos clients.", "grammar.fr-homophone", "a"),
        ("C'est le jour ou je l'ai vue.", "grammar.fr-homophone", "ou"),
        ("Un café oui un thé ?", "grammar.fr-homophone", "oui"),
        ("Donnez votre voie avant lundi.", "grammar.fr-homophone", "voie"),
        ("Le projet est en voix de réussir.", "grammar.fr-homophone", "voix"),
        ("Si vous aimer les fleurs, venez.", "grammar.fr-verb-after-subject", "aimer"),
        ("Quand nous arrivé, tout était prêt.", "grammar.fr-verb-after-subject", "arrivé"),
        ("Le fleuriste à composé un bouquet.", "grammar.fr-auxiliary-not-preposition", "à"),
        ("Le carnet se rempli vite.", "grammar.fr-reflexive-verb-form", "rempli"),
    ],
)
def test_flags_the_error(text: str, rule: str, span: str) -> None:
    assert (rule, span) in _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # Agreement the rules must accept, and constructions they must not read as errors.
        "Elles sont arrivées hier soir et ils semblent fatigués après la course.",
        "On est partis tôt ; vous êtes prête, madame ?",
        "Elle s'est rendu compte de son erreur ; ils se sont plu.",
        "Elles s'en sont donné les moyens. S'en est-elle rendu compte ?",
        "Ils ne peuvent pas être devenus aussi grossiers.",
        "Je vous demande d'être prudents ; il faut être prêts.",
        "Ce qu'elles accomplissent est formidable.",
        "Pierre et elle étaient fiancés.",
        "Ils sont bien sûr ressortis indemnes.",
        "Cette caméra est dernier cri et ces ordinateurs sont bon marché.",
        "Elle est avocate, il est médecin et ils sont professeurs.",
        "Les boissons et la nourriture étaient servis à volonté.",
        # Infinitive and participle look-alikes.
        "Nous avons assez attendu ; il est fier de vous.",
        "De fait, le prix de marché a baissé ; sans fumée, sans péché.",
        "Vous pouvez nous appeler ; il va partir.",
        # Homophones in contexts that allow the other reading.
        "Il a la grippe, tout à fait guéri demain, grâce à vous.",
        "La vitamine D ou la vitamine C, quelles en sont les sources ?",
        "Le coiffeur en face a fermé ; c'est là où nous allions.",
        "Il a peu de temps et ça peut attendre.",
        "Il a 18 h de cours et elle a midi de libre ; on y a accès à deux pas d'ici.",
        "Le client satisfait a un avis ; le jour ou la nuit, oui ou non ?",
        "Je dis oui à tout et mais oui le matin ; il a trouvé sa voie ; à voix basse.",
        "Si vous aimez les fleurs, venez ; il faut nous appeler pour vous aider.",
        "Vous montrer nos ateliers nous fait plaisir.",
        "Il apprend à cuisiner des plats, assis à côté des fourneaux.",
        "La salle se remplit, il se sentit mal et elle se marie ; ça se finit bien.",
    ],
)
def test_correct_french_stays_clean(text: str) -> None:
    assert _flagged(text) == []


def test_english_is_left_alone() -> None:
    report = check("They is tired and he a left.", lang="en", languagetool="off")
    assert not [f for f in report.findings if f.rule.startswith("grammar.fr-")]


def test_posts_without_a_candidate_are_not_parsed() -> None:
    """The tagged parse is the costly part: only texts where a pattern matched pay for it."""
    before = parse_cache_counts()
    _flagged("Venez découvrir notre nouvelle boutique, ouverte du lundi au samedi !")
    assert parse_cache_counts() == before


def test_disabled_languagetool_rules_are_dropped() -> None:
    def external(rule_id: str) -> Finding:
        return Finding(
            rule=f"{lt.RULE_PREFIX}.{rule_id}",
            category=Category.GRAMMAR,
            severity=Severity.WARNING,
            offset=0,
            length=3,
            message="",
            source=lt.SOURCE,
        )

    voice, network = resolve_target(None, None)
    checked = Checked(CheckContext("Les", "fr", voice, network, [(0, 3)]), frozenset())
    found = [external("VIRG_NON_TROUVEE"), external("AGREEMENT_POSTPONED_ADJ")]
    kept = drop_languagetool_repeats(found, checked)
    assert [f.rule for f in kept] == ["languagetool.AGREEMENT_POSTPONED_ADJ"]
    assert all(reason for reason in lt.DISABLED_RULES.values())


@pytest.mark.parametrize(
    ("text", "rule", "category", "span"),
    [
        ("C’est dans le dossier D:\\Data", "FRENCH_WHITESPACE", Category.TYPOGRAPHY, "D:"),
        ("il est venu&nbsp;: c’était bien", "FR_SPELLING_RULE", Category.SPELLING, "venu&nbsp"),
        ("Le code <!-- note -->", "TIRET", Category.TYPOGRAPHY, "--"),
        ("il faut (re)former tout ça", "FR_SPELLING_RULE", Category.SPELLING, "re"),
        ("il (n’)est (pas) là", "PARENTHESES", Category.TYPOGRAPHY, ")est"),
    ],
)
def test_languagetool_findings_on_markup_or_optional_letters_are_dropped(
    text: str, rule: str, category: Category, span: str
) -> None:
    voice, network = resolve_target(None, None)
    checked = Checked(CheckContext(text, "fr", voice, network, [(0, len(text))]), frozenset())
    on_it = Finding(
        f"{lt.RULE_PREFIX}.{rule}",
        category,
        Severity.ERROR,
        text.index(span),
        len(span),
        "",
        source=lt.SOURCE,
    )
    # The same rule on a real word of the sentence stays.
    elsewhere = replace(on_it, offset=0, length=2)
    assert drop_languagetool_repeats([on_it, elsewhere], checked) == [elsewhere]


def test_a_trademark_in_parentheses_is_no_optional_letters() -> None:
    # « Choice(TM) » asks for ™: LanguageTool's finding on it stays.
    text = "The new product is Executive Choice(TM) Plus."
    voice, network = resolve_target(None, None)
    checked = Checked(CheckContext(text, "en", voice, network, [(0, len(text))]), frozenset())
    trademark = Finding(
        f"{lt.RULE_PREFIX}.TRADEMARK",
        Category.TYPOGRAPHY,
        Severity.WARNING,
        text.index("(TM)"),
        4,
        "",
        source=lt.SOURCE,
    )
    assert drop_languagetool_repeats([trademark], checked) == [trademark]


def test_a_for_the_auxiliary_is_one_slip_not_two() -> None:
    """« Le chef à préparé une tarte »: the slip is « à » for « a »; the infinitive rule
    must not also ask for « préparer »."""
    assert _flagged("Notre chef à préparé une tarte au citron.") == [
        ("grammar.fr-auxiliary-not-preposition", "à")
    ]
