"""The server's only door to Back Market: one requests.Session, polite and strict.

Every request carries the headers Back Market requires (`Authorization: Basic <token>` as
the back office issued it, `Accept-Language`, `User-Agent: BM-{company}-{integration};{email}`),
waits for room in the published rate limits (limits.py) before it leaves, and runs under a
connect/read timeout plus an overall deadline enforced on the socket (net/deadline.py).
Answers are read up to a cap and must be the marketplace's JSON.

Failures become one of a few clear states (`MarketplaceError.state`), each logged once with
what a person can do about it:

- `rate_limited`: 429, or Back Market's E008 "slow down" answer. We honour the 10 s block
  (or Retry-After) and retry, within the call's patience; a spent daily budget is this state
  too, without retrying.
- `challenged`: Cloudflare's 403, an HTML page or `{"errors":[{"code":"bot-need-challenge"}]}`.
  Retrying digs deeper; the poll stops and the status shows the cf-ray to send to Back Market.
- `unauthorized` / `refused`: 401 or another 403 (token or its rights), other 4xx with the
  marketplace's own error code and message.
- `not_found`: 404 for one folder or order.
- `unavailable`: 5xx after retries; `unreachable`: network, TLS, timeouts, the deadline.
- `bad_answer`: not JSON, the wrong shape, too big, a redirect.

GET is retried on transient failures; a POST never is. A POST whose answer is lost (a
timeout after the request left, a cut connection, a 5xx) may have happened, and refunds are
not idempotent: it raises `MarketplaceOutcomeUnknownError` (state `unknown`), and its caller
reads the marketplace's state back before deciding anything. A POST that provably never left
(no connection could be made, no room in the limits) raises the usual states and may simply
be tried again later.

The token is in the session's headers and nowhere else; URLs in logs carry no secret.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import urllib3

from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.marketplace.backmarket.limits import (
    Budgets,
    DailyLimitReachedError,
    RateLimiter,
)
from inspector_app.net.answers import (
    BadContentLengthError,
    OversizeAnswerError,
    media_type,
    parse_retry_after,
    read_capped,
)
from inspector_app.net.deadline import DeadlineAdapter, deadline
from inspector_app.net.failures import NetworkFailure, classify, never_connected

log = logging.getLogger("inspector_app.marketplace.backmarket")

MAX_ANSWER_BYTES = 8 * 1024 * 1024
"""Largest answer read; a Care folder with its messages is a few kB, a page of them tens."""

MAX_PAGES = 10_000
"""A list longer than this many pages is a marketplace bug, not data: stop there."""

PATIENCE_S = 120.0
"""How long one call may spend retrying and waiting for room before it gives up."""

MAX_ATTEMPTS = 5
MAX_BACKOFF_S = 30.0
CARE_DATE_FORMAT = "%Y-%m-%d-%H-%M"
"""Care filters' date format (minutes, the marketplace's time zone: UTC)."""


class MarketplaceError(Exception):
    """A failed exchange; the message is plain language, safe to log and show (no token).

    `state` is a stable short name (see the module docstring). `item_level` is True when the
    failure concerns the one folder or order asked for (the poll skips it and goes on), False
    when it says the marketplace or the path to it is unwell (the poll stops).
    """

    state = "error"
    item_level = False

    def __init__(
        self, message: str, *, status: int | None = None, code: str = "", said: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.said = said
        """The marketplace's own error message, as it gave it ('' when it gave none)."""


class MarketplaceUnreachableError(MarketplaceError):
    state = "unreachable"


class MarketplaceUnavailableError(MarketplaceError):
    state = "unavailable"


class MarketplaceRateLimitedError(MarketplaceError):
    """Nothing was done: a 429 or E008, or no room in our own budgets. `retry_in_s`, when
    known, is how long to hold back before trying again."""

    state = "rate_limited"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str = "",
        retry_in_s: float | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_in_s = retry_in_s


class MarketplaceChallengeError(MarketplaceError):
    """Cloudflare's firewall or bot management refused us; `cf_ray` identifies the refusal."""

    state = "challenged"

    def __init__(self, message: str, *, status: int, code: str = "", cf_ray: str = "") -> None:
        super().__init__(message, status=status, code=code)
        self.cf_ray = cf_ray


class MarketplaceUnauthorizedError(MarketplaceError):
    state = "unauthorized"


