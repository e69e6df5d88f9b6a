"""A return's fields, listed once: as a flat record and as the wire model `ReturnOut`.

Four places hold returns outside memory: CSV exports (records.returns_io), the station's cache
(storage.returns_cache), the server's store and the feed between them (wire.ReturnOut). All of
them name the fields like `Return` and `Product` do, so each converts through this module
instead of spelling out the twenty fields again; a new field is added here and in the
dataclass, and the places that keep it (a column, a migration) fail loudly until they do.

A record is flat (the product's fields sit beside the return's), holds plain values (enum
values as `str`, `Decimal` price, dates, tuples of codes) and is keyed by RECORD_FIELDS.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from inspector_app.domain.returns import (
    DateSource,
    Product,
    ProductCategory,
    Return,
    ReturnReason,
)
from inspector_app.wire import ProductOut, ReturnOut

PRODUCT_FIELDS = ("category", "model", "sku", "imei", "serial")
RECORD_FIELDS = (
    "id",
    "rma",
    "order_id",
    *PRODUCT_FIELDS,
    "reason",
    "reason_detail",
    "customer_name",
    "country",
    "currency",
    "price",
    "ordered_at",
    "delivered_at",
    "requested_at",
    "received_at",
    "tracking_numbers",
    "extra_codes",
    "delivered_at_source",
)
"""A record's keys, in the order of an export's columns (a new field goes last, so files
laid out for an older version still line up)."""

_RETURN_FIELDS = tuple(name for name in RECORD_FIELDS if name not in PRODUCT_FIELDS)


def return_to_record(ret: Return) -> dict[str, Any]:
    """`ret` as a flat record (see the module docstring), keys in RECORD_FIELDS order."""
    p = ret.product
    return {
        "id": ret.id,
        "rma": ret.rma,
        "order_id": ret.order_id,
        "category": p.category.value,
        "model": p.model,
        "sku": p.sku,
        "imei": p.imei,
        "serial": p.serial,
        "reason": ret.reason.value,
        "reason_detail": ret.reason_detail,
        "customer_name": ret.customer_name,
        "country": ret.country,
        "currency": ret.currency,
        "price": ret.price,
        "ordered_at": ret.ordered_at,
        "delivered_at": ret.delivered_at,
        "requested_at": ret.requested_at,
        "received_at": ret.received_at,
        "tracking_numbers": ret.tracking_numbers,
        "extra_codes": ret.extra_codes,
        "delivered_at_source": ret.delivered_at_source.value,
    }


def return_from_record(record: Mapping[str, Any]) -> Return:
    """The Return a record describes; enum values, prices and code lists are converted.

    The record must be valid already (from the wire model or our own database): a bad enum
    value raises ValueError, a missing field KeyError.
    """
    return Return(
        id=record["id"],
        rma=record["rma"],
        order_id=record["order_id"],
        product=Product(
            category=ProductCategory(record["category"]),
            model=record["model"],
            sku=record["sku"],
            imei=record["imei"],
            serial=record["serial"],
        ),
        reason=ReturnReason(record["reason"]),
        ordered_at=record["ordered_at"],
        delivered_at=record["delivered_at"],
        delivered_at_source=DateSource(record["delivered_at_source"]),
        requested_at=record["requested_at"],
        received_at=record["received_at"],
        tracking_numbers=tuple(record["tracking_numbers"]),
        reason_detail=record["reason_detail"],
        customer_name=record["customer_name"],
        country=record["country"],
        currency=record["currency"],
        price=Decimal(record["price"]),
        extra_codes=tuple(record["extra_codes"]),
    )


def return_to_wire(ret: Return, **extra: Any) -> ReturnOut:
    """The wire ReturnOut of a domain Return (`extra`: the server's `inspected`, `updated_at`).

    Validated like any incoming ReturnOut, so a Return the wire could not carry fails here.
    """
    record = return_to_record(ret)
    product = ProductOut(**{name: record.pop(name) for name in PRODUCT_FIELDS})
    return ReturnOut(product=product, **record, **extra)


def return_from_wire(item: ReturnOut) -> Return:
    """The domain Return of a validated wire ReturnOut (its `inspected` and `updated_at` are
    the server's knowledge about the return, not part of it: callers keep them apart)."""
    record = {name: getattr(item, name) for name in _RETURN_FIELDS}
    record.update((name, getattr(item.product, name)) for name in PRODUCT_FIELDS)
    return return_from_record(record)
