"""Customer messages on the server: stored with their return and inspection, handed to the
marketplace connector's outbound queue.

Benches fire "parcel received", "decision" and "sent back" and PUT each record here; the
server fires "refund sent" itself, when the marketplace connector reads back a confirmed
refund (`fire_refund_sent`). Every record is stored, whatever the site sends: `send` says
whether this site sends that step (`ServerConfig.message_steps`), so the record of what the
customer would have been told stays with the inspection either way.

Exactly once: a record's id is made from its trigger (`wire.message_id`), so the same step
fired twice (a second scan, a bench restarted, a resend after a lost answer) arrives with the
same id, and the first one stored is the message; later ones are acknowledged as replays.

The marketplace connector (server/marketplace/messages.py) queues each record to send as one
message action: `mark_queued` records, in the transaction that inserts the action, that its
outbound queue took it, so it is taken once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.messages import MessageCatalog, MessageFacts, MessageKind
from inspector_app.records.return_records import return_from_wire
from inspector_app.server.config import ServerConfig
from inspector_app.server.models import CustomerMessageRow, ReturnRow
from inspector_app.server.problems import ProblemError, parse_body
from inspector_app.wire import (
    CustomerMessageRecord,
    MessageAck,
    MessageStep,
    ReturnOut,
    message_id,
)


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A message as the server keeps it."""

    record: CustomerMessageRecord
    station: str | None
    send: bool
    queued_at: dt.datetime | None


def parse_record(raw: bytes, expected_id: uuid.UUID) -> CustomerMessageRecord:
    """The record in `raw`, whose id must be `expected_id` (the URL's, or the manifest's of
    an imported file); a 422 problem otherwise."""
    record = parse_body(
        CustomerMessageRecord,
        raw,
        "invalid_message",
        "The message does not match the schema.",
        "message",
    )
    if record.id != expected_id:
        raise ProblemError(422, "id_mismatch", "The body's id is not the one in the URL.")
    return record


def check_identity(record: CustomerMessageRecord) -> None:
    """The id must be the one its trigger makes, or "once per trigger" could be dodged."""
    expected = message_id(record.step, record.return_id, record.inspection)
    if record.id != expected:
        raise ProblemError(
            422,
            "invalid_message_id",
            "The message id is not the one its step and return make.",
            f"Expected {expected} for {record.step.value} of {record.return_id}.",
        )
    if record.step is MessageStep.DECISION and record.inspection is None:
        raise ProblemError(422, "invalid_message", "A decision message names its inspection.")


def store(
    session: Session,
    record: CustomerMessageRecord,
    raw: bytes,
    station: str | None,
    config: ServerConfig,
) -> MessageAck:
    """Keep `record` unless its trigger already fired (then it is a replay: the first stays)."""
    check_identity(record)
    if session.get(CustomerMessageRow, str(record.id)) is not None:
        return MessageAck(id=record.id, status="replayed")
    session.add(
        CustomerMessageRow(
            id=str(record.id),
            return_id=record.return_id,
            inspection_uuid=str(record.inspection) if record.inspection else None,
            step=record.step.value,
            trigger=record.trigger,
            station=station,
            raw=raw,
            fired_at=record.fired_at,
            received_at=dt.datetime.now(dt.UTC),
            send=record.step in config.message_steps,
            queued_at=None,
        )
    )
    session.flush()
    return MessageAck(id=record.id, status="stored")


def of_return(session: Session, return_id: str) -> list[StoredRecord]:
    """Every message of a return, in the order they fired."""
    rows = session.scalars(
        select(CustomerMessageRow)
        .where(CustomerMessageRow.return_id == return_id)
        .order_by(CustomerMessageRow.fired_at)
    )
    return [_stored(row) for row in rows]


def attached_photos(session: Session, message: str) -> list[str] | None:
    """The SHA-256 of the photos a stored message attaches, in the order it names them
    (photo-1.jpg first); None when no such message is stored (yet)."""
    row = session.get(CustomerMessageRow, message)
    if row is None:
        return None
    record = CustomerMessageRecord.model_validate_json(row.raw)
    return [photo.sha256 for photo in record.attachments]


def mark_queued(session: Session, message: str, at: dt.datetime) -> bool:
    """The connector's outbound queue took `message` (call in the same transaction as the
    queue's insert); False if it was taken already, so a second taker backs off."""
    row = session.get(CustomerMessageRow, message, with_for_update=True)
    if row is None:
        raise LookupError(f"no customer message {message}")
    if row.queued_at is not None:
        return False
    row.queued_at = at
    return True


def fire_refund_sent(
    session: Session,
    *,
    return_id: str,
    amount: Decimal,
    confirmed_at: dt.datetime,
    catalog: MessageCatalog,
    config: ServerConfig,
) -> CustomerMessageRecord | None:
    """The marketplace confirmed the refund of `return_id`: store its "refund sent" message,
    once (None when it had already fired). LookupError when the return is unknown."""
    key = message_id(MessageStep.REFUND_SENT, return_id, None)
    if session.get(CustomerMessageRow, str(key)) is not None:
        return None
    row = session.get(ReturnRow, return_id)
    if row is None:
        raise LookupError(f"no return {return_id}")
    ret = return_from_wire(ReturnOut(**row.data))
    facts = MessageFacts(
        ret=ret,
        kind=MessageKind.REFUND_SENT,
        day=confirmed_at.date(),
        refund_amount=amount,
    )
    message = catalog.render(facts)
    record = CustomerMessageRecord(
        id=key,
        step=MessageStep.REFUND_SENT,
        trigger="marketplace_refund_confirmed",
        return_id=return_id,
        fired_at=confirmed_at,
        language=message.language,
        subject=message.subject,
        body=message.body,
    )
    store(session, record, record.model_dump_json().encode(), None, config)
    return record


def _stored(row: CustomerMessageRow) -> StoredRecord:
    return StoredRecord(
        record=CustomerMessageRecord.model_validate_json(row.raw),
        station=row.station,
        send=row.send,
        queued_at=row.queued_at,
    )
