"""English homophones LanguageTool 6.8 lets through in context: there/their/they're and
your/you're (« love there work », « their coming back », « over their by the window »,
« Your welcome to »).

Checked first against a real LanguageTool server: it finds « Their is », « it's own »,
« Its been », « Your going », « you're support » and « if your in », and misses the
contexts below. As in the French homophone rule, each entry is a context where only one
of the words is grammatical, with the word to flag in the group ``w``; contexts that
allow both (« their opening hours », « are there new products? ») are left out. Entries
were kept only when they flagged no correct sentence of LanguageTool's English examples
(``benchmarks/evaluate_typos.py``).
"""

from __future__ import annotations

from brandvoice.checks.homophones import HomophoneRule, entry
from brandvoice.checks.rule import Example, Rule

_NOT_IN_WORD = r"(?<![\p{L}'’-])"

_ENTRIES = (
    # there → their: a possessive before a noun, after verbs that take an object.
    entry(_NOT_IN_WORD + r"(?P<w>there)\s+own\b", "their", "a possessive"),
    entry(_NOT_IN_WORD + r"(?:love|loves|loved|enjoy|enjoys|enjoyed|share|shares|shared|"
          r"support|supports|supported|check\s+out|checked\s+out|try|tried|taste|tasted)\s+"
          r"(?P<w>there)\s+(?!(?:is|are|was|were|and|or|too|again|every|often|because|when|"
          r"with|for|in|on|at|a|an|the|to|so|but|now|today|tonight|yet|first|last|before|"
          r"after|once|twice|most|more|as|if|while)\b)(?=\p{Ll}+\b(?![-'’]))",
          "their", "a possessive before a noun"),
    # their → they're: a verb in -ing with its object or particle, or an adjective.
    entry(_NOT_IN_WORD + r"(?P<w>their)\s+(?=\p{Ll}+ing\s+(?:a|an|the|to|back|up|out|in|at|"
          r"on|with|for|our|your|this|next|soon|now|here|there|away|over)\b)",
          "they're", "a verb follows (they are)"),
    entry(_NOT_IN_WORD + r"(?P<w>their)\s+(?:not|still|so|very|really|here|ready|sure|always|"
          r"never|also|just|open|closed|back)\b(?![-'’])(?!\s+(?:office|shop|store|hours?|"
          r"team|door|doors|home|garden|yard|own|products?)\b)",
          "they're", "an adjective or adverb follows (they are)"),
    # their → there: a place, after a preposition and before a preposition or a stop.
    entry(_NOT_IN_WORD + r"(?:over|out|in|up|down|from)\s+(?P<w>their)(?=\s*[.,!?;]|\s+(?:by|"
          r"next|with|too|and|is|are|was|were)\b)", "there", "a place"),
    # your → you're
    entry(r"(?:^|(?<=[.!?]\s+)|(?<=\band\s+))(?P<w>your)\s+welcome(?=\s*[.,!?]|\s+to\b|"
          r"\s+here\b|\s+any\b)", "you're", "you are welcome"),
    entry(_NOT_IN_WORD + r"(?P<w>your)\s+(?:invited|not\s+alone|all\s+set|in\s+for)\b",
          "you're", "a verb is missing (you are)"),
)  # fmt: skip


class EnglishHomophone(HomophoneRule):
    id = "grammar.en-homophone"
    lang = "en"
    entries = _ENTRIES
    summary = "English homophones where the context decides: there/their/they're, your/you're."
    rationale = (
        "« There », « their » and « they're », « your » and « you're » sound alike and are "
        "among the most frequent slips in English posts; the speller cannot see them, and "
        "LanguageTool catches some contexts only. Each context the rule reads allows one word "
        "only (« love there work », « their coming back », « over their by the window »)."
    )
    examples = (
        Example("Our bakers love there work.", "there", lang="en"),
        Example("Customers say their coming back on Saturday.", "their", lang="en"),
        Example("Put the chairs over their by the window.", "their", lang="en"),
        Example("Your welcome to bring your dog.", "Your", lang="en"),
        Example("Our bakers love their work; they're coming back, so put the chairs over "
                "there. You're welcome to bring your dog.", None, lang="en"),
        Example("Their opening hours are on the door. Are there new products? We love "
                "there too. Their welcome pack is ready.", None, lang="en"),
    )  # fmt: skip


RULES: tuple[Rule, ...] = (EnglishHomophone(),)
