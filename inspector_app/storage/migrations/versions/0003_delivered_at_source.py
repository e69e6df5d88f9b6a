"""Where a cached return's delivery date came from (stated, Backship, tracking, estimated).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every return cached before this came from an import file, whose dates are stated.
    op.add_column(
        "returns",
        sa.Column("delivered_at_source", sa.String(16), nullable=False, server_default="given"),
    )


def downgrade() -> None:
    with op.batch_alter_table("returns") as batch:
        batch.drop_column("delivered_at_source")
