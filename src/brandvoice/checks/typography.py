"""Typography rules, French and English: spaces around punctuation, guillemets,
parentheses, commas, double spaces and apostrophes. All offline and fast."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.pattern import PatternRule, compile_pattern
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
_FR = frozenset({"fr"})
_EN = frozenset({"en"})
# Regions whose French puts no space (or a narrow one) before ; ! ?: Quebec, after the
# OQLF's Banque de dépannage linguistique, and Switzerland, after the Guide du typographe
# (Groupe de Lausanne de l'Association suisse des typographes: a thin space) and the
# Chancellerie fédérale's practice (none: "let. a;", "?"). Belgium follows France's
# Imprimerie nationale, as Belgian publishing does (Grevisse and Goosse, Le Bon Usage).
NO_SPACE_BEFORE_DOUBLE_MARKS = frozenset({"fr-CA", "fr-CH"})
# Emoticons look like punctuation but are not: ":)", ";-)", ":D", ":p".
_EMOTICON_TAIL = r"(?!-?[()DPp](?![\p{L}]))"


def french_space(ctx: CheckContext, mark: str) -> str:
    """The no-break space French wants before ``mark`` (or after « / before »)."""
    if ctx.voice.typography.french_space == "nbsp" or mark == ":":
        return NBSP
    return NARROW_NBSP


class _TypographyRule(PatternRule):
    category = Category.TYPOGRAPHY
    kind = RuleKind.SUBSTITUTION
    fix = Fix.SAFE


# Marks that are no punctuation, found in Grammalecte's correct test sentences: a drive
# letter (« D:\Data », « C: »), an HTML entity (« &nbsp; »), an HTML comment (« <!-- »,
# « --> ») and parentheses around the optional letters of a word (« (re)voir »,
# « il (n')est »: lowercase, and no (c), (r) or (tm) standing for ©, ® or ™).
# LanguageTool's typography and spelling findings there are dropped too (checks/filters.py).
_NOT_PUNCTUATION = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}:(?=[\\/]|\s*[»”\"])|&#?\w{2,8};|<!(?:--)?|-->"
    r"|\((?!(?:c|r|tm)\))\p{Ll}+['’]?\)(?=\p{L})|(?<=\p{L})\((?!(?:c|r|tm)\))\p{Ll}+\)"
)


def not_punctuation(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose marks are no punctuation (above): no typography rule
    judges them."""
    return [m.span() for m in _NOT_PUNCTUATION.finditer(text)]


