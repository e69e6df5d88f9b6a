"""The background sync: a plain thread that runs rounds when there is work and otherwise
every `sync.interval_s`.

Qt-free on purpose, so the CLI, the tests and the GUI use the same worker; the GUI only
relays `engine.state` changes into a signal. It wakes at once when an inspection is
finalized (the engine's waker), sleeps until the next entry is due or the backoff ends, and
stops cleanly: `stop()` sets an event, the round in progress ends after the request in
flight (each bounded by its deadline), and the thread is joined, never killed.
"""

from __future__ import annotations

import logging
import threading

from inspector_app.sync.engine import SyncEngine

log = logging.getLogger("inspector_app.sync.worker")

UNEXPECTED_ERROR_PAUSE_S = 30.0
"""After a bug in a round (not a network failure), wait this long rather than spin."""


class SyncWorker:
    """`worker = SyncWorker(engine); worker.start(); ...; worker.stop()`."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._remove_waker = engine.add_waker(self.wake)

    def start(self) -> SyncWorker:
        self._thread.start()
        return self

    def wake(self) -> None:
        """Run a round as soon as the current one (if any) ends."""
        self._wake.set()

    def stop(self, timeout: float | None = None) -> bool:
        """Ask the thread to finish and wait for it; False if it is still running after
        `timeout` seconds (it then ends on its own after the request in flight)."""
        self._stopping.set()
        self._wake.set()
        self._remove_waker()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            pause = None
            try:
                self._engine.run_round(should_stop=self._stopping.is_set)
            except Exception:
                # A bug, a full disk or a locked database: log it with its traceback, show it,
                # and try again later; the queue itself is safe in the database.
                log.exception("sync round failed")
                self._engine.state.update(
                    last_error="Sync hit an internal error; it will try again. "
                    "The log has the details for IT."
                )
                pause = UNEXPECTED_ERROR_PAUSE_S
            if self._stopping.is_set():
                break
            self._wake.wait(pause if pause is not None else self._engine.seconds_until_next_round())
