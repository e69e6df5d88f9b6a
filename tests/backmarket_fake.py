"""A stateful fake of the Back Market seller API on loopback, for the connector's tests and
benchmark. It is a real HTTP server (threads, keep-alive), not a mock of the client.

    with FakeBackMarket(token="t0k3n", validator=SpecValidator()) as fake:
        fake.add_return(folder_id=1001, order_id=501, orderline_id=7001, imei="...")
        fake.url                               # http://127.0.0.1:PORT
        fake.modify_folder(1001, state=9)      # state changes between polls
        fake.inject(r"^/ws/sav/1001$", "500")  # faults: 500/503, 403 html/bot, 429, e008,
                                               # slow:S, malformed, not_json, drop, wrong_shape
        fake.requests                          # every request (method, path, query, headers)

What it keeps: Care folders in the shape of `GET /ws/sav/{id}`, orders in the shape of
`GET /ws/orders/{id}`, Backship returns and deliveries. What it enforces, like the real one:
the headers (Basic token, User-Agent `BM-...;email`), pagination (`page` and `last_id`, 10
folders a page, `next` only when there is more), `last_modification_date` (strictly after the
minute given), and the rate limits: above 200 requests in 10 s a 429 and a 10 s block, Care's
per-minute and per-day limits, all divided by `scale` so benchmarks can run fast.

Routes are a table of (method, pattern, handler): the outbound endpoints (refund, message,
problem, item transfer) plug in the same way, with their effects on the stored state.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from backmarket_spec import SpecValidator

PAGE_SIZE = 10
USER_AGENT = re.compile(r"^BM-[^-;]+-[^;]+;[^@\s]+@[^@\s]+$")
CARE_DATE = "%Y-%m-%d-%H-%M"


def iso(when: dt.datetime | dt.date | None) -> str | None:
    if when is None:
        return None
    if isinstance(when, dt.datetime):
        return when.astimezone(dt.UTC).isoformat()
    return dt.datetime.combine(when, dt.time(12), dt.UTC).isoformat()


@dataclass
class Recorded:
    """One request as received (and the status it got)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    status: int = 0


@dataclass
class Fault:
    pattern: re.Pattern[str]
    kind: str
    remaining: int


@dataclass
class _Window:
    limit: int
    seconds: float
    log: deque[float] = field(default_factory=deque)

    def full(self, now: float) -> bool:
        while self.log and self.log[0] <= now - self.seconds:
            self.log.popleft()
        return len(self.log) >= self.limit


Answer = tuple[int, str, bytes, dict[str, str]]
Query = dict[str, list[str]]
Handler = Callable[["FakeBackMarket", re.Match[str], Query, bytes], Answer]


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, "application/json", json.dumps(body).encode(), headers or {}


def _error(status: int, code: str, message: str) -> Answer:
    return _json(status, {"error": {"code": code, "message": message}})


