"""Marketplace connector: Care folders seen by the poller, and its bookkeeping.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "marketplace_folders",
        sa.Column("folder_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("order_id", sa.BigInteger()),
        sa.Column("orderline_id", sa.BigInteger()),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("modified_at", TS),
        sa.Column("closed_at", TS),
        sa.Column("originals", sa.JSON(), nullable=False),
        sa.Column("label_issued_at", TS),
        sa.Column("label_state", sa.String(16), nullable=False),
        sa.Column("tracking_number", sa.String(64), nullable=False),
        sa.Column("carrier", sa.String(64), nullable=False),
        sa.Column("picked_up_at", TS),
        sa.Column("carrier_delivered_at", TS),
        sa.Column("hub_scanned", sa.Boolean(), nullable=False),
        sa.Column("arrival", sa.String(16), nullable=False),
        sa.Column("expected_on", sa.Date()),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("seen_at", TS, nullable=False),
    )
    op.create_index("ix_marketplace_folders_return_id", "marketplace_folders", ["return_id"])
    op.create_index("ix_marketplace_folders_arrival", "marketplace_folders", ["arrival"])
    op.create_table(
        "marketplace_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("marketplace_state")
    op.drop_table("marketplace_folders")
