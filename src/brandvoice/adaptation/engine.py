"""From one master message to a checked variant per (voice, network).

For each target: the master's body goes through the BODY transforms (register, glossary,
address form, contractions, person), the voice's template lays it out for the network,
the POST transforms finish it (links, typography, emoji, hashtags, length), and the
variant is checked like any text. Every edit is kept as a :class:`Change` with its
reason; what a variant could not guarantee (a fact lost, an error left) is listed in
:attr:`Adaptation.problems` rather than hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.brand import load_brand, with_brand
from brandvoice.adaptation.fidelity import audit
from brandvoice.adaptation.layout import template_context
from brandvoice.adaptation.model import Adaptation, Change, Variant
from brandvoice.adaptation.names import master_names
from brandvoice.adaptation.pipeline import Rewrite, run_stage
from brandvoice.adaptation.render import render, template_key
from brandvoice.adaptation.transform import Decoration, Stage, Target
from brandvoice.checks.runner import Checker, CheckRequest
from brandvoice.errors import InputError
from brandvoice.findings import Severity
from brandvoice.lang import Lang, base_language, choose_locale, with_region
from brandvoice.markdown import parse_markdown
from brandvoice.networks.model import NetworkKind
from brandvoice.text.limits import (
    MAX_ADAPT_CHARS,
    MAX_CHARS_OPTION,
    MAX_CHECK_CHARS,
    require_within,
)
from brandvoice.text.pairs import open_marks
from brandvoice.understand import understand

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

# The networks a small business posts the same news to when nothing else is asked.
DEFAULT_NETWORKS: tuple[str, ...] = ("website", "blog", "facebook", "linkedin", "x", "instagram")


def plan_targets(
    voices: Sequence[str | VoiceProfile] | None,
    networks: Sequence[str | Network] | None,
    brand: VoiceProfile | None = None,
) -> list[tuple[VoiceProfile, Network]]:
    """Which (voice, network) pairs to write: every voice on every network asked; a missing
    side comes from the other (a network's default voice — the brand's own profile on the
    networks it lists —, the networks a voice serves)."""
    from brandvoice.checks.runner import resolve_target
    from brandvoice.networks import get_network, get_open_network

    # A network asked for by name must be open; one a voice merely lists is skipped if closed.
    asked = [get_open_network(network) for network in networks or ()]
    pairs: list[tuple[VoiceProfile, Network]] = []
    if voices is None:
        for network in asked or DEFAULT_NETWORKS:
            voice, target = resolve_target(None, network)
            if brand is not None and target.id in brand.networks:
                voice = brand
            pairs.append((voice, target))
    else:
        for voice_name in voices:
            profile, _ = resolve_target(voice_name, None)
            served = [n for n in profile.networks if get_network(n).is_active]
            for network in asked or served:
                pairs.append(resolve_target(profile, network))
    return [(with_brand(voice, brand), network) for voice, network in pairs]


def _checked_voice(target: Target) -> VoiceProfile:
    """The voice ``target``'s variant is checked against: its own, except that a serious
    message (an incident, a recall) carries the brand's tags only, by the hashtags
    transform's rule, so the voice's least number of tags is not asked of it (the check
    would flag what the adaptation did on purpose: ``length.hashtags``)."""
    voice = target.voice
    policy = voice.hashtags
    if not target.understood().serious or target.decoration.hashtags is not None:
        return voice
    fewest = min(policy.min, len(policy.tags))
    if fewest == policy.min:
        return voice
    return voice.model_copy(update={"hashtags": policy.model_copy(update={"min": fewest})})


def _split_trailing_hashtags(master: str) -> tuple[str, list[str]]:
    """Hashtags in a block at the end of the master are handed to templates separately;
    hashtags inside sentences stay where the author put them."""
    from brandvoice.text.entities import find_hashtags

    tags = find_hashtags(master)
    end = len(master.rstrip())
    trailing: list[str] = []
    for tag in reversed(tags):
        if master[tag.end : end].strip():
            break
        trailing.insert(0, tag.text)
        end = tag.start
    return master[:end].rstrip(), trailing


def _first_link(master: str) -> str:
    from brandvoice.text.entities import find_urls

    urls = find_urls(master)
    return urls[0].text if urls else ""


def _sentences(doc: Doc) -> list[str]:
    """The sentences of ``doc`` as written. A boundary the model puts where the text has no
    space ("Pre" | "-order") is not one: templates join sentences with spaces, and would
    split the word; nor is one inside a quotation or an aside, nor one after a « ; » (the
    French model ends sentences there). A paragraph break of the master always is one."""
    sentences: list[str] = []
    glued = False
    for sentence in doc.sents:
        text = sentence.text_with_ws
        previous = sentences[-1] if sentences else ""
        attached = glued or open_marks(previous) or previous.rstrip().endswith(";")
        # Emoji alone after a stop close the sentence before ("10 ans déjà ! 🎉").
        attached = attached or not _HAS_WORD.search(text)
        # A piece that ends on no stop, on the line the next goes on, is the model's misread
        # ("… le Garage" | "Martinez vous offre…", "… à 29" | "€ au lieu de 49 €"): a
        # template that sets sentences in paragraphs would part them.
        attached = attached or bool(previous and _UNFINISHED.search(previous))
        if attached and sentences:
            sentences[-1] += text
        else:
            # Emoji after a stop on the same line close the sentence before, though the
            # model opens the next one on them ("30 ans aujourd'hui ! 🎂 | Le Bar…").
            leading = _LEADING_EMOJI.match(text)
            if leading and sentences and _CLOSED_ON_LINE.search(previous):
                sentences[-1] += leading.group()
                text = text[leading.end() :]
            sentences.append(text)
        glued = not (sentence[-1].whitespace_ or sentence[-1].is_space)
    pieces = [p.strip() for s in sentences for p in _PARAGRAPH_BREAK.split(s) if p.strip()]
    # Emoji that open the text are no sentence of their own ("⚠️ | Pas de service ce midi…"):
    # they open the first one, or a headline made of them would be empty.
    while len(pieces) > 1 and not _HAS_WORD.search(pieces[0]):
        pieces[:2] = [f"{pieces[0]} {pieces[1]}"]
    return pieces


_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
# Emoji opening a sentence, with the spaces after them, a word after that.
_LEADING_EMOJI = regex.compile(
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+[ \t\u00a0\u202f]*)+"
    r"(?=[\p{L}\p{N}])"
)
# A sentence ended by its stop, on the line the next goes on.
_CLOSED_ON_LINE = regex.compile(r"[.!?…][ \t\u00a0\u202f]*\Z")
# The end of a piece that is no sentence yet: a word, a number or a comma, then spaces on
# the same line (a headline ends on its line, on "!" or on an emoji).
_UNFINISHED = regex.compile(r"[\p{L}\p{N},][ \t\u00a0\u202f]*\Z")
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


class _Sentences:
    """Sentence splits of the bodies the BODY stage produced, batched and shared: most
    targets leave the body as it is, so the same text is split once."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._done: dict[str, list[str]] = {}

    def prepare(self, texts: Iterable[str]) -> None:
        from brandvoice.nlp import get_pipeline

        todo = sorted({t for t in texts if t not in self._done})
        for text, doc in zip(todo, get_pipeline(self.lang).sentence_docs(todo), strict=True):
            self._done[text] = _sentences(doc)

    def __getitem__(self, text: str) -> list[str]:
        return self._done[text]