class FakeBackMarket:
    """See the module docstring."""

    def __init__(
        self,
        *,
        token: str = "c2VsbGVyLTQyOkJNVC1mYWtlLXNlY3JldA==",  # base64 of "id:secret", as issued
        validator: SpecValidator | None = None,
        scale: float = 1.0,
        page_size: int = PAGE_SIZE,
        global_limit: tuple[int, float] = (200, 10.0),
    ) -> None:
        self.token = token
        self.validator = validator
        self.scale = scale
        self.page_size = page_size
        self.folders: dict[int, dict[str, Any]] = {}
        self.orders: dict[int, dict[str, Any]] = {}
        self.backship_returns: list[dict[str, Any]] = []
        self.deliveries: list[dict[str, Any]] = []
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.served_429 = 0
        self._lock = threading.RLock()
        self._blocked_until = 0.0
        self._global = _Window(global_limit[0], global_limit[1] / scale)
        self._care = {
            "care_list": (_Window(520, 60.0 / scale), _Window(4000, 86400.0 / scale)),
            "care_folder": (_Window(600, 60.0 / scale), _Window(40000, 86400.0 / scale)),
        }
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", re.compile(r"^/ws/sav/?$"), FakeBackMarket._list_folders),
            ("GET", re.compile(r"^/ws/sav/(\d+)$"), FakeBackMarket._folder),
            ("GET", re.compile(r"^/ws/orders/?$"), FakeBackMarket._list_orders),
            ("GET", re.compile(r"^/ws/orders/(\d+)$"), FakeBackMarket._order),
            ("GET", re.compile(r"^/ws/shipping/v1/returns$"), FakeBackMarket._list_returns),
            ("GET", re.compile(r"^/ws/shipping/v1/deliveries$"), FakeBackMarket._list_deliveries),
        ]
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> FakeBackMarket:
        fake = self

        class Handler(_RequestHandler):
            owner = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeBackMarket:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- state ------------------------------------------------------------------------------

    def add_return(
        self,
        folder_id: int,
        order_id: int | None = None,
        orderline_id: int | None = None,
        *,
        opened: dt.datetime | None = None,
        ordered: dt.datetime | None = None,
        shipped: dt.datetime | None = None,
        reason_code: int | None = 22,
        issues: tuple[tuple[str, str], ...] = (("TECHNICAL", "BATTERY_NOT_CHARGING"),),
        resolution: str = "REPAIR",
        imei: str = "356938035643809",
        serial: str = "",
        sku: str = "IPHONE12-64-BLACK-A",
        title: str = "iPhone 12 64 Go - Noir - Débloqué",
        brand: str = "apple",
        category_name: str = "Smartphones",
        condition: int | None = 10,
        price: str = "389.00",
        currency: str = "EUR",
        first_name: str = "Camille",
        label: dt.datetime | None = None,
        label_state: str = "ALIVE",
        is_backship: bool = False,
        state: int = 0,
    ) -> dict[str, Any]:
        """A Care folder on one orderline, its order, consistent dates; returns the folder."""
        order_id = order_id or folder_id + 500_000
        orderline_id = orderline_id or folder_id + 700_000
        now = self.now()
        opened = opened or now - dt.timedelta(days=2)
        ordered = ordered or opened - dt.timedelta(days=12)
        shipped = shipped or ordered + dt.timedelta(days=1)
        order_short = {
            "order_id": order_id,
            "tracking_number": f"6A{order_id:011d}",
            "tracking_url": "https://carrier.example/track",
            "shipper": 3,
            "shipper_display": "Colissimo",
            "date_creation": iso(ordered),
            "date_modification": iso(shipped),
            "date_shipping": iso(shipped),
            "date_payment": iso(ordered),
            "state": 9,
            "price": price,
            "shipping_price": "0.00",
            "currency": currency,
            "country_code": "fr-fr",
            "shipping_address": {"first_name": first_name, "last_name": "Martin", "city": "Lyon"},
        }
        labels = []
        if label is not None:
            labels.append(
                {
                    "date_creation": iso(label),
                    "state": label_state,
                    "label": f"https://labels.example/{folder_id}.pdf",
                    "initiator": "BackMarket",
                    "kind": "CUSTOMER_TO_MERCHANT",
                }
            )
        folder = {
            "id": folder_id,
            "backcare": False,
            "client": {"id": 0, "username": "", "first_name": first_name, "last_name": "Martin",
                       "email": "camille.martin@mail.example"},
            "country_code": "fr-fr",
            "date_creation": iso(opened),
            "date_modification": iso(now),
            "date_last_message": iso(opened),
            "state": state,
            "lines": [
                {
                    "id": folder_id * 10,
                    "issues": [{"tag": tag, "customerIssue": issue} for tag, issue in issues],
                    "state": 0,
                    "resolution_choice": resolution,
                    "declared_warranty_state": "IN_WARRANTY",
                    "return_labels": labels,
                }
            ],
            "merchant": {"id": 42, "username": "seller@shop.example"},
            "messages": [
                {"id": folder_id * 100, "message": "Bonjour, la batterie ne charge plus.",
                 "date_creation": iso(opened), "initiator": "Customer",
                 "kind": "CUSTOMER_TO_MERCHANT", "attachments": []}
            ],
            "orderline": {
                "id": orderline_id,
                "order": order_short,
                "snapshot": {
                    "id": 0,
                    "product": {"product_id": 141, "category_3": {"category_name": category_name}},
                    "listing": 9000 + folder_id % 1000,
                    "sku": sku,
                    "image": "https://img.example/p.jpg",
                },
                "quantity": 1,
                "price": price,
                "state": 3,
            },
        }  # fmt: skip
        if state == 9:
            folder["date_closed"] = iso(now)
        orderline = {
            "id": orderline_id,
            "date_creation": iso(ordered),
            "state": 3,
            "price": price,
            "shipping_price": "0.00",
            "currency": currency,
            "return_message": "",
            "listing": sku,
            "listing_id": 9000 + folder_id % 1000,
            "product": title,
            "quantity": 1,
            "brand": brand,
            "product_id": 141,
            "imei": imei,
            "serial_number": serial,
        }
        if reason_code is not None:
            orderline["return_reason"] = reason_code
        if condition is not None:
            orderline["condition"] = condition
        order = {
            key: order_short[key]
            for key in ("order_id", "tracking_number", "tracking_url", "shipper_display",
                        "date_creation", "date_modification", "date_shipping", "date_payment",
                        "state", "price", "shipping_price", "currency", "country_code")
        }  # fmt: skip
        order.update(is_backship=is_backship, orderlines=[orderline])
        with self._lock:
            existing = self.orders.get(order_id)
            if existing is not None:
                existing["orderlines"].append(orderline)
            else:
                self.orders[order_id] = order
            self.folders[folder_id] = folder
        return folder

    def modify_folder(self, folder_id: int, **changes: Any) -> dict[str, Any]:
        """Change a folder's top-level fields; its date_modification moves to now. `state=9`
        closes it (with date_closed)."""
        with self._lock:
            folder = self.folders[folder_id]
            folder.update(changes)
            if changes.get("state") == 9:
                folder.setdefault("date_closed", iso(self.now()))
            folder["date_modification"] = iso(self.now())
            return folder

    def set_label(self, folder_id: int, *, state: str, issued: dt.datetime) -> None:
        """Give the folder's claim a customer-to-merchant return label (or change its state)."""
        with self._lock:
            claim = self.folders[folder_id]["lines"][0]
            claim["return_labels"] = [
                {
                    "date_creation": iso(issued),
                    "state": state,
                    "label": f"https://labels.example/{folder_id}.pdf",
                    "initiator": "BackMarket",
                    "kind": "CUSTOMER_TO_MERCHANT",
                }
            ]
        self.modify_folder(folder_id)

    def add_backship_return(
        self,
        folder_id: int,
        *,
        tracking: str,
        created: dt.datetime,
        pickup: dt.datetime | None = None,
        delivery: dt.datetime | None = None,
        hub_scanned: bool = False,
    ) -> dict[str, Any]:
        """A Backship return shipment for the folder's orderline. The file requires both dates
        as date-times: one that has not happened yet is served as a plan, in the future."""
        planned = self.now() + dt.timedelta(days=1)
        with self._lock:
            line = self.folders[folder_id]["orderline"]
            entry = {
                "orderId": line["order"]["order_id"],
                "orderlineId": line["id"],
                "shipmentId": 80_000 + folder_id,
                "dateCreation": iso(created),
                "referenceNumber": f"1-{folder_id}-1",
                "trackingNumber": tracking,
                "trackingUrl": f"https://carrier.example/{tracking}",
                "carrierId": 7,
                "carrierName": "Chronopost",
                "hubScanned": hub_scanned,
                "datePickup": iso(pickup or planned),
                "dateDelivery": iso(delivery or planned + dt.timedelta(days=3)),
                "label": f"https://labels.example/r{folder_id}.pdf",
                "invoicedPrice": 6,
                "invoicedCurrency": "EUR",
                "type": "RETURN",
            }
            self.backship_returns = [
                r for r in self.backship_returns if r["orderlineId"] != line["id"]
            ] + [entry]
            return entry

    def add_delivery(self, order_id: int, *, delivered: dt.datetime) -> None:
        """A Backship delivery (the outbound parcel) of an order, delivered at `delivered`."""
        order = self.orders[order_id]
        with self._lock:
            self.deliveries.append(
                {
                    "order": order_id,
                    "shipmentId": 90_000 + order_id,
                    "carrierId": 7,
                    "orderlines": [line["id"] for line in order["orderlines"]],
                    "referenceNumber": str(order_id),
                    "trackingNumber": order["tracking_number"],
                    "trackingUrl": "https://carrier.example/t",
                    "carrierName": "Chronopost",
                    "hubScanned": True,
                    "invoicedCurrency": "EUR",
                    "invoicedPrice": 6,
                    "datePickup": order["date_shipping"],
                    "dateCreation": order["date_creation"],
                    "dateDelivery": iso(delivered),
                    "labelUrl": "/static/shipment_labels/x.pdf",
                    "type": "DELIVERY",
                    "pickupInfo": {
                        "confirmationNumber": "1231NB",
                        "datePickupActual": order["date_shipping"],
                        "datePickupRangeStart": order["date_shipping"],
                        "datePickupRangeEnd": order["date_shipping"],
                        "datePickupRequested": order["date_shipping"][:10],
                        "isCanceled": False,
                        "pickupId": 1,
                    },
                }
            )

    def inject(self, pattern: str, kind: str, times: int = 1) -> None:
        """The next `times` requests whose path matches `pattern` get fault `kind`."""
        with self._lock:
            self.faults.append(Fault(re.compile(pattern), kind, times))

    @staticmethod
    def now() -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    # -- serving ----------------------------------------------------------------------------

    def answer(self, record: Recorded) -> tuple[Answer, float, bool]:
        """(status, content type, body, headers) for one request, a delay before it, and
        whether the answer is an injected fault (status 0: drop the connection)."""
        with self._lock:
            self.requests.append(record)
            fault = self._take_fault(record.path)
        delay = 0.0
        if fault is not None and fault.startswith("slow:"):
            delay = float(fault.split(":", 1)[1])
            fault = None
        if fault == "drop":
            return (0, "", b"", {}), 0.0, True
        answer = self._answer(record, fault)
        record.status = answer[0]
        return answer, delay, fault is not None

    def _take_fault(self, path: str) -> str | None:
        for fault in self.faults:
            if fault.remaining > 0 and fault.pattern.search(path):
                fault.remaining -= 1
                return fault.kind
        return None

    def _answer(self, record: Recorded, fault: str | None) -> Answer:
        headers, path = record.headers, record.path
        if headers.get("Authorization") != f"Basic {self.token}":
            return _error(401, "E001", "Guest user not allowed")
        if not USER_AGENT.match(headers.get("User-Agent", "")):
            return 403, "text/html", b"<html><body>Forbidden</body></html>", {"cf-ray": "8f-CDG"}
        limited = self._rate_limit(path)
        if limited is not None:
            return limited
        if fault is not None:
            return self._fault(fault)
        for route_method, pattern, handler in self.routes:
            match = pattern.match(path)
            if match and route_method == record.method:
                with self._lock:
                    return handler(self, match, record.query, record.body)
        return _error(404, "E404", "Webservices unavailable")

    def _rate_limit(self, path: str) -> Answer | None:
        now = time.monotonic()
        with self._lock:
            if now < self._blocked_until or self._global.full(now):
                if now >= self._blocked_until:
                    self._blocked_until = now + 10.0 / self.scale
                self.served_429 += 1
                return _error(429, "E429", "Too many requests")
            self._global.log.append(now)
            name = "care_list" if re.match(r"^/ws/sav/?$", path) else None
            name = name or ("care_folder" if re.match(r"^/ws/sav/\d+$", path) else None)
            if name is not None:
                windows = self._care[name]
                if any(w.full(now) for w in windows):
                    self.served_429 += 1
                    return _error(429, "E429", "Too many requests")
                for w in windows:
                    w.log.append(now)
        return None

    @staticmethod
    def _fault(kind: str) -> Answer:
        if kind not in _FAULTS:
            raise ValueError(f"unknown fault {kind!r}")
        return _FAULTS[kind]

    # -- handlers ---------------------------------------------------------------------------

    def _list_folders(
        self, _match: re.Match[str], query: dict[str, list[str]], _body: bytes
    ) -> Answer:
        items = sorted(self.folders.values(), key=lambda f: f["id"])
        since = _one(query, "last_modification_date")
        if since is not None:
            try:
                floor = dt.datetime.strptime(since, CARE_DATE).replace(tzinfo=dt.UTC)
            except ValueError:
                return _error(400, "E009", "Validation error")
            items = [f for f in items if dt.datetime.fromisoformat(f["date_modification"]) > floor]
        state = _one(query, "state")
        if state is not None:
            items = [f for f in items if str(f["state"]) == state]
        last_id = _one(query, "last_id")
        if last_id is not None:
            items = [f for f in items if f["id"] > int(last_id)]
        page = int(_one(query, "page") or 1)
        chunk = items[(page - 1) * self.page_size : page * self.page_size]
        body: dict[str, Any] = {"count": len(chunk), "results": [_summary(f) for f in chunk]}
        if len(items) > page * self.page_size:
            body["next"] = f"{self.url}/ws/sav?page={page + 1}"
        if page > 1:
            body["previous"] = f"{self.url}/ws/sav?page={page - 1}"
        return _json(200, body)

    def _folder(self, match: re.Match[str], _query: Query, _body: bytes) -> Answer:
        folder = self.folders.get(int(match.group(1)))
        if folder is None:
            return _error(404, "E404", "Care Folder does not exist")
        return _json(200, folder)

    def _list_orders(
        self, _match: re.Match[str], query: dict[str, list[str]], _body: bytes
    ) -> Answer:
        size = min(int(_one(query, "page-size") or 10), 50)
        page = int(_one(query, "page") or 1)
        items = sorted(self.orders.values(), key=lambda o: o["order_id"])
        return _json(200, _paged(items, page, size, f"{self.url}/ws/orders"))

    def _order(self, match: re.Match[str], _query: Query, _body: bytes) -> Answer:
        order = self.orders.get(int(match.group(1)))
        if order is None:
            return _error(404, "E404", "Webservices unavailable")
        return _json(200, order)

    def _list_returns(
        self, _match: re.Match[str], query: dict[str, list[str]], _body: bytes
    ) -> Answer:
        items = list(self.backship_returns)
        order_id = _one(query, "order_id")
        if order_id is not None:
            items = [r for r in items if str(r["orderId"]) == order_id]
        start = _one(query, "start_date")
        if start is not None:
            floor = dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC)
            items = [r for r in items if dt.datetime.fromisoformat(r["dateCreation"]) >= floor]
        page = int(_one(query, "page") or 1)
        return _json(200, _paged(items, page, 10, f"{self.url}/ws/shipping/v1/returns", null=True))

    def _list_deliveries(
        self, _match: re.Match[str], query: dict[str, list[str]], _body: bytes
    ) -> Answer:
        order_id = _one(query, "order_id")
        items = [d for d in self.deliveries if order_id is None or str(d["order"]) == order_id]
        page = int(_one(query, "page") or 1)
        url = f"{self.url}/ws/shipping/v1/deliveries"
        return _json(200, _paged(items, page, 10, url, null=True))


