"""Tables of the lead review (migration 0002): lead sessions and failed lead sign-ins.

A lead signs in at a bench with badge and PIN; the bench, vouching with its station token,
gets a short-lived session token for the lead endpoints. Sessions live in their own table,
not in api_tokens, because they expire and must never open the submission endpoints.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.server.models import Base, UtcDateTime


class LeadSessionRow(Base):
    __tablename__ = "lead_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    badge: Mapped[str] = mapped_column(ForeignKey("people.badge"), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    station: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class LeadSignInFailure(Base):
    """One refused lead sign-in; recent ones for a badge slow down PIN guessing."""

    __tablename__ = "lead_sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    badge: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)

    __table_args__ = (Index("ix_lead_sign_in_failures_badge_at", "badge", "at"),)
