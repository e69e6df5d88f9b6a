"""An HTTP fault proxy on loopback, between a station and the real server, for sync tests.

It reads each request the station sends, picks a fault from a plan, and then either relays
the exchange to the upstream server faithfully or misbehaves the way real networks do:

- ``delay``: waits, then relays;
- ``drop_before``: closes the connection without forwarding (the server never saw it);
- ``drop_after``: relays to the server, then closes without answering (the server stored it,
  the station does not know);
- ``cut_request``: forwards half the request body to the server, then closes both sides;
- ``cut_response``: relays, but sends the station only half of the server's answer;
- ``status_502`` / ``status_503``: answers itself, 503 with a Retry-After, like a load balancer;
- ``captive``: answers "200 OK" with an HTML login page, like a captive portal;
- ``status_500`` (not in the random mix): a server error, for plans aimed at one request.

Each connection carries one exchange (the proxy answers with ``Connection: close``), so a
fault is attached to exactly one request. Given several upstream ports it is also a
round-robin load balancer: each request goes to the next upstream, and one that refuses the
connection (a killed worker) is skipped for the next, as nginx does; with none left the
answer is a 502. The proxy runs its own asyncio loop in a thread, so synchronous tests can
use it; `counts` records what it did, so a test can check that the faults really happened
(and `counts["upstream:PORT"]`, how many requests each upstream got).
"""

from __future__ import annotations

import asyncio
import collections
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

FAULTS = (
    "delay",
    "drop_before",
    "drop_after",
    "cut_request",
    "cut_response",
    "status_502",
    "status_503",
    "captive",
)

CAPTIVE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head>"
    b"<body><h1>Welcome</h1><p>Accept the terms to continue.</p></body></html>"
)

Plan = Callable[[int, str, str], str]
"""(request number, method, path) -> a name from FAULTS, or "pass"."""


def random_plan(seed: int, rate: float, faults: tuple[str, ...] = FAULTS) -> Plan:
    """A plan that applies a fault to a fraction `rate` of requests (reproducible): every
    fault once, in a shuffled order, then random ones."""
    rng = random.Random(seed)
    first_round = list(faults)
    rng.shuffle(first_round)

    def plan(_index: int, _method: str, _path: str) -> str:
        if rng.random() >= rate:
            return "pass"
        return first_round.pop() if first_round else rng.choice(faults)

    return plan


def passthrough(_index: int, _method: str, _path: str) -> str:
    return "pass"


class _NoUpstreamError(Exception):
    """Every upstream refused the connection."""


@dataclass
class _Request:
    method: str
    path: str
    head: bytes
    body: bytes


def _forwarded_head(head: bytes) -> bytes:
    """The request head with `Connection: close`, so the server ends its answer with EOF."""
    lines = head.split(b"\r\n")
    kept = [line for line in lines[1:] if line and not line.lower().startswith(b"connection:")]
    return b"\r\n".join([lines[0], *kept, b"Connection: close", b"", b""])


def _status(
    code: int, reason: str, body: bytes, content_type: str, extra: tuple[str, ...] = ()
) -> bytes:
    head = [
        f"HTTP/1.1 {code} {reason}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *extra,
    ]
    return "\r\n".join(head).encode() + b"\r\n\r\n" + body


class FaultProxy:
    """`FaultProxy(upstream_port, plan)`; `.url` is what the station should use as server.url."""

    def __init__(
        self,
        upstream_port: int | Sequence[int],
        plan: Plan = passthrough,
        *,
        delay_s: float = 0.3,
        retry_after_s: int = 1,
        upstream_host: str = "127.0.0.1",
    ) -> None:
        ports = [upstream_port] if isinstance(upstream_port, int) else list(upstream_port)
        self.upstreams = [(upstream_host, port) for port in ports]
        self.plan = plan
        self.delay_s = delay_s
        self.retry_after_s = retry_after_s
        self.counts: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()
        self._index = 0
        self._next_upstream = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="fault-proxy", daemon=True
        )
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        self.port = future.result(timeout=10)
        return self

    async def _start(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        async def _stop() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(_stop(), self._loop).result(timeout=10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _choose(self, request: _Request) -> str:
        with self._lock:
            index = self._index
            self._index += 1
        fault = self.plan(index, request.method, request.path)
        with self._lock:
            self.counts[fault] += 1
        return fault

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await _read_request(reader)
            if request is not None:
                await self._serve(request, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            # stop() cancels the requests in flight; ending quietly keeps Python 3.11's
            # asyncio from logging each one as an "Exception in callback" error
            pass
        finally:
            writer.close()

    async def _serve(self, request: _Request, writer: asyncio.StreamWriter) -> None:
        fault = self._choose(request)
        if fault == "drop_before":
            return
        if fault == "status_502":
            writer.write(_status(502, "Bad Gateway", b"upstream unavailable", "text/plain"))
        elif fault == "status_500":
            writer.write(_status(500, "Internal Server Error", b"boom", "text/plain"))
        elif fault == "status_503":
            writer.write(
                _status(
                    503,
                    "Service Unavailable",
                    b"busy",
                    "text/plain",
                    (f"Retry-After: {self.retry_after_s}",),
                )
            )
        elif fault == "captive":
            writer.write(_status(200, "OK", CAPTIVE_PAGE, "text/html; charset=utf-8"))
        elif fault == "cut_request":
            await self._relay(request, body_fraction=0.5)
            return
        else:
            if fault == "delay":
                await asyncio.sleep(self.delay_s)
            answer = await self._relay(request)
            if fault == "drop_after":
                return
            if fault == "cut_response":
                answer = answer[: max(1, len(answer) // 2)]
            writer.write(answer)
        await writer.drain()

    async def _connect_upstream(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A connection to the next upstream in turn that accepts one."""
        with self._lock:
            first = self._next_upstream
            self._next_upstream += 1
        for offset in range(len(self.upstreams)):
            upstream = self.upstreams[(first + offset) % len(self.upstreams)]
            try:
                connection = await asyncio.open_connection(*upstream)
            except ConnectionRefusedError:
                with self._lock:
                    self.counts["upstream_refused"] += 1
                continue
            with self._lock:
                self.counts[f"upstream:{upstream[1]}"] += 1
            return connection
        raise _NoUpstreamError

    async def _relay(self, request: _Request, body_fraction: float = 1.0) -> bytes:
        """Send `request` upstream on a fresh connection and return the whole answer."""
        try:
            up_reader, up_writer = await self._connect_upstream()
        except _NoUpstreamError:
            return _status(502, "Bad Gateway", b"no upstream accepts", "text/plain")
        try:
            body = request.body[: int(len(request.body) * body_fraction)]
            up_writer.write(_forwarded_head(request.head) + body)
            await up_writer.drain()
            if body_fraction < 1.0:
                return b""
            return await up_reader.read()
        finally:
            up_writer.close()


async def _read_request(reader: asyncio.StreamReader) -> _Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.split(b"\r\n")
    method, path, _version = lines[0].decode("latin-1").split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return _Request(method, path, head, body)
