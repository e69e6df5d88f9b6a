"""Who finalized an inspection: a draft resumed by another inspector records both people.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Inspections finalized before this were finalized by whoever started them.
    op.add_column("inspections", sa.Column("finalized_by", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inspections") as batch:
        batch.drop_column("finalized_by")
