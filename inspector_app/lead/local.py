"""The bench's own figures, from its local store, for when the server is out of reach.

Same shapes and the same computation (figures.py) as the server's report, over what this
bench finalized and what its returns cache knows. Read-only: nothing here writes to the
store. `BenchSource` answers the same calls as LeadClient, so the Lead view shows either
without caring which; the report says `source="bench"` and the view says so in a banner.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from inspector_app import wire
from inspector_app.lead import figures
from inspector_app.lead.figures import Backlog, Fact
from inspector_app.storage.db import Database
from inspector_app.storage.inspections import FINAL
from inspector_app.storage.models import InspectionRow, InspectorRow, ReturnRow
from inspector_app.storage.outbox import OutboxRepo
from inspector_app.storage.photos import PhotoStore


@dataclass(frozen=True, slots=True)
class _Finalized:
    payload: wire.InspectionPayload
    model: str
    reason: str
    category: str
    price: Decimal | None


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


class BenchSource:
    """Lead figures from one bench's store (`db` is the station's storage Database)."""

    def __init__(self, db: Database, photos: PhotoStore, station: str) -> None:
        self._db = db
        self._photos = photos
        self._station = station

    # -- reading the store -----------------------------------------------------------------

    def _finalized(self, first: dt.date, last: dt.date) -> list[_Finalized]:
        """Current final inspections of the range (a local correction hides its original)."""
        with self._db.read() as session:
            rows = session.execute(
                select(
                    InspectionRow.payload,
                    ReturnRow.model,
                    ReturnRow.reason,
                    ReturnRow.category,
                    ReturnRow.price,
                )
                .outerjoin(ReturnRow, ReturnRow.id == InspectionRow.return_id)
                .where(
                    InspectionRow.state == FINAL,
                    InspectionRow.finalized_at >= _start(first),
                    InspectionRow.finalized_at < _start(last + dt.timedelta(days=1)),
                )
            ).all()
            replaced = set(
                session.execute(
                    select(InspectionRow.supersedes).where(
                        InspectionRow.state == FINAL, InspectionRow.supersedes.is_not(None)
                    )
                ).scalars()
            )
        out = []
        for payload, model, reason, category, price in rows:
            parsed = wire.InspectionPayload.model_validate_json(payload)
            if str(parsed.uuid) in replaced:
                continue
            out.append(
                _Finalized(
                    parsed,
                    model or figures.UNKNOWN,
                    reason or figures.UNKNOWN,
                    category or figures.UNKNOWN,
                    Decimal(price) if price is not None else None,
                )
            )
        return out

    @staticmethod
    def _fact(f: _Finalized) -> Fact:
        p, v = f.payload, f.payload.verdict
        return Fact(
            uuid=str(p.uuid),
            return_id=p.return_id,
            station=p.station,
            inspector=p.inspector,
            outcome=v.outcome.value,
            grade=v.grade.value if v.grade else None,
            disposition=v.disposition.value,
            refund=figures.refund_of(v.outcome.value, v.refund_amount, f.price),
            flags=tuple(p.flags),
            overridden=bool(v.override_reason.strip()),
            correction=p.supersedes is not None,
            started_at=p.started_at,
            finalized_at=p.finalized_at,
            reason=f.reason,
            category=f.category,
        )

    def _waiting_rows(self, as_of: dt.date) -> list[ReturnRow]:
        end = _start(as_of + dt.timedelta(days=1))
        with self._db.read() as session:
            done = set(
                session.execute(
                    select(InspectionRow.return_id).where(
                        InspectionRow.state == FINAL, InspectionRow.finalized_at < end
                    )
                ).scalars()
            )
            rows = (
                session.execute(
                    select(ReturnRow)
                    .where(ReturnRow.received_at <= as_of, ReturnRow.inspected.is_(False))
                    .order_by(ReturnRow.received_at, ReturnRow.id)
                )
                .scalars()
                .all()
            )
        return [r for r in rows if r.id not in done]

    # -- the LeadClient calls ----------------------------------------------------------------

    def report(self, date_from: dt.date, date_to: dt.date) -> wire.LeadReport:
        facts = [self._fact(f) for f in self._finalized(date_from, date_to)]
        trend_from = date_to - dt.timedelta(days=figures.TREND_DAYS - 1)
        outcomes: Counter[tuple[dt.date, str]] = Counter(
            (f.payload.finalized_at.astimezone(dt.UTC).date(), f.payload.verdict.outcome.value)
            for f in self._finalized(trend_from, date_to)
        )
        with self._db.read() as session:
            received_days = (
                session.execute(
                    select(ReturnRow.received_at).where(
                        ReturnRow.received_at.between(trend_from, date_to)
                    )
                )
                .scalars()
                .all()
            )
            names = dict(session.execute(select(InspectorRow.badge, InspectorRow.name)).all())
        received = Counter(received_days)
        waiting = self._waiting_rows(date_to)
        counts = OutboxRepo(self._db).counts()
        bench = wire.StationFigures(
            name=self._station,
            inspected=0,
            last_contact=None,
            pending=counts.pending,
            needs_attention=counts.needs_attention,
        )
        return figures.report(
            facts,
            date_from=date_from,
            date_to=date_to,
            received=sum(n for day, n in received.items() if date_from <= day <= date_to),
            backlog=Backlog(
                len(waiting), (date_to - waiting[0].received_at).days if waiting else None
            ),
            names=names,
            heartbeats=[bench],
            trend_rows=figures.trend(date_to, received, outcomes),
            source="bench",
        )

    def waiting(self, as_of: dt.date, offset: int = 0, limit: int = 200) -> wire.WaitingPage:
        rows = self._waiting_rows(as_of)
        return wire.WaitingPage(
            as_of=as_of,
            total=len(rows),
            offset=offset,
            items=[
                wire.WaitingReturn(
                    return_id=r.id,
                    rma=r.rma,
                    model=r.model,
                    category=r.category,
                    reason=r.reason,
                    received_at=r.received_at,
                    waited_days=(as_of - r.received_at).days,
                )
                for r in rows[offset : offset + limit]
            ],
        )

    def review(
        self,
        date_from: dt.date,
        date_to: dt.date,
        kind: str = "all",
        offset: int = 0,
        limit: int = 200,
    ) -> wire.FlaggedPage:
        found = [
            f for f in self._finalized(date_from, date_to) if figures.in_review(self._fact(f), kind)
        ]
        found.sort(key=lambda f: (-f.payload.finalized_at.timestamp(), str(f.payload.uuid)))
        items = [
            wire.FlaggedInspection(
                uuid=f.payload.uuid,
                return_id=f.payload.return_id,
                model=f.model,
                reason=f.reason,
                station=f.payload.station,
                inspector=f.payload.inspector,
                finalized_at=f.payload.finalized_at,
                outcome=f.payload.verdict.outcome,
                disposition=f.payload.verdict.disposition,
                proposed_outcome=f.payload.verdict.proposed.outcome,
                refund_amount=f.payload.verdict.refund_amount,
                flags=list(f.payload.flags),
                overridden=bool(f.payload.verdict.override_reason.strip()),
                override_reason=f.payload.verdict.override_reason,
            )
            for f in found
        ]
        return wire.FlaggedPage(
            date_from=date_from,
            date_to=date_to,
            total=len(items),
            offset=offset,
            items=items[offset : offset + limit],
        )

    def recurring(self, date_to: dt.date, offset: int = 0, limit: int = 200) -> wire.RecurringPage:
        date_from = date_to - dt.timedelta(days=figures.RECURRING_DAYS - 1)
        issues = figures.recurring(
            (f.model, f.reason, f.payload.flags, f.payload.finalized_at.date())
            for f in self._finalized(date_from, date_to)
        )
        return wire.RecurringPage(
            date_from=date_from,
            date_to=date_to,
            total=len(issues),
            offset=offset,
            items=issues[offset : offset + limit],
        )

    def inspection(self, inspection_uuid: uuid.UUID | str) -> wire.InspectionDetail:
        with self._db.read() as session:
            row = session.execute(
                select(
                    InspectionRow.payload,
                    ReturnRow.model,
                    ReturnRow.category,
                    ReturnRow.reason,
                    ReturnRow.rma,
                    InspectorRow.name,
                )
                .outerjoin(ReturnRow, ReturnRow.id == InspectionRow.return_id)
                .outerjoin(InspectorRow, InspectorRow.badge == InspectionRow.inspector)
                .where(InspectionRow.uuid == str(inspection_uuid), InspectionRow.state == FINAL)
            ).one_or_none()
        if row is None:
            raise LookupError(f"Inspection {inspection_uuid} is not on this bench.")
        payload = wire.InspectionPayload.model_validate_json(row.payload)
        return wire.InspectionDetail(
            inspection=payload,
            model=row.model or figures.UNKNOWN,
            category=row.category or figures.UNKNOWN,
            reason=row.reason or figures.UNKNOWN,
            rma=row.rma or "",
            inspector_name=row.name or payload.inspector,
            received_at=payload.finalized_at,
        )

    def photo(self, inspection_uuid: uuid.UUID | str, sha256: str) -> bytes:
        """A photo kept on this bench (sent photos are purged after the retention period)."""
        return self._photos.read(sha256)

    def sign_out(self) -> None:
        """Nothing to end: the bench's own figures need no session."""
