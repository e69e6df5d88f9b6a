"""Send-back tracking: the outbound carrier code of a refused return, kept in its own column
so the marketplace connector declares the item transfer without re-reading raw payloads.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("inspections", sa.Column("sendback_tracking", sa.String(64)))


def downgrade() -> None:
    op.drop_column("inspections", "sendback_tracking")
