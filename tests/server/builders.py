"""Builders for server tests: returns, inspection payloads and real JPEG/PNG bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from dataclasses import replace
from decimal import Decimal

from PIL import Image

from inspector_app.domain.codes import luhn_digit
from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason
from inspector_app.server.models import MarketplaceFolder
from inspector_app.wire import (
    CustomerMessageRecord,
    InspectionPayload,
    MessageStep,
    PhotoRef,
    message_id,
)

TODAY = dt.date(2026, 11, 26)
NOON = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def imei_for(n: int) -> str:
    """A valid IMEI (right Luhn check digit), distinct per n."""
    body = f"3569380{n:07d}"
    return body + luhn_digit(body)


def make_return(n: int = 1, **changes: object) -> Return:
    """Return number `n` with distinct codes; override any field."""
    ret = Return(
        id=f"RET-{n:05d}",
        rma=f"RMA-{n:05d}",
        order_id=f"ORD-{n:05d}",
        product=Product(
            category=ProductCategory.SMARTPHONE,
            model="Phone 13",
            sku="PH13-128",
            imei=imei_for(n),
            serial=f"SN{n:08d}",
        ),
        reason=ReturnReason.WITHDRAWAL,
        ordered_at=dt.date(2026, 11, 1),
        delivered_at=dt.date(2026, 11, 3),
        requested_at=dt.date(2026, 11, 10),
        tracking_numbers=(f"1Z999AA1{n:010d}",),
        customer_name="Marie D.",
        price=Decimal("399.00"),
    )
    return replace(ret, **changes)


def image_bytes(seed: int = 0, fmt: str = "JPEG") -> bytes:
    """A small real image, different per seed."""
    img = Image.new("RGB", (16, 16), ((seed * 37) % 256, (seed * 91) % 256, (seed * 13) % 256))
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


def sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def make_payload(
    return_id: str = "RET-00001",
    *,
    photos: tuple[bytes, ...] = (),
    inspection_uuid: uuid.UUID | None = None,
    **changes: object,
) -> InspectionPayload:
    """A complete finalized inspection of `return_id`, referencing `photos` (not uploaded)."""
    base: dict = {
        "uuid": inspection_uuid or uuid.uuid4(),
        "return_id": return_id,
        "station": "bench-1",
        "inspector": "badge-0042",
        "template": {"id": "smartphone", "version": 1},
        "started_at": NOON - dt.timedelta(minutes=4),
        "finalized_at": NOON,
        "answers": [{"item": "screen_cracked", "value": False}],
        "photos": [
            PhotoRef(item="front", sha256=sha(body), size=len(body)).model_dump() for body in photos
        ],
        "verdict": {
            "outcome": "accept_full_refund",
            "grade": "very_good",
            "disposition": "restock",
        },
    }
    base.update(changes)
    return InspectionPayload.model_validate(base)


def raw(payload: InspectionPayload) -> bytes:
    """The frozen bytes a station sends (serialised once, resent as is)."""
    return payload.model_dump_json().encode("utf-8")


def received_message(return_id: str) -> CustomerMessageRecord:
    """A bench's "parcel received" record for `return_id`, with its stable id."""
    return CustomerMessageRecord(
        id=message_id(MessageStep.RECEIVED, return_id, None),
        step=MessageStep.RECEIVED,
        trigger="scan",
        return_id=return_id,
        fired_at=dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC),
        language="en",
        subject=f"Your return {return_id}: we have received your parcel",
        body="Hello,\nYour parcel reached our returns centre.\n",
    )


def make_folder(n: int, arrival: str, now: dt.datetime, **fields: object) -> MarketplaceFolder:
    """The marketplace poller's row for the Care folder of return `n` (folder id `n`), in
    `arrival`: a label issued four days before `now` and nothing else known, unless
    `fields` (the row's own names) say otherwise."""
    values: dict[str, object] = {
        "folder_id": n,
        "return_id": f"RET-{n:05d}",
        "state": 0,
        "originals": {},
        "label_issued_at": now - dt.timedelta(days=4),
        "label_state": "ALIVE",
        "tracking_number": "",
        "carrier": "Chronopost",
        "hub_scanned": arrival == "in_transit",
        "arrival": arrival,
        "problem": "",
        "seen_at": now,
    }
    return MarketplaceFolder(**(values | fields))
