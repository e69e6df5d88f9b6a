"""The demo's reference server as a child process (`inspector-server demo` on loopback).

A child, not a thread of the station: importing FastAPI, SQLAlchemy and Alembic, migrating
and seeding cost the server about 1.6 s of CPU. In a child that work runs on the other core
while the station builds its window, so `make run` shows the window sooner; in a thread it
would hold the interpreter lock in front of the window. The station does not even wait for it: this
process already listens on the loopback port and makes the demo bench's token, so the window
opens with its final settings while the child is still seeding. The bench's first requests
wait in the socket's backlog until the child serves them (on Windows, where a listening
socket is not handed down, they fail and are retried once the child serves). The
child holds our end of a pipe on its standard input and stops when it closes, so it never
outlives the station, even one that is killed.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from inspector_app.atomic_write import write_atomically
from inspector_app.wire import new_token_secret

log = logging.getLogger(__name__)

START_TIMEOUT_S = 120.0
"""Seeding takes about 2 s on a quiet machine; a heavily loaded one may need far longer."""

STOP_TIMEOUT_S = 15.0
"""uvicorn finishes in-flight requests for up to 10 s before it exits."""


class DemoServerError(RuntimeError):
    """The demo server did not start; the message quotes the end of its log."""


class DemoServer:
    """Starts the child at once. `url` and `tokens["station"]` are known at once; `wait()`
    returns once the child serves, with the other roles' tokens in `tokens`.

    server = DemoServer(folder)   # returns at once; the child imports and seeds meanwhile
    ...                           # build the window with server.url, server.tokens["station"]
    server.wait(); server.tokens["lead"]; ...; server.stop()
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        listener = _loopback_listener()
        port = str(listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{port}"
        self.tokens: dict[str, str] = {"station": new_token_secret()}
        self._port_file = folder / "demo-server.url"
        self._tokens_file = folder / "demo-server.tokens.json"
        station_token_file = folder / "demo-server.station-token"
        self._log_path = folder / "demo-server.log"
        for stale in (self._port_file, self._tokens_file):
            stale.unlink(missing_ok=True)
        write_atomically(station_token_file, self.tokens["station"].encode("ascii"))
        handed_down = os.name == "posix"
        if not handed_down:  # the child binds the port; a program could take it first
            listener.close()
        with self._log_path.open("wb") as log:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "inspector_app.server.cli",
                    "--data-dir",
                    str(folder),
                    "demo",
                    *(["--listen-fd", str(listener.fileno())] if handed_down else ["--port", port]),
                    "--station-token-file",
                    str(station_token_file),
                    "--port-file",
                    str(self._port_file),
                    "--tokens-file",
                    str(self._tokens_file),
                    "--until-stdin-closes",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=log,
                pass_fds=(listener.fileno(),) if handed_down else (),
            )
        listener.close()  # the child's copy serves; ours would keep the port after it ends

    def wait(self, timeout_s: float = START_TIMEOUT_S) -> None:
        """Block until the child listens; DemoServerError if it exits or takes too long."""
        deadline = time.monotonic() + timeout_s
        while not self._port_file.exists():
            if self._process is None or self._process.poll() is not None:
                raise DemoServerError(f"the demo server stopped while starting{self._log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise DemoServerError(
                    f"the demo server did not start within {timeout_s:.0f} s{self._log_tail()}"
                )
            time.sleep(0.02)
        self.tokens = json.loads(self._tokens_file.read_text(encoding="utf-8"))
        log.info("demo server at %s", self.url)

    def stop(self) -> None:
        """Close the child's standard input (it then stops as on Ctrl-C) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    @property
    def stopped(self) -> bool:
        """`stop()` was called (a wait that fails afterwards is no news)."""
        return self._process is None

    def _log_tail(self) -> str:
        lines = self._log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return ":\n" + "\n".join(lines[-15:]) if lines else ""


def _loopback_listener() -> socket.socket:
    """A socket listening on a free loopback port, for the child to serve."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    return listener
