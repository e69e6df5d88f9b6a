"""The people who may sign in at this bench (pulled from the server or added locally).

A person added at the bench is `local`: a bench without a server manages its own people.
The server's feed is the authority once a bench has one: its entry replaces a local one of
the same badge, and `retire_local` deactivates the local people it does not list, so
nobody the server does not know signs inspections the server would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from inspector_app.domain.people import Role
from inspector_app.storage.db import Database, rows_changed
from inspector_app.storage.models import InspectorRow
from inspector_app.wire import verify_pin

ROLES = tuple(Role)


@dataclass(frozen=True, slots=True)
class Inspector:
    badge: str
    name: str
    role: str = "inspector"
    active: bool = True
    local: bool = False
    """Added at this bench, not by the server's feed."""


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
                    local=inspector.local,
                )
            )

    def get(self, badge: str) -> Inspector | None:
        with self._db.read() as session:
            row = session.get(InspectorRow, badge)
            return _inspector(row) if row else None

    def list(self, active_only: bool = False) -> list[Inspector]:
        query = select(InspectorRow).order_by(InspectorRow.name)
        if active_only:
            query = query.where(InspectorRow.active.is_(True))
        with self._db.read() as session:
            return [_inspector(r) for r in session.scalars(query)]

    def verify(self, badge: str, pin: str, *, key: bytes | None = None) -> Inspector | None:
        """The inspector if `badge` is active and `pin` is right, else None (no hint why).
        `key` checks a verifier keyed to this bench's token (wire.keyed_pin_hash)."""
        with self._db.read() as session:
            row = session.get(InspectorRow, badge)
        if row is None or not row.active or not verify_pin(pin, row.pin_hash, key=key):
            return None
        return _inspector(row)

    def set_pin(self, badge: str, pin_hash: str) -> None:
        """Replace a person's PIN hash (a reset by an admin at a standalone bench)."""
        with self._db.write() as session:
            row = session.get(InspectorRow, badge)
            if row is None:
                raise LookupError(f"no person with badge {badge}")
            row.pin_hash = pin_hash

    def deactivate(self, badge: str) -> None:
        """Nobody signs in with this badge any more; the row stays (names in the history)."""
        with self._db.write() as session:
            row = session.get(InspectorRow, badge)
            if row is None:
                raise LookupError(f"no person with badge {badge}")
            row.active = False

    def retire_local(self, listed: set[str]) -> int:
        """Deactivate the local people whose badge the server's list lacks; how many."""
        with self._db.write() as session:
            result = session.execute(
                update(InspectorRow)
                .where(InspectorRow.local.is_(True), InspectorRow.active.is_(True))
                .where(InspectorRow.badge.not_in(sorted(listed)))
                .values(active=False)
            )
            return rows_changed(result)


def _inspector(row: InspectorRow) -> Inspector:
    return Inspector(row.badge, row.name, row.role, row.active, row.local)
