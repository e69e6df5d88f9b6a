"""A tiny raw-socket HTTP server that answers badly on purpose, for the client's defences.

A real server framework would refuse to produce most of these answers (a 2 GB
Content-Length with no body behind it, a status line dripped one byte at a time), so the
test writes bytes to the socket itself. Each accepted connection runs `behaviour(conn, stop)`
in its own thread after the request has been read; `stop` is set when the test ends so
dripping handlers return promptly.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

Behaviour = Callable[[socket.socket, threading.Event], None]


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        rest += chunk


def reply(raw: bytes) -> Behaviour:
    """Send `raw` (status line, headers, body) and close."""

    def behaviour(conn: socket.socket, _stop: threading.Event) -> None:
        conn.sendall(raw)

    return behaviour


def json_reply(
    status: int, body: bytes, content_type: str = "application/json", extra: str = ""
) -> Behaviour:
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    )
    return reply(head.encode() + body)


def drip(prefix: bytes, byte: bytes = b" ", every_s: float = 0.2) -> Behaviour:
    """Send `prefix`, then one byte every `every_s` for ever (each read stays under timeout)."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(prefix)
        while not stop.wait(every_s):
            conn.sendall(byte)

    return behaviour


def drip_all(raw: bytes, every_s: float = 0.2) -> Behaviour:
    """Send `raw` one byte at a time, headers included."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        for i in range(len(raw)):
            if stop.wait(every_s):
                return
            conn.sendall(raw[i : i + 1])

    return behaviour


def silent() -> Behaviour:
    """Accept the request and never answer."""

    def behaviour(_conn: socket.socket, stop: threading.Event) -> None:
        stop.wait(60)

    return behaviour


class RawServer:
    """`with RawServer(behaviour) as server: ... server.url ...`"""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.stop_event = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop_event.set()
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                _read_request(conn)
                self.behaviour(conn, self.stop_event)
            except OSError:
                pass  # the client gave up and closed: exactly what the tests provoke
