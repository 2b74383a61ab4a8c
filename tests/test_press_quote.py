"""The press note's quote: the master's thanks leave the body for an attributed quote, and
the transforms after press-quote leave the quote's first person alone."""

from __future__ import annotations

from brandvoice.adaptation.pipeline import Rewrite, run_stage, run_transforms
from brandvoice.adaptation.transform import Stage, TransformExample, example_target
from brandvoice.adaptation.transforms import transforms_by_id


def _press_target(text: str, lang: str = "en", brand: str = "Acme"):  # type: ignore[no-untyped-def]
    example = TransformExample(
        text, text, lang=lang, voice="corporate", network="website", profile={"brand_name": brand}
    )
    return example_target(example)


def test_the_quote_keeps_the_first_person_the_body_loses() -> None:
    text = "We fixed 4,812 bikes in 2025. We are so proud of our volunteers, thank you all!"
    result = run_stage(Rewrite(text), _press_target(text), Stage.BODY)
    body, _, quote = result.text.partition("\n\n")
    # press-lead names the brand in the body...
    assert body.startswith("Acme fixed 4,812 bikes")
    # ...and leaves the quote as the master says it, attributed to the brand's team.
    assert quote == "“We are so proud of our volunteers, thank you all,” says the Acme team."
    assert any(c.transform == "press-quote" for c in result.changes)


def test_the_quote_closes_the_body_before_the_address_line() -> None:
    text = (
        "Nous fêtons nos 10 ans samedi.\nMerci à vous tous de faire vivre ce comptoir !\n"
        "12 rue Haute, Brest"
    )
    result = run_stage(Rewrite(text), _press_target(text, "fr", "Le Bar Marine"), Stage.BODY)
    lines = result.text.split("\n")
    assert "12 rue Haute, Brest" in lines[-1]
    assert lines[-2] == (
        # No apostrophe in the master: French publishing’s ’ (text_apostrophe).
        "«\u00a0Merci à vous tous de faire vivre ce comptoir\u00a0», confie l’équipe du Bar Marine."
    )


def test_later_transforms_do_not_edit_inside_a_quote() -> None:
    text = "We open on Saturday. Thank you, Leeds, we love you all!"
    target = _press_target(text)
    by_id = transforms_by_id()
    quoted = run_transforms(Rewrite(text), target, [by_id["press-quote"], by_id["press-lead"]])
    alone = run_transforms(Rewrite(text), target, [by_id["press-lead"]])
    assert "we love you all" in quoted.text
    # Without the quote, press-lead would have put the thanks in the third person.
    assert "the team loves you all" in alone.text
    assert quoted.text.startswith("Acme opens on Saturday.")


def test_a_sentence_with_a_fact_is_not_quoted() -> None:
    text = "We open on Saturday. Thank you for coming on Saturday 4 April!"
    result = run_transforms(Rewrite(text), _press_target(text), [transforms_by_id()["press-quote"]])
    assert result.text == text


def test_the_french_attribution_is_no_order_to_the_reader() -> None:
    import datetime as dt

    from brandvoice.adaptation import adapt

    master = (
        "Soirée live samedi 10 juillet au P'tit Cabanon. Merci à tous pour votre fidélité, "
        "on a hâte de vous retrouver !"
    )
    (press,) = adapt(
        master, networks=["website"], lang="fr", date=dt.date(2026, 6, 29), languagetool="off"
    ).variants
    assert "», confie l'équipe." in press.text
    assert not [f for f in press.findings if f.rule == "register.address-mix"]


def test_a_practical_tail_follows_the_quote_as_its_own_paragraph() -> None:
    text = (
        "Les commandes partiront avec 3 jours de retard. Nous sommes vraiment désolés. Un bon "
        "de 10 € sera envoyé avec le numéro de suivi. Une question ? aide@savon.example"
    )
    quote = transforms_by_id()["press-quote"]
    result = run_transforms(Rewrite(text), _press_target(text, "fr", "La Savonnerie"), (quote,))
    paragraphs = result.text.split("\n\n")
    assert paragraphs[-1] == "Une question ? aide@savon.example"
    assert paragraphs[-2].startswith("«\u00a0Nous sommes vraiment désolés\u00a0»")
    assert "désolés" not in paragraphs[0]


def test_a_long_unstopped_last_line_keeps_the_apology_in_the_body() -> None:
    # No tail a reader turns to: a sentence the master forgot to close.
    text = (
        "Les commandes partiront avec 3 jours de retard. Nous sommes vraiment désolés. Un bon "
        "de 10 € sera envoyé à chaque client concerné avec son numéro de suivi dans la semaine"
    )
    quote = transforms_by_id()["press-quote"]
    result = run_transforms(Rewrite(text), _press_target(text, "fr", "La Savonnerie"), (quote,))
    assert result.text == text
