"""The lead sessions table (migrations 0002 and 0004).

A lead signs in at a bench with badge and PIN; the bench, vouching with its station token,
gets a short-lived session token for the lead endpoints. Sessions live in their own table,
not in api_tokens, because they expire and must never open the submission endpoints.
`opened_by` is the id of that station token: a session lives only as long as it does.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
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
    opened_by: Mapped[str | None] = mapped_column(String(32))
