"""The server's tables (SQLAlchemy 2). Alembic migrations in ./migrations create them.

Returns keep their wire representation as JSON next to the few columns the server queries,
so the feed serves exactly what was imported. Inspections keep the raw bytes the station sent:
a replay is recognised by comparing bytes, never by re-serialising.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python, whatever the database keeps.

    SQLite has no time zones and hands back naive values; PostgreSQL hands back the session's
    zone. Normalising here keeps comparisons and JSON output identical on both.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: object
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


class FeedCounter(Base):
    """One row: the last change sequence number handed out (see feed.py for why one row)."""

    __tablename__ = "feed_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class Person(Base):
    """Someone who may sign in at a bench (inspector, lead) or administer the server."""

    __tablename__ = "people"

    badge: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    pin_hash: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Station(Base):
    """A bench; the heartbeat columns feed the lead's station table."""

    __tablename__ = "stations"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    seen_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    version: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    pending: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    needs_attention: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class ApiToken(Base):
    """A bearer token, stored as its SHA-256 only; `id` is what an admin revokes."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    station: Mapped[str | None] = mapped_column(ForeignKey("stations.name"))
    badge: Mapped[str | None] = mapped_column(ForeignKey("people.badge"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class ReturnRow(Base):
    """A return request; `data` is its wire form (ReturnOut without the server-owned fields)."""

    __tablename__ = "returns"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    data: Mapped[dict] = mapped_column(JSON, nullable=False)
    reason: Mapped[str] = mapped_column(String(32), nullable=False)
    category: Mapped[str] = mapped_column(String(32), nullable=False)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    received_at: Mapped[dt.date | None] = mapped_column(Date, index=True)
    inspected: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    marketplace: Mapped[dict | None] = mapped_column(JSON)
    """Where the return stands on the marketplace (wire.ReturnMarketplace), for the card."""


class ReturnCode(Base):
    """Every normalised code of a return, so a lookup is one indexed query per candidate."""

    __tablename__ = "return_codes"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    return_id: Mapped[str] = mapped_column(
        ForeignKey("returns.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Checklist(Base):
    """A published template version; rows are never updated (versions are immutable)."""

    __tablename__ = "checklists"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(32), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)


class Photo(Base):
    """A stored photo; the file lives in the photo store under its SHA-256."""

    __tablename__ = "photos"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    content_type: Mapped[str] = mapped_column(String(32), nullable=False)
    stored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)


class Inspection(Base):
    """A finalized inspection as received; `raw` is the exact request body."""

    __tablename__ = "inspections"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    station: Mapped[str] = mapped_column(String(200), nullable=False)
    inspector: Mapped[str] = mapped_column(String(64), nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    grade: Mapped[str | None] = mapped_column(String(32))
    disposition: Mapped[str] = mapped_column(String(32), nullable=False)
    refund_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    flags: Mapped[list] = mapped_column(JSON, nullable=False)
    overridden: Mapped[bool] = mapped_column(Boolean, nullable=False)
    identity_established: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    """True when the server checked, on receipt, that the bench and the inspector are who the
    credentials say (every inspection since those checks; the marketplace acts only on
    these without a lead's approval)."""
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    finalized_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    supersedes: Mapped[str | None] = mapped_column(String(36))
    superseded_by: Mapped[str | None] = mapped_column(String(36))
    submitted_by: Mapped[str] = mapped_column(String(32), nullable=False)
    sendback_tracking: Mapped[str | None] = mapped_column(String(64))
    """The outbound parcel of a refusal, for the marketplace's item transfer."""

    __table_args__ = (Index("ix_inspections_finalized_at", "finalized_at"),)


class MarketplaceFolder(Base):
    """A Back Market Care folder the poller has seen: the return it became, the folder's
    state, the original values the mapping read, and where the customer's parcel is.

    `problem` is non-empty while the folder could not be read or mapped; such folders are
    retried at every poll until they map (or the marketplace stops knowing them).
    """

    __tablename__ = "marketplace_folders"

    folder_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    order_id: Mapped[int | None] = mapped_column(BigInteger)
    orderline_id: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    modified_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    originals: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    label_issued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    label_state: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    tracking_number: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    carrier: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    picked_up_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    carrier_delivered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    hub_scanned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    arrival: Mapped[str] = mapped_column(
        String(16), nullable=False, default="awaiting_label", index=True
    )
    expected_on: Mapped[dt.date | None] = mapped_column(Date)
    """When the parcel should reach us: pickup + transit days (None before pickup)."""
    problem: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seen_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)


class MarketplaceState(Base):
    """The poller's bookkeeping by key: its cursor, the last poll's report, daily usage."""

    __tablename__ = "marketplace_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class CustomerMessageRow(Base):
    """A message to a customer, as a bench (or the server) fired it; `raw` is the record.

    Stored whether or not the site sends that step (`send`), so the inspection keeps what the
    customer was, or would have been, told. `queued_at` is set when the marketplace
    connector's outbound queue takes it (docs/messages.md, "For the marketplace connector").
    """

    __tablename__ = "customer_messages"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    inspection_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    step: Mapped[str] = mapped_column(String(16), nullable=False)
    trigger: Mapped[str] = mapped_column(String(40), nullable=False)
    station: Mapped[str | None] = mapped_column(String(200))
    raw: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    fired_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    send: Mapped[bool] = mapped_column(Boolean, nullable=False)
    queued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())

    __table_args__ = (Index("ix_customer_messages_send_queued_at", "send", "queued_at"),)
