"""The pieces of a variant's paragraphs (brandvoice.adaptation.paragraphs): a short question
stays with what answers it, a sign-off closes the variant on a line of its own, and the
blog's description is its lead, not a contact line."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt
from brandvoice.adaptation.paragraphs import (
    lines_of,
    post_paragraphs,
    sign_off,
    take_sign_off,
    with_answers,
    with_lists,
    with_split_halves,
    without_opening_and,
)
from tests.sample_masters import APOLOGY_FR, RECALL_EN

DATE = dt.date(2026, 12, 7)

RECALL = RECALL_EN

APOLOGY = APOLOGY_FR


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # incorrect -> expected: the question joins its answer.
        (
            ["We are sorry.", "Questions?", "Call us on 01227 555 014."],
            ["We are sorry.", "Questions? Call us on 01227 555 014."],
        ),
        (["Une question ?", "Écrivez-nous."], ["Une question ? Écrivez-nous."]),
        # correct, untouched: a long question is a sentence of its own; so is a last one.
        (
            ["Is your loaf from batch L2611 or from another batch?", "Check the label."],
            ["Is your loaf from batch L2611 or from another batch?", "Check the label."],
        ),
        (["Thanks.", "Questions?"], ["Thanks.", "Questions?"]),
    ],
)
def test_a_short_question_stays_with_its_answer(pieces: list[str], expected: list[str]) -> None:
    assert with_answers(pieces) == expected


@pytest.mark.parametrize(
    ("master", "expected"),
    [
        ("À très vite au P'tit Cabanon.\nL'équipe du P'tit Cabanon", "L'équipe du P'tit Cabanon"),
        ("We apologize.\n— Rideau Community Pharmacy", "— Rideau Community Pharmacy"),
        ("See you in September!\nKeys & Chords Music School", "Keys & Chords Music School"),
        ("Thank you.\nThe Harbour team", "The Harbour team"),
        # No sign-off: a sentence without its stop, an address line, a contact line, a
        # master of one line.
        ("See you soon.\nVenez nombreux", ""),
        ("Come and see us.\nTi Krampouezh, 31 rue de Siam, Brest", ""),
        ("Sorry.\nQuestions: 0161 496 0752 or recall@hillside.co.uk", ""),
        ("L'équipe du P'tit Cabanon", ""),
    ],
)
def test_sign_off(master: str, expected: str) -> None:
    assert sign_off(master) == expected


def test_take_sign_off_only_takes_the_last_piece() -> None:
    master = "Merci.\nL'équipe du P'tit Cabanon"
    assert take_sign_off(["Merci.", "L'équipe du P'tit Cabanon"], master) == (
        ["Merci."],
        "L'équipe du P'tit Cabanon",
    )
    assert take_sign_off(["Merci."], master) == (["Merci."], "")


def test_lines_of_splits_at_line_breaks_but_keeps_a_list() -> None:
    assert lines_of(["Sorry.\nQuestions?", "Call us."]) == ["Sorry.", "Questions?", "Call us."]
    listed = "On the menu:\n- soup\n- bread"
    assert lines_of([listed]) == [listed]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # incorrect -> expected: a list's items, given one by one, are one piece.
        (
            ["Horaire des Fêtes", "• 24 décembre : ouvert", "• 25 décembre : fermé", "Merci !"],
            ["Horaire des Fêtes", "• 24 décembre : ouvert\n• 25 décembre : fermé", "Merci !"],
        ),
        (["- soup", "- bread"], ["- soup\n- bread"]),
        # correct, untouched: sentences, and a dash that is no item after a sentence.
        (["We open.", "Come early."], ["We open.", "Come early."]),
        (["Prices:", "- 10 % off"], ["Prices:", "- 10 % off"]),
        # A list without bullets: lines that are each a label and its value.
        (
            ["Good Friday (3 April): 9am–5pm", "Saturday 4 April: 9am–6pm", "Happy Easter!"],
            ["Good Friday (3 April): 9am–5pm\nSaturday 4 April: 9am–6pm", "Happy Easter!"],
        ),
        (
            ["Samedi : 9 h 30 - 12 h", "Dimanche : fermé"],
            ["Samedi : 9 h 30 - 12 h\nDimanche : fermé"],
        ),
        # Emoji alone end the piece before them, not a paragraph of their own.
        (["See you in September!", "🎸🎹", "Keys"], ["See you in September! 🎸🎹", "Keys"]),
        # Correct, untouched: one labelled line, a sentence with a colon and its stop.
        (
            ["Applications close Friday 3 April: CV to jobs@lumen.example", "Thanks."],
            ["Applications close Friday 3 April: CV to jobs@lumen.example", "Thanks."],
        ),
        (
            ["Sur rendez-vous : 04 90 55 21 08.", "Infos : 04 90 55 21 09."],
            ["Sur rendez-vous : 04 90 55 21 08.", "Infos : 04 90 55 21 09."],
        ),
    ],
)
def test_a_lists_items_are_one_piece_on_their_lines(pieces: list[str], expected: list[str]) -> None:
    assert with_lists(pieces) == expected


def test_an_emoji_that_opens_a_line_of_the_master_opens_its_piece() -> None:
    master = "Entrée libre, dégustation gratuite.\n📍 Chemin des Restanques, Le Castellet"
    pieces = ["Entrée libre, dégustation gratuite.", "📍", "Chemin des Restanques, Le Castellet"]
    assert with_lists(pieces, master) == [
        "Entrée libre, dégustation gratuite.",
        "📍 Chemin des Restanques, Le Castellet",
    ]
    # correct, untouched: an emoji that ends a line of the master ends its piece
    master = "See you in September! 🎸🎹\nKeys & Chords Music School"
    pieces = ["See you in September!", "🎸🎹", "Keys & Chords Music School"]
    assert with_lists(pieces, master)[0] == "See you in September! 🎸🎹"


def test_post_paragraphs_batch_two_sentences_and_set_a_list_apart() -> None:
    listed = "• 24 décembre : ouvert\n• 25 décembre : fermé"
    assert post_paragraphs(["A.", "B.", "C."]) == ["A. B.", "C."]
    assert post_paragraphs(["A.", listed, "B.", "C."]) == ["A.", listed, "B. C."]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        # incorrect -> expected: the conjunction goes, the next word takes the capital.
        ("And we've put together a free calendar.", "We've put together a free calendar."),
        ("Et on vous donne nos conseils.", "On vous donne nos conseils."),
        ("And Maria will be there.", "Maria will be there."),
        # correct, untouched: no "And"; a conjunction that says how it follows; a word
        # that only starts like one; a link written as it is.
        ("We open at 8.", "We open at 8."),
        ("But the shop stays open.", "But the shop stays open."),
        ("Mais la boutique reste ouverte.", "Mais la boutique reste ouverte."),
        ("Andrew runs the workshop.", "Andrew runs the workshop."),
        ("Etienne vous accueille.", "Etienne vous accueille."),
        ("And greenleafnursery.com.au has it all.", "And greenleafnursery.com.au has it all."),
    ],
)
def test_a_paragraph_does_not_open_on_and(piece: str, expected: str) -> None:
    assert without_opening_and(piece) == expected
    # and post_paragraphs applies it to a paragraph's first sentence only
    assert post_paragraphs([piece, "And more."]) == [f"{expected} And more."]


def test_no_post_or_article_paragraph_opens_on_and_after_a_cut_hook() -> None:
    master = (
        "Autumn is the best time to plant in Perth, and we've put together a free planting "
        "calendar for local gardens: what to sow each month, which natives cope with our sandy "
        "soil, and how much to water once the rains start. Grab a printed copy at the counter "
        "or download it from greenleafnursery.com.au/planting-guide 🌱"
    )
    networks = ["blog", "facebook", "linkedin", "instagram"]
    result = adapt(master, networks=networks, lang="en", date=DATE, languagetool="off")
    for variant in result.variants:
        paragraphs = variant.text.split("\n\n")
        assert not any(p.startswith("And ") for p in paragraphs), variant.text
        # Cut at "and" (its "And" dropped), or kept whole where the voice allows the
        # sentence once its colon is cut (LinkedIn: "…, and we've put together a free
        # planting calendar for local gardens. It covers what to sow…").
        assert "put together a free planting calendar" in variant.text, variant.network
        assert "And we've" not in variant.text, variant.text


# A master that lists its items on lines, in either language, whatever the items say.
_LIST_MASTERS = [
    (
        "fr",
        "Horaire des Fêtes 🎄\n{items}\nRetour à l'horaire habituel le samedi 2 janvier. "
        "Merci pour cette belle année !",
        ["{d} décembre : ouvert de 7 h à 15 h", "{d} décembre : fermé", "{d} janvier : fermé"],
    ),
    (
        "en",
        "Our holiday hours 🎄\n{items}\nBack to normal hours on Saturday 2 January. "
        "Thank you for a lovely year!",
        ["{d} December: open 7am to 3pm", "{d} December: closed", "{d} January: closed"],
    ),
]


@pytest.mark.parametrize("seed", range(9))
def test_every_list_item_keeps_its_own_line_in_every_voice(seed: int) -> None:
    import random

    import regex

    rng = random.Random(seed)
    lang, frame, forms = _LIST_MASTERS[seed % 2]
    count = rng.randint(2, 5)
    bullet = ["•", "-", ""][seed % 3]  # a list without bullets too: labelled lines
    items = [f"{bullet} {rng.choice(forms).format(d=day)}".strip() for day in range(20, 20 + count)]
    master = frame.format(items="\n".join(items))
    networks = ["website", "blog", "facebook", "linkedin", "instagram", "x"]
    result = adapt(master, networks=networks, lang=lang, date=DATE, languagetool="off")
    item = regex.compile(r"\d+ (?:déc|janv|Dec|Jan)[\p{L}.]*[ \u00a0\u202f]?:")
    for variant in result.variants:
        lines = variant.text.split("\n")
        # (a press note's dateline may open the line of its first item: "7 December 2026 –")
        listed = [line for line in lines if item.search(line)]
        # each item on a line of its own: as many item lines as items, none holding two
        assert len(listed) == count, (variant.network, variant.text)
        assert all(len(item.findall(line)) == 1 for line in listed), variant.network


def _variants(master: str, lang: str) -> dict[str, str]:
    result = adapt(master, lang=lang, date=DATE, languagetool="off")
    return {v.network: v.text for v in result.variants}


def test_the_sign_off_is_a_line_of_its_own_in_every_long_and_social_form() -> None:
    variants = _variants(APOLOGY, "fr")
    for network in ("website", "blog", "facebook", "linkedin", "instagram"):
        paragraphs = variants[network].split("\n\n")
        assert "L'équipe du P'tit Cabanon" in paragraphs, network
        # and it is said once, not also run on after the last sentence
        assert variants[network].count("L'équipe du P'tit Cabanon") == 1, network


def test_questions_stay_with_their_answer() -> None:
    variants = _variants(RECALL, "en")
    # The press note states it instead of asking (press-practical).
    assert "Questions?" not in variants["website"]
    assert "Further information is available" in variants["website"]
    for network in ("blog", "facebook", "linkedin", "instagram"):
        text = variants[network]
        at = text.find("Questions?")
        assert at >= 0, network
        # the question and its answer are in the same paragraph
        assert "\n" not in text[at : text.find("Call us", at)], network


def test_the_blog_description_is_the_lead_not_a_contact_line() -> None:
    result = adapt(RECALL, networks=["blog"], lang="en", date=DATE, languagetool="off")
    description = str(result.variants[0].meta["description"])
    assert "01227" not in description
    assert "@" not in description
    assert description.startswith("We have found that some loaves")


FARM = (
    "On cherche du renfort pour la saison des fraises 🍓 ! Cueillette et vente à la ferme, du "
    "4 mai à fin juin, du lundi au samedi matin. Pas besoin d'expérience, juste de la bonne "
    "humeur et de bonnes chaussures. Payé au SMIC, temps partiel possible. Appelez Yann au "
    "06 12 48 73 90.\nFerme de Kerlann, Plougastel-Daoulas"
)


def test_a_press_note_does_not_sign_with_its_fact_sheets_place_line() -> None:
    result = adapt(FARM, lang="fr", date=dt.date(2026, 4, 13), languagetool="off")
    texts = {v.network: v.text for v in result.variants}
    # the press note says it once, in its practical information
    assert texts["website"].count("Ferme de Kerlann, Plougastel-Daoulas") == 1
    assert "Lieu\u202f: Ferme de Kerlann, Plougastel-Daoulas" in texts["website"]
    # the blog, which has no fact sheet, keeps the sign-off on its line
    assert "Ferme de Kerlann, Plougastel-Daoulas" in texts["blog"].split("\n\n")


def test_the_halves_of_a_cut_master_sentence_are_one_piece() -> None:
    master = (
        "Write to hello@market.example. Our baker keeps saying “bread is for sharing”, "
        "we're at 12 Harbour Lane."
    )
    pieces = [
        "Write to hello@market.example.",
        "Our baker keeps saying “bread is for sharing”.",
        "We're at 12 Harbour Lane.",
    ]
    assert with_split_halves(pieces, master) == [
        "Write to hello@market.example.",
        "Our baker keeps saying “bread is for sharing”. We're at 12 Harbour Lane.",
    ]


def test_two_sentences_of_the_master_stay_two_pieces() -> None:
    master = "We open on Saturday. Come and see us at the market."
    pieces = ["We open on Saturday.", "Come and see us at the market."]
    assert with_split_halves(pieces, master) == pieces