class FrenchSpaceMissing(_TypographyRule):
    id = "typography.french-space-missing"
    severity = Severity.WARNING
    langs = _FR
    summary = "French needs a no-break space before ; : ! ? and » and after «."
    rationale = (
        "French typography separates the double punctuation marks and guillemets from the "
        "word with a no-break space (narrow before ; ! ?, full before :), so that the mark "
        "never starts a line (Lexique des règles typographiques en usage à l'Imprimerie "
        "nationale, « Ponctuation »); Belgian French (fr-BE) follows the same rules. Times "
        "(10:30) and URLs are left alone. Quebec French (fr-CA) follows the Office québécois "
        "de la langue française: a narrow no-break space or none before ; ! ? (Vitrine "
        "linguistique, « Espacement avant et après les signes de ponctuation et les "
        "symboles »), a no-break space before : and inside « ». Swiss French (fr-CH) does "
        "the same: a thin space before ; ! ? in the Guide du typographe (Groupe de Lausanne "
        "de l'Association suisse des typographes), none in the Chancellerie fédérale's "
        "texts, and a no-break space before : and inside « » in both."
    )
    # A mark glued to the previous character, unless it sits between digits (10:30) or
    # follows another mark (?!, !!!); and « glued to the next character.
    pattern = compile_pattern(
        r"(?<=[^\s\p{P}]|[)\]»\"'’])([;:!?»])(?!(?<=:)\d)" + _EMOTICON_TAIL + r"|«(?=[^\s])"
    )
    examples = (
        Example("Bienvenue à tous! On ouvre samedi.", "!", lang="fr"),
        Example("Le programme: dégustations et ateliers.", ":", lang="fr"),
        Example("Il a dit «bonjour » hier.", "«", lang="fr"),
        Example(
            "Bienvenue à tous\u202f! Rendez-vous à 10:30 sur https://ex.fr/?a=1",
            None,
            "x",
            lang="fr",
        ),
        Example("Quoi ?! Déjà samedi !!! 😀", None, lang="fr"),
        # Quebec and Switzerland: nothing before ; ! ?, a no-break space before : all the
        # same; Belgium: France's rules.
        Example("Bienvenue à tous! On ouvre samedi; venez tôt.", None, lang="fr-CA"),
        Example("Le programme: dégustations et ateliers.", ":", lang="fr-CA"),
        Example("Bienvenue à tous! On ouvre samedi; venez tôt. Vous venez?", None, lang="fr-CH"),
        Example("Le programme: dégustations et ateliers.", ":", lang="fr-CH"),
        Example("Il a dit «bonjour » hier.", "«", lang="fr-CH"),
        Example("Bienvenue à tous! On ouvre samedi.", "!", lang="fr-BE"),
        Example("On ouvre samedi; venez tôt.", ";", lang="fr-BE"),
        Example(
            "Le dossier D:\\Data, la partition « C: » et le code &nbsp; <!-- note -->",
            None,
            lang="fr",
        ),
    )

    def on_match(self, match: Any, ctx: CheckContext) -> Finding | None:
        if ctx.locale in NO_SPACE_BEFORE_DOUBLE_MARKS and match.group() in ";!?":
            return None
        start = match.start()
        window = _NOT_PUNCTUATION.finditer(ctx.text, max(0, start - 9), start + 3)
        if any(m.start() <= start < m.end() for m in window):
            return None
        return super().on_match(match, ctx)

    def message(self, match: Any, ctx: CheckContext) -> str:
        mark = match.group()
        if mark == "«":
            return "add a no-break space after « in French"
        return f"add a no-break space before {mark!r} in French"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        mark = str(match.group())
        if mark == "«":
            return "«" + french_space(ctx, mark)
        return french_space(ctx, mark) + mark


class FrenchSpaceBreakable(_TypographyRule):
    id = "typography.french-space-breakable"
    severity = Severity.INFO
    langs = _FR
    summary = "An ordinary space before ; : ! ? » or after « can break the line there."
    rationale = (
        "With an ordinary space the mark may be pushed alone to the next line; a no-break "
        "space (U+00A0, or the narrow U+202F) keeps it with its word."
    )
    pattern = compile_pattern(r"(?<=[^\s]) (?=[;:!?»]" + _EMOTICON_TAIL + r")|(?<=«) ")
    examples = (
        Example("Bienvenue à tous ! On ouvre samedi.", " ", lang="fr"),
        Example("Bienvenue à tous\u202f! Au programme\u00a0: ateliers.", None, lang="fr"),
        Example("Trop bien :) à samedi", None, lang="fr"),
        # Switzerland may set ; ! ? without a space, but an ordinary one still breaks.
        Example("Vous venez ? On ouvre samedi.", " ", lang="fr-CH"),
        Example("Vous venez\u202f? Vous venez? Au programme\u00a0: ateliers.", None, lang="fr-CH"),
    )

    def message(self, match: Any, ctx: CheckContext) -> str:
        return "use a no-break space here so the mark stays with its word"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        after = ctx.text[match.end() : match.end() + 1]
        return french_space(ctx, after if after in ";:!?»" else "«")


# Unit symbols French separates from their number (SI symbols, currencies, computer
# sizes): "10 km", "2 h", "500 g", "15 CHF". Only after an ordinary space: glued letters
# ("10km", "A4", "5G") may be a product or a code.
_UNIT_SYMBOLS = (
    "km/h|km²|km|m²|m³|cm|mm|m|kg|mg|g|cl|cL|ml|mL|dl|l|L|ha|h|min|°C|kWh|kW|Mo|Go|Ko|CHF"
)


