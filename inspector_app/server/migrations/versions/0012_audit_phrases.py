"""The audit log's details by code beside their English (domain/audit_texts.py), so a lead
window reads them in its reader's language. Rows written before keep NULL and read in English;
adding a column updates no row, so the log's refusal of updates is not in the way.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("detail_phrase", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_events", "detail_phrase")
