"""Qt face of the scanning subsystem: ScanStream callbacks become queued signals.

The stream's capture and decoder threads call our callbacks; each turns its argument into
something the GUI can use without further work (the preview frame is scaled and converted
to a QImage here, off the GUI thread) and emits a signal, which Qt queues to the GUI
thread. Frames are converted only while a view wants them (`set_preview_size`).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future

import cv2
import numpy as np
from PySide6.QtCore import QObject, QSize, Signal

from inspector_app.gui import i18n
from inspector_app.scanning import (
    CameraError,
    CameraSource,
    CameraState,
    CaptureSettings,
    ScanStream,
)
from inspector_app.scanning.accept import ScanEvent
from inspector_app.scanning.stream import Preview

log = logging.getLogger(__name__)


def frame_to_qimage(frame: np.ndarray, width: int, height: int):  # -> QImage
    """Scale a BGR (or grey) frame to fit width x height and wrap it in an owning QImage."""
    from PySide6.QtGui import QImage

    h, w = frame.shape[:2]
    scale = min(width / w, height / h, 1.0)
    if scale < 1.0:
        frame = cv2.resize(
            frame, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA
        )
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    frame = np.ascontiguousarray(frame)
    fh, fw = frame.shape[:2]
    return QImage(frame.data, fw, fh, frame.strides[0], QImage.Format.Format_BGR888).copy()


class ScanBridge(QObject):
    """Starts and stops a ScanStream for a camera spec and relays what it sees."""

    scanned = Signal(list, float)
    """(code texts, new first; monotonic time of the frame) — a parcel was presented."""
    status = Signal(str, str)
    """(state, message): connecting / running / error / stopped, as ScanStream reports."""
    frame = Signal(object, QSize, list)
    """(QImage scaled for the view, camera frame size, outlines in camera pixels)."""
    still = Signal(object)
    """A full-resolution BGR frame asked for with `request_still` (np.ndarray)."""
    still_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stream: ScanStream | None = None
        self._view = (0, 0)
        self._lock = threading.Lock()

    @property
    def stream(self) -> ScanStream | None:
        return self._stream

    def start(
        self, spec: str, settings: CaptureSettings, formats: list[str], debounce_s: float
    ) -> None:
        """Open `spec` (device index, file or URL) and start scanning; errors come as status."""
        self.stop()
        try:
            source = CameraSource(spec, settings)
        except CameraError as exc:
            self.status.emit(CameraState.ERROR, i18n.error_text(exc))
            return
        self._stream = ScanStream(
            source,
            formats=formats,
            debounce_s=debounce_s,
            on_scan=self._on_scan,
            on_status=self._on_status,
            on_frame=self._on_frame,
        )
        self._stream.start()

    def stop(self) -> None:
        """Stop the stream and wait for its threads (they never outlive the bridge)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()

    def set_preview_size(self, size: QSize) -> None:
        """Convert frames for a view of this size; an empty size stops converting."""
        with self._lock:
            self._view = (size.width(), size.height())

    def request_still(self) -> None:
        """Ask for a photo-quality frame; answered by `still` or `still_failed`."""
        if self._stream is None:
            self.still_failed.emit(self.tr("No camera is running."))
            return
        self._stream.request_still().add_done_callback(self._on_still)

    # -- stream threads -------------------------------------------------------------------------

    def _on_scan(self, event: ScanEvent) -> None:
        self.scanned.emit(event.texts, event.timestamp)

    def _on_status(self, state: str, message: str) -> None:
        # The stream's words are phrases (English as str); a Qt signal carries plain str, so
        # they are put in the interface's language here, before crossing.
        self.status.emit(state, i18n.show(message))

    def _on_frame(self, preview: Preview) -> None:
        with self._lock:
            width, height = self._view
        if width <= 0 or height <= 0:
            return
        image = frame_to_qimage(preview.frame, width, height)
        h, w = preview.frame.shape[:2]
        outlines = [[(float(x), float(y)) for x, y in code.corners] for code in preview.codes]
        self.frame.emit(image, QSize(w, h), outlines)

    def _on_still(self, future: Future) -> None:
        try:
            self.still.emit(future.result())
        except CameraError as exc:
            self.still_failed.emit(i18n.error_text(exc))
