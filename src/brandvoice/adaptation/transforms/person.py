"""Person: a voice that speaks of the brand in the third person (``person: brand``) turns
the master's "we" into the brand's name.

English: "we are" → "Acme is", "we offer and deliver" → "Acme offers and delivers",
"we've" → "Acme has", "we don't" → "Acme doesn't", "our" → "Acme's" (or "its" once the
brand has been named in the sentence), "ours" → "Acme's", "us" → "Acme" ("contact us" →
"contact Acme": an object pronoun has no third-person form that would not be ambiguous).

French: « nous proposons » → « Acme propose » (present, future and imperfect put in the
third person singular by :mod:`brandvoice.text.french.verbs`), « nous nous engageons »
→ « Acme s'engage », « nous n'allons pas » → « Acme ne va pas », « que nous » → « qu'Acme »
before a vowel; « notre »/« nos » → « son »/« sa »/« ses » after the brand in the same
sentence (further away « ses » could point at someone else), « la boutique d'Acme » on a
first mention when the noun directly follows; « sa »/« son » before a consonant needs the
noun's gender from a short table (spaCy's small model guesses it wrong after « notre »).
« nous » as an object (« contactez-nous », « avec nous ») stays: French brands speaking
of themselves in the third person keep it, and « contactez Acme » reads as a different,
colder message.

Conservative by design: a "we" whose verb cannot be found or conjugated with certainty
(« nous sommes ravis » would need the brand's gender for « ravi(e) », "we all love" has no
verb right after the subject) is left as written, with its sentence. A voice with person
"we" or "I" leaves the master as it is, even when the master speaks of the brand by name:
"Acme opens a shop" is right in any voice.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.wording import english
from brandvoice.adaptation.wording.fitting import match_case, text_apostrophe
from brandvoice.adaptation.wording.offsets import doc_text
from brandvoice.nlp import get_pipeline
from brandvoice.text.french import (
    known_noun_gender,
    starts_with_h,
    starts_with_vowel,
    third_person_singular,
    verb_forms,
    with_preposition,
)
from brandvoice.text.protect import protected_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_BRAND = {"person": "brand", "brand_name": "Acme"}
_FR_CLITICS = frozenset(
    {"ne", "n'", "vous", "lui", "leur", "le", "la", "les", "l'", "y", "en", "nous"}
)
_FR_ELIDING = frozenset({"que", "lorsque", "puisque", "quoique"})
_FR_AUX = frozenset({"aux", "aux:tense", "aux:pass", "cop"})
_FR_NEGATION_ADVERBS = frozenset({"pas", "plus", "jamais", "toujours", "encore", "aussi", "déjà"})
_FR_SAFE_AFTER_ETRE = frozenset(
    {
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "chez",
        "là",
        "ici",
        "depuis",
        "sur",
        "avec",
        "pour",
        "un",
        "une",
        "le",
        "la",
        "l'",
    }
)
_EN_AUX = frozenset({"aux", "auxpass"})
# Verbs that, like « être », carry a word agreeing with their subject (« nous restons
# joignables »: « l'équipe reste joignables » would be wrong).
_FR_COPULAS = frozenset({"être", "rester", "demeurer", "devenir", "sembler", "paraître"})


@dataclass(slots=True)
class _Rewrite:
    """What one pass over a text collects: the edits, and whether the brand is named yet."""

    text: str
    brand: str
    mark: str
    named_at: list[int]  # offsets where the brand is named (in the text or by an edit)
    edits: list[Edit]
    reason: str
    # What names the brand again within a paragraph once it is named there (a press
    # note: « l'équipe », "the team"), so the note never reads "Acme… Acme… Acme"; None:
    # the name each time, and « son »/"its" only after the name in the same sentence.
    later: str | None = None
    # What names the brand in a sentence right after one that opened on ``later``
    # (« L'équipe vous doit des excuses. Elle a entendu… »): a pronoun of ``later``'s own
    # gender, not the brand's, so it is known; None: ``later`` again.
    again: str | None = None
    # The verbs whose subject was made the brand (token indexes), for "…and we…".
    verbs: set[int] = field(default_factory=set)
    # Where the text itself names the brand.
    written: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.written = tuple(self.named_at)

    @property
    def possessive(self) -> str:
        """The brand's English possessive, written as the brand is ("Acme's")."""
        return f"{self.brand}{self.mark}s"

    def named_before(self, offset: int, since: int = 0) -> bool:
        return any(since <= at < offset for at in self.named_at)

    def scope_start(self, offset: int, sentence_start: int) -> int:
        """Where a mention of the brand still lets "its"/« son » point at it: the
        sentence, or the paragraph when the brand has a ``later`` name."""
        if self.later is None:
            return sentence_start
        paragraph = self.text.rfind("\n", 0, offset) + 1
        if paragraph == 0:
            # The first line may open on a heading the press note makes its headline
            # ("Holiday hours at Kowalski Hardware 🎄 We'll close…"): the lead after it
            # names the brand again.
            start = 0
            for found in _HEADING_BREAK.finditer(self.text, 0, offset + 1):
                if len(self.text[start : found.start()].split()) <= _HEADING_WORDS:
                    start = found.end()
                else:
                    break  # a sentence, not a heading: what follows is its paragraph
            return start
        # The paragraph before's last sentence too: a paragraph that starts right after
        # the brand was named must not name it again ("Acme is sorry.¶Acme has…").
        before = self.text.rfind("\n", 0, paragraph - 1) + 1
        line = self.text[before : paragraph - 1].rstrip()
        if not line or line[-1] not in ".!?…":
            return paragraph  # a heading names a product, not who speaks in the lead
        ends = list(_SENTENCE_END.finditer(self.text, before, paragraph - 1))
        return ends[-1].end() if ends else before

    def shares_subject(self, subject: Token, conjunction: str) -> bool:
        """Whether a press note's ``subject`` follows "and"/« et » in a sentence that has
        named the brand already, so the verb may share that subject ("Acme has heard and
        has changed"), rather than name it twice in one sentence."""
        if self.later is None or subject.i == 0:
            return False
        before = subject.doc[subject.i - 1]
        if before.lower_ != conjunction or subject.i + 1 >= len(subject.doc):
            return False
        verb = subject.head
        return verb.dep_ == "conj" and verb.head.i in self.verbs

    def name_at(self, offset: int) -> str:
        """The brand's name, or its ``later`` name once named in the paragraph, or when
        the sentence names it further on ("The team is chuffed: Acme has been named…")."""
        if self.later is None:
            return self.brand
        if self.named_before(offset, self.scope_start(offset, 0)):
            if self.again is not None and self._follows_later(offset):
                return self.again
            return self.later
        # Not in the lead, though: a press note's first sentence names who acts.
        end = _SENTENCE_END.search(self.text, offset)
        sentence_end = end.start() if end else len(self.text)
        lead = _SENTENCE_END.search(self.text)
        in_lead = lead is None or offset < lead.start()
        if not in_lead and any(offset < at < sentence_end for at in self.written):
            return self.later
        return self.brand

    def _follows_later(self, offset: int) -> bool:
        """Whether the sentence before the one at ``offset`` opened on ``later``, put
        there by this pass."""
        if self.again is None or self.later is None:
            return False
        # The two nearest sentence ends before ``offset``, read backwards: a scan from
        # the text's start for every mention would grow with the text's square.
        found = _SENTENCE_END_BACKWARDS.finditer(self.text, 0, offset)
        ends = [match.end() for match in itertools.islice(found, 2)][::-1]
        if not ends:
            return False
        start = ends[-2] if len(ends) > 1 else 0
        later = self.later.casefold()
        return any(
            start <= edit.start < ends[-1]
            and not self.text[start : edit.start].strip()
            and edit.replacement.casefold() == later
            for edit in self.edits
        )

    def edit(self, start: int, end: int, replacement: str) -> Edit:
        return Edit(start, end, replacement, self.reason)

    def add(self, start: int, end: int, replacement: str) -> None:
        self.commit([self.edit(start, end, replacement)])

    def commit(self, edits: list[Edit]) -> bool:
        """Keep ``edits`` together, or none of them if one overlaps an edit already kept
        (a misparse can make two subjects of one verb)."""
        for new in edits:
            if any(new.start < old.end and old.start < new.end for old in self.edits):
                return False
        self.edits.extend(edits)
        return True


