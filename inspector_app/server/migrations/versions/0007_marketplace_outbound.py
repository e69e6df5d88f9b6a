"""Marketplace, outbound: the rate budget shared by all processes, plans made from final
verdicts, their actions (the durable outbound queue) and the refund ledger (one refund per
orderline, ever: its rows can be neither changed nor deleted); the return's standing on the
marketplace, and whether the server established who made each inspection.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
REFUND_BOUNDED = "amount IS NULL OR (amount > 0 AND amount <= price)"
"""A plan's refund is more than nothing and never more than the price paid."""
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_REFUSAL = "a refund claim is never changed or deleted"
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER marketplace_refunds_no_{verb.lower()} BEFORE {verb} ON marketplace_refunds "
    f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
    for verb in ("UPDATE", "DELETE")
]
_PG_TRIGGERS = [
    "CREATE FUNCTION marketplace_refunds_frozen() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$",
    "CREATE TRIGGER marketplace_refunds_frozen BEFORE UPDATE OR DELETE ON marketplace_refunds "
    "FOR EACH ROW EXECUTE FUNCTION marketplace_refunds_frozen()",
]


def upgrade() -> None:
    op.create_table(
        "marketplace_rate_requests",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index(
        "ix_marketplace_rate_requests_name_at", "marketplace_rate_requests", ["name", "at_ms"]
    )
    op.create_table(
        "marketplace_rate_usage",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "marketplace_plans",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("inspection_uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("folder_id", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("proposed_outcome", sa.String(32)),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("inspector", sa.String(64), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2)),
        sa.Column("price", sa.Numeric(12, 2), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("approval", sa.String(16), nullable=False),
        sa.Column("approval_reasons", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("decided_at", TS),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("dry_run", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("cancelled_at", TS),
        sa.CheckConstraint(REFUND_BOUNDED, name="ck_marketplace_plans_refund_bounded"),
    )
    op.create_index("ix_marketplace_plans_return_id", "marketplace_plans", ["return_id"])
    op.create_table(
        "marketplace_actions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("plan_id", ID, sa.ForeignKey("marketplace_plans.id")),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("folder_id", sa.BigInteger(), nullable=False),
        sa.Column("orderline_id", sa.BigInteger()),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2)),
        sa.Column("marker", sa.String(40), unique=True),
        sa.Column("message_id", sa.String(36), unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("marketplace_said", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("attempt_token", sa.String(32)),
        sa.Column("attempt_until", TS),
        sa.Column("next_try_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("sent_at", TS),
        sa.Column("confirmed_at", TS),
    )
    op.create_index("ix_marketplace_actions_plan_id", "marketplace_actions", ["plan_id"])
    op.create_index("ix_marketplace_actions_return_id", "marketplace_actions", ["return_id"])
    op.create_index(
        "ix_marketplace_actions_status_next", "marketplace_actions", ["status", "next_try_at"]
    )
    op.add_column("returns", sa.Column("marketplace", sa.JSON()))
    # Inspections stored before the server checked who sent them have no established identity.
    op.add_column(
        "inspections",
        sa.Column("identity_established", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "marketplace_refunds",
        sa.Column("orderline_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("action_id", ID, sa.ForeignKey("marketplace_actions.id"), nullable=False),
        sa.Column("claimed_at", TS, nullable=False),
    )
    dialect = op.get_bind().dialect.name
    for statement in _PG_TRIGGERS if dialect == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("marketplace_refunds")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION marketplace_refunds_frozen()")
    with op.batch_alter_table("returns") as batch:
        batch.drop_column("marketplace")
    with op.batch_alter_table("inspections") as batch:
        batch.drop_column("identity_established")
    op.drop_table("marketplace_actions")
    op.drop_table("marketplace_plans")
    op.drop_table("marketplace_rate_usage")
    op.drop_table("marketplace_rate_requests")
