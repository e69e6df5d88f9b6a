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

from inspector_app import wire
from inspector_app.domain.returns import ProductCategory, ReturnReason
from inspector_app.lead import figures
from inspector_app.lead.figures import Backlog, Fact
from inspector_app.storage.lead_reads import LeadReads
from inspector_app.storage.outbox import OutboxRepo
from inspector_app.storage.photos import PhotoStore


@dataclass(frozen=True, slots=True)
class _Finalized:
    payload: wire.InspectionPayload
    model: str
    reason: str
    category: str
    price: Decimal | None
    rma: str


class BenchSource:
    """Lead figures from one bench's store: its read-only lead queries, its outbox (for the
    queue figures) and its photos, under the bench's name."""

    def __init__(
        self, reads: LeadReads, outbox: OutboxRepo, photos: PhotoStore, station: str
    ) -> None:
        self._reads = reads
        self._outbox = outbox
        self._photos = photos
        self._station = station

    # -- reading the store -----------------------------------------------------------------

    def _finalized(self, first: dt.date, last: dt.date) -> list[_Finalized]:
        """Current final inspections of the range (a local correction hides its original)."""
        return [
            _Finalized(
                wire.InspectionPayload.model_validate_json(row.payload),
                row.model or figures.UNKNOWN,
                row.reason or figures.UNKNOWN,
                row.category or figures.UNKNOWN,
                Decimal(row.price) if row.price is not None else None,
                row.rma or "",
            )
            for row in self._reads.current_finalized(first, last)
        ]

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
            currency=v.currency,
        )

    # -- the LeadClient calls ----------------------------------------------------------------

    def report(self, date_from: dt.date, date_to: dt.date) -> wire.LeadReport:
        facts = [self._fact(f) for f in self._finalized(date_from, date_to)]
        trend_from = date_to - dt.timedelta(days=figures.TREND_DAYS - 1)
        outcomes: Counter[tuple[dt.date, str]] = Counter(
            (f.payload.finalized_at.astimezone().date(), f.payload.verdict.outcome.value)
            for f in self._finalized(trend_from, date_to)
        )
        received = Counter(self._reads.received_days(trend_from, date_to))
        waiting = self._reads.waiting(date_to)
        counts = self._outbox.counts()
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
            names=self._reads.inspector_names(),
            heartbeats=[bench],
            trend_rows=figures.trend(date_to, received, outcomes),
            source="bench",
            zone=None,  # the bench's own clock: it stands in the site
        )

    def waiting(self, as_of: dt.date, offset: int = 0, limit: int = 200) -> wire.WaitingPage:
        rows = self._reads.waiting(as_of)
        return wire.WaitingPage(
            as_of=as_of,
            total=len(rows),
            offset=offset,
            items=[
                wire.WaitingReturn(
                    return_id=r.return_id,
                    rma=r.rma,
                    model=r.model,
                    category=ProductCategory(r.category),
                    reason=ReturnReason(r.reason),
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
        names = self._reads.inspector_names()
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
                refund_amount=figures.paid_back(
                    f.payload.verdict.outcome.value, f.payload.verdict.refund_amount, f.price
                ),
                currency=f.payload.verdict.currency,
                rma=f.rma,
                inspector_name=names.get(f.payload.inspector, ""),
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
            (f.model, f.reason, f.payload.flags, f.payload.finalized_at.astimezone().date())
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
        row = self._reads.detail(str(inspection_uuid))
        if row is None:
            raise LookupError(f"Inspection {inspection_uuid} is not on this bench.")
        payload = wire.InspectionPayload.model_validate_json(row.payload)
        return wire.InspectionDetail(
            inspection=payload,
            model=row.model or figures.UNKNOWN,
            category=row.category or figures.UNKNOWN,
            reason=row.reason or figures.UNKNOWN,
            rma=row.rma or "",
            inspector_name=row.inspector_name or payload.inspector,
            received_at=payload.finalized_at,
        )

    def photo(self, inspection_uuid: uuid.UUID | str, sha256: str) -> bytes:
        """A photo kept on this bench (sent photos are purged after the retention period)."""
        return self._photos.read(sha256)

    def sign_out(self) -> None:
        """Nothing to end: the bench's own figures need no session."""
