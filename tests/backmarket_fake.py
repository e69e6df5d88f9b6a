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

Routes are a table of (method, pattern, handler). The seller's four calls act on the stored
state as the file describes: a refund (type by orderline state, amount only with type 6)
makes the orderline refunded (state 5 or 6), a message joins the folder's conversation (and
reopens a closed folder), a problem's text does too, an item transfer takes its tracking
number once. `refunds`, `problems`, `item_transfers` and `posted_messages` are the fake's
own records of what was done: the proof the crash test counts. Faults `after:drop`,
`after:slow:S` and `after:500` strike once the request has taken effect.
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
from decimal import Decimal
from email import policy
from email.parser import BytesParser
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
Handler = Callable[["FakeBackMarket", re.Match[str], "Recorded"], Answer]


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
        self.latency = 0.0
        """Seconds every answer takes besides any fault's (a marketplace far away; the crash
        test widens the moments a kill can strike with it)."""
        self.refunds: list[dict[str, Any]] = []
        """Refunds the marketplace made (the proof of 'at most once per orderline')."""
        self.problems: list[dict[str, Any]] = []
        self.item_transfers: list[dict[str, Any]] = []
        self.posted_messages: list[dict[str, Any]] = []
        """Messages the seller posted, as stored on their folders."""
        self._next_message_id = 1
        self._lock = threading.RLock()
        self._blocked_until = 0.0
        self._global = _Window(global_limit[0], global_limit[1] / scale)
        day = 86400.0 / scale
        minute = 60.0 / scale
        self._care = {
            "care_list": (_Window(520, minute), _Window(4000, day)),
            "care_folder": (_Window(600, minute), _Window(40000, day)),
            "care_refund": (_Window(500, day),),
            "care_message": (_Window(560, minute), _Window(40000, day)),
            "care_problem": (_Window(750, minute), _Window(1000, day)),
            "care_item_transfer": (_Window(292, minute), _Window(500, day)),
        }
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", re.compile(r"^/ws/sav/?$"), FakeBackMarket._list_folders),
            ("GET", re.compile(r"^/ws/sav/(\d+)$"), FakeBackMarket._folder),
            ("GET", re.compile(r"^/ws/orders/?$"), FakeBackMarket._list_orders),
            ("GET", re.compile(r"^/ws/orders/(\d+)$"), FakeBackMarket._order),
            ("GET", re.compile(r"^/ws/shipping/v1/returns$"), FakeBackMarket._list_returns),
            ("GET", re.compile(r"^/ws/shipping/v1/deliveries$"), FakeBackMarket._list_deliveries),
            ("POST", re.compile(r"^/ws/sav/refund$"), FakeBackMarket._refund),
            ("POST", re.compile(r"^/ws/sav/(\d+)/msg$"), FakeBackMarket._message),
            ("POST", re.compile(r"^/ws/sav/(\d+)/problem$"), FakeBackMarket._problem),
            ("POST", re.compile(r"^/ws/sav/(\d+)/item-transfer$"), FakeBackMarket._item_transfer),
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
        delay = self.latency
        if fault is not None and fault.startswith("after:"):
            answer, late, injected = self._after_effect(record, fault.split(":", 1)[1])
            return answer, late + delay, injected
        if fault is not None and fault.startswith("slow:"):
            delay += float(fault.split(":", 1)[1])
            fault = None
        if fault == "drop":
            return (0, "", b"", {}), 0.0, True
        answer = self._answer(record, fault)
        record.status = answer[0]
        return answer, delay, fault is not None

    def _after_effect(self, record: Recorded, then: str) -> tuple[Answer, float, bool]:
        """A fault that strikes once the request has taken effect: `slow:S` (the answer
        comes too late), `drop` (the connection is cut instead of answering) or a status
        of _FAULTS (e.g. a 500 after the refund was made)."""
        answer = self._answer(record, None)
        record.status = answer[0]
        if then == "drop":
            return (0, "", b"", {}), 0.0, True
        if then.startswith("slow:"):
            return answer, float(then.split(":", 1)[1]), True
        return self._fault(then), 0.0, True

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
        limited = self._rate_limit(record.method, path)
        if limited is not None:
            return limited
        if fault is not None:
            return self._fault(fault)
        for route_method, pattern, handler in self.routes:
            match = pattern.match(path)
            if match and route_method == record.method:
                with self._lock:
                    return handler(self, match, record)
        return _error(404, "E404", "Webservices unavailable")

    def _rate_limit(self, method: str, path: str) -> Answer | None:
        now = time.monotonic()
        with self._lock:
            if now < self._blocked_until or self._global.full(now):
                if now >= self._blocked_until:
                    self._blocked_until = now + 10.0 / self.scale
                self.served_429 += 1
                return _error(429, "E429", "Too many requests")
            self._global.log.append(now)
            name = next(
                (n for m, pattern, n in _CARE_LIMITED if m == method and pattern.match(path)), None
            )
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

    def _list_folders(self, _match: re.Match[str], record: Recorded) -> Answer:
        query = record.query
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

    def _folder(self, match: re.Match[str], _record: Recorded) -> Answer:
        folder = self.folders.get(int(match.group(1)))
        if folder is None:
            return _error(404, "E404", "Care Folder does not exist")
        return _json(200, folder)

    def _list_orders(self, _match: re.Match[str], record: Recorded) -> Answer:
        query = record.query
        size = min(int(_one(query, "page-size") or 10), 50)
        page = int(_one(query, "page") or 1)
        items = sorted(self.orders.values(), key=lambda o: o["order_id"])
        return _json(200, _paged(items, page, size, f"{self.url}/ws/orders"))

    def _order(self, match: re.Match[str], _record: Recorded) -> Answer:
        order = self.orders.get(int(match.group(1)))
        if order is None:
            return _error(404, "E404", "Webservices unavailable")
        return _json(200, order)

    def _list_returns(self, _match: re.Match[str], record: Recorded) -> Answer:
        query = record.query
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

    def _list_deliveries(self, _match: re.Match[str], record: Recorded) -> Answer:
        query = record.query
        order_id = _one(query, "order_id")
        items = [d for d in self.deliveries if order_id is None or str(d["order"]) == order_id]
        page = int(_one(query, "page") or 1)
        url = f"{self.url}/ws/shipping/v1/deliveries"
        return _json(200, _paged(items, page, 10, url, null=True))

    # -- acting on folders (the seller's four calls) ------------------------------------------

    def _orderline(self, orderline_id: object) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """(the order's orderline, the folder on it) for an orderline id, or None."""
        for folder in self.folders.values():
            if folder["orderline"]["id"] == orderline_id:
                order = self.orders[folder["orderline"]["order"]["order_id"]]
                line = next(ln for ln in order["orderlines"] if ln["id"] == orderline_id)
                return line, folder
        return None

    def _touch(self, folder: dict[str, Any]) -> None:
        folder["date_modification"] = iso(self.now())

    def _refund(self, _match: re.Match[str], record: Recorded) -> Answer:
        """A refund: type 4/5/6 must fit the orderline's state 1/2/3, an amount only (and
        always) with type 6, never above the price. The orderline becomes refunded (5 before
        shipping, 6 after), so a second refund has no valid type and is refused."""
        try:
            body = json.loads(record.body)
        except ValueError:
            return _error(400, "E009", "Payload not acceptable")
        found = self._orderline(body.get("orderline_pk"))
        if found is None:
            return _error(404, "E404", "Orderline does not exist")
        line, folder = found
        refund_type, amount = body.get("refund_type"), body.get("amount")
        fits = {1: 4, 2: 5, 3: 6}.get(line["state"])
        if refund_type != fits:
            return _error(
                400, "E009", f"Payload not acceptable: orderline state {line['state']} "
                f"takes no refund of type {refund_type}"
            )  # fmt: skip
        price = Decimal(line["price"])
        if refund_type == 6:
            if not isinstance(amount, int | float) or not 0 < Decimal(str(amount)) <= price:
                return _error(400, "E009", "Payload not acceptable: amount")
            refunded = Decimal(str(amount)).quantize(Decimal("0.01"))
        elif amount is not None:
            return _error(400, "E009", "Payload not acceptable: amount only with type 6")
        else:
            refunded = price
        line["state"] = folder["orderline"]["state"] = 6 if refund_type == 6 else 5
        self.refunds.append(
            {"orderline": line["id"], "folder": folder["id"], "type": refund_type,
             "amount": refunded, "at": self.now()}
        )  # fmt: skip
        self._touch(folder)
        return 201, "text/plain", f"{refunded}€ refunded on the sku {line['listing']}".encode(), {}

    def _message(self, match: re.Match[str], record: Recorded) -> Answer:
        folder = self.folders.get(int(match.group(1)))
        if folder is None:
            return _error(404, "E404", "Care Folder does not exist")
        fields, files = multipart(record)
        text = fields.get("message", "")
        if not text.strip() or len(files) > MAX_FILES or any(len(f[1]) > MAX_FILE for f in files):
            return _error(400, "E009", "Payload not acceptable")
        entry = self._post_on(folder, text, files, kind="MERCHANT_TO_CUSTOMER")
        if folder["state"] == 9:  # posting on a closed folder reopens it
            folder["state"] = 0
            folder.pop("date_closed", None)
        self.posted_messages.append(entry)
        attachments = [
            {"msg": entry["id"], "group": folder["id"], "sender": 42, "attachment": a["attachment"]}
            for a in entry["attachments"]
        ]
        answer = {"id": entry["id"], "message": text, "date_creation": entry["date_creation"],
                  "group": folder["id"], "sender": 42, "attachments": attachments}  # fmt: skip
        return _json(201, answer)

    def _post_on(
        self, folder: dict[str, Any], text: str, files: list[tuple[str, bytes, str]], *, kind: str
    ) -> dict[str, Any]:
        """A seller's text on the folder's conversation (messages, and problems' texts)."""
        message_id = self._next_message_id
        self._next_message_id += 1
        now = iso(self.now())
        entry = {
            "id": 900_000_000 + message_id,
            "message": text,
            "date_creation": now,
            "initiator": "Merchant",
            "kind": kind,
            "is_informative": False,
            "attachments": [
                {"id": message_id * 100 + i, "date_creation": now,
                 "attachment": f"https://cdn.example/{folder['id']}/{name}"}
                for i, (name, _, _) in enumerate(files)
            ],
        }  # fmt: skip
        folder["messages"].append(entry)
        folder["date_last_message"] = now
        self._touch(folder)
        return entry

    def _problem(self, match: re.Match[str], record: Recorded) -> Answer:
        """A problem: the published rules on types, attachments and old folder ids. Its text
        shows in the folder's conversation (how a resend is recognised; see docs)."""
        folder = self.folders.get(int(match.group(1)))
        if folder is None:
            return _error(404, "E404", "Care Folder does not exist")
        fields, files = multipart(record)
        problem_type = fields.get("problem_type", "OTHER")
        text = fields.get("message", "")
        refused = _problem_refusal(folder, problem_type, text, files)
        if refused is not None:
            return refused
        if text:
            self._post_on(folder, text, files, kind="MERCHANT_TO_BACKMARKET")
        else:
            self._touch(folder)
        self.problems.append(
            {"folder": folder["id"], "type": problem_type, "message": text,
             "files": [name for name, _, _ in files], "at": self.now()}
        )  # fmt: skip
        return 201, "text/plain", b"", {}

    def _item_transfer(self, match: re.Match[str], record: Recorded) -> Answer:
        """An item transfer back to the customer; a tracking number is taken once."""
        folder_id = int(match.group(1))
        folder = self.folders.get(folder_id)
        if folder is None:
            return _error(404, "E404", "Care folder does not exit")
        if folder_id >= NEW_FOLDER_IDS:
            return _error(
                422, "E009", "Care folders with ID above 100,000,000 are not yet supported"
            )
        try:
            body = json.loads(record.body)
        except ValueError:
            return _error(422, "E009", "Cannot create item transfer")
        tracking = body.get("trackingNumber")
        if not body.get("shipperName") or not tracking:
            return _error(422, "E009", "Cannot create item transfer")
        if any(t["tracking"] == tracking for t in self.item_transfers):
            return _error(400, "E009", "An item transfer with this tracking number already exists")
        self.item_transfers.append(
            {"folder": folder_id, "shipper": body["shipperName"], "tracking": tracking,
             "action": body.get("action", "NOTHING"), "at": self.now()}
        )  # fmt: skip
        self._touch(folder)
        return 201, "text/plain", b"", {}


