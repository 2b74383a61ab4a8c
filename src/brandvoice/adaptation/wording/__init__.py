"""Helpers of the BODY-stage wording transforms (register lexicon, glossary, contractions,
person): data loading, case and apostrophe fitting, guards against introducing a finding.
French verb forms and elision are the shared service's, :mod:`brandvoice.text.french`."""
