"""Builders for domain tests: a realistic return, changed field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from inspector_app.domain.checklist import Proposal, Rule
from inspector_app.domain.returns import (
    Disposition,
    Grade,
    Outcome,
    Product,
    ProductCategory,
    Return,
    ReturnReason,
)
from inspector_app.domain.verdict import VerdictChoice

REPO = Path(__file__).resolve().parents[2]
CHECKLISTS = REPO / "resources" / "checklists"

ORDER_IMEI = "356938035643809"
"""A valid IMEI (its Luhn check digit is right)."""


def make_return(**changes: object) -> Return:
    """A withdrawal of a smartphone delivered on Tue 3 Nov 2026; override any field."""
    product_changes = {
        k: changes.pop(k) for k in ("category", "imei", "serial", "sku", "model") if k in changes
    }
    product = Product(
        category=ProductCategory.SMARTPHONE,
        model="Phone 13",
        sku="PH13-128",
        imei=ORDER_IMEI,
        serial="F2LXK0ABC123",
    )
    ret = Return(
        id="RET-1",
        rma="RMA-1",
        order_id="ORD-1",
        product=replace(product, **product_changes),
        reason=ReturnReason.WITHDRAWAL,
        ordered_at=dt.date(2026, 11, 1),
        delivered_at=dt.date(2026, 11, 3),
        requested_at=dt.date(2026, 11, 10),
        price=Decimal("399.00"),
    )
    return replace(ret, **changes)


VERDICT_PRICE = Decimal("399.00")
ACCEPT = Proposal(
    outcome=Outcome.ACCEPT_FULL_REFUND,
    grade=Grade.VERY_GOOD,
    disposition=Disposition.REFURBISH,
    fired=(Rule("accept", "Accept", outcome=Outcome.ACCEPT_FULL_REFUND),),
)
"""A checklist's proposal to accept with a full refund, graded very good, to refurbish."""


def choice(**changes: object) -> VerdictChoice:
    """The inspector's choice following ACCEPT; override any field."""
    fields = {"outcome": "accept_full_refund", "grade": "very_good", "disposition": "refurbish"}
    return VerdictChoice(**{**fields, **changes})
