"""Where a cached marketplace return stands on the marketplace, as the server says it (a
line for the card: "Refund of 389.00 EUR confirmed", "Care folder closed").

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("returns", sa.Column("marketplace", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("returns") as batch:
        batch.drop_column("marketplace")
