"""The lead's daily-intake report, computed from one day's rows.

A day is a UTC calendar day. `received` counts returns whose parcel was received that day
(import date, or the day of their first final inspection); the rest counts current final
inspections (superseded ones are left out) finalized that day. The lead-review work extends
this module; keep each figure a small function of the day's rows.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.domain.returns import Outcome
from inspector_app.server.models import Inspection, ReturnRow
from inspector_app.server.site_days import day_start
from inspector_app.wire import CountRow, DailyIntake

UNKNOWN = "unknown"
"""Key for inspections of returns the server never imported (a bench imported them locally)."""

UNGRADED = "ungraded"
"""Key for verdicts without an aesthetic grade (refused or sent back before grading)."""

REFUND_OUTCOMES = frozenset({Outcome.ACCEPT_FULL_REFUND.value, Outcome.PARTIAL_REFUND.value})


def _rows(counter: Counter) -> list[CountRow]:
    return [
        CountRow(key=k, count=n) for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _count(values: Iterable[str | None], missing: str = UNKNOWN) -> list[CountRow]:
    return _rows(Counter(v if v is not None else missing for v in values))


def _flags(inspections: list[Inspection]) -> list[CountRow]:
    counter: Counter = Counter()
    for insp in inspections:
        counter.update(set(insp.flags))
        if insp.overridden:
            counter["verdict_override"] += 1
        if insp.outcome == Outcome.REFUSE_SEND_BACK.value:
            counter["refused"] += 1
        if insp.supersedes:
            counter["correction"] += 1
    return _rows(counter)


def _refund(insp: Inspection, ret: ReturnRow | None) -> Decimal:
    if insp.outcome not in REFUND_OUTCOMES:
        return Decimal("0")
    if insp.refund_amount is not None:
        return Decimal(insp.refund_amount)
    return Decimal(ret.price) if ret is not None else Decimal("0")


def daily_intake(session: Session, day: dt.date, zone: dt.tzinfo = dt.UTC) -> DailyIntake:
    """The site's day `day` (in `zone`): what came in and what was decided."""
    start = day_start(day, zone)
    end = day_start(day + dt.timedelta(days=1), zone)
    inspections = list(
        session.execute(
            select(Inspection).where(
                Inspection.finalized_at >= start,
                Inspection.finalized_at < end,
                Inspection.superseded_by.is_(None),
            )
        ).scalars()
    )
    ids = {insp.return_id for insp in inspections}
    returns = {
        r.id: r for r in session.execute(select(ReturnRow).where(ReturnRow.id.in_(ids))).scalars()
    }
    received = session.execute(
        select(func.count()).select_from(ReturnRow).where(ReturnRow.received_at == day)
    ).scalar_one()
    durations = [
        (i.finalized_at - i.started_at).total_seconds()
        for i in inspections
        if i.finalized_at >= i.started_at
    ]

    def of_return(attr: str) -> list[str]:
        return [
            getattr(returns[i.return_id], attr) if i.return_id in returns else UNKNOWN
            for i in inspections
        ]

    return DailyIntake(
        date=day,
        received=received,
        inspected=len(inspections),
        by_outcome=_count(i.outcome for i in inspections),
        by_grade=_count((i.grade for i in inspections), missing=UNGRADED),
        by_reason=_count(of_return("reason")),
        by_category=_count(of_return("category")),
        by_station=_count(i.station for i in inspections),
        by_inspector=_count(i.inspector for i in inspections),
        median_inspection_seconds=statistics.median(durations) if durations else None,
        refunds_total=sum(
            (_refund(i, returns.get(i.return_id)) for i in inspections), Decimal("0")
        ),
        flags=_flags(inspections),
    )
