"""Generated posts for benchmarks: French and English, several networks, each one unique
(a running number in every sentence) so LanguageTool's sentence cache cannot flatter a run."""

from __future__ import annotations

import random

FRENCH = [
    "Nous ouvrons notre nouvelle boutique à Toulon le samedi {n} juin.",
    "Venez découvrir nos produits du Var et profiter de {n} % de remise !",
    "Atelier tapenade le mercredi à {n} h, sur réservation au 04 94 00 00 00.",
    "Toute l'équipe vous attend au {n} rue Castillon.",
    "Plus d'infos sur https://comptoir-mourillon.fr/atelier/{n}.",
]
ENGLISH = [
    "Our beach club reopens on Friday {n} May at 11 am.",
    "Enjoy {n}% off paddle-board rentals all week 🏄",
    "Live music every Saturday from {n} pm, book at https://sablettes-beach.example/book.",
    "The whole team of {n} can't wait to welcome you back.",
    "Call +33 4 94 00 00 01 to reserve one of our {n} sunbeds.",
]
NETWORKS = ["x", "facebook", "instagram", "linkedin", "bluesky", "mastodon"]
TAGS = ["#Toulon", "#Var", "#Summer", "#ShopLocal", "#Plage"]


def generate_posts(count: int, seed: int = 7, start: int = 0) -> list[tuple[str, str, str]]:
    """``count`` posts as (text, lang, network); ``start`` offsets the running numbers so
    two calls can give disjoint sets."""
    rng = random.Random(seed)
    posts = []
    for index in range(start, start + count):
        lang, pool = ("fr", FRENCH) if index % 2 else ("en", ENGLISH)
        sentences = rng.sample(pool, k=rng.randint(2, len(pool)))
        text = " ".join(s.format(n=index * 7 + k) for k, s in enumerate(sentences))
        tags = " ".join(rng.sample(TAGS, k=rng.randint(0, 4)))
        posts.append((f"{text} {tags}".strip(), lang, NETWORKS[index % len(NETWORKS)]))
    return posts
