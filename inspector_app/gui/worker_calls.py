"""Work the GUI hands to the station worker thread: image decoding, thumbnails, JPEG encoding.

These functions are called through `StationBridge.call`, never on the GUI thread: decoding a
2048 px JPEG or writing a file takes longer than one frame. QImage is safe to build off the
GUI thread (it is not a QObject); only QPixmap must be made on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from inspector_app.gui.verdict_page import VerdictForm

THUMBNAIL = QSize(96, 72)


def decode(data: bytes) -> QImage:
    """A stored photo (JPEG/PNG bytes) as a QImage; ValueError if it is unreadable."""
    image = picture(data)
    if image is None:
        raise ValueError("This photo file cannot be read; retake it.")
    return image


def picture(data: bytes) -> QImage | None:
    """A stored photo as a QImage, or None when its bytes decode to no picture. The stores
    check a photo's signature and SHA-256, not its pixels, so a file damaged before it was
    stored (or fetched so from another bench for a correction) arrives intact and still
    cannot be shown: the strip and the viewer put a placeholder in its place, rather than
    failing every photo of the inspection (or of the item) with it."""
    image = QImage.fromData(data)
    return None if image.isNull() else image


def thumbnail(data: bytes) -> QImage | None:
    """A small, smooth thumbnail of a stored photo for the checklist strip (None: `picture`)."""
    image = picture(data)
    if image is None:
        return None
    return image.scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def verdict_choice(form: VerdictForm) -> Any:
    """The domain's verdict for what the inspector chose on the verdict screen."""
    from inspector_app.domain.verdict import VerdictChoice

    return VerdictChoice(
        outcome=form.outcome,
        grade=form.grade,
        disposition=form.disposition,
        refund_amount=form.refund_amount,
        override_reason=form.override_reason,
    )


def encode_jpeg(frame: Any, quality: int, max_edge: int) -> bytes:
    """A camera still (BGR numpy) as JPEG bytes, long edge capped, at the configured quality."""
    from inspector_app.scanning.photo import encode_jpeg as encode

    return encode(frame, quality=quality, max_edge=max_edge)
