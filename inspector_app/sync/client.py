"""The station's only door to the central server: one requests.Session, strict about answers.

Every call has a connect and a read timeout and an overall deadline (see deadline.py); TLS
is verified (optionally against IT's CA bundle); the proxy comes from the settings and
nowhere else, so what IT configured is what happens. An answer counts as success only if
its status is one we expect and its JSON body validates against the wire model: a captive
portal's "200 OK" login page, a truncated body or a proxy's error page are failures, each
with a message a person can act on. Bodies are read in chunks up to a cap, so an announced
or actual 2 GB answer cannot exhaust the bench's memory.

The bearer token goes into the session's headers and nowhere else: it is never part of a
message, an exception or a log line.

Every request carries a fresh X-Request-ID, which our server echoes. A bodiless answer (a
HEAD) proves nothing by its status alone, since a captive portal answers 200 to anything:
`photo_exists` believes "the server has this photo" only from an answer with our request id,
an image type and the photo's exact length.
"""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar
from urllib.parse import quote, urlsplit

import requests
import urllib3
from pydantic import TypeAdapter, ValidationError

from inspector_app import __version__, wire
from inspector_app.domain.texts import Phrase
from inspector_app.errors import UserError
from inspector_app.net.answers import (
    BadContentLengthError,
    OversizeAnswerError,
    media_type,
    parse_retry_after,
    read_capped,
)
from inspector_app.net.deadline import DeadlineAdapter, deadline
from inspector_app.net.failures import NetworkFailure, classify
from inspector_app.settings import Settings
from inspector_app.sync.policy import MAX_RETRY_AFTER_S

log = logging.getLogger("inspector_app.sync.client")

MAX_ANSWER_BYTES = 16 * 1024 * 1024
"""Largest answer we read; the biggest real one (a page of 500 returns) is well under 1 MB."""

MIN_UPLOAD_BYTES_PER_S = 64 * 1024
"""Slowest upload we wait for: the overall deadline grows with the body at this rate."""

_JSON_TYPES = ("application/json", "application/problem+json")
_IMAGE_TYPES = ("image/jpeg", "image/png")

T = TypeVar("T")


class SyncError(UserError):
    """A failed exchange. The message is plain language, safe to show and to log."""


class ServerUnreachableError(SyncError):
    """No complete answer: connection refused or reset, DNS, TLS, timeout, deadline."""


class BadAnswerError(SyncError):
    """An answer that is not our server's: HTML, invalid JSON, wrong shape, too big, redirect."""