_SENTENCE_END = regex.compile(r"[.!?…]+[\s\p{So}]+")
_SENTENCE_END_BACKWARDS = regex.compile(_SENTENCE_END.pattern, regex.REVERSE)
_HEADING_BREAK = regex.compile(r"(?:[!?]|\p{So}\uFE0F?)\s+(?=\p{Lu})")
# A heading is short ("Flash sale at Crumb & Co!"); a longer segment is a sentence.
_HEADING_WORDS = 8


def _straight(word: str) -> str:
    return word.replace("’", "'")


class Person(Transform):
    id = "person"
    stage = Stage.BODY
    order = 50
    summary = (
        "A voice speaking as the brand turns 'we' into the brand's name; a casual French "
        "voice with person 'on' turns « nous » into « on »."
    )
    examples = (
        TransformExample(
            "We offer free delivery and we are open on Sunday. Our team bakes and we love our job.",
            "Acme offers free delivery and Acme is open on Sunday. Acme's team bakes and "
            "Acme loves its job.",
            voice="corporate",
            profile=_BRAND,
        ),
        TransformExample(
            "We've moved, so we don't deliver today. Contact us!",
            "Acme has moved, so Acme doesn't deliver today. Contact Acme!",
            voice="corporate",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous proposons des ateliers et nous avons ouvert une boutique.",
            "Acme propose des ateliers et Acme a ouvert une boutique.",
            lang="fr",
            voice="corporate",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous vous annonçons que nous nous engageons pour nos clients. Contactez-nous.",
            "Acme vous annonce qu’Acme s’engage pour ses clients. Contactez-nous.",
            lang="fr",
            voice="corporate",
            profile=_BRAND,
        ),
        TransformExample(
            "Notre boutique ouvre samedi.",
            "La boutique d’Acme ouvre samedi.",
            lang="fr",
            voice="corporate",
            profile=_BRAND,
        ),
        TransformExample(  # « de Le Comptoir » is written « du Comptoir »
            "Notre boutique ouvre samedi.",
            "La boutique du Comptoir ouvre samedi.",
            lang="fr",
            voice="corporate",
            profile={"person": "brand", "brand_name": "Le Comptoir"},
        ),
        # « ravis » would need the brand's gender: the sentence stays.
        TransformExample(
            "Nous sommes ravis de vous accueillir.",
            "Nous sommes ravis de vous accueillir.",
            lang="fr",
            voice="corporate",
            profile=_BRAND,
        ),
        # A casual French voice may say « on »: the verb follows, « notre » stays.
        TransformExample(
            "Nous vous attendons samedi et nous nous occupons de tout pour notre fête.",
            "On vous attend samedi et on s’occupe de tout pour notre fête.",
            lang="fr",
            profile={"person": "on"},
        ),
        TransformExample(
            "Nous sommes ravis : nous avons ouvert notre boutique !",
            "On est ravis : on a ouvert notre boutique !",
            lang="fr",
            profile={"person": "on"},
        ),
        # A voice speaking as "we" keeps the master's person.
        TransformExample("We are open on Sunday.", "We are open on Sunday.", voice="corporate"),
    )

    def applies(self, target: Target) -> bool:
        if target.voice.person == "on":
            return target.lang.startswith("fr")
        return target.voice.person == "brand" and bool(target.voice.brand_name)

    def edits(self, text: str, target: Target) -> list[Edit]:
        if target.voice.person == "on":
            return _casual_on(text, target)
        brand = target.voice.brand_name
        assert brand is not None  # applies() saw to it
        pattern = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(brand)}(?![\p{{L}}\p{{N}}_])", regex.I
        )
        return third_person_edits(
            text,
            parse(target.lang, text),
            target,
            brand,
            named_at=[m.start() for m in pattern.finditer(text)],
            reason=f"the {target.voice.name} voice speaks as {brand}, in the third person",
        )