class FrenchSpaceBeforeUnit(_TypographyRule):
    id = "typography.french-space-unit"
    severity = Severity.INFO
    langs = _FR
    summary = "French puts a no-break space between a number and its unit: %, €, km, h."
    rationale = (
        "« 10 % », « 25 € », « 12 km », « 10 h 30 »: French separates a unit's symbol from "
        "its number, with a no-break space so that the symbol never starts a line (Lexique "
        "des règles typographiques en usage à l'Imprimerie nationale, « Nombres » and "
        "« Symboles des unités de mesure »; the Office québécois de la langue française asks "
        "the same in Quebec, % included). An ordinary space is fixed, and a sign glued to "
        "its number (« 30% », « 25€ »); letters glued to a number (« 10km », « A4 ») may be "
        "a code and are left alone. The hour's h counts: « 10 h » takes the space, and so "
        "does the one before the minutes in « 10 h 30 »."
    )
    # A sign after a digit, glued or after an ordinary space; a unit symbol after a digit
    # and an ordinary space; the minutes after « 10 h ». Never inside a word or a link.
    pattern = compile_pattern(
        r"(?<=\d)(?: ?)(?=[%‰€$£](?![\p{L}\p{N}]))"
        r"|(?<=\d) (?=(?:" + _UNIT_SYMBOLS + r")(?![\p{L}\p{N}'’/²³]))"
        r"|(?<=\d[ \u00a0\u202f]h) (?=\d\d(?![\p{N}]))"
    )
    examples = (
        Example("Jusqu'à -30 % sur toute la boutique.", " ", lang="fr"),
        Example("Jusqu'à -30% sur toute la boutique.", "", lang="fr"),
        Example("L'atelier coûte 25 € par personne.", " ", lang="fr"),
        Example("Une balade de 12 km au départ du port.", " ", lang="fr"),
        Example("Rendez-vous à 10\u202fh 30 devant la mairie.", " ", lang="fr"),
        Example("Un pot de 370 g, à 4 h de route.", " ", lang="fr"),
        Example("Le tarif passe à 15 CHF l'entrée.", " ", lang="fr-CH"),
        Example("Jusqu'à -30 % en magasin.", " ", lang="fr-CA"),
        Example("Jusqu'à -30\u202f% et 25\u202f€ l'atelier.", None, lang="fr"),
        Example(
            "Dès 10\u202fh\u202f30, 12\u00a0km à vélo ; 2 l'an dernier, 10km et 4G ailleurs.",
            None,
            lang="fr",
        ),
        Example("Up to 30% off everything, 12 km from town.", None),
    )

    def message(self, match: Any, ctx: CheckContext) -> str:
        unit = regex.match(r"[%‰€$£]|[\p{L}°/²³]+|\d+", ctx.text[match.end() :])
        sign = unit.group() if unit else ""
        if sign.isdigit():
            return "put a no-break space between h and the minutes in French"
        return f"put a no-break space between the number and {sign!r} in French"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return NBSP if ctx.voice.typography.french_space == "nbsp" else NARROW_NBSP


