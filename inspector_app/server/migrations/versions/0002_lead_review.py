"""Lead review: lead sessions and failed lead sign-ins (the report needs no new index).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "lead_sessions",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("badge", sa.String(64), sa.ForeignKey("people.badge"), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("station", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("revoked_at", TS),
    )
    op.create_table(
        "lead_sign_in_failures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("badge", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_index("ix_lead_sign_in_failures_badge_at", "lead_sign_in_failures", ["badge", "at"])


def downgrade() -> None:
    op.drop_table("lead_sign_in_failures")
    op.drop_table("lead_sessions")