class MarketplaceRefusedError(MarketplaceError):
    state = "refused"
    item_level = True


class MarketplaceNotFoundError(MarketplaceError):
    state = "not_found"
    item_level = True


class MarketplaceBadAnswerError(MarketplaceError):
    state = "bad_answer"
    item_level = True


class MarketplaceOutcomeUnknownError(MarketplaceError):
    """A POST that may or may not have taken effect: the request left, and no answer that
    settles it came back (timeout, cut connection, 5xx). Read the state back; never resend
    blindly."""

    state = "unknown"


class _TransientError(Exception):
    """Internal: worth retrying. `final` is raised when retries are spent. `left` is False
    only when the request provably never reached the marketplace (no connection was made),
    which is what lets a POST be tried again."""

    def __init__(
        self,
        final: MarketplaceError,
        retry_after: float | None,
        *,
        block: bool,
        left: bool = True,
    ) -> None:
        super().__init__(str(final))
        self.final = final
        self.retry_after = retry_after
        self.block = block
        self.left = left


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a message or a problem report (Back Market: 3 MB each, 10 at most)."""

    name: str
    content: bytes
    content_type: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What `marketplace check` reports: where, as whom, how fast, and the clock."""

    base_url: str
    user_agent: str
    accept_language: str
    elapsed_ms: float
    clock_skew_s: float | None
    """Marketplace clock minus ours, from its Date header (None when it sent none)."""


@dataclass
class ClientStats:
    """Counts for status lines and the benchmark."""

    requests: int = 0
    retries: int = 0
    by_endpoint: Counter[str] = field(default_factory=Counter)
    by_status: Counter[int] = field(default_factory=Counter)


def endpoint_of(method: str, path: str) -> str:
    """The rate-limit name of a request (limits.PUBLISHED); others count only globally."""
    parts = path.strip("/").split("/")
    if parts[:2] != ["ws", "sav"]:
        return "other"
    if method == "GET":
        return "care_list" if len(parts) == 2 else "care_folder"
    tail = parts[-1]
    return {
        "refund": "care_refund",
        "msg": "care_message",
        "problem": "care_problem",
        "item-transfer": "care_item_transfer",
    }.get(tail, "other")


