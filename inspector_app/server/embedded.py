"""The real server in a background thread of this process, on loopback.

For the GUI's demo mode (`make run` without a server to point at) and for tools that want a
server without a subprocess. It is the same app as `inspector-server serve`; only the
hosting differs.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import uvicorn

from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.serving import bind, make_server, url_of

START_TIMEOUT_S = 20.0


class EmbeddedServer:
    """Start with `start()`, stop with `stop()`; `url` and `tokens` (role -> token) once started.

    server = EmbeddedServer.demo(data_dir)   # seeded with demo data
    server.start(); ... server.url, server.tokens["station"] ...; server.stop()
    """

    def __init__(self, config: ServerConfig, tokens: dict[str, str] | None = None) -> None:
        self.config = config
        self.db = Database(config.db_url)
        self.db.migrate()
        self.tokens: dict[str, str] = dict(tokens or {})
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def demo(cls, data_dir: Path, *, returns: int = 60) -> EmbeddedServer:
        """A server over `data_dir` seeded with demo data (fresh tokens each call)."""
        from inspector_app.server.demo import seed_demo

        server = cls(ServerConfig.for_data_dir(data_dir))
        server.tokens = seed_demo(server.db, returns=returns)
        return server

    def start(self, port: int = 0) -> str:
        """Serve on 127.0.0.1:`port` (0: any free port); returns the base URL once accepting."""
        if self._thread is not None:
            raise RuntimeError("already started")
        sock = bind("127.0.0.1", port)
        self.url = url_of(sock)
        server = make_server(create_app(self.config, db=self.db, migrate=False))
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="embedded-server", daemon=True
        )
        self._thread.start()
        # The socket already listens, so clients could connect now; we still wait for uvicorn
        # to report startup so that a failure surfaces here rather than as client timeouts.
        deadline = time.monotonic() + START_TIMEOUT_S
        pause = threading.Event()
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            pause.wait(0.02)
        if not server.started:
            self.stop()
            raise RuntimeError("the embedded server did not start")
        return self.url

    def stop(self) -> None:
        """Ask uvicorn to finish in-flight requests and exit, then wait for the thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(START_TIMEOUT_S)
        self._server = None
        self._thread = None
        self.db.close()
