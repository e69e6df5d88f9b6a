"""The v1 wire contract, shared by the station's client and the reference server.

One module so that both sides validate the same shapes: the server builds its OpenAPI from
these models and the client accepts an answer only if it validates here (a captive portal's
200 page does not). Models reject unknown fields: a typo in a payload is an error, not a
silently dropped answer.

The inspection payload is frozen at finalize: the station serialises it once with
`InspectionPayload.model_dump_json()`, stores those bytes, and every resend is byte-identical,
so the server can tell an identical replay (200) from a conflicting one (409).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import uuid
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from inspector_app.domain import outbound_texts
from inspector_app.domain.returns import (
    DateSource,
    Disposition,
    Grade,
    Outcome,
    ProductCategory,
    ReturnReason,
)
from inspector_app.domain.texts import Phrase

API_PREFIX = "/api/v1"
WIRE_SCHEMA_VERSION = 1
MAX_PHOTO_BYTES = 15 * 1024 * 1024
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
MAX_QUEUE_REPORT = 1_000_000
"""Largest queue length a heartbeat may report (bounded so every database can store it)."""

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=4000)]
CodeText = Annotated[str, StringConstraints(max_length=64)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Money = Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]
"""One amount (a price, a refund): what a NUMERIC(12, 2) column stores."""
MoneyTotal = Annotated[Decimal, Field(ge=0, decimal_places=2)]
"""A sum of amounts: unbounded, so no number of refunds can make a report fail to answer."""
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""An ISO 4217 code: every amount a person reads is shown with one."""

MIN_YEAR = 2000
MAX_YEAR = 9000
"""Years a time or a report day may have. Far from both ends of what Python and the databases
represent, so no zone offset can push a value out of range on the way to UTC."""


def _sane_year(value: dt.datetime) -> dt.datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"the year must be between {MIN_YEAR} and {MAX_YEAR}")
    return value


WireTime = Annotated[AwareDatetime, AfterValidator(_sane_year)]
"""Every time on the wire: with its zone (a naive time means a different instant on every
machine) and a year between MIN_YEAR and MAX_YEAR. Kept as sent; the server stores UTC."""


class WireModel(BaseModel):
    """Base of every wire model: strict about unknown fields, immutable once built."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Health(WireModel):
    status: Literal["ok"] = "ok"
    version: str
    time: WireTime
    api: int = WIRE_SCHEMA_VERSION


class Problem(WireModel):
    """RFC 9457 problem details, with our stable machine-readable `code`."""

    model_config = ConfigDict(extra="allow", frozen=True)

    type: str = "about:blank"
    title: str
    status: int
    code: str
    detail: str = ""
    missing_photos: list[Sha256] | None = None


class ProductOut(WireModel):
    category: ProductCategory
    model: ShortText
    sku: ShortText = ""
    imei: CodeText = ""
    serial: CodeText = ""


OutboundName = Literal[
    "none", "planned", "waiting_for_approval", "sent", "confirmed", "failed", "rejected"
]


class ReturnMarketplace(WireModel):
    """A marketplace return's standing there, for the card: is its Care folder closed, and
    what did its verdict do (`outbound`, with `detail` in words: "refund of 120.00 EUR
    confirmed", "failed: the marketplace said ...")."""

    folder_closed: bool = False
    closed_at: WireTime | None = None
    outbound: OutboundName = "none"
    detail: LongText = ""
    detail_phrase: PhraseOut | None = None
    """`detail` by code (domain/outbound_texts.py), for a bench in another language."""


class ReturnOut(WireModel):
    """A return as the station caches it: only what an inspection needs (GDPR)."""

    id: CodeText
    rma: CodeText
    order_id: CodeText
    product: ProductOut
    reason: ReturnReason
    reason_detail: LongText = ""
    customer_name: ShortText = ""
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] = "FR"
    currency: Currency = "EUR"
    price: Money = Decimal("0")
    ordered_at: dt.date
    delivered_at: dt.date
    delivered_at_source: DateSource = DateSource.GIVEN
    """`given`, or where a delivery date the source did not state was derived from."""
    requested_at: dt.date
    received_at: dt.date | None = None
    tracking_numbers: list[CodeText] = Field(default_factory=list, max_length=10)
    extra_codes: list[CodeText] = Field(default_factory=list, max_length=10)
    inspected: bool = False
    """True once the server holds a final inspection for it (the card flags 'already inspected')."""
    updated_at: WireTime | None = None
    marketplace: ReturnMarketplace | None = None
    """Where a marketplace return stands there (None for returns from other sources)."""


