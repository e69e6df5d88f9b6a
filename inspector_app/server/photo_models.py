"""Tables for photo limits and collection: which inspections reference which photos, and
each token's uploads per hour."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.server.models import Base


class InspectionPhoto(Base):
    """A photo an inspection references: a photo with no row here is unreferenced, and the
    photo collector deletes it once it is old enough (photo_collection.py)."""

    __tablename__ = "inspection_photos"

    inspection_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = (Index("ix_inspection_photos_sha256", "sha256"),)


class PhotoUploadQuota(Base):
    """Uploads a token made in one UTC hour (`hour` = hours since the epoch), and their bytes."""

    __tablename__ = "photo_upload_quota"

    token_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    uploads: Mapped[int] = mapped_column(Integer, nullable=False)
    bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