def third_person_edits(
    text: str,
    doc: Doc,
    target: Target,
    brand: str,
    *,
    named_at: list[int],
    reason: str,
    later: str | None = None,
    again: str | None = None,
) -> list[Edit]:
    """The edits that make the "we"/« nous » of ``doc`` speak as ``brand`` in the third
    person, outside ``text``'s protected spans. ``doc`` is ``text`` parsed whole, or a
    beginning of it (a press note's lead: ``press-lead``), so its offsets are ``text``'s;
    ``named_at`` are the offsets where ``brand`` is named already; ``later``, what names
    it again in a paragraph that named it, ``again`` in the sentence after one that
    opened on ``later`` (see :class:`_Rewrite`)."""
    rewrite = _Rewrite(
        text=text,
        brand=brand,
        mark=text_apostrophe(text, target.voice, target.lang),
        named_at=named_at,
        edits=[],
        reason=reason,
        later=later,
        again=again,
    )
    if target.lang == "en":
        _english(doc, rewrite)
    else:
        _french(doc, rewrite)
    if not rewrite.edits:
        return []
    spans = protected_spans(text, target.protected_names)
    return [e for e in rewrite.edits if not spans.overlaps(e.start, e.end)]


def _casual_on(text: str, target: Target) -> list[Edit]:
    """« nous » as a subject made « on », its verb in the third person singular: « nous
    vous attendons » → « on vous attend », « nous nous engageons » → « on s'engage ». What
    agrees with « nous » stays plural (« on est ravis »: modern usage, since « on » means
    « nous » here); « notre », « nos » and the object « nous » stay."""
    rewrite = _Rewrite(
        text=text,
        brand="on",
        mark=text_apostrophe(text, target.voice, target.lang),
        named_at=[],
        edits=[],
        reason=f"the {target.voice.name} voice says « on » for « nous »",
    )
    # Dependencies, lemmas and forms; no entities.
    for token in parse(target.lang, text, entities=False):
        if token.lower_ == "nous" and token.dep_.startswith("nsubj"):
            _french_subject(token, rewrite, agreeing=True)
    spans = protected_spans(text, target.protected_names)
    return [e for e in rewrite.edits if not spans.overlaps(e.start, e.end)]


