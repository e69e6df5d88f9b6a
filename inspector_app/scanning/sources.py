"""Camera sources behind one interface: a device index, a file (video or still, looped) or a URL.

Everything goes through OpenCV's VideoCapture, so whatever camera the OS or FFmpeg can open
works: USB webcams (V4L2 on Linux, Media Foundation/DirectShow on Windows), IP cameras over
RTSP or HTTP MJPEG, and recorded videos for demos and tests. The `camera.source` setting is one
string; `open_source` turns it into a source, and every failure is a CameraError whose message
says what to do (and, for a missing device, which devices do exist).

Sources are not thread-safe; one capture thread owns each (see stream.py).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import cv2
import numpy as np

from inspector_app.domain.texts import Phrase
from inspector_app.errors import UserError
from inspector_app.settings import Settings

log = logging.getLogger("inspector_app.scanning")

NETWORK_SCHEMES = ("rtsp", "rtsps", "rtmp", "http", "https")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff")
OPEN_TIMEOUT_MS = 5000
READ_TIMEOUT_MS = 5000
DEVICE_READ_ATTEMPTS = 3
STILL_MODE = (10000, 10000)
"""Asked of a device for a still: drivers answer with their largest mode."""
STILL_SETTLE_FRAMES = 3
"""Frames dropped after a mode switch; the first ones are often from the old mode or dark."""
PROBE_INDICES = range(10)
"""Device indices probed when listing cameras; benches rarely have more than two."""
DEVICE_BACKEND = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
"""Camera devices open through V4L2 on Linux: otherwise OpenCV first offers the index to its
FFmpeg plugin, which cannot open devices and says so on stderr (the plugin keeps its own
log level, so _quiet_opencv cannot silence it). Elsewhere OpenCV's own order is right."""


class CameraError(UserError, RuntimeError):
    """The camera cannot give frames; the message is meant for the inspector or IT."""


class SourceEndedError(CameraError):
    """A non-looping file source reached its end."""


@dataclass(frozen=True, slots=True)
class CaptureSettings:
    """What to ask the camera for; devices pick the nearest mode they support.

    1080p by default: most bench webcams offer it, and a return label's codes then have half
    as many pixels again per module as at 720p; decode() surveys every frame at 640 px wide
    whatever its size, so the cost grows only with the regions it reads. A 720p camera gives
    720p."""

    width: int = 1920
    height: int = 1080
    fps: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings | Mapping[str, Any]) -> CaptureSettings:
        """The mode the camera.* settings ask for. One reading for the scan stream, a photo
        camera's still, the self-test and the settings dialog's preview (which passes the
        values being edited), so they all ask the camera for the same thing."""
        return cls(settings["camera.width"], settings["camera.height"], settings["camera.fps"])


@contextmanager
def _quiet_opencv():
    """Silence OpenCV's own warnings while probing; our CameraError says it better."""
    previous = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    try:
        yield
    finally:
        cv2.utils.logging.setLogLevel(previous)


