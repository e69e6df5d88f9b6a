"""The client against answers no honest server gives: each ends in a clear error, in time.

A tiny raw-socket server (raw_server.py) writes the bad bytes; the client must neither
crash, nor hang past its overall deadline, nor take anything but our JSON for success, nor
ever put the token in an error or a log line.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import subprocess
import threading
import time
import uuid

import pytest

from inspector_app.sync.client import (
    BadAnswerError,
    ClientConfig,
    ClientConfigError,
    ServerClient,
    ServerRefusedError,
    ServerUnreachableError,
    SyncError,
)
from sync.raw_server import RawServer, drip, drip_all, json_reply, reply, silent

TOKEN = "tok_do-not-leak-0123456789abcdef"
TIMEOUT = 1.0
INSPECTION = str(uuid.uuid4())
PAYLOAD = b'{"frozen": "payload"}'


def _client(url: str) -> ServerClient:
    return ServerClient(
        ClientConfig(base_url=url, token=TOKEN, station="bench-t", timeout_s=TIMEOUT)
    )


def _ack(**overrides: object) -> bytes:
    body = {
        "uuid": INSPECTION,
        "return_id": "R1",
        "status": "stored",
        "received_at": "2026-11-26T10:00:00Z",
    }
    body.update(overrides)
    return json.dumps(body).encode()


def _endless_chunks(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
    while not stop.is_set():
        conn.sendall(chunk)


CASES = [
    pytest.param(
        json_reply(201, b'{"uuid": "'), BadAnswerError, "not valid JSON", id="invalid-json"
    ),
    pytest.param(
        json_reply(201, _ack(uuid=12, status="maybe")),
        BadAnswerError,
        "expected shape",
        id="wrong-types",
    ),
    pytest.param(
        json_reply(201, b"[1, 2, 3]"), BadAnswerError, "expected shape", id="wrong-structure"
    ),
    pytest.param(
        json_reply(200, b"<html><body>Log in to the guest Wi-Fi</body></html>", "text/html"),
        BadAnswerError,
        "captive portal",
        id="captive-portal",
    ),
    pytest.param(
        json_reply(201, _ack(), content_type=""),
        BadAnswerError,
        "no content type",
        id="no-content-type",
    ),
    pytest.param(
        drip(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
            b"Content-Length: 2147483648\r\n\r\n{"
        ),
        BadAnswerError,
        "2,147 MB",
        id="2GB-content-length",
    ),
    pytest.param(_endless_chunks, BadAnswerError, "exceeded 16 MB", id="endless-chunked-body"),
    pytest.param(
        drip(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
            b"Content-Length: 500\r\n\r\n{"
        ),
        ServerUnreachableError,
        "no complete answer within 2 s",
        id="slow-drip-body",
    ),
    pytest.param(
        drip_all(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n"),
        ServerUnreachableError,
        "no complete answer within 2 s",
        id="slow-drip-headers",
    ),
    pytest.param(silent(), ServerUnreachableError, "stopped answering", id="silent"),
    pytest.param(
        reply(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
            b'Content-Length: 400\r\n\r\n{"uuid":'
        ),
        ServerUnreachableError,
        "cut off",
        id="truncated-body",
    ),
    pytest.param(
        reply(b"garbage that is not HTTP\r\n\r\n"), ServerUnreachableError, "", id="not-http"
    ),
    pytest.param(
        json_reply(302, b"", "text/html", "Location: http://portal.example/login\r\n"),
        BadAnswerError,
        "redirected to portal.example",
        id="redirect",
    ),
]


@pytest.mark.parametrize(("behaviour", "error", "words"), CASES)
def test_bad_answer_is_a_clear_error_within_the_deadline(behaviour, error, words, caplog):
    caplog.set_level(logging.DEBUG)
    with RawServer(behaviour) as server:
        client = _client(server.url)
        started = time.monotonic()
        with pytest.raises(error) as caught:
            client.put_inspection(INSPECTION, PAYLOAD)
        elapsed = time.monotonic() - started
        client.close()
    assert words in str(caught.value)
    # The overall deadline is 2 x timeout; one more socket read may be in flight when it fires.
    assert elapsed < client.deadline_for(len(PAYLOAD)) + TIMEOUT + 2.0
    assert TOKEN not in str(caught.value)
    assert TOKEN not in caplog.text


def test_status_errors_carry_status_problem_and_retry_after():
    busy = json_reply(503, b"busy", "text/plain", "Retry-After: 7\r\n")
    with RawServer(busy) as server, pytest.raises(ServerRefusedError) as caught:
        _client(server.url).put_inspection(INSPECTION, PAYLOAD)
    assert caught.value.status == 503
    assert caught.value.problem is None
    assert caught.value.retry_after == 7
    assert "not from the Return Inspector server" in str(caught.value)

    problem = json.dumps(
        {
            "title": "Conflict",
            "status": 409,
            "code": "payload_mismatch",
            "detail": "Another payload was stored under this uuid.",
        }
    ).encode()
    with (
        RawServer(json_reply(409, problem, "application/problem+json")) as server,
        pytest.raises(ServerRefusedError) as caught,
    ):
        _client(server.url).put_inspection(INSPECTION, PAYLOAD)
    assert caught.value.status == 409
    assert caught.value.problem is not None
    assert caught.value.problem.code == "payload_mismatch"
    assert "Another payload was stored" in str(caught.value)


def test_acknowledgement_of_another_inspection_is_not_success():
    with (
        RawServer(json_reply(201, _ack(uuid=str(uuid.uuid4())))) as server,
        pytest.raises(BadAnswerError, match="another inspection"),
    ):
        _client(server.url).put_inspection(INSPECTION, PAYLOAD)


def test_refused_connection():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ServerUnreachableError, match="refused"):
        _client(f"http://127.0.0.1:{port}").health()


def test_request_identifies_station_and_sends_the_frozen_bytes():
    seen: dict[str, bytes] = {}

    def record(conn: socket.socket, _stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_ack()) + _ack()
        )

    class Recording(RawServer):
        def _serve(self, conn: socket.socket) -> None:
            with conn:
                data = b""
                while not data.endswith(PAYLOAD):
                    data += conn.recv(65536)
                seen["request"] = data
                record(conn, self.stop_event)

    with Recording(record) as server:
        ack = _client(server.url).put_inspection(INSPECTION, PAYLOAD)
    assert ack.status == "stored"
    request = seen["request"]
    assert request.startswith(f"PUT /api/v1/inspections/{INSPECTION} HTTP/1.1".encode())
    assert b"User-Agent: ReturnInspector/" in request
    assert b"(station bench-t)" in request
    assert f"Authorization: Bearer {TOKEN}".encode() in request
    assert request.endswith(b"\r\n\r\n" + PAYLOAD)


@pytest.mark.parametrize("url", ["ftp://server", "server.example", "https://h/?x=1", ""])
def test_unusable_server_url_is_refused_up_front(url):
    with pytest.raises(ClientConfigError):
        _client(url)


def test_every_failure_is_a_sync_error():
    for kind in (BadAnswerError, ServerRefusedError, ServerUnreachableError):
        assert issubclass(kind, SyncError)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 (cert.pem, key.pem), made by openssl."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


class TlsServer(RawServer):
    def __init__(self, behaviour, cert: str, key: str) -> None:
        super().__init__(behaviour)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self._context = context

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _serve(self, conn: socket.socket) -> None:
        try:
            wrapped = self._context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            conn.close()  # the client refused our certificate: what the test expects
            return
        super()._serve(wrapped)


def test_tls_is_verified_unless_the_ca_is_given(certificate):
    cert, key = certificate
    health = json.dumps({"status": "ok", "version": "9", "time": "2026-11-26T10:00:00Z"})
    with TlsServer(json_reply(200, health.encode()), cert, key) as server:
        with pytest.raises(ServerUnreachableError, match="certificate could not be verified"):
            _client(server.url).health()
        trusting = ServerClient(
            ClientConfig(
                base_url=server.url, token=TOKEN, station="b", timeout_s=TIMEOUT, ca_bundle=cert
            )
        )
        assert trusting.health().version == "9"


def test_requests_go_through_the_configured_proxy():
    lines: list[bytes] = []

    class Proxy(RawServer):
        def _serve(self, conn: socket.socket) -> None:
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                lines.append(data.split(b"\r\n", 1)[0])
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")

    with Proxy(silent()) as proxy:
        client = ServerClient(
            ClientConfig(
                base_url="http://returns.example",
                token=TOKEN,
                station="b",
                timeout_s=TIMEOUT,
                proxy=proxy.url,
            )
        )
        with pytest.raises(ServerRefusedError) as caught:
            client.health()
    assert caught.value.status == 502
    assert lines == [b"GET http://returns.example/api/v1/health HTTP/1.1"]