# --- English --------------------------------------------------------------------------------


def _english(doc: Doc, rewrite: _Rewrite) -> None:
    for sentence in doc.sents:
        subject_done = False
        for token in sentence:
            word = token.lower_
            if word == "we" and (token.dep_ in ("nsubj", "nsubjpass") or _has_clitic(token)):
                done = _english_subject(token, rewrite)
                subject_done = subject_done or done
            elif word == "our" and token.tag_ == "PRP$":
                since = rewrite.scope_start(token.idx, sentence.start_char)
                named = rewrite.named_before(token.idx, since)
                owner = match_case("its", token.text) if named else rewrite.possessive
                rewrite.add(token.idx, token.idx + len(token), owner)
                rewrite.named_at.append(token.idx)
            elif word == "ours":
                rewrite.add(token.idx, token.idx + 4, rewrite.possessive)
                rewrite.named_at.append(token.idx)
            elif word == "us" and token.text != "US":
                rewrite.add(token.idx, token.idx + 2, rewrite.name_at(token.idx))
                rewrite.named_at.append(token.idx)
            elif word == "ourselves" and subject_done:
                rewrite.add(token.idx, token.idx + len(token), "itself")


_EN_CLITICS = frozenset({"'re", "'ve", "'ll", "'d"})


def _english_finite(subject: Token) -> Token | None:
    """The verb that agrees with ``subject``: its first auxiliary, else its head. "we're",
    "we've", "we'll" and "we'd" need no parse (spaCy reads "We’d love" as a noun phrase)."""
    if _has_clitic(subject):
        return subject.doc[subject.i + 1]
    head = subject.head
    auxiliaries = [c for c in head.children if c.dep_ in _EN_AUX and c.i > subject.i]
    finite = auxiliaries[0] if auxiliaries else head
    if finite.i <= subject.i:
        return None
    between = subject.doc[subject.i + 1 : finite.i]
    if any(t.pos_ != "ADV" for t in between):
        return None
    return finite


