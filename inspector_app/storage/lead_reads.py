"""Read-only queries for the lead's figures of this bench (lead.local computes them).

The store's side of the offline Lead view: which final inspections a date range holds, which
returns still wait, who the badges are. Nothing here writes; rows come back as plain values
so the figures code never sees a table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.storage.db import Database
from inspector_app.storage.inspections import FINAL
from inspector_app.storage.models import InspectionRow, InspectorRow, ReturnRow


@dataclass(frozen=True, slots=True)
class FinalizedRow:
    """A final inspection's frozen payload and what the cache knows of its return (None for a
    return no longer cached)."""

    payload: bytes
    model: str | None
    reason: str | None
    category: str | None
    price: str | None
    rma: str | None


@dataclass(frozen=True, slots=True)
class WaitingRow:
    """A received return that no final inspection covers yet."""

    return_id: str
    rma: str
    model: str
    category: str
    reason: str
    received_at: dt.date


@dataclass(frozen=True, slots=True)
class DetailRow:
    """One final inspection with its return's description and its inspector's name."""

    payload: bytes
    model: str | None
    category: str | None
    reason: str | None
    rma: str | None
    inspector_name: str | None


def _start(day: dt.date) -> dt.datetime:
    """The first moment of `day` on this computer's clock (the bench's days are the site's:
    the bench stands in it), in UTC as moments are stored."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


class LeadReads:
    """The queries behind the bench's own lead figures, over the station's database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def current_finalized(self, first: dt.date, last: dt.date) -> list[FinalizedRow]:
        """Final inspections finalized from `first` to `last` (local days, inclusive), without
        those a later local correction replaced."""
        with self._db.read() as session:
            rows = session.execute(
                select(
                    InspectionRow.uuid,
                    InspectionRow.payload,
                    ReturnRow.model,
                    ReturnRow.reason,
                    ReturnRow.category,
                    ReturnRow.price,
                    ReturnRow.rma,
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
        return [
            FinalizedRow(payload, model, reason, category, price, rma)
            for uuid, payload, model, reason, category, price, rma in rows
            if uuid not in replaced and payload is not None  # a final inspection has one
        ]

    def waiting(self, as_of: dt.date) -> list[WaitingRow]:
        """Returns received by `as_of` and not inspected by its end, longest waiting first."""
        end = _start(as_of + dt.timedelta(days=1))
        with self._db.read() as session:
            done = set(
                session.execute(
                    select(InspectionRow.return_id).where(
                        InspectionRow.state == FINAL, InspectionRow.finalized_at < end
                    )
                ).scalars()
            )
            rows = session.execute(
                select(
                    ReturnRow.id,
                    ReturnRow.rma,
                    ReturnRow.model,
                    ReturnRow.category,
                    ReturnRow.reason,
                    ReturnRow.received_at,
                )
                .where(ReturnRow.received_at <= as_of, ReturnRow.inspected.is_(False))
                .order_by(ReturnRow.received_at, ReturnRow.id)
            ).all()
        return [
            WaitingRow(return_id, rma, model, category, reason, received_at)
            for return_id, rma, model, category, reason, received_at in rows
            if return_id not in done and received_at is not None  # the query's `<=` says so
        ]

    def received_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The day each cached return received from `first` to `last` arrived (one per return)."""
        with self._db.read() as session:
            return [
                day
                for day in session.execute(
                    select(ReturnRow.received_at).where(ReturnRow.received_at.between(first, last))
                ).scalars()
                if day is not None  # `between` says so
            ]

    def inspector_names(self) -> dict[str, str]:
        """Badge -> name of everyone this bench knows."""
        with self._db.read() as session:
            return dict(session.execute(select(InspectorRow.badge, InspectorRow.name)).all())

    def detail(self, inspection_uuid: str) -> DetailRow | None:
        """The final inspection `inspection_uuid`, or None when this bench has none."""
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
                .where(InspectionRow.uuid == inspection_uuid, InspectionRow.state == FINAL)
            ).one_or_none()
        if row is None or row.payload is None:  # a final inspection has a payload
            return None
        return DetailRow(row.payload, row.model, row.category, row.reason, row.rma, row.name)