class ReturnsPage(WireModel):
    """One page of the delta feed; pass `next_cursor` back as `changed_since`."""

    items: list[ReturnOut]
    next_cursor: str
    has_more: bool


class ChecklistOut(WireModel):
    """A published template version; (id, version) never changes once published."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    version: int = Field(ge=1)
    category: ProductCategory
    body: str
    """The template's YAML text, exactly as published."""
    sha256: Sha256


class InspectorOut(WireModel):
    """A person who may sign in at a bench. `pin_hash` lets the bench check an inspector's
    PIN offline: a keyed_pin_hash() under the asking token's bench_pin_key(). Leads and
    admins come without one: their PIN is checked by the server (POST /lead/sessions)."""

    badge: CodeText
    name: ShortText
    role: Literal["inspector", "lead", "admin"]
    pin_hash: Annotated[str, StringConstraints(max_length=200)] = ""
    active: bool = True


class Answer(WireModel):
    item: ItemId
    value: bool | int | float | Annotated[str, StringConstraints(max_length=4000)] | None


class PhotoRef(WireModel):
    item: ItemId
    sha256: Sha256
    size: int = Field(ge=1, le=MAX_PHOTO_BYTES)
    content_type: Literal["image/jpeg", "image/png"] = "image/jpeg"


class TemplateRef(WireModel):
    id: ItemId
    version: int = Field(ge=1)


class Proposal(WireModel):
    """What the checklist's rules proposed, and which rules fired, for audit and review."""

    outcome: Outcome | None = None
    grade: Grade | None = None
    disposition: Disposition | None = None
    rules: list[ShortText] = Field(default_factory=list)


class VerdictIn(WireModel):
    outcome: Outcome
    grade: Grade | None = None
    disposition: Disposition
    refund_amount: Money | None = None
    currency: Currency = "EUR"
    proposed: Proposal = Field(default_factory=Proposal)
    override_reason: LongText = ""


Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
MessageBody = Annotated[str, StringConstraints(max_length=20000)]


class CustomerMessage(WireModel):
    language: Language
    subject: ShortText
    body: MessageBody


class MessageStep(StrEnum):
    """The moments a customer hears from us about a return (docs/messages.md)."""

    RECEIVED = "received"
    """The parcel was scanned in at a bench."""
    DECISION = "decision"
    """The inspection was finalized: the outcome, and why."""
    REFUND_SENT = "refund_sent"
    """The marketplace confirmed the refund."""
    SENT_BACK = "sent_back"
    """The refused item left with its tracking number."""


MESSAGE_ID_NAMESPACE = uuid.UUID("5e7d1c2a-8f3b-4c6e-9a1d-2b4f6c8e0a13")


def message_id(step: MessageStep, return_id: str, inspection: uuid.UUID | str | None) -> uuid.UUID:
    """The stable id of the message a step sends about a return: made from what fired it, so
    a trigger that fires again (a second scan, a bench restarted mid-way, a resend) names the
    same message and is recognised. A decision is per inspection (a correction is a new
    decision); every other step is once per return."""
    key = str(inspection) if step is MessageStep.DECISION else return_id
    return uuid.uuid5(MESSAGE_ID_NAMESPACE, f"{step.value}:{key}")


class MessageAttachment(WireModel):
    """A photo sent with a message: the stored photo and the file name the customer sees."""

    sha256: Sha256
    name: Annotated[str, StringConstraints(pattern=r"^photo-[0-9]{1,2}\.jpg$")]


class MessageFinding(WireModel):
    """A finding the message states: its rule (never shown), its sentence, its photos and,
    for a partial refund, the amount kept back for it."""

    rule: ItemId
    text: LongText
    photos: list[Sha256] = Field(default_factory=list, max_length=20)
    amount: Money | None = None


