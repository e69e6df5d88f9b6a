"""The server's audit log: one append-only row per act that matters, saying who, when, where.

Call `record_event(session, kind, actor, subject=..., detail=...)` inside the write
transaction of the act itself, so the act and its record commit together (or neither does).
A detail that is a sentence is a coded phrase (`said(code, ...)`, codes in
domain/audit_texts.py), so a French lead window reads it in French.
A refusal is recorded in a transaction of its own, since the refused act's is rolled back.
`Actor` says who and where: a bench and its token, a lead at a bench, a person's API token
(from an address), the admin CLI on a host, or the server itself (`Actor.system`).

Benches keep their own audit log (sign-ins at the keyboard, discarded drafts, settings
changes) and upload it (`record_bench_events`, POST /stations/events): those rows are marked
`source="bench"`, placed at the bench the token names, and stored once each by the id the
bench gave them, so they sit beside the server's events in the same reads and exports.

Rows are never updated or deleted (the database refuses it, see trust_models.py); leads
read them through GET /lead/audit and export them as CSV (GET /lead/audit/export).
"""

from __future__ import annotations

import datetime as dt
import io
import socket
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from starlette.requests import Request

from inspector_app.csv_cells import write_rows
from inspector_app.domain.outbound_texts import as_data
from inspector_app.server.logs import REQUEST_ID
from inspector_app.server.models import Person
from inspector_app.server.site_days import day_start
from inspector_app.server.tokens import Principal
from inspector_app.server.trust_models import AuditEvent
from inspector_app.wire import AuditEventOut, AuditPage, BenchEventIn, BenchEventsAck, PhraseOut

MAX_DETAIL = 4000
_CSV_HEADER = (
    "id", "at (UTC)", "kind", "actor", "role", "place", "subject", "detail", "request", "source",
)  # fmt: skip
EXPORT_BATCH = 1000

# The kinds of event the server records (others, e.g. the marketplace's, add their own).
LEAD_SIGN_IN = "lead_sign_in"
LEAD_SIGN_IN_FAILED = "lead_sign_in_failed"
LEAD_SIGN_IN_THROTTLED = "lead_sign_in_throttled"
LEAD_SIGN_OUT = "lead_sign_out"
SESSION_REVOKED = "lead_session_revoked"
CORRECTION_AUTHORISED = "correction_authorised"
CORRECTION_STORED = "correction_stored"
VERDICT_OVERRIDDEN = "verdict_overridden"
SUBMISSION_REFUSED = "submission_refused"
TOKEN_ISSUED = "token_issued"  # noqa: S105 (an event kind, not a secret)
TOKEN_REVOKED = "token_revoked"  # noqa: S105
STATION_ADDED = "station_added"
PERSON_ADDED = "person_added"
PERSON_CHANGED = "person_changed"
PERSON_DEACTIVATED = "person_deactivated"
CHECKLIST_PUBLISHED = "checklist_published"
MESSAGE_TEMPLATE_PUBLISHED = "message_template_published"
MESSAGE_TEMPLATE_WITHDRAWN = "message_template_withdrawn"
RETURNS_IMPORTED = "returns_imported"
INSPECTIONS_IMPORTED = "inspections_imported"
RETURN_RECEIVED = "return_received"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted (`name`: a badge, a bench, a token id), in what `role`, and where."""

    name: str
    role: str
    place: str

    @classmethod
    def of(cls, principal: Principal, address: str = "") -> Actor:
        """The caller of a request: a lead at a bench is named by badge, at that bench; a
        bench by its name; a person's or admin's API token by badge or token id, from the
        client's address."""
        name = principal.badge or principal.station or principal.token_id
        place = principal.station or (f"api from {address}" if address else "api")
        return cls(name=name, role=principal.role, place=place)

    @classmethod
    def calling(cls, principal: Principal, request: Request) -> Actor:
        """Actor.of the request's caller, with the client's address."""
        return cls.of(principal, request.client.host if request.client else "")

    @classmethod
    def cli(cls) -> Actor:
        """The administrator at the server's command line (who can edit the database)."""
        return cls(name="admin", role="admin", place=f"cli on {socket.gethostname()}")

    @classmethod
    def system(cls, component: str) -> Actor:
        """The server acting by itself (a scheduled job, a connector)."""
        return cls(name=component, role="system", place="server")


