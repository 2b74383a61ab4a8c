"""French grammar for the checks and the adaptation alike: one service, so that a rewrite
and a check never disagree on a word.

- :mod:`~brandvoice.text.french.gender`: the gender of a noun, the gender and number an
  adjective's form, a subject pronoun or a determiner shows (« votre boutique » → « ta
  boutique », « la boutique est fermé », « elles sont parti »);
- :mod:`~brandvoice.text.french.verbs`: verb forms (second person for the « tu »/« vous »
  switch, first person plural for « on » → « nous », third person singular for « nous »
  → the brand, the "-er" infinitive and participle for the checks);
- :mod:`~brandvoice.text.french.lemmas`: which verbs a word may be a form of, from spaCy's
  French lemmatizer tables;
- :mod:`~brandvoice.text.french.elision`: which words elide before which (« t'aider »,
  « ta honte »), and how an edit keeps the elisions around it right;
- :mod:`~brandvoice.text.french.contraction`: a preposition before a name, contracted or
  elided (de + Le → « du », à + Les → « aux », de + Atelier → « d'Atelier »).
"""

from brandvoice.text.french.contraction import Preposition, with_preposition
from brandvoice.text.french.elision import (
    NotElidableError,
    elides,
    fit_left,
    fit_right,
    starts_with_h,
    starts_with_vowel,
)
from brandvoice.text.french.gender import (
    Gender,
    adjective_gender,
    adjective_number,
    determiner_agreement,
    known_noun_gender,
    noun_gender,
    phrase_gender,
    pronoun_agreement,
)
from brandvoice.text.french.lemmas import VerbForms, verb_forms
from brandvoice.text.french.verbs import (
    Number,
    Reading,
    Tense,
    er_infinitive,
    er_participle,
    first_plural,
    form,
    readings,
    second_person,
    third_person_plural,
    third_person_singular,
)

__all__ = [
    "Gender",
    "NotElidableError",
    "Number",
    "Preposition",
    "Reading",
    "Tense",
    "VerbForms",
    "adjective_gender",
    "adjective_number",
    "determiner_agreement",
    "elides",
    "er_infinitive",
    "er_participle",
    "first_plural",
    "fit_left",
    "fit_right",
    "form",
    "known_noun_gender",
    "noun_gender",
    "phrase_gender",
    "pronoun_agreement",
    "readings",
    "second_person",
    "starts_with_h",
    "starts_with_vowel",
    "third_person_plural",
    "third_person_singular",
    "verb_forms",
    "with_preposition",
]
