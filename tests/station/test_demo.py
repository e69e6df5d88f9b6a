"""Demo data is realistic enough to exercise the bench: valid codes, late and swapped cases."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from inspector_app.domain.codes import imei_check_digit_ok, normalize_code
from inspector_app.domain.demo import demo_batch, demo_returns
from inspector_app.domain.returns import ProductCategory, ReturnReason

TODAY = dt.date(2026, 11, 26)


def test_deterministic_and_varied() -> None:
    assert demo_returns(100, TODAY, seed=3) == demo_returns(100, TODAY, seed=3)
    assert demo_returns(100, TODAY, seed=3) != demo_returns(100, TODAY, seed=4)
    batch = demo_batch(2000, TODAY, seed=1)
    assert set(Counter(r.product.category for r in batch.returns)) == set(ProductCategory)
    assert set(Counter(r.reason for r in batch.returns)) == set(ReturnReason)
    assert len({r.id for r in batch.returns}) == 2000
    assert len({r.rma for r in batch.returns}) == 2000
    assert len({r.order_id for r in batch.returns}) == 2000
    shapes = Counter(
        t[:2] if t[:2].isalpha() else len(t) for r in batch.returns for t in r.tracking_numbers
    )
    assert len(shapes) >= 5


def test_codes_are_valid_and_dates_plausible() -> None:
    batch = demo_batch(1000, TODAY, seed=1)
    for ret in batch.returns:
        for code in ret.codes():
            normalize_code(code)
        if ret.product.imei:
            assert imei_check_digit_ok(ret.product.imei)
        assert ret.ordered_at <= ret.delivered_at <= ret.requested_at <= TODAY
        assert ret.received_at is None or ret.requested_at <= ret.received_at <= TODAY
        assert ret.customer_name.endswith(".")  # first name and initial only (GDPR)


def test_late_and_mismatched_cases_are_exposed() -> None:
    batch = demo_batch(1000, TODAY, seed=1)
    by_id = {r.id: r for r in batch.returns}
    assert 20 < len(batch.mismatched) < 120
    assert 20 < len(batch.late) < 200
    for rid in batch.late:
        ret = by_id[rid]
        assert (ret.requested_at - ret.delivered_at).days > 35
        assert not ret.reason.is_defect
    for rid, device in batch.device_codes.items():
        ret = by_id[rid]
        order_code = ret.product.imei or ret.product.serial
        assert (device != order_code) == (rid in batch.mismatched)
        if ret.product.imei:
            assert imei_check_digit_ok(device)
