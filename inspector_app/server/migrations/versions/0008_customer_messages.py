"""Customer messages: every message a step fired, stored with its return and inspection.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "customer_messages",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("inspection_uuid", sa.String(36)),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("trigger", sa.String(40), nullable=False),
        sa.Column("station", sa.String(200)),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("fired_at", TS, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("send", sa.Boolean(), nullable=False),
        sa.Column("queued_at", TS),
    )
    op.create_index("ix_customer_messages_return_id", "customer_messages", ["return_id"])
    op.create_index(
        "ix_customer_messages_inspection_uuid", "customer_messages", ["inspection_uuid"]
    )
    op.create_index(
        "ix_customer_messages_send_queued_at", "customer_messages", ["send", "queued_at"]
    )


def downgrade() -> None:
    op.drop_table("customer_messages")
