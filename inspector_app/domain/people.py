"""Who may sign in at a bench, and what each role may do there."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A person's role (the wire value: it travels in the people list and sits in the store)."""

    INSPECTOR = "inspector"
    LEAD = "lead"
    ADMIN = "admin"

    @property
    def reviews_shifts(self) -> bool:
        """Leads and admins see the shift review; inspectors do not."""
        return self in (Role.LEAD, Role.ADMIN)
