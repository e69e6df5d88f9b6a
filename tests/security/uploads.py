"""Uploads driven by hand over a raw socket: a body sent in parts, or cut off halfway."""

from __future__ import annotations

import hashlib
import socket
import struct
import time
from pathlib import Path
from urllib.parse import urlsplit

from live_server import LiveServer

BEGIN_TIMEOUT_S = 90.0


class RawUpload:
    """PUT /photos/{sha256} whose body is sent when the test says so."""

    def __init__(self, base_url: str, token: str, sha256: str, body: bytes) -> None:
        parts = urlsplit(base_url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
        self.body = body
        self.sent = 0
        head = (
            f"PUT /api/v1/photos/{sha256} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: image/jpeg\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        self.sock.sendall(head.encode("ascii"))

    def send(self, upto: int) -> None:
        """Send the body up to byte `upto`."""
        self.sock.sendall(self.body[self.sent : upto])
        self.sent = max(self.sent, upto)

    def finish(self) -> int:
        """Send the rest; the answer's status."""
        self.send(len(self.body))
        answer = b""
        while chunk := self.sock.recv(65536):
            answer += chunk
        self.sock.close()
        return int(answer.split(b" ", 2)[1])

    def cut(self) -> None:
        """Drop the connection mid-body, as a bench losing Wi-Fi does."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()  # with linger 0: a reset, not an orderly end


def spool_files(server: LiveServer) -> list[Path]:
    """The uploads the server is receiving now: one spool file each in its photo directory."""
    spool = server.workdir / "photos" / ".incoming"
    return list(spool.iterdir()) if spool.exists() else []


def begin_upload(server: LiveServer, role: str, body: bytes, upto: int) -> RawUpload:
    """An upload whose first `upto` bytes the server is already receiving: admitted, its spool
    file open, so it is in flight rather than waiting to be accepted (which would depend on
    how fast a loaded machine schedules the server)."""
    receiving = len(spool_files(server))
    upload = RawUpload(server.url, server.tokens[role], hashlib.sha256(body).hexdigest(), body)
    upload.send(upto)
    deadline = time.monotonic() + BEGIN_TIMEOUT_S
    while len(spool_files(server)) == receiving:
        assert time.monotonic() < deadline, "the server never began receiving the upload"
        time.sleep(0.05)
    return upload