def record_event(
    session: Session,
    kind: str,
    actor: Actor,
    *,
    subject: str = "",
    detail: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Append one event in the caller's transaction (it commits with the act it records)."""
    session.add(
        AuditEvent(
            at=at or dt.datetime.now(dt.UTC),
            kind=kind[:48],
            actor=actor.name[:200],
            role=actor.role[:16],
            place=actor.place[:200],
            subject=subject[:200],
            detail=detail[:MAX_DETAIL],
            detail_phrase=as_data(detail),
            request_id=REQUEST_ID.get()[:64],
        )
    )


def record_bench_events(
    session: Session, station: str, events: list[BenchEventIn]
) -> BenchEventsAck:
    """Append a bench's uploaded events, placed at `station` (the token's bench, whatever
    the events say), each once: an id this bench already sent is skipped by the database
    itself (ON CONFLICT DO NOTHING on the unique (place, bench_event_id)), so two uploads
    racing after a lost answer cannot both store it, nor fail. The actor's role is the
    person's role on the server now ("" for a badge the server does not know, or nobody)."""
    badges = {event.actor for event in events if event.actor}
    roles = dict(
        session.execute(select(Person.badge, Person.role).where(Person.badge.in_(badges))).all()
    )
    request_id = REQUEST_ID.get()[:64]
    rows = [
        {
            "at": event.at.astimezone(dt.UTC),
            "kind": event.kind,
            "actor": event.actor,
            "role": roles.get(event.actor, ""),
            "place": station[:200],
            "subject": event.subject,
            "detail": event.detail[:MAX_DETAIL],
            "detail_phrase": event.detail_phrase.model_dump() if event.detail_phrase else None,
            "request_id": request_id,
            "source": "bench",
            "bench_event_id": str(event.id),
        }
        for event in events
    ]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    inserted = session.execute(
        dialect.insert(AuditEvent)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["place", "bench_event_id"])
        .returning(AuditEvent.id)
    ).all()
    return BenchEventsAck(stored=len(inserted), replayed=len(rows) - len(inserted))


def _out(row: AuditEvent) -> AuditEventOut:
    return AuditEventOut(
        id=row.id,
        at=row.at,
        kind=row.kind,
        actor=row.actor,
        role=row.role,
        place=row.place,
        subject=row.subject,
        detail=row.detail,
        detail_phrase=PhraseOut.from_stored(row.detail_phrase),
        request_id=row.request_id,
        source="bench" if row.source == "bench" else "server",
    )


def _between(
    date_from: dt.date, date_to: dt.date, kind: str | None, zone: dt.tzinfo
) -> ColumnElement[bool]:
    start = day_start(date_from, zone)
    end = day_start(date_to + dt.timedelta(days=1), zone)
    where = and_(AuditEvent.at >= start, AuditEvent.at < end)
    return and_(where, AuditEvent.kind == kind) if kind else where


def audit_page(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    *,
    kind: str | None = None,
    offset: int = 0,
    limit: int = 200,
    zone: dt.tzinfo = dt.UTC,
) -> AuditPage:
    """Events of the site's days (`zone`) from `date_from` to `date_to`, newest first."""
    where = _between(date_from, date_to, kind, zone)
    total = session.execute(select(func.count()).select_from(AuditEvent).where(where)).scalar_one()
    rows = session.execute(
        select(AuditEvent)
        .where(where)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset(offset)
        .limit(limit)
    ).scalars()
    return AuditPage(
        date_from=date_from,
        date_to=date_to,
        total=total,
        offset=offset,
        items=[_out(r) for r in rows],
    )


def export_csv(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    kind: str | None = None,
    zone: dt.tzinfo = dt.UTC,
) -> Iterator[str]:
    """The events of the range (the site's days) as CSV text, oldest first, in pieces (a
    year of events is never held in memory at once); every cell guarded against spreadsheet
    formulas."""
    where = _between(date_from, date_to, kind, zone)
    out = io.StringIO()
    write_rows(out, [_CSV_HEADER])
    yield "\ufeff" + out.getvalue()  # a BOM, so a spreadsheet opened by double-click reads UTF-8
    last_id = 0
    while True:
        rows = list(
            session.execute(
                select(AuditEvent)
                .where(where, AuditEvent.id > last_id)
                .order_by(AuditEvent.id)
                .limit(EXPORT_BATCH)
            ).scalars()
        )
        if not rows:
            return
        out = io.StringIO()
        write_rows(
            out,
            (
                (
                    r.id,
                    r.at.isoformat(),
                    r.kind,
                    r.actor,
                    r.role,
                    r.place,
                    r.subject,
                    r.detail,
                    r.request_id,
                    r.source,
                )
                for r in rows
            ),
        )
        yield out.getvalue()
        last_id = rows[-1].id
