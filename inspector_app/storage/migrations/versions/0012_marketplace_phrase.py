"""A marketplace return's standing by code beside the server's English line (the card reads
it in the bench's language). Rows cached before keep NULL and show the English.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("returns", sa.Column("marketplace_phrase", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns") as batch:
        batch.drop_column("marketplace_phrase")