NEW_FOLDER_IDS = 100_000_000
"""Problems with a type, text and files only from here; item transfers only below."""
PROBLEM_TYPES = frozenset(
    {"ACCOUNT_LOCKED", "CODE_LOCKED", "DAMAGED_PACKAGE", "ITEM_NOT_RECEIVED", "MISSING_PART",
     "OOW_ITEM", "PROBLEM_NOT_IDENTIFIED", "WRONG_ITEM", "OTHER"}
)  # fmt: skip
PROBLEM_TYPES_WITH_PROOF = frozenset({"DAMAGED_PACKAGE", "ITEM_NOT_RECEIVED", "OOW_ITEM"})
MAX_FILES = 10
MAX_FILE = 3 * 1024 * 1024

_CARE_LIMITED = (
    ("GET", re.compile(r"^/ws/sav/?$"), "care_list"),
    ("GET", re.compile(r"^/ws/sav/\d+$"), "care_folder"),
    ("POST", re.compile(r"^/ws/sav/refund$"), "care_refund"),
    ("POST", re.compile(r"^/ws/sav/\d+/msg$"), "care_message"),
    ("POST", re.compile(r"^/ws/sav/\d+/problem$"), "care_problem"),
    ("POST", re.compile(r"^/ws/sav/\d+/item-transfer$"), "care_item_transfer"),
)
"""Care endpoints with their own published limits (besides the global one)."""