def redact(url: str) -> str:
    """`url` without its password, for messages and logs (IP camera URLs often carry one)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


_CONTEXT = "Camera"


def missing_ffmpeg() -> str:
    """Why video files and network cameras cannot play here, or "" when they can (a
    sentence that ends another one's message, so it starts with a space).

    The Linux package's OpenCV plays them through the system's FFmpeg libraries (a plugin it
    loads at run time; see packaging/build-opencv.sh), which a minimal install may lack.
    Cameras and MJPEG .avi files do not need them.
    """
    if cv2.videoio_registry.hasBackend(cv2.CAP_FFMPEG):
        return ""
    return Phrase(
        _CONTEXT,
        " This computer lacks the FFmpeg libraries that play video files and network "
        "cameras: install the packages Return Inspector recommends (on Debian 12: "
        "apt install {packages}).",
        packages="libavcodec59 libavformat59 libswscale6",
    )


def list_devices(indices: range = PROBE_INDICES) -> list[int]:
    """Indices of the camera devices that open; on Linux only /dev/video* nodes are probed."""
    if sys.platform.startswith("linux"):
        nodes = sorted(Path("/dev").glob("video[0-9]*"))
        indices = [int(n.name[5:]) for n in nodes if int(n.name[5:]) in indices]  # type: ignore[assignment]
    found = []
    with _quiet_opencv():
        for index in indices:
            capture = cv2.VideoCapture(index, DEVICE_BACKEND)
            try:
                if capture.isOpened():
                    found.append(index)
            finally:
                capture.release()
    return found


class CameraSource:
    """One camera, file or stream; `open()`, then `read()` frames, then `close()`.

    `read()` returns a BGR frame or raises CameraError (SourceEndedError at the end of a file that
    does not loop). A file source is paced at its own frame rate so a recording plays like a
    live camera; a still image is repeated at the requested rate.
    """

    def __init__(
        self, spec: str, settings: CaptureSettings | None = None, *, loop: bool = True
    ) -> None:
        self.spec = spec.strip()
        if not self.spec:
            raise CameraError(
                Phrase(
                    _CONTEXT,
                    "No camera configured: set camera.source to a device index, "
                    "a file or an rtsp:// or http:// URL.",
                )
            )
        self.settings = settings or CaptureSettings()
        self.loop = loop
        self._capture: cv2.VideoCapture | None = None
        self._still: np.ndarray | None = None
        self._frame_interval = 0.0
        self._next_due = 0.0

    @property
    def kind(self) -> str:
        """ "device", "url" or "file"."""
        if self.spec.isdigit():
            return "device"
        if urlsplit(self.spec).scheme.lower() in NETWORK_SCHEMES:
            return "url"
        return "file"

    @property
    def description(self) -> str:
        """The source as shown to people: a URL's password is never included."""
        if self.kind == "device":
            return Phrase(_CONTEXT, "camera {index}", index=self.spec)
        return redact(self.spec) if self.kind == "url" else self.spec

    @property
    def is_open(self) -> bool:
        return self._capture is not None or self._still is not None

    def open(self) -> None:
        """Connect; raises CameraError saying why not and what exists instead."""
        self.close()
        opener = {"device": self._open_device, "url": self._open_url, "file": self._open_file}
        opener[self.kind]()
        self._next_due = 0.0  # the schedule starts with the first read
        log.info("camera open: %s", self.description)

    def _open_device(self) -> None:
        index = int(self.spec)
        with _quiet_opencv():
            capture = cv2.VideoCapture(index, DEVICE_BACKEND)
        if not capture.isOpened():
            capture.release()
            devices = list_devices()
            there = (
                Phrase(_CONTEXT, "Cameras found: {devices}.", devices=", ".join(map(str, devices)))
                if devices
                else Phrase(_CONTEXT, "No camera was found on this computer; check the cable.")
            )
            raise CameraError(
                Phrase(
                    _CONTEXT, "Camera {index} is not available. {there}", index=index, there=there
                )
            )
        # USB webcams give 1080p at 30 fps only as MJPG (raw YUYV fills the bus at ~5 fps);
        # a camera without MJPG ignores the request and keeps its own format.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.settings.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.settings.height)
        capture.set(cv2.CAP_PROP_FPS, self.settings.fps)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        self._capture = capture

    def _open_url(self) -> None:
        params = [
            cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
            OPEN_TIMEOUT_MS,
            cv2.CAP_PROP_READ_TIMEOUT_MSEC,
            READ_TIMEOUT_MS,
        ]
        with _quiet_opencv():
            capture = cv2.VideoCapture(self.spec, cv2.CAP_FFMPEG, params)
        if not capture.isOpened():
            capture.release()
            raise CameraError(
                Phrase(
                    _CONTEXT,
                    "Cannot connect to {camera}: check the address, that the camera is on "
                    "and that this computer can reach it.{ffmpeg}",
                    camera=self.description,
                    ffmpeg=missing_ffmpeg(),
                )
            )
        self._capture = capture

    def _open_file(self) -> None:
        path = Path(self.spec).expanduser()
        if not path.is_file():
            raise CameraError(
                Phrase(_CONTEXT, "Camera file {file} does not exist.", file=self.spec)
            )
        if path.suffix.lower() in IMAGE_SUFFIXES:
            still = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if still is None:
                raise CameraError(
                    Phrase(_CONTEXT, "{file} is not an image OpenCV can read.", file=self.spec)
                )
            self._still = still
            self._frame_interval = 1.0 / self.settings.fps
            return
        with _quiet_opencv():
            capture = cv2.VideoCapture(str(path))
        if not capture.isOpened():
            capture.release()
            raise CameraError(
                Phrase(
                    _CONTEXT,
                    "{file} is not a video OpenCV can play.{ffmpeg}",
                    file=self.spec,
                    ffmpeg=missing_ffmpeg(),
                )
            )
        fps = capture.get(cv2.CAP_PROP_FPS)
        self._frame_interval = 1.0 / (fps if 1 <= fps <= 240 else self.settings.fps)
        self._capture = capture

    def read(self) -> np.ndarray:
        """The next frame (BGR); raises CameraError when the source stopped giving frames."""
        if not self.is_open:
            raise CameraError(Phrase(_CONTEXT, "{camera} is not open.", camera=self.description))
        self._pace()
        if self._still is not None:
            return self._still.copy()
        assert self._capture is not None
        # A webcam drops the odd frame (USB bandwidth, exposure change): only a run of failed
        # grabs means it is gone. Network reads already waited READ_TIMEOUT_MS; files are final.
        attempts = DEVICE_READ_ATTEMPTS if self.kind == "device" else 1
        for _ in range(attempts):
            ok, frame = self._capture.read()
            if ok and frame is not None:
                return frame
        if self.kind == "file":
            if self.loop and self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0):
                ok, frame = self._capture.read()
                if ok and frame is not None:
                    return frame
            raise SourceEndedError(Phrase(_CONTEXT, "The video {file} has ended.", file=self.spec))
        if self.kind == "device":
            raise CameraError(
                Phrase(
                    _CONTEXT,
                    "{camera} stopped sending pictures (unplugged?); reconnecting.",
                    camera=self.description,
                )
            )
        raise CameraError(
            Phrase(
                _CONTEXT,
                "The stream from {camera} was interrupted; reconnecting.",
                camera=self.description,
            )
        )

    def _pace(self) -> None:
        """Hold file and still sources to their frame rate; live sources pace themselves."""
        if not self._frame_interval:
            return
        now = time.monotonic()
        if not self._next_due:
            self._next_due = now
        if self._next_due > now:
            time.sleep(self._next_due - now)
        # Keep the schedule through small delays (a late frame is followed by a prompt one);
        # after a long stall start afresh instead of bursting.
        self._next_due += self._frame_interval
        if self._next_due < now - self._frame_interval:
            self._next_due = now

    def set_resolution(self, width: int, height: int) -> None:
        """Ask a device for another mode (the driver picks the nearest); files and URLs keep theirs.

        A still photo asks for a huge mode to get the sensor's best, then the stream's again.
        """
        if self._capture is not None and self.kind == "device":
            self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)

    def read_still(self) -> np.ndarray:
        """One frame at the device's largest mode (files and URLs: the next frame), for a photo;
        the configured mode is restored afterwards."""
        self.set_resolution(*STILL_MODE)
        try:
            for _ in range(STILL_SETTLE_FRAMES if self.kind == "device" else 0):
                self.read()
            return self.read().copy()
        finally:
            self.set_resolution(self.settings.width, self.settings.height)

    def close(self) -> None:
        """Release the device or connection; safe to call twice."""
        if self._capture is not None:
            self._capture.release()
        self._capture = None
        self._still = None

    def __enter__(self) -> CameraSource:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
