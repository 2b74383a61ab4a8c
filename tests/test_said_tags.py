"""A tag drawn from the master must be said by the variant it closes (issue 17)."""

from __future__ import annotations

from brandvoice.adaptation.decorate.hashtag_candidates import FACT_SCORE
from brandvoice.adaptation.decorate.said_tags import said, unsaid


def test_a_tag_is_said_by_its_words_in_a_row_whatever_their_case_and_accents() -> None:
    assert said("#EmergencyContact", "Clients have an emergency contact in their doc.")
    assert said("#FêteDuVillage", "Rendez-vous à la fete du village !")
    assert not said("#EmergencyContact", "Our office is closed August 10–21.")


def test_the_tag_line_itself_does_not_say_a_tag() -> None:
    assert not said("#Sourdough", "We open on Saturday.\n\n#Sourdough")


def test_a_name_or_phrase_must_be_said_a_key_fact_or_the_brand_need_not() -> None:
    text = "We're now serving at 5 Kirkgate Arcade."
    assert unsaid("#NorthernGrind", FACT_SCORE - 1, text, None)
    assert not unsaid("#NorthernGrind", FACT_SCORE - 1, text, "Northern Grind")
    assert not unsaid("#VéloMarseillais", FACT_SCORE - 1, "On déménage !", "Le Vélo Marseillais")
    assert not unsaid("#Leeds", FACT_SCORE, text, None)
    assert not unsaid("#KirkgateArcade", FACT_SCORE - 1, text, None)
