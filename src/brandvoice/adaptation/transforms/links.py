"""Links: UTM tags on the brand's links, and the bio wording where links do not link."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.decorate.bio import alternative_link_edits, bio_edits, pointer_edits
from brandvoice.adaptation.decorate.utm import host_matches, is_web_url, utm_params, with_utm
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.text.entities import URL, entities_of_kind

_UTM = {"utm": True, "utm_campaign": "summer", "home": "https://example.com"}
_UTM_BRAND = {"utm": True, "domains": ["comptoir-mourillon.fr"]}
_UTM_NO_SITE = {"utm": True, "utm_campaign": "summer"}


class Links(Transform):
    id = "links"
    stage = Stage.POST
    order = 10
    summary = (
        "Adds UTM tags to links to the brand's own domains (declared, else its home page's) "
        "on social networks when the voice asks for them, never on its own blog or website; "
        "where a network does not make links clickable (Instagram), the first link becomes "
        "the bio wording and the others are removed; where it does, a master's own pointer "
        'to its bio ("link in bio") goes, and a link written beside it stays.'
    )
    # Rewriting a URL is the whole point: UTM tags go inside it, the bio wording replaces it.
    edits_protected: ClassVar[bool] = True
    examples = (
        TransformExample(
            "Book now at https://example.com/book",
            "Book now at https://example.com/book"
            "?utm_source=facebook&utm_medium=social&utm_campaign=summer",
            profile={"links": _UTM},
        ),
        TransformExample(
            "Menu: https://example.com/menu?day=sat#mains, mail hello@example.com",
            "Menu: https://example.com/menu?day=sat"
            "&utm_source=linkedin&utm_medium=social&utm_campaign=summer#mains, "
            "mail hello@example.com",
            network="linkedin",
            profile={"links": _UTM},
        ),
        TransformExample(  # tagged already: nothing to add
            "Book: https://example.com/?utm_source=x&utm_medium=social&utm_campaign=summer",
            "Book: https://example.com/?utm_source=x&utm_medium=social&utm_campaign=summer",
            network="x",
            profile={"links": _UTM},
        ),
        TransformExample(  # only the brand's own domains are tagged
            "Réservez sur https://www.comptoir-mourillon.fr/resa (météo : https://meteo.fr).",
            "Réservez sur https://www.comptoir-mourillon.fr/resa?utm_source=facebook"
            "&utm_medium=social&utm_campaign=brandvoice (météo : https://meteo.fr).",
            lang="fr",
            profile={"links": _UTM_BRAND},
        ),
        TransformExample(  # the voice does not ask for UTM tags
            "Book now at https://example.com/book",
            "Book now at https://example.com/book",
        ),
        TransformExample(  # no own domain and no home page: no link is known to be the brand's
            "Book now at https://example.com/book",
            "Book now at https://example.com/book",
            profile={"links": _UTM_NO_SITE},
        ),
        TransformExample(  # the brand's own blog linking to its own site: an internal link
            "Book now at https://example.com/book",
            "Book now at https://example.com/book",
            voice="expert-blog",
            network="blog",
            profile={"links": _UTM},
        ),
        TransformExample(
            "Réservez sur https://comptoir-mourillon.fr/resa dès maintenant.",
            "Réservez via le lien en bio dès maintenant.",
            lang="fr",
            network="instagram",
            profile={"links": _UTM_BRAND},
        ),
        TransformExample(
            "New menu! See it at https://example.com/menu or on https://example.com/pdf.\n\n"
            "https://example.com/more",
            "New menu! See it via the link in bio.",
            network="instagram",
        ),
        TransformExample(
            "Notre nouvelle carte https://example.com/carte est arrivée.",
            "Notre nouvelle carte (lien en bio) est arrivée.",
            lang="fr",
            network="instagram",
        ),
        TransformExample(  # links are clickable: the pointer goes, the link beside it stays
            "À coller sur le frigo. Lien dans la bio ou sur oui-en-provence.example/plan.",
            "À coller sur le frigo. Lien\u202f: oui-en-provence.example/plan.",
            lang="fr",
            network="facebook",
        ),
        TransformExample(  # links are not clickable: the pointer stays, the address goes
            "À coller sur le frigo. Lien dans la bio ou sur oui-en-provence.example/plan.",
            "À coller sur le frigo. Lien dans la bio.",
            lang="fr",
            network="instagram",
        ),
        TransformExample(
            "Our market map is ready, link in bio or at https://market.example/map!",
            "Our market map is ready, link in bio!",
            network="instagram",
        ),
        TransformExample(  # a pointer and a second link: one "link in bio", not two
            "Our new catalogue is out! Link in bio, or on https://shop.example/catalogue. "
            "Happy reading!",
            "Our new catalogue is out! Link in bio. Happy reading!",
            network="instagram",
        ),
        TransformExample(  # the clause that only said where the second link was goes too
            "Inscriptions ouvertes : lien en bio ou sur atelier.example/inscription, et le "
            "programme sur https://atelier.example/programme.",
            "Inscriptions ouvertes : lien en bio.",
            lang="fr",
            network="instagram",
        ),
        TransformExample(
            "Book now at https://oak.example/book or see the menu at https://oak.example/menu.",
            "Book now via the link in bio.",
            network="instagram",
        ),
        TransformExample(  # a call to action's line without its link says nothing
            "New menu! Link in bio.\n\nFind it at https://oak.example/menu",
            "New menu! Link in bio.",
            network="instagram",
        ),
        TransformExample(  # clickable: the pointer goes, the site named beside it stays
            "Notre catalogue est en ligne. Lien en bio, ou sur notre site boutique.example/cat.",
            "Notre catalogue est en ligne. Lien\u202f: boutique.example/cat.",
            lang="fr",
            network="facebook",
        ),
        TransformExample(  # a pointer with no link: it goes, the sentence stays whole
            "If you missed it, the segment is up on the channel's website, link in bio.",
            "If you missed it, the segment is up on the channel's website.",
            network="linkedin",
        ),
        TransformExample(  # a sentence that is only a pointer goes whole
            "Comment affûter un couteau, en 8 minutes chrono 🔪 Lien en bio.",
            "Comment affûter un couteau, en 8 minutes chrono 🔪",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # "bio" meaning organic is no pointer
            "Nous avons converti nos 22 hectares en bio.",
            "Nous avons converti nos 22 hectares en bio.",
            lang="fr",
            network="linkedin",
        ),
        TransformExample(  # no link: nothing to stand in for
            "Rendez-vous samedi sur la plage, écrivez-nous à bonjour@example.com.",
            "Rendez-vous samedi sur la plage, écrivez-nous à bonjour@example.com.",
            lang="fr",
            network="instagram",
        ),
    )

    def applies(self, target: Target) -> bool:
        # Everywhere: where links are clickable, a master's "link in bio" has no bio to
        # point at and goes (bio.pointer_edits).
        return True

    def edits(self, text: str, target: Target) -> list[Edit]:
        urls = entities_of_kind(text, URL)
        if target.network.links_clickable:
            pointers = pointer_edits(text, target.lang, target.network.name)
            if pointers:
                return pointers
        if not target.network.links_clickable:
            # "Lien dans la bio ou sur <address>": the address goes, the pointer stays.
            alternatives = alternative_link_edits(text, target.lang, target.network.name)
            urls = [u for u in urls if not any(e.start <= u.start < e.end for e in alternatives)]
            if not urls:
                return alternatives
            bio = target.voice.links.bio.get(target.lang) or _DEFAULT_BIO[target.lang]
            pointed = bio_edits(text, urls, target.lang, bio, target.network.name)
            return sorted([*alternatives, *pointed], key=lambda e: e.start)
        if not urls:
            return []
        links = target.voice.links
        if not _tags_links(target):
            return []
        params = utm_params(target.network.id, target.network.kind, links.utm_campaign)
        domains = links.own_domains()
        edits: list[Edit] = []
        for url in urls:
            # Bare domains ("example.com") read as names as much as links: left as written.
            if not is_web_url(url.text) or not host_matches(url.text, domains):
                continue
            tagged = with_utm(url.text, params)
            if tagged != url.text:
                reason = f"UTM tags so visits from this link are traced to {target.network.name}"
                edits.append(Edit(url.start, url.end, tagged, reason))
        return edits


def _tags_links(target: Target) -> bool:
    """Whether UTM tags go on the brand's links here. Not on the brand's own blog or
    website: a link from there to its site is internal, and analytics start a new visit at
    every UTM-tagged click, so the visitor's real source (a search, a newsletter) would be
    overwritten by a campaign the visit never came from."""
    return target.voice.links.utm and not target.network.is_own_site


# The profile's own default, for a profile that lists the bio wording of one language only.
_DEFAULT_BIO = {"fr": "lien en bio", "en": "link in bio"}

TRANSFORMS = (Links(),)
