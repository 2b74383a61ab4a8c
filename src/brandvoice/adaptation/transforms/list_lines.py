"""A long sentence's list of three items or more set out one item a line in a social
post: "Our partners will cover A, B, and C." → "Our partners will cover:\\n• A\\n• B\\n• C"
(the rules: :mod:`brandvoice.adaptation.wording.list_lines`)."""

from __future__ import annotations

from typing import ClassVar

import regex
from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SHORT_POST, SocialSplit
from brandvoice.adaptation.wording.list_lines import ListLines, list_lines
from brandvoice.lang import base_language
from brandvoice.understand import Intent

# Spaces after the sentence, which the list's last line replaces with a line break.
_SPACES = regex.compile(r"[ \t\u00a0\u202f]*")
_STOPS = regex.compile(r"[.!?…]")
_WORD = regex.compile(r"[\p{L}\p{N}]")


class ListLinesTransform(SocialSplit[None]):
    id: ClassVar[str] = "list-lines"
    stage: ClassVar[Stage] = Stage.BODY
    # After list-programme (58), which writes « Au programme : A, B et C »; before
    # split-colon (59) and split-colon-list (60), which would cut the list's sentence.
    order: ClassVar[int] = 59
    needs: ClassVar[str] = ","
    does: ClassVar[str] = "its list goes one item a line"
    summary: ClassVar[str] = (
        "In a Facebook, Instagram or LinkedIn post of a voice that is not formal, sets out "
        "the list of three items or more that makes a sentence too long one item a line "
        "('Our partners will cover A, B, and C.' → 'Our partners will cover:' then '• A', "
        "'• B', '• C'), as community managers write lists; a list of verbs or clauses "
        "stays a sentence."
    )
    examples = (
        TransformExample(
            "Join us online on 20 November. Our partners will cover salary versus dividend "
            "strategies, the latest changes to the small business deduction, and the records "
            "you should gather before the end of the year. Register on our website.",
            "Join us online on 20 November. Our partners will cover:\n• salary versus dividend "
            "strategies\n• the latest changes to the small business deduction\n• the records "
            "you should gather before the end of the year\n\nRegister on our website.",
            voice="casual-facebook",
            network="facebook",
        ),
        TransformExample(
            "Plania 3.0 arrive en février. Au programme : gestion des horaires variables "
            "conforme à la loi sur le travail, export direct vers les principaux logiciels de "
            "salaires et application mobile pour vos collaborateurs.",
            "Plania 3.0 arrive en février. Au programme\u202f:\n• gestion des horaires variables "
            "conforme à la loi sur le travail\n• export direct vers les principaux logiciels de "
            "salaires\n• application mobile pour vos collaborateurs",
            lang="fr",
            voice="casual-facebook",
            network="facebook",
        ),
        TransformExample(
            "New on the blog. It covers what to sow each month in a sandy garden by the sea, "
            "which natives cope with our soil, and how much to water once the rains start.",
            "New on the blog. It covers:\n• what to sow each month in a sandy garden by the "
            "sea\n• which natives cope with our soil\n• how much to water once the rains start",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(
            "We are now a certified B Corp. The certification recognises our work on pay "
            "transparency, our move to a 100% renewable electricity supplier and our pro bono "
            "programme for local charities.",
            "We are now a certified B Corp. The certification recognises:\n• our work on pay "
            "transparency\n• our move to a 100% renewable electricity supplier\n• our pro bono "
            "programme for local charities",
            voice="casual-facebook",
            network="facebook",
        ),
        # What the business did is a list of verbs: it stays a sentence.
        TransformExample(
            "Record year! In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and kept an "
            "estimated 11 tonnes of metal out of landfill.",
            "Record year! In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and kept an "
            "estimated 11 tonnes of metal out of landfill.",
            voice="casual-facebook",
            network="facebook",
        ),
        # A date's comma parts no items.
        TransformExample(
            "Holiday hours at Kowalski Hardware. We'll close at 2pm on Thursday, December 24 "
            "and stay closed on the 25th and 26th.",
            "Holiday hours at Kowalski Hardware. We'll close at 2pm on Thursday, December 24 "
            "and stay closed on the 25th and 26th.",
            voice="casual-facebook",
            network="facebook",
        ),
        # A list of what the person hired will do is a list of verbs: it stays a sentence.
        TransformExample(
            "You'll help on social campaigns for local restaurants and nonprofits, learn "
            "copywriting and basic analytics, and get real client work into your portfolio.",
            "You'll help on social campaigns for local restaurants and nonprofits, learn "
            "copywriting and basic analytics, and get real client work into your portfolio.",
            voice="casual-facebook",
            network="facebook",
        ),
        # An apposition after the list's noun ("…, sold between…") is no item.
        TransformExample(
            "New in this week: linen shirts in three colours, sizes S to XL, sold between "
            "March and May only at our shop on Briggate in Leeds.",
            "New in this week: linen shirts in three colours, sizes S to XL, sold between "
            "March and May only at our shop on Briggate in Leeds.",
            voice="casual-facebook",
            network="facebook",
        ),
        # A short sentence keeps its list.
        TransformExample(
            "Fresh bread, local cheese and coffee.",
            "Fresh bread, local cheese and coffee.",
            voice="casual-facebook",
            network="facebook",
        ),
        # A press note keeps its sentences.
        TransformExample(
            "Our partners will cover salary versus dividend strategies, the latest changes to "
            "the small business deduction, and the records you should gather before the end "
            "of the year.",
            "Our partners will cover salary versus dividend strategies, the latest changes to "
            "the small business deduction, and the records you should gather before the end "
            "of the year.",
            voice="corporate",
            network="website",
        ),
    )

    def applies(self, target: Target) -> bool:
        # X's 280 characters: a list of lines is no post there.
        # A recall or an incident is a notice, sober and in sentences (see notice.py).
        limit = target.network.limit
        return (
            super().applies(target)
            and (limit is None or limit >= SHORT_POST)
            and target.understood().intent not in (Intent.RECALL, Intent.INCIDENT)
        )

    def cut(
        self,
        tokens: list[Token],
        text: str,
        span: tuple[int, int],
        target: Target,
        context: None,
    ) -> ListLines | None:
        if not _WORD.search(text, 0, span[0]):
            return None  # the post's first sentence is its hook, a line of its own
        found = list_lines(tokens, text, span[0], span[1], base_language(target.lang))
        if found is None:
            return None
        sentence_end = span[1]
        # The sentence's stop goes; an emoji after it ends the last item.
        emoji = _STOPS.sub("", text[found.end : sentence_end]).strip()
        lines = found.replacement + (f" {emoji}" if emoji else "")
        # What follows on the sentence's line goes on the line after the list.
        spaces = _SPACES.match(text, sentence_end)
        after = spaces.end() if spaces is not None else sentence_end
        if after < len(text) and text[after] != "\n":
            return ListLines(found.start, after, f"{lines}\n\n")
        return ListLines(found.start, sentence_end, lines)


TRANSFORMS = (ListLinesTransform(),)
