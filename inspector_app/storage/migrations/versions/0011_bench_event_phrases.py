"""A bench event's detail by code beside its English (domain/audit_texts.py), uploaded with it
so a lead window in another language reads it translated. Rows written before keep NULL.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("bench_events", sa.Column("detail_phrase", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bench_events") as batch:
        batch.drop_column("detail_phrase")
