"""Back Market's vocabulary onto ours, in one place (docs/marketplace.md shows the tables).

A Care folder (one orderline of one order), its order and, for Backship sellers, its
return shipment become one of our returns. What the marketplace said is kept as it said it
(`MappedFolder.originals`, stored on the server; the card's reason detail quotes it), so a
mapping rule can be questioned against the source at any time.

Answers are read defensively: a field of the wrong type, an unreadable date or a missing
identifier raises MalformedAnswerError naming the field, and the poller skips that folder
(logged with its id) without stopping the others. Optional fields the file allows to be
absent are simply absent here too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from inspector_app.domain.returns import (
    DateSource,
    Grade,
    Product,
    ProductCategory,
    Return,
    ReturnReason,
)
from inspector_app.marketplace.backmarket.config import CategoryRule

RETURN_ID_PREFIX = "BM-"
"""Our id of the return of Care folder N is BM-N (the folder id alone is the RMA)."""


class MalformedAnswerError(ValueError):
    """A marketplace answer we cannot map; the message names the field."""


class UnmappedError(ValueError):
    """A well-formed answer our rules do not cover (e.g. no category rule matches)."""


REASON_CODES: Mapping[int, tuple[ReturnReason | None, str]] = {
    0: (ReturnReason.STOCK_MISTAKE, "Stock mistake"),
    1: (ReturnReason.WITHDRAWAL, "Withdrawal during the legal period"),
    11: (ReturnReason.DELIVERY_PROBLEM, "Does not live at provided address"),
    12: (ReturnReason.DELIVERY_PROBLEM, "Parcel did not reach its destination"),
    13: (ReturnReason.DELIVERY_PROBLEM, "Lost parcel"),
    21: (ReturnReason.FAULTY_ON_OPENING, "Faulty on opening of the package"),
    22: (ReturnReason.FAILURE_AT_FIRST_USE, "Failure during first use"),
    23: (ReturnReason.WARRANTY, "Failure during warranty period"),
    24: (ReturnReason.NON_COMPLIANT, "Non-compliant product"),
    25: (None, "Other"),
}
"""Orderline `return_reason` → our reason. 25 (Other) says nothing: the claim decides."""

DEFECT = "defect"
"""A claim about a fault: failure at first use inside the withdrawal window, else warranty."""

ISSUE_TAGS: Mapping[str, ReturnReason | str] = {
    "TECHNICAL": DEFECT,
    "FUNCTIONAL": DEFECT,
    "AESTHETIC": ReturnReason.NON_COMPLIANT,
    "COSMETIC": ReturnReason.NON_COMPLIANT,
    "NON_COMPLIANT": ReturnReason.NON_COMPLIANT,
    "WRONG_ITEM": ReturnReason.NON_COMPLIANT,
    "MISSING_PART": ReturnReason.NON_COMPLIANT,
    "DELIVERY": ReturnReason.DELIVERY_PROBLEM,
    "SHIPPING": ReturnReason.DELIVERY_PROBLEM,
    "WITHDRAWAL": ReturnReason.WITHDRAWAL,
}
"""A claim issue's `tag` → our reason, when the orderline gives no usable return_reason."""

RESOLUTIONS: Mapping[str, ReturnReason | str] = {
    "REFUND": ReturnReason.WITHDRAWAL,
    "REPAIR": DEFECT,
    "REPLACE": DEFECT,
    "REPAIR_REPLACE": DEFECT,
    "REMOTE_ASSISTANCE": DEFECT,
}
"""The customer's resolution choice → our reason, the last resort before `withdrawal`."""

CONDITION_GRADES: Mapping[int, Grade] = {
    9: Grade.PREMIUM,
    10: Grade.EXCELLENT,
    11: Grade.GOOD,
    12: Grade.FAIR,
}
"""Orderline `condition` (the grade the item was sold in) → our grade."""

