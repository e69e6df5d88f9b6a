"""The checklist's photos: taking (or retaking) one with the camera, or importing a picture
file when the camera cannot, the thumbnail strip, and the viewer with its delete, retake and
marking (the marked copy stored as a new photo of the item, the original untouched).

Every photo byte is read, encoded and written on the station bridge's worker; the GUI thread
only shows the dialogs and turns finished QImages into pixmaps.

With camera.photo_source set, the capture dialog shows and shoots that second camera (a
better lens over the bench, say), opened for the dialog and closed after it, reading no
codes; the scanning camera keeps scanning meanwhile. Without it, the scanning camera takes
the photos too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from inspector_app.gui import annotate, i18n, worker_calls
from inspector_app.gui.bridges import Failed, StationBridge
from inspector_app.gui.checklist_page import ChecklistPage
from inspector_app.gui.photo_capture import PhotoCaptureDialog
from inspector_app.gui.photo_viewer import PhotoViewer
from inspector_app.gui.scan_bridge import ScanBridge
from inspector_app.gui.session import Session
from inspector_app.scanning import CaptureSettings
from inspector_app.scanning.photo import import_photo
from inspector_app.settings import Settings
from inspector_app.station import Draft, Station

log = logging.getLogger(__name__)

CAPTURE_PREVIEW = QSize(880, 500)
"""The camera preview's size while the capture dialog is open."""


