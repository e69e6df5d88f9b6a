"""An inspection in progress: the checklist run, saved after every change.

The checklist rules live in the run (domain.checklist.ChecklistRun); a Draft adds what a
bench must keep across a crash: every answer written before the call returns, every photo
file on disk before the row that names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from inspector_app.domain.checklist import AnswerError, ChecklistRun, ChecklistTemplate
from inspector_app.domain.returns import Return
from inspector_app.domain.texts import Phrase
from inspector_app.storage.inspections import InspectionRecord, InspectionsRepo, PhotoRecord
from inspector_app.storage.photos import PhotoStore
from inspector_app.wire import MAX_PHOTO_BYTES

_CONTEXT = "Station"

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


class Draft:
    """An inspection in progress. Every change is saved before the method returns.

    Made by the Station (start_inspection, drafts); it writes through the station's
    inspections repository and photo store.
    """

    def __init__(
        self,
        inspections: InspectionsRepo,
        photos: PhotoStore,
        record: InspectionRecord,
        ret: Return,
        run: ChecklistRun,
    ) -> None:
        self._inspections = inspections
        self._photos = photos
        self.uuid = record.uuid
        self.ret = ret
        self.inspector = record.inspector
        self.started_at = record.started_at
        self.run = run
        self.sizes = {p.sha256: p.size for p in record.photos}

    @property
    def template(self) -> ChecklistTemplate:
        return self.run.template

    def answer(self, item_id: str, value: Any) -> None:
        """Record an answer (AnswerError if it does not fit the item) and autosave."""
        self.run.answer(item_id, value)
        self._inspections.save_answers(self.uuid, self.run.answers)

    def clear(self, item_id: str) -> None:
        self.run.clear(item_id)
        self._inspections.save_answers(self.uuid, self.run.answers)

    def prefill(self, answers: Sequence[tuple[str, Any]], photos: Sequence[PhotoRecord]) -> None:
        """Start from an earlier inspection's answers and photos (a correction). Each answer
        is given as the inspector would give it, in order, so one that no longer fits its
        item (or whose item is not shown) is left for the inspector; photo files are shared,
        not copied."""
        for item_id, value in answers:
            try:
                self.run.answer(item_id, value)
            except ValueError:
                continue
        self._inspections.save_answers(self.uuid, self.run.answers)
        for photo in photos:
            if not self.run.is_visible(photo.item) or photo.sha256 in self.run.photos.get(
                photo.item, []
            ):
                continue
            self.run.add_photo(photo.item, photo.sha256)
            self._inspections.add_photo(self.uuid, photo.item, photo.sha256, photo.size)
            self.sizes[photo.sha256] = photo.size

    def add_photo(self, item_id: str, image: bytes) -> str:
        """Store a JPEG/PNG durably and attach it to `item_id`; returns its SHA-256.

        The file is on disk (fsync'd) before its row exists, so no row ever names a missing
        or partial file. DiskFullError/StorageError leave earlier photos and answers intact.
        """
        if not self.run.is_visible(item_id):
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "“{label}” does not apply given the answers above it.",
                    label=self.template.item(item_id).label,
                )
            )
        if not image.startswith(_IMAGE_MAGIC):
            raise AnswerError(Phrase(_CONTEXT, "A photo must be a JPEG or PNG image."))
        if len(image) > MAX_PHOTO_BYTES:
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "A photo may be at most {megabytes} MB.",
                    megabytes=MAX_PHOTO_BYTES // (1024 * 1024),
                )
            )
        sha256, size = self._photos.put(image)
        if sha256 in self.run.photos.get(item_id, []):
            return sha256
        self.run.add_photo(item_id, sha256)
        try:
            self._inspections.add_photo(self.uuid, item_id, sha256, size)
        except Exception:
            self.run.remove_photo(item_id, sha256)
            raise
        self.sizes[sha256] = size
        return sha256

    def remove_photo(self, item_id: str, sha256: str) -> None:
        """Detach a photo; its file goes once no inspection refers to it."""
        if not self.run.remove_photo(item_id, sha256):
            return
        if self._inspections.remove_photo(self.uuid, item_id, sha256):
            self._photos.delete(sha256)
