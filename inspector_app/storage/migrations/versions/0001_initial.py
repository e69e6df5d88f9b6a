"""The first station schema: returns cache with code index, templates, inspectors,
inspections, photos and the outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "returns",
        sa.Column("pk", sa.Integer, nullable=False),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("rma", sa.String(64), nullable=False),
        sa.Column("order_id", sa.String(64), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("sku", sa.String(200), nullable=False),
        sa.Column("imei", sa.String(64), nullable=False),
        sa.Column("serial", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("reason_detail", sa.Text, nullable=False),
        sa.Column("customer_name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("price", sa.String(20), nullable=False),
        sa.Column("ordered_at", sa.Date, nullable=False),
        sa.Column("delivered_at", sa.Date, nullable=False),
        sa.Column("requested_at", sa.Date, nullable=False),
        sa.Column("received_at", sa.Date, nullable=True),
        sa.Column("tracking_numbers", sa.Text, nullable=False),
        sa.Column("extra_codes", sa.Text, nullable=False),
        sa.Column("inspected", sa.Boolean, nullable=False),
        sa.Column("updated_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("pk", name="pk_returns"),
        sa.UniqueConstraint("id", name="uq_returns_id"),
    )
    op.create_table(
        "return_codes",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("return_pk", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["return_pk"],
            ["returns.pk"],
            ondelete="CASCADE",
            name="fk_return_codes_return_pk_returns",
        ),
        sa.PrimaryKeyConstraint("code", "return_pk", name="pk_return_codes"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_return_codes_return_pk", "return_codes", ["return_pk"])
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("stored_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", "version", name="pk_checklist_templates"),
    )
    op.create_index("ix_checklist_templates_category", "checklist_templates", ["category"])
    op.create_table(
        "inspectors",
        sa.Column("badge", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("badge", name="pk_inspectors"),
    )
    op.create_table(
        "inspections",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("inspector", sa.String(64), nullable=False),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("template_version", sa.Integer, nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finalized_at", TS, nullable=True),
        sa.Column("payload", sa.LargeBinary, nullable=True),
        sa.Column("supersedes", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name="pk_inspections"),
    )
    op.create_index("ix_inspections_return_id", "inspections", ["return_id"])
    op.create_index("ix_inspections_state", "inspections", ["state"])
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("inspection_uuid", sa.String(36), nullable=False),
        sa.Column("item", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_uuid"],
            ["inspections.uuid"],
            ondelete="CASCADE",
            name="fk_photos_inspection_uuid_inspections",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
    )
    op.create_index("ix_photos_inspection_uuid", "photos", ["inspection_uuid"])
    op.create_index("ix_photos_sha256", "photos", ["sha256"])
    op.create_table(
        "outbox",
        sa.Column("inspection_uuid", sa.String(36), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["inspection_uuid"],
            ["inspections.uuid"],
            ondelete="CASCADE",
            name="fk_outbox_inspection_uuid_inspections",
        ),
        sa.PrimaryKeyConstraint("inspection_uuid", name="pk_outbox"),
    )
    op.create_index("ix_outbox_state_next_attempt_at", "outbox", ["state", "next_attempt_at"])


def downgrade() -> None:
    for table in (
        "outbox",
        "photos",
        "inspections",
        "inspectors",
        "checklist_templates",
        "return_codes",
        "returns",
    ):
        op.drop_table(table)