DEFAULT_CATEGORY_RULES: tuple[tuple[str, str, ProductCategory], ...] = (
    ("category", r"smart ?watch|montre", ProductCategory.SMARTWATCH),
    ("category", r"phone|smartphone|t[ée]l[ée]phone|handy", ProductCategory.SMARTPHONE),
    ("category", r"tablet|tablette|ipad", ProductCategory.TABLET),
    ("category", r"laptop|notebook|macbook|ordinateur portable", ProductCategory.LAPTOP),
    ("category", r"headphone|earbud|casque|[ée]couteur|airpods", ProductCategory.HEADPHONES),
    ("category", r"console", ProductCategory.GAME_CONSOLE),
    ("title", r"apple watch|galaxy watch", ProductCategory.SMARTWATCH),
    ("title", r"iphone|galaxy s|pixel", ProductCategory.SMARTPHONE),
    ("title", r"ipad", ProductCategory.TABLET),
    ("title", r"macbook|thinkpad", ProductCategory.LAPTOP),
    ("title", r"airpods", ProductCategory.HEADPHONES),
    ("title", r"playstation|xbox|nintendo switch", ProductCategory.GAME_CONSOLE),
)  # fmt: skip
"""Tried after the seller's own rules (config `category_rules`), first match wins."""


def default_rules() -> tuple[CategoryRule, ...]:
    return tuple(
        CategoryRule(name, re.compile(pattern, re.IGNORECASE), category)
        for name, pattern, category in DEFAULT_CATEGORY_RULES
    )


class ArrivalState(StrEnum):
    """Where the customer's parcel is, as far as labels and Backship tell."""

    AWAITING_LABEL = "awaiting_label"
    """No customer-to-merchant return label yet."""
    LABEL_ISSUED = "label_issued"
    PICKED_UP = "picked_up"
    """The carrier has it (label used, or Backship's pickup date has passed)."""
    IN_TRANSIT = "in_transit"
    """Scanned at the carrier's hub."""
    AT_WAREHOUSE = "at_warehouse"
    """Delivered to us by the carrier, or received at a bench."""
    OVERDUE = "overdue"
    """Label issued `overdue_days` ago and never picked up."""


@dataclass(frozen=True, slots=True)
class Shipment:
    """What the labels and Backship say about the customer's parcel."""

    label_issued_at: dt.datetime | None = None
    label_state: str = ""
    tracking_number: str = ""
    carrier: str = ""
    picked_up_at: dt.datetime | None = None
    delivered_at: dt.datetime | None = None
    hub_scanned: bool = False


@dataclass(frozen=True, slots=True)
class MappedFolder:
    """One Care folder as our return, plus what the server keeps beside it."""

    ret: Return
    folder_id: int
    order_id: int
    orderline_id: int
    state: int
    modified_at: dt.datetime | None
    closed_at: dt.datetime | None
    shipment: Shipment
    originals: dict[str, Any] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.state == 9


# -- reading answers -------------------------------------------------------------------------


def _get(obj: Any, path: str) -> Any:
    """The value at a dotted `path` of nested objects, None when any step is absent."""
    for key in path.split("."):
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(key)
    return obj