class CustomerMessageRecord(WireModel):
    """One message to a customer, stored with the inspection (or the return) whether or not
    the site sends that step, and handed to the marketplace connector's outbound queue.

    `id` is stable for its trigger (`message_id`), so storing it twice is one message, and
    the connector can mark what it sends with it. `trigger` says what fired it.
    """

    id: uuid.UUID
    step: MessageStep
    trigger: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
    return_id: CodeText
    inspection: uuid.UUID | None = None
    fired_at: dt.datetime
    language: Language
    subject: ShortText
    body: MessageBody
    attachments: list[MessageAttachment] = Field(default_factory=list, max_length=10)
    findings: list[MessageFinding] = Field(default_factory=list, max_length=50)
    note: ShortText = ""
    """The inspector's own sentence, as written (it is also in the body)."""

    def marketplace_text(self) -> str:
        """What the marketplace message carries: its after-sales messages have no subject,
        so the subject leads the text as its first line."""
        return f"{self.subject}\n\n{self.body}"


class MessageAck(WireModel):
    """The server's receipt for a message record."""

    id: uuid.UUID
    status: Literal["stored", "replayed"]


class InspectionPayload(WireModel):
    """The finalized inspection, frozen at finalize and PUT to /inspections/{uuid}."""

    schema_version: Literal[1] = 1
    uuid: uuid.UUID
    return_id: CodeText
    station: ShortText
    inspector: CodeText
    template: TemplateRef
    started_at: WireTime
    finalized_at: WireTime
    answers: list[Answer] = Field(max_length=500)
    photos: list[PhotoRef] = Field(default_factory=list, max_length=100)
    flags: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]] = Field(
        default_factory=list, max_length=20
    )
    verdict: VerdictIn
    supersedes: UUID | None = None
    customer_message: CustomerMessage | None = None
    sendback_tracking: CodeText | None = None
    started_by: CodeText | None = None
    """Who started it, when another inspector resumed the draft and finalized it
    (`inspector` is always who finalized it: the person answerable for the verdict)."""


class InspectionAck(WireModel):
    """The server's receipt: the only body that counts as a successful PUT."""

    uuid: uuid.UUID
    return_id: CodeText
    status: Literal["stored", "replayed"]
    received_at: WireTime


class PhotoAck(WireModel):
    sha256: Sha256
    size: int
    status: Literal["stored", "exists"]


class StationHeartbeat(WireModel):
    """What a station reports about itself on every sync, for the lead's station table."""

    version: ShortText
    pending: int = Field(ge=0, le=MAX_QUEUE_REPORT)
    needs_attention: int = Field(ge=0, le=MAX_QUEUE_REPORT)
    last_success_at: WireTime | None = None


class CountRow(WireModel):
    key: ShortText
    count: int


class DailyIntake(WireModel):
    """The lead's daily intake report: one UTC day's counts (GET /reports/daily-intake)."""

    date: dt.date
    received: int
    inspected: int
    by_outcome: list[CountRow]
    by_grade: list[CountRow]
    by_reason: list[CountRow]
    by_category: list[CountRow]
    by_station: list[CountRow]
    by_inspector: list[CountRow]
    median_inspection_seconds: float | None
    refunds_total: MoneyTotal = Decimal("0")
    flags: list[CountRow] = Field(default_factory=list)


PIN_HASH_ITERATIONS = 200_000
PIN_DIGITS = (4, 12)
"""Shortest and longest PIN of an inspector (checked offline at a bench)."""
LEAD_PIN_DIGITS = (6, 12)
"""Shortest and longest PIN of a lead or an admin (checked by the server only)."""
LEAD_PIN_PATTERN = "^[0-9]{{{},{}}}$".format(*LEAD_PIN_DIGITS)

_PLAIN = "pbkdf2_sha256"
_KEYED = "bench_pbkdf2_sha256"
_BENCH_KEY_LABEL = b"return-inspector bench pin verifier v1"


def _pbkdf2(pin: str, salt: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt.encode("ascii"), iterations)


def hash_pin(pin: str, *, salt: str | None = None, iterations: int = PIN_HASH_ITERATIONS) -> str:
    """A PIN as the server stores it: `pbkdf2_sha256$<iterations>$<salt>$<hex>`."""
    salt = salt or secrets.token_hex(16)
    return f"{_PLAIN}${iterations}${salt}${_pbkdf2(pin, salt, iterations).hex()}"


TOKEN_PREFIX = "ri_"  # noqa: S105 (a public prefix that marks our tokens, not a secret)


