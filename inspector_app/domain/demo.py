"""Realistic demo returns for tests, benchmarks, the server's demo and `make run`.

Deterministic for a given (n, today, seed). The data looks like a refurbisher's intake: real
product lines per category, IMEIs with a valid check digit, tracking numbers in the shapes
carriers print (UPS 1Z, UPU S10 as used by La Poste/Colissimo and Chronopost, DHL Express,
DPD, USPS IMpb), the marketplace's reasons with the kind of text customers write, and dates
around `today`. Some returns are requested too late to be eligible, and for some the device
in the parcel carries another IMEI or serial than the order (the fraud check's case):
`DemoBatch` says which, so a demo or test can scan the device's real code.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from inspector_app.domain.codes import luhn_digit
from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason

T = TypeVar("T")

# (model, SKU stem, price range in EUR, IMEI type allocation codes or None for serial-only)
_CATALOGUE: dict[ProductCategory, list[tuple[str, str, tuple[int, int], tuple[str, ...]]]] = {
    ProductCategory.SMARTPHONE: [
        ("iPhone 13 128GB Midnight", "APL-IP13-128", (380, 520), ("35391611", "35467811")),
        ("iPhone 12 64GB Blue", "APL-IP12-064", (280, 390), ("35325311", "35405211")),
        ("iPhone SE (2022) 64GB", "APL-IPSE3-064", (210, 290), ("35622410",)),
        ("Samsung Galaxy S22 128GB Phantom Black", "SAM-S22-128", (300, 430), ("35093377",)),
        ("Samsung Galaxy A54 5G 128GB", "SAM-A54-128", (220, 300), ("35174868",)),
        ("Google Pixel 7 128GB Obsidian", "GOO-PX7-128", (260, 360), ("35379231",)),
        ("Xiaomi Redmi Note 12 Pro 256GB", "XIA-RN12P-256", (190, 260), ("86446105",)),
    ],
    ProductCategory.TABLET: [
        (
            "iPad Air (5th gen) 64GB Wi-Fi + Cellular",
            "APL-IPADAIR5-064C",
            (430, 560),
            ("35311709",),
        ),
        ("iPad (9th gen) 64GB Wi-Fi", "APL-IPAD9-064", (230, 300), ()),
        ("Samsung Galaxy Tab S8 128GB 5G", "SAM-TABS8-128", (420, 540), ("35292572",)),
    ],
    ProductCategory.LAPTOP: [
        ("MacBook Air 13 M1 8GB/256GB", "APL-MBA13-M1-256", (620, 780), ()),
        ("MacBook Pro 14 M1 Pro 16GB/512GB", "APL-MBP14-M1P-512", (1150, 1450), ()),
        ("Lenovo ThinkPad T14 Gen 2 i5/16GB/512GB", "LEN-T14G2-512", (480, 640), ()),
        ("Dell XPS 13 9310 i7/16GB/512GB", "DEL-XPS13-9310", (560, 720), ()),
    ],
    ProductCategory.SMARTWATCH: [
        ("Apple Watch Series 7 45mm GPS + Cellular", "APL-AW7-45C", (230, 310), ("35331611",)),
        ("Apple Watch SE 40mm GPS", "APL-AWSE-40", (140, 190), ()),
        ("Samsung Galaxy Watch5 44mm LTE", "SAM-GW5-44L", (150, 210), ("35268219",)),
    ],
    ProductCategory.HEADPHONES: [
        ("AirPods Pro (2nd gen)", "APL-APP2", (160, 210), ()),
        ("Sony WH-1000XM4", "SON-WH1000XM4", (170, 230), ()),
        ("Bose QuietComfort 45", "BOS-QC45", (160, 220), ()),
    ],
    ProductCategory.GAME_CONSOLE: [
        ("PlayStation 5 Standard 825GB", "SON-PS5-STD", (380, 460), ()),
        ("Nintendo Switch OLED White", "NIN-SWOLED-W", (260, 320), ()),
        ("Xbox Series X 1TB", "MIC-XSX-1TB", (360, 440), ()),
    ],
}

_CATEGORY_WEIGHTS = {
    ProductCategory.SMARTPHONE: 55,
    ProductCategory.TABLET: 10,
    ProductCategory.LAPTOP: 12,
    ProductCategory.SMARTWATCH: 8,
    ProductCategory.HEADPHONES: 8,
    ProductCategory.GAME_CONSOLE: 7,
}

_REASONS: dict[ReturnReason, tuple[int, tuple[str, ...]]] = {
    ReturnReason.WITHDRAWAL: (
        38,
        (
            "Changed my mind, I found a better deal.",
            "The colour is not what I expected.",
            "Too big for me after all.",
            "",
        ),
    ),
    ReturnReason.FAULTY_ON_OPENING: (
        14,
        (
            "Screen has a green line when it turns on.",
            "Does not charge with any cable.",
            "Arrived with a cracked back glass.",
        ),
    ),
    ReturnReason.FAILURE_AT_FIRST_USE: (
        12,
        (
            "Battery drains in two hours.",
            "Face ID not available.",
            "Speaker crackles at any volume.",
            "Reboots by itself several times a day.",
        ),
    ),
    ReturnReason.WARRANTY: (
        10,
        (
            "Stopped charging after four months.",
            "Touchscreen unresponsive in the lower third.",
            "Left earbud no longer connects.",
        ),
    ),
    ReturnReason.NON_COMPLIANT: (
        10,
        (
            "Received a 64GB model instead of 128GB.",
            "Not the colour I ordered.",
            "Battery health is 79%, listing said above 85%.",
            "Keyboard is QWERTY, I ordered AZERTY.",
        ),
    ),
    ReturnReason.DELIVERY_PROBLEM: (
        9,
        (
            "Parcel arrived crushed, device scratched.",
            "Box was open and the charger missing.",
        ),
    ),
    ReturnReason.STOCK_MISTAKE: (
        7,
        (
            "Seller cancelled: item out of stock after shipping label was made.",
            "",
        ),
    ),
}

_FIRST_NAMES = (
    "Camille",
    "Lucas",
    "Léa",
    "Hugo",
    "Chloé",
    "Louis",
    "Manon",
    "Jules",
    "Inès",
    "Gabriel",
    "Sarah",
    "Nathan",
    "Emma",
    "Thomas",
    "Jade",
    "Mohamed",
    "Lina",
    "Paul",
    "Zoé",
    "Yanis",
    "Lena",
    "Jonas",
    "Sofia",
    "Marco",
    "Anna",
    "Pablo",
    "Lucía",
    "Noah",
    "Julia",
    "Finn",
)
_COUNTRIES = (("FR", 70), ("BE", 8), ("DE", 8), ("ES", 7), ("IT", 7))
_ALNUM = string.ascii_uppercase + string.digits
_SERIAL_ALNUM = "".join(c for c in _ALNUM if c not in "IO")


def make_imei(rng: random.Random, tac: str) -> str:
    """A made-up IMEI of the model whose type allocation code is `tac`, with a valid check
    digit, so demo data passes the same import checks as real exports."""
    body = tac + "".join(rng.choices(string.digits, k=6))
    return body + luhn_digit(body)


def _ups(rng: random.Random) -> str:
    """UPS 1Z: shipper number, service code, package number and the 1Z check digit."""
    body = "".join(rng.choices(_ALNUM, k=6)) + rng.choice(("01", "02", "03", "12", "13"))
    body += "".join(rng.choices(string.digits, k=7))
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(v * (2 if i % 2 else 1) for i, v in enumerate(values))
    return "1Z" + body + str((10 - total % 10) % 10)


def _s10(rng: random.Random) -> str:
    """UPU S10 (La Poste, Colissimo international, Chronopost): LA123456785FR."""
    digits = "".join(rng.choices(string.digits, k=8))
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return rng.choice(("LA", "CB", "EE", "XS", "6A")) + digits + str(check) + "FR"


def _dhl(rng: random.Random) -> str:
    body = "".join(rng.choices(string.digits, k=9))
    return body + str(int(body) % 7)


def _dpd(rng: random.Random) -> str:
    return "0" + "".join(rng.choices(string.digits, k=13))


def _usps(rng: random.Random) -> str:
    body = "9400" + "1" + "".join(rng.choices(string.digits, k=16))
    return body + luhn_digit(body)


_CARRIERS = ((_ups, 3), (_s10, 4), (_dhl, 2), (_dpd, 2), (_usps, 1))


def _serial(rng: random.Random, category: ProductCategory, model: str) -> str:
    if model.startswith(("iPhone", "iPad", "MacBook", "Apple", "AirPods")):
        return "".join(rng.choices(_SERIAL_ALNUM, k=10 if "MacBook" not in model else 12))
    if category is ProductCategory.GAME_CONSOLE:
        prefix = {"P": "E", "N": "XTW", "X": "0"}[model[0]]
        return prefix + "".join(rng.choices(string.digits, k=14 - len(prefix)))
    if model.startswith("Lenovo"):
        return "PF" + "".join(rng.choices(_SERIAL_ALNUM, k=6))
    if model.startswith("Dell"):
        return "".join(rng.choices(_SERIAL_ALNUM, k=7))
    return "R" + "".join(rng.choices(_SERIAL_ALNUM, k=10))


@dataclass(slots=True)
class DemoBatch:
    """Demo returns and what the parcels really contain.

    `device_codes[return_id]` is the IMEI (or serial) printed on the device in the parcel;
    it equals the order's except for the ids in `mismatched`. `late` lists returns requested
    well after the withdrawal window with a non-defect reason (ineligible under the default
    policy).
    """

    returns: list[Return] = field(default_factory=list)
    device_codes: dict[str, str] = field(default_factory=dict)
    mismatched: set[str] = field(default_factory=set)
    late: set[str] = field(default_factory=set)


def _weighted(rng: random.Random, pairs: Iterable[tuple[T, int]]) -> T:
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


def _dates(
    rng: random.Random, today: dt.date, late: bool
) -> tuple[dt.date, dt.date, dt.date, dt.date | None]:
    """(ordered, delivered, requested, received or None), all on or before today."""
    if late:
        delivered = today - dt.timedelta(days=rng.randint(50, 120))
        requested = delivered + dt.timedelta(days=rng.randint(38, 45))
    else:
        delivered = today - dt.timedelta(days=rng.randint(3, 40))
        requested = delivered + dt.timedelta(days=rng.randint(0, min(25, (today - delivered).days)))
    ordered = delivered - dt.timedelta(days=rng.randint(1, 5))
    received_days = rng.randint(2, 9)
    received = requested + dt.timedelta(days=received_days)
    return ordered, delivered, requested, received if received <= today else None


def _one(rng: random.Random, index: int, today: dt.date, batch: DemoBatch) -> Return:
    category = _weighted(rng, _CATEGORY_WEIGHTS.items())
    model, sku, (low, high), tacs = rng.choice(_CATALOGUE[category])
    reason = _weighted(rng, ((r, w) for r, (w, _) in _REASONS.items()))
    late = not reason.is_defect and rng.random() < 0.12
    ordered, delivered, requested, received = _dates(rng, today, late)
    imei = make_imei(rng, rng.choice(tacs)) if tacs else ""
    serial = _serial(rng, category, model)
    number = 10_000_000 + index
    ret = Return(
        id=f"R{requested:%y}{number:08d}",
        rma=f"RMA-{number:08d}",
        order_id=str(40_000_000 + index * 7 % 9_999_991),
        product=Product(
            category=category,
            model=model,
            sku=f"{sku}-{rng.choice('ABC')}",
            imei=imei,
            serial=serial,
        ),
        reason=reason,
        ordered_at=ordered,
        delivered_at=delivered,
        requested_at=requested,
        received_at=received,
        tracking_numbers=tuple(
            _weighted(rng, _CARRIERS)(rng) for _ in range(1 if rng.random() < 0.9 else 2)
        ),
        reason_detail=rng.choice(_REASONS[reason][1]),
        customer_name=f"{rng.choice(_FIRST_NAMES)} {rng.choice(string.ascii_uppercase)}.",
        country=_weighted(rng, _COUNTRIES),
        price=Decimal(rng.randint(low, high)) - Decimal("0.01"),
    )
    device = imei or serial
    if rng.random() < 0.06:
        device = make_imei(rng, rng.choice(tacs)) if tacs else _serial(rng, category, model)
        batch.mismatched.add(ret.id)
    batch.device_codes[ret.id] = device
    if late:
        batch.late.add(ret.id)
    return ret


def demo_batch(n: int, today: dt.date, seed: int = 1, start: int = 0) -> DemoBatch:
    """`n` demo returns numbered from `start` (so large caches can be built in slices)."""
    rng = random.Random(f"{seed}:{start}")  # noqa: S311 - reproducible demo data, no secret
    batch = DemoBatch()
    batch.returns = [_one(rng, start + i, today, batch) for i in range(n)]
    return batch


def demo_returns(n: int, today: dt.date, seed: int = 1) -> list[Return]:
    """`n` realistic demo returns (see DemoBatch for which are late or mismatched)."""
    return demo_batch(n, today, seed).returns
