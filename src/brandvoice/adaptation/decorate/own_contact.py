"""What a master already gives its readers to reach the business or to act with, so that a
stock prompt of the voice ("Any questions? Send us a message.", « Une question ? Écrivez-nous
en message privé. ») is not written after it:

- a contact: a phone number, an e-mail address or a link it gives, a line that labels a
  number as the way to ask ("Pour toute question : 026 555 01 23", "Contact : …"), or a
  channel it sends its readers to itself ("…, or message us and we'll arrange a pickup",
  « contactez-nous pour un remplacement »);
- its own call to action: it asks its readers to share the post ("Merci de partager !",
  "Please share"), what a recall's readers are asked to do for the others.

Under either, the stock prompt says again what the post said, or sends the reader another
way (:mod:`brandvoice.adaptation.decorate.cta`)."""

from __future__ import annotations

import regex

from brandvoice.understand.model import Message, Role

# A line or sentence that labels a number as the way to ask, though the parse read no phone
# in it ("Pour toute question : 026 555 01 23", "Info : 514 555-0143").
_LABELLED_NUMBER = regex.compile(
    r"(?<!\p{L})(?:contact|questions?|info|infos|renseignements|t[ée]l(?:[ée]phone)?|phone|"
    r"call|appel(?:ez|er))(?!\p{L})[^.!?\n]{0,25}?(?:\+?\d[\d \u00a0().\-]{5,}\d)",
    regex.IGNORECASE,
)
# The business's channel a master sends its readers to: "message us", "call us", « écrivez-
# nous », « contactez-nous ».
_CHANNEL = regex.compile(
    r"(?<!\p{L})(?:message|call|email|e-mail|contact|DM|phone|text)\s+us(?!\p{L})|"
    r"(?<!\p{L})(?:écrivez|contactez|appelez|téléphonez)[\s\-]nous(?!\p{L})|"
    r"(?<!\p{L})(?:en|par)\s+(?:message\s+privé|MP)(?!\p{L})",
    regex.IGNORECASE,
)
# The master's own ask of its readers: to share the post.
_SHARE = regex.compile(
    r"(?<!\p{L})(?:partagez|partager|faites\s+passer|faites\s+tourner|share|pass\s+(?:it|this)"
    r"\s+on)(?!\p{L})",
    regex.IGNORECASE,
)


def own_contact(message: Message) -> str:
    """The words by which ``message`` already gives a contact or its own call to action
    (see the module docstring); '' when it gives none."""
    way = next((f.text for f in message.of_role(Role.HOW) if f.kind in _WAYS), "")
    if way:
        return way
    for pattern in (_LABELLED_NUMBER, _CHANNEL, _SHARE):
        found = pattern.search(message.text)
        if found is not None:
            return str(found.group()).strip()
    return ""


_WAYS = frozenset({"phone", "email", "url"})