class UnitSymbolCase(_TypographyRule):
    id = "typography.unit-symbol-case"
    severity = Severity.WARNING
    summary = "A unit symbol keeps its case: kg, km, km/h, kW, kWh (not Kg, KM, Kw, KWh)."
    rationale = (
        "A unit symbol is spelled, not styled: the prefix kilo is a lowercase k and the "
        "watt, a man's name (James Watt), a capital W (International System of Units, "
        "BIPM brochure, 9th edition; Lexique des règles typographiques en usage à "
        "l'Imprimerie nationale, « Symboles des unités de mesure »). « 5 Kg », « 10 KM », "
        "« une borne de 22 kw » are misspellings a reader notices on a label or a price. "
        "Only after a number, and a line written in capitals only (« PROMO 5 KG ») is left "
        "alone."
    )
    # After a number (glued or spaced): kilo-prefixed grams, metres (and km/h) and watts
    # (and watt-hours) in any case; the match is flagged only when its right form differs.
    pattern = compile_pattern(
        r"(?<=\d[ \u00a0\u202f]?)(?:[Kk][Ww](?:[·.]?[Hh])?|[Kk][GgMm](?:/[Hh])?)"
        r"(?![\p{L}\p{N}'’-])"
    )
    examples = (
        Example("L'appareil a consommé 5 KW·h.", "KW·h", lang="fr"),
        Example("Un sac de 5 Kg de pommes.", "Kg", lang="fr"),
        Example("Une balade de 10 KM au départ du port.", "KM", lang="fr"),
        Example("A 22 kw charging point.", "kw"),
        Example("Un sac de 5 kg, 10 km à 20 km/h, une borne de 22 kW et 3 kWh.\nPROMO 5 KG",
                None, lang="fr"),
    )  # fmt: skip

    def on_match(self, match: Any, ctx: CheckContext) -> Finding | None:
        start = ctx.text.rfind("\n", 0, match.start()) + 1
        end = ctx.text.find("\n", match.end())
        line = ctx.text[start : len(ctx.text) if end < 0 else end]
        if not any(c.islower() for c in line.replace(match.group(), "")):
            return None  # a line in capitals: the case is the line's, not the symbol's
        if self.replacement(match, ctx) == match.group():
            return None
        return super().on_match(match, ctx)

    def message(self, match: Any, ctx: CheckContext) -> str:
        return f"the unit symbol is written « {self.replacement(match, ctx)} »"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        symbol: str = match.group()
        unit = "W" if symbol[1] in "wW" else symbol[1].lower()
        return "k" + unit + symbol[2:].lower()


class FrenchThousands(_TypographyRule):
    id = "typography.french-thousands"
    severity = Severity.INFO
    langs = _FR
    summary = "French groups the digits of an amount of five or more by three: 12 000 €."
    rationale = (
        "« 12 000 € », « 25 000 km »: French separates the thousands of a number of five "
        "digits or more with a narrow no-break space (Lexique des règles typographiques en "
        "usage à l'Imprimerie nationale, « Nombres »; the OQLF asks the same in Quebec). "
        "Only a number followed by its unit or currency is grouped: a bare number may be a "
        "postcode (83000), a phone number or an order number, which are never grouped; four "
        "digits (1500 €, a year) are left as written. Swiss French also groups amounts "
        "with an apostrophe (« CHF 1’250.– », « 12’500 CHF »): such a number is already "
        "grouped and never flagged; the fix writes the space, which Switzerland uses too."
    )
    pattern = compile_pattern(
        r"(?<![\p{N}.,\u00a0\u202f]|\p{N} )\d{5,}(?=(?:,\d+)?[ \u00a0\u202f]?(?:[%‰€$£]|(?:"
        + _UNIT_SYMBOLS
        + r")(?![\p{L}\p{N}'’/²³])))"
    )
    examples = (
        Example("Une cagnotte de 12000 € pour le club.", "12000", lang="fr"),
        Example("Un tour de 25000\u202fkm en un an.", "25000", lang="fr"),
        Example(
            "12\u202f000\u202f€ récoltés, 1500\u202f€ de dons, à 83000 Toulon en 2026.",
            None,
            lang="fr",
        ),
        Example("We raised 12000 € for the club.", None),
        Example("Une cagnotte de 12500 CHF pour le club.", "12500", lang="fr-CH"),
        Example(
            "Le menu à CHF 1’250.–, l’abonnement à 12’500\u202fCHF ou 12'500.50\u202fCHF.",
            None,
            lang="fr-CH",
        ),
        Example("Une cagnotte de 12000 € pour le club.", "12000", lang="fr-BE"),
    )

    def message(self, match: Any, ctx: CheckContext) -> str:
        return "group the digits by three with no-break spaces in French"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        digits = str(match.group())
        space = NBSP if ctx.voice.typography.french_space == "nbsp" else NARROW_NBSP
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        return space.join(groups)


