"""ScanStream: a capture thread and a decoder thread turning a camera into scan events.

The capture thread reads the source as fast as it delivers and keeps only the newest frame
(a decoder that falls behind skips frames instead of lagging behind the parcel); it also
reconnects, with a capped backoff, when a camera is unplugged, a stream drops or a file ends.
The decoder thread decodes the newest frame at most `max_decode_fps` times a second, which
bounds its CPU to about one core, and feeds an Acceptor (misread guard, debounce, and the
scene's codes of the last second handed over together).

With no formats to read (`formats=[]`) the stream decodes nothing and only previews: the
photo camera (camera.photo_source) is shown that way while photos are taken, at no decoding
cost, and never scans.

Nothing here knows Qt. Callbacks run on the stream's threads; the GUI wraps them into queued
signals. Frames handed out are copies made for the purpose and marked read-only.

Callbacks (all optional):
- on_scan(event: ScanEvent) — decoder thread; a parcel's codes, see accept.ScanEvent.
- on_status(state: CameraState, message: str) — capture thread; on ERROR the message says
  what failed and that we retry.
- on_frame(preview: Preview) — decoder thread, after each decoded frame; for the overlay.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np

from inspector_app.domain.texts import Phrase
from inspector_app.scanning.accept import Acceptor, ScanEvent
from inspector_app.scanning.decode import DEFAULT_BUDGET_MS, Decoded, DecodeStats, decode
from inspector_app.scanning.sources import CameraError, CameraSource, CaptureSettings
from inspector_app.settings import Settings

log = logging.getLogger("inspector_app.scanning")


class CameraState(StrEnum):
    """Where the camera is, as on_status reports it (a str: it travels in Qt signals)."""

    CONNECTING = "connecting"
    RUNNING = "running"
    ERROR = "error"
    STOPPED = "stopped"


RECONNECT_FIRST_S = 0.5
RECONNECT_MAX_S = 5.0
"""Reconnection backoff: quick for a wobbly cable, capped so a camera back is seen in 5 s."""


@dataclass(frozen=True, slots=True)
class Preview:
    """The newest decoded frame (read-only BGR) and the corners of the codes found in it."""

    frame: np.ndarray
    codes: tuple[Decoded, ...]
    timestamp: float


@dataclass(slots=True)
class StreamStats:
    """Counters for the benchmark and the support page."""

    captured: int = 0
    decoded: int = 0
    decode_ms: deque[float] = field(default_factory=lambda: deque(maxlen=1000))

    @property
    def dropped(self) -> int:
        return self.captured - self.decoded


class ScanStream:
    """Owns a source, two threads and an Acceptor; `start()`, then `stop()` (joins both)."""

    def __init__(
        self,
        source: CameraSource,
        *,
        formats: Iterable[str] | None = None,
        debounce_s: float = 3.0,
        max_decode_fps: float = 25.0,
        budget_ms: float | None = DEFAULT_BUDGET_MS,
        reconnect_s: tuple[float, float] = (RECONNECT_FIRST_S, RECONNECT_MAX_S),
        on_scan: Callable[[ScanEvent], None] | None = None,
        on_status: Callable[[str, str], None] | None = None,
        on_frame: Callable[[Preview], None] | None = None,
    ) -> None:
        self.source = source
        self.formats = list(formats) if formats is not None else None
        self.acceptor = Acceptor(debounce_s)
        self.min_interval = 1.0 / max_decode_fps
        self.budget_ms = budget_ms
        self.reconnect_first_s, self.reconnect_max_s = reconnect_s
        self.on_scan = on_scan
        self.on_status = on_status
        self.on_frame = on_frame
        self.stats = StreamStats()
        self._stop = threading.Event()
        self._cond = threading.Condition()
        # the newest frame, when it was captured, and the connection it came from
        self._newest: tuple[np.ndarray, float, int] | None = None
        self._connection = 0
        self._preview: Preview | None = None
        self._still_requests: list[Future[np.ndarray]] = []
        self._threads: list[threading.Thread] = []

    @classmethod
    def from_settings(cls, settings: Settings, **callbacks: Any) -> ScanStream:
        """The stream the station's settings describe (camera.*, scanning.*); `callbacks` are
        on_scan / on_status / on_frame. Raises CameraError for an empty camera.source."""
        return cls(
            CameraSource(settings["camera.source"], CaptureSettings.from_settings(settings)),
            formats=settings["scanning.formats"],
            debounce_s=settings["scanning.debounce_s"],
            **callbacks,
        )

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start capturing and decoding; returns at once (connecting happens in the thread).

        A stopped stream may be started again (the settings dialog does after a change)."""
        if self._threads:
            raise RuntimeError("stream already started")
        self._stop.clear()
        self._threads = [
            threading.Thread(target=self._capture_loop, name="scan-capture"),
            threading.Thread(target=self._decode_loop, name="scan-decode"),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop both threads and release the camera; waits for them (no thread outlives this)."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        for thread in self._threads:
            thread.join(timeout)
        stuck = [t.name for t in self._threads if t.is_alive()]
        if stuck:
            raise RuntimeError(f"scan threads did not stop: {', '.join(stuck)}")
        self._threads = []

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def __enter__(self) -> ScanStream:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what the GUI reads ------------------------------------------------------------------
    def latest(self) -> Preview | None:
        """The newest decoded frame and its code corners, or None before the first one."""
        return self._preview

    def request_still(self) -> Future[np.ndarray]:
        """A Future of one frame at the camera's best resolution (photo capture, photo.py).

        The capture thread switches a device to its largest mode for the shot and back; the
        Future fails with CameraError if the camera is not delivering.
        """
        future: Future[np.ndarray] = Future()
        with self._cond:
            self._still_requests.append(future)
        return future

    # -- threads -----------------------------------------------------------------------------
    @staticmethod
    def _call(callback: Callable[..., None] | None, *args: object) -> None:
        """Run a listener; its bug is logged and must not kill the camera threads."""
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("scan stream listener %r failed", callback)

    def _status(self, state: CameraState, message: str = "") -> None:
        if state is CameraState.ERROR:
            log.warning("camera: %s", message)
        self._call(self.on_status, state, message)

    def _capture_loop(self) -> None:
        delay = self.reconnect_first_s
        try:
            while not self._stop.is_set():
                try:
                    self._status(CameraState.CONNECTING, self.source.description)
                    self.source.open()
                    self._connection += 1
                    self._status(CameraState.RUNNING, self.source.description)
                    delay = self.reconnect_first_s
                    self._pump()
                except CameraError as error:
                    self.source.close()
                    self._fail_stills(error)
                    # the error's own sentence (a Phrase), so the GUI can translate it
                    self._status(CameraState.ERROR, error.args[0] if error.args else str(error))
                    self._stop.wait(delay)
                    delay = min(delay * 2, self.reconnect_max_s)
        finally:
            self.source.close()
            self._fail_stills(CameraError(Phrase("Camera", "the camera stream stopped")))
            self._status(CameraState.STOPPED)

    def _pump(self) -> None:
        while not self._stop.is_set():
            if self._still_requests:
                self._take_still()
            frame = self.source.read().copy()
            frame.flags.writeable = False
            with self._cond:
                self._newest = (frame, time.monotonic(), self._connection)
                self.stats.captured += 1
                self._cond.notify_all()

    def _take_still(self) -> None:
        with self._cond:
            requests, self._still_requests = self._still_requests, []
        try:
            still = self.source.read_still()
        except CameraError as error:
            for request in requests:
                request.set_exception(error)
            raise
        for request in requests:
            request.set_result(still)

    def _fail_stills(self, error: CameraError) -> None:
        with self._cond:
            requests, self._still_requests = self._still_requests, []
        for request in requests:
            request.set_exception(error)

    def _decode_loop(self) -> None:
        next_due = 0.0
        connection = 0
        while not self._stop.is_set():
            with self._cond:
                self._cond.wait_for(lambda: self._newest is not None or self._stop.is_set())
                if self._stop.is_set():
                    return
                assert self._newest is not None
                frame, captured_at, frame_connection = self._newest
                self._newest = None
                if frame_connection != connection:
                    # what the camera saw before it went away says nothing about the bench
                    # now: the parcel there is scanned afresh
                    connection = frame_connection
                    self.acceptor.reset()
            started = time.perf_counter()
            seen = DecodeStats()
            codes = (
                decode(frame, self.formats, budget_ms=self.budget_ms, stats=seen)
                if self.formats != []
                else []
            )
            elapsed = time.perf_counter() - started
            with self._cond:
                self.stats.decoded += 1
                self.stats.decode_ms.append(elapsed * 1000)
                event = self.acceptor.feed(codes, captured_at, empty=seen.regions == 0)
            self._preview = Preview(frame, tuple(codes), captured_at)
            self._call(self.on_frame, self._preview)
            if event is not None:
                log.info("scanned %d code(s)", len(event.codes))
                self._call(self.on_scan, event)
            # Rate cap with the same catch-up rule as file pacing (sources.py): frames that
            # arrive on time are all decoded even when one decode ran long.
            now = time.monotonic()
            next_due = max(next_due + self.min_interval, now - self.min_interval)
            self._stop.wait(max(0.0, next_due - now))