def _has_clitic(we: Token) -> bool:
    doc = we.doc
    return we.i + 1 < len(doc) and _straight(doc[we.i + 1].lower_) in _EN_CLITICS


def _english_subject(we: Token, rewrite: _Rewrite) -> bool:
    """Edits turning the subject ``we`` and its verb(s) into the brand's; none when any
    verb cannot be put in the third person."""
    finite = _english_finite(we)
    if finite is None:
        return False
    verb = _english_verb(finite, rewrite)
    if verb is None:
        return False
    extra = list(_english_conjuncts(finite))
    if any(form is None for _, form in extra):
        return False
    # The brand as it is written, whatever the case of "we" ("acme" would be a misspelling);
    # "the team" takes the case of "we".
    start, brand = we.idx, rewrite.name_at(we.idx)
    if brand == rewrite.later:
        brand = match_case(brand, we.text)
    shared = rewrite.shares_subject(we, "and")
    edits: list[Edit] = []
    if finite.text[:1] in "'’":  # "we're" → "Acme is": the clitic becomes a word
        said = verb if shared else f"{brand} {verb}"
        edits.append(rewrite.edit(start, finite.idx + len(finite), said))
    elif shared:  # "Acme fixed bikes and we kept…" → "…and kept…"
        edits.append(rewrite.edit(start, we.doc[we.i + 1].idx, ""))
    else:
        edits.append(rewrite.edit(start, start + len(we), brand))
        if verb != finite.text:
            edits.append(rewrite.edit(finite.idx, finite.idx + len(finite), verb))
    for token, form in extra:
        assert form is not None
        edits.append(rewrite.edit(token.idx, token.idx + len(token), form))
    if not rewrite.commit(edits):
        return False
    rewrite.named_at.append(start)
    rewrite.verbs.add(we.head.i)
    return True


def _english_verb(finite: Token, rewrite: _Rewrite) -> str | None:
    """``finite`` as the brand's verb: "are" → "is", "offer" → "offers", "'ve" → "has",
    "'d" → "would"/"had", "were" → "was"; modals and past tenses stay."""
    word = _straight(finite.lower_)
    clitics = {"'re": "is", "'ve": "has", "'ll": "will", "'m": None}
    if word in clitics:
        return clitics[word]
    if word == "'d":
        doc = finite.doc
        return "had" if english.d_is_had(doc, finite.idx + len(finite)) else "would"
    if word == "were":
        return match_case("was", finite.text)
    if finite.tag_ in ("MD", "VBD"):
        return finite.text
    if finite.tag_ == "VBP":
        return match_case(english.third_person(finite.lemma_.lower()), finite.text)
    return None


def _english_conjuncts(finite: Token) -> Iterator[tuple[Token, str | None]]:
    """Verbs coordinated with ``finite`` that share its subject ("we bake and sell")."""
    for verb in finite.conjuncts:
        if verb.i < finite.i:
            continue  # "we bake and sell, and we deliver": "sell" is the first subject's
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if verb.tag_ == "VBP":
            yield verb, english.third_person(verb.lemma_.lower())
        elif verb.tag_ == "VB":
            yield verb, None  # an untagged person: cannot be sure


