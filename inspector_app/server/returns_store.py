"""Returns on the server: import (upsert), lookup by any code, and the delta feed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Row, bindparam, delete, select
from sqlalchemy.orm import Session

from inspector_app.domain.codes import CodeError, candidate_codes, lookup_keys
from inspector_app.domain.returns import Return
from inspector_app.records.return_records import return_to_wire
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.feed import claim_seqs, decode_cursor, encode_cursor, lock_feed
from inspector_app.server.models import Inspection, ReturnCode, ReturnRow
from inspector_app.server.problems import ProblemError
from inspector_app.wire import ReturnOut, ReturnReceipt, ReturnsPage

log = logging.getLogger("inspector_app.server.returns")

SERVER_FIELDS = frozenset({"inspected", "updated_at", "received_at", "marketplace"})
"""ReturnOut fields the server owns as columns rather than inside the imported `data`."""


@dataclass(frozen=True, slots=True)
class UpsertReport:
    created: int
    updated: int
    unchanged: int


def _stored_form(ret: Return) -> tuple[dict, dt.date | None]:
    """`ret` as the row's `data` JSON (validated through the wire model, so the feed can
    always serve it) and its receipt date, which is a column because the server sets it."""
    out = return_to_wire(ret)
    return out.model_dump(mode="json", exclude=SERVER_FIELDS), ret.received_at


def upsert_returns(session: Session, returns: Iterable[Return]) -> UpsertReport:
    """Insert or update returns; only real changes take a new feed seq (the caller commits).

    A return already received keeps its receipt date when the update has none (a marketplace
    poll or a re-import knows nothing of the bench that scanned the parcel in)."""
    lock_feed(session)
    now = dt.datetime.now(dt.UTC)
    created = updated = unchanged = 0
    changed: dict[str, tuple[ReturnRow, set[str]]] = {}
    with session.no_autoflush:  # rows get their seq below, once the changes are known
        for ret in returns:
            data, received = _stored_form(ret)
            row = changed[ret.id][0] if ret.id in changed else session.get(ReturnRow, ret.id)
            if row is not None and received is None:
                received = row.received_at  # a receipt is a physical fact: never unlearnt
            if row is not None and row.data == data and row.received_at == received:
                unchanged += 1
                continue
            if row is None:
                row = ReturnRow(id=ret.id, inspected=False)
                inspected = _inspected_before(session, ret.id)
                if inspected is not None:
                    row.inspected = True
                    received = received or inspected.finalized_at.astimezone(dt.UTC).date()
                session.add(row)
                created += 1
            elif ret.id not in changed:
                updated += 1
            row.data = data
            row.reason = ret.reason.value
            row.category = ret.product.category.value
            row.price = ret.price
            row.received_at = received
            row.updated_at = now
            changed[ret.id] = (row, lookup_keys(ret.codes()))
        if changed:
            seqs = claim_seqs(session, len(changed))
            for (row, _), seq in zip(changed.values(), seqs, strict=True):
                row.seq = seq
    if changed:
        session.flush()
        session.execute(delete(ReturnCode).where(ReturnCode.return_id.in_(list(changed))))
        session.add_all(
            ReturnCode(code=key, return_id=row.id) for row, keys in changed.values() for key in keys
        )
    return UpsertReport(created=created, updated=updated, unchanged=unchanged)


def _inspected_before(session: Session, return_id: str) -> Inspection | None:
    """The first inspection stored for `return_id` before the return itself was: a bench
    may finalize a parcel the server learns of later (a late import or marketplace poll),
    and the new row must say it is inspected, or every bench would offer it again."""
    return session.scalars(
        select(Inspection)
        .where(Inspection.return_id == return_id)
        .order_by(Inspection.finalized_at)
        .limit(1)
    ).first()


def touch(session: Session, row: ReturnRow, **changes: object) -> None:
    """Change server-owned columns of a return and move it to the head of the feed."""
    for name, value in changes.items():
        setattr(row, name, value)
    row.updated_at = dt.datetime.now(dt.UTC)
    row.seq = claim_seqs(session, 1)[0]


def receive(session: Session, return_id: str, day: dt.date, *, by: Actor) -> ReturnReceipt:
    """Record that the parcel of `return_id` was received on `day` (the first receipt wins;
    a repeat is harmless and changes nothing). The return moves in the feed, so every bench
    learns it; the first receipt is audited as `by`'s act."""
    lock_feed(session)
    row = session.get(ReturnRow, return_id)
    if row is None:
        raise ProblemError(404, "return_not_found", "No return has this id.", return_id)
    if row.received_at is not None:
        return ReturnReceipt(
            return_id=return_id, received_at=row.received_at, status="already_received"
        )
    touch(session, row, received_at=day)
    record_event(session, audit.RETURN_RECEIVED, by, subject=return_id, detail=day.isoformat())
    log.info("return received", extra={"fields": {"return_id": return_id, "by": by.name}})
    return ReturnReceipt(return_id=return_id, received_at=day, status="received")


_WIRE_COLUMNS = (
    ReturnRow.data,
    ReturnRow.received_at,
    ReturnRow.inspected,
    ReturnRow.updated_at,
    ReturnRow.marketplace,
    ReturnRow.seq,
)

# Built once: constructing a statement costs more than SQLite takes to run it.
_BY_CODES = (
    select(ReturnCode.code, *_WIRE_COLUMNS)
    .join(ReturnRow, ReturnRow.id == ReturnCode.return_id)
    .where(ReturnCode.code.in_(bindparam("codes", expanding=True)))
)
_CHANGED_AFTER = (
    select(*_WIRE_COLUMNS)
    .where(ReturnRow.seq > bindparam("after"))
    .order_by(ReturnRow.seq)
    .limit(bindparam("limit"))
)


def to_wire(row: Row) -> ReturnOut:
    """The wire form of a row selected with _WIRE_COLUMNS."""
    return ReturnOut(
        **row.data,
        received_at=row.received_at,
        inspected=row.inspected,
        updated_at=row.updated_at,
        marketplace=row.marketplace,
    )


def lookup(conn: Connection, raw_code: str) -> ReturnOut:
    """The return matching any candidate key of `raw_code`, the most likely candidate first."""
    try:
        candidates = candidate_codes(raw_code)
    except CodeError as exc:
        raise ProblemError(422, "invalid_code", "This is not a parcel code.", str(exc)) from exc
    hits = conn.execute(_BY_CODES, {"codes": candidates}).all()
    if not hits:
        raise ProblemError(
            404,
            "return_not_found",
            "No return matches this code.",
            f"Tried: {', '.join(candidates)}",
        )
    rank = {code: i for i, code in enumerate(candidates)}
    return to_wire(min(hits, key=lambda hit: (rank[hit.code], -hit.seq)))


def feed_page(conn: Connection, cursor: str, limit: int) -> ReturnsPage:
    """Returns changed after `cursor`, oldest change first (see feed.py for the guarantee)."""
    after = decode_cursor(cursor)
    rows = conn.execute(_CHANGED_AFTER, {"after": after, "limit": limit + 1}).all()
    page = rows[:limit]
    next_seq = page[-1].seq if page else after
    return ReturnsPage(
        items=[to_wire(row) for row in page],
        next_cursor=encode_cursor(next_seq),
        has_more=len(rows) > limit,
    )
