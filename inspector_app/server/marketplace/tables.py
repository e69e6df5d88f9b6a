"""The outbound connector's tables: the shared rate budget, the plans made from final
verdicts, their actions (the durable outbound queue) and the refund ledger.

The refund ledger is the database's own guarantee that an orderline is refunded at most once
by this server, ever: its key is the orderline, a row is written in the same transaction that
lets a refund's request leave, and triggers refuse to change or delete a row (migration).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from inspector_app.server.models import Base, MarketplaceState, UtcDateTime

_ID = BigInteger().with_variant(Integer(), "sqlite")
"""A 64-bit key on PostgreSQL; on SQLite only INTEGER PRIMARY KEY counts up by itself."""


class RateRequest(Base):
    """A request counted against a short window (10 s global, a minute per endpoint), kept
    until every short window has forgotten it."""

    __tablename__ = "marketplace_rate_requests"

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(32), nullable=False)
    at_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (Index("ix_marketplace_rate_requests_name_at", "name", "at_ms"),)


class RateUsage(Base):
    """Requests counted against a daily window, by bucket (1/1440 of the window)."""

    __tablename__ = "marketplace_rate_usage"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class Plan(Base):
    """What one final inspection of a marketplace return does on the marketplace, and
    whether a lead must approve it first (see server/marketplace/planner.py)."""

    __tablename__ = "marketplace_plans"

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    inspection_uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    folder_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    proposed_outcome: Mapped[str | None] = mapped_column(String(32))
    overridden: Mapped[bool] = mapped_column(Boolean, nullable=False)
    inspector: Mapped[str] = mapped_column(String(64), nullable=False)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    """The refund the plan makes (the price for a full refund), as a lead may have edited it."""
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    approval: Mapped[str] = mapped_column(String(16), nullable=False)
    """`not_needed`, `waiting`, `approved` or `rejected`."""
    approval_reasons: Mapped[str] = mapped_column(Text, nullable=False, default="")
    approval_phrases: Mapped[list | None] = mapped_column(JSON)
    """`approval_reasons` by code (domain/outbound_texts.py); None for older plans."""
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    decision_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    dry_run: Mapped[bool] = mapped_column(Boolean, nullable=False)
    """Planned while sending was off: shown, never sent by itself."""
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """What the plan could not do, in words (one per line)."""
    note_phrases: Mapped[list | None] = mapped_column(JSON)
    """`notes` by code; None for older plans."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(
            "amount IS NULL OR (amount > 0 AND amount <= price)",
            name="ck_marketplace_plans_refund_bounded",
        ),
    )


class Action(Base):
    """One call to make on the marketplace: an entry of the durable outbound queue.

    `status` moves planned/waiting → ready → sending → sent → confirmed, or to held (rate
    limits, with `next_try_at`), unknown (the outcome must be read back), parked (the
    marketplace refused it; a lead decides), rejected or cancelled. `reason` says why, in
    words for a lead; `marketplace_said` keeps the marketplace's own message.
    """

    __tablename__ = "marketplace_actions"

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("marketplace_plans.id"), index=True)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    folder_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    orderline_id: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    params: Mapped[dict] = mapped_column(JSON, nullable=False)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    marker: Mapped[str | None] = mapped_column(String(40), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    """The customer message record this action sends (one action per record, ever)."""
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reason_phrase: Mapped[dict | None] = mapped_column(JSON)
    """`reason` by code, for a lead reading another language; None for words of no code."""
    marketplace_said: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    attempt_token: Mapped[str | None] = mapped_column(String(32))
    attempt_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    """While `sending`: when the attempt is over for sure (its request's deadline, plus a
    margin); past it, a `sending` action's sender is gone and its outcome is unknown."""
    next_try_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())

    __table_args__ = (Index("ix_marketplace_actions_status_next", "status", "next_try_at"),)


class RefundClaim(Base):
    """The one refund action allowed to refund an orderline, written before its request
    leaves; never changed or deleted (the database refuses it)."""

    __tablename__ = "marketplace_refunds"

    orderline_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    action_id: Mapped[int] = mapped_column(ForeignKey("marketplace_actions.id"), nullable=False)
    claimed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)


def keep_first(session: Session, key: str, value: str) -> str:
    """The marketplace_state row `key`, written with `value` unless it exists (another
    process writing it meanwhile is harmless: its value stays), locked until the commit."""
    if session.get(MarketplaceState, key, with_for_update=True) is None:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(
            insert(MarketplaceState)
            .values(key=key, value=value)
            .on_conflict_do_nothing(index_elements=["key"])
        )
    row = session.get(MarketplaceState, key, with_for_update=True, populate_existing=True)
    assert row is not None
    return row.value