# --- French ---------------------------------------------------------------------------------


def _french(doc: Doc, rewrite: _Rewrite) -> None:
    for token in doc:
        word = token.lower_
        if word == "nous" and token.dep_.startswith("nsubj"):
            _french_subject(token, rewrite)
        elif word in ("notre", "nos") and token.pos_ == "DET":
            _french_possessive(token, rewrite)
        elif word == "on" and rewrite.later is not None and _on_subject(token):
            _french_on(token, rewrite)


def _on_subject(on: Token) -> bool:
    return on.dep_.startswith("nsubj") or _misread_on(on)


def _misread_on(on: Token) -> bool:
    """« On cherche du renfort » read as a noun phrase (« On » a determiner, « cherche » a
    noun): an -er verb's present right after « on » is its verb all the same."""
    doc = on.doc
    if on.i + 1 >= len(doc) or on.dep_.startswith("nsubj"):
        return False
    verb = doc[on.i + 1]
    forms = verb_forms(get_pipeline("fr").nlp)
    lemmas = sorted(forms.lemmas(verb.lower_)) if forms is not None else []
    return len(lemmas) == 1 and lemmas[0].endswith("er") and verb.lower_ == lemmas[0][:-2] + "e"


def _french_on(on: Token, rewrite: _Rewrite) -> None:
    """A press note's « on » (the master's "we", left by the formal « on » → « nous »):
    the brand, its verb already in the third person singular; « on est ravis » stays."""
    doc = on.doc
    if _misread_on(on):
        head = finite = doc[on.i + 1]
    else:
        head = on.head
        auxiliaries = [c for c in head.children if c.dep_ in _FR_AUX and c.i > on.i]
        finite = auxiliaries[0] if auxiliaries else head
        if finite.i <= on.i or "Fin" not in finite.morph.get("VerbForm", []):
            return
    if any(_straight(t.lower_) not in _FR_CLITICS | {"s'", "se"} for t in doc[on.i + 1 : finite.i]):
        return
    if _agrees_with_subject(finite):
        return
    name = rewrite.name_at(on.idx)
    before = doc[on.i - 1] if on.i > 0 else None
    if before is not None and _straight(before.lower_) == "l'":
        return  # « l'on »
    if before is not None and _straight(before.lower_) == "qu'":
        said = before.text + name if starts_with_vowel(name) else f"que {name}"
        edit = rewrite.edit(before.idx, on.idx + len(on), said)
    else:
        subject = match_case(name, on.text) if name[:1].islower() else name
        edit = rewrite.edit(on.idx, on.idx + len(on), subject)
    if rewrite.commit([edit]):
        rewrite.named_at.append(on.idx)
        rewrite.verbs.add(head.i)


def _is_first_plural(token: Token) -> bool:
    morph = token.morph
    return "1" in morph.get("Person", []) and "Plur" in morph.get("Number", [])


def _french_finite(subject: Token) -> Token | None:
    head = subject.head
    finite_form = "Fin" in head.morph.get("VerbForm", [])
    # « nous » + a finite verb in -ons is a first person plural, whatever the tagger says
    # of its person (it reads « nous vous conseillons » as a second person).
    if finite_form and (_is_first_plural(head) or head.lower_.endswith("ons")):
        finite = head
    else:
        auxiliaries = [
            c
            for c in head.children
            if c.dep_ in _FR_AUX and c.i > subject.i and _is_first_plural(c)
        ]
        if not auxiliaries:
            return None
        finite = auxiliaries[0]
    if finite.i <= subject.i:
        return None
    between = subject.doc[subject.i + 1 : finite.i]
    if any(_straight(t.lower_) not in _FR_CLITICS for t in between):
        return None
    return finite


