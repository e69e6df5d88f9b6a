"""Human names of the domain's closed vocabularies, in each language we write to people in.

Enum values are wire values (snake_case); customers and the next station read these names
instead. Labels and customer messages share this table so a grade reads the same on the
sticker and in the e-mail. Adding a language means adding it to domain.texts.LANGUAGES, one
column here and one folder of message templates in resources/messages/.
"""

from __future__ import annotations

from enum import StrEnum

from inspector_app.domain.returns import (
    Disposition,
    Grade,
    Outcome,
    ProductCategory,
    ReturnReason,
)
from inspector_app.domain.texts import DEFAULT_LANGUAGE, LANGUAGES, Translated, check_language

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "check_language", "display_name", "translated_name"]


_NAMES: dict[StrEnum, tuple[str, str]] = {
    Outcome.ACCEPT_FULL_REFUND: ("Accepted, full refund", "Accepté, remboursement intégral"),
    Outcome.PARTIAL_REFUND: ("Accepted, partial refund", "Accepté, remboursement partiel"),
    Outcome.REFUSE_SEND_BACK: ("Refused, sent back", "Refusé, renvoyé"),
    Outcome.REPAIR: ("Repair", "Réparation"),
    Outcome.REPLACE: ("Replacement", "Remplacement"),
    Grade.PREMIUM: ("Premium", "Premium"),
    Grade.EXCELLENT: ("Excellent", "Excellent"),
    Grade.VERY_GOOD: ("Very good", "Très bon"),
    Grade.GOOD: ("Good", "Bon"),
    Grade.FAIR: ("Fair", "Correct"),
    Disposition.RESTOCK: ("Restock", "Remise en stock"),
    Disposition.REFURBISH: ("Refurbish", "Reconditionnement"),
    Disposition.REPAIR: ("Repair", "Réparation"),
    Disposition.RETURN_TO_SUPPLIER: ("Return to supplier", "Retour fournisseur"),
    Disposition.RECYCLE: ("Recycle", "Recyclage"),
    Disposition.QUARANTINE: ("Quarantine", "Quarantaine"),
    ReturnReason.STOCK_MISTAKE: ("stock mistake", "erreur de stock"),
    ReturnReason.WITHDRAWAL: ("withdrawal", "rétractation"),
    ReturnReason.DELIVERY_PROBLEM: ("delivery problem", "problème de livraison"),
    ReturnReason.FAULTY_ON_OPENING: ("faulty on opening", "défectueux à l'ouverture"),
    ReturnReason.FAILURE_AT_FIRST_USE: ("failure at first use", "panne à la première utilisation"),
    ReturnReason.WARRANTY: ("warranty claim", "garantie"),
    ReturnReason.NON_COMPLIANT: ("not as described", "non conforme"),
    ProductCategory.SMARTPHONE: ("smartphone", "smartphone"),
    ProductCategory.TABLET: ("tablet", "tablette"),
    ProductCategory.LAPTOP: ("laptop", "ordinateur portable"),
    ProductCategory.SMARTWATCH: ("smartwatch", "montre connectée"),
    ProductCategory.HEADPHONES: ("headphones", "écouteurs"),
    ProductCategory.GAME_CONSOLE: ("game console", "console de jeux"),
}


def display_name(value: StrEnum, language: str = DEFAULT_LANGUAGE) -> str:
    """The name people read for an enum member, e.g. Grade.VERY_GOOD -> 'Très bon' in French."""
    return _NAMES[value][LANGUAGES.index(check_language(language))]


def translated_name(value: StrEnum) -> Translated:
    """The name in every language, for a sentence shown in the reader's language."""
    return Translated(dict(zip(LANGUAGES, _NAMES[value], strict=True)))
