"""SQLAlchemy tables of the station's local store.

The models mirror the migrations in `migrations/versions`; the migrations are what creates
and upgrades a database, the models are what the repositories query. A test compares the two.

Times are stored as ISO-8601 UTC text (SQLite has no time type); dates as ISO dates. The
returns cache keeps an integer surrogate key so the code index stays compact: one row per
(normalised code, return) in a WITHOUT ROWID table, so a lookup is one index seek.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from inspector_app.storage.types import UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ReturnRow(Base):
    """A cached return request: the domain `Return` fields, flattened."""

    __tablename__ = "returns"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    rma: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str] = mapped_column(String(200), default="")
    imei: Mapped[str] = mapped_column(String(64), default="")
    serial: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(32))
    reason_detail: Mapped[str] = mapped_column(Text, default="")
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    price: Mapped[str] = mapped_column(String(20), default="0")
    ordered_at: Mapped[dt.date] = mapped_column(Date)
    delivered_at: Mapped[dt.date] = mapped_column(Date)
    delivered_at_source: Mapped[str] = mapped_column(String(16), default="given")
    requested_at: Mapped[dt.date] = mapped_column(Date)
    received_at: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    tracking_numbers: Mapped[str] = mapped_column(Text, default="[]")
    extra_codes: Mapped[str] = mapped_column(Text, default="[]")
    inspected: Mapped[bool] = mapped_column(Boolean, default=False)
    marketplace: Mapped[str] = mapped_column(Text, default="")
    """Where a marketplace return stands there, in the server's words ('' for none)."""
    marketplace_phrase: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    """The same line by code (domain/outbound_texts.py), for the card in the bench's
    language (migration 0012); None when the server sent none."""
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cached_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)


class ReturnCodeRow(Base):
    """Normalised code -> return: every code on the parcel or device finds its return."""

    __tablename__ = "return_codes"
    __table_args__ = (
        Index("ix_return_codes_return_pk", "return_pk"),
        {"sqlite_with_rowid": False},
    )

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    return_pk: Mapped[int] = mapped_column(
        ForeignKey("returns.pk", ondelete="CASCADE"), primary_key=True
    )


class TemplateRow(Base):
    """A checklist template version, immutable once stored (id, version, sha256 of body)."""

    __tablename__ = "checklist_templates"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class InspectorRow(Base):
    """A person who may sign in at this bench; `pin_hash` allows an offline PIN check."""

    __tablename__ = "inspectors"

    badge: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="inspector")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    local: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Added at this bench (standalone), not by the server's feed (migration 0010)."""


class InspectionRow(Base):
    """An inspection, draft while the inspector works, final (with frozen payload) after."""

    __tablename__ = "inspections"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(String(64), index=True)
    inspector: Mapped[str] = mapped_column(String(64))
    template_id: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(8), default="draft", index=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    finalized_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    supersedes: Mapped[str | None] = mapped_column(String(36), nullable=True)
    finalized_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """Who finalized it, when not the one who started it (`inspector`); None for a draft."""


class PhotoRow(Base):
    """A photo attached to a checklist item; the file is named by `sha256` (see PhotoStore)."""

    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_sha256", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_uuid: Mapped[str] = mapped_column(
        ForeignKey("inspections.uuid", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    uploaded_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class OutboxRow(Base):
    """One finalized inspection waiting to reach the server (or parked for a person)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),)

    inspection_uuid: Mapped[str] = mapped_column(
        ForeignKey("inspections.uuid", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CustomerMessageRow(Base):
    """A message to a customer, fired by a step (received, decision, sent back), frozen as its
    wire record, and waiting to reach the server (which hands it to the marketplace)."""

    __tablename__ = "customer_messages"
    __table_args__ = (
        Index("ix_customer_messages_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(String(64), index=True)
    inspection_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    step: Mapped[str] = mapped_column(String(16))
    record: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ReceiptRow(Base):
    """A parcel scanned in at this bench's receiving mode, waiting to reach the server (POST
    /returns/{id}/received) so the lead knows it is on the shelf. One per return: a second
    scan finds it and says when the first was (storage/receipts.py)."""

    __tablename__ = "receipts"
    __table_args__ = (Index("ix_receipts_state_next_attempt_at", "state", "next_attempt_at"),)

    return_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SyncStateRow(Base):
    """Small key/value facts the sync keeps between runs (cursor, last success...)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BenchEventRow(Base):
    """One act at this bench for its audit log (storage/bench_events.py); append-only: the
    database refuses UPDATE and DELETE (migration 0004)."""

    __tablename__ = "bench_events"
    __table_args__ = (Index("ix_bench_events_kind_subject_at", "kind", "subject", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(48))
    actor: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(String(36), server_default="")
    """A UUID made when the event is recorded: the server stores each id of a bench once,
    so the sync may repeat an upload whose answer it lost (migration 0007; "" for events
    recorded before it, whose id bench_events derives from the row)."""
    detail_phrase: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    """The detail's code and parameters (domain/audit_texts.py; migration 0011)."""