_FAULTS: dict[str, Answer] = {
    "500": (500, "text/html", b"<h1>Internal Server Error</h1>", {}),
    "502": (502, "text/html", b"<h1>Bad Gateway</h1>", {}),
    "503": (503, "text/html", b"<h1>Service Unavailable</h1>", {}),
    "403_html": (403, "text/html", b"<html>Attention Required!</html>", {"cf-ray": "931-CDG"}),
    "403_bot": _json(
        403,
        {"errors": [{"code": "bot-need-challenge", "message": "Forbidden",
                     "challengePath": "/testchallengepage"}]},
        {"cf-ray": "932-CDG"},
    ),
    "429": _error(429, "E429", "Too many requests"),
    "e008": _error(400, "E008", "Too many calls, retry later"),
    "malformed": (200, "application/json", b'{"id": 12, "lines": [', {}),
    "not_json": (200, "text/html", b"<html>Log in to the Wi-Fi</html>", {}),
    "wrong_shape": _json(200, {"id": "twelve", "lines": "none", "orderline": 5}),
}  # fmt: skip
"""Injectable faults by name (besides `slow:SECONDS` and `drop`)."""


def _summary(folder: dict[str, Any]) -> dict[str, Any]:
    """A folder as the list shows it (claim ids instead of claims)."""
    out = {
        key: folder[key]
        for key in ("id", "date_creation", "date_modification", "date_last_message", "state",
                    "country_code", "backcare")
        if key in folder
    }  # fmt: skip
    out.update(
        client=0,
        merchant=42,
        orderline=folder["orderline"]["id"],
        lines=[claim["id"] for claim in folder["lines"]],
    )
    if "date_closed" in folder:
        out["date_closed"] = folder["date_closed"]
    return out


def _paged(
    items: list[dict[str, Any]], page: int, size: int, url: str, *, null: bool = False
) -> dict[str, Any]:
    chunk = items[(page - 1) * size : page * size]
    more = len(items) > page * size
    body: dict[str, Any] = {"count": len(items), "results": chunk}
    if more or null:
        body["next"] = f"{url}?page={page + 1}" if more else None
    if page > 1 or null:
        body["previous"] = f"{url}?page={page - 1}" if page > 1 else None
    return body


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


class _RequestHandler(BaseHTTPRequestHandler):
    owner: FakeBackMarket
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        record = Recorded(self.command, parts.path, query, dict(self.headers.items()), body)
        (status, kind, answer, extra), delay, injected = self.owner.answer(record)
        if status == 0:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if self.owner.validator is not None:
            self.owner.validator.check(record, status, answer, kind, answer_injected=injected)
        if delay:
            time.sleep(delay)
        try:
            self._send(status, kind, answer, extra)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test): nothing to do

    def _send(self, status: int, kind: str, answer: bytes, extra: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(answer)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()
