"""The lead's review over a date range, its paginated lists and the drill-down.

A day is the site's calendar day (ServerConfig.time_zone, RI_SERVER_TIME_ZONE; site_days): a
warehouse in Paris closes its day at midnight in Paris, not at 01:00 or 02:00 as UTC days
would, and its busiest hour is 10:00 on its own clocks.

Queries select only the columns a figure needs (never the raw payload, except for the one
page of review rows and the drill-down that show what the inspector wrote), and the
30-day trend is grouped by day in SQL, so a day of 5,000 inspections or a month of 100,000
answers stays well under a second (benchmarks/lead_report.py). The figures themselves are
computed by inspector_app.lead.figures, shared with the bench's offline view.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_mod
from typing import Any, Literal

from sqlalchemy import ColumnElement, String, and_, case, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from inspector_app.lead import figures
from inspector_app.lead.figures import FRAUD_FLAGS, QUARANTINE, REFUSED, Backlog, Fact
from inspector_app.server.models import Inspection, Person, ReturnRow, Station
from inspector_app.server.problems import ProblemError
from inspector_app.server.site_days import day_start
from inspector_app.wire import (
    FlaggedInspection,
    FlaggedPage,
    InspectionDetail,
    InspectionPayload,
    LeadReport,
    RecurringPage,
    StationFigures,
    WaitingPage,
    WaitingReturn,
)

ReviewKind = Literal["all", "overridden", "refused", "fraud", "flagged"]
MAX_RANGE_DAYS = 92
"""Longest range one report covers (a quarter); longer ones are an export job, not a screen."""


def check_range(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ProblemError(422, "invalid_range", "date_from is after date_to.")
    if (date_to - date_from).days >= MAX_RANGE_DAYS:
        raise ProblemError(422, "range_too_long", f"A report covers at most {MAX_RANGE_DAYS} days.")


def _current_in(date_from: dt.date, date_to: dt.date, zone: dt.tzinfo) -> ColumnElement[bool]:
    return and_(
        Inspection.finalized_at >= day_start(date_from, zone),
        Inspection.finalized_at < day_start(date_to + dt.timedelta(days=1), zone),
        Inspection.superseded_by.is_(None),
    )


def _model_column() -> ColumnElement[str]:
    return ReturnRow.data["product"]["model"].as_string()


def _flags_json() -> ColumnElement[str]:
    """The flags column as its JSON text: most inspections have none, and comparing the
    text with "[]" costs far less than decoding thousands of JSON lists."""
    return cast(Inspection.flags, String)


def _flags_of(text: str) -> tuple[str, ...]:
    return () if text == "[]" else tuple(json.loads(text))


def _facts(session: Session, date_from: dt.date, date_to: dt.date, zone: dt.tzinfo) -> list[Fact]:
    rows = session.execute(
        select(
            Inspection.uuid,
            Inspection.return_id,
            Inspection.station,
            Inspection.inspector,
            Inspection.outcome,
            Inspection.grade,
            Inspection.disposition,
            Inspection.refund_amount,
            _flags_json().label("flags_text"),
            Inspection.overridden,
            Inspection.supersedes,
            Inspection.started_at,
            Inspection.finalized_at,
            ReturnRow.reason,
            ReturnRow.category,
            ReturnRow.price,
            ReturnRow.data["currency"].as_string().label("currency"),
        )
        .outerjoin(ReturnRow, ReturnRow.id == Inspection.return_id)
        .where(_current_in(date_from, date_to, zone))
    )
    return [
        Fact(
            uuid=r.uuid,
            return_id=r.return_id,
            station=r.station,
            inspector=r.inspector,
            outcome=r.outcome,
            grade=r.grade,
            disposition=r.disposition,
            refund=figures.refund_of(r.outcome, r.refund_amount, r.price),
            flags=_flags_of(r.flags_text),
            overridden=r.overridden,
            correction=r.supersedes is not None,
            started_at=r.started_at,
            finalized_at=r.finalized_at,
            reason=r.reason or figures.UNKNOWN,
            category=r.category or figures.UNKNOWN,
            currency=r.currency or "EUR",
        )
        for r in rows
    ]


def _day_of(column: Any, days: list[dt.date], zone: dt.tzinfo) -> ColumnElement[Any]:
    """`YYYY-MM-DD` of the site's day (among `days`) a UTC timestamp column falls in, in SQL.

    A CASE over the days' UTC bounds rather than a time-zone function: SQLite has none, and
    bounds computed here follow the zone's daylight-saving changes exactly (a day of 23 or
    25 hours)."""
    return case(
        *(
            (column < day_start(day + dt.timedelta(days=1), zone), day.isoformat())
            for day in sorted(days)
        ),
        else_=None,
    )


def _trend(session: Session, date_to: dt.date, zone: dt.tzinfo) -> list:
    date_from = date_to - dt.timedelta(days=figures.TREND_DAYS - 1)
    days = [date_from + dt.timedelta(days=n) for n in range(figures.TREND_DAYS)]
    day = _day_of(Inspection.finalized_at, days, zone).label("day")
    outcomes = session.execute(
        select(day, Inspection.outcome, func.count())
        .where(_current_in(date_from, date_to, zone))
        .group_by(day, Inspection.outcome)
    )
    received = session.execute(
        select(ReturnRow.received_at, func.count())
        .where(ReturnRow.received_at.between(date_from, date_to))
        .group_by(ReturnRow.received_at)
    )
    return figures.trend(
        date_to,
        dict(received.all()),
        {(dt.date.fromisoformat(d), outcome): n for d, outcome, n in outcomes},
    )


def _not_inspected_by(end: dt.datetime) -> ColumnElement[bool]:
    done = exists().where(Inspection.return_id == ReturnRow.id, Inspection.finalized_at < end)
    return ~done


def _backlog_filter(as_of: dt.date, zone: dt.tzinfo) -> ColumnElement[bool]:
    return and_(
        ReturnRow.received_at <= as_of,
        _not_inspected_by(day_start(as_of + dt.timedelta(days=1), zone)),
    )


def _backlog(session: Session, as_of: dt.date, zone: dt.tzinfo) -> Backlog:
    waiting, oldest = session.execute(
        select(func.count(), func.min(ReturnRow.received_at)).where(_backlog_filter(as_of, zone))
    ).one()
    return Backlog(waiting=waiting, oldest_days=(as_of - oldest).days if oldest else None)


def _heartbeats(session: Session) -> list[StationFigures]:
    return [
        StationFigures(
            name=s.name,
            inspected=0,
            last_contact=s.seen_at,
            version=s.version,
            pending=s.pending,
            needs_attention=s.needs_attention,
            last_success_at=s.last_success_at,
        )
        for s in session.execute(select(Station)).scalars()
    ]


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Person.badge, Person.name)).all())


def lead_report(
    session: Session, date_from: dt.date, date_to: dt.date, zone: dt.tzinfo = dt.UTC
) -> LeadReport:
    """The report of the site's days `date_from` to `date_to` (days and hours in `zone`)."""
    check_range(date_from, date_to)
    received = session.execute(
        select(func.count())
        .select_from(ReturnRow)
        .where(ReturnRow.received_at.between(date_from, date_to))
    ).scalar_one()
    return figures.report(
        _facts(session, date_from, date_to, zone),
        date_from=date_from,
        date_to=date_to,
        received=received,
        backlog=_backlog(session, date_to, zone),
        names=_names(session),
        heartbeats=_heartbeats(session),
        trend_rows=_trend(session, date_to, zone),
        zone=zone,
    )


