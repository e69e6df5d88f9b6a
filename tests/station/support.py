"""Helpers for station tests (and benchmarks): a settable clock, and a checklist filler.

The filler answers a whole checklist the way a careful inspector would.

Walks `missing()` until the run is complete: each unanswered item gets a valid answer for
its kind (code scans get the order's own code, so the device matches), each photo item gets
distinct JPEG bytes. Works for any template, so tests do not hard-code item ids.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from inspector_app.domain.checklist import Item, ItemKind
from inspector_app.domain.demo import DemoBatch
from inspector_app.domain.returns import Grade, Outcome, ProductCategory, Return
from inspector_app.domain.verdict import VerdictChoice, proposed_refund
from inspector_app.station import Draft

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)

_counter = itertools.count()


def jpeg(tag: str = "") -> bytes:
    """Small, distinct, JPEG-signed bytes (the store checks the signature, not the pixels)."""
    label = f"photo {tag} {os.getpid()} {next(_counter)}"
    return b"\xff\xd8\xff\xe0" + label.encode() + bytes(2048)


def _value(draft: Draft, item: Item) -> Any:
    kind = item.kind
    if kind is ItemKind.YES_NO:
        return False
    if kind is ItemKind.CHOICE:
        return item.choices[0].value
    if kind is ItemKind.NUMBER:
        low = item.min if item.min is not None else 0
        high = item.max if item.max is not None else low + 100
        return type(low)(high) if isinstance(low, int) else float(high)
    if kind is ItemKind.CODE_SCAN:
        product = draft.ret.product
        return getattr(product, item.compare_to, "") or product.serial or draft.ret.rma
    return "Checked, nothing to report."


def fill_checklist(
    draft: Draft, max_steps: int = 500, photo: Callable[[str], bytes] | None = None
) -> None:
    """Answer and photograph until `draft.run.missing()` is empty (`photo(item_id)` makes
    each photo's bytes; default: JPEG-signed bytes no decoder reads)."""
    photo = photo or jpeg
    for _ in range(max_steps):
        missing = draft.run.missing()
        if not missing:
            return
        item = draft.template.item(missing[0].item_id)
        if item.kind is not ItemKind.PHOTO and item.id not in draft.run.answers_in_force():
            draft.answer(item.id, _value(draft, item))
            continue
        draft.add_photo(item.id, photo(item.id))
    raise AssertionError(f"checklist still incomplete: {draft.run.missing()}")


def verdict_for(draft: Draft) -> VerdictChoice:
    """The proposed verdict, completed where no rule decided (with the reason that needs)."""
    p = draft.run.propose()
    outcome = p.outcome or Outcome.ACCEPT_FULL_REFUND
    grade = p.grade or Grade.GOOD
    refund = None
    deductions: tuple[tuple[str, Decimal], ...] = ()
    if outcome is Outcome.PARTIAL_REFUND:
        price = draft.ret.price
        findings = draft.run.findings(outcome, grade)
        refund = proposed_refund(findings, price)
        if refund is None:  # the rules give no amounts: keep back 80 %, split evenly
            refund = (price * Decimal("0.2")).quantize(Decimal("0.01"))
            share = ((price - refund) / len(findings.outcome)).quantize(Decimal("0.01"))
            rules = [f.rule for f in findings.outcome]
            deductions = tuple((rule, share) for rule in rules[:-1])
    return VerdictChoice(
        outcome=outcome,
        grade=grade,
        disposition=p.disposition or "restock",
        refund_amount=refund,
        override_reason="" if p.outcome else "no rule decided",
        deductions=deductions,
    )


class Clock:
    """A settable clock, so retention and timestamps are tested without waiting."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def phones(batch: DemoBatch) -> list[Return]:
    """Returns of the category every build has a default template for."""
    return [r for r in batch.returns if r.product.category is ProductCategory.SMARTPHONE]
