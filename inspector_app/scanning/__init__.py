"""Scanning: camera sources, barcode decoding, the scan stream, handheld scanners and photos.

No Qt here: the GUI wraps ScanStream's callbacks and WedgeDetector's decisions. See
docs/scanning.md for cameras, figures and how to reproduce them.
"""

from inspector_app.scanning.accept import Acceptor, ScanEvent
from inspector_app.scanning.decode import Decoded, decode
from inspector_app.scanning.formats import FormatError
from inspector_app.scanning.sources import (
    CameraError,
    CameraSource,
    CaptureSettings,
    SourceEndedError,
)
from inspector_app.scanning.stream import CameraState, Preview, ScanStream

__all__ = [
    "Acceptor",
    "CameraError",
    "CameraSource",
    "CameraState",
    "CaptureSettings",
    "Decoded",
    "FormatError",
    "Preview",
    "ScanEvent",
    "ScanStream",
    "SourceEndedError",
    "decode",
]
