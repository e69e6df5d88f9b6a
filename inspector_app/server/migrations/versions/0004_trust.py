"""Trust: the append-only audit log, atomic sign-in counters (replacing the table of failed
lead sign-ins), corrections authorised by leads, lead sessions bound to the bench token
that opened them (sessions opened before this revision are ended: they are bound to none).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
_REFUSAL = "the audit log is append-only"
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
    f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
    for verb in ("UPDATE", "DELETE")
]
_PG_TRIGGERS = [
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$",
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("at", TS, nullable=False),
        sa.Column("kind", sa.String(48), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    dialect = op.get_bind().dialect.name
    for statement in _PG_TRIGGERS if dialect == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)
    op.create_table(
        "sign_in_counters",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
    )
    op.create_table(
        "correction_grants",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("supersedes", sa.String(36), nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("station", sa.String(200), nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("granted_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_by", sa.String(36)),
    )
    op.create_index("ix_correction_grants_supersedes", "correction_grants", ["supersedes"])
    op.add_column("lead_sessions", sa.Column("opened_by", sa.String(32)))
    sessions = sa.table("lead_sessions", sa.column("revoked_at", TS))
    op.execute(
        sessions.update()
        .where(sessions.c.revoked_at.is_(None))
        .values(revoked_at=dt.datetime.now(dt.UTC))
    )
    op.drop_index("ix_lead_sign_in_failures_badge_at", "lead_sign_in_failures")
    op.drop_table("lead_sign_in_failures")


def downgrade() -> None:
    op.create_table(
        "lead_sign_in_failures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("badge", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_index("ix_lead_sign_in_failures_badge_at", "lead_sign_in_failures", ["badge", "at"])
    with op.batch_alter_table("lead_sessions") as batch:
        batch.drop_column("opened_by")
    op.drop_table("correction_grants")
    op.drop_table("sign_in_counters")
    op.drop_table("audit_events")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_events_append_only()")