def _problem_refusal(
    folder: dict[str, Any], problem_type: str, text: str, files: list[tuple[str, bytes, str]]
) -> Answer | None:
    """The published refusals of a problem declaration, or None when it is acceptable."""
    if problem_type not in PROBLEM_TYPES:
        return _error(422, "E009", "Unknown problem type")
    if len(files) > MAX_FILES or any(len(f[1]) > MAX_FILE for f in files):
        return _error(413, "E413", "File too large or too many attachments")
    if folder["id"] < NEW_FOLDER_IDS and (problem_type != "OTHER" or text or files):
        return _error(
            422, "E009", "Only OTHER problem type is allowed for IDs lower than 100,000,000"
        )
    if problem_type in PROBLEM_TYPES_WITH_PROOF and not files:
        return _error(422, "E009", "Attachments are mandatory for this problem type")
    if folder["state"] == 9:
        return _error(422, "E009", "Cannot declare problem on this Care Folder")
    return None


def multipart(record: Recorded) -> tuple[dict[str, str], list[tuple[str, bytes, str]]]:
    """The text fields and the files of a multipart/form-data body."""
    head = f"Content-Type: {record.headers.get('Content-Type', '')}\r\n\r\n".encode()
    parsed = BytesParser(policy=policy.HTTP).parsebytes(head + record.body)
    fields: dict[str, str] = {}
    files: list[tuple[str, bytes, str]] = []
    if not parsed.is_multipart():
        return fields, files
    for part in parsed.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files.append((filename, content, part.get_content_type()))
        elif isinstance(name, str):
            fields[name] = content.decode("utf-8")
    return fields, files


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
    "400": _error(400, "E009", "Payload not acceptable"),
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
    # The headers and the body leave in two writes; with Nagle on, the body waits for the
    # client's delayed ACK of the headers (40 ms on Linux), so every answer took 40 ms and a
    # 10,000-folder pull measured that wait instead of the connector.
    disable_nagle_algorithm = True

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
