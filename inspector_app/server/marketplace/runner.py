"""The poll loop `inspector-server serve` runs beside the API when Back Market is configured.

One daemon thread, owned here: it polls, sleeps `poll_interval_s` (waking at once on stop)
and polls again. A poll never raises for marketplace trouble (its report says what
happened); anything else is logged and the loop goes on, so the API never goes down with it.
"""

from __future__ import annotations

import logging
import threading

from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.server.db import Database
from inspector_app.server.marketplace.poller import poll_once

log = logging.getLogger("inspector_app.server.marketplace")


class PollLoop:
    """Polls every `poll_interval_s` until stop()."""

    def __init__(self, db: Database, config: BackMarketConfig) -> None:
        self._db = db
        self._config = config
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="backmarket-poller", daemon=True)

    def start(self) -> PollLoop:
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        client = BackMarketClient(self._config)
        try:
            while not self._stop.is_set():
                try:
                    poll_once(self._db, client, self._config)
                except Exception:
                    log.exception("Back Market poll failed; the next one runs as planned")
                self._stop.wait(self._config["poll_interval_s"] / client.scale)
        finally:
            client.close()