def waiting_page(
    session: Session, as_of: dt.date, offset: int, limit: int, zone: dt.tzinfo = dt.UTC
) -> WaitingPage:
    """Returns received by the end of the site's day `as_of` and not inspected by then,
    oldest first."""
    total = session.execute(
        select(func.count()).select_from(ReturnRow).where(_backlog_filter(as_of, zone))
    ).scalar_one()
    rows = session.execute(
        select(ReturnRow.id, ReturnRow.data, ReturnRow.received_at)
        .where(_backlog_filter(as_of, zone))
        .order_by(ReturnRow.received_at, ReturnRow.id)
        .offset(offset)
        .limit(limit)
    )
    items = [
        WaitingReturn(
            return_id=r.id,
            rma=r.data["rma"],
            model=r.data["product"]["model"],
            category=r.data["product"]["category"],
            reason=r.data["reason"],
            received_at=r.received_at,
            waited_days=(as_of - r.received_at).days,
        )
        for r in rows
    ]
    return WaitingPage(as_of=as_of, total=total, offset=offset, items=items)


def _review_filter(kind: ReviewKind) -> ColumnElement[bool]:
    flagged = _flags_json() != "[]"
    refused = Inspection.outcome == REFUSED
    fraud = or_(*(_flags_json().contains(f'"{flag}"') for flag in FRAUD_FLAGS))
    return {
        "all": or_(Inspection.overridden, refused, Inspection.disposition == QUARANTINE, flagged),
        "overridden": Inspection.overridden,
        "refused": refused,
        "fraud": fraud,
        "flagged": flagged,
    }[kind]


