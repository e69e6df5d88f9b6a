"""Photo limits and collection: the photos each inspection references (filled in from the
stored inspections), and each token's uploads per hour.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    references = op.create_table(
        "inspection_photos",
        sa.Column("inspection_uuid", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
    )
    op.create_index("ix_inspection_photos_sha256", "inspection_photos", ["sha256"])
    op.create_table(
        "photo_upload_quota",
        sa.Column("token_id", sa.String(32), primary_key=True),
        sa.Column("hour", sa.BigInteger(), primary_key=True),
        sa.Column("uploads", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
    )
    stored = op.get_bind().execute(sa.text("SELECT uuid, raw FROM inspections"))
    for uuid, raw in stored:
        shas = {photo["sha256"] for photo in json.loads(bytes(raw)).get("photos", [])}
        if shas:
            op.bulk_insert(
                references, [{"inspection_uuid": uuid, "sha256": sha} for sha in sorted(shas)]
            )


def downgrade() -> None:
    op.drop_table("photo_upload_quota")
    op.drop_table("inspection_photos")
