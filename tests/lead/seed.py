"""A known week of intake, submitted through the real API, and the figures it must give,
computed here independently of inspector_app.lead (plain loops over what was sent).

The week ends on DAY. Three benches, four inspectors, every outcome, overrides with reasons,
IMEI mismatches in quarantine, liquid damage, a correction, an inspection of a return the
server never imported, returns still waiting (one of them received before the week), and
inspections older than the week that only the 30-day trend and recurring issues see.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import statistics
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PIL import Image

from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason
from inspector_app.server import admin
from inspector_app.server.db import Database
from inspector_app.wire import InspectionPayload, StationHeartbeat

DAY = dt.date(2026, 11, 26)
WEEK = [DAY - dt.timedelta(days=back) for back in range(6, -1, -1)]
STATIONS = ("bench-1", "bench-2", "bench-3")
INSPECTORS = {
    "badge-0101": "Ana Alves",
    "badge-0102": "Ben Brun",
    "badge-0103": "Chloé Chen",
    "badge-0104": "Dan Dubois",
}
LEAD = ("lead-0777", "Lea Lead", "246802")
MODELS = (
    ("Phone 13", ProductCategory.SMARTPHONE),
    ("Phone 14", ProductCategory.SMARTPHONE),
    ("Tab 9", ProductCategory.TABLET),
    ("Book Air", ProductCategory.LAPTOP),
)
REASONS = (
    ReturnReason.WITHDRAWAL,
    ReturnReason.FAULTY_ON_OPENING,
    ReturnReason.WARRANTY,
    ReturnReason.DELIVERY_PROBLEM,
    ReturnReason.NON_COMPLIANT,
)
PRICE = Decimal("300.00")
N_INSPECTED = 63
WAITING_IDS = range(100, 106)
OLD_IDS = range(200, 206)
"""Inspected 10-25 days before DAY: outside the week, inside the trend and recurring window."""
POUND_IDS = (12, 14, 20)
"""Sold in pounds (a full refund, two partial ones, one on DAY): pounds are never added to
euros."""

Put = Callable[[str, bytes, dict[str, str]], int]
Post = Callable[[str, bytes, dict[str, str]], int]


def rid(n: int) -> str:
    return f"WK-{n:04d}"


def make_return(n: int, received: dt.date | None = None) -> Return:
    model, category = MODELS[n % len(MODELS)]
    return Return(
        id=rid(n),
        rma=f"RMA-WK{n:04d}",
        order_id=f"ORD-WK{n:04d}",
        product=Product(category=category, model=model, sku="", imei="", serial=f"S{n:06d}"),
        reason=REASONS[n % len(REASONS)],
        ordered_at=dt.date(2026, 10, 1),
        delivered_at=dt.date(2026, 10, 5),
        requested_at=dt.date(2026, 10, 20),
        received_at=received,
        price=PRICE,
        currency="GBP" if n in POUND_IDS else "EUR",
        customer_name="",
        tracking_numbers=(f"1ZWK{n:010d}",),
    )


@dataclass
class Sent:
    """One inspection as submitted, with what the test needs to compute the figures."""

    payload: InspectionPayload
    return_id: str
    model: str
    reason: str
    category: str
    price: Decimal | None
    superseded: bool = False

    @property
    def currency(self) -> str:
        return self.payload.verdict.currency

    @property
    def p(self) -> InspectionPayload:
        return self.payload


@dataclass
class Week:
    sent: list[Sent] = field(default_factory=list)
    returns: dict[str, Return] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    """station name -> station token"""
    heartbeats: dict[str, StationHeartbeat] = field(default_factory=dict)
    photo: bytes = b""
    photo_inspection: uuid.UUID | None = None


def jpeg(seed: int) -> bytes:
    img = Image.new("RGB", (64, 48), ((seed * 53) % 256, 90, (seed * 17) % 256))
    out = io.BytesIO()
    img.save(out, "JPEG")
    return out.getvalue()


def _verdict(i: int) -> tuple[dict, list[str]]:
    """Verdict and flags of the i-th inspection: a fixed pattern covering every case."""
    flags: list[str] = []
    kind = i % 6
    if kind in (0, 1, 5):
        verdict = {"outcome": "accept_full_refund", "grade": "very_good", "disposition": "restock"}
    elif kind == 2:
        verdict = {
            "outcome": "partial_refund",
            "grade": "fair",
            "disposition": "refurbish",
            "refund_amount": f"{25 + i}.50",
        }
    elif kind == 3:
        verdict = {"outcome": "refuse_send_back", "disposition": "quarantine"}
    else:
        verdict = {"outcome": "repair", "grade": "good", "disposition": "repair"}
    if i % 8 == 3:
        flags = ["imei_mismatch"]
        verdict = {"outcome": "refuse_send_back", "disposition": "quarantine"}
    if i % 9 == 4:
        flags.append("liquid_damage")
    if i % 5 == 0:
        verdict = {
            **verdict,
            "override_reason": f"Lead agreed on the phone (case {i})",
            "proposed": {"outcome": "refuse_send_back", "rules": ["customer_damage"]},
        }
    return verdict, flags


def _payload(
    i: int, return_id: str, finalized: dt.datetime, **changes: object
) -> InspectionPayload:
    verdict, flags = _verdict(i)
    if i in POUND_IDS and return_id == rid(i):
        verdict["currency"] = "GBP"
    body: dict = {
        "uuid": uuid.uuid5(uuid.NAMESPACE_URL, f"lead-week/{i}/{return_id}/{finalized}"),
        "return_id": return_id,
        "station": STATIONS[i % 3],
        "inspector": list(INSPECTORS)[(i // 2) % 4],
        "template": {"id": "smartphone", "version": 1},
        "started_at": finalized - dt.timedelta(seconds=120 + (i * 37) % 600),
        "finalized_at": finalized,
        "answers": [
            {"item": "powers_on", "value": i % 7 != 0},
            {"item": "battery_health", "value": 70 + i % 30},
            {"item": "other_faults", "value": f"note {i}"},
        ],
        "flags": flags,
        "verdict": verdict,
    }
    body.update(changes)
    return InspectionPayload.model_validate(body)


def _moment(day: dt.date, i: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8 + (i * 5) % 9, (i * 7) % 60), tzinfo=dt.UTC)


def seed_week(db: Database, put: Put, post: Post, station_token: str) -> Week:
    """Register benches and people, import returns, submit the week through the API."""
    week = Week()
    with db.write() as session:
        for name in STATIONS[1:]:
            week.tokens[name] = admin.add_station(session, name).secret
        for badge, name in INSPECTORS.items():
            admin.add_person(session, name, "inspector", badge=badge, pin="1111")
        badge, name, pin = LEAD
        admin.add_person(session, name, "lead", badge=badge, pin=pin)
    week.tokens[STATIONS[0]] = station_token

    returns = [make_return(n) for n in range(N_INSPECTED)]
    # Received before their inspection day: waiting at the end of the days in between.
    returns[7] = make_return(7, received=WEEK[0])
    returns[8] = make_return(8, received=WEEK[0])
    returns += [
        make_return(n, received=WEEK[n % 7] if n != 105 else DAY - dt.timedelta(days=12))
        for n in WAITING_IDS
    ]
    returns += [make_return(n) for n in OLD_IDS]
    week.returns = {r.id: r for r in returns}
    with db.write() as session:
        admin.import_returns(session, returns)

    def send(payload: InspectionPayload) -> None:
        status = put(
            f"/api/v1/inspections/{payload.uuid}",
            payload.model_dump_json().encode(),
            {
                "Authorization": f"Bearer {week.tokens[payload.station]}",
                "Content-Type": "application/json",
            },
        )
        assert status == 201, status
        ret = week.returns.get(payload.return_id)
        week.sent.append(
            Sent(
                payload,
                payload.return_id,
                ret.product.model if ret else "unknown",
                ret.reason.value if ret else "unknown",
                ret.product.category.value if ret else "unknown",
                ret.price if ret else None,
            )
        )

    week.photo = jpeg(1)
    sha = hashlib.sha256(week.photo).hexdigest()
    assert (
        put(
            f"/api/v1/photos/{sha}",
            week.photo,
            {"Authorization": f"Bearer {station_token}", "Content-Type": "image/jpeg"},
        )
        == 201
    )
    for i in range(N_INSPECTED):
        photos = [{"item": "overview", "sha256": sha, "size": len(week.photo)}] if i == 3 else []
        send(_payload(i, rid(i), _moment(WEEK[i % 7], i), photos=photos))
    week.photo_inspection = week.sent[3].payload.uuid
    for k, n in enumerate(OLD_IDS):
        send(_payload(3 + 8 * k, rid(n), _moment(DAY - dt.timedelta(days=10 + 3 * k), k)))
    # A bench imported this return itself; the server never saw it.
    send(_payload(40, "LOCAL-0001", _moment(DAY, 40)))
    # A correction of inspection 1 (a day later); the first one no longer counts.
    first = week.sent[1]
    first.superseded = True
    send(
        _payload(
            41,
            first.return_id,
            _moment(WEEK[2], 2),
            supersedes=str(first.p.uuid),
            station=first.p.station,
        )
    )

    week.heartbeats = {
        "bench-1": StationHeartbeat(
            version="1.0.0",
            pending=2,
            needs_attention=1,
            last_success_at=dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC),
        ),
        "bench-2": StationHeartbeat(version="1.0.1", pending=0, needs_attention=0),
    }
    for name, beat in week.heartbeats.items():
        status = post(
            "/api/v1/stations/heartbeat",
            beat.model_dump_json().encode(),
            {"Authorization": f"Bearer {week.tokens[name]}", "Content-Type": "application/json"},
        )
        assert status == 204, status
    return week


# -- the figures, computed independently -------------------------------------------------------


def day_of(s: Sent, zone: dt.tzinfo = dt.UTC) -> dt.date:
    """The site's day (in `zone`) `s` was finalized on."""
    return s.p.finalized_at.astimezone(zone).date()