def new_token_secret() -> str:
    """A fresh bearer token: the public prefix and 256 random bits, URL-safe."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def bench_pin_key_from_digest(token_sha256: str) -> bytes:
    """The key that binds served PIN verifiers to one bench token, from the token's SHA-256
    (what the server stores; the bench computes it from the token it holds)."""
    return hmac.new(bytes.fromhex(token_sha256), _BENCH_KEY_LABEL, hashlib.sha256).digest()


def bench_pin_key(token: str) -> bytes:
    """bench_pin_key_from_digest for the bench's own token."""
    return bench_pin_key_from_digest(hashlib.sha256(token.encode("utf-8")).hexdigest())


def keyed_pin_hash(pin_hash: str, key: bytes) -> str:
    """What the server sends a bench instead of a stored hash: the PBKDF2 result, HMAC'd with
    the bench's key, so the bench database alone (without its token) checks no PIN, and a
    verifier from one bench is useless at another. "" for anything but a stored hash."""
    parts = pin_hash.split("$")
    if len(parts) != 4 or parts[0] != _PLAIN:
        return ""
    _, iterations, salt, digest = parts
    keyed = hmac.new(key, bytes.fromhex(digest), hashlib.sha256).hexdigest()
    return f"{_KEYED}${iterations}${salt}${keyed}"


def verify_pin(pin: str, pin_hash: str, *, key: bytes | None = None) -> bool:
    """True if `pin` matches a hash_pin() result, or a keyed_pin_hash() one under `key`;
    False for anything else (a keyed verifier without its key included); never raises."""
    try:
        scheme, iterations, salt, expected = pin_hash.split("$")
        rounds = int(iterations)
    except ValueError:
        return False
    if not 1 <= rounds <= 10_000_000 or not salt.isascii():
        return False
    if scheme == _PLAIN:
        actual = _pbkdf2(pin, salt, rounds).hex()
    elif scheme == _KEYED and key is not None:
        actual = hmac.new(key, _pbkdf2(pin, salt, rounds), hashlib.sha256).hexdigest()
    else:
        return False
    return hmac.compare_digest(actual, expected)


# -- Lead review: the range report, its paginated lists, drill-down, lead sessions --

MAX_PAGE = 500
"""Largest page of a lead list; the screen asks for 200 rows at a time."""


class CurrencyTotal(WireModel):
    """Money paid back in one currency over the report's range."""

    currency: Currency
    total: MoneyTotal


class HourCount(WireModel):
    hour: int = Field(ge=0, le=23)
    """UTC hour of day in which inspections were finalized."""
    count: int


class InspectorFigures(WireModel):
    """One inspector's work in the range. `per_active_hour` divides by the clock hours in
    which they finalized at least one inspection, so a half shift is not penalised."""

    badge: CodeText
    name: ShortText
    inspected: int
    median_inspection_seconds: float | None
    active_hours: int
    per_active_hour: float | None
    overridden: int
    refused: int


class StationFigures(WireModel):
    """A bench: what it did in the range, and its last heartbeat (contact, queue, version)."""

    name: ShortText
    inspected: int
    last_contact: WireTime | None
    version: ShortText = ""
    pending: int = 0
    needs_attention: int = 0
    last_success_at: WireTime | None = None


class TrendDay(WireModel):
    date: dt.date
    received: int
    inspected: int
    accepted: int
    partial: int
    refused: int


class LeadReport(WireModel):
    """The lead's review of a date range (the site's days, both ends included).

    Counts are of current final inspections (corrections replace what they supersede);
    `waiting` is the number of returns received by the end of `date_to` with no final
    inspection by then; `trend` covers the 30 days ending at `date_to`.
    """

    date_from: dt.date
    date_to: dt.date
    source: Literal["server", "bench"] = "server"
    """`bench` when the figures come from one bench's own store (the server was unreachable)."""
    received: int
    inspected: int
    waiting: int
    oldest_waiting_days: int | None
    accepted: int
    partial: int
    refused: int
    overridden: int
    flagged: int
    refunds_total: MoneyTotal = Decimal("0")
    """Every refund added up whatever its currency: kept for benches that read it; a person
    is shown `refunds`."""
    refunds: list[CurrencyTotal] = Field(default_factory=list)
    """Refunds per currency, largest first (none for a range without refunds)."""
    median_inspection_seconds: float | None
    by_outcome: list[CountRow]
    by_grade: list[CountRow]
    by_reason: list[CountRow]
    by_category: list[CountRow]
    by_disposition: list[CountRow]
    flags: list[CountRow]
    per_hour: list[HourCount]
    inspectors: list[InspectorFigures]
    stations: list[StationFigures]
    trend: list[TrendDay]
    time_zone: ShortText = "UTC"
    """The zone whose days and hours these are: the site's (the server's RI_SERVER_TIME_ZONE),
    or the bench's own clock's name for a bench's figures."""


