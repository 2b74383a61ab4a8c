"""The voice profile: how a brand speaks, as validated, immutable data.

A profile is what a YAML voice file becomes once its ``extends`` chain is resolved. The
field descriptions are part of the product: they are the JSON Schema editors complete
and explain voice files from (see :func:`brandvoice.profiles.profile_json_schema`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Literal, Self

from jinja2 import TemplateSyntaxError, meta, nodes
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from brandvoice.errors import InputError
from brandvoice.lang import LOCALES, base_language, normalize_locale
from brandvoice.networks import all_networks
from brandvoice.profiles.editorial import PolicyOverride
from brandvoice.profiles.sandbox import TemplateSandbox
from brandvoice.text.vocabulary import MAX_ENTRIES, VocabularyError, validate_entry

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
# The intents of brandvoice.understand (tests/test_calls_to_action.py keeps them in step).
IntentName = Literal[
    "opening",
    "launch",
    "event",
    "offer",
    "hiring",
    "incident",
    "recall",
    "closure",
    "results",
    "resource",
    "award",
    "news",
]
# The keys of `cta`: a message's intent, its action, or the default (engagement) wording.
# Kept in step with brandvoice.understand.model's Intent and Action (tests/test_cta.py).
DEFAULT_CTA = "default"
CtaKey = Literal[
    "default",
    IntentName,
    "apply",
    "book",
    "register",
    "buy",
    "read",
    "come",
    "bring_back",
    "none",
]

# The network ids a profile may name, from the network registry (brandvoice.networks).
KNOWN_NETWORKS: frozenset[str] = frozenset(all_networks())

DEFAULT_TEMPLATE = "default"

# The names the renderer (brandvoice.adaptation) puts in a template's context; keep in step.
# A template using any other name is refused at load time, with its file and line:
# otherwise a typo such as `{{ hastags }}` would only surface when a post is rendered.
TEMPLATE_CONTEXT_NAMES: frozenset[str] = frozenset(
    {
        "master",
        "lang",
        "sentences",
        "hook",
        "body",
        "cta",
        "cta_kind",
        "signature",
        "hashtags",
        "brand",
        "network",
        "voice",
        "title",
        "description",
        "dateline",
        "about",
        "link",
        "practical",
        "headline",
        "lead",
        "after_lead",
        "after_lead_sentences",
        "fact_sheet",
        "press_contact",
        "news_hook",
        "details",
        "detail_paragraphs",
        "after_lead_paragraphs",
    }
)

# The filters the renderer adds to Jinja2's, each writing a name after a French preposition
# (brandvoice.text.french.contraction): `{{ brand | de }}` → « du Sable d’Or ». "a" is
# « à » without its accent, easier to type. The renderer registers exactly these.
TEMPLATE_PREPOSITIONS: Mapping[str, Literal["de", "à"]] = MappingProxyType({"de": "de", "a": "à"})

# Only used to parse templates; rendering happens elsewhere in the same kind of sandbox.
# The limits matter here too: compiling folds constant expressions, and `9 ** (9**9)`
# folded at load time would hang it.
_JINJA = TemplateSandbox()
# Checking a template's names compiles it, which needs its filters to exist: their names are
# enough here, the renderer gives them their behaviour.
_JINJA.filters.update(dict.fromkeys(TEMPLATE_PREPOSITIONS, str))
_TEMPLATE_NAMES_ALLOWED = TEMPLATE_CONTEXT_NAMES | frozenset(_JINJA.globals)


def _known_network(network: str) -> str:
    if network not in KNOWN_NETWORKS:
        raise PydanticCustomError(
            "unknown_network",
            "unknown network '{network}'; known networks: {known}",
            {"network": network, "known": ", ".join(sorted(KNOWN_NETWORKS))},
        )
    return network


def _template_key(key: str) -> str:
    if key != DEFAULT_TEMPLATE and key not in KNOWN_NETWORKS:
        raise PydanticCustomError(
            "unknown_template_key",
            "template keys are 'default' or a network id; '{key}' is neither "
            "(known networks: {known})",
            {"key": key, "known": ", ".join(sorted(KNOWN_NETWORKS))},
        )
    return key


# Tags that load another template. A voice template stands alone: the renderer has no
# loader (they would fail on every post), and a profile must not read other files.
_LOADING_TAGS: Mapping[type[nodes.Node], str] = MappingProxyType(
    {
        nodes.Include: "{% include %}",
        nodes.Import: "{% import %}",
        nodes.FromImport: "{% from ... import %}",
        nodes.Extends: "{% extends %}",
    }
)


def _valid_template(source: str) -> str:
    try:
        tree = _JINJA.parse(source)
        _refuse_loading_tags(tree)
        # Compiles the template: an unknown filter (`| dee`) is reported here too.
        names = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError as exc:
        # The loader turns `template_line` into a line of the YAML file.
        raise PydanticCustomError(
            "template_syntax",
            "Jinja2 syntax error on line {template_line} of the template: {detail}",
            {"template_line": exc.lineno, "detail": exc.message or "invalid syntax"},
        ) from exc
    except (RecursionError, MemoryError) as exc:
        # Thousands of nested brackets or tags: the parser recurses once per level.
        raise PydanticCustomError(
            "template_syntax", "the template is nested too deeply to be read"
        ) from exc
    unknown = names - _TEMPLATE_NAMES_ALLOWED
    if unknown:
        raise PydanticCustomError(
            "template_variable",
            "template uses {names}, which the renderer does not provide; available: {known}",
            {
                "names": ", ".join(sorted(unknown)),
                "known": ", ".join(sorted(TEMPLATE_CONTEXT_NAMES)),
            },
        )
    return source


def _refuse_loading_tags(tree: nodes.Template) -> None:
    for node in tree.find_all(tuple(_LOADING_TAGS)):
        # Type "template_syntax", as the loader already knows it: it maps the line into the
        # YAML file and does not echo the template back.
        raise PydanticCustomError(
            "template_syntax",
            "{tag} on line {template_line} of the template: a voice template cannot load "
            "other templates; write everything it needs in it",
            {"tag": _LOADING_TAGS[type(node)], "template_line": node.lineno},
        )


_NETWORK_IDS_SCHEMA = {"type": "string", "enum": sorted(KNOWN_NETWORKS)}

NetworkId = Annotated[str, AfterValidator(_known_network), WithJsonSchema(_NETWORK_IDS_SCHEMA)]
TemplateKey = Annotated[
    str,
    AfterValidator(_template_key),
    WithJsonSchema({"type": "string", "enum": [DEFAULT_TEMPLATE, *sorted(KNOWN_NETWORKS)]}),
]
TemplateSource = Annotated[str, AfterValidator(_valid_template)]


def _out_of_order(low: float, high: float) -> PydanticCustomError:
    return PydanticCustomError(
        "range_order", "min ({low}) is greater than max ({high})", {"low": low, "high": high}
    )


class _Frozen(BaseModel):
    # Strict: YAML already gives ints, floats and booleans their types, so a quoted "3" or
    # a `yes` where a number belongs is a mistake to report, not to coerce.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Band(_Frozen):
    """An inclusive target range on brandvoice's 0-100 formality scale."""

    min: int = Field(ge=0, le=100, description="Lowest acceptable formality (0 = slangy).")
    max: int = Field(ge=0, le=100, description="Highest acceptable formality (100 = stiff).")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise _out_of_order(self.min, self.max)
        return self


