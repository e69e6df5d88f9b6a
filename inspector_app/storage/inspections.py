"""Inspections on the bench: drafts saved on every change, then finalized once, for good.

A draft's answers are rewritten on each change so a crash or power cut resumes where the
inspector was. Finalize is a single transaction that freezes the payload bytes, flips the
state, queues the outbox entry and flags the return; either all of it is on disk or none.
A final inspection is never edited: every write below checks the state in its WHERE clause.
"""

from __future__ import annotations

import builtins  # `list` inside the repository class names its method, not the type
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from inspector_app.errors import UserError
from inspector_app.storage.customer_messages import NewMessage
from inspector_app.storage.customer_messages import add as add_message
from inspector_app.storage.db import Database, rows_changed
from inspector_app.storage.models import InspectionRow, OutboxRow, PhotoRow
from inspector_app.storage.outbox import dismiss_parked, enqueue
from inspector_app.storage.returns_cache import ReturnsCache
from inspector_app.storage.types import utcnow

DRAFT = "draft"
FINAL = "final"


class InspectionStateError(UserError, RuntimeError):
    """The inspection is not in a state that allows this (e.g. editing a final one)."""


@dataclass(frozen=True, slots=True)
class PhotoRecord:
    item: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class InspectionRecord:
    uuid: str
    return_id: str
    inspector: str
    template_id: str
    template_version: int
    state: str
    answers: dict[str, Any]
    started_at: dt.datetime
    finalized_at: dt.datetime | None = None
    payload: bytes | None = None
    supersedes: str | None = None
    photos: tuple[PhotoRecord, ...] = field(default=())
    finalized_by: str | None = None
    """Who finalized it (`inspector` started it); None for a draft."""

    @property
    def decided_by(self) -> str:
        """Who finalized it, or, for a draft or one finalized before this was recorded,
        who started it."""
        return self.finalized_by or self.inspector


def _record(row: InspectionRow, photos: list[PhotoRow]) -> InspectionRecord:
    return InspectionRecord(
        uuid=row.uuid,
        return_id=row.return_id,
        inspector=row.inspector,
        template_id=row.template_id,
        template_version=row.template_version,
        state=row.state,
        answers=json.loads(row.answers),
        started_at=row.started_at,
        finalized_at=row.finalized_at,
        payload=row.payload,
        supersedes=row.supersedes,
        photos=tuple(PhotoRecord(p.item, p.sha256, p.size) for p in photos),
        finalized_by=row.finalized_by,
    )


class InspectionsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_draft(
        self,
        uuid: str,
        return_id: str,
        inspector: str,
        template: tuple[str, int],
        *,
        started_at: dt.datetime,
        supersedes: str | None = None,
    ) -> None:
        with self._db.write() as session:
            session.add(
                InspectionRow(
                    uuid=uuid,
                    return_id=return_id,
                    inspector=inspector,
                    template_id=template[0],
                    template_version=template[1],
                    state=DRAFT,
                    answers="{}",
                    started_at=started_at,
                    supersedes=supersedes,
                )
            )

    def save_answers(self, uuid: str, answers: dict[str, Any]) -> None:
        """Replace a draft's answers (durably: this is the autosave)."""
        with self._db.write() as session:
            self._update_draft(session, uuid, answers=json.dumps(answers, sort_keys=True))

    def set_supersedes(self, uuid: str, supersedes: str | None) -> None:
        with self._db.write() as session:
            self._update_draft(session, uuid, supersedes=supersedes)

    def add_photo(self, uuid: str, item: str, sha256: str, size: int) -> None:
        """Attach an already stored photo file to a draft's checklist item."""
        with self._db.write() as session:
            self._require_draft(session, uuid)
            session.add(
                PhotoRow(
                    inspection_uuid=uuid, item=item, sha256=sha256, size=size, added_at=utcnow()
                )
            )

    def remove_photo(self, uuid: str, item: str, sha256: str) -> bool:
        """Detach a photo from a draft; True when no inspection refers to the file any more."""
        with self._db.write() as session:
            self._require_draft(session, uuid)
            first = session.scalars(
                select(PhotoRow.id)
                .where(
                    PhotoRow.inspection_uuid == uuid,
                    PhotoRow.item == item,
                    PhotoRow.sha256 == sha256,
                )
                .limit(1)
            ).first()
            if first is None:
                raise InspectionStateError(f"no such photo on item {item}")
            session.execute(delete(PhotoRow).where(PhotoRow.id == first))
            return not _photo_in_use(session, sha256)

    def discard(self, uuid: str) -> list[str]:
        """Delete a draft; returns the photo names no inspection refers to any more."""
        with self._db.write() as session:
            self._require_draft(session, uuid)
            shas = set(
                session.scalars(select(PhotoRow.sha256).where(PhotoRow.inspection_uuid == uuid))
            )
            session.execute(delete(InspectionRow).where(InspectionRow.uuid == uuid))
            return sorted(s for s in shas if not _photo_in_use(session, s))

    def finalize(
        self,
        uuid: str,
        payload: bytes,
        answers: dict[str, Any],
        finalized_at: dt.datetime,
        keep_photos: set[tuple[str, str]],
        *,
        finalized_by: str | None = None,
        messages: Sequence[NewMessage] = (),
        replaces: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Freeze the inspection and queue it for the server, all in one durable commit,
        with the customer `messages` it fires (so a crash never leaves one without the other)
        and the refused inspections it `replaces` (uuid: note) dismissed with their note;
        returns those it dismissed (one a person sent again meanwhile is left as it is).

        Photo rows not in `keep_photos` (item, sha256) are dropped: photos of items that
        became hidden are not part of the inspection and must not be uploaded.
        """
        with self._db.write() as session:
            row = self._require_draft(session, uuid)
            for photo in session.scalars(select(PhotoRow).where(PhotoRow.inspection_uuid == uuid)):
                if (photo.item, photo.sha256) not in keep_photos:
                    session.delete(photo)
            row.state = FINAL
            row.payload = payload
            row.answers = json.dumps(answers, sort_keys=True)
            row.finalized_at = finalized_at
            row.finalized_by = finalized_by
            enqueue(session, uuid, finalized_at)
            dismissed = [
                replaced
                for replaced, note in (replaces or {}).items()
                if dismiss_parked(session, replaced, note)
            ]
            for message in messages:
                add_message(session, message, finalized_at)
            ReturnsCache.mark_inspected(session, row.return_id)
        return dismissed

    def get(self, uuid: str) -> InspectionRecord | None:
        with self._db.read() as session:
            row = session.get(InspectionRow, uuid)
            if row is None:
                return None
            return _record(row, _photos(session, [uuid])[uuid])

    def list(self, state: str | None = None) -> list[InspectionRecord]:
        """Inspections (in `state` if given), oldest first, with their photos."""
        query = select(InspectionRow).order_by(InspectionRow.started_at)
        if state:
            query = query.where(InspectionRow.state == state)
        with self._db.read() as session:
            rows = list(session.scalars(query))
            photos = _photos(session, [r.uuid for r in rows])
            return [_record(r, photos[r.uuid]) for r in rows]

    def final_for_return(self, return_id: str) -> builtins.list[str]:
        """UUIDs of this bench's final inspections of a return, oldest first."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(InspectionRow.uuid)
                    .where(InspectionRow.return_id == return_id, InspectionRow.state == FINAL)
                    .order_by(InspectionRow.finalized_at)
                )
            )

    def photo_names(self) -> set[str]:
        """Every photo file some inspection refers to."""
        with self._db.read() as session:
            return set(session.scalars(select(PhotoRow.sha256).distinct()))

    def photos_sent_before(self, cutoff: dt.datetime) -> set[str]:
        """Photo files whose every inspection reached the server before `cutoff`.

        Only these may be purged: a photo shared with a draft or an unsent inspection stays.
        """
        sent_early = (OutboxRow.state == "sent") & (OutboxRow.sent_at < cutoff)
        with self._db.read() as session:
            old = set(
                session.scalars(
                    select(PhotoRow.sha256)
                    .join(OutboxRow, OutboxRow.inspection_uuid == PhotoRow.inspection_uuid)
                    .where(sent_early)
                )
            )
            needed = set(
                session.scalars(
                    select(PhotoRow.sha256)
                    .outerjoin(OutboxRow, OutboxRow.inspection_uuid == PhotoRow.inspection_uuid)
                    .where(OutboxRow.state.is_(None) | ~sent_early)
                )
            )
        return old - needed

    def purge_sent_before(self, cutoff: dt.datetime) -> int:
        """Delete the inspections the server acknowledged before `cutoff`, with their photo
        and outbox rows: the server keeps them; the bench need not keep a customer's name
        or a device's IMEI longer than the retention period. An inspection that a draft or
        an unsent correction supersedes stays, so that correction can still be finalized."""
        sent_early = select(OutboxRow.inspection_uuid).where(
            OutboxRow.state == "sent", OutboxRow.sent_at < cutoff
        )
        unsent = select(OutboxRow.inspection_uuid).where(OutboxRow.state != "sent")
        corrected_later = select(InspectionRow.supersedes).where(
            InspectionRow.supersedes.is_not(None),
            (InspectionRow.state == DRAFT) | InspectionRow.uuid.in_(unsent),
        )
        with self._db.write() as session:  # photo and outbox rows go with them (CASCADE)
            result = session.execute(
                delete(InspectionRow).where(
                    InspectionRow.uuid.in_(sent_early), InspectionRow.uuid.not_in(corrected_later)
                )
            )
            return rows_changed(result)

    @staticmethod
    def _require_draft(session: Session, uuid: str) -> InspectionRow:
        row = session.get(InspectionRow, uuid)
        if row is None:
            raise InspectionStateError(f"no inspection {uuid} on this bench")
        if row.state != DRAFT:
            raise InspectionStateError(
                f"inspection {uuid} is final and cannot be changed; "
                "record a correction as a new inspection that supersedes it"
            )
        return row

    @staticmethod
    def _update_draft(session: Session, uuid: str, **values: object) -> None:
        result = session.execute(
            update(InspectionRow)
            .where(InspectionRow.uuid == uuid, InspectionRow.state == DRAFT)
            .values(**values)
        )
        if rows_changed(result) != 1:
            InspectionsRepo._require_draft(session, uuid)


def _photo_in_use(session: Session, sha256: str) -> bool:
    return bool(session.scalar(select(func.count()).where(PhotoRow.sha256 == sha256)))


def _photos(session: Session, uuids: list[str]) -> dict[str, list[PhotoRow]]:
    found: dict[str, list[PhotoRow]] = {u: [] for u in uuids}
    if uuids:
        query = select(PhotoRow).where(PhotoRow.inspection_uuid.in_(uuids)).order_by(PhotoRow.id)
        for photo in session.scalars(query):
            found[photo.inspection_uuid].append(photo)
    return found