class WaitingReturn(WireModel):
    return_id: CodeText
    rma: CodeText
    model: ShortText
    category: ProductCategory
    reason: ReturnReason
    received_at: dt.date
    waited_days: int


class WaitingPage(WireModel):
    as_of: dt.date
    total: int
    offset: int
    items: list[WaitingReturn]


class FlaggedInspection(WireModel):
    """An inspection a lead should look at: overridden, refused, quarantined or flagged."""

    uuid: uuid.UUID
    return_id: CodeText
    model: ShortText
    reason: ShortText
    station: ShortText
    inspector: CodeText
    finalized_at: WireTime
    outcome: Outcome
    disposition: Disposition
    proposed_outcome: Outcome | None = None
    refund_amount: Money | None = None
    currency: Currency = "EUR"
    rma: CodeText = ""
    """The return's RMA, what a lead finds the parcel by ("" for a return never imported)."""
    inspector_name: ShortText = ""
    """The inspector's name ("" when the badge is unknown: show the badge)."""
    flags: list[ShortText]
    overridden: bool
    override_reason: LongText = ""


class FlaggedPage(WireModel):
    date_from: dt.date
    date_to: dt.date
    total: int
    offset: int
    items: list[FlaggedInspection]


class RecurringIssue(WireModel):
    """How often an issue (a flag raised by the checklist) came back for a model and reason."""

    model: ShortText
    reason: ShortText
    issue: ShortText
    count: int
    last_seen: dt.date


class RecurringPage(WireModel):
    date_from: dt.date
    date_to: dt.date
    total: int
    offset: int
    items: list[RecurringIssue]


class InspectionDetail(WireModel):
    """One stored inspection for the lead's drill-down: the payload as sent, plus context."""

    inspection: InspectionPayload
    model: ShortText
    category: ShortText
    reason: ShortText
    rma: CodeText
    inspector_name: ShortText
    received_at: WireTime
    superseded_by: uuid.UUID | None = None


class LeadSignIn(WireModel):
    """A bench asks the server for a lead session on behalf of the person signing in."""

    badge: CodeText
    pin: Annotated[str, StringConstraints(pattern=LEAD_PIN_PATTERN)]


class LeadSession(WireModel):
    """A short-lived token for the lead endpoints; shown once, kept in memory by the bench."""

    token: Annotated[str, StringConstraints(max_length=100)]
    badge: CodeText
    name: ShortText
    role: Literal["lead", "admin"]
    expires_at: WireTime


# -- Marketplace: parcels on their way (the lead's "Expected" view) and bench receipts ------

ArrivalName = Literal[
    "awaiting_label", "label_issued", "picked_up", "in_transit", "at_warehouse", "overdue"
]
ExpectedGroup = Literal["today", "in_transit", "overdue", "label_issued"]


class ExpectedReturn(WireModel):
    """A marketplace return whose parcel has not been received at a bench yet.

    `group`: `today` (the carrier delivered it, or it is due today), `in_transit` (due
    later), `overdue` (label never picked up in time, or late in transit), `label_issued`
    (waiting for the customer to hand it over). `age_days` counts from the label's issue.
    """

    return_id: CodeText
    rma: CodeText
    model: ShortText
    category: ProductCategory
    arrival: ArrivalName
    group: ExpectedGroup
    tracking_numbers: list[CodeText] = Field(default_factory=list, max_length=10)
    carrier: ShortText = ""
    label_issued_at: WireTime | None = None
    picked_up_at: WireTime | None = None
    carrier_delivered_at: WireTime | None = None
    expected_on: dt.date | None = None
    age_days: int | None = None


class ExpectedPage(WireModel):
    as_of: dt.date
    group: ExpectedGroup | Literal["all"]
    total: int
    offset: int
    counts: list[CountRow]
    """Returns per group, whatever `group` was asked for."""
    items: list[ExpectedReturn]


MAX_RECEIPT_AGE_DAYS = 60
"""How long before it reaches the server a receipt may have been scanned: a bench offline
for weeks still dates its parcels right, and a date months back is refused (422)."""


