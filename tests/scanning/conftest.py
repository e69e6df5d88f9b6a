"""Fixtures for scanning tests: real video files, rendered barcodes, a loopback MJPEG camera."""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from inspector_app.scanning.demo_video import Parcel, render_label, write_demo_video

from .helpers import on_bench

SMALL = (960, 540)
"""Test videos are smaller than a real 720p camera so they write and decode quickly."""


@pytest.fixture
def label_video(tmp_path: Path) -> Callable[..., Path]:
    """Write a demo video of parcels (TRACKING or TRACKING:RMA strings) and return its path."""

    def make(*parcels: str, name: str = "bench.avi", **kwargs: object) -> Path:
        options = {"size": SMALL, "fps": 25.0, "label_s": 1.2, "empty_s": 0.8} | kwargs
        return write_demo_video(tmp_path / name, [Parcel.parse(p) for p in parcels], **options)  # type: ignore[arg-type]

    return make


class Events:
    """Collects stream callbacks from the stream's threads; waits on them without sleeping."""

    def __init__(self) -> None:
        self.scans: queue.Queue = queue.Queue()
        self.statuses: list[tuple[str, str]] = []
        self._status_changed = threading.Condition()

    def on_scan(self, event: object) -> None:
        self.scans.put(event)

    def on_status(self, state: str, message: str) -> None:
        with self._status_changed:
            self.statuses.append((state, message))
            self._status_changed.notify_all()

    def next_scan(self, timeout: float = 10.0):
        return self.scans.get(timeout=timeout)

    def wait_status(
        self, state: str, after: int = 0, timeout: float = 15.0, matching: str | None = None
    ) -> str:
        """The message of the first `state` status at or after index `after` (whose message
        is `matching`, if given)."""
        deadline = time.monotonic() + timeout
        with self._status_changed:
            while True:
                for s, message in self.statuses[after:]:
                    if s == state and matching in (None, message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {state!r} status; got {self.statuses}")
                self._status_changed.wait(left)


@pytest.fixture
def events() -> Events:
    return Events()


class MjpegCamera:
    """An IP camera on loopback: HTTP multipart MJPEG of one frame, stoppable and restartable
    on the same port (as a camera that reboots)."""

    def __init__(self, frame: np.ndarray, fps: float = 25.0) -> None:
        ok, jpeg = cv2.imencode(".jpg", frame)
        assert ok
        self.jpeg = jpeg.tobytes()
        self.interval = 1 / fps
        self.port = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/video.mjpg"

    def start(self) -> None:
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
                self.end_headers()
                part = (
                    (
                        b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n"
                        % len(camera.jpeg)
                    )
                    + camera.jpeg
                    + b"\r\n"
                )
                try:
                    while not camera._stopping.wait(camera.interval):
                        self.wfile.write(part)
                except (BrokenPipeError, ConnectionResetError):
                    return

            def log_message(self, *args: object) -> None:
                return

        self._stopping.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="mjpeg")
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        assert self._thread is not None
        self._thread.join(5)
        self._server = None


@pytest.fixture
def mjpeg_camera() -> Iterator[Callable[[np.ndarray], MjpegCamera]]:
    cameras: list[MjpegCamera] = []

    def make(frame: np.ndarray) -> MjpegCamera:
        camera = MjpegCamera(frame)
        cameras.append(camera)
        return camera

    yield make
    for camera in cameras:
        camera.stop()


@pytest.fixture
def label_frame() -> Callable[[Parcel], np.ndarray]:
    """A SMALL bench frame with the parcel's label on it."""

    def make(parcel: Parcel) -> np.ndarray:
        label = render_label(parcel)
        return on_bench(label, SMALL)

    return make


@pytest.fixture(params=[1, 3], ids=["this-machine", "3x-slower"])
def machine_slowdown(request, monkeypatch) -> int:
    """Run on decode()'s own clock, then on one running 3x fast: how a machine 3x slower than
    this one sees its own work, so a test of the budget holds there too."""
    decode_module = sys.modules["inspector_app.scanning.decode"]
    clock = decode_module._clock
    slowdown = request.param
    monkeypatch.setattr(decode_module, "_clock", lambda: clock() * slowdown)
    return slowdown


class ReadLog:
    """The (start, end) of every zxing-cpp read, on decode()'s clock (slowed down or not)."""

    def __init__(self) -> None:
        self.reads: list[tuple[float, float]] = []
        self.glimpsed = False
        """Whether a read found a code it could not decode (the frame's time then grows)."""

    @staticmethod
    def clock() -> float:
        return sys.modules["inspector_app.scanning.decode"]._clock()


@pytest.fixture
def read_log(monkeypatch) -> ReadLog:
    log = ReadLog()
    read = zxingcpp.read_barcodes

    def logged(*args, **kwargs):
        start = log.clock()
        try:
            found = read(*args, **kwargs)
        finally:
            log.reads.append((start, log.clock()))
        log.glimpsed = log.glimpsed or any(not barcode.valid for barcode in found)
        return found

    monkeypatch.setattr(zxingcpp, "read_barcodes", logged)
    return log