def adapt(
    master: str,
    voices: Sequence[str | VoiceProfile] | None = None,
    networks: Sequence[str | Network] | None = None,
    lang: str = "auto",
    brand: str | Path | VoiceProfile | None = None,
    *,
    date: dt.date | None = None,
    disable: Iterable[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    languagetool: str = "auto",
    languagetool_url: str | None = None,
    intent: str | None = None,
    action: str | None = None,
    cta: str | None = None,
    emoji: bool = True,
    hashtags: Sequence[str] | None = None,
    accept: Iterable[str] = (),
    reject: Iterable[str] = (),
    max_chars: int = MAX_ADAPT_CHARS,
) -> Adaptation:
    """Write one variant of ``master`` per (voice, network) and check every variant.

    With neither ``voices`` nor ``networks``, writes the :data:`DEFAULT_NETWORKS` in their
    default voices. ``brand`` is a brand profile (a voice file, usually extending a
    built-in one): it is the voice on the networks it lists and lends its name, glossary,
    hashtags, links and boilerplate to the others. ``date`` dates press notes (today when
    omitted). Every variant goes through the same checks as :func:`brandvoice.check`;
    ``disable``, ``severity``, ``languagetool*``, ``accept`` and ``reject`` (vocabulary
    entries) mean what they mean there; the master's own names are accepted in its
    variants (:func:`brandvoice.adaptation.names.master_names`).

    The master is read once (:func:`brandvoice.understand.understand`): its intent and
    action choose each variant's call to action, emoji and hashtags. ``intent`` and
    ``action`` override what the text says; ``cta`` replaces the call to action ('' for
    none); ``emoji=False`` adds none; ``hashtags`` are the tags to use instead of drawn ones.
    A master longer than ``max_chars`` characters is refused (:mod:`brandvoice.text.limits`).
    """
    if not master.strip():
        raise InputError("the master message is empty", field="master")
    require_within(master, max_chars, path=None, option=MAX_CHARS_OPTION)
    master = master.strip()
    brand_profile = load_brand(brand)
    pairs = plan_targets(voices, networks, brand_profile)
    locale, _ = choose_locale(lang, master, brand_profile.locale if brand_profile else None)
    language = base_language(locale)
    body, master_tags = _split_trailing_hashtags(master)
    link = _first_link(master)
    when = date or dt.date.today()
    names = brand_profile.names if brand_profile else ()
    # Read in its locale: "03/04" is 3 April in en-GB, March 4 in en-US; a master that
    # names no region, in the region its variants are written in (see _region_of).
    reading = with_region(locale, _region_of(brand_profile, pairs))
    message = understand(master, reading, date=when, names=names, intent=intent, action=action)
    decoration = Decoration(
        emoji=emoji, hashtags=None if hashtags is None else tuple(hashtags), cta=cta
    )
    targets = [
        Target(
            voice=voice,
            network=network,
            lang=language,
            master=master,
            message=message,
            decoration=decoration,
            locale=with_region(locale, voice.locale),
        )
        for voice, network in pairs
    ]
    bodies = [run_stage(Rewrite(body), target, Stage.BODY) for target in targets]
    sentences = _Sentences(language)
    sentences.prepare(b.text for b in bodies)

    drafts: list[tuple[Target, Rewrite, dict[str, object]]] = []
    for target, rewritten in zip(targets, bodies, strict=True):
        voice, network = target.voice, target.network
        context = template_context(
            voice,
            network,
            lang=language,
            master=rewritten.text,
            sentences=sentences[rewritten.text],
            hashtags=master_tags,
            link=link,
            date=when,
            message=message,
            cta=cta,
            locale=_variant_locale(locale, target),
        )
        laid_out = render(voice, network, context)
        key = template_key(voice, network.id)
        changes = [
            *rewritten.changes,
            Change(
                transform="template",
                before=rewritten.text,
                after=laid_out,
                reason=f"laid out by the {voice.name} voice's {key!r} template for {network.name}"
                f"; {context['cta_reason']}"
                + (f"; {context['headline_reason']}" if context["headline_reason"] else "")
                + (f"; {context['details_reason']}" if context["details_reason"] else ""),
            ),
        ]
        final = run_stage(Rewrite(laid_out, changes, list(rewritten.dropped)), target, Stage.POST)
        meta: dict[str, object] = {}
        if network.kind is NetworkKind.BLOG:
            final, meta = _blog_form(final, context, when, _variant_locale(locale, target))
        drafts.append((target, final, meta))

    from brandvoice.checks import valid_entries

    checker = Checker(
        disable=disable,
        severity=severity,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
        accept=valid_entries(accept),
        reject=valid_entries(reject),
        # A master let in past check's own limit is checked whole, with its variants.
        max_chars=max(max_chars, MAX_CHECK_CHARS),
    )
    # The facts.* rules read the variants' dates from the day they are written for.
    # The master's own names are no typos in its variants (the master is checked without).
    own_names = master_names(master, language)
    # A blog variant is Markdown: its markup is blanked before the checks, as `check`
    # does for a .md file, and the findings come back on the text as written.
    sources = [parse_markdown(r.text) if meta else None for _, r, meta in drafts]
    requests = [
        CheckRequest(
            source.checkable if source else r.text,
            _checked_voice(t),
            t.network,
            _variant_locale(locale, t),
            date=when,
            accept=own_names,
        )
        for (t, r, _), source in zip(drafts, sources, strict=True)
    ]
    # The master is checked too, as a long form: errors it already has are not the
    # adaptation's doing (see adapt.fidelity).
    *reports, master_report = checker.check_many(
        [
            *requests,
            CheckRequest(master, None, "blog", locale, date=when, intent=message.intent),
        ]
    )
    reports = [
        source.restore(report) if source else report
        for source, report in zip(sources, reports, strict=True)
    ]
    variants = [
        Variant(
            voice=target.voice.name,
            network=target.network.id,
            lang=language,
            text=rewrite.text,
            changes=rewrite.changes,
            findings=report.findings,
            metrics=report.metrics,
            backends=report.backends,
            meta=meta,
            dropped=rewrite.dropped,
            locale=_variant_locale(locale, target),
        )
        for (target, rewrite, meta), report in zip(drafts, reports, strict=True)
    ]
    problems = audit(master, language, master_report, variants, names, message)
    return Adaptation(
        lang=language,
        master=master,
        variants=variants,
        problems=problems,
        brand=brand_profile.name if brand_profile else None,
        message=message,
        locale=locale,
    )


def _blog_form(
    final: Rewrite, context: dict[str, Any], when: dt.date, lang: str
) -> tuple[Rewrite, dict[str, object]]:
    """A blog variant as a site generator takes it: the closing hashtags become the front
    matter's ``tags``, beside the title, description, date and language (the variant's
    locale: "en-GB" for a British voice, "fr" for a French one that names no region)."""
    from brandvoice.adaptation.blog import front_matter, take_hashtag_line

    text, tags = take_hashtag_line(final.text)
    changes = list(final.changes)
    if tags:
        changes.append(
            Change(
                transform="blog-form",
                before=final.text,
                after=text,
                reason="hashtags moved to the front matter's tags: a blog post has none inline",
            )
        )
    meta = front_matter(
        title=context["title"], description=context["description"], date=when, lang=lang, tags=tags
    )
    return Rewrite(text, changes, list(final.dropped)), meta


def _region_of(
    brand: VoiceProfile | None, pairs: Sequence[tuple[VoiceProfile, Network]]
) -> str | None:
    """The region the master is read in when it names none: the brand's, else the one
    every voice asked for writes in. The message is read once, and a variant in another
    region than its master would read "03/04" otherwise (3 April in en-GB, March 4 in a
    bare "en"): its checks and its shortened dates would not say the master's day."""
    if brand is not None and brand.locale:
        return brand.locale
    regions = {voice.locale for voice, _ in pairs if voice.locale}
    return regions.pop() if len(regions) == 1 else None


def _variant_locale(locale: str, target: Target) -> str:
    """The tag a variant is written and checked in: the master's, in the voice's region
    when the master's names none."""
    return with_region(locale, target.voice.locale)