class ReceiptIn(WireModel):
    """A bench's receipt, sent when its queue reaches the server: when the parcel was
    scanned in, so a bench that was offline dates it to the scan, not to the upload."""

    received_at: WireTime


class ReturnReceipt(WireModel):
    """The server's answer to a receipt: when the parcel was first received (a repeat, from
    this bench or another, changes nothing and says so)."""

    return_id: CodeText
    received_at: dt.date
    status: Literal["received", "already_received"]


# -- Trust: corrections a lead authorises, and the audit log --------------------------------


class CorrectionRequest(WireModel):
    """A lead authorises one bench to correct the current verdict on a return.

    From a lead session the bench is the one the lead signed in at (`station` may be left
    out); a lead or admin API token must name the bench.
    """

    return_id: CodeText
    station: ShortText | None = None


class CorrectionGrant(WireModel):
    """The authorisation: `station` may send one inspection that supersedes `supersedes`
    before `expires_at`."""

    return_id: CodeText
    supersedes: uuid.UUID
    station: ShortText
    granted_by: CodeText
    expires_at: WireTime


AuditSource = Literal["server", "bench"]
"""Who wrote an audit event: the server, of an act it saw, or a bench, of an act at its
keyboard (sent up by the bench's sync)."""


class AuditEventOut(WireModel):
    """One entry of the audit log: what happened (`kind`), who did it (`actor`, in `role`),
    when (`at`: server time, or the bench's clock for a bench's event), where (`place`: a
    bench, the admin CLI, an address), to what (`subject`) and a short `detail`.
    `request_id` ties it to the server's log lines (for a bench's event, the upload's)."""

    id: int
    at: WireTime
    kind: ShortText
    actor: ShortText
    role: ShortText
    place: ShortText
    subject: ShortText
    detail: LongText
    request_id: ShortText = ""
    source: AuditSource = "server"
    detail_phrase: PhraseOut | None = None
    """The detail by code (domain/audit_texts.py), for a reader in another language."""


MAX_BENCH_EVENTS = 200
"""Bench events in one upload: a day of a busy bench's sign-ins and settings in a few
requests, and a body far below the server's JSON limit (200 x 4,600 bytes at most)."""
BenchEventKind = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,47}$")]


class BenchEventIn(WireModel):
    """One event of a bench's audit log, as the bench recorded it. `id` is made at the bench
    when the event happens, so an upload repeated after a lost answer stores nothing twice;
    the bench's name is not here: the server takes it from the token."""

    id: uuid.UUID
    at: WireTime
    kind: BenchEventKind
    actor: ShortText
    """The badge of who was signed in ("" when nobody was)."""
    subject: ShortText = ""
    detail: LongText = ""
    detail_phrase: PhraseOut | None = None
    """The detail by code (domain/audit_texts.py), when the bench wrote it as one."""


class BenchEventsIn(WireModel):
    """A batch of a bench's audit events, oldest first."""

    events: list[BenchEventIn] = Field(min_length=1, max_length=MAX_BENCH_EVENTS)


class BenchEventsAck(WireModel):
    """How many events of the batch were new (`stored`) and how many the server already had
    (`replayed`: an earlier upload whose answer was lost)."""

    stored: int
    replayed: int


class AuditPage(WireModel):
    date_from: dt.date
    date_to: dt.date
    total: int
    offset: int
    items: list[AuditEventOut]


# -- Marketplace, outbound: plans made from verdicts, their actions, leads' decisions -------

ActionKindName = Literal["refund", "message", "problem", "item_transfer"]
ActionStatusName = Literal[
    "planned", "waiting", "ready", "held", "sending", "unknown", "sent", "confirmed",
    "parked", "rejected", "cancelled",
]  # fmt: skip
ApprovalName = Literal["not_needed", "waiting", "approved", "rejected"]
PlanFilter = Literal["attention", "waiting", "failed", "all"]