def _agrees_with_subject(finite: Token) -> bool:
    """Whether « être » may carry a word that agrees with « nous » (« ravis », « arrivés »,
    « des artisans »): rewriting would need the brand's gender and number, so only « être »
    followed by a preposition, an adverb of place or a singular article is rewritten
    (« nous sommes à Toulon », « nous sommes une équipe »). spaCy's tags are not trusted
    here: it reads « des artisans » as a singular proper noun."""
    if finite.lemma_ not in _FR_COPULAS:
        return False
    if finite.dep_.startswith("aux"):
        return True  # « nous sommes arrivés », « nous sommes ouverts »
    for token in finite.doc[finite.i + 1 :]:
        word = _straight(token.lower_)
        if word not in _FR_NEGATION_ADVERBS:
            return word not in _FR_SAFE_AFTER_ETRE
    return True


def _french_subject(nous: Token, rewrite: _Rewrite, *, agreeing: bool = False) -> None:
    """« nous » made ``rewrite.brand`` with its verb in the third person singular;
    ``agreeing``: what agrees with « nous » may stay plural (true of « on », not of a
    brand, whose gender and number are unknown)."""
    finite = _french_finite(nous)
    if finite is None or (not agreeing and _agrees_with_subject(finite)):
        return
    verb = third_person_singular(finite.text, finite.lemma_, _tense(finite))
    extra = _french_conjuncts(finite)
    if verb is None or extra is None:
        return
    doc = nous.doc
    before = doc[nous.i - 1] if nous.i > 0 else None
    brand = rewrite.name_at(nous.idx)
    edits: list[Edit] = []
    if rewrite.shares_subject(nous, "et"):  # « …et nous avons revu » → « …et a revu »
        edits.append(rewrite.edit(nous.idx, doc[nous.i + 1].idx, ""))
    elif before is not None and before.lower_ in _FR_ELIDING and starts_with_vowel(brand):
        elided = before.text[:-1] + rewrite.mark + brand
        edits.append(rewrite.edit(before.idx, nous.idx + len(nous), elided))
    else:
        # « on » takes the case of the « nous » it replaces, and so does an article the
        # name takes (« la Ferme de Kerlann »); a name keeps its own.
        subject = match_case(brand, nous.text) if brand[:1].islower() else brand
        edits.append(rewrite.edit(nous.idx, nous.idx + len(nous), subject))
    new_verb = match_case(verb, finite.text)
    for token in doc[nous.i + 1 : finite.i]:
        # The word after « ne » or the reflexive « nous » may now start otherwise:
        # « nous n'allons » → « ne va », « nous ne sommes » → « n'est ».
        following = new_verb if token.i + 1 == finite.i else doc[token.i + 1].text
        word = _straight(token.lower_)
        if word not in ("nous", "ne", "n'"):
            continue
        if starts_with_h(following):
            return
        short = ("s" if word == "nous" else "n") + rewrite.mark
        long = "se " if word == "nous" else "ne "
        written = short if starts_with_vowel(following) else long
        span_end = doc[token.i + 1].idx
        if text_between(doc, token, span_end) != written:
            edits.append(rewrite.edit(token.idx, span_end, written))
    edits.append(rewrite.edit(finite.idx, finite.idx + len(finite), new_verb))
    for token, form in extra:
        edits.append(rewrite.edit(token.idx, token.idx + len(token), match_case(form, token.text)))
    if rewrite.commit(edits):
        rewrite.named_at.append(nous.idx)
        rewrite.verbs.add(nous.head.i)


def text_between(doc: Doc, token: Token, end: int) -> str:
    """The text from ``token`` to ``end`` (the token and the space after it)."""
    return doc_text(doc)[token.idx : end]


def _tense(verb: Token) -> str:
    """spaCy's tense of an indicative ``verb`` ("Pres" when untold); "" for another mood
    (a subjunctive or a conditional is not rewritten)."""
    mood = verb.morph.get("Mood", [])
    if mood and mood != ["Ind"]:
        return ""
    tenses = verb.morph.get("Tense", [])
    return tenses[0] if tenses else "Pres"


