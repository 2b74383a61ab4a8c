"""Masters written like real small-business posts that several test modules adapt: one
place for each text, so the tests that pin their variants read the same master."""

from __future__ import annotations

# A French apology after a failed evening, with a refund deadline and a sign-off.
APOLOGY_FR = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de "
    "plus d'une heure au bar, plats arrivés froids et une sono bien trop forte. Nous "
    "vous devons des excuses.\n"
    "Nous avons entendu vos retours et nous avons revu l'organisation : deux "
    "personnes de plus au service, une cuisine qui envoie par tables complètes et un "
    "volume sonore limité.\n"
    "Toutes les personnes présentes samedi peuvent demander le remboursement de leur "
    "entrée jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.\n"
    "Merci de votre patience, et à très vite au P'tit Cabanon, 12 avenue des "
    "Sablettes à La Seyne-sur-Mer.\n"
    "L'équipe du P'tit Cabanon"
)

# An English product recall: hazard, batch, instruction, contact.
RECALL_EN = (
    "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611\n"
    "We have found that some loaves from batch L2611 (best before 12/12/2026) may "
    "contain small pieces of glass. If you bought a Walnut & Honey Loaf between 1 "
    "and 4 December, please check the batch number on the label.\n"
    "Do not eat it. Bring it back to our shop at 14 Quay Street, Whitstable, for a "
    "full refund, with or without a receipt.\n"
    "No other product is affected. We are very sorry for the worry this causes.\n"
    "Questions? Call us on 01227 555 014 or email hello@harbourbakery.co.uk."
)