class EnglishThousands(_TypographyRule):
    id = "typography.english-thousands"
    severity = Severity.INFO
    langs = _EN
    summary = "English groups the digits of an amount of five or more with commas: £12,000."
    rationale = (
        "« £12,000 », « 25,000 km »: English style guides write the thousands of a number "
        "with a comma (AP Stylebook, « numerals »; GOV.UK style guide, « numbers »). As in "
        "French, only an amount is grouped: a number after a currency sign or before its "
        "unit or currency. A bare number may be a postcode, a phone or an order number, "
        "never grouped; four digits (£1500, a year) are left as written, which the guides "
        "allow."
    )
    pattern = compile_pattern(
        r"(?<![\p{N}.,\u00a0\u202f]|\p{N} )"
        r"(?:(?<=[£$€])\d{5,}(?![\p{N},])|\d{5,}(?=(?:\.\d+)?[ \u00a0\u202f]?(?:[%‰€$£]|(?:"
        + _UNIT_SYMBOLS
        + r")(?![\p{L}\p{N}'’/²³]))))"
    )
    examples = (
        Example("We raised £12000 for the club.", "12000"),
        Example("A 25000 km tour in one year.", "25000"),
        Example("£12,000 raised, £1500 in gifts, at 90210 Beverly Hills in 2026.", None),
        Example("Une cagnotte de 12000 € pour le club.", None, lang="fr"),
    )

    def message(self, match: Any, ctx: CheckContext) -> str:
        return "group the digits by three with commas in English"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        digits = str(match.group())
        head = len(digits) % 3 or 3
        return ",".join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


