"""Initial schema: people, stations, tokens, returns and their codes, checklists, photos,
inspections, and the change-feed counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    counter = op.create_table(
        "feed_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])
    op.create_table(
        "people",
        sa.Column("badge", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "stations",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("seen_at", TS),
        sa.Column("version", sa.String(200), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("needs_attention", sa.Integer(), nullable=False),
        sa.Column("last_success_at", TS),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("station", sa.String(200), sa.ForeignKey("stations.name")),
        sa.Column("badge", sa.String(64), sa.ForeignKey("people.badge")),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS),
    )
    op.create_table(
        "returns",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("price", sa.Numeric(12, 2), nullable=False),
        sa.Column("received_at", sa.Date(), index=True),
        sa.Column("inspected", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "return_codes",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column(
            "return_id",
            sa.String(64),
            sa.ForeignKey("returns.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )
    op.create_table(
        "checklists",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("published_at", TS, nullable=False),
    )
    op.create_table(
        "photos",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content_type", sa.String(32), nullable=False),
        sa.Column("stored_at", TS, nullable=False),
    )
    op.create_table(
        "inspections",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("return_id", sa.String(64), nullable=False, index=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("station", sa.String(200), nullable=False),
        sa.Column("inspector", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("grade", sa.String(32)),
        sa.Column("disposition", sa.String(32), nullable=False),
        sa.Column("refund_amount", sa.Numeric(12, 2)),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finalized_at", TS, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("supersedes", sa.String(36)),
        sa.Column("superseded_by", sa.String(36)),
        sa.Column("submitted_by", sa.String(32), nullable=False),
    )
    op.create_index("ix_inspections_finalized_at", "inspections", ["finalized_at"])


def downgrade() -> None:
    for table in (
        "inspections",
        "photos",
        "checklists",
        "return_codes",
        "returns",
        "api_tokens",
        "stations",
        "people",
        "feed_counter",
    ):
        op.drop_table(table)
