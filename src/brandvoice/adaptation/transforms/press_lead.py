"""A press note speaks of the brand in the third person throughout: "Acme opens its second
shop on Saturday", « Acme ouvre sa boutique samedi », not the master's "we"/« nous ».

A journalist quotes a press note as it stands, so every sentence of it names who acts. The
master's "we"/« nous » subjects, "our"/« notre »/« nos » and "us" become the brand's name
where a paragraph first speaks of it, then a noun that does not repeat it (« l'équipe »,
"the team": the brand's gender is unknown, so no « elle »/« il »), and « sa »/« son »/
« ses »/"its" (the person transform's rules,
:mod:`brandvoice.adaptation.transforms.person`: the verb put in the third person by
:mod:`brandvoice.text.french.verbs`). Only for a brand the profile names (``brand_name``):
a name guessed from the text could be a supplier or a town. A sentence whose verb cannot
be put in the third person with certainty (« nous sommes ravis » needs the brand's
gender) stays as written.

A press note does not address the reader either: the post's invitation (« nous vous
attendons dès 10 h », "we'll welcome you from 9 am") welcomes the public instead, and a
job ad's "You will prep our menu" says who will (the role, from the message's what fact).
Both lists are data: ``adaptation/data/press-person.yaml``. Voices with ``person: brand``
already speak so everywhere; other networks and voices keep the master's person.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.data import load_table
from brandvoice.adaptation.wording.fitting import match_case
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.networks.model import NetworkKind
from brandvoice.text.french.gender import known_noun_gender
from brandvoice.understand.model import Intent, KeyFact, Role

_BRAND = {"brand_name": "Acme"}
# Where a sentence or a clause starts: a subject may be rewritten there.
_CLAUSE_START = r"(?:(?<=^|[.!?:;]\s{1,3}|\n|,\s|\bet\s|\band\s|\bso\s))"
# The rest of the role's sentence speaks of the role: "keep your station" → "their".
_YOUR = regex.compile(r"\b(?:your|yours|yourself)\b", regex.I)
_THEIR = {"your": "their", "yours": "theirs", "yourself": "themselves"}
_SENTENCE_END = regex.compile(r"[.!?…](?:\s|$)|\n")
# A job title as the what fact gives it: "a line cook", "Senior Backend Engineer".
_ROLE = regex.compile(r"(?:an?\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)", regex.I)


class PressLead(Transform):
    id = "press-lead"
    stage = Stage.BODY
    # After the address, « on » → « nous » (45) and before the sentences are split or
    # merged (58-65): the sentences are the master's as written.
    order = 52
    summary = (
        "A press note speaks of the brand in the third person throughout: 'we' becomes the "
        "brand's name, then 'the team' in the same paragraph ('We open on Saturday' → 'Acme "
        "opens on Saturday'); its invitations welcome the public, not 'you'."
    )
    examples = (
        TransformExample(
            "We open our second shop on Saturday in Leeds. We will welcome you from 9 am.",
            "Acme opens its second shop on Saturday in Leeds. The team will welcome the "
            "public from 9 am.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "We're recalling one batch of our honey.\nWe apologise to our customers.\n"
            "Refunds are given in the shop.\nWe are open until 6 pm.",
            "Acme is recalling one batch of its honey.\nThe team apologises to its customers.\n"
            "Refunds are given in the shop.\nAcme is open until 6 pm.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous ouvrons notre boutique le 12 mars à Bandol.\nPlus de 300 vins.\n"
            "Nous vous attendons dès 10 h.",
            "Acme ouvre sa boutique le 12 mars à Bandol.\nPlus de 300 vins.\n"
            "Acme accueillera le public dès 10 h.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # Once named, a business named after what it is and more is its kind, as a
        # journalist writes it: « la cave », "the bakery".
        TransformExample(
            "Nous ouvrons le 4 avril à Bandol.\nPour fêter ça, nous vous attendons dès 10 h. "
            "Nous proposons aussi des ateliers.",
            "La Cave du Port ouvre le 4 avril à Bandol.\nPour fêter ça, la cave accueillera le "
            "public dès 10 h. La cave propose aussi des ateliers.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Cave du Port"},
        ),
        TransformExample(
            "We have found glass in one batch of our loaves. We are very sorry.",
            "Harbour Bakery has found glass in one batch of its loaves. The bakery is very sorry.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Harbour Bakery"},
        ),
        # The sentence after one that opened on « l'équipe » says « elle »: « l'équipe »
        # twice in a row reads as a list, and « elle » is the team's gender, not the brand's.
        TransformExample(
            "Nous rappelons les pots du lot L2604. Nous vous devons des excuses. "
            "Nous remboursons tous nos clients.",
            "La Confiturerie rappelle les pots du lot L2604. L’équipe vous doit des excuses. "
            "Elle rembourse tous ses clients.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Confiturerie"},
        ),
        TransformExample(
            "Nous rappelons les pots du lot L2604. Nous remboursons tous nos clients.",
            "La Confiturerie rappelle les pots du lot L2604. L’équipe rembourse tous ses clients.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Confiturerie"},
        ),
        TransformExample(
            "Nous recrutons un cuisinier. Vous travaillerez avec notre chef.",
            "Acme recrute un cuisinier. La personne recrutée travaillera avec son chef.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "We're hiring a line cook. You will prep and cook our seasonal menu.",
            "Acme is hiring a line cook. The line cook will prep and cook its seasonal menu.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # The sentence names the brand further on: "we" does not name it twice (but in
        # the lead, which must say who acts).
        TransformExample(
            "Doors open at 9 am. We're chuffed: Acme has been named Pub of the Year.",
            "Doors open at 9 am. The team is chuffed: Acme has been named Pub of the Year.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Acme ouvre le 2 mai.\nPassez nous dire bonjour, le café est offert.",
            "Acme ouvre le 2 mai.\nAcme accueillera le public, le café est offert.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(  # a business named after what it is takes an article
            "Nous recrutons pour la saison. Le 4 mai, nous vous attendons à la ferme.",
            "La Ferme de Kerlann recrute pour la saison. Le 4 mai, l’équipe accueillera le "
            "public à la ferme.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Ferme de Kerlann"},
        ),
        TransformExample(  # « on » the formal voice left as it was: the brand too
            "On cherche du renfort pour la saison. On est ravis de vous recevoir.",
            "Acme cherche du renfort pour la saison. On est ravis de vous recevoir.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(  # the tagger reads « conseillons » as a second person
            "Les tailles partent vite, nous vous conseillons de passer tôt.",
            "Les tailles partent vite, Acme vous conseille de passer tôt.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # « joignables » agrees with « nous », as « ravis » would: the sentence stays.
        TransformExample(
            "Entre les deux, nous restons joignables au 04 91 37 52 10.",
            "Entre les deux, nous restons joignables au 04 91 37 52 10.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous vous invitons le 12 juin. Notre catalogue de printemps est en ligne.",
            "Acme invite le public le 12 juin. Son catalogue de printemps est en ligne.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # « ravis » would need the brand's gender: the sentence stays as written.
        TransformExample(
            "Nous sommes ravis d'ouvrir le 12 mars à Bandol.",
            "Nous sommes ravis d'ouvrir le 12 mars à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A heading that names the brand becomes the headline: the lead names it again.
        TransformExample(
            "Holiday hours at Acme 🎄 We'll close at 2 pm on 24 December.",
            "Holiday hours at Acme 🎄 Acme will close at 2 pm on 24 December.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A sentence that names the brand, even one ending on "!", is no heading.
        TransformExample(
            "Acme has been named Pub of the Year by the Real Ale Society! Thanks to our regulars.",
            "Acme has been named Pub of the Year by the Real Ale Society! Thanks to its regulars.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A note that already names who acts stays.
        TransformExample(
            "Acme opens its second shop on Saturday. Doors open at 9 am.",
            "Acme opens its second shop on Saturday. Doors open at 9 am.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # No brand name in the profile: no name is guessed.
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            voice="corporate",
            network="website",
        ),
        # A blog article and a social post keep the master's "we".
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            voice="expert-blog",
            network="blog",
            profile=_BRAND,
        ),
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            profile=_BRAND,
        ),
    )

    def applies(self, target: Target) -> bool:
        return (
            writes_press_note(target)
            and target.voice.person == "we"
            and bool(target.voice.brand_name)
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        from brandvoice.adaptation.transforms.person import third_person_edits

        brand = target.voice.brand_name
        assert brand is not None  # applies() saw to it
        table = load_table("press-person.yaml")[target.lang]
        reason = f"a press note speaks of {brand} in the third person, not of 'we' or to 'you'"
        named = _mentions(text, brand)
        hiring = _hiring_you(text, target, table, reason)
        spoken = _with_article(brand, table["article_nouns"])
        later, again = second_mention(brand, target.lang, table, text)
        found = third_person_edits(
            text,
            parse(target.lang, text),
            target,
            spoken,
            named_at=sorted(named),
            reason=reason,
            later=later,
            again=again,
        )
        # The invitation's subject is named as the person rules named it (the brand, or
        # « l'équipe » after it), or by the brand where the text has not named it yet.
        named += [e.start for e in found if brand in e.replacement]
        own = [*_invitations(text, spoken, later, table, named, found, reason), *hiring]
        kept = [e for e in found if not any(e.start < o.end and o.start < e.end for o in own)]
        return sorted([*own, *kept], key=lambda e: e.start)


def writes_press_note(target: Target) -> bool:
    """Whether ``target`` is a press note: a formal voice on the brand's website. The
    press-note transforms (press-lead, press-full-sentences, press-practical) act there
    only."""
    return (
        target.network.kind is NetworkKind.WEBSITE and direction(target.voice) is Direction.FORMAL
    )


_FR_ARTICLE = regex.compile(r"^(?:(?:le|la|les)\s+|l['’])", regex.I)


def second_mention(
    brand: str, lang: str, table: Mapping[str, Any], text: str = ""
) -> tuple[str, str | None]:
    """What names ``brand`` once the note has named it, and the pronoun for the sentence
    right after one that opened on that: a business named after what it is and more is
    its kind, as a journalist writes it (« La Cave du Port » → « la cave », « elle »;
    "Harbour Bakery" → "the bakery"); any other, the table's ``later`` (« l'équipe »,
    "the team") and ``again``. A name that is only its kind (« La Confiturerie ») would be
    said again word for word, and a kind ``text`` says of something else (« le public
    à la ferme ») would read as that: the team, then."""
    default = (str(table["later"]), table.get("again"))
    elsewhere = text.replace(brand, "").casefold()
    if lang.split("-")[0] == "fr":
        noun, _, rest = _FR_ARTICLE.sub("", brand, count=1).partition(" ")
        article = table["article_nouns"].get(noun.lower())
        kind = noun.lower()
        if article is None or not rest.strip() or _says(elsewhere, kind):
            return default
        said = f"{article}{kind}" if article.endswith(("'", "’")) else f"{article} {kind}"
        gender = {"la": "f", "le": "m"}.get(article) or known_noun_gender(kind)
        return said, {"f": "elle", "m": "il"}.get(gender or "")
    words = brand.split()
    kind = words[-1].lower()
    if len(words) > 1 and kind in table.get("business_nouns", ()) and not _says(elsewhere, kind):
        return f"the {kind}", table.get("again")
    return default


def _says(text: str, word: str) -> bool:
    return regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text) is not None


def _with_article(brand: str, articles: Mapping[str, str]) -> str:
    """« la Ferme de Kerlann » for « Ferme de Kerlann »: the article French puts before a
    business named after what it is, when the name has none of its own."""
    first = brand.split(maxsplit=1)[0].lower()
    article = articles.get(first)
    if article is None:
        return brand
    return f"{article}{brand}" if article.endswith(("'", "’")) else f"{article} {brand}"


def _mentions(text: str, brand: str) -> list[int]:
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(brand)}(?![\p{{L}}\p{{N}}_])")
    return [m.start() for m in pattern.finditer(text)]


def _invitations(
    text: str,
    brand: str,
    later: str,
    table: Mapping[str, Any],
    named: list[int],
    found: list[Edit],
    reason: str,
) -> list[Edit]:
    """« nous vous attendons » → « Acme accueillera le public »."""
    edits: list[Edit] = []
    for rule in table["invitations"]:
        subject = rule["subject"].replace("'", "['’]")
        pattern = regex.compile(rf"{_CLAUSE_START}(?:{subject})\b", regex.I | regex.M)
        for match in pattern.finditer(text):
            person = next((e for e in found if e.start == match.start()), None)
            # Named before: a kind reads clearly anywhere after the lead that named the
            # brand (« Pour fêter cela, la cave accueillera le public »), « l'équipe »
            # only near the name: in its paragraph, or as the person rules said it.
            since = 0 if later != table["later"] else text.rfind("\n", 0, match.start()) + 1
            spoken = any(since <= at < match.start() for at in named) or (
                person is not None and not person.replacement.lower().startswith(brand.lower())
            )
            name = later if spoken else brand
            # « l'équipe », « la Ferme de Kerlann » take the case of where they stand; a
            # name written with its capital keeps it.
            name = match_case(name, match.group()) if name[:1].islower() else name
            said = f"{name} {rule['invitation']}"
            edits.append(Edit(match.start(), match.end(), said, reason))
    return edits


def _hiring_you(text: str, target: Target, table: Mapping[str, Any], reason: str) -> list[Edit]:
    """A job ad's "You will…"/« vous travaillerez » said of the role, in the future."""
    message = target.understood()
    if message.intent is not Intent.HIRING:
        return []
    rule = table["hiring_you"]
    role = rule["role_default"]
    if target.lang == "en":
        role = _role(message.of_role(Role.WHAT), role, rule["not_roles"])
        pattern = regex.compile(rf"{_CLAUSE_START}you(?:['’]ll| will)\b", regex.I | regex.M)
        verb = "will"
    else:
        pattern = regex.compile(rf"{_CLAUSE_START}vous (\p{{Ll}}+)rez\b", regex.I | regex.M)
        verb = ""
    edits = []
    for match in pattern.finditer(text):
        future = verb or match.group(1) + "ra"  # « travaillerez » → « travaillera »
        edits.append(
            Edit(match.start(), match.end(), f"{match_case(role, match.group())} {future}", reason)
        )
        if target.lang == "en":  # "keep your station" → "keep their station"
            end = _SENTENCE_END.search(text, match.end())
            stop = end.start() if end else len(text)
            for word in _YOUR.finditer(text, match.end(), stop):
                their = match_case(_THEIR[word.group().lower()], word.group())
                edits.append(Edit(word.start(), word.end(), their, reason))
    return edits


def _role(facts: tuple[KeyFact, ...], default: str, not_roles: list[str]) -> str:
    """The role: "the line cook" from the what fact "a line cook"; ``default`` for anything that is
    not one short job title ("a housekeeper and a breakfast cook")."""
    if len(facts) != 1:
        return default
    written = facts[0].text.strip()
    match = _ROLE.fullmatch(written)
    if match is None or regex.search(r"\b(?:and|or|et|ou)\b|[,/(]", written, regex.I):
        return default
    last = written.split()[-1].lower()
    if last in not_roles or (last.endswith("s") and not last.endswith("ss")):
        return default  # "Summer internship", "logbook services": no one's job title
    return f"the {match.group(1)}"


TRANSFORMS = (PressLead(),)
