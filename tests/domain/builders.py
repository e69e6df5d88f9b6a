"""Builders for domain tests: a realistic return, changed field by field."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from inspector_app.domain.checklist import ChecklistRun, ChecklistTemplate, ItemKind, Proposal, Rule
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


BAD_WHEN_YES = {
    "activation_lock",
    "firmware_lock",
    "account_linked",
    "banned",
    "tampering",
    "bent",
    "liquid_indicator",
    "liquid_signs",
    "liquid_or_smoke",
}
"""Yes/no questions where "yes" is the problem; every other yes/no is good when yes."""


def walk(template: ChecklistTemplate, ret: Return, **overrides: object) -> ChecklistRun:
    """Answer every visible item with its best answer unless overridden, photos included.

    Items are taken in order and visibility is re-read after each answer, as at the bench.
    """
    run = ChecklistRun(template, ret)
    for item in template.items:
        if not run.is_visible(item.id):
            continue
        if item.id in overrides:
            run.answer(item.id, overrides[item.id])
        elif item.kind is ItemKind.YES_NO:
            run.answer(item.id, item.id not in BAD_WHEN_YES)
        elif item.kind is ItemKind.CHOICE:
            run.answer(item.id, item.choices[0].value)
        elif item.kind is ItemKind.NUMBER:
            run.answer(item.id, item.max)
        elif item.kind is ItemKind.CODE_SCAN:
            run.answer(item.id, getattr(ret.product, item.compare_to))
        for n in range(run.photos_required(item.id)):
            run.add_photo(item.id, hashlib.sha256(f"{item.id}{n}".encode()).hexdigest())
    return run
