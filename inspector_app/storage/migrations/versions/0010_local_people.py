"""People added at the bench are marked: a bench that joins a server takes the server's list.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "inspectors",
        sa.Column("local", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # A person added at the bench has a plain PIN hash; the server's feed sends a verifier
    # keyed to the bench's token, or none (a lead's PIN is checked by the server).
    op.execute("UPDATE inspectors SET local = 1 WHERE pin_hash LIKE 'pbkdf2_sha256$%'")


def downgrade() -> None:
    with op.batch_alter_table("inspectors") as batch:
        batch.drop_column("local")
