"""Customer messages: one row per message a step fired, frozen, queued for the server.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_messages",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("inspection_uuid", sa.String(36), nullable=True),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("record", sa.LargeBinary, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.String(32), nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("sent_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_customer_messages"),
    )
    op.create_index("ix_customer_messages_return_id", "customer_messages", ["return_id"])
    op.create_index(
        "ix_customer_messages_inspection_uuid", "customer_messages", ["inspection_uuid"]
    )
    op.create_index(
        "ix_customer_messages_state_next_attempt_at",
        "customer_messages",
        ["state", "next_attempt_at"],
    )


def downgrade() -> None:
    op.drop_table("customer_messages")
