"""Helpers of the BODY-stage wording transforms (register lexicon, glossary, contractions,
person): data loading, case and apostrophe fitting, guards against introducing a finding,
and the verb tables that keep a rewritten subject in agreement with its verb."""
