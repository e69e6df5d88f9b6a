"""The outbound queue's sentences by code beside their English: an action's reason, a plan's
approval reasons and notes (domain/outbound_texts.py), so a lead window shows them in its
reader's language. Rows written before keep NULL and are shown in English.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("marketplace_actions", sa.Column("reason_phrase", sa.JSON(), nullable=True))
    op.add_column("marketplace_plans", sa.Column("approval_phrases", sa.JSON(), nullable=True))
    op.add_column("marketplace_plans", sa.Column("note_phrases", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("marketplace_plans", "note_phrases")
    op.drop_column("marketplace_plans", "approval_phrases")
    op.drop_column("marketplace_actions", "reason_phrase")
