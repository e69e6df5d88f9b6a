"""Checklist template versions as stored on the bench: immutable once stored.

An inspection records the (id, version) it was made with; if the same pair could change,
an old inspection would silently be read against different questions. So storing a pair
again with a different body is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.domain.checklist import template_sha256
from inspector_app.errors import UserError
from inspector_app.storage.db import Database
from inspector_app.storage.models import TemplateRow
from inspector_app.storage.types import utcnow


class TemplateConflictError(UserError, ValueError):
    """A template (id, version) was offered again with a different body."""


@dataclass(frozen=True, slots=True)
class StoredTemplate:
    id: str
    version: int
    category: str
    body: str
    sha256: str


def _stored(row: TemplateRow) -> StoredTemplate:
    return StoredTemplate(row.id, row.version, row.category, row.body, row.sha256)


class TemplatesRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, template_id: str, version: int, category: str, body: str) -> bool:
        """Store a template version; False if it was already there, identical.

        Raises TemplateConflictError when (id, version) exists with other content (the
        canonical content hash, so re-indenting the YAML is not a change).
        """
        sha = template_sha256(body)
        with self._db.write() as session:
            row = session.get(TemplateRow, (template_id, version))
            if row is not None:
                if row.sha256 != sha:
                    raise TemplateConflictError(
                        f"template {template_id} v{version} is already stored with other "
                        "content; publish changes as a new version"
                    )
                return False
            session.add(
                TemplateRow(
                    id=template_id,
                    version=version,
                    category=category,
                    body=body,
                    sha256=sha,
                    stored_at=utcnow(),
                )
            )
        return True

    def get(self, template_id: str, version: int) -> StoredTemplate | None:
        with self._db.read() as session:
            row = session.get(TemplateRow, (template_id, version))
            return _stored(row) if row is not None else None

    def latest_for(self, category: str) -> StoredTemplate | None:
        """The newest version of the template for a product category."""
        with self._db.read() as session:
            row = session.scalars(
                select(TemplateRow)
                .where(TemplateRow.category == category)
                .order_by(TemplateRow.version.desc(), TemplateRow.stored_at.desc())
                .limit(1)
            ).first()
            return _stored(row) if row is not None else None

    def list(self) -> list[StoredTemplate]:
        with self._db.read() as session:
            query = select(TemplateRow).order_by(TemplateRow.id, TemplateRow.version)
            return [_stored(r) for r in session.scalars(query)]
