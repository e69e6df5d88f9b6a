"""Bench events get an id made at the bench (a UUID), so the sync can upload them and the
server store each once, however often an upload is repeated after a lost answer.

Events recorded before this revision keep "" here (filling them would mean lifting the
append-only triggers of 0004); storage/bench_events.py derives theirs from the row, the
same at every reading, so they too are stored once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "bench_events",
        sa.Column("event_id", sa.String(36), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("bench_events") as batch:
        batch.drop_column("event_id")
