"""A press note says how to act, it does not give orders: « Réservez votre table au 04 94 26
71 38. » becomes « Les réservations se font au 04 94 26 71 38. », "Call 902-555-0164 to
reserve a table." becomes "Reservations can be made by calling 902-555-0164."

A post speaks to its customers; a press note is read by journalists, who quote it to
theirs. Only a whole sentence that is one of the orders of ``data/press-practical.yaml``
(a sentence going on after a comma keeps its rest) is rewritten, and the number, address,
link or name it gives is written again as it was, so no fact is lost.
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
)
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language

# What the orders' {placeholders} stand for (press-fragments reads them too).
_PHONE = r"\+?\d[\d .\-\u00a0]{5,}\d"
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_LINK = r"(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/[^\s]*[^\s.,;:!?])?"
SLOTS = {
    "phone": _PHONE,
    "email": _EMAIL,
    "link": _LINK,
    "contact": rf"(?:{_EMAIL}|{_LINK}|{_PHONE})",
    "name": r"\p{Lu}[\p{L}\-]+",
    # A day as a sentence of a post writes it: « 20 décembre », "20 December", "December
    # 20th", a weekday before it or not.
    "date": r"(?:\p{L}+,?\s+)?(?:(?:1er|\d{1,2})(?:st|nd|rd|th)?\s+\p{L}+"
    r"|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?)",
}
# What may close a sentence the data's patterns read (press-fragments reads it too).
END = r"[\s\u00a0\u202f]*[.!]*"


def with_slots(pattern: str) -> str:
    """A data file's ``pattern`` as a regular expression: either apostrophe for "'", and
    each {slot} the expression :data:`SLOTS` gives it, a group of the slot's name the first
    time (unless the data names that group itself, "(?P<closed>{date})"), a plain group
    after."""
    pattern = pattern.replace("'", "['’]")
    for slot, body in SLOTS.items():
        if f"(?P<{slot}>" not in pattern:
            pattern = pattern.replace(f"{{{slot}}}", f"(?P<{slot}>{body})", 1)
        pattern = pattern.replace(f"{{{slot}}}", f"(?:{body})")
    return pattern
# Where an author's sentence ends: its stop (and a closing quote or bracket), then a space
# and a capital, a number or a quote, or the line's end. The French parser ends sentences
# inside the author's (« Envoyez » | « -nous quelques lignes… », « Démarrage lundi » |
# « 6 avril… »); a rewrite of such a piece would orphan the rest.
# An emoji between a word and a capital stands for the stop a post leaves out (« se lever
# tôt 😉 Envoyez-nous »).
_STOP = regex.compile(
    r"(?:[.!?…]+[\"»”’)]*|(?<=[\p{L}\p{N}][\s\u00a0]*)\p{Extended_Pictographic}[\ufe0f\u200d"
    r"\p{Extended_Pictographic}]*)(?=[\s\u00a0\u202f]+[\p{Lu}\p{N}\p{Sc}«\"“(]|\s*$)"
)


def statements(line: str) -> list[tuple[int, int]]:
    """The author's sentences of ``line``, as (start, end) with their stop; a line's last
    words without one are a sentence too."""
    found: list[tuple[int, int]] = []
    start = 0
    for stop in _STOP.finditer(line):
        if line[start : stop.end()].strip():
            begin = start + len(line[start:]) - len(line[start:].lstrip())
            found.append((begin, stop.end()))
        start = stop.end()
    if line[start:].strip():
        begin = start + len(line[start:]) - len(line[start:].lstrip())
        found.append((begin, len(line.rstrip())))
    return found


@cache
def _orders(lang: str) -> tuple[tuple[regex.Pattern[str], str], ...]:
    entries = load_table("press-practical.yaml").get(lang, [])
    found = []
    for entry in entries:
        pattern = with_slots(entry["order"])
        # The order, then its stop, or a comma and the rest of the sentence.
        whole = rf"(?:{pattern})(?:(?P<rest>,[^\n]*?)|{END})"
        found.append((regex.compile(whole, regex.IGNORECASE), entry["write"]))
    return tuple(found)


class PressPractical(Transform):
    id = "press-practical"
    stage = Stage.BODY
    # The sentence is rewritten whole and its number, address or link written again as it
    # was: nothing protected changes.
    edits_protected = True
    # After the sentences are split and merged (64-65): the order is a sentence of its own
    # there (merge-sentences leaves orders alone), and a statement put in its place would
    # be merged into the sentence before it ("…a $100 bar tab; Reservations can be…").
    order = 67
    summary = (
        "In a press note, an order to the customers that says how to act ('Réservez votre "
        "table au 04…', 'Call … to reserve a table') becomes a sentence that states it "
        "('Les réservations se font au 04…', 'Reservations can be made by calling …')."
    )
    examples = (
        TransformExample(
            "Concert le samedi 10 juillet à 20 h 30. Réservez votre table au 04 94 26 71 38, "
            "nous affichons vite complet.",
            "Concert le samedi 10 juillet à 20 h 30. Les réservations se font au 04 94 26 71 "
            "38, nous affichons vite complet.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Cueillette du 4 mai à fin juin. Appelez Yann au 06 12 48 73 90.",
            "Cueillette du 4 mai à fin juin. Renseignements auprès de Yann au 06 12 48 73 90.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Trivia night every second Tuesday. Call 902-555-0164 to reserve a table.",
            "Trivia night every second Tuesday. Reservations can be made by calling 902-555-0164.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "No other product is affected. Questions? Call us on 01227 555 014 or email "
            "hello@harbourbakery.co.uk.",
            "No other product is affected. Further information is available on 01227 555 014 "
            "or at hello@harbourbakery.co.uk.",
            voice="corporate",
            network="website",
        ),
        # With a brand, the person rules have made "us" the team first.
        TransformExample(
            "No other product is affected. Questions? Call the team on 01227 555 014 or email "
            "hello@harbourbakery.co.uk.",
            "No other product is affected. Further information is available on 01227 555 014 "
            "or at hello@harbourbakery.co.uk.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Harbour Bakery"},
        ),
        TransformExample(
            "We offer £14 an hour. Apply by 20 December at greenfork.co.uk/careers.",
            "We offer £14 an hour. Applications should be submitted by 20 December at "
            "greenfork.co.uk/careers.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Poste en CDI. Envoyez votre candidature à emploi@painsdor.fr.",
            "Poste en CDI. Les candidatures sont à adresser à emploi@painsdor.fr.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A question as a post asks it, then where to ask it.
        TransformExample(
            "Les commandes partiront avec du retard. Une question ? service@savonnerie.fr",
            "Les commandes partiront avec du retard. Les questions sont à adresser à "
            "service@savonnerie.fr.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "No other product is affected. Questions: 0161 496 0752 or recall@bakehouse.co.uk",
            "No other product is affected. Further information is available on 0161 496 0752 "
            "or at recall@bakehouse.co.uk.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Contrat d'apprentissage en CAP. Envoyez-nous quelques lignes sur vous à "
            "contact@painsdor.fr ou passez à la boutique, 18 avenue Gambetta à Hyères.",
            "Contrat d'apprentissage en CAP. Les candidatures sont à adresser à "
            "contact@painsdor.fr ou à déposer à la boutique, 18 avenue Gambetta à Hyères.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Must have a driver's licence. Drop your resume in at 18 Moorabool St or email "
            "jobs@coastalauto.com.au",
            "Must have a driver's licence. Applications can be dropped off at 18 Moorabool St "
            "or sent to jobs@coastalauto.com.au.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Weekend availability is essential. Send a short note and your availability to "
            "hello@tideandtamp.co.uk by Friday 13 March.",
            "Weekend availability is essential. Applicants should send a short note and their "
            "availability to hello@tideandtamp.co.uk by Friday 13 March.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Bilingual French/English is a plus. Applications close Friday 3 April: portfolio "
            "and CV to internships@lumencreative.ca",
            "Bilingual French/English is a plus. Applications, with portfolio and CV, should "
            "be sent to internships@lumencreative.ca by Friday 3 April.",
            voice="corporate",
            network="website",
        ),
        # An order that says more than how to act stays: its other words would be lost.
        TransformExample(
            "Réservez votre table au 04 94 26 71 38 avant jeudi.",
            "Réservez votre table au 04 94 26 71 38 avant jeudi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A post speaks to its customers.
        TransformExample(
            "Trivia night every second Tuesday. Call 902-555-0164 to reserve a table.",
            "Trivia night every second Tuesday. Call 902-555-0164 to reserve a table.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and bool(_orders(base_language(target.lang)))

    def edits(self, text: str, target: Target) -> list[Edit]:
        orders = _orders(base_language(target.lang))
        edits: list[Edit] = []
        position = 0
        for line in text.split("\n"):
            offset, position = position, position + len(line) + 1
            if not line.strip():
                continue
            sentences = statements(line)
            taken = 0  # the sentences rewritten already
            for index, (first, _) in enumerate(sentences):
                if index < taken:
                    continue
                # The order alone, or with the sentence after it: "Questions? Call us…".
                for after, (_, last) in enumerate(sentences[index : index + 2]):
                    written = line[first:last].rstrip()
                    said = _stated(written, orders)
                    if said is None:
                        continue
                    start = offset + first
                    edits.append(
                        Edit(
                            start,
                            start + len(written),
                            said,
                            reason="a press note states how to act rather than giving its "
                            "readers an order",
                        )
                    )
                    taken = index + after + 1
                    break
        return edits


def _stated(written: str, orders: tuple[tuple[regex.Pattern[str], str], ...]) -> str | None:
    """``written`` stated as the first order it matches says it, or None."""
    for pattern, write in orders:
        found = pattern.fullmatch(written)
        if found is None:
            continue
        said = write.format(**{k: v for k, v in found.groupdict().items() if v})
        # The rest after a comma, as written, then a stop (never a "!").
        return (said + (found["rest"] or "")).rstrip(" .!") + "."
    return None


TRANSFORMS = (PressPractical(),)