def review_page(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    *,
    kind: ReviewKind,
    offset: int,
    limit: int,
    zone: dt.tzinfo = dt.UTC,
) -> FlaggedPage:
    """Overridden, refused, quarantined or flagged inspections of the range, newest first."""
    check_range(date_from, date_to)
    where = and_(_current_in(date_from, date_to, zone), _review_filter(kind))
    total = session.execute(select(func.count()).select_from(Inspection).where(where)).scalar_one()
    rows = session.execute(
        select(
            Inspection,
            _model_column().label("model"),
            ReturnRow.reason,
            ReturnRow.data["rma"].as_string().label("rma"),
            ReturnRow.price,
        )
        .outerjoin(ReturnRow, ReturnRow.id == Inspection.return_id)
        .where(where)
        .order_by(Inspection.finalized_at.desc(), Inspection.uuid)
        .offset(offset)
        .limit(limit)
    )
    names = _names(session)
    items = []
    for insp, model, reason, rma, price in rows:
        verdict = json.loads(insp.raw)["verdict"]
        items.append(
            FlaggedInspection(
                uuid=uuid_mod.UUID(insp.uuid),
                return_id=insp.return_id,
                model=model or figures.UNKNOWN,
                reason=reason or figures.UNKNOWN,
                station=insp.station,
                inspector=insp.inspector,
                finalized_at=insp.finalized_at,
                outcome=insp.outcome,
                disposition=insp.disposition,
                proposed_outcome=verdict.get("proposed", {}).get("outcome"),
                refund_amount=figures.paid_back(insp.outcome, insp.refund_amount, price),
                currency=verdict.get("currency", "EUR"),
                rma=rma or "",
                inspector_name=names.get(insp.inspector, ""),
                flags=list(insp.flags),
                overridden=insp.overridden,
                override_reason=verdict.get("override_reason", ""),
            )
        )
    return FlaggedPage(
        date_from=date_from, date_to=date_to, total=total, offset=offset, items=items
    )


def recurring_page(
    session: Session, date_to: dt.date, offset: int, limit: int, zone: dt.tzinfo = dt.UTC
) -> RecurringPage:
    """Issues by product model and return reason over the 30 days ending at `date_to`."""
    date_from = date_to - dt.timedelta(days=figures.RECURRING_DAYS - 1)
    rows = session.execute(
        select(_model_column(), ReturnRow.reason, Inspection.flags, Inspection.finalized_at)
        .outerjoin(ReturnRow, ReturnRow.id == Inspection.return_id)
        .where(_current_in(date_from, date_to, zone), _flags_json() != "[]")
    )
    issues = figures.recurring(
        (model or figures.UNKNOWN, reason or figures.UNKNOWN, flags, at.astimezone(zone).date())
        for model, reason, flags, at in rows
    )
    return RecurringPage(
        date_from=date_from,
        date_to=date_to,
        total=len(issues),
        offset=offset,
        items=issues[offset : offset + limit],
    )


def inspection_detail(session: Session, inspection_uuid: uuid_mod.UUID) -> InspectionDetail:
    row = session.get(Inspection, str(inspection_uuid))
    if row is None:
        raise ProblemError(404, "inspection_not_found", "No inspection with this uuid.")
    ret = session.get(ReturnRow, row.return_id)
    person = session.get(Person, row.inspector)
    data = ret.data if ret is not None else {}
    return InspectionDetail(
        inspection=InspectionPayload.model_validate_json(row.raw),
        model=data.get("product", {}).get("model", figures.UNKNOWN),
        category=data.get("product", {}).get("category", figures.UNKNOWN),
        reason=data.get("reason", figures.UNKNOWN),
        rma=data.get("rma", ""),
        inspector_name=person.name if person is not None else row.inspector,
        received_at=row.received_at,
        superseded_by=uuid_mod.UUID(row.superseded_by) if row.superseded_by else None,
    )


def photo_of(session: Session, inspection_uuid: uuid_mod.UUID, sha256: str) -> str:
    """Check that `sha256` is one of the inspection's photos; its content type if so."""
    detail = inspection_detail(session, inspection_uuid)
    refs = [p for p in detail.inspection.photos if p.sha256 == sha256]
    if not refs:
        raise ProblemError(404, "photo_not_found", "This inspection has no such photo.")
    return refs[0].content_type
