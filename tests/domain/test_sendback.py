"""Send-back tracking numbers: normalised, required only for refused returns, never a wrong code."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.domain.returns import Outcome, Product, ProductCategory, Return, ReturnReason
from inspector_app.domain.sendback import (
    SendbackError,
    sendback_required,
    validate_sendback_tracking,
)

RET = Return(
    id="R-100234",
    rma="RMA-2026-004211",
    order_id="BM-88412077",
    product=Product(
        ProductCategory.SMARTPHONE, "iPhone 13", imei="356938035643809", serial="F17XK2ABCD"
    ),
    reason=ReturnReason.NON_COMPLIANT,
    ordered_at=dt.date(2026, 10, 2),
    delivered_at=dt.date(2026, 10, 5),
    requested_at=dt.date(2026, 10, 20),
    tracking_numbers=("6A12345678901",),
)
REFUSE = Outcome.REFUSE_SEND_BACK


def test_only_refused_returns_are_sent_back() -> None:
    assert sendback_required(REFUSE)
    assert not any(sendback_required(o) for o in Outcome if o is not REFUSE)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("1Z 999 AA1 01 2345 6784", "1Z999AA10123456784"),
        ("]C18J00012345678", "8J00012345678"),
        ("jd0140 1234 5678 9012", "JD0140123456789012"),
    ],
)
def test_tracking_number_is_normalised(raw: str, key: str) -> None:
    assert validate_sendback_tracking(raw, REFUSE, RET) == key


def test_refused_return_needs_a_tracking_number() -> None:
    for raw in (None, "", "   "):
        with pytest.raises(SendbackError, match="Scan the tracking number"):
            validate_sendback_tracking(raw, REFUSE, RET)


def test_other_outcomes_have_none() -> None:
    assert validate_sendback_tracking("", Outcome.ACCEPT_FULL_REFUND, RET) is None
    with pytest.raises(SendbackError, match="Only a refused return is sent back"):
        validate_sendback_tracking("1Z999AA10123456784", Outcome.REPAIR, RET)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("6a-1234-5678-901", "customer's return parcel"),
        ("rma 2026 004211", "That is the RMA"),
        ("BM-88412077", "That is the order number"),
        ("356938035643809", "That is the device's IMEI"),
        ("F17XK2ABCD", "That is the device's serial"),
        ("12345", "too short"),
        ("colis n°1234567890", "not a tracking number"),
        ("x" * 80, "not a tracking number"),
    ],
)
def test_wrong_codes_are_refused_with_what_was_scanned(raw: str, message: str) -> None:
    with pytest.raises(SendbackError, match=message):
        validate_sendback_tracking(raw, REFUSE, RET)