def read_int(obj: Any, path: str, *, required: bool = False) -> int | None:
    value = _get(obj, path)
    if value is None:
        if required:
            raise MalformedAnswerError(f"{path} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedAnswerError(f"{path} is not an integer: {value!r:.40}")
    return value


def read_str(obj: Any, path: str) -> str:
    value = _get(obj, path)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedAnswerError(f"{path} is not text: {value!r:.40}")
    return value.strip()


def read_time(obj: Any, path: str) -> dt.datetime | None:
    """An ISO 8601 / RFC 3339 date-time (naive ones are taken as UTC)."""
    text = read_str(obj, path)
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise MalformedAnswerError(f"{path} is not a date-time: {text!r:.40}") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _money(obj: Any, path: str) -> Decimal | None:
    value = _get(obj, path)
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise MalformedAnswerError(f"{path} is not an amount: {value!r:.40}") from None
    if not amount.is_finite() or amount < 0:
        raise MalformedAnswerError(f"{path} is not an amount: {value!r:.40}")
    return amount.quantize(Decimal("0.01"))


# -- the rules -------------------------------------------------------------------------------


def map_reason(
    reason_code: int | None,
    issue_tags: Sequence[str],
    resolution: str,
    *,
    delivered: dt.date,
    requested: dt.date,
    window_days: int,
) -> tuple[ReturnReason, str]:
    """Our reason, and which rule decided it (`return_reason N`, `issue TAG`, `resolution X`,
    or `default`). A defect is a failure at first use inside the withdrawal window, warranty
    after it."""
    decided: ReturnReason | str | None = None
    rule = "default"
    if reason_code is not None and reason_code in REASON_CODES:
        decided = REASON_CODES[reason_code][0]
        rule = f"return_reason {reason_code}"
    if decided is None:
        for tag in issue_tags:
            if tag.upper() in ISSUE_TAGS:
                decided, rule = ISSUE_TAGS[tag.upper()], f"issue {tag}"
                break
    if decided is None and resolution.upper() in RESOLUTIONS:
        decided, rule = RESOLUTIONS[resolution.upper()], f"resolution {resolution}"
    if decided == DEFECT:
        late = (requested - delivered).days > window_days
        return (ReturnReason.WARRANTY if late else ReturnReason.FAILURE_AT_FIRST_USE), rule
    if isinstance(decided, ReturnReason):
        return decided, rule
    return ReturnReason.WITHDRAWAL, rule


def categorize(
    facts: Mapping[str, str], rules: Iterable[CategoryRule]
) -> tuple[ProductCategory, CategoryRule] | None:
    """The category of the first rule whose field matches, with that rule; None if none."""
    for rule in rules:
        value = facts.get(rule.field, "")
        if value and rule.pattern.search(value):
            return rule.category, rule
    return None


def delivery_date(
    delivered_by_backship: dt.datetime | None,
    shipped: dt.datetime | None,
    ordered: dt.date,
    requested: dt.date,
    *,
    transit_days: int,
    now: dt.datetime,
) -> tuple[dt.date, DateSource]:
    """The date the customer got the order, and where it comes from: Backship's delivery
    record when it has happened, else shipping (or ordering) + transit, capped at the day
    the customer opened the claim (they had the parcel by then)."""
    if delivered_by_backship is not None and delivered_by_backship <= now:
        return max(delivered_by_backship.date(), ordered), DateSource.BACKSHIP
    start = shipped.date() if shipped is not None else ordered
    estimate = start + dt.timedelta(days=transit_days)
    return max(ordered, min(estimate, requested)), DateSource.ESTIMATED


def arrival_state(
    shipment: Shipment,
    *,
    received: bool,
    now: dt.datetime,
    overdue_days: int,
) -> ArrivalState:
    """Where the parcel is. Dates in the future are plans (Backship serves planned pickup and
    delivery dates), not events."""
    if received or (shipment.delivered_at is not None and shipment.delivered_at <= now):
        return ArrivalState.AT_WAREHOUSE
    if shipment.hub_scanned:
        return ArrivalState.IN_TRANSIT
    picked = shipment.picked_up_at is not None and shipment.picked_up_at <= now
    if picked or shipment.label_state == "USED":
        return ArrivalState.PICKED_UP
    if shipment.label_issued_at is None:
        return ArrivalState.AWAITING_LABEL
    if now - shipment.label_issued_at > dt.timedelta(days=overdue_days):
        return ArrivalState.OVERDUE
    return ArrivalState.LABEL_ISSUED


def expected_arrival(shipment: Shipment, *, transit_days: int, now: dt.datetime) -> dt.date | None:
    """The day the parcel should reach us: Backship's delivery date once it happened, else
    the pickup (or the label's use, known only as "used") plus the usual transit; None while
    nobody has picked it up."""
    if shipment.delivered_at is not None and shipment.delivered_at <= now:
        return shipment.delivered_at.date()
    if shipment.picked_up_at is not None and shipment.picked_up_at <= now:
        return shipment.picked_up_at.date() + dt.timedelta(days=transit_days)
    if shipment.hub_scanned or shipment.label_state == "USED":
        return now.date() + dt.timedelta(days=transit_days)
    return None


def _customer_label(claims: Sequence[Any]) -> tuple[dt.datetime | None, str]:
    """The newest customer-to-merchant return label: (issued at, state)."""
    best: tuple[dt.datetime | None, str] = (None, "")
    for i, claim in enumerate(claims):
        labels = _get(claim, "return_labels") or []
        if not isinstance(labels, list):
            raise MalformedAnswerError(f"lines[{i}].return_labels is not a list")
        for label in labels:
            if read_str(label, "kind") != "CUSTOMER_TO_MERCHANT":
                continue
            issued = read_time(label, "date_creation")
            if best[0] is None or (issued is not None and issued > best[0]):
                best = (issued, read_str(label, "state"))
    return best


def _orderline_of(order: Mapping[str, Any] | None, orderline_id: int, sku: str) -> dict:
    if not order:
        return {}
    lines = order.get("orderlines") or []
    if not isinstance(lines, list):
        raise MalformedAnswerError("order.orderlines is not a list")
    for line in lines:
        if isinstance(line, dict) and line.get("id") == orderline_id:
            return line
    for line in lines:
        if isinstance(line, dict) and sku and line.get("listing") == sku:
            return line
    return {}


def map_folder(
    folder: Mapping[str, Any],
    order: Mapping[str, Any] | None,
    *,
    backship_return: Mapping[str, Any] | None = None,
    backship_delivery: Mapping[str, Any] | None = None,
    rules: Sequence[CategoryRule],
    transit_days: int,
    window_days: int,
    now: dt.datetime,
) -> MappedFolder:
    """Our return for a Care folder (`GET /ws/sav/{id}`), its order (`GET /ws/orders/{id}`,
    None when unavailable) and its Backship records. Raises MalformedAnswerError or
    UnmappedError (the caller logs it with the folder id and goes on)."""
    folder_id = read_int(folder, "id", required=True)
    assert folder_id is not None
    orderline_id = read_int(folder, "orderline.id", required=True)
    order_id = read_int(folder, "orderline.order.order_id") or read_int(order, "order_id")
    if order_id is None:
        raise MalformedAnswerError("orderline.order.order_id is missing")
    assert orderline_id is not None
    state = read_int(folder, "state") or 0
    claims = _get(folder, "lines") or []
    if not isinstance(claims, list):
        raise MalformedAnswerError("lines is not a list")
    sku = read_str(folder, "orderline.snapshot.sku")
    line = _orderline_of(order, orderline_id, sku)
    sku = read_str(line, "listing") or sku

    opened = read_time(folder, "date_creation")
    if opened is None:
        raise MalformedAnswerError("date_creation is missing")
    ordered_at = read_time(order, "date_creation") or read_time(
        folder, "orderline.order.date_creation"
    )
    ordered = ordered_at.date() if ordered_at else opened.date()
    requested = max(opened.date(), ordered)
    shipped = read_time(order, "date_shipping") or read_time(
        folder, "orderline.order.date_shipping"
    )
    delivered, source = delivery_date(
        read_time(backship_delivery, "dateDelivery"),
        shipped,
        ordered,
        requested,
        transit_days=transit_days,
        now=now,
    )

    issues = []
    for i, claim in enumerate(claims):
        listed = _get(claim, "issues") or []
        if not isinstance(listed, list):
            raise MalformedAnswerError(f"lines[{i}].issues is not a list")
        issues += [(read_str(x, "tag"), read_str(x, "customerIssue")) for x in listed]
    resolution = _first(claims, "resolution_choice")
    reason_code = read_int(line, "return_reason")
    reason, reason_rule = map_reason(
        reason_code,
        [tag for tag, _ in issues if tag],
        resolution,
        delivered=delivered,
        requested=requested,
        window_days=window_days,
    )
    condition = read_int(line, "condition")
    title = read_str(line, "product")
    facts = {
        "category": read_str(folder, "orderline.snapshot.product.category_3.category_name"),
        "title": title,
        "brand": read_str(line, "brand"),
        "sku": sku,
    }
    found = categorize(facts, rules)
    if found is None:
        raise UnmappedError(
            f"no category rule matches category {facts['category']!r}, title {title!r}: "
            "add a category_rules entry to marketplace.toml"
        )
    category, rule = found
    price = _money(line, "price") or _money(folder, "orderline.price") or Decimal("0")
    currency = (read_str(line, "currency") or read_str(order, "currency") or "EUR").upper()
    country = read_str(folder, "country_code") or read_str(order, "country_code")
    label_issued, label_state = _customer_label(claims)
    shipment = Shipment(
        label_issued_at=label_issued,
        label_state=label_state,
        tracking_number=read_str(backship_return, "trackingNumber"),
        carrier=read_str(backship_return, "carrierName"),
        picked_up_at=read_time(backship_return, "datePickup"),
        delivered_at=read_time(backship_return, "dateDelivery"),
        hub_scanned=_get(backship_return, "hubScanned") is True,
    )
    originals = {
        "return_reason": reason_code,
        "return_reason_label": _reason_label(reason_code),
        "issues": [{"tag": t, "customerIssue": c} for t, c in issues],
        "resolution_choice": resolution,
        "declared_warranty_state": _first(claims, "declared_warranty_state"),
        "condition": condition,
        "category_name": facts["category"],
        "title": title,
        "reason_rule": reason_rule,
        "category_rule": f"{rule.field} ~ {rule.pattern.pattern}",
        "delivered_at_source": source.value,
        "orderline_state": read_int(line, "state"),
    }  # fmt: skip
    grade = CONDITION_GRADES.get(condition) if condition is not None else None
    detail = _reason_detail(reason_code, issues, resolution, grade, condition)
    first_name = read_str(folder, "client.first_name")
    ret = Return(
        id=f"{RETURN_ID_PREFIX}{folder_id}",
        rma=str(folder_id),
        order_id=str(order_id),
        product=Product(
            category=category,
            model=(title or sku or facts["category"] or "?")[:200],
            sku=sku[:200],
            imei=read_str(line, "imei").replace(" ", "")[:64],
            serial=read_str(line, "serial_number")[:64],
        ),
        reason=reason,
        ordered_at=ordered,
        delivered_at=delivered,
        requested_at=requested,
        tracking_numbers=(shipment.tracking_number[:64],) if shipment.tracking_number else (),
        reason_detail=detail,
        customer_name=first_name.split()[0][:200] if first_name else "",
        country=(country.split("-")[-1].upper() if "-" in country else "FR")[:2],
        currency=currency[:3],
        price=price,
        delivered_at_source=source,
    )
    return MappedFolder(
        ret=ret,
        folder_id=folder_id,
        order_id=order_id,
        orderline_id=orderline_id,
        state=state,
        modified_at=read_time(folder, "date_modification"),
        closed_at=read_time(folder, "date_closed") if state == 9 else None,
        shipment=shipment,
        originals=originals,
    )


def _reason_label(code: int | None) -> str:
    if code is None:
        return ""
    return REASON_CODES.get(code, (None, "unknown code"))[1]


def _first(claims: Sequence[Any], name: str) -> str:
    """The first non-empty text field `name` among the claims."""
    return next((read_str(c, name) for c in claims if read_str(c, name)), "")


def _reason_detail(
    code: int | None,
    issues: Sequence[tuple[str, str]],
    resolution: str,
    grade: Grade | None,
    condition: int | None,
) -> str:
    """What the marketplace said, in one line for the card (original codes kept)."""
    parts = []
    if code is not None:
        parts.append(f"Back Market reason {code} ({_reason_label(code)})")
    if issues:
        parts.append("issues " + ", ".join("/".join(p for p in pair if p) for pair in issues))
    if resolution:
        parts.append(f"customer asks {resolution}")
    if condition is not None:
        sold = grade.value.replace("_", " ") if grade else "unknown"
        parts.append(f"sold as {sold} (condition {condition})")
    return "; ".join(parts)[:4000]