# How much higher Kandel & Moles scores a French text than Flesch scores the same text in
# English: the median gap over CoCoA-MT's 600 English sentences and their French
# translations (shared test data), +6.5 again on blocks of ten sentences. Measured by
# `python benchmarks/voice_bands.py`.
FRENCH_EASE_OFFSET = 6.5


class ReadabilityBand(_Frozen):
    """An inclusive target range of reading ease (higher = easier).

    English texts are scored with Flesch's reading ease (206.835 - 1.015 x words per
    sentence - 84.6 x syllables per word); French texts with Kandel & Moles' adaptation
    (207 - 1.015 x words per sentence - 73.6 x syllables per word), which keeps the scale
    comparable. 60-70 is plain language; below 30 reads as academic. Very short sentences of
    one-syllable words score above 100, hence the 150 ceiling.

    A band is written on Flesch's English scale. Kandel & Moles still scores a French text
    higher than Flesch scores the same text in English, so a French text is held to the band
    moved up by :data:`FRENCH_EASE_OFFSET` (:meth:`bounds`).
    """

    min: float = Field(
        ge=0, le=150, description="Lowest acceptable reading ease, on Flesch's English scale."
    )
    max: float = Field(
        ge=0, le=150, description="Highest acceptable reading ease, on Flesch's English scale."
    )

    def bounds(self, lang: str) -> tuple[float, float]:
        """The band on ``lang``'s own formula's scale: the bounds a text in ``lang`` is held
        to (a French text's Kandel & Moles score against the band moved up by
        :data:`FRENCH_EASE_OFFSET`)."""
        offset = FRENCH_EASE_OFFSET if base_language(lang) == "fr" else 0.0
        return self.min + offset, self.max + offset

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise _out_of_order(self.min, self.max)
        return self


