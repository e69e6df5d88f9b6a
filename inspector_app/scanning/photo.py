"""Inspection photos as JPEG bytes: from the camera, or from an image file the inspector imports.

Whatever the origin, a photo leaves here upright, with its long edge capped (photos.max_edge)
and at photos.jpeg_quality, ready for Station draft.add_photo (which stores it atomically and
content-addressed). Imported files are turned by their EXIF orientation (phones store portrait
shots sideways plus a tag), and no metadata is carried over: EXIF can hold GPS positions and
owner names, and the photos leave the bench.

Taking a photo blocks for up to a few hundred milliseconds (a device switches to its largest
mode and back): call it from a worker, never the GUI thread.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from inspector_app.domain.texts import Phrase
from inspector_app.errors import UserError
from inspector_app.scanning.sources import CameraError, CameraSource, CaptureSettings
from inspector_app.scanning.stream import ScanStream
from inspector_app.settings import Settings

MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_IMPORT_PIXELS = 100_000_000
"""Refuse bigger files and images: a 100-megapixel "photo" is a mistake or an attack."""


_CONTEXT = "Camera"


class PhotoError(UserError, ValueError):
    """A photo that cannot be taken or imported; the message says why."""


def encode_jpeg(frame: np.ndarray, *, quality: int = 88, max_edge: int = 2048) -> bytes:
    """A BGR (or grayscale) frame as JPEG bytes, long edge capped at `max_edge`."""
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8 or frame.ndim not in (2, 3):
        raise PhotoError(Phrase(_CONTEXT, "a photo must be an 8-bit BGR or grayscale image"))
    height, width = frame.shape[:2]
    if max(height, width) > max_edge:
        factor = max_edge / max(height, width)
        frame = cv2.resize(
            frame,
            (max(1, round(width * factor)), max(1, round(height * factor))),
            interpolation=cv2.INTER_AREA,
        )
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise PhotoError(Phrase(_CONTEXT, "the photo could not be encoded as JPEG"))
    return jpeg.tobytes()


def import_photo(path: Path, *, quality: int = 88, max_edge: int = 2048) -> bytes:
    """An image file (JPEG, PNG, WebP, HEIF if Pillow reads it...) as an upright, capped JPEG."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PhotoError(
            Phrase(_CONTEXT, "{file}: cannot be read ({why})", file=path, why=error.strerror)
        ) from None
    if size > MAX_IMPORT_BYTES:
        raise PhotoError(
            Phrase(_CONTEXT, "{file}: {mb} MB is too big for a photo", file=path, mb=size // 2**20)
        )
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_IMPORT_PIXELS:
                raise PhotoError(
                    Phrase(
                        _CONTEXT,
                        "{file}: {width}x{height} pixels is too big",
                        file=path,
                        width=image.width,
                        height=image.height,
                    )
                )
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise PhotoError(
            Phrase(_CONTEXT, "{file}: not an image file this station can read", file=path)
        ) from None
    except OSError as error:
        raise PhotoError(
            Phrase(_CONTEXT, "{file}: the image is damaged ({why})", file=path, why=str(error))
        ) from None
    upright.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def take_photo(
    *,
    stream: ScanStream | None = None,
    photo_source: str = "",
    capture: CaptureSettings | None = None,
    quality: int = 88,
    max_edge: int = 2048,
    timeout_s: float = 5.0,
) -> bytes:
    """A still from the photo camera (`photo_source`, camera.photo_source) if one is set,
    else from the running scan stream's camera, as JPEG bytes. Raises PhotoError."""
    if photo_source:
        frame = _still_from_source(CameraSource(photo_source, capture))
    elif stream is not None and stream.running:
        try:
            frame = stream.request_still().result(timeout_s)
        except TimeoutError:
            raise PhotoError(
                Phrase(_CONTEXT, "the camera did not deliver a picture in time")
            ) from None
        except CameraError as error:
            raise _no_photo(error) from None
    else:
        raise PhotoError(
            Phrase(_CONTEXT, "no camera is running to take the photo; check the camera settings")
        )
    return encode_jpeg(frame, quality=quality, max_edge=max_edge)


def take_photo_for(settings: Settings, stream: ScanStream | None) -> bytes:
    """take_photo() with the station's camera.* and photos.* settings."""
    return take_photo(
        stream=stream,
        photo_source=settings["camera.photo_source"],
        capture=CaptureSettings.from_settings(settings),
        quality=settings["photos.jpeg_quality"],
        max_edge=settings["photos.max_edge"],
    )


def _still_from_source(source: CameraSource) -> np.ndarray:
    try:
        with source:
            return source.read_still()
    except CameraError as error:
        raise _no_photo(error) from None


def _no_photo(error: CameraError) -> PhotoError:
    """The camera's own reason, in the reader's language, as why no photo was taken."""
    reason = error.args[0] if error.args else str(error)
    return PhotoError(Phrase(_CONTEXT, "no photo: {reason}", reason=reason))