class EnglishSpaceBeforePunctuation(_TypographyRule):
    id = "typography.space-before-punctuation"
    severity = Severity.WARNING
    langs = _EN
    advice = "remove the space: English sets ; : ! ? against the word"
    summary = "English puts no space before ; : ! or ?."
    rationale = "Unlike French, English sets ; : ! ? tight against the preceding word."
    pattern = compile_pattern(r"(?<=[\p{L}\p{N})])[ \u00a0\u202f]+(?=[;:!?]" + _EMOTICON_TAIL + ")")
    examples = (
        Example("Welcome everyone ! We open on Saturday.", " "),
        Example("Welcome everyone! Doors open at 10:30 :)", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return ""


class SpaceBeforeComma(_TypographyRule):
    id = "typography.space-before-comma"
    severity = Severity.WARNING
    advice = "remove the space before the punctuation mark"
    summary = "No space goes before a comma or a full stop."
    rationale = "In French as in English, commas and full stops follow the word directly."
    pattern = compile_pattern(r"(?<=[\p{L}\p{N})])[ \u00a0\u202f]+(?=[,.](?!\.))")
    examples = (
        Example("Tastings , workshops and music.", " "),
        Example("Dégustations , ateliers et musique.", " ", lang="fr"),
        Example("Tastings, workshops and music ... and more.", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return ""


class CommaSpace(_TypographyRule):
    id = "typography.comma-space"
    severity = Severity.WARNING
    advice = "add a space after the comma"
    summary = "A comma is followed by a space."
    rationale = "A comma glued to the next word reads as a typo; decimals (3,5) are fine."
    pattern = compile_pattern(r"(?<=[\p{L}\p{N}]),(?=\p{L})")
    examples = (
        Example("Tastings,workshops and music.", ","),
        Example("Un verre à 3,5 € et des tapas, bien sûr.", None, lang="fr"),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return ", "


class ParenthesisSpace(_TypographyRule):
    id = "typography.parenthesis-space"
    severity = Severity.WARNING
    advice = "remove the space inside the parentheses"
    summary = "No space after an opening parenthesis or before a closing one."
    rationale = "Parentheses hug their content in both French and English."
    pattern = compile_pattern(r"(?<=\()[ \u00a0\u202f]+|(?<=\S)[ \u00a0\u202f]+(?=\))")
    examples = (
        Example("Open on Saturday ( from 10 am).", " "),
        Example("Ouvert samedi (dès 10 h ).", " ", lang="fr"),
        Example("Open on Saturday (from 10 am).", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return ""


class DoubleSpace(_TypographyRule):
    id = "typography.double-space"
    severity = Severity.INFO
    advice = "one space is enough"
    summary = "Two or more spaces between words."
    rationale = "A doubled space shows as a gap on every network; one space is enough."
    pattern = compile_pattern(r"(?<=\S) {2,}(?=\S)")
    examples = (
        Example("Open on  Saturday.", "  "),
        Example("Open on Saturday.\n  Indented line stays.", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return " "


class SentenceSpace(_TypographyRule):
    id = "typography.sentence-space"
    severity = Severity.WARNING
    summary = "A space follows the end of a sentence."
    advice = "add a space after the end of the sentence"
    rationale = (
        "'samedi.Au programme' glues two sentences together; abbreviations such as U.S. and "
        "domain names (shop.Example) are left alone."
    )
    pattern = compile_pattern(r"(?<=[\p{Ll}\p{N})»])[.!?](?=\p{Lu}\p{Ll})")
    examples = (
        Example("Ouverture samedi.Venez nombreux.", ".", lang="fr"),
        Example("Open on Saturday!See you there.", "!"),
        Example("Open on Saturday. See you in the U.S. soon, at shop.Example.com.", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return f"{match.group()} "


class WrongWayGuillemets(_TypographyRule):
    id = "typography.guillemets"
    severity = Severity.WARNING
    langs = _FR
    fix = Fix.UNSAFE
    summary = "French guillemets open with « and close with »."
    rationale = "» … « is the German order; French quotes read « … »."
    pattern = compile_pattern(r"»([^«»\n]*)«")
    examples = (
        Example("Il a dit » bonjour « ce matin.", "» bonjour «", lang="fr"),
        Example("Il a dit « bonjour » puis « merci ».", None, lang="fr"),
    )

    def on_match(self, match: Any, ctx: CheckContext) -> Finding | None:
        opened = ctx.text.count("«", 0, match.start()) - ctx.text.count("»", 0, match.start())
        if opened > 0:  # the » closes an earlier «: this is « a » … « b », not wrong-way
            return None
        return super().on_match(match, ctx)

    def message(self, match: Any, ctx: CheckContext) -> str:
        return "guillemets the wrong way round: write « … »"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return f"«{match.group(1)}»"


class ThreeDots(_TypographyRule):
    id = "typography.ellipsis"
    severity = Severity.INFO
    advice = "write the ellipsis as one character: …"
    summary = "Three full stops are written as one ellipsis character: …"
    rationale = (
        "The ellipsis is one character (U+2026) in French and English publishing: it "
        "keeps its dots together at a line's end and counts one character, not three, "
        "against a network's limit. Links are left alone."
    )
    pattern = compile_pattern(r"(?<!\.)\.\.\.(?!\.)")
    examples = (
        Example("Et ce n'est pas tout... Rendez-vous samedi.", "...", lang="fr"),
        Example("Stay tuned... More on Saturday.", "..."),
        Example("Et ce n'est pas tout… Rendez-vous samedi. Voir https://ex.fr/a...b", None),
    )

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return "…"


class UnpairedMark(Rule):
    id = "typography.unpaired-mark"
    category = Category.TYPOGRAPHY
    severity = Severity.WARNING
    kind = RuleKind.OCCURRENCE
    summary = 'A « “ ( " opened and not closed in its paragraph, or a » ” closing nothing.'
    rationale = (
        "Guillemets, quotation marks and parentheses come in pairs, and a paragraph break "
        "does not close them: a quotation left open across a break, or never closed, reads "
        "as a typo on every network. A lone ) numbering a list (1), a)) and emoticons :( "
        "are left alone, and so is a French quotation running over several paragraphs, "
        "each opening with « and the last closing it."
    )
    examples = (
        Example("Il a dit « on ouvre samedi.\n\nVenez nombreux » ce matin.", "«", lang="fr"),
        Example("Notre devise » : du bon pain.", "»", lang="fr"),
        Example('She said "we open on Saturday. See you there!', '"'),
        Example("Open on Saturday (10 am to 6 pm.\n\nSee you there.", "("),
        Example(
            "Il a dit « on ouvre samedi » (à 10 h). Trois choix : 1) le pain, 2) le vin :(",
            None,
            lang="fr",
        ),
        Example('She said "we open on Saturday". See you there :)', None),
        # A French quotation over several paragraphs opens each with « and closes only
        # in the last; left open there too, its last « is flagged.
        Example(
            "Le chef raconte : « Le pain se fait la nuit.\n\n« Le matin, on le vend chaud. »",
            None,
            lang="fr",
        ),
        Example(
            "Le chef raconte : « Le pain se fait la nuit.\n\n« Le matin, on le vend chaud.",
            "«",
            lang="fr",
        ),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        from brandvoice.text.pairs import OPENERS, unpaired_marks

        for mark in unpaired_marks(ctx.text):
            if mark.side == "close":
                message = f"{mark.mark} closes nothing: its opening mark is missing"
            elif mark.mark in OPENERS:
                message = (
                    f"{mark.mark} is not closed in its paragraph: close it with "
                    f"{OPENERS[mark.mark]} before the paragraph ends"
                )
            else:
                message = "this quotation mark is not closed in its paragraph"
            yield self.finding(mark.offset, 1, message)


class Apostrophes(Rule):
    id = "typography.apostrophe"
    category = Category.TYPOGRAPHY
    severity = Severity.INFO
    kind = RuleKind.OCCURRENCE
    fix = Fix.SAFE
    summary = "Apostrophes follow the voice's style: curly ’, straight ', or one of them."
    rationale = (
        "Mixing ' and ’ in one text looks careless; French publishing prefers ’. The voice's "
        "typography.apostrophe setting says which to keep."
    )
    examples = (
        Example("L'atelier et l’équipe vous attendent.", "'", lang="fr"),
        Example("We're open and we’re ready, we’re waiting.", "'"),
        Example("L’atelier et l’équipe vous attendent.", None, lang="fr"),
    )
    _pattern = compile_pattern(r"(?<=\p{L})['’](?=\p{L})")

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        marks = list(self._pattern.finditer(ctx.text))
        straight = [m for m in marks if m.group() == "'"]
        curly = [m for m in marks if m.group() == "’"]
        policy = ctx.voice.typography.apostrophe
        if policy == "curly" or (policy == "consistent" and curly and len(curly) >= len(straight)):
            wrong, right = straight, "’"
        elif policy == "straight" or (policy == "consistent" and straight and curly):
            wrong, right = curly, "'"
        else:
            return
        for match in wrong:
            yield self.finding(match.start(), 1, f"use {right} like the rest of the text", (right,))


RULES: tuple[Rule, ...] = (
    FrenchSpaceMissing(),
    FrenchSpaceBreakable(),
    FrenchSpaceBeforeUnit(),
    UnitSymbolCase(),
    FrenchThousands(),
    EnglishThousands(),
    EnglishSpaceBeforePunctuation(),
    SpaceBeforeComma(),
    CommaSpace(),
    ParenthesisSpace(),
    SentenceSpace(),
    DoubleSpace(),
    WrongWayGuillemets(),
    ThreeDots(),
    UnpairedMark(),
    Apostrophes(),
)