class Prompt(_Frozen):
    """A wording of ``cta`` for some intents only: an engagement prompt as a native editor
    of the language writes it for that kind of news ("Tempted? Let us know in the
    comments!" under a launch), never one translated from another language."""

    text: str = Field(
        description="The wording; the same placeholders as any `cta` wording ({link}...)."
    )
    intents: list[IntentName] = Field(
        min_length=1,
        description="The intents of the message (`brandvoice understand`) it is written "
        "for; under `default`, those where a question to the reader fits (opening, launch, "
        "award, news).",
    )


class EmojiPolicy(_Frozen):
    """How many emoji a variant may carry."""

    max: int = Field(ge=0, description="Most emoji allowed in one variant; 0 means none.")


class HashtagPolicy(_Frozen):
    """How many hashtags a variant carries, where, and how they are written."""

    min: int = Field(ge=0, description="Fewest hashtags a variant must carry.")
    max: int = Field(ge=0, description="Most hashtags a variant may carry; 0 means none.")
    position: Literal["end", "inline", "any"] = Field(
        description="'end': grouped after the text; 'inline': inside sentences; 'any': both."
    )
    casing: Literal["camel", "lower", "any"] = Field(
        description="'camel': #SmallBusiness (readable, screen-reader friendly); "
        "'lower': #smallbusiness; 'any': not checked."
    )
    tags: list[Annotated[str, Field(pattern=r"^#?\w+$")]] = Field(
        default_factory=list,
        description="The brand's own hashtags (e.g. '#Toulon', '#ComptoirDuMourillon'), "
        "added to every variant that carries hashtags, before those drawn from the message.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise _out_of_order(self.min, self.max)
        return self


class TypographyPolicy(_Frozen):
    """House typography. French puts a no-break space before ; : ! ? and inside « »."""

    french_space: Literal["narrow", "nbsp"] = Field(
        default="narrow",
        description="'narrow': U+202F before ; ! ? and inside « », U+00A0 before : "
        "(Imprimerie nationale); 'nbsp': U+00A0 everywhere (what most keyboards type).",
    )
    apostrophe: Literal["curly", "straight", "consistent"] = Field(
        default="consistent",
        description="'curly': ’ only; 'straight': ' only; 'consistent': either, not both.",
    )


_LINK_IN_BIO: dict[Lang, str] = {"fr": "lien en bio", "en": "link in bio"}


class LinkPolicy(_Frozen):
    """How links are written in variants."""

    utm: bool = Field(
        default=False,
        description="Add utm_source (the network), utm_medium (the network's kind: social) "
        "and utm_campaign to links to the brand's own domains, so visits can be traced to "
        "the network they came from. Never on the brand's own blog or website, whose links "
        "to its site are internal.",
    )
    utm_campaign: str | None = Field(
        default=None,
        pattern=r"^[\w.-]+$",
        description="utm_campaign value; omitted: 'brandvoice'.",
    )
    domains: list[str] = Field(
        default_factory=list,
        description="The brand's own domains (e.g. 'comptoir-mourillon.fr'): only links to "
        "them get UTM tags; empty: the domain of `home`, and without `home` no link is tagged.",
    )
    bio: dict[Lang, str] = Field(
        default_factory=lambda: _LINK_IN_BIO.copy(),
        description="Wording that stands for a link where links are not clickable "
        "(Instagram captions).",
    )
    home: str | None = Field(
        default=None,
        description="The brand's site, where a shortened variant points for the full text "
        "when the master has no link of its own.",
    )

    def own_domains(self) -> tuple[str, ...]:
        """The domains whose links are the brand's: those declared, else its home page's
        (written as a link: UTM matching reads the host from it), else none. Tagging
        another site's links would hand that site analytics about the brand's campaign."""
        if self.domains:
            return tuple(self.domains)
        return (self.home,) if self.home else ()


class SentencePolicy(_Frozen):
    """Sentence length, in words."""

    target_words: int = Field(ge=1, description="Typical sentence length aimed for, in words.")
    max_words: int = Field(ge=1, description="Longest acceptable sentence, in words.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.target_words > self.max_words:
            raise PydanticCustomError(
                "range_order",
                "target_words ({target}) is greater than max_words ({limit})",
                {"target": self.target_words, "limit": self.max_words},
            )
        return self


class LengthPolicy(_Frozen):
    """How long a post's text should run, in words."""

    target_words: int = Field(
        ge=1,
        description="Words the text (hook and body, not the call to action, practical lines "
        "or tags) should stay within: over it, sentences of secondary detail are left out, "
        "least important first. A sentence that says a key fact (what, when, where, price, "
        "how to act), asks the reader to act or is the first is never left out.",
    )


class Term(_Frozen):
    """A preferred wording and the wordings it replaces."""

    preferred: str = Field(min_length=1, description="The wording to use, e.g. 'courriel'.")
    forbidden: list[Annotated[str, Field(min_length=1)]] = Field(
        min_length=1, description="Wordings to flag and replace with the preferred one."
    )
    lang: Lang | None = Field(
        default=None, description="Language the rule applies to; omitted: both languages."
    )


def _region_tag(value: str) -> str:
    locale = normalize_locale(value)
    if locale is None:
        raise PydanticCustomError(
            "locale", "unsupported language tag; use one of: {tags}", {"tags": ", ".join(LOCALES)}
        )
    return locale


def _vocabulary_entry(entry: str) -> str:
    try:
        return validate_entry(entry)
    except VocabularyError as error:
        raise PydanticCustomError("vocabulary_entry", "{reason}", {"reason": str(error)}) from None


VocabularyEntry = Annotated[str, AfterValidator(_vocabulary_entry)]


class Vocabulary(_Frozen):
    """Words the brand accepts and rejects, as Vale's vocabularies: each entry a regular
    expression matched against whole words, case-sensitive unless it says ``(?i)``."""

    accept: list[VocabularyEntry] = Field(
        default_factory=list,
        max_length=MAX_ENTRIES,
        description="Words that are never spelling errors: the brand's names, products, "
        "jargon ('Northwind', 'coworking', '(?i)e-?shop'). LanguageTool's, Grammalecte's and "
        "brandvoice's findings on them are dropped.",
    )
    reject: list[VocabularyEntry] = Field(
        default_factory=list,
        max_length=MAX_ENTRIES,
        description="Words the brand never writes, flagged wherever they appear "
        "(terminology.rejected).",
    )

    def merged(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary(
            accept=[*self.accept, *other.accept], reject=[*self.reject, *other.reject]
        )


class Glossary(_Frozen):
    """Names and terms the brand always writes one way."""

    brands: list[Annotated[str, Field(min_length=1)]] = Field(
        default_factory=list,
        description="Proper names with their exact casing, e.g. 'LinkedIn', 'YouTube'.",
    )
    terms: list[Term] = Field(
        default_factory=list, description="Preferred wordings and what they replace."
    )


# The jurisdictions brandvoice has compliance rules for (src/brandvoice/checks/compliance/data).
Jurisdiction = Literal["FR", "BE", "CH", "CA-QC", "UK", "US"]
# Sectors some of those rules apply to: every post of an alcohol business is read as
# advertising for an alcoholic drink (loi Évin).
Sector = Literal["alcohol", "retail", "hospitality", "food"]
# The words French law requires in alcohol advertising (Code de la santé publique, L3323-4).
HEALTH_MESSAGE_FR = "L'abus d'alcool est dangereux pour la santé"


def _folded(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def has_health_message(text: str) -> bool:
    """Whether ``text`` says the words French law requires, whatever its apostrophes,
    spaces (no-break ones included) and case: one reading for the profile's own wording
    and for the check of every post (``compliance.fr-alcohol-health-message``)."""
    return _folded(HEALTH_MESSAGE_FR) in _folded(text)


def _health_message(value: str) -> str:
    if not has_health_message(value):
        raise PydanticCustomError(
            "health_message",
            "the health message must contain the words the law requires: '{required}'",
            {"required": HEALTH_MESSAGE_FR},
        )
    return value


class Partnership(_Frozen):
    """Every post of this voice is paid for by, or made with, a partner brand."""

    partner: str | None = Field(
        default=None,
        min_length=1,
        description="The partner brand, named in the disclosure ('Collaboration commerciale "
        "avec Maison Duval'); omitted: the disclosure alone ('Publicité', 'Ad').",
    )


class VoiceProfile(_Frozen):
    """How a brand speaks on a kind of channel: register, form and ready-made wording."""

    name: str = Field(
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        description="Slug naming the voice, e.g. 'acme-linkedin'. Never inherited.",
    )
    extends: str | None = Field(
        default=None,
        description="Voice this one builds on: a built-in name or a path relative to this "
        "file. Mappings merge (this file wins); lists and strings replace.",
    )
    description: str = Field(min_length=1, description="What the voice is for, in a sentence.")
    audience: str = Field(min_length=1, description="Who reads texts in this voice.")
    formality: Band = Field(
        description="Target register on a 0-100 scale: 0 is slangy, 50 conversational, "
        "100 administrative."
    )
    address: Literal["vous", "tu"] = Field(description="How French texts address the reader.")
    person: Literal["we", "brand", "I", "on"] = Field(
        description="Who speaks: 'we' (nous/we), 'brand' (the brand name in the third "
        "person, set brand_name), 'I' (je/I, a founder's voice) or 'on' (French: the "
        "casual « on » for « nous », « on vous attend »; English keeps 'we')."
    )
    brand_name: str | None = Field(
        default=None,
        min_length=1,
        validate_default=True,
        description="The brand as written in texts; required when person is 'brand'.",
    )
    contractions: Literal["avoid", "allow", "prefer"] = Field(
        description="English contractions (don't, we're): 'avoid' them, 'allow' them or "
        "'prefer' them. French has no equivalent choice."
    )
    emoji: EmojiPolicy = Field(description="Emoji policy.")
    hashtags: HashtagPolicy = Field(description="Hashtag policy.")
    max_exclamations: int = Field(ge=0, description="Most exclamation marks in one variant.")
    sentences: SentencePolicy = Field(description="Sentence length policy.")
    length: LengthPolicy | None = Field(
        default=None,
        description="Post length policy; omitted: the text keeps every sentence the network's "
        "limit allows.",
    )
    readability: ReadabilityBand = Field(
        description="Target reading ease, higher is easier, on Flesch's English scale: an "
        "English text is scored with Flesch's formula, a French one with Kandel & Moles' "
        "and held to the band + 6.5 (docs/voices.md)."
    )
    cta: dict[CtaKey, dict[Lang, str | list[str | Prompt]]] | dict[Lang, str] = Field(
        description="Calls to action, offered to templates as `cta`: keyed by a message's "
        "intent (hiring, recall, incident, event...), its action (apply, book, register, buy, "
        "read, come, bring_back) or 'default' (used only where a question to the reader fits: "
        "launch, opening, award, news); per language, a wording or a list of alternatives, "
        "the first whose placeholders the message fills winning: {link}, {email}, {phone}, "
        "{contact}, {what}, {when}, {where}, {brand}. An alternative may be a {text, intents} "
        "prompt, offered only to a message of one of its intents. '' means none. A plain "
        "{fr: ..., en: ...} is the 'default' one."
    )
    signature: dict[Lang, str] = Field(
        description="Sign-off per language, offered to templates as `signature`. '': none, "
        "except on the brand's own blog or website, where a profile with a brand_name is "
        "signed '— {brand_name}'."
    )
    glossary: Glossary = Field(
        default_factory=Glossary, description="Brand names and preferred terms."
    )
    vocabulary: Vocabulary = Field(
        default_factory=Vocabulary,
        description="Words accepted (never typos) and rejected (always flagged); the "
        "brand_name and the glossary's brands are accepted without being listed.",
    )
    typography: TypographyPolicy = Field(
        default_factory=TypographyPolicy, description="Spaces and apostrophes."
    )
    links: LinkPolicy = Field(default_factory=LinkPolicy, description="Link policy.")
    location: str | None = Field(
        default=None,
        min_length=1,
        description="Where the brand is, for press-note datelines ('Toulon').",
    )
    locale: Annotated[str, AfterValidator(_region_tag)] | None = Field(
        default=None,
        description="The brand's regional variant (en-GB, en-CA, fr-CA, fr-BE...): a text in "
        "its language checked with no region given (fr, en, auto) is checked in it, and its "
        "press notes are dated its way.",
    )
    jurisdiction: Jurisdiction | None = Field(
        default=None,
        description="The country (or province) whose law the brand's posts answer to: FR, "
        "BE, CH, CA-QC, UK or US. The compliance.* checks apply its rules (docs/compliance.md); "
        "omitted: only the platforms' own rules apply. Help, not legal advice.",
    )
    sectors: list[Sector] = Field(
        default_factory=list,
        description="What the business sells, when the law has rules for it: 'alcohol' (a "
        "wine estate, a brewery, a bar: every post is read as alcohol advertising), "
        "'retail', 'hospitality', 'food'.",
    )
    department: (
        Annotated[str, Field(pattern=r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8])$")] | None
    ) = Field(
        default=None,
        description="France: the business's department or overseas territory (INSEE code: "
        "'57', '2A', '971'), for the dates of its sales (soldes); omitted: read from a postcode "
        "or a department's name in `location`, else the national dates.",
    )
    partnership: Partnership | None = Field(
        default=None,
        description="Set when every post of this voice is a paid partnership (an influencer's "
        "or a co-branded campaign's voice): each variant then opens with the disclosure the "
        "jurisdiction asks for. A master can also declare one ('sponsorisé', '#ad'...).",
    )
    health_message: Annotated[str, AfterValidator(_health_message)] = Field(
        default=HEALTH_MESSAGE_FR + ".",
        description="France: the health message added to every post about an alcoholic drink; "
        "it must contain 'L'abus d'alcool est dangereux pour la santé' and may add "
        "', à consommer avec modération'.",
    )
    editorial: dict[NetworkId, PolicyOverride] = Field(
        default_factory=dict,
        description="Editorial policy per network, over brandvoice's defaults: posts per day "
        "and week at most, allowed days and hours, minimum gap, public holidays (see "
        "docs/campaigns.md). A campaign's `policy` overrides it in turn.",
    )
    press_contact: str | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="Who journalists call or write to, as the press note prints it under its "
        "'Contact presse' / 'Press contact' heading ('Marie Durand, 06 12 34 56 78, "
        "presse@comptoir.fr'); omitted: no contact section (none is made up).",
    )
    about: dict[Lang, str] = Field(
        default_factory=dict,
        description="'About the brand' boilerplate per language, offered to templates as "
        "`about` (press notes end with it).",
    )
    networks: list[NetworkId] = Field(
        min_length=1, description="Networks this voice writes for when none is asked for."
    )
    templates: dict[TemplateKey, TemplateSource] = Field(
        description="Jinja2 templates keyed 'default' or a network id; the renderer offers "
        "master, lang, sentences, hook, body, cta, cta_kind (the `cta` key it came from: "
        "'default' for the engagement question, an intent or action, '' for none), signature, "
        "hashtags, brand, network "
        "(.id, .name, .limit), voice, title (the hook without its final stop), description "
        "(a summary of at most 155 characters), dateline, about, link (the master's "
        "first link), practical (a social post's 📅 / 📍 lines, a closure's 🔒 / 🔓, how to act "
        "on a 📞 / 👉 line) and fact_sheet (a press "
        "note's practical information: a heading, then labelled date, place, price and "
        "contact lines), press_contact, news_hook (a social post's opening line: the "
        "headline, or the first sentence cut before what the practical lines give), "
        "details (the sentences after it that say more, a list one piece on its lines) and "
        "detail_paragraphs (the details two to a paragraph, a list a paragraph of its own; "
        "after_lead_paragraphs, an article's, three to a paragraph). "
        "Filters `de` and `a` write a name "
        "after French "
        "« de » / « à » in the text's language: `{{ brand | de }}` gives 'du Sable d’Or', "
        "'d’Atelier Cuir' or 'de La Ferme', `{{ brand | a }}` 'au Comptoir'; in English the "
        "name as it is."
    )

    @field_validator("cta", mode="before")
    @classmethod
    def _cta_by_key(cls, value: object) -> object:
        """``{fr: "...", en: "..."}`` (one wording per language) is the default call to
        action; a single wording is a list of one."""
        if not isinstance(value, dict):
            return value
        # A brand's flat {fr, en} merged over a built-in's keyed one: the brand's default.
        flat = {key: value[key] for key in LANGS if key in value}
        value = {key: v for key, v in value.items() if key not in LANGS}
        if flat:
            default = value.get(DEFAULT_CTA)
            value[DEFAULT_CTA] = {**(default if isinstance(default, dict) else {}), **flat}
        return {
            key: (
                {lang: [w] if isinstance(w, str) else w for lang, w in per_lang.items()}
                if isinstance(per_lang, dict)
                else per_lang
            )
            for key, per_lang in value.items()
        }

    @field_validator("brand_name")
    @classmethod
    def _brand_named(cls, brand_name: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("person") == "brand" and brand_name is None:
            # brand_name is likely absent from the file: point the user at `person`.
            raise PydanticCustomError(
                "brand_name_missing",
                "person is 'brand', so brand_name must be set",
                {"located_at": "person"},
            )
        return brand_name

    @field_validator("networks")
    @classmethod
    def _distinct(cls, networks: list[str]) -> list[str]:
        repeated = sorted({n for n in networks if networks.count(n) > 1})
        if repeated:
            raise PydanticCustomError(
                "duplicate_network", "{names} listed more than once", {"names": ", ".join(repeated)}
            )
        return networks

    @field_validator("templates")
    @classmethod
    def _has_default(cls, templates: dict[str, str]) -> dict[str, str]:
        if DEFAULT_TEMPLATE not in templates:
            raise PydanticCustomError(
                "default_template_missing", "a 'default' template is required"
            )
        return templates

    def template_for(self, network: str) -> str:
        """The template for the network id ``network``, or the default one.

        Any id is accepted: a network the voice has no template of its own for, known
        to this module or not, gets the default template.
        """
        return self.templates.get(network, self.templates[DEFAULT_TEMPLATE])

    @property
    def names(self) -> tuple[str, ...]:
        """The names written exactly as the brand writes them: its glossary's, and its own."""
        own = (self.brand_name,) if self.brand_name else ()
        return (*self.glossary.brands, *own)

    def about_for(self, lang: Lang) -> str:
        """The 'about' boilerplate in ``lang`` ('' when the voice has none)."""
        return self.about.get(lang, "")

    @property
    def cta_choices(self) -> dict[str, dict[str, list[Prompt | str]]]:
        """``cta`` by key and language, each a list of alternatives (see the field): a
        wording for any message, or a :class:`Prompt` for some intents."""
        return {
            str(key): {
                str(lang): [w] if isinstance(w, str) else list(w)
                for lang, w in (per_lang.items() if isinstance(per_lang, dict) else ())
            }
            for key, per_lang in self.cta.items()
        }

    @property
    def cta_wordings(self) -> dict[str, dict[str, list[str]]]:
        """``cta`` by key and language, the text of each alternative, prompts included."""
        return {
            key: {
                lang: [w.text if isinstance(w, Prompt) else w for w in wordings]
                for lang, wordings in per_lang.items()
            }
            for key, per_lang in self.cta_choices.items()
        }

    def cta_for(self, lang: Lang) -> str:
        """The default call to action in ``lang``, without placeholders: its first wording
        for any intent, else its prompt for the most intents (the first of those)."""
        wordings = [
            w
            for w in self.cta_choices.get(DEFAULT_CTA, {}).get(lang, [])
            if "{" not in (w.text if isinstance(w, Prompt) else w)
        ]
        plain = next((w for w in wordings if isinstance(w, str)), None)
        if plain is not None:
            return plain
        prompts = [w for w in wordings if isinstance(w, Prompt)]
        return max(prompts, key=lambda p: len(p.intents)).text if prompts else ""

    def signature_for(self, lang: Lang) -> str:
        """The sign-off in ``lang`` ('' when the voice has none)."""
        return self._per_language("signature", self.signature, lang)

    def _per_language(self, field: str, texts: dict[Lang, str], lang: Lang) -> str:
        try:
            return texts[lang]
        except KeyError:
            raise InputError(
                f"voice {self.name!r} has no {field} in {lang!r}; add one to its profile",
                field=f"{field}.{lang}",
            ) from None