class PhraseOut(WireModel):
    """A sentence of the server's by its stable code and parameters, sent beside the English
    text it stands for (domain/outbound_texts.py lists the codes): a reader that knows the
    code shows the sentence in its reader's language, one that does not shows the English."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    params: dict[CodeText, LongText | PhraseOut | list[LongText | PhraseOut]] = Field(
        default_factory=dict, max_length=8
    )

    @classmethod
    def of(cls, value: object) -> PhraseOut | None:
        """The coded form of `value`, or None when it is no coded phrase."""
        data = outbound_texts.as_data(value)
        return None if data is None else cls.model_validate(data)

    @classmethod
    def from_stored(cls, data: dict | None) -> PhraseOut | None:
        """A code stored as `model_dump()` gave it, or None for none (or one that no longer
        validates: the reader then shows the English stored beside it)."""
        if data is None:
            return None
        try:
            return cls.model_validate(data)
        except ValueError:
            return None

    def phrase(self) -> Phrase | None:
        """The sentence, or None when this build does not know the code or its parameters."""
        return outbound_texts.from_data(self.model_dump())


class MarketplaceActionOut(WireModel):
    """One call of a plan on the marketplace and where it stands.

    `status`: planned (not sent: dry run, or waiting for something it needs), waiting (for a
    lead's approval), ready, held (rate limits; `next_try_at`), sending, unknown (being
    read back), sent, confirmed (the marketplace shows it), parked (the marketplace refused
    it: `marketplace_said`; a lead retries or cancels it), rejected, cancelled. `label` is
    the status as a lead reads it, `reason` why.
    """

    id: int
    kind: ActionKindName
    step: MessageStep | None = None
    """A customer message's step (None for the other kinds)."""
    status: ActionStatusName
    label: ShortText
    summary: LongText
    summary_phrase: PhraseOut | None = None
    reason: LongText = ""
    reason_phrase: PhraseOut | None = None
    """`summary` and `reason` by code, for a reader in another language (None: English only)."""
    marketplace_said: LongText = ""
    amount: Money | None = None
    attempts: int = 0
    next_try_at: WireTime | None = None
    sent_at: WireTime | None = None
    confirmed_at: WireTime | None = None
    updated_at: WireTime


class MarketplacePlanOut(WireModel):
    """What one final inspection does on the marketplace, and whether a lead approved it."""

    id: int
    return_id: CodeText
    folder_id: int
    inspection: uuid.UUID
    inspector: CodeText
    outcome: Outcome
    proposed_outcome: Outcome | None = None
    amount: Money | None = None
    price: Money
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    approval: ApprovalName
    approval_reasons: list[LongText] = Field(default_factory=list)
    approval_phrases: list[PhraseOut] = Field(default_factory=list)
    """`approval_reasons` by code, in the same order; empty when one of them has none."""
    decided_by: CodeText | None = None
    decided_at: WireTime | None = None
    decision_note: LongText = ""
    dry_run: bool
    notes: list[LongText] = Field(default_factory=list)
    note_phrases: list[PhraseOut] = Field(default_factory=list)
    """`notes` by code, in the same order; empty when one of them has none."""
    status: OutboundName
    status_text: LongText
    status_phrase: PhraseOut | None = None
    created_at: WireTime
    actions: list[MarketplaceActionOut]
    messages: list[MarketplaceActionOut] = Field(default_factory=list, max_length=20)
    """The return's customer messages of no plan (parcel received, refund sent, sent back),
    oldest first: each step's message is one action of the return, shown with its plan."""


class MarketplacePlanPage(WireModel):
    filter: PlanFilter
    total: int
    offset: int
    counts: list[CountRow]
    """Plans per status, whatever `filter` was asked for."""
    sending: bool
    """False while the server only plans (dry run)."""
    items: list[MarketplacePlanOut]


class PlanApproval(WireModel):
    """A lead approves a plan, optionally with another refund amount (never above the
    price, never zero)."""

    amount: Annotated[Decimal, Field(gt=0, max_digits=12, decimal_places=2)] | None = None
    note: ShortText = ""


class PlanRejection(WireModel):
    """A lead rejects a plan: nothing of it is sent; the reason is kept and shown."""

    reason: Annotated[str, StringConstraints(min_length=3, max_length=1000, strip_whitespace=True)]


class ActionRetry(WireModel):
    """A lead sends a parked (or not yet sendable) action again, optionally with a new
    amount for a refund or the tracking number an item transfer was waiting for."""

    amount: Annotated[Decimal, Field(gt=0, max_digits=12, decimal_places=2)] | None = None
    tracking_number: Annotated[str, StringConstraints(min_length=8, max_length=64)] | None = None


class ActionCancel(WireModel):
    reason: Annotated[str, StringConstraints(min_length=3, max_length=1000, strip_whitespace=True)]
