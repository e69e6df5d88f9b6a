"""Plain-language, translatable names for the domain's enum values and flags.

The domain speaks in wire values (`faulty_on_opening`); an inspector reads "Faulty on
opening" or "Défectueux à l'ouverture". Every name lives here once so screens, the summary
and the needs-attention dialog say the same thing. Unknown values fall back to a readable
form of the raw value rather than failing: a newer server may send a flag this build lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.domain.people import Role
from inspector_app.domain.returns import (
    DateSource,
    Disposition,
    Grade,
    Outcome,
    ProductCategory,
    ReturnReason,
)
from inspector_app.gui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Vocabulary"

_NAMES: dict[str, str] = {
    # reasons
    ReturnReason.STOCK_MISTAKE: QT_TRANSLATE_NOOP("Vocabulary", "Stock mistake"),
    ReturnReason.WITHDRAWAL: QT_TRANSLATE_NOOP("Vocabulary", "Withdrawal (changed mind)"),
    ReturnReason.DELIVERY_PROBLEM: QT_TRANSLATE_NOOP("Vocabulary", "Delivery problem"),
    ReturnReason.FAULTY_ON_OPENING: QT_TRANSLATE_NOOP("Vocabulary", "Faulty on opening"),
    ReturnReason.FAILURE_AT_FIRST_USE: QT_TRANSLATE_NOOP("Vocabulary", "Failure at first use"),
    ReturnReason.WARRANTY: QT_TRANSLATE_NOOP("Vocabulary", "Warranty claim"),
    ReturnReason.NON_COMPLIANT: QT_TRANSLATE_NOOP("Vocabulary", "Not as described"),
    # outcomes
    Outcome.ACCEPT_FULL_REFUND: QT_TRANSLATE_NOOP("Vocabulary", "Accept, full refund"),
    Outcome.PARTIAL_REFUND: QT_TRANSLATE_NOOP("Vocabulary", "Partial refund"),
    Outcome.REFUSE_SEND_BACK: QT_TRANSLATE_NOOP("Vocabulary", "Refuse, send back to customer"),
    Outcome.REPAIR: QT_TRANSLATE_NOOP("Vocabulary", "Repair"),
    Outcome.REPLACE: QT_TRANSLATE_NOOP("Vocabulary", "Replace"),
    # grades
    Grade.PREMIUM: QT_TRANSLATE_NOOP("Vocabulary", "Premium"),
    Grade.EXCELLENT: QT_TRANSLATE_NOOP("Vocabulary", "Excellent"),
    Grade.VERY_GOOD: QT_TRANSLATE_NOOP("Vocabulary", "Very good"),
    Grade.GOOD: QT_TRANSLATE_NOOP("Vocabulary", "Good"),
    Grade.FAIR: QT_TRANSLATE_NOOP("Vocabulary", "Fair"),
    # dispositions
    Disposition.RESTOCK: QT_TRANSLATE_NOOP("Vocabulary", "Restock"),
    Disposition.REFURBISH: QT_TRANSLATE_NOOP("Vocabulary", "Refurbish"),
    Disposition.REPAIR: QT_TRANSLATE_NOOP("Vocabulary", "Send to repair"),
    Disposition.RETURN_TO_SUPPLIER: QT_TRANSLATE_NOOP("Vocabulary", "Return to supplier"),
    Disposition.RECYCLE: QT_TRANSLATE_NOOP("Vocabulary", "Recycle"),
    Disposition.QUARANTINE: QT_TRANSLATE_NOOP("Vocabulary", "Quarantine (suspected fraud)"),
    # categories
    ProductCategory.SMARTPHONE: QT_TRANSLATE_NOOP("Vocabulary", "Smartphone"),
    ProductCategory.TABLET: QT_TRANSLATE_NOOP("Vocabulary", "Tablet"),
    ProductCategory.LAPTOP: QT_TRANSLATE_NOOP("Vocabulary", "Laptop"),
    ProductCategory.SMARTWATCH: QT_TRANSLATE_NOOP("Vocabulary", "Smartwatch"),
    ProductCategory.HEADPHONES: QT_TRANSLATE_NOOP("Vocabulary", "Headphones"),
    ProductCategory.GAME_CONSOLE: QT_TRANSLATE_NOOP("Vocabulary", "Game console"),
    # where a delivery date came from, when the source did not state it
    DateSource.BACKSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Backship delivery"),
    DateSource.TRACKING: QT_TRANSLATE_NOOP("Vocabulary", "carrier tracking"),
    DateSource.ESTIMATED: QT_TRANSLATE_NOOP("Vocabulary", "estimated"),
    # people's roles
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Vocabulary", "Inspector"),
    Role.LEAD: QT_TRANSLATE_NOOP("Vocabulary", "Shift lead"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Vocabulary", "Admin"),
    # the steps a customer hears about, besides the decision
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Parcel received"),
    "refund_sent": QT_TRANSLATE_NOOP("Vocabulary", "Refund sent"),
    "sent_back": QT_TRANSLATE_NOOP("Vocabulary", "Sent back with tracking"),
    # flags
    "already_inspected": QT_TRANSLATE_NOOP("Vocabulary", "Already inspected"),
    "imei_mismatch": QT_TRANSLATE_NOOP("Vocabulary", "IMEI / serial does not match the order"),
    "overdue": QT_TRANSLATE_NOOP("Vocabulary", "Past the return deadline"),
    "not_eligible": QT_TRANSLATE_NOOP("Vocabulary", "Not eligible"),
    "override": QT_TRANSLATE_NOOP("Vocabulary", "Proposal overridden"),
    # flags the default checklists raise (a site's own flags read as their words)
    "activation_locked": QT_TRANSLATE_NOOP("Vocabulary", "Activation lock still on"),
    "console_banned": QT_TRANSLATE_NOOP("Vocabulary", "Console banned from online play"),
    "counterfeit": QT_TRANSLATE_NOOP("Vocabulary", "Possible counterfeit"),
    "customer_damage": QT_TRANSLATE_NOOP("Vocabulary", "Damaged by the customer"),
    "liquid_damage": QT_TRANSLATE_NOOP("Vocabulary", "Liquid damage"),
    "no_fault_found": QT_TRANSLATE_NOOP("Vocabulary", "No fault found"),
    "tampered": QT_TRANSLATE_NOOP("Vocabulary", "Opened or tampered with"),
}


def name(value: str) -> str:
    """The translated plain name of an enum value or flag."""
    key = str(value)
    source = _NAMES.get(key)
    if source is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, source)
