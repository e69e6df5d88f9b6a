"""Benches' audit events in the server's audit log: each row says whether the server or a
bench wrote it, and a bench's event keeps the id the bench gave it, unique per bench, so an
upload repeated after a lost answer adds nothing. Adding columns rewrites no row, so the
append-only triggers of 0004 stay as they are.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "audit_events",
        sa.Column("source", sa.String(16), nullable=False, server_default="server"),
    )
    op.add_column("audit_events", sa.Column("bench_event_id", sa.String(36), nullable=True))
    op.create_index(
        "ux_audit_events_bench_event",
        "audit_events",
        ["place", "bench_event_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ux_audit_events_bench_event", table_name="audit_events")
    op.drop_column("audit_events", "bench_event_id")
    op.drop_column("audit_events", "source")
