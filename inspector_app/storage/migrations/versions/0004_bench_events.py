"""The bench's audit log: sign-ins and their failures, sign-outs, discarded drafts and
settings changes, each saying who, when and where. The database refuses to update or
delete a row, so no later code path can rewrite what happened.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TRIGGERS = [
    f"CREATE TRIGGER bench_events_no_{verb.lower()} BEFORE {verb} ON bench_events "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
]


def upgrade() -> None:
    op.create_table(
        "bench_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(48), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bench_events"),
    )
    op.create_index("ix_bench_events_at", "bench_events", ["at"])
    op.create_index("ix_bench_events_kind_subject_at", "bench_events", ["kind", "subject", "at"])
    for statement in _TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("bench_events")