class ServerRefusedError(SyncError):
    """The server answered with an error status.

    `problem` is set when the body was our problem+json; `from_api` says the refusal came
    from the Return Inspector API itself (a problem+json, or its content type on a HEAD,
    which has no body) rather than from a proxy or another site. `retry_after` is the
    server's Retry-After in seconds, when given.
    """

    def __init__(
        self,
        message: str,
        status: int,
        problem: wire.Problem | None,
        retry_after: float | None,
        *,
        from_api: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.problem = problem
        self.retry_after = retry_after
        self.from_api = from_api or problem is not None


class ClientConfigError(UserError, ValueError):
    """The server settings cannot work (e.g. a URL that is not http(s)); the message says why."""


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything the client needs from the settings, checked once."""

    base_url: str
    token: str
    station: str
    timeout_s: float = 10.0
    verify_tls: bool = True
    ca_bundle: str = ""
    proxy: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> ClientConfig:
        return cls(
            base_url=settings["server.url"],
            token=settings["server.token"],
            station=settings["station.name"],
            timeout_s=settings["server.timeout_s"],
            verify_tls=settings["server.verify_tls"],
            ca_bundle=settings["server.ca_bundle"],
            proxy=settings["server.proxy"],
        )


def _check_base_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ClientConfigError(
            f"server.url must look like https://returns.example.com, not {url!r}."
        )
    if parts.query or parts.fragment:
        raise ClientConfigError("server.url must not contain '?' or '#'.")
    return url.strip().rstrip("/")


_CHECKLISTS = TypeAdapter(list[wire.ChecklistOut])
_INSPECTORS = TypeAdapter(list[wire.InspectorOut])


class ServerClient:
    """Typed calls of the v1 contract. Thread-safe enough for one worker plus the GUI's
    occasional lookup: requests' Session pools connections per host behind a lock."""

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self.base_url = _check_base_url(config.base_url)
        session = requests.Session()
        session.trust_env = False  # the proxy and CA come from our settings, not the shell
        # Enough kept-alive connections for the push's parallel entries (push.PARALLEL).
        adapter = DeadlineAdapter(pool_connections=2, pool_maxsize=8)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers["User-Agent"] = f"ReturnInspector/{__version__} (station {config.station})"
        session.headers["Accept"] = "application/json"
        if config.token:
            session.headers["Authorization"] = f"Bearer {config.token}"
        if config.verify_tls:
            session.verify = config.ca_bundle or True
        else:
            session.verify = False
        if config.proxy:
            session.proxies = {"http": config.proxy, "https": config.proxy}
        self._session = session

    @classmethod
    def from_settings(cls, settings: Settings) -> ServerClient:
        return cls(ClientConfig.from_settings(settings))

    def close(self) -> None:
        self._session.close()

    # -- the calls ---------------------------------------------------------------------

    def health(self) -> wire.Health:
        """GET /health (no auth needed): reachability and the server's version."""
        return self._call("GET", "/health", wire.Health)

    def photo_exists(self, sha256: str, size: int) -> bool:
        """HEAD /photos/{sha256}: True only if our server says it holds this photo, `size`
        bytes long (see the module docstring); False for 404 or an answer that proves nothing."""
        answer = self._send("HEAD", f"/photos/{_sha(sha256)}", expect=(200, 404))
        if answer.status != 200:
            return False
        headers = answer.headers
        proven = (
            headers.get("X-Request-ID") == answer.request_id
            and media_type(headers) in _IMAGE_TYPES
            and headers.get("Content-Length") == str(size)
        )
        if not proven:
            log.info("a 200 to HEAD %s... was not our server's; uploading instead", sha256[:12])
        return proven

    def put_photo(
        self, sha256: str, data: bytes, content_type: str = "image/jpeg"
    ) -> wire.PhotoAck:
        """PUT /photos/{sha256}: content-addressed, so a repeat is harmless."""
        ack = self._call(
            "PUT", f"/photos/{_sha(sha256)}", wire.PhotoAck, body=data, content_type=content_type
        )
        if ack.sha256 != sha256 or ack.size != len(data):
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server acknowledged a different photo than the one sent.")
            )
        return ack

    def put_inspection(self, inspection_uuid: str, payload: bytes) -> wire.InspectionAck:
        """PUT /inspections/{uuid} with the frozen payload bytes, exactly as stored."""
        key = str(uuid.UUID(inspection_uuid))
        ack = self._call(
            "PUT",
            f"/inspections/{key}",
            wire.InspectionAck,
            body=payload,
            content_type="application/json",
        )
        if str(ack.uuid) != key:
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server acknowledged another inspection than the one sent.")
            )
        return ack

    def put_customer_message(self, message_id: str, record: bytes) -> wire.MessageAck:
        """PUT /customer-messages/{id} with the record frozen when its step fired."""
        key = str(uuid.UUID(message_id))
        ack = self._call(
            "PUT",
            f"/customer-messages/{key}",
            wire.MessageAck,
            body=record,
            content_type="application/json",
        )
        if str(ack.id) != key:
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server acknowledged another message than the one sent.")
            )
        return ack

    def post_bench_events(self, batch: wire.BenchEventsIn) -> wire.BenchEventsAck:
        """POST /stations/events: events of the bench's audit log (a repeat is harmless)."""
        ack = self._call(
            "POST",
            "/stations/events",
            wire.BenchEventsAck,
            body=batch.model_dump_json().encode(),
            content_type="application/json",
        )
        if ack.stored + ack.replayed != len(batch.events):
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server acknowledged another number of events than sent.")
            )
        return ack

    def returns_page(self, cursor: str, limit: int) -> wire.ReturnsPage:
        """GET /returns?changed_since=...: one page of the delta feed."""
        params = {"limit": str(limit)}
        if cursor:
            params["changed_since"] = cursor
        return self._call("GET", "/returns", wire.ReturnsPage, params=params)

    def lookup(self, code: str, deadline_s: float | None = None) -> wire.ReturnOut | None:
        """GET /returns/lookup?code=...: the return any of whose codes matches; None if none.

        `deadline_s` caps the whole exchange (an inspector is waiting in front of a parcel).
        """
        status, content = self._exchange(
            "GET",
            "/returns/lookup",
            params={"code": code},
            expect=(200, 404),
            deadline_s=deadline_s,
        )
        if status == 404:
            return None
        return _validate(TypeAdapter(wire.ReturnOut), content)

    def receive(self, return_id: str, received_at: dt.datetime | None = None) -> wire.ReturnReceipt:
        """POST /returns/{id}/received: the parcel was scanned in at `received_at` (a
        repeat is harmless; without a time the server dates it today)."""
        body = (
            wire.ReceiptIn(received_at=received_at).model_dump_json().encode()
            if received_at is not None
            else None
        )
        receipt = self._call(
            "POST",
            f"/returns/{quote(return_id, safe='')}/received",
            wire.ReturnReceipt,
            body=body,
            content_type="application/json" if body is not None else None,
        )
        if receipt.return_id != return_id:
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server acknowledged another return than the one received.")
            )
        return receipt

    def checklists(self) -> list[wire.ChecklistOut]:
        """GET /checklists: the active template versions."""
        return self._call("GET", "/checklists", _CHECKLISTS)

    def inspectors(self, deadline_s: float | None = None) -> list[wire.InspectorOut]:
        """GET /inspectors: who may sign in at a bench; `deadline_s` caps the exchange (a
        person is waiting at the sign-in page)."""
        return self._call("GET", "/inspectors", _INSPECTORS, deadline_s=deadline_s)

    def heartbeat(self, beat: wire.StationHeartbeat) -> None:
        """POST /stations/heartbeat: the station's queue figures for the lead's table."""
        self._exchange(
            "POST",
            "/stations/heartbeat",
            body=beat.model_dump_json().encode(),
            content_type="application/json",
            expect=(200, 201, 204),
        )

    # -- plumbing ----------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[T] | TypeAdapter[T],
        *,
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        deadline_s: float | None = None,
    ) -> T:
        _, content = self._exchange(
            method,
            path,
            params=params,
            body=body,
            content_type=content_type,
            expect=(200, 201),
            deadline_s=deadline_s,
        )
        adapter = model if isinstance(model, TypeAdapter) else TypeAdapter(model)
        return _validate(adapter, content)

    def deadline_for(self, upload_bytes: int) -> float:
        """Overall seconds allowed for one exchange that sends `upload_bytes`."""
        return 2 * self.config.timeout_s + upload_bytes / MIN_UPLOAD_BYTES_PER_S

    def _exchange(self, method: str, path: str, **options: Any) -> tuple[int, bytes]:
        """Send one request; return (status, body) for an expected status, else raise.
        `options` are _send's: params, body, content_type, expect, media."""
        answer = self._send(method, path, **options)
        return answer.status, answer.content

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        expect: tuple[int, ...],
        media: tuple[str, ...] = _JSON_TYPES,
        deadline_s: float | None = None,
    ) -> _Answer:
        """Send one request; the answer (with its headers and the request id it was sent
        with) for a status in `expect`, else raise. A body must be one of `media` (JSON
        unless the call fetches e.g. a photo); `deadline_s`, when given, is the overall
        limit instead of the usual one."""
        url = f"{self.base_url}{wire.API_PREFIX}{path}"
        request_id = secrets.token_hex(8)
        headers = {"X-Request-ID": request_id}
        if content_type:
            headers["Content-Type"] = content_type
        timeout = self.config.timeout_s
        limit = self.deadline_for(len(body or b""))
        if deadline_s is not None:
            timeout = min(timeout, deadline_s)
            limit = min(limit, deadline_s)
        started = time.monotonic()
        with deadline(limit) as guard:
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    data=body,
                    headers=headers,
                    timeout=(timeout, timeout),
                    stream=True,
                    allow_redirects=False,
                )
                try:
                    content = _read_capped(response)
                finally:
                    response.close()
            except SyncError:
                raise
            except (
                requests.RequestException,
                urllib3.exceptions.HTTPError,
                http.client.HTTPException,
                OSError,
            ) as exc:
                if guard.expired:
                    raise ServerUnreachableError(
                        Phrase(
                            _CONTEXT,
                            "The server gave no complete answer within {limit} s.",
                            limit=f"{limit:.0f}",
                        )
                    ) from None
                raise ServerUnreachableError(_describe_network_error(exc, timeout)) from None
        status = response.status_code
        log.debug(
            "%s %s -> %s in %.0f ms", method, path, status, (time.monotonic() - started) * 1000
        )
        if status in expect:
            if method != "HEAD" and status != 204 and content:
                _require_json(response.headers, media)
            return _Answer(status, content, response.headers, request_id)
        raise _failure(method, response, content)


