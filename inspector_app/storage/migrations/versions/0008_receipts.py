"""Receipts: parcels scanned in at the bench's receiving mode, queued for the server.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipts",
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.String(32), nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("sent_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("return_id", name="pk_receipts"),
    )
    op.create_index("ix_receipts_state_next_attempt_at", "receipts", ["state", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("receipts")
