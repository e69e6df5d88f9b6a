"""Tables of the trust work (migration 0004): the audit log, sign-in counters and the
corrections leads authorise.

The audit log is append-only in the database itself: triggers refuse UPDATE and DELETE on
both SQLite and PostgreSQL, so no code path (ours or a later one) can rewrite history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.server.models import Base, UtcDateTime

_ID = BigInteger().with_variant(Integer(), "sqlite")
"""A 64-bit key on PostgreSQL; on SQLite only INTEGER PRIMARY KEY counts up by itself."""


class AuditEvent(Base):
    """Who did what, when, where (see inspector_app.server.audit for the kinds)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ux_audit_events_bench_event", "place", "bench_event_id", unique=True),)

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(48), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False)
    detail_phrase: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    """The detail's code and parameters (domain/audit_texts.py), None for a detail that is
    data or was written before migration 0012."""
    request_id: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(
        String(16), nullable=False, default="server", server_default="server"
    )
    """"server", or "bench" for an event a bench recorded and uploaded (migration 0010)."""
    bench_event_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """The id the bench gave its event; unique per bench (`place`), so a repeated upload
    stores nothing twice. None for the server's own events."""


class SignInCounter(Base):
    """Attempts against one throttle key (a badge, or a bench and a badge) in a fixed window.

    `window_start` is in whole seconds since the epoch, so the window test is integer
    arithmetic inside the one atomic statement that counts an attempt (throttle.py).
    """

    __tablename__ = "sign_in_counters"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False)


class CorrectionGrantRow(Base):
    """A lead's permission for one bench to supersede one inspection, used at most once."""

    __tablename__ = "correction_grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    supersedes: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    return_id: Mapped[str] = mapped_column(String(64), nullable=False)
    station: Mapped[str] = mapped_column(String(200), nullable=False)
    granted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    granted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    used_by: Mapped[str | None] = mapped_column(String(36))
