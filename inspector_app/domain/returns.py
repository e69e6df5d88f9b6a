"""The return request as the bench sees it, and the marketplace's closed vocabularies.

Enum values are the wire values: they travel in JSON, sit in both databases and appear in
exports, so renaming one is a schema change (add a migration and bump the wire schema).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from inspector_app.domain.codes import lookup_keys


class ReturnReason(StrEnum):
    """Why the customer sent the item back (the marketplace's published enum)."""

    STOCK_MISTAKE = "stock_mistake"
    WITHDRAWAL = "withdrawal"
    DELIVERY_PROBLEM = "delivery_problem"
    FAULTY_ON_OPENING = "faulty_on_opening"
    FAILURE_AT_FIRST_USE = "failure_at_first_use"
    WARRANTY = "warranty"
    NON_COMPLIANT = "non_compliant"

    @property
    def is_defect(self) -> bool:
        """Defect claims may fall under the warranty once the withdrawal window has passed."""
        return self in _DEFECT_REASONS


_DEFECT_REASONS = frozenset(
    {ReturnReason.FAULTY_ON_OPENING, ReturnReason.FAILURE_AT_FIRST_USE, ReturnReason.WARRANTY}
)


class Outcome(StrEnum):
    """What happens to the customer's claim."""

    ACCEPT_FULL_REFUND = "accept_full_refund"
    PARTIAL_REFUND = "partial_refund"
    REFUSE_SEND_BACK = "refuse_send_back"
    REPAIR = "repair"
    REPLACE = "replace"


class Grade(StrEnum):
    """Aesthetic grade, best first (the marketplace's scale)."""

    PREMIUM = "premium"
    EXCELLENT = "excellent"
    VERY_GOOD = "very_good"
    GOOD = "good"
    FAIR = "fair"


class Disposition(StrEnum):
    """Where the physical item goes after the bench."""

    RESTOCK = "restock"
    REFURBISH = "refurbish"
    REPAIR = "repair"
    RETURN_TO_SUPPLIER = "return_to_supplier"
    RECYCLE = "recycle"
    QUARANTINE = "quarantine"


class ProductCategory(StrEnum):
    """Product families with a default checklist template each."""

    SMARTPHONE = "smartphone"
    TABLET = "tablet"
    LAPTOP = "laptop"
    SMARTWATCH = "smartwatch"
    HEADPHONES = "headphones"
    GAME_CONSOLE = "game_console"


class DateSource(StrEnum):
    """Where a date we need but the marketplace may not state (delivery) came from."""

    GIVEN = "given"
    """Stated by the source of the return (an import file, the marketplace)."""
    BACKSHIP = "backship"
    """Backship's delivery record of the order's parcel."""
    TRACKING = "tracking"
    """The carrier's tracking of the order's parcel."""
    ESTIMATED = "estimated"
    """Estimated: the shipping date plus the usual transit, never after the request."""


@dataclass(frozen=True, slots=True)
class Product:
    """The device the order was for; `imei` and `serial` are what the fraud check compares."""

    category: ProductCategory
    model: str
    sku: str = ""
    imei: str = ""
    serial: str = ""


@dataclass(frozen=True, slots=True)
class Return:
    """One return request, cached on the bench with only what an inspection needs (GDPR).

    `customer_name` holds a first name or initials, never a full name or an address.
    Dates are calendar dates in the warehouse's country; `received_at` is empty until the
    parcel is scanned in; `delivered_at_source` says whether the delivery date was stated or
    had to be derived (the card shows it).
    """

    id: str
    rma: str
    order_id: str
    product: Product
    reason: ReturnReason
    ordered_at: dt.date
    delivered_at: dt.date
    requested_at: dt.date
    tracking_numbers: tuple[str, ...] = ()
    received_at: dt.date | None = None
    reason_detail: str = ""
    customer_name: str = ""
    country: str = "FR"
    currency: str = "EUR"
    price: Decimal = Decimal("0")
    extra_codes: tuple[str, ...] = field(default=())
    delivered_at_source: DateSource = DateSource.GIVEN

    def label_codes(self) -> tuple[str, ...]:
        """The codes on the parcel's labels and paperwork, not on the device inside: what a
        bench camera sees lying beside the device, and never the answer to "scan the IMEI"."""
        raw = (self.id, self.rma, self.order_id, *self.tracking_numbers, *self.extra_codes)
        return tuple(c for c in raw if c)

    def codes(self) -> tuple[str, ...]:
        """Every code printed on the parcel or the device that may identify this return."""
        raw = (
            self.id,
            self.rma,
            self.order_id,
            *self.tracking_numbers,
            self.product.imei,
            self.product.serial,
            *self.extra_codes,
        )
        return tuple(c for c in raw if c)

    def is_label_code(self, code: str) -> bool:
        """Whether `code`, as read, is one of this parcel's label codes under the lookup rule
        (so a tracking number read with its GS1 prefix still counts)."""
        return not lookup_keys([code]).isdisjoint(lookup_keys(self.label_codes()))