class _Answer(NamedTuple):
    status: int
    content: bytes
    headers: Mapping[str, str]
    request_id: str


def _sha(value: str) -> str:
    if not wire.SHA256_RE.match(value):
        raise ValueError(f"not a SHA-256 hex digest: {value!r}")
    return value


def _read_capped(response: requests.Response) -> bytes:
    """The body, refusing to read more than MAX_ANSWER_BYTES whatever the headers claim."""
    try:
        return read_capped(response, MAX_ANSWER_BYTES)
    except BadContentLengthError:
        raise BadAnswerError(
            Phrase(_CONTEXT, "The server's answer had an invalid Content-Length.")
        ) from None
    except OversizeAnswerError as exc:
        if exc.announced is not None:
            raise BadAnswerError(
                Phrase(
                    _CONTEXT,
                    "The server announced an answer of {announced} MB; more than {limit} MB is "
                    "never a real answer, so it was not read.",
                    announced=f"{exc.announced / 1e6:,.0f}",
                    limit=MAX_ANSWER_BYTES // 2**20,
                )
            ) from None
        raise BadAnswerError(
            Phrase(
                _CONTEXT,
                "The server's answer exceeded {limit} MB; reading stopped.",
                limit=MAX_ANSWER_BYTES // 2**20,
            )
        ) from None


