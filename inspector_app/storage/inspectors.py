"""The people who may sign in at this bench (pulled from the server or added locally)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.domain.people import Role
from inspector_app.storage.db import Database
from inspector_app.storage.models import InspectorRow
from inspector_app.wire import verify_pin

ROLES = tuple(Role)


@dataclass(frozen=True, slots=True)
class Inspector:
    badge: str
    name: str
    role: str = "inspector"
    active: bool = True


class InspectorsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, inspector: Inspector, pin_hash: str) -> None:
        """Add or replace an inspector (with an already hashed PIN)."""
        if inspector.role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if not inspector.badge.strip() or not inspector.name.strip():
            raise ValueError("an inspector needs a badge and a name")
        with self._db.write() as session:
            session.merge(
                InspectorRow(
                    badge=inspector.badge,
                    name=inspector.name,
                    role=inspector.role,
                    pin_hash=pin_hash,
                    active=inspector.active,
                )
            )

    def get(self, badge: str) -> Inspector | None:
        with self._db.read() as session:
            row = session.get(InspectorRow, badge)
            return Inspector(row.badge, row.name, row.role, row.active) if row else None

    def list(self, active_only: bool = False) -> list[Inspector]:
        query = select(InspectorRow).order_by(InspectorRow.name)
        if active_only:
            query = query.where(InspectorRow.active.is_(True))
        with self._db.read() as session:
            return [Inspector(r.badge, r.name, r.role, r.active) for r in session.scalars(query)]

    def verify(self, badge: str, pin: str, *, key: bytes | None = None) -> Inspector | None:
        """The inspector if `badge` is active and `pin` is right, else None (no hint why).
        `key` checks a verifier keyed to this bench's token (wire.keyed_pin_hash)."""
        with self._db.read() as session:
            row = session.get(InspectorRow, badge)
        if row is None or not row.active or not verify_pin(pin, row.pin_hash, key=key):
            return None
        return Inspector(row.badge, row.name, row.role, row.active)