def _french_conjuncts(finite: Token) -> list[tuple[Token, str]] | None:
    """Verbs coordinated with ``finite`` that share its subject (« nous proposons des
    ateliers et organisons des visites »), in the third person; None when one of them
    cannot be conjugated. A first person plural is recognised by its ending and spaCy's
    lemmatizer tables, since the tagger takes « organisons » for a noun."""
    head = finite.head if finite.dep_ in _FR_AUX else finite
    forms = verb_forms(get_pipeline("fr").nlp)
    found: list[tuple[Token, str]] = []
    for other in head.conjuncts:
        if other.i < finite.i:
            continue  # a verb before this one belongs to an earlier subject
        if any(c.dep_.startswith("nsubj") for c in other.children):
            continue
        word = other.lower_
        if not word.endswith("ons"):
            continue
        lemmas = sorted(forms.lemmas(word)) if forms is not None else [other.lemma_]
        if not lemmas:
            continue  # « saisons », « maisons »: no verb
        tense = _tense(other) if _is_first_plural(other) else "Pres"
        singular = third_person_singular(word, lemmas[0], tense) if len(lemmas) == 1 else None
        if singular is None:
            return None
        found.append((other, singular))
    return found


def _french_possessive(det: Token, rewrite: _Rewrite) -> None:
    noun = det.head
    doc = det.doc
    if noun.pos_ != "NOUN" or det.i + 1 >= len(doc) or noun.i <= det.i:
        return
    following = doc[det.i + 1].text
    plural = det.lower_ == "nos"
    gender = known_noun_gender(noun.text)
    if starts_with_h(following):
        return  # mute or aspirated: « son hôtel », « sa halle »
    # « son/sa/ses » only after the brand in the same sentence: further away, it could
    # point at whoever the sentence is about (« Hélène et Marc... ses rouges »).
    if rewrite.named_before(det.idx, rewrite.scope_start(det.idx, det.sent.start_char)):
        if plural:
            owner = "ses"
        elif starts_with_vowel(following) or gender == "m":
            owner = "son"
        elif gender == "f":
            owner = "sa"
        else:
            return
        rewrite.add(det.idx, det.idx + len(det), match_case(owner, det.text))
        return
    _french_first_mention(det, noun, rewrite)


def _french_first_mention(det: Token, noun: Token, rewrite: _Rewrite) -> None:
    """« notre boutique » → « la boutique d'Acme » (« du Comptoir » for « Le Comptoir »),
    when nothing stands between the noun and where the brand's name goes."""
    brand = rewrite.brand
    if noun.i != det.i + 1:
        return
    end = noun
    complements = [c for c in noun.children if c.i > noun.i and c.dep_ != "punct"]
    if complements:
        # « notre soirée de réouverture » → « la soirée de réouverture d'Acme »: one
        # complement « de » + a bare noun, and nothing else, may stand before the name.
        if len(complements) > 1 or not _bare_de_complement(complements[0]):
            return
        end = complements[0]
    gender = known_noun_gender(noun.text)
    if det.lower_ == "nos":
        article = "les "
    elif starts_with_vowel(noun.text):
        article = "l" + rewrite.mark
    elif gender is not None:
        article = "le " if gender == "m" else "la "
    else:
        return
    of_brand = with_preposition("de", brand, apostrophe=rewrite.mark)
    written = doc_text(det.doc)[noun.idx : end.idx + len(end)]
    phrase = match_case(article, det.text) + f"{written} {of_brand}"
    rewrite.add(det.idx, end.idx + len(end), phrase)
    rewrite.named_at.append(det.idx)


def _bare_de_complement(token: Token) -> bool:
    """« de réouverture », « de printemps »: « de » and a noun with no article."""
    words = list(token.subtree)
    return (
        len(words) == 2
        and _straight(words[0].lower_) in ("de", "d'")
        and words[1] is token
        and token.pos_ == "NOUN"
        and token.i == words[0].i + 1
    )


TRANSFORMS = (Person(),)