def _require_json(headers: Mapping[str, str], media: tuple[str, ...] = _JSON_TYPES) -> None:
    kind = media_type(headers)
    if kind not in media:
        shown = kind or Phrase(_CONTEXT, "no content type")
        raise BadAnswerError(
            Phrase(
                _CONTEXT,
                "The answer was {shown}, not the server's JSON: a network login page "
                "(captive portal), a proxy, or server.url pointing at another site.",
                shown=shown,
            )
        )


def _validate(adapter: TypeAdapter[T], content: bytes) -> T:
    try:
        return adapter.validate_json(content)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or Phrase(_CONTEXT, "the body")
        if first.get("type") == "json_invalid":
            raise BadAnswerError(
                Phrase(_CONTEXT, "The server's answer was not valid JSON.")
            ) from None
        raise BadAnswerError(
            Phrase(
                _CONTEXT,
                "The server's answer did not have the expected shape ({where}: {why}).",
                where=where,
                why=first["msg"],
            )
        ) from None


def _failure(method: str, response: requests.Response, content: bytes) -> SyncError:
    status = response.status_code
    if 300 <= status < 400:
        target = urlsplit(response.headers.get("Location", "")).hostname or Phrase(
            _CONTEXT, "another address"
        )
        return BadAnswerError(
            Phrase(
                _CONTEXT,
                "The server redirected to {target}: check server.url (http or https?) or a "
                "network login page (captive portal).",
                target=target,
            )
        )
    problem = _problem(response.headers, content)
    retry_after = parse_retry_after(
        response.headers.get("Retry-After"), dt.datetime.now(dt.UTC), MAX_RETRY_AFTER_S
    )
    kind = media_type(response.headers)
    from_api = method == "HEAD" and kind == "application/problem+json"
    message: str
    if problem is not None and problem.detail:
        message = Phrase(
            _CONTEXT,
            "The server refused ({status} {code}): {detail}",
            status=status,
            code=problem.code,
            detail=problem.detail,
        )
    elif problem is not None:
        message = Phrase(
            _CONTEXT, "The server refused ({status} {code})", status=status, code=problem.code
        )
    else:
        reason = http.client.responses.get(status, "error")
        message = Phrase(
            _CONTEXT,
            "HTTP {status} {reason} (not from the Return Inspector server's API)",
            status=status,
            reason=reason,
        )
    return ServerRefusedError(message, status, problem, retry_after, from_api=from_api)


