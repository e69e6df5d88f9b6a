"""Fixtures for label tests: sample label content and a real raw-TCP printer on loopback."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from inspector_app.domain.returns import Disposition, Grade
from inspector_app.labels import LabelContent


@pytest.fixture
def content() -> LabelContent:
    return LabelContent(
        inspection_id=uuid.UUID("0f8e2a4c-51d3-4b7e-9a60-c2d1e8f43b17"),
        rma="RMA-2026-004211",
        disposition=Disposition.REFURBISH,
        inspected_on=dt.date(2026, 11, 26),
        grade=Grade.VERY_GOOD,
        product="iPhone 13 128 GB Midnight",
        station="bench-03",
    )


@dataclass
class LoopbackPrinter:
    """A raw-TCP 'printer' on 127.0.0.1: accepts connections and keeps every job's bytes."""

    sock: socket.socket
    jobs: list[bytes] = field(default_factory=list)
    received: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
            self.jobs.append(b"".join(chunks))
            self.received.release()

    def wait_job(self, timeout: float = 5.0) -> bytes:
        assert self.received.acquire(timeout=timeout), "the printer received no job"
        return self.jobs[-1]


@pytest.fixture
def tcp_printer() -> Iterator[LoopbackPrinter]:
    """A listening socket that records what a Zebra printer on port 9100 would receive."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    printer = LoopbackPrinter(sock)
    thread = threading.Thread(target=printer.serve, daemon=True)
    thread.start()
    yield printer
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    thread.join(timeout=5)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: a printer that is switched off."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture
def unresponsive_port() -> Iterator[int]:
    """A loopback port whose accept queue is full: connecting hangs like a wedged printer."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(8):
        client = socket.socket()
        client.settimeout(0.2)
        fillers.append(client)
        try:
            client.connect(("127.0.0.1", port))
        except TimeoutError:
            break
    else:
        pytest.fail("could not fill the accept queue")
    yield port
    for client in fillers:
        client.close()
    server.close()
