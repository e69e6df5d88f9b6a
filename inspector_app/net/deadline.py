"""An overall deadline per HTTP request, on top of requests' per-read socket timeout.

requests' `timeout=(connect, read)` bounds each socket read, not the whole exchange: a server
(or a broken proxy) that drips one byte every few seconds keeps a request alive forever, in
the headers as much as in the body. Here every socket the station's session uses is
registered with the deadline of the request in flight on this thread; when it expires a
timer shuts the socket down, the blocked read returns, and the client reports a timeout.

This hooks urllib3's connection classes through the adapter, so it works for plain HTTP,
HTTPS and HTTP proxies alike.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_local = threading.local()


class Deadline:
    """Shuts down the sockets registered with it once `seconds` have passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        """Bound `sock` by this deadline (at once if it has already passed)."""
        if sock is None:
            return
        with self._lock:
            if self.expired:
                _shutdown(sock)
            elif sock not in self._sockets:
                self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    # The socket may already be closed by the thread that owns it; then there is nothing to do.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Run one request under an overall deadline; sockets it opens or reuses are bounded."""
    guard = Deadline(seconds)
    previous = getattr(_local, "deadline", None)
    _local.deadline = guard
    guard.start()
    try:
        yield guard
    finally:
        guard.cancel()
        _local.deadline = previous


def _watch_current(sock: socket.socket | None) -> None:
    guard: Deadline | None = getattr(_local, "deadline", None)
    if guard is not None:
        guard.watch(sock)


class _WatchedConnection:
    """Mixed into urllib3's connection classes: register the socket with the watchdog."""

    sock: socket.socket | None

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        _watch_current(self.sock)

    def request(self, *args: object, **kwargs: object) -> None:
        # A kept-alive connection is reused without connect(): register it here too.
        _watch_current(self.sock)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_WatchedConnection, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedConnection, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOL_CLASSES = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections obey the deadline of the request on their thread."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOL_CLASSES)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_POOL_CLASSES)
        return manager
