"""The station's cache of return requests and the index of every code that finds one.

Lookup must feel instant with a million cached returns, so every code of a return (RMA,
order id, tracking numbers, IMEI, serial...) is normalised once when cached and stored in
`return_codes`; a scan then costs one index seek (`code IN (candidates)`) joined to its row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Row, Table, case, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from inspector_app.domain.codes import lookup_keys
from inspector_app.domain.returns import Return
from inspector_app.records.return_records import RECORD_FIELDS, return_from_record, return_to_record
from inspector_app.storage.db import Database, rows_changed
from inspector_app.storage.models import InspectionRow, OutboxRow, ReturnCodeRow, ReturnRow
from inspector_app.storage.types import utcnow

_RETURNS = cast(Table, ReturnRow.__table__)
_CODES = cast(Table, ReturnCodeRow.__table__)

CHUNK = 2000
"""Rows per bulk statement: large enough to amortise, small enough for SQLite's 32k variables."""


@dataclass(frozen=True, slots=True)
class CachedReturn:
    """A cached return plus what the bench knows about it beyond the domain fields."""

    ret: Return
    inspected: bool = False
    updated_at: dt.datetime | None = None
    marketplace: str = ""
    """Where a marketplace return stands there (the server's line; '' when it says none)."""
    marketplace_phrase: dict | None = None
    """That line by code, when the server sent it so (the card translates it)."""


def _row_values(item: CachedReturn, now: dt.datetime) -> dict[str, object]:
    record = return_to_record(item.ret)
    return {
        **record,
        "price": str(record["price"]),
        "tracking_numbers": json.dumps(list(record["tracking_numbers"])),
        "extra_codes": json.dumps(list(record["extra_codes"])),
        "inspected": item.inspected,
        "marketplace": item.marketplace,
        "marketplace_phrase": item.marketplace_phrase,
        "updated_at": item.updated_at,
        "cached_at": now,
    }


def _to_cached(row: ReturnRow | Row) -> CachedReturn:
    record = {name: getattr(row, name) for name in RECORD_FIELDS}
    record["tracking_numbers"] = json.loads(row.tracking_numbers)
    record["extra_codes"] = json.loads(row.extra_codes)
    return CachedReturn(
        ret=return_from_record(record),
        inspected=bool(row.inspected),
        updated_at=row.updated_at,
        marketplace=row.marketplace,
        marketplace_phrase=row.marketplace_phrase,
    )


def _chunks(items: Sequence[CachedReturn], size: int) -> Iterable[Sequence[CachedReturn]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ReturnsCache:
    """Reads and bulk writes of the returns cache."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert(self, items: Iterable[CachedReturn | Return]) -> int:
        """Insert or replace returns (and their codes) in one durable transaction.

        A return already flagged inspected stays flagged: the flag is only ever learned,
        from the server or from a local finalize, never forgotten by a later feed page; a
        marketplace standing is only replaced by another one.
        """
        cached = [i if isinstance(i, CachedReturn) else CachedReturn(i) for i in items]
        with self._db.write() as session:
            for chunk in _chunks(cached, CHUNK):
                self._upsert_chunk(session, chunk)
        return len(cached)

    @staticmethod
    def _upsert_chunk(session: Session, chunk: Sequence[CachedReturn]) -> None:
        # Core statements on the tables, not ORM entities: the ORM's bulk path costs several
        # times more per row, which matters when a feed or an import brings 10^5-10^6 rows.
        now = utcnow()
        stmt = sqlite_insert(_RETURNS)
        replaced: dict[str, Any] = {
            col: stmt.excluded[col]
            for col in _RETURNS.columns.keys()  # noqa: SIM118 - ColumnCollection
            if col not in ("pk", "id", "inspected")
        }
        replaced["inspected"] = _RETURNS.c.inspected | stmt.excluded.inspected
        # An import file knows nothing of the marketplace: it keeps what the feed said.
        fed = func.nullif(stmt.excluded.marketplace, "")
        replaced["marketplace"] = func.coalesce(fed, _RETURNS.c.marketplace)
        replaced["marketplace_phrase"] = case(
            (fed.is_(None), _RETURNS.c.marketplace_phrase), else_=stmt.excluded.marketplace_phrase
        )
        session.execute(
            stmt.on_conflict_do_update(index_elements=[_RETURNS.c.id], set_=replaced),
            [_row_values(item, now) for item in chunk],
        )
        by_id = {item.ret.id: item.ret for item in chunk}
        pks = dict(
            session.execute(select(ReturnRow.id, ReturnRow.pk).where(ReturnRow.id.in_(by_id))).all()
        )
        session.execute(delete(ReturnCodeRow).where(ReturnCodeRow.return_pk.in_(pks.values())))
        codes = [
            {"code": key, "return_pk": pks[rid]}
            for rid, ret in by_id.items()
            for key in lookup_keys(ret.codes())
        ]
        if codes:
            session.execute(insert(_CODES), codes)

    def find(self, keys: Sequence[str]) -> list[CachedReturn]:
        """Returns indexed under any of `keys` (normalised), best first.

        Order: by the position of the matching key in `keys` (callers pass the most likely
        candidate first), then the most recent request first when one code matches several
        returns (a device returned twice).
        """
        if not keys:
            return []
        rank = {key: i for i, key in enumerate(keys)}
        with self._db.read() as session:
            rows = session.execute(
                select(ReturnCodeRow.code, ReturnRow)
                .join(ReturnRow, ReturnRow.pk == ReturnCodeRow.return_pk)
                .where(ReturnCodeRow.code.in_(list(rank)))
            ).all()
        ranked = sorted(rows, key=lambda r: (rank[r[0]], -r[1].requested_at.toordinal(), r[1].id))
        seen: dict[str, CachedReturn] = {}
        for _, row in ranked:
            if row.id not in seen:
                seen[row.id] = _to_cached(row)
        return list(seen.values())

    def get(self, return_id: str) -> CachedReturn | None:
        with self._db.read() as session:
            row = session.scalar(select(ReturnRow).where(ReturnRow.id == return_id))
            return _to_cached(row) if row is not None else None

    def count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(ReturnRow)) or 0

    @staticmethod
    def mark_inspected(session: Session, return_id: str) -> None:
        """Flag a return as inspected, inside the caller's (finalize) transaction."""
        session.execute(update(ReturnRow).where(ReturnRow.id == return_id).values(inspected=True))

    def purge_cached_before(self, cutoff: dt.datetime) -> int:
        """Forget inspected returns cached before `cutoff`, except those a draft or unsent
        inspection still needs (GDPR retention never costs an inspector their work).

        A return with no final inspection yet (here or, as the feed says, elsewhere) is kept
        however old: its parcel may still arrive, the feed will not send it again, and a
        late parcel must not meet "No return found".
        """
        needed = (
            select(InspectionRow.return_id)
            .outerjoin(OutboxRow, OutboxRow.inspection_uuid == InspectionRow.uuid)
            .where((InspectionRow.state == "draft") | (OutboxRow.state != "sent"))
        )
        with self._db.write() as session:
            result = session.execute(  # codes go with them (ON DELETE CASCADE)
                delete(ReturnRow).where(
                    ReturnRow.cached_at < cutoff,
                    ReturnRow.inspected.is_(True),
                    ReturnRow.id.not_in(needed),
                )
            )
            return rows_changed(result)