class PhotoFlow(QObject):
    """Photos of the open inspection. `change(what, fn)` applies `fn` to the open draft on the
    worker and renders the result; `failed(what)` makes an error handler for a station call."""

    def __init__(
        self,
        window: QWidget,
        *,
        bridge: StationBridge,
        station: Station,
        scans: ScanBridge,
        settings: Settings,
        checklist: ChecklistPage,
        session: Callable[[], Session],
        change: Callable[[str, Callable[[Draft], object]], None],
        failed: Callable[[str], Failed],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._bridge = bridge
        self._station = station
        self._scans = scans
        self._settings = settings
        self._checklist = checklist
        self._session = session
        self._change = change
        self._failed = failed
        self.photo_camera = ScanBridge(self)
        """The camera.photo_source camera, running while the capture dialog is open."""

    def take(self, item_id: str, replacing: str | None = None) -> None:
        """The capture dialog for `item_id`, open for as many photos as the item still needs
        (one for a retake or an extra photo); each captured frame, or a picture file imported
        instead, is stored as a new photo, and replaces `replacing` (a retake) once stored."""
        snapshot = self._session().snapshot
        label = i18n.show(snapshot.template.item(item_id).label) if snapshot else item_id
        missing = 1
        if snapshot is not None and replacing is None:
            need = snapshot.photos_required.get(item_id, 0)
            missing = need - len(snapshot.photos.get(item_id, []))
        camera = self._open_camera()
        dialog = PhotoCaptureDialog(
            self.tr("Photo: {label}").format(label=label), camera, self._window, missing
        )
        quality, edge = self._settings["photos.jpeg_quality"], self._settings["photos.max_edge"]

        def store(what: str, jpeg: Callable[[], bytes]) -> None:
            def add(draft: Draft) -> None:
                sha = draft.add_photo(item_id, jpeg())
                if replacing is not None and replacing != sha:
                    draft.remove_photo(item_id, replacing)

            self._change(what, add)

        dialog.captured.connect(
            lambda frame: store(
                "saving a photo", lambda: worker_calls.encode_jpeg(frame, quality, edge)
            )
        )
        dialog.imported.connect(
            lambda path: store(
                "importing a photo",
                lambda: import_photo(Path(path), quality=quality, max_edge=edge),
            )
        )
        camera.set_preview_size(CAPTURE_PREVIEW)
        dialog.exec()
        camera.set_preview_size(QSize())
        if camera is self.photo_camera:
            camera.stop()
        # After the dialog: the window active again and the keyboard back where the work is.
        self._window.activateWindow()
        self._checklist.setFocus()

    def _open_camera(self) -> ScanBridge:
        """The camera photos are taken with: the photo camera, started now, if one is set."""
        source = self._settings["camera.photo_source"]
        if not source:
            return self._scans
        capture = CaptureSettings.from_settings(self._settings)
        self.photo_camera.start(source, capture, formats=[], debounce_s=0.0)
        return self.photo_camera

    def load_thumbnails(self) -> None:
        """Thumbnails of the open inspection's photos not yet loaded, decoded on the worker."""
        session = self._session()
        if session.snapshot is None:
            return
        known = session.thumbnails
        wanted = [s for shas in session.snapshot.photos.values() for s in shas if s not in known]
        if not wanted:
            return
        known.update(wanted)
        station = self._station
        self._bridge.call(
            lambda: [(s, worker_calls.thumbnail(station.photo(s))) for s in wanted],
            done=self._thumbnails,
            failed=self._failed("loading thumbnails"),
        )

    def _thumbnails(self, pairs: list[tuple[str, QImage | None]]) -> None:
        for sha, image in pairs:
            if image is None:
                log.info("photo %s cannot be decoded; its thumbnail says so", sha)
                pixmap = self.unreadable_tile()
            else:
                pixmap = QPixmap.fromImage(image)
            self._checklist.set_thumbnail(sha, pixmap)

    def unreadable_tile(self) -> QPixmap:
        """The thumbnail of a photo that cannot be shown: a grey tile saying so, in the
        thumbnail's place (drawn here, on the GUI thread, where text may be painted)."""
        tile = QPixmap(worker_calls.THUMBNAIL)
        tile.fill(QColor("#d9d9d9"))
        painter = QPainter(tile)
        try:
            painter.setPen(QColor("#333333"))
            painter.drawRect(tile.rect().adjusted(0, 0, -1, -1))
            font = QFont(painter.font())
            font.setPointSizeF(7.5)
            painter.setFont(font)
            painter.drawText(
                tile.rect().adjusted(4, 4, -4, -4),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("This photo cannot be shown"),
            )
        finally:
            painter.end()
        return tile

    def open(self, item_id: str, sha: str) -> None:
        """The viewer on `item_id`'s photos, starting at `sha`."""
        snapshot = self._session().snapshot
        if snapshot is None:
            return
        shas = snapshot.photos.get(item_id, [])
        station = self._station
        label = i18n.show(snapshot.template.item(item_id).label)
        self._bridge.call(
            lambda: [(s, worker_calls.picture(station.photo(s))) for s in shas],
            done=lambda photos: self._show_viewer(item_id, label, photos, sha),
            failed=self._failed("opening a photo"),
        )

    def _show_viewer(
        self, item_id: str, label: str, photos: list[tuple[str, QImage | None]], sha: str
    ) -> None:
        index = next((i for i, (s, _) in enumerate(photos) if s == sha), 0)
        viewer = PhotoViewer(label, photos, index, self._window)
        viewer.delete_requested.connect(
            lambda s: self._change("deleting a photo", lambda d: d.remove_photo(item_id, s))
        )
        viewer.retake_requested.connect(
            lambda s: QTimer.singleShot(0, lambda: self.take(item_id, replacing=s))
        )
        viewer.mark_requested.connect(
            lambda s, image: QTimer.singleShot(0, lambda: self.mark(item_id, label, s, image))
        )
        viewer.exec()

    def mark(self, item_id: str, label: str, sha: str, image: QImage) -> None:
        """The marking dialog on photo `sha`; its marks, drawn on the full-size image and
        encoded on the worker, are stored as a new photo of `item_id` naming `sha`."""
        dialog = annotate.MarkDialog(
            self.tr("Mark the defect: {label}").format(label=label), image, self._window
        )
        quality = self._settings["photos.jpeg_quality"]
        dialog.saved.connect(
            lambda marks: self._change(
                "saving a marked photo",
                lambda draft: draft.add_photo(item_id, annotate.render(image, marks, sha, quality)),
            )
        )
        dialog.exec()
        self._window.activateWindow()
        self._checklist.setFocus()