def current(week: Week, first: dt.date, last: dt.date, zone: dt.tzinfo = dt.UTC) -> list[Sent]:
    return [s for s in week.sent if not s.superseded and first <= day_of(s, zone) <= last]


def received_on(week: Week, zone: dt.tzinfo = dt.UTC) -> dict[str, dt.date]:
    """Each server-known return's receipt day: its import date, else its first inspection's."""
    days: dict[str, dt.date] = {}
    for ret in week.returns.values():
        if ret.received_at is not None:
            days[ret.id] = ret.received_at
    for s in sorted(week.sent, key=lambda s: s.p.finalized_at):
        if s.return_id in week.returns:
            days.setdefault(s.return_id, day_of(s, zone))
    return days


def waiting(week: Week, as_of: dt.date, zone: dt.tzinfo = dt.UTC) -> list[tuple[str, int]]:
    """(return id, days waited) of returns received by as_of and not inspected by then."""
    first_done: dict[str, dt.date] = {}
    for s in week.sent:
        day = day_of(s, zone)
        first_done[s.return_id] = min(first_done.get(s.return_id, day), day)
    rows = [
        (rid_, (as_of - day).days)
        for rid_, day in received_on(week, zone).items()
        if day <= as_of and not (rid_ in first_done and first_done[rid_] <= as_of)
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def refund(s: Sent) -> Decimal:
    v = s.p.verdict
    if v.outcome.value == "partial_refund":
        return v.refund_amount
    if v.outcome.value == "accept_full_refund":
        return v.refund_amount if v.refund_amount is not None else (s.price or Decimal(0))
    return Decimal(0)


def needs_review(s: Sent) -> bool:
    v = s.p.verdict
    return (
        bool(v.override_reason)
        or v.outcome.value == "refuse_send_back"
        or v.disposition.value == "quarantine"
        or bool(s.p.flags)
    )


def expected(week: Week, first: dt.date, last: dt.date, zone: dt.tzinfo = dt.UTC) -> dict:
    """Every figure of the report of the site's days `first` to `last`, counted here."""
    rows = current(week, first, last, zone)
    outcomes = Counter(s.p.verdict.outcome.value for s in rows)
    durations = [(s.p.finalized_at - s.p.started_at).total_seconds() for s in rows]
    per_inspector: dict[str, list[Sent]] = defaultdict(list)
    for s in rows:
        per_inspector[s.p.inspector].append(s)
    inspectors = {}
    for badge, mine in per_inspector.items():
        hours = {(s.p.finalized_at.date(), s.p.finalized_at.hour) for s in mine}
        inspectors[badge] = {
            "inspected": len(mine),
            "median": statistics.median(
                (s.p.finalized_at - s.p.started_at).total_seconds() for s in mine
            ),
            "active_hours": len(hours),
            "per_active_hour": round(len(mine) / len(hours), 2),
            "overridden": sum(bool(s.p.verdict.override_reason) for s in mine),
            "refused": sum(s.p.verdict.outcome.value == "refuse_send_back" for s in mine),
        }
    days = received_on(week, zone)
    backlog = waiting(week, last, zone)
    return {
        "received": sum(first <= d <= last for d in days.values()),
        "inspected": len(rows),
        "waiting": len(backlog),
        "oldest_waiting_days": backlog[0][1] if backlog else None,
        "accepted": outcomes["accept_full_refund"],
        "partial": outcomes["partial_refund"],
        "refused": outcomes["refuse_send_back"],
        "overridden": sum(bool(s.p.verdict.override_reason) for s in rows),
        "flagged": sum(map(needs_review, rows)),
        "refunds_total": sum((refund(s) for s in rows), Decimal(0)),
        "refunds": {
            currency: sum((refund(s) for s in rows if s.currency == currency), Decimal(0))
            for currency in sorted({s.currency for s in rows if refund(s)})
        },
        "median": statistics.median(durations) if durations else None,
        "by_outcome": dict(outcomes),
        "by_reason": dict(Counter(s.reason for s in rows)),
        "by_category": dict(Counter(s.category for s in rows)),
        "by_station": dict(Counter(s.p.station for s in rows)),
        "per_hour": Counter(s.p.finalized_at.astimezone(zone).hour for s in rows),
        "inspectors": inspectors,
        "review": sorted(
            (s for s in rows if needs_review(s)),
            key=lambda s: (-s.p.finalized_at.timestamp(), str(s.p.uuid)),
        ),
    }


def expected_trend(week: Week, last: dt.date, zone: dt.tzinfo = dt.UTC) -> list[tuple]:
    days = received_on(week, zone)
    out = []
    for back in range(29, -1, -1):
        day = last - dt.timedelta(days=back)
        rows = current(week, day, day, zone)
        out.append(
            (
                day,
                sum(d == day for d in days.values()),
                len(rows),
                sum(s.p.verdict.outcome.value == "accept_full_refund" for s in rows),
                sum(s.p.verdict.outcome.value == "partial_refund" for s in rows),
                sum(s.p.verdict.outcome.value == "refuse_send_back" for s in rows),
            )
        )
    return out


def expected_recurring(
    week: Week, last: dt.date, zone: dt.tzinfo = dt.UTC
) -> dict[tuple[str, str, str], int]:
    counts: Counter = Counter()
    for s in current(week, last - dt.timedelta(days=29), last, zone):
        for flag in set(s.p.flags):
            counts[(s.model, s.reason, flag)] += 1
    return dict(counts)
