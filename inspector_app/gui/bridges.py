"""Bridges between the headless station (plain threads and callbacks) and the Qt GUI thread.

The GUI thread never waits on the disk, the camera, the decoder or the network. Every
station call that may (a lookup reads SQLite, finalize fsyncs, a photo is written to disk)
goes through `StationBridge.call`, which runs it on the bridge's single worker thread, in
submission order, and delivers the result or the exception to the GUI thread through a
queued signal. One worker, not a pool: the station's store sees one writer from the GUI,
and an answer saved before a finalize is saved before it, as the inspector did them.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

Done = Callable[[Any], object]
Failed = Callable[[BaseException], None]


class StationBridge(QObject):
    """Runs station calls on one worker thread; results come back on the GUI thread."""

    _finished = Signal(int, object)
    _failed = Signal(int, object)
    busy_changed = Signal(bool)
    """True while calls are queued or running (the window shows a subtle busy cursor)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station")
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gui-network")
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._closed = False
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def call(
        self,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
        network: bool = False,
        **kwargs: Any,
    ) -> None:
        """Run `fn(*args, **kwargs)` off the GUI thread, then `done(result)` or
        `failed(exception)` on the GUI thread. Without `failed`, errors are logged.

        `network=True` runs it on a separate lane, for calls that may wait on the network
        (a connection test) and must not hold up the station's own calls behind a timeout."""
        if self._closed:
            # Shutting down: a scan or click queued before the window closed arrives late.
            log.debug("station call %r dropped: the station is closed", fn)
            return
        job = next(self._ids)
        with self._lock:
            self._callbacks[job] = (done, failed)
            first = len(self._callbacks) == 1
        if first:
            self.busy_changed.emit(True)
        lane = self._network if network else self._executor
        lane.submit(self._run, job, fn, args, kwargs)

    def pending(self) -> int:
        """Calls not yet delivered back to the GUI thread."""
        with self._lock:
            return len(self._callbacks)

    def _run(self, job: int, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # delivered to the GUI thread, which decides what to show
            self._failed.emit(job, exc)
        else:
            self._finished.emit(job, result)

    def _take(self, job: int) -> tuple[Done | None, Failed | None]:
        with self._lock:
            callbacks = self._callbacks.pop(job, (None, None))
            empty = not self._callbacks
        if empty:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, job: int, result: object) -> None:
        done, _ = self._take(job)
        if done is not None:
            done(result)

    @Slot(int, object)
    def _on_failed(self, job: int, exc: object) -> None:
        _, failed = self._take(job)
        if failed is not None:
            failed(exc)  # type: ignore[arg-type]
        else:
            log.error("station call failed", exc_info=exc)  # type: ignore[arg-type]

    def run_sync_for_shutdown(self, fn: Callable[[], Any]) -> None:
        """Run a last call (e.g. station.close) after every queued one, and wait for it.
        Only for application exit, when the window is already gone."""
        if self._closed:
            return
        self._closed = True
        self._network.shutdown(wait=True, cancel_futures=True)
        self._executor.submit(fn).result()
        self._executor.shutdown(wait=True)


class OwnedCalls:
    """The bridge's calls made for one window: a result that comes back after the window was
    deleted is dropped instead of landing on its deleted widgets (a lead closes the review
    while a load from the server is still out)."""

    def __init__(self, bridge: StationBridge, owner: QObject) -> None:
        self._bridge = bridge
        self._owner = owner

    def call(
        self,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
        network: bool = False,
        **kwargs: Any,
    ) -> None:
        """StationBridge.call, with `done` and `failed` run only while the owner lives."""
        self._bridge.call(
            fn,
            *args,
            done=self._while_alive(done),
            failed=self._while_alive(failed),
            network=network,
            **kwargs,
        )

    def _while_alive(
        self, callback: Callable[[Any], object] | None
    ) -> Callable[[Any], None] | None:
        if callback is None:  # no handler: the bridge logs a failure itself
            return None

        def deliver(value: Any) -> None:
            if shiboken6.isValid(self._owner):
                callback(value)
            else:
                log.debug("result of %r dropped: its window is closed", callback)

        return deliver