def _problem(headers: Mapping[str, str], content: bytes) -> wire.Problem | None:
    kind = media_type(headers)
    if kind not in _JSON_TYPES:
        return None
    try:
        return wire.Problem.model_validate_json(content)
    except ValidationError:
        return None


_CONTEXT = "SyncClient"

_NETWORK_MESSAGES: dict[NetworkFailure, Callable[[str], Phrase]] = {
    NetworkFailure.TLS: lambda _timeout: Phrase(
        _CONTEXT,
        "The server's TLS certificate could not be verified; IT may need to set server.ca_bundle.",
    ),
    NetworkFailure.PROXY: lambda _timeout: Phrase(
        _CONTEXT, "The HTTP proxy (server.proxy) could not be reached or refused the request."
    ),
    NetworkFailure.CONNECT_TIMEOUT: lambda timeout: Phrase(
        _CONTEXT, "The server did not accept a connection within {timeout} s.", timeout=timeout
    ),
    NetworkFailure.READ_TIMEOUT: lambda timeout: Phrase(
        _CONTEXT, "The server stopped answering for more than {timeout} s.", timeout=timeout
    ),
    NetworkFailure.CUT_OFF: lambda _timeout: Phrase(_CONTEXT, "The server's answer was cut off."),
    NetworkFailure.DNS: lambda _timeout: Phrase(
        _CONTEXT, "The server's name could not be resolved (DNS)."
    ),
    NetworkFailure.REFUSED: lambda _timeout: Phrase(
        _CONTEXT, "The server refused the connection (is it running?)."
    ),
    NetworkFailure.LOST: lambda _timeout: Phrase(
        _CONTEXT, "The connection to the server was lost before a complete answer."
    ),
}
"""Each kind of network failure in words, a Phrase the window shows in its language."""


def _describe_network_error(exc: BaseException, timeout: float) -> Phrase:
    """A plain sentence for a network failure (no URL query, no headers, never the token)."""
    return _NETWORK_MESSAGES[classify(exc)](f"{timeout:.0f}")


__all__ = [
    "MAX_ANSWER_BYTES",
    "BadAnswerError",
    "ClientConfig",
    "ClientConfigError",
    "ServerClient",
    "ServerRefusedError",
    "ServerUnreachableError",
    "SyncError",
]


@dataclass(frozen=True, slots=True)
class ServerProbe:
    """What a connection test found: the server's version and how many people may sign in."""

    version: str
    people: int


def probe_server(settings: Settings) -> ServerProbe:
    """Health (no auth) then an authenticated call, so a wrong token is caught too;
    ClientConfigError or SyncError say why the settings do not work."""
    client = ServerClient.from_settings(settings)
    try:
        health = client.health()
        people = client.inspectors()
    finally:
        client.close()
    return ServerProbe(health.version, len(people))
