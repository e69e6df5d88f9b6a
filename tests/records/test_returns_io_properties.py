"""Property: whatever a return holds, writing it as CSV and reading it back gives it back."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.domain.codes import luhn_digit
from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason
from inspector_app.records.returns_io import parse_returns_csv, write_returns_csv

_CODE = st.from_regex(r"[A-Z0-9][A-Z0-9\-]{2,20}[A-Z0-9]", fullmatch=True)
# Free text as customers and ERPs write it: separators, quotes, line breaks, accents.
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029")
    | st.sampled_from([",", ";", '"', "\n", "\t", "|"]),
    max_size=60,
).map(str.strip)


@st.composite
def returns(draw: st.DrawFn) -> Return:
    ordered = draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)))
    delivered = ordered + dt.timedelta(days=draw(st.integers(0, 20)))
    requested = delivered + dt.timedelta(days=draw(st.integers(0, 400)))
    received = draw(st.none() | st.integers(0, 30).map(lambda d: requested + dt.timedelta(d)))
    body = draw(st.from_regex(r"[0-9]{14}", fullmatch=True))
    imei = draw(st.sampled_from(["", body + luhn_digit(body)]))
    return Return(
        id=draw(_CODE),
        rma=draw(_CODE),
        order_id=draw(_CODE),
        product=Product(
            category=draw(st.sampled_from(ProductCategory)),
            model=draw(_TEXT.filter(bool)),
            sku=draw(_TEXT),
            imei=imei,
            serial=draw(st.sampled_from(["", "C02XK0AAJGH5"])),
        ),
        reason=draw(st.sampled_from(ReturnReason)),
        ordered_at=ordered,
        delivered_at=delivered,
        requested_at=requested,
        received_at=received,
        tracking_numbers=tuple(draw(st.lists(_CODE, max_size=3))),
        reason_detail=draw(_TEXT),
        customer_name=draw(_TEXT),
        country=draw(st.sampled_from(["FR", "DE", "ES"])),
        price=Decimal(draw(st.integers(0, 10**7))) / 100,
        extra_codes=tuple(draw(st.lists(_CODE, max_size=2))),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(returns(), min_size=1, max_size=5, unique_by=lambda r: r.id))
def test_csv_round_trip(items: list[Return]) -> None:
    buffer = io.StringIO()
    write_returns_csv(items, buffer)
    result = parse_returns_csv(buffer.getvalue())
    assert result.errors == []
    assert result.returns == items