class BackMarketClient:
    """Typed reads of the Back Market seller API (Care, orders, Backship)."""

    def __init__(
        self,
        config: BackMarketConfig,
        *,
        limiter: Budgets | None = None,
        patience_s: float = PATIENCE_S,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        problems = config.problems()
        if problems:
            raise MarketplaceUnauthorizedError(" ".join(problems))
        self.config = config
        self.base_url = config.base_url
        scale = config["rate_scale"]
        self.limiter = limiter or RateLimiter(scale=scale)
        self.scale = self.limiter.scale
        self.patience_s = patience_s / self.scale
        self.timeout_s = float(config["timeout_s"])
        self.stats = ClientStats()
        self._sleep = sleep
        self._clock = clock
        self._rng = random.SystemRandom()
        session = requests.Session()
        # No .netrc, no environment proxies: requests would let a .netrc entry replace our
        # Authorization header, and the proxy is a setting here like everything else.
        session.trust_env = False
        adapter = DeadlineAdapter(pool_connections=2, pool_maxsize=4)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers.update(
            {
                "Authorization": f"Basic {config.token}",
                "Accept": "application/json",
                "Accept-Language": config["accept_language"],
                "User-Agent": config.user_agent,
            }
        )
        if config["proxy"]:
            session.proxies = {"http": config["proxy"], "https": config["proxy"]}
        self._session = session

    def close(self) -> None:
        self._session.close()

    # -- Care -----------------------------------------------------------------------------

    def care_folders(
        self, *, modified_since: dt.datetime | None = None, state: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Care folders (list entries), by ascending id, paged with `last_id`.

        `last_id` rather than page numbers: a folder that changes while we page cannot shift
        another one past us. Entries without an integer id are logged and skipped.
        """
        params: dict[str, str] = {}
        if modified_since is not None:
            params["last_modification_date"] = care_date(modified_since)
        if state is not None:
            params["state"] = str(state)
        last_id = 0
        for _ in range(MAX_PAGES):
            query = dict(params, last_id=str(last_id)) if last_id else params
            body = self.get_json("/ws/sav", query)
            results = _results(body, "/ws/sav")
            fresh = []
            for entry in results:
                folder_id = entry.get("id") if isinstance(entry, dict) else None
                if not isinstance(folder_id, int) or isinstance(folder_id, bool):
                    log.warning("Care folder list entry without an id skipped: %.200r", entry)
                    continue
                if folder_id > last_id:
                    fresh.append(entry)
            if not fresh:
                if results:
                    log.warning("the marketplace ignored last_id=%s; listing stopped", last_id)
                return
            yield from fresh
            last_id = max(e["id"] for e in fresh)
            if not body.get("next"):
                return

    def care_folder(self, folder_id: int) -> dict[str, Any]:
        """One Care folder with its claims, return labels, orderline and messages."""
        body = self.get_json(f"/ws/sav/{int(folder_id)}")
        if not isinstance(body, dict):
            raise MarketplaceBadAnswerError(f"Care folder {folder_id}: the answer is not an object")
        return body

    # -- orders and Backship --------------------------------------------------------------

    def order(self, order_id: int) -> dict[str, Any]:
        """One order with its orderlines (IMEI, serial, SKU, condition, return reason)."""
        body = self.get_json(f"/ws/orders/{int(order_id)}")
        if not isinstance(body, dict):
            raise MarketplaceBadAnswerError(f"Order {order_id}: the answer is not an object")
        return body

    def backship_returns(
        self, *, order_id: int | None = None, start_date: dt.datetime | None = None
    ) -> Iterator[dict[str, Any]]:
        """Backship return shipments (tracking, pickup, delivery, hub scan), paged."""
        params: dict[str, str] = {}
        if order_id is not None:
            params["order_id"] = str(int(order_id))
        if start_date is not None:
            params["start_date"] = start_date.astimezone(dt.UTC).isoformat(timespec="seconds")
        yield from self._numbered_pages("/ws/shipping/v1/returns", params)

    def backship_deliveries(self, order_id: int) -> Iterator[dict[str, Any]]:
        """Backship deliveries of an order (the outbound parcel and its delivery date)."""
        yield from self._numbered_pages(
            "/ws/shipping/v1/deliveries", {"order_id": str(int(order_id))}
        )

    def _numbered_pages(self, path: str, params: Mapping[str, str]) -> Iterator[dict[str, Any]]:
        """Every entry of a `{count, next, previous, results}` list paged by `page`.

        We never follow `next` itself (it may name another host, and the token must not go
        there); it only says whether there is more. A page identical to the one before means
        the server ignores `page`: stop rather than loop.
        """
        previous: list[Any] | None = None
        for page in range(1, MAX_PAGES + 1):
            query = dict(params, page=str(page)) if page > 1 else dict(params)
            body = self.get_json(path, query)
            results = _results(body, path)
            if results == previous:
                log.warning("%s ignored page=%s; listing stopped", path, page)
                return
            yield from (r for r in results if isinstance(r, dict))
            if not results or not body.get("next"):
                return
            previous = results

    # -- check ----------------------------------------------------------------------------

    def check(self) -> CheckResult:
        """One cheap authenticated call (the first order, one per page): credentials,
        headers, reachability and the clock, without touching the Care budgets."""
        started = time.monotonic()
        headers, _ = self._get("/ws/orders", {"page": "1", "page-size": "1"})
        elapsed = (time.monotonic() - started) * 1000
        skew = None
        if headers.get("Date"):
            try:
                theirs = parsedate_to_datetime(headers["Date"])
                skew = (theirs - dt.datetime.now(dt.UTC)).total_seconds()
            except (TypeError, ValueError, IndexError):
                skew = None
        return CheckResult(
            self.base_url, self.config.user_agent, self.config["accept_language"], elapsed, skew
        )

    # -- acting on a Care folder (each call is sent once; see the module docstring) --------

    def refund(self, orderline_id: int, refund_type: int, amount: Decimal | None) -> str:
        """`POST /ws/sav/refund`: refund an orderline (type 4, 5 or 6 by its state; `amount`
        only with type 6). Returns the marketplace's summary line."""
        body: dict[str, Any] = {"orderline_pk": int(orderline_id), "refund_type": int(refund_type)}
        if amount is not None:
            body["amount"] = float(amount)  # a JSON number; two decimals print exactly
        answer = self._post("/ws/sav/refund", json_body=body)
        return answer if isinstance(answer, str) else json.dumps(answer)[:500]

    def post_message(
        self, folder_id: int, text: str, attachments: Sequence[Attachment] = ()
    ) -> dict[str, Any]:
        """`POST /ws/sav/{id}/msg`: a message on the folder's conversation (multipart, with
        files). Posting to a closed folder reopens it. Returns the created message."""
        answer = self._post(
            f"/ws/sav/{int(folder_id)}/msg", form={"message": text}, files=attachments
        )
        return answer if isinstance(answer, dict) else {}

    def declare_problem(
        self,
        folder_id: int,
        problem_type: str,
        message: str = "",
        attachments: Sequence[Attachment] = (),
    ) -> None:
        """`POST /ws/sav/{id}/problem`: declare a problem (multipart: type, message, files)."""
        form = {"problem_type": problem_type}
        if message:
            form["message"] = message
        self._post(f"/ws/sav/{int(folder_id)}/problem", form=form, files=attachments)

    def item_transfer(self, folder_id: int, shipper: str, tracking: str, action: str) -> None:
        """`POST /ws/sav/{id}/item-transfer`: the item goes back to the customer (carrier,
        tracking number, REPAIR / REPLACE / NOTHING)."""
        body = {"shipperName": shipper, "trackingNumber": tracking, "action": action}
        self._post(f"/ws/sav/{int(folder_id)}/item-transfer", json_body=body)

    # -- plumbing -------------------------------------------------------------------------

    def get_json(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        """GET `path` and return its JSON, retrying transient failures within the patience,
        after waiting for room in the rate limits."""
        return self._get(path, params)[1]

    def _get(self, path: str, params: Mapping[str, str] | None) -> tuple[Mapping[str, str], Any]:
        endpoint = endpoint_of("GET", path)
        started = self._clock()
        attempt = 0
        while True:
            remaining = self.patience_s - (self._clock() - started)
            try:
                self.limiter.acquire(endpoint, max_wait_s=max(remaining, 0.0))
            except DailyLimitReachedError as exc:
                raise MarketplaceRateLimitedError(str(exc)) from None
            except TimeoutError:
                raise MarketplaceRateLimitedError(
                    "No room in the marketplace's rate limits within "
                    f"{self.patience_s * self.scale:.0f} s; the next poll goes on."
                ) from None
            try:
                _, headers, body = self._send("GET", path, params)
                return headers, body
            except _TransientError as exc:
                attempt += 1
                if exc.block:
                    wait = self.limiter.block(exc.retry_after)
                else:
                    step = min(MAX_BACKOFF_S, 2.0 ** (attempt - 1)) / self.scale
                    wait = max(exc.retry_after or 0.0, step / 2 + self._rng.uniform(0, step / 2))
                elapsed = self._clock() - started
                if attempt >= MAX_ATTEMPTS or elapsed + wait > self.patience_s:
                    log.error("%s; gave up after %d attempts", exc.final, attempt)
                    raise exc.final from None
                log.warning("%s; retrying in %.1f s (attempt %d)", exc.final, wait, attempt)
                self.stats.retries += 1
                self._sleep(wait)

    def _post(
        self,
        path: str,
        *,
        json_body: Mapping[str, Any] | None = None,
        form: Mapping[str, str] | None = None,
        files: Sequence[Attachment] = (),
    ) -> Any:
        """POST once, after waiting for room in the limits; the answer's JSON or text.

        Raises MarketplaceOutcomeUnknownError when the request left and nothing settles
        whether it took effect (a timeout or cut connection after sending, a 5xx);
        MarketplaceRateLimitedError for a 429/E008 (nothing was done; the limiter is told)
        or a spent budget; the other states for definite refusals and for a connection that
        was never made.
        """
        endpoint = endpoint_of("POST", path)
        try:
            self.limiter.acquire(endpoint, max_wait_s=self.patience_s)
        except DailyLimitReachedError as exc:
            raise MarketplaceRateLimitedError(str(exc), retry_in_s=exc.wait_s) from None
        except TimeoutError:
            raise MarketplaceRateLimitedError(
                f"No room in the marketplace's rate limits for {endpoint} within "
                f"{self.patience_s * self.scale:.0f} s.",
                retry_in_s=self.patience_s,
            ) from None
        parts: list[tuple[str, tuple[str | None, bytes, str | None]]] | None = None
        if form is not None:  # multipart/form-data, even without a file: fields as parts
            parts = [(name, (None, value.encode(), None)) for name, value in form.items()]
            parts += [("attachment", (f.name, f.content, f.content_type)) for f in files]
        try:
            _, _, body = self._send("POST", path, None, json_body=json_body, files=parts)
        except _TransientError as exc:
            if exc.block:
                wait = self.limiter.block(exc.retry_after)
                final = exc.final
                raise MarketplaceRateLimitedError(
                    str(final), status=final.status, code=final.code, retry_in_s=wait
                ) from None
            if isinstance(exc.final, MarketplaceRateLimitedError):
                final = exc.final
                raise MarketplaceRateLimitedError(
                    str(final), status=final.status, code=final.code, retry_in_s=exc.retry_after
                ) from None
            if not exc.left:
                raise exc.final from None
            raise MarketplaceOutcomeUnknownError(
                f"{exc.final}; whether it took effect is unknown",
                status=exc.final.status,
                code=exc.final.code,
            ) from None
        return body

    def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        *,
        json_body: Mapping[str, Any] | None = None,
        files: list[tuple[str, tuple[str | None, bytes, str | None]]] | None = None,
    ) -> tuple[int, Mapping[str, str], Any]:
        """One exchange: (status, headers, parsed answer) for a 2xx, else raises. A GET's
        answer must be JSON; a POST's may be text (a refund's summary) or empty."""
        url = f"{self.base_url}{path}"
        limit = 2 * self.timeout_s
        started = time.monotonic()
        self.stats.requests += 1
        self.stats.by_endpoint[endpoint_of(method, path)] += 1
        with deadline(limit) as guard:
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    data=json.dumps(json_body).encode() if json_body is not None else None,
                    files=files,
                    headers=_post_headers(json_body) if method == "POST" else None,
                    timeout=(self.timeout_s, self.timeout_s),
                    stream=True,
                    allow_redirects=False,
                )
                try:
                    content = read_capped(response, MAX_ANSWER_BYTES)
                finally:
                    response.close()
            except (BadContentLengthError, OversizeAnswerError):
                raise MarketplaceBadAnswerError(
                    f"{path}: the answer was larger than {MAX_ANSWER_BYTES // 2**20} MB or "
                    "announced a garbled length; it was not read."
                ) from None
            except (
                requests.RequestException,
                urllib3.exceptions.HTTPError,
                http.client.HTTPException,
                OSError,
            ) as exc:
                what = (
                    f"no complete answer within {limit:.0f} s"
                    if guard.expired
                    else _network_message(exc, self.timeout_s)
                )
                raise _TransientError(
                    MarketplaceUnreachableError(f"{method} {path}: {what}"),
                    None,
                    block=False,
                    left=guard.expired or not never_connected(exc),
                ) from None
        status = response.status_code
        self.stats.by_status[status] += 1
        log.debug(
            "%s %s -> %s in %.0f ms", method, path, status, (time.monotonic() - started) * 1000
        )
        parsed = _json_or_none(response.headers, content)
        error_code, error_message = _error_of(parsed)
        if error_code == "E008":
            raise _TransientError(
                MarketplaceRateLimitedError(
                    f"{method} {path}: the marketplace asked us to slow down (E008"
                    f"{': ' + error_message if error_message else ''})",
                    status=status,
                    code=error_code,
                ),
                _retry_after(response.headers),
                block=False,
            )
        if 200 <= status < 300 and method != "GET":
            if parsed is not _NOT_JSON:
                return status, response.headers, parsed
            return status, response.headers, content.decode("utf-8", "replace")[:2000]
        if 200 <= status < 300:
            if media_type(response.headers) != "application/json" or parsed is _NOT_JSON:
                raise MarketplaceBadAnswerError(
                    f"{method} {path}: the answer was not the marketplace's JSON "
                    f"({media_type(response.headers) or 'no content type'}); a proxy or a "
                    "login page may be in the way",
                    status=status,
                )
            return status, response.headers, parsed
        raise _failure(f"{method} {path}", response, parsed)


_NOT_JSON = object()


def _json_or_none(headers: Mapping[str, str], content: bytes) -> Any:
    """The parsed JSON body, or _NOT_JSON when it is not JSON (whatever it claims)."""
    if media_type(headers) not in ("application/json", "application/problem+json"):
        return _NOT_JSON
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return _NOT_JSON


def _error_of(parsed: Any) -> tuple[str, str]:
    """Back Market's error code and message from either of its error shapes:
    `{"error": {"code", "message"}}` or `{"errors": [{"code", "message"}, ...]}`."""
    if not isinstance(parsed, dict):
        return "", ""
    first = parsed.get("error")
    if not isinstance(first, dict):
        errors = parsed.get("errors")
        first = errors[0] if isinstance(errors, list) and errors else None
    if not isinstance(first, dict):
        return "", ""
    code, message = first.get("code"), first.get("message")
    return (
        str(code)[:40] if code is not None else "",
        str(message)[:300] if message is not None else "",
    )


def _retry_after(headers: Mapping[str, str]) -> float | None:
    return parse_retry_after(headers.get("Retry-After"), dt.datetime.now(dt.UTC), 3600.0)


def _post_headers(json_body: Mapping[str, Any] | None) -> dict[str, str]:
    """A POST's answer may be JSON (a message), text (a refund's summary) or nothing (a
    problem report), so it accepts all three; a JSON body says so."""
    headers = {"Accept": "application/json, text/plain;q=0.9, */*;q=0.1"}
    if json_body is not None:
        headers["Content-Type"] = "application/json"
    return headers


def _failure(where: str, response: requests.Response, parsed: Any) -> Exception:
    """The exception for a non-2xx answer (a _TransientError when worth retrying)."""
    status = response.status_code
    code, message = _error_of(parsed)
    said = f" ({code}{': ' + message if message else ''})" if code or message else ""
    error: MarketplaceError
    if 300 <= status < 400:
        error = MarketplaceBadAnswerError(
            f"{where}: redirected ({status}); check base_url (http or https, the right host)",
            status=status,
        )
    elif status == 429:
        error = MarketplaceRateLimitedError(
            f"{where}: the marketplace's rate limit answered 429{said}", status=429, code=code
        )
        return _TransientError(error, _retry_after(response.headers), block=True)
    elif status == 403 and (parsed is _NOT_JSON or code == "bot-need-challenge"):
        ray = response.headers.get("cf-ray", "")
        error = MarketplaceChallengeError(
            f"{where}: Cloudflare refused the request (403{', ' + code if code else ''}"
            f"{', cf-ray ' + ray if ray else ''}); send the cf-ray to your Back Market "
            "contact if the connector should not be blocked",
            status=403,
            code=code,
            cf_ray=ray,
        )
    elif status in (401, 403):
        error = MarketplaceUnauthorizedError(
            f"{where}: the token was refused ({status}{said}); check it in the back office "
            "(API access, Care scope) and the environment (production or preprod)",
            status=status,
            code=code,
        )
    elif status == 404:
        error = MarketplaceNotFoundError(
            f"{where}: not found{said}", status=404, code=code, said=message
        )
    elif status >= 500:
        reason = http.client.responses.get(status, "server error")
        error = MarketplaceUnavailableError(f"{where}: {status} {reason}{said}", status=status)
        return _TransientError(error, _retry_after(response.headers), block=False)
    else:
        error = MarketplaceRefusedError(
            f"{where}: refused with {status}{said}", status=status, code=code, said=message
        )
    return error


def _results(body: Any, path: str) -> list[Any]:
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise MarketplaceBadAnswerError(f"GET {path}: a list answer without `results`")
    return body["results"]


_NETWORK_MESSAGES: dict[NetworkFailure, str] = {
    NetworkFailure.TLS: "the TLS certificate could not be verified",
    NetworkFailure.PROXY: "the proxy could not be reached or refused the request",
    NetworkFailure.CONNECT_TIMEOUT: "no connection within {timeout:.0f} s",
    NetworkFailure.READ_TIMEOUT: "no answer for more than {timeout:.0f} s",
    NetworkFailure.CUT_OFF: "the answer was cut off",
    NetworkFailure.DNS: "the host name could not be resolved (DNS)",
    NetworkFailure.REFUSED: "the connection was refused",
    NetworkFailure.LOST: "the connection was lost before a complete answer",
}


def _network_message(exc: BaseException, timeout: float) -> str:
    """A plain sentence for a network failure (no headers, never the token)."""
    return _NETWORK_MESSAGES[classify(exc)].format(timeout=timeout)


def care_date(when: dt.datetime) -> str:
    """`when` in the Care filters' `YYYY-MM-DD-hh-mm` form (UTC)."""
    return when.astimezone(dt.UTC).strftime(CARE_DATE_FORMAT)
