"""A detail sentence that ends on the day or the place its post's 📅 / 📍 line gives loses
that repeat: "Come and browse from 10am at 41 Elizabeth Street." → "Come and browse from
10am."; a closure's sentence that only says the days of its 🔒 / 🔓 lines goes, and so do the
sentence a 📞 / 👉 line was moved from and the pieces a line of facts (📄 / 💶 / 📩…) says
word for word, with what they leave saying nothing more (the rules:
:mod:`brandvoice.adaptation.realise.repeats` and
:mod:`brandvoice.adaptation.realise.piece_repeats`)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from brandvoice.adaptation.realise.repeats import repeats
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.text.protect import protected_spans

_HARBOUR = (
    "Our market opens on Saturday 12 December at 10 am. Our baker keeps saying “bread is for "
    "sharing”, we're at 12 Harbour Lane in Falmouth."
)


# A post whose last line, the master's signature, says what its 📍 line says.
_SIGNED_POST = (
    "10 ans déjà !\n\n📅 vendredi 12 juin, 18 h\n📍 Ti Krampouezh, 31 rue de Siam, Brest\n\n"
    "Entrée libre, venez comme vous êtes.\nTi Krampouezh, 31 rue de Siam, Brest"
)
_SIGNED_MASTER = (
    "10 ans déjà ! On vous invite le vendredi 12 juin à partir de 18 h. Entrée libre, venez "
    "comme vous êtes.\nTi Krampouezh, 31 rue de Siam, Brest"
)

_HARDWARE = (
    "Holiday hours at Kowalski Hardware. Regular hours the rest of the week. Closed January "
    "1, back Saturday, January 2 at 8am."
)
_STUDIO = (
    "The studio is closed from Saturday 25 July. Lessons restart on Monday 7 September, same "
    "days and times as this term."
)
_STOUT = (
    "Elle arrive ! La Noz Du, notre stout, sort de cuve vendredi 6 novembre. En vente à la "
    "brasserie."
)
_SNOW = "Snow day! With 40 cm forecast, the studio is closed today, Tuesday December 15."


_TRABOULE = (
    "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). Deux jours de télétravail par "
    "semaine, salaire de 38 à 45 k€ selon expérience. Candidature : "
    "https://www.studio-traboule.fr/jobs"
)
_GREEN_FORK = (
    "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join our "
    "kitchen team. We offer £12.60–£14 an hour, 28 days of holiday, free staff meals and every "
    "Sunday off. Apply by 20 December at greenfork.co.uk/careers."
)
_GLACIER = (
    "Nouveauté 🍦 Trois parfums débarquent en vitrine. Disponibles à la boutique du cours "
    "Saleya, en cornet ou en pot (3,50 € la boule)."
)
_APPRENTI = (
    "La boulangerie cherche un apprenti ! Démarrage lundi 6 avril, contrat d'apprentissage en "
    "CAP, 35 h par semaine. On vous apprendra tout. Boutique au 18 avenue Gambetta à Hyères."
)
_MOULIN = (
    "Le moulin tourne ! Samedi 28 novembre, de 10 h à 17 h, venez goûter l'huile nouvelle.\n"
    "Moulin Saint-Roch, Cotignac."
)


class PracticalRepeats(Transform):
    id: ClassVar[str] = "practical-repeats"
    stage: ClassVar[Stage] = Stage.POST
    # After links (10): the lines and sentences are final but for their spacing.
    order: ClassVar[int] = 12
    # A repeat may take a protected name with it, whole (see edits()).
    edits_protected: ClassVar[bool] = True
    summary: ClassVar[str] = (
        "In a social post, drops the day or place a detail sentence ends on when its 📅 / 📍 "
        "line already gives it ('…from 10am at 41 Elizabeth Street.' → '…from 10am.'), a "
        "closure's sentence its 🔒 / 🔓 lines say whole, the sentence a 📞 / 👉 line "
        "was moved from, and the pieces a line of facts (📄 / 💶 / 📩…) says word for word."
    )
    examples = (
        TransformExample(
            "Salt & Paper Books reopens on Thursday 5 March.\n\n📅 Thursday 5 March\n📍 41 "
            "Elizabeth Street\n\nThe shelves are back up. Come and browse from 10am at 41 "
            "Elizabeth Street.",
            "Salt & Paper Books reopens on Thursday 5 March.\n\n📅 Thursday 5 March\n📍 41 "
            "Elizabeth Street\n\nThe shelves are back up. Come and browse from 10am.",
            master="Salt & Paper Books reopens on Thursday 5 March. The shelves are back up. "
            "Come and browse from 10am at 41 Elizabeth Street.",
            date=dt.date(2026, 2, 23),
        ),
        TransformExample(
            "La Cave du Port ouvre à Bandol !\n\n📅 samedi 4 avril\n📍 7 quai Charles-de-Gaulle"
            ", Bandol\n\nPlus de 300 références vous attendent le samedi 4 avril.",
            "La Cave du Port ouvre à Bandol !\n\n📅 samedi 4 avril\n📍 7 quai Charles-de-Gaulle"
            ", Bandol\n\nPlus de 300 références vous attendent.",
            lang="fr",
            master="La Cave du Port ouvre au 7 quai Charles-de-Gaulle, Bandol. Plus de 300 "
            "références vous attendent le samedi 4 avril.",
            date=dt.date(2026, 3, 20),
        ),
        # The end of a range is no repeat on its own: « du 15 mai » would say another time.
        TransformExample(
            "On recrute pour la saison !\n\n📅 Prise de poste\u202f: du 15 mai au 30 septembre"
            "\n\nLa plage cherche 2 serveurs et 1 commis de cuisine, du 15 mai au 30 septembre.",
            "On recrute pour la saison !\n\n📅 Prise de poste\u202f: du 15 mai au 30 septembre"
            "\n\nLa plage cherche 2 serveurs et 1 commis de cuisine, du 15 mai au 30 septembre.",
            lang="fr",
            master="On recrute pour la saison ! La plage cherche 2 serveurs et 1 commis de "
            "cuisine, du 15 mai au 30 septembre.",
            date=dt.date(2026, 3, 2),
        ),
        # The master's signature line says what the 📍 line says: it goes whole.
        TransformExample(
            _SIGNED_POST,
            _SIGNED_POST.rsplit("\n", 1)[0],
            lang="fr",
            master=_SIGNED_MASTER,
            date=dt.date(2026, 5, 25),
        ),
        # The same when the brand's protected name is in the line: it goes whole with it.
        TransformExample(
            _SIGNED_POST,
            _SIGNED_POST.rsplit("\n", 1)[0],
            lang="fr",
            master=_SIGNED_MASTER,
            date=dt.date(2026, 5, 25),
            profile={"brand_name": "Ti Krampouezh"},
        ),
        # A town in a run of names is not a phrase of its own: no preposition, no cut.
        TransformExample(
            "Pneus !\n\n📅 Jusqu'au 30 avril\n📍 145 avenue de la Libération, Salon-de-Provence"
            "\n\nLe garage vous attend au 145 avenue de la Libération, Salon-de-Provence.",
            "Pneus !\n\n📅 Jusqu'au 30 avril\n📍 145 avenue de la Libération, Salon-de-Provence"
            "\n\nLe garage vous attend au 145 avenue de la Libération, Salon-de-Provence.",
            lang="fr",
            master="Pneus ! Jusqu'au 30 avril, le garage vous attend au 145 avenue de la "
            "Libération, Salon-de-Provence.",
            date=dt.date(2026, 3, 23),
        ),
        # Too little would be left: "Rendez-vous" is no sentence.
        TransformExample(
            "La Cave du Port ouvre !\n\n📅 samedi 4 avril\n📍 7 quai Charles-de-Gaulle, Bandol"
            "\n\nRendez-vous le samedi 4 avril.",
            "La Cave du Port ouvre !\n\n📅 samedi 4 avril\n📍 7 quai Charles-de-Gaulle, Bandol"
            "\n\nRendez-vous le samedi 4 avril.",
            lang="fr",
            master="La Cave du Port ouvre au 7 quai Charles-de-Gaulle, Bandol. Rendez-vous le "
            "samedi 4 avril.",
            date=dt.date(2026, 3, 20),
        ),
        # A clause left saying only the place of the 📍 line goes whole, not just its town.
        TransformExample(
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nOur baker keeps saying “bread is for sharing”, we're at 12 Harbour Lane in "
            "Falmouth.",
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nOur baker keeps saying “bread is for sharing”.",
            master=_HARBOUR,
            date=dt.date(2026, 12, 1),
        ),
        TransformExample(
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nWe're at 12 Harbour Lane. Bring a friend.",
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nBring a friend.",
            master=_HARBOUR,
            date=dt.date(2026, 12, 1),
        ),
        # A clause that says more than the place stays: only the repeated town goes.
        TransformExample(
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nBread is for sharing, we're at 12 Harbour Lane with our oven in Falmouth.",
            "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth"
            "\n\nBread is for sharing, we're at 12 Harbour Lane with our oven.",
            master=_HARBOUR,
            date=dt.date(2026, 12, 1),
        ),
        # A paragraph of its own goes with its blank line: no three line breaks left.
        TransformExample(
            "10 ans déjà !\n\n📅 vendredi 12 juin, 18 h\n📍 Ti Krampouezh, 31 rue de Siam, "
            "Brest\n\nEntrée libre.\n\nTi Krampouezh, 31 rue de Siam, Brest\n\nOn vous attend.",
            "10 ans déjà !\n\n📅 vendredi 12 juin, 18 h\n📍 Ti Krampouezh, 31 rue de Siam, "
            "Brest\n\nEntrée libre.\n\nOn vous attend.",
            lang="fr",
            master="10 ans déjà ! Entrée libre.\nTi Krampouezh, 31 rue de Siam, Brest",
            date=dt.date(2026, 6, 1),
        ),
        # A closure's sentence that only says the days of its 🔒 / 🔓 lines goes whole.
        TransformExample(
            "Holiday hours at Kowalski Hardware.\n\n🔒 Closed January 1\n🔓 Back Saturday, "
            "January 2, 8am\n\nRegular hours the rest of the week. Closed January 1, back "
            "Saturday, January 2 at 8am.",
            "Holiday hours at Kowalski Hardware.\n\n🔒 Closed January 1\n🔓 Back Saturday, "
            "January 2, 8am\n\nRegular hours the rest of the week.",
            master=_HARDWARE,
            date=dt.date(2026, 12, 7),
        ),
        # One that says more keeps it, and loses only the day after its word of coming back.
        TransformExample(
            "The studio is closed from Saturday 25 July.\n\n🔓 Back Monday 7 September\n\n"
            "Lessons restart on Monday 7 September, same days and times as this term.",
            "The studio is closed from Saturday 25 July.\n\n🔓 Back Monday 7 September\n\n"
            "Lessons restart, same days and times as this term.",
            master=_STUDIO,
            date=dt.date(2026, 7, 13),
        ),
        # A weekday date closing a sentence without a preposition goes after a verb…
        TransformExample(
            "Elle arrive !\n\n📅 vendredi 6 novembre\n\nLa Noz Du, notre stout, sort de cuve "
            "vendredi 6 novembre.",
            "Elle arrive !\n\n📅 vendredi 6 novembre\n\nLa Noz Du, notre stout, sort de cuve.",
            lang="fr",
            master=_STOUT,
            date=dt.date(2026, 10, 26),
        ),
        # … never after a comma: "closed today,." is no sentence.
        TransformExample(
            "Snow day!\n\n🔒 Closed Tuesday December 15\n\nWith 40 cm forecast, the studio "
            "is closed today, Tuesday December 15.",
            "Snow day!\n\n🔒 Closed Tuesday December 15\n\nWith 40 cm forecast, the studio "
            "is closed today, Tuesday December 15.",
            master=_SNOW,
            date=dt.date(2026, 12, 15),
        ),
        # The sentence a 👉 line was moved from goes, stop or none (a link ends it).
        TransformExample(
            "Shipping today!\n\n👉 Walkthrough at tallybook.io/changelog\n\nSet a schedule "
            "once and Tallybook sends the invoice.\n\nWalkthrough at tallybook.io/changelog",
            "Shipping today!\n\n👉 Walkthrough at tallybook.io/changelog\n\nSet a schedule "
            "once and Tallybook sends the invoice.",
            master="Shipping today: recurring invoices. Set a schedule once and Tallybook sends "
            "the invoice. Walkthrough at tallybook.io/changelog",
            date=dt.date(2026, 5, 12),
        ),
        # A piece a line of facts says word for word leaves its sentence with its comma…
        TransformExample(
            "Poste à pourvoir : développeur·se front-end !\n\n💶 Salaire de 38 à 45 k€ selon "
            "expérience\n📩 Candidature : https://www.studio-traboule.fr/jobs\n\nDeux jours de "
            "télétravail par semaine, salaire de 38 à 45 k€ selon expérience.",
            "Poste à pourvoir : développeur·se front-end !\n\n💶 Salaire de 38 à 45 k€ selon "
            "expérience\n📩 Candidature : https://www.studio-traboule.fr/jobs\n\nDeux jours de "
            "télétravail par semaine.",
            lang="fr",
            master=_TRABOULE,
            date=dt.date(2026, 6, 8),
        ),
        # … or its brackets with the space before them…
        TransformExample(
            "Nouveauté ! 🍦\n\n📍 Cours Saleya\n💶 3,50 € la boule\n\nDisponibles à la "
            "boutique du cours Saleya, en cornet ou en pot (3,50 € la boule).",
            "Nouveauté ! 🍦\n\n📍 Cours Saleya\n💶 3,50 € la boule\n\nDisponibles à la "
            "boutique du cours Saleya, en cornet ou en pot.",
            lang="fr",
            master=_GLACIER,
            date=dt.date(2026, 6, 15),
        ),
        # … and a sentence left with only the lines' words and a start's goes whole.
        TransformExample(
            "La boulangerie cherche un apprenti !\n\nPrise de poste\u202f: lundi 6 avril\n→ "
            "Contrat d'apprentissage en CAP, 35 h par semaine\n\nDémarrage lundi 6 avril, "
            "contrat d'apprentissage en CAP, 35 h par semaine. On vous apprendra tout.",
            "La boulangerie cherche un apprenti !\n\nPrise de poste\u202f: lundi 6 avril\n→ "
            "Contrat d'apprentissage en CAP, 35 h par semaine\n\nOn vous apprendra tout.",
            lang="fr",
            master=_APPRENTI,
            date=dt.date(2026, 3, 2),
        ),
        # A sentence on where to get the thing loses the place its 📍 line gives.
        TransformExample(
            "Nouveauté ! 🍦\n\n📍 La boutique du cours Saleya\n💶 3,50 € la boule\n\n"
            "Disponibles à la boutique du cours Saleya jusqu'à fin septembre, en cornet ou en pot.",
            "Nouveauté ! 🍦\n\n📍 La boutique du cours Saleya\n💶 3,50 € la boule\n\n"
            "Disponibles jusqu'à fin septembre, en cornet ou en pot.",
            lang="fr",
            master=_GLACIER,
            date=dt.date(2026, 6, 15),
        ),
        # A sentence's first piece goes with its comma: the next word takes its capital.
        TransformExample(
            "Le moulin tourne !\n\n📅 samedi 28 novembre, de 10 h à 17 h\n📍 Moulin Saint-Roch"
            ", Cotignac\n\nSamedi 28 novembre, de 10 h à 17 h, venez goûter l'huile nouvelle.",
            "Le moulin tourne !\n\n📅 samedi 28 novembre, de 10 h à 17 h\n📍 Moulin Saint-Roch"
            ", Cotignac\n\nVenez goûter l'huile nouvelle.",
            lang="fr",
            master=_MOULIN,
            date=dt.date(2026, 11, 20),
        ),
        # A piece inside a clause, not set apart by a comma or brackets, stays.
        TransformExample(
            "Poste à pourvoir !\n\n💶 Salaire de 38 à 45 k€ selon expérience\n📩 Candidature : "
            "https://www.studio-traboule.fr/jobs\n\nNous offrons un salaire de 38 à 45 k€ selon "
            "expérience et deux jours de télétravail.",
            "Poste à pourvoir !\n\n💶 Salaire de 38 à 45 k€ selon expérience\n📩 Candidature : "
            "https://www.studio-traboule.fr/jobs\n\nNous offrons un salaire de 38 à 45 k€ selon "
            "expérience et deux jours de télétravail.",
            lang="fr",
            master=_TRABOULE,
            date=dt.date(2026, 6, 8),
        ),
        # A pay line read off "We offer …": the first of the list goes with its comma…
        TransformExample(
            "We're hiring!\n\n📍 Leeds\n💷 £12.60–£14 an hour\n\nWe offer £12.60–£14 an "
            "hour, 28 days of holiday, free staff meals and every Sunday off.",
            "We're hiring!\n\n📍 Leeds\n💷 £12.60–£14 an hour\n\nWe offer 28 days of "
            "holiday, free staff meals and every Sunday off.",
            master=_GREEN_FORK,
            date=dt.date(2026, 12, 7),
        ),
        # … and so with the arrow a voice without emoji to spare gives the line…
        TransformExample(
            "We're hiring!\n\nWhere: Leeds\n→ £12.60–£14 an hour\n\nWe offer £12.60–£14 an "
            "hour, 28 days of holiday, free staff meals and every Sunday off.",
            "We're hiring!\n\nWhere: Leeds\n→ £12.60–£14 an hour\n\nWe offer 28 days of "
            "holiday, free staff meals and every Sunday off.",
            master=_GREEN_FORK,
            date=dt.date(2026, 12, 7),
            voice="professional-network",
            network="linkedin",
        ),
        # … and the place the 📍 line gives no longer opens a sentence ("Here in Leeds, we…").
        TransformExample(
            "We're hiring!\n\n📍 Leeds\n💷 £12.60–£14 an hour\n\nHere in Leeds, we're "
            "looking for a full-time line cook to join our kitchen team.",
            "We're hiring!\n\n📍 Leeds\n💷 £12.60–£14 an hour\n\nWe're looking for a "
            "full-time line cook to join our kitchen team.",
            master=_GREEN_FORK,
            date=dt.date(2026, 12, 7),
        ),
        # A place the 📍 line does not give stays where it opens its sentence.
        TransformExample(
            "We're hiring!\n\n📅 Start: Monday 4 January\n💷 £12.60–£14 an hour\n\nHere in "
            "Leeds, we're looking for a full-time line cook to join our kitchen team.",
            "We're hiring!\n\n📅 Start: Monday 4 January\n💷 £12.60–£14 an hour\n\nHere in "
            "Leeds, we're looking for a full-time line cook to join our kitchen team.",
            master=_GREEN_FORK,
            date=dt.date(2026, 12, 7),
        ),
        # No practical line, no repeat.
        TransformExample(
            "Salt & Paper Books reopens soon.\n\nCome and browse from 10am at 41 Elizabeth Street.",
            "Salt & Paper Books reopens soon.\n\nCome and browse from 10am at 41 Elizabeth Street.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return not target.network.is_own_site

    def edits(self, text: str, target: Target) -> list[Edit]:
        # A repeat may hold the brand's protected name whole (a signature line, « Ti
        # Krampouezh, 31 rue de Siam, Brest », that the 📍 line says again): it goes
        # whole. One that would cut into a protected span stays.
        spans = protected_spans(text, target.protected_names)
        return [
            Edit(
                found.start,
                found.end,
                found.replacement,
                f"repeat: {found.fact!r} is given by the post's practical line above",
            )
            for found in repeats(text, target.understood())
            if _whole_spans_only(spans.spans, found.start, found.end)
        ]


def _whole_spans_only(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether every protected span that [start, end) touches lies wholly inside it."""
    return all(start <= low and high <= end for low, high in spans if low < end and start < high)


TRANSFORMS = (PracticalRepeats(),)
