"""Sync and retention bookkeeping: the sync cursor store, when each return was cached, and
which photos the server already holds (so only sent photos are ever purged).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_state"),
    )
    # Nullable: SQLite cannot add a NOT NULL column without a constant default, and a constant
    # would make every existing row look ancient to the retention purge. Existing rows get the
    # upgrade time instead, so retention counts from the day the bench learned to count.
    op.add_column("returns", sa.Column("cached_at", sa.String(32), nullable=True))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    op.execute(sa.text("UPDATE returns SET cached_at = :now").bindparams(now=now))
    op.create_index("ix_returns_cached_at", "returns", ["cached_at"])
    op.add_column("photos", sa.Column("uploaded_at", sa.String(32), nullable=True))


def downgrade() -> None:
    op.drop_column("photos", "uploaded_at")
    op.drop_index("ix_returns_cached_at", "returns")
    op.drop_column("returns", "cached_at")
    op.drop_table("sync_state")
