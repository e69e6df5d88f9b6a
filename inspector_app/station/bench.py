"""The Station: everything a bench does, without a display.

The GUI and the CLI drive a bench only through this object's methods, and tests drive it the
same way: it is their one door to the local store (database, photo files, outbox) and to the
sync with the server (it owns the one engine and the one background worker). The sync
engine works from the repositories it is handed here.

Durability contract: every method that changes data has committed it (fsync'd WAL) when it
returns; `finalize` writes the frozen payload and its outbox entry in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import uuid as uuid_mod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from inspector_app.domain.checklist import (
    ChecklistRun,
    ChecklistTemplate,
    TemplateError,
    load_template,
)
from inspector_app.domain.codes import CodeError, candidate_codes, lookup_keys
from inspector_app.domain.eligibility import Eligibility, EligibilityPolicy, is_business_day
from inspector_app.domain.outbound_texts import role_word, said
from inspector_app.domain.returns import ProductCategory, Return
from inspector_app.domain.sendback import validate_sendback_tracking
from inspector_app.domain.texts import Phrase
from inspector_app.domain.verdict import (
    VerdictChoice,
    VerdictError,
    finding_problems,
    validate_verdict,
)
from inspector_app.domain.vocabulary import translated_name
from inspector_app.errors import UserError
from inspector_app.lead.client import LeadClient
from inspector_app.lead.local import BenchSource
from inspector_app.locations import resource_path
from inspector_app.messages import MessageCatalog, MessageFacts, MessageKind, RenderedMessage
from inspector_app.records.returns_io import RowError, parse_returns_file
from inspector_app.settings import BY_KEY, Settings
from inspector_app.station.corrections import (
    CorrectionAuthority,
    CorrectionPath,
    EarlierVerdict,
    Starting,
    from_authority,
    ordered_answers,
    own_verdict_open,
)
from inspector_app.station.draft import Draft
from inspector_app.station.messages import (
    decision_facts,
    fire,
    note_problems,
    record_of,
    to_store,
)
from inspector_app.station.payload import FinalizeResult, build_payload
from inspector_app.storage import bench_events
from inspector_app.storage.bench_events import BenchEventsRepo
from inspector_app.storage.customer_messages import (
    CustomerMessagesRepo,
    NewMessage,
    StoredMessage,
)
from inspector_app.storage.db import Database
from inspector_app.storage.inspections import (
    FINAL,
    InspectionRecord,
    InspectionsRepo,
    PhotoRecord,
)
from inspector_app.storage.inspectors import Inspector, InspectorsRepo
from inspector_app.storage.lead_reads import LeadReads
from inspector_app.storage.outbox import OutboxCounts, OutboxEntry, OutboxRepo, OutboxState
from inspector_app.storage.photos import PhotoStore
from inspector_app.storage.receipts import ReceiptsRepo
from inspector_app.storage.returns_cache import CachedReturn, ReturnsCache
from inspector_app.storage.sync_state import SyncStateRepo
from inspector_app.storage.templates import TemplatesRepo
from inspector_app.storage.types import utcnow
from inspector_app.sync import PullStores, SyncEngine, SyncReport, SyncStatus, SyncWorker
from inspector_app.sync.client import (
    ClientConfigError,
    ServerProbe,
    ServerRefusedError,
    SyncError,
    probe_server,
)
from inspector_app.sync.engine import RemoteLookup
from inspector_app.sync.export import ExportSummary, export_inspections
from inspector_app.sync.needs_attention import (
    CORRECTED_BY_INSPECTING,
    SENT_ONCE_AUTHORISED,
    attention_text,
)
from inspector_app.sync.support import export_entry
from inspector_app.wire import (
    LEAD_PIN_DIGITS,
    PIN_DIGITS,
    InspectionPayload,
    MessageStep,
    bench_pin_key,
    hash_pin,
    message_id,
)

LEAD_ROLES = ("lead", "admin")
PIN_FAILURES_ALLOWED = 5
PIN_FAILURE_WINDOW = dt.timedelta(minutes=15)
"""A badge whose PIN was wrong PIN_FAILURES_ALLOWED times within the window (since its last
sign-in) waits until the oldest of those failures leaves the window: a 4-digit PIN then
takes weeks to guess at the bench. Counted from the audit log, so a restart resets nothing."""
DISMISS_REASON_CHARS = (8, 500)
"""A dismissal's reason: a few words a lead can read later (not "ok"), and not an essay."""

log = logging.getLogger("inspector_app.station")

Clock = Callable[[], dt.datetime]

_CONTEXT = "Station"


def _sendback(draft: Draft, verdict: VerdictChoice, raw: str | None) -> str | None:
    """A given send-back tracking number, normalised and checked against the return's own
    codes (SendbackError names the mistake). The bench's verdict screen requires one for a
    refusal; a headless caller may leave it out (see docs/decisions.md)."""
    return validate_sendback_tracking(raw, verdict.outcome, draft.ret) if raw else None


def _check_pin(pin: str, role: str) -> None:
    """A PIN's shape: 4 to 12 digits, 6 at least for a lead or an admin (their PIN opens
    more), as the server asks of the PINs it issues."""
    shortest = LEAD_PIN_DIGITS[0] if role in LEAD_ROLES else PIN_DIGITS[0]
    if not (pin.isdigit() and shortest <= len(pin) <= PIN_DIGITS[1]):
        raise PinShapeError(
            Phrase(
                _CONTEXT,
                "A PIN is {shortest} to {longest} digits.",
                shortest=shortest,
                longest=PIN_DIGITS[1],
            )
        )


@functools.lru_cache(maxsize=64)
def _parsed_template(body: str, source: str) -> ChecklistTemplate:
    # Parsing a template costs tens of milliseconds of YAML; a bench reuses a handful.
    return load_template(body, source=source)


class StationError(UserError, RuntimeError):
    """A bench action that cannot be done as asked; the message is for the inspector."""


class PinShapeError(StationError, ValueError):
    """A new PIN of the wrong length or not all digits."""


class AnswerSource(StrEnum):
    """Where a lookup's answer came from (the return card says it)."""

    CACHE = "cache"
    """The bench's own list of returns (from the feed or an import)."""
    SERVER = "server"
    """Asked of the server at the scan, because the bench's list lacked the code."""


@dataclass(frozen=True, slots=True)
class BadgeCheck:
    """A scanned badge: the active person it names (None: unknown here) and whether they
    must still type their PIN (leads and admins always; everyone where the site says so)."""

    person: Inspector | None
    pin_needed: bool = False


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What a scan found. `ret` is None when nothing matched; `message` then says why."""

    ret: Return | None
    eligibility: Eligibility | None
    inspected: bool
    code: str
    message: str
    marketplace: str = ""
    """Where a marketplace return stands there, in the server's words ('' for none)."""
    marketplace_phrase: dict | None = None
    """That line by code, when the server sent one (the card shows it translated)."""
    source: AnswerSource = AnswerSource.CACHE

    @property
    def found(self) -> bool:
        return self.ret is not None


class ReceiveOutcome(StrEnum):
    """What a scan in the receiving mode did."""

    RECEIVED = "received"
    """Recorded now: the parcel goes on the shelf."""
    ALREADY_RECEIVED = "already_received"
    """This bench received it before (`at` says when)."""
    RECEIVED_ELSEWHERE = "received_elsewhere"
    """Received before, not at this bench: another bench, the returns file or the
    marketplace said so (the return's `received_at` says which day)."""
    INSPECTED = "inspected"
    """It was inspected already: it belongs on no waiting shelf."""
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class ReceiveResult:
    """A receiving scan's outcome, the return it found and when it was received here."""

    outcome: ReceiveOutcome
    ret: Return | None
    code: str
    at: dt.datetime | None = None
    message: str = ""
    """Why nothing was found (NOT_FOUND), in the inspector's words."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    errors: list[RowError] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QueueSummary:
    pending: int
    needs_attention: int
    sent: int
    entries: list[OutboxEntry]


@dataclass(frozen=True, slots=True)
class PurgeReport:
    returns: int
    photos: int
    inspections: int


def _not_found(keys: Sequence[str], remote: RemoteLookup) -> Phrase:
    """The sentence for a code neither the cache nor the server knows: what the server said."""
    shown = ", ".join(keys[:3])
    if remote.asked:
        return Phrase(
            _CONTEXT,
            "No return found for {codes}, here or on the server. Check the code.",
            codes=shown,
        )
    if remote.problem:
        return Phrase(
            _CONTEXT,
            "No return found for {codes} on this bench, and the server could not be asked "
            "({why}). Check the code, or try again when the server is back.",
            codes=shown,
            why=remote.problem,
        )
    return Phrase(
        _CONTEXT,
        "No return found for {codes}. Check the code, or import or sync the returns list.",
        codes=shown,
    )


class Station:
    """One bench: its data directory, settings and local store."""

    def __init__(
        self, data_dir: Path, settings: Settings, db: Database, clock: Clock = utcnow
    ) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.db = db
        self.clock = clock
        self.photos = PhotoStore(data_dir / "photos")
        self.returns = ReturnsCache(db)
        self.templates = TemplatesRepo(db)
        self.inspectors = InspectorsRepo(db)
        self.inspections = InspectionsRepo(db)
        self.outbox = OutboxRepo(db)
        self.customer_messages = CustomerMessagesRepo(db)
        self.receipts = ReceiptsRepo(db)
        self.sync_state = SyncStateRepo(db)
        self.events = BenchEventsRepo(db)
        self.signed_in: Inspector | None = None
        """Who signed in last and has not signed out: the actor of the bench's audit events."""
        self.sync = SyncEngine(
            settings,
            outbox=self.outbox,
            photos=self.photos,
            clock=clock,
            pull=PullStores(self.returns, self.templates, self.inspectors, self.sync_state),
            messages=self.customer_messages,
            events=self.events,
            receipts=self.receipts,
        )
        self._sync_worker: SyncWorker | None = None
        self.lead_client: LeadClient | None = None
        """The lead session opened by the last lead's sign-in (see sign_in)."""
        self._catalog: MessageCatalog | None = None
        self._closed = False

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        settings: Settings | None = None,
        *,
        checklists_dir: Path | None = None,
        clock: Clock = utcnow,
    ) -> Station:
        """Open (creating or upgrading) the bench in `data_dir`.

        Also seeds the default checklist templates missing from the store and sweeps what
        a crash left long enough ago: half-written photo files and files no row refers to.
        """
        data_dir = Path(data_dir)
        db = Database.open(data_dir)
        station = cls(data_dir, settings or Settings(), db, clock)
        try:
            station.seed_templates(checklists_dir or resource_path("checklists"))
            station.photos.sweep(station.inspections.photo_names())
        except BaseException:
            db.close()
            raise
        return station

    def close(self) -> None:
        """Stop sync and release the database; closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        self.end_lead_session()
        self.stop_sync()
        self.sync.close()
        self.db.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- policy ----------------------------------------------------------------------------

    @property
    def policy(self) -> EligibilityPolicy:
        """The eligibility policy as configured now (settings can change while running)."""
        s = self.settings
        return EligibilityPolicy(
            window_days=s["policy.window_days"],
            warranty_months=s["policy.warranty_months"],
            transit_report_days=s["policy.transit_report_days"],
            country=s["station.country"],
        )

    def prepare(self) -> None:
        """What the first parcel would otherwise wait for, done ahead: the public-holiday
        calendars of the deadlines (the `holidays` package imports every country's module at
        its first use: 1-3 s on a loaded bench) and the newest checklist of each category,
        parsed. Called off the GUI thread once the window is up."""
        is_business_day(self.today(), self.policy.country)
        for category in ProductCategory:
            stored = self.templates.latest_for(category.value)
            if stored is not None:
                self.template(stored.id, stored.version)

    def today(self) -> dt.date:
        """Today on this bench's clock, in local time (a deadline or a letter's date is the
        warehouse's day, not UTC's)."""
        return self.clock().astimezone().date()

    # -- customer messages -----------------------------------------------------------------

    @property
    def messages(self) -> MessageCatalog:
        """The customer message templates in force: shipped, overlaid with those the server
        published (loaded once; `reload_messages` after a pull)."""
        if self._catalog is None:
            self._catalog = MessageCatalog.load(published_dir=self.data_dir / "message_templates")
        return self._catalog

    def reload_messages(self) -> MessageCatalog:
        self._catalog = None
        return self.messages

    def receive(self, return_id: str, trigger: str = "scan") -> bool:
        """The parcel of `return_id` is on the bench: fire its "parcel received" message,
        once (True when it fired now, False when it already had)."""
        cached = self._cached(return_id)
        now = self.clock()
        message = self._received_message(cached.ret, trigger, now)
        fired = message is not None and self.customer_messages.record(message, now)
        if fired:
            self.sync.notify_finalized()
        return fired

    def _received_message(self, ret: Return, trigger: str, now: dt.datetime) -> NewMessage | None:
        """The "parcel received" message of `ret`, rendered now; None if it already fired."""
        if self.customer_messages.exists(str(message_id(MessageStep.RECEIVED, ret.id, None))):
            return None
        facts = MessageFacts(ret, MessageKind.RECEIVED, day=self.today())
        return to_store(fire(self.messages, facts, trigger=trigger, fired_at=now))

    def receive_scan(self, codes: Sequence[str], by: str) -> ReceiveResult:
        """A parcel scanned in the receiving mode: record that it is here, on the shelf,
        without inspecting it. The receipt and its "parcel received" message are stored in
        one durable commit and queued for the server (sync/receipts.py); a second scan of
        the same parcel records nothing and says when the first was. `by` is the badge of
        the person receiving (audited). Waits on the network only for a code the bench's
        list lacks (lookup_any): not on the GUI thread."""
        found = self.lookup_any(codes)
        ret = found.ret
        if ret is None:
            return ReceiveResult(ReceiveOutcome.NOT_FOUND, None, found.code, message=found.message)
        earlier = self.receipts.get(ret.id)
        if earlier is not None:
            return ReceiveResult(
                ReceiveOutcome.ALREADY_RECEIVED, ret, found.code, at=earlier.received_at
            )
        if found.inspected:
            return ReceiveResult(ReceiveOutcome.INSPECTED, ret, found.code)
        if ret.received_at is not None:  # another bench, the import or the marketplace did
            return ReceiveResult(ReceiveOutcome.RECEIVED_ELSEWHERE, ret, found.code)
        now = self.clock()
        message = self._received_message(ret, "receiving_scan", now)
        receipt, new = self.receipts.record(ret.id, now, by, message)
        if not new:  # a scan a moment earlier (two scanners) got there first
            return ReceiveResult(
                ReceiveOutcome.ALREADY_RECEIVED, ret, found.code, at=receipt.received_at
            )
        self._audit(bench_events.PARCEL_RECEIVED, subject=ret.id, detail=found.code, actor=by)
        self.sync.notify_finalized()
        return ReceiveResult(ReceiveOutcome.RECEIVED, ret, found.code, at=now)

    def preview_message(
        self,
        draft: Draft,
        verdict: VerdictChoice,
        *,
        language: str | None = None,
        note: str = "",
        sendback_tracking: str | None = None,
    ) -> RenderedMessage:
        """The decision message exactly as finalize will store it (and the customer receive
        it); VerdictError when it cannot be written (no finding for a refusal, deductions
        that do not add up, an inspector's sentence that names something internal)."""
        tracking = _sendback(draft, verdict, sendback_tracking)
        return self._decision(draft, verdict, language, note, tracking, final=False)[1]

    def _decision(
        self,
        draft: Draft,
        verdict: VerdictChoice,
        language: str | None,
        note: str,
        sendback_tracking: str | None,
        *,
        final: bool = True,
    ) -> tuple[MessageFacts, RenderedMessage]:
        """The decision message's facts and text. At finalize (`final`) every problem of the
        verdict is reported at once; a preview reports only what stops the message itself."""
        ret = draft.ret
        problems = (
            validate_verdict(draft.run.propose(), verdict, ret.price, ret.currency) if final else []
        )
        problems += note_problems(note, self._internal_names(ret.id))
        findings = draft.run.findings(verdict.outcome, verdict.grade)
        problems += finding_problems(findings, verdict, ret.price, ret.currency)
        if problems:  # every problem at once, so the screen can show them together
            raise VerdictError(problems)
        facts = decision_facts(
            draft.run,
            draft.ret,
            verdict,
            self.today(),
            note=note,
            sendback_tracking=sendback_tracking,
        )
        return facts, self.messages.render(facts, language)

    def messages_of(self, return_id: str) -> list[StoredMessage]:
        """Every message fired for a return, in order, with where each is on its way."""
        return self.customer_messages.for_return(return_id)

    def _internal_names(self, return_id: str) -> list[str]:
        """What a customer must never read: this bench, its people, the internal return id."""
        people = self.inspectors.list()
        return [
            self.settings["station.name"],
            return_id,
            *(p.badge for p in people),
            *(p.name for p in people),
        ]

    def local_today(self) -> dt.date:
        """The day on this computer's clock, the site's: what a person at the bench means by
        today (in UTC, an evening in America is already tomorrow)."""
        return self.clock().astimezone().date()

    # -- lookup and import -----------------------------------------------------------------

    def lookup(self, code: str) -> LookupResult:
        """The return any code on a parcel or device identifies, with its eligibility."""
        return self.lookup_any([code])

    def lookup_any(self, codes: Sequence[str]) -> LookupResult:
        """Try every code read from one label; the first that finds a return wins."""
        keys: list[str] = []
        problems: list[str] = []
        readable: list[str] = []
        for code in codes:
            try:
                keys.extend(candidate_codes(code))
            except CodeError as exc:
                problems.append(str(exc))
            else:
                readable.append(code.strip())
        keys = list(dict.fromkeys(keys))
        if not keys:
            return LookupResult(
                None,
                None,
                False,
                "",
                problems[0] if problems else Phrase(_CONTEXT, "No code was read."),
            )
        found = self.returns.find(keys)
        source = AnswerSource.CACHE
        if not found:
            remote = self.sync.lookup_remote(readable)
            if remote.found is None:
                return LookupResult(None, None, False, keys[0], _not_found(keys, remote))
            found, source = [remote.found], AnswerSource.SERVER
        best: CachedReturn = found[0]
        own_keys = lookup_keys(best.ret.codes())
        matched = next((k for k in keys if k in own_keys), keys[0])
        eligibility = self.policy.evaluate(best.ret, self.today())
        inspected = best.inspected
        message = Phrase(_CONTEXT, "Already inspected.") if inspected else ""
        return LookupResult(
            best.ret,
            eligibility,
            inspected,
            matched,
            message,
            best.marketplace,
            best.marketplace_phrase,
            source,
        )

    def label_owner(self, code: str) -> Return | None:
        """The return whose parcel label carries `code` (tracking number, RMA, order, extra
        codes), or None: a code a device answer must never be, whichever parcel it is on.
        Device codes (IMEI, serial) are not label codes, so a swapped device is still seen."""
        try:
            keys = candidate_codes(code)
        except CodeError:
            return None
        return next((c.ret for c in self.returns.find(keys) if c.ret.is_label_code(code)), None)

    def import_returns(self, path: Path | str) -> ImportReport:
        """Cache the returns of a CSV or JSON export; bad rows are reported and skipped.

        ReturnsFileError (not UTF-8, unknown columns, broken JSON) means nothing was imported.
        """
        result = parse_returns_file(Path(path))
        imported = self.returns.upsert(result.returns)
        return ImportReport(imported, result.errors)

    # -- inspectors ------------------------------------------------------------------------

    def add_inspector(self, badge: str, name: str, pin: str, role: str = "inspector") -> None:
        """Add a person locally (a standalone bench, a training sandbox, a test); the
        server's list replaces it on sync. Not audited: `add_person` is the admin's way."""
        _check_pin(pin, "inspector")
        self.inspectors.put(Inspector(badge, name, role, local=True), hash_pin(pin))

    @property
    def standalone(self) -> bool:
        """No server configured: the bench manages its own people (an admin, here)."""
        return not self.settings["server.url"]

    def people_here(self) -> list[Inspector]:
        """Everyone this bench knows, deactivated people included, by name."""
        return self.inspectors.list()

    def add_person(self, badge: str, name: str, pin: str, role: str = "inspector") -> Inspector:
        """An admin adds a person at a standalone bench (audited). The first admin of a
        bench that has none is added by whoever set it up, as Settings opens for them."""
        self._refuse_unless_standalone()
        badge, name = badge.strip(), name.strip()
        first_admin = role == "admin" and not any(
            p.role == "admin" for p in self.inspectors.list(active_only=True)
        )
        admin = None if first_admin else self._managing_admin()
        known = self.inspectors.get(badge)
        if known is not None and known.active:  # a deactivated badge may be given again
            raise StationError(
                Phrase(_CONTEXT, "Badge {badge} is already someone's on this bench.", badge=badge)
            )
        _check_pin(pin, role)
        person = Inspector(badge, name, role, local=True)
        self.inspectors.put(person, hash_pin(pin))
        self._audit(
            bench_events.PERSON_ADDED,
            subject=badge,
            detail=f"{name}, {role}",
            actor=admin.badge if admin else "",
        )
        return person

    def reset_pin(self, badge: str, pin: str) -> None:
        """An admin gives a person of a standalone bench a new PIN (audited)."""
        admin = self._managing_admin()
        person = self._person_here(badge)
        _check_pin(pin, person.role)
        self.inspectors.set_pin(person.badge, hash_pin(pin))
        self._audit(bench_events.PIN_RESET, subject=person.badge, actor=admin.badge)

    def deactivate_person(self, badge: str) -> None:
        """An admin stops a person of a standalone bench from signing in (audited); the
        person stays in the bench's history. An admin cannot remove the last admin."""
        admin = self._managing_admin()
        person = self._person_here(badge)
        admins = [p for p in self.inspectors.list(active_only=True) if p.role == "admin"]
        if person.role == "admin" and [p.badge for p in admins] == [person.badge]:
            raise StationError(
                Phrase(_CONTEXT, "This is the bench's last admin: add another admin first.")
            )
        self.inspectors.deactivate(person.badge)
        self._audit(bench_events.PERSON_DEACTIVATED, subject=person.badge, actor=admin.badge)

    def _refuse_unless_standalone(self) -> None:
        if not self.standalone:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "This bench takes its people from the server: add them or change their "
                    "PIN there (inspector-server add-user).",
                )
            )

    def _managing_admin(self) -> Inspector:
        """The signed-in admin who may manage people here, or StationError saying why not."""
        self._refuse_unless_standalone()
        who = self.signed_in
        if who is None or who.role != "admin":
            raise StationError(
                Phrase(_CONTEXT, "Only an admin signed in at this bench may change its people.")
            )
        return who

    def _person_here(self, badge: str) -> Inspector:
        person = self.inspectors.get(badge.strip())
        if person is None or not person.active:
            raise StationError(
                Phrase(_CONTEXT, "No active person with badge {badge} on this bench.", badge=badge)
            )
        return person

    def sign_in(self, badge: str, pin: str) -> Inspector | None:
        """The person when badge and PIN are right, else None (no hint which was wrong).

        An inspector's PIN is checked here, against the verifier the server keyed to this
        bench's token. A lead's or an admin's is checked by the server only (their hashes
        never reach a bench): the bench opens a lead session with it, kept for the lead's
        review (`lead_client`); at a standalone bench, one added there is checked there.
        StationError when the server cannot answer for a lead, or when the badge had too
        many wrong PINs lately (PIN_FAILURES_ALLOWED). Every attempt is in the bench's
        audit log.
        """
        self._refuse_if_throttled(badge)
        person = self.inspectors.get(badge)
        checked_here = person is not None and person.local and self.standalone
        if person is not None and person.active and person.role in LEAD_ROLES and not checked_here:
            who = self._lead_sign_in(person, pin)
        else:
            who = self.inspectors.verify(badge, pin, key=self._pin_key())
        if who is None:
            self._audit(bench_events.SIGN_IN_FAILED, subject=badge, detail=said("wrong_pin"))
            return None
        self._signed_in(who, said("by_pin"))
        return who

    def check_badge(self, code: str, *, ask_server: bool = False) -> BadgeCheck:
        """A badge scanned at sign-in: an inspector is signed in by it alone unless the site
        turned `station.badge_needs_pin` on; a lead or an admin must type the PIN too (a
        badge is easy to copy, and theirs opens the lead's powers).

        `ask_server`: a badge unknown here is checked against the server's people list
        before it is refused (a person IT added a minute ago; the rounds pull the list only
        every few minutes). Only for a scan a person made: the camera also sees parcel
        labels, which must not send the bench to the server."""
        badge = code.strip()
        person = self.inspectors.get(badge)
        unknown = person is None or not person.active
        if unknown and ask_server and not self.standalone and not self.sync.refresh_people():
            person = self.inspectors.get(badge)  # the list was pulled: ask it again
        if person is None or not person.active:
            return BadgeCheck(None)
        if person.role in LEAD_ROLES or self.settings["station.badge_needs_pin"]:
            return BadgeCheck(person, pin_needed=True)
        self._signed_in(person, said("by_badge"))
        return BadgeCheck(person)

    def sign_out(self) -> None:
        """End the signed-in person's turn at the bench (and a lead's session)."""
        self.end_lead_session()
        if self.signed_in is not None:
            self._audit(bench_events.SIGN_OUT, subject=self.signed_in.badge)
        self.signed_in = None

    def _signed_in(self, who: Inspector, method: str) -> None:
        self.signed_in = who
        detail = said("signed_in_with", role=role_word(who.role), method=method)
        self._audit(bench_events.SIGN_IN, subject=who.badge, detail=detail)

    def _refuse_if_throttled(self, badge: str) -> None:
        now = self.clock()
        failures, first = self.events.failures_since(badge, now - PIN_FAILURE_WINDOW)
        if failures < PIN_FAILURES_ALLOWED or first is None:
            return
        self._audit(bench_events.SIGN_IN_THROTTLED, subject=badge)
        minutes = max(1, -(-int((first + PIN_FAILURE_WINDOW - now).total_seconds()) // 60))
        raise StationError(f"Too many wrong PINs for this badge: try again in {minutes} minutes.")

    def record_settings_changes(self, before: dict[str, Any]) -> None:
        """Audit the settings whose value differs from `before` (a secret's value is not
        written, only that it changed)."""
        for key, old in before.items():
            new = self.settings[key]
            if new == old:
                continue
            secret = BY_KEY[key].secret
            detail = "changed" if secret else f"{old!r} -> {new!r}"
            self._audit(bench_events.SETTING_CHANGED, subject=key, detail=detail)

    def _audit(
        self, kind: str, *, subject: str = "", detail: str = "", actor: str | None = None
    ) -> None:
        """Record an event; its actor is the person signed in unless `actor` names one."""
        if actor is None:
            actor = self.signed_in.badge if self.signed_in else ""
        self.events.record(
            kind,
            at=self.clock(),
            actor=actor,
            place=self.settings["station.name"],
            subject=subject,
            detail=detail,
        )

    def _pin_key(self) -> bytes | None:
        token = self.settings["server.token"]
        return bench_pin_key(token) if token else None

    def _lead_sign_in(self, person: Inspector, pin: str) -> Inspector | None:
        self.end_lead_session()
        client = self._open_lead_client(person, pin)
        if client is None:
            return None
        self.lead_client = client
        return person

    def _open_lead_client(self, person: Inspector, pin: str) -> LeadClient | None:
        """A lead session for `person`, opened on the server with their PIN; None for a
        wrong PIN, StationError when the server cannot say."""
        if not self.settings["server.url"]:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "A lead's PIN is checked by the server, and this bench has none configured.",
                )
            )
        try:
            client = LeadClient.from_settings(self.settings)
        except ClientConfigError as exc:
            raise StationError(str(exc)) from None
        try:
            client.sign_in(person.badge, pin)
        except ValueError:  # not a lead's PIN shape (six digits or more): a wrong PIN
            client.close()
            return None
        except ServerRefusedError as exc:
            client.close()
            if exc.status == 403:
                return None
            if exc.status == 429:
                minutes = -(-int(exc.retry_after or 60) // 60)
                raise StationError(
                    f"Too many wrong PINs for this badge: try again in {minutes} minutes."
                ) from None
            raise StationError(f"The server refused the lead sign-in: {exc}") from None
        except SyncError as exc:
            client.close()
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "A lead's PIN is checked by the server, which cannot be reached now ({why}).",
                    why=exc.args[0] if exc.args else str(exc),  # a Phrase: the reader's words
                )
            ) from None
        return client

    def end_lead_session(self) -> None:
        """Close the lead session this bench opened at sign-in, if any (best effort)."""
        client, self.lead_client = self.lead_client, None
        if client is None:
            return
        try:
            client.sign_out()
        except SyncError as exc:
            log.info("lead session not closed on the server (%s); it expires by itself", exc)
        finally:
            client.close()

    def people(self) -> list[Inspector]:
        """Everyone who may sign in here, by name (for the sign-in list)."""
        return self.inspectors.list(active_only=True)

    # -- templates -------------------------------------------------------------------------

    def seed_templates(self, folder: Path) -> int:
        """Store the default templates in `folder` whose (id, version) the bench lacks.

        A broken file is logged (file:line:field) and skipped rather than stopping the bench
        from opening: the other categories still work, and the server's set replaces it.
        """
        added = 0
        stored_bodies = {t.body for t in self.templates.list()}
        for path in sorted(folder.glob("*.yaml")):
            body = path.read_text(encoding="utf-8")
            if body in stored_bodies:  # the usual case; parsing YAML costs ~50 ms a file
                continue
            try:
                template = load_template(body, source=str(path))
            except TemplateError as exc:
                log.error("default checklist not installed: %s", exc)
                continue
            if self.templates.get(template.id, template.version) is None:
                self.templates.add(template.id, template.version, template.category.value, body)
                added += 1
        return added

    def template(self, template_id: str, version: int) -> ChecklistTemplate:
        """A stored template version, parsed (once per process: versions never change)."""
        stored = self.templates.get(template_id, version)
        if stored is None:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Checklist {template} v{version} is not on this bench.",
                    template=template_id,
                    version=version,
                )
            )
        return _parsed_template(stored.body, f"{template_id} v{version}")

    # -- inspections -----------------------------------------------------------------------

    def start_inspection(
        self, return_id: str, inspector: str, supersedes: str | None = None
    ) -> Draft:
        """Begin an inspection (its UUID is made here) with the category's newest checklist."""
        cached = self._cached(return_id)
        stored = self.templates.latest_for(cached.ret.product.category.value)
        if stored is None:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "No checklist for {category} on this bench; sync with the server or "
                    "install the default templates.",
                    category=translated_name(cached.ret.product.category),
                )
            )
        if supersedes is not None:
            self._check_supersedes(return_id, supersedes)
        return self._begin(cached, inspector, (stored.id, stored.version), supersedes)

    def _begin(
        self,
        cached: CachedReturn,
        inspector: str,
        template: tuple[str, int],
        supersedes: str | None,
    ) -> Draft:
        """Create the draft row (its UUID is made here) once its template parses."""
        self.template(*template)  # a broken template fails before any row
        self.receive(cached.ret.id, trigger="inspection_started")
        uuid = str(uuid_mod.uuid4())
        self.inspections.create_draft(
            uuid,
            cached.ret.id,
            inspector,
            template,
            started_at=self.clock(),
            supersedes=supersedes,
        )
        return self._draft(self._record(uuid), cached.ret)

    # -- corrections (the rule: station/corrections.py) ------------------------------------

    def earlier_verdict(self, return_id: str) -> EarlierVerdict | None:
        """The verdict `return_id` already has, for the card: this bench's latest final
        inspection of it (who, when, and whether correcting it needs a lead), or, when only
        the server holds one, an EarlierVerdict without an inspection. None: not inspected."""
        local = [
            uuid
            for uuid in self.inspections.final_for_return(return_id)
            if (entry := self.outbox.get(uuid)) is None or entry.state is not OutboxState.DISMISSED
        ]
        if not local:
            cached = self.returns.get(return_id)
            return EarlierVerdict(None) if cached is not None and cached.inspected else None
        record = self._record(local[-1])
        started_by = record.inspector if record.inspector != record.decided_by else ""
        return EarlierVerdict(
            record.uuid,
            record.decided_by,
            self._name_of(record.decided_by),
            record.finalized_at,
            started_by,
            self._name_of(started_by) if started_by else "",
            needs_lead=not own_verdict_open(self.outbox.get(record.uuid), self.clock()),
        )

    def _name_of(self, badge: str) -> str:
        person = self.inspectors.get(badge)
        return person.name if person is not None else ""

    def authorise_correction(
        self, return_id: str, badge: str | None = None, pin: str = ""
    ) -> CorrectionAuthority:
        """A shift lead at the bench lets it correct the server's current verdict on
        `return_id`: the lead's badge and PIN open a lead session on the server (or, with no
        badge, the session of the lead signed in here), which asks for the grant
        (POST /lead/corrections) and the verdict's answers, then closes. Audited. Waits on
        the network: not on the GUI thread. StationError, in words, when the badge is not a
        lead's, the PIN is wrong, the server cannot be reached or refuses."""
        if badge is None:
            client, person = self.lead_client, self.signed_in
            if client is None or person is None:
                raise StationError(Phrase(_CONTEXT, "No lead is signed in at this bench."))
            return self._grant(client, person, return_id)
        badge = badge.strip()
        self._refuse_if_throttled(badge)
        person = self.inspectors.get(badge)
        if person is None or not person.active or person.role not in LEAD_ROLES:
            self._audit(bench_events.SIGN_IN_FAILED, subject=badge, detail=said("not_a_lead"))
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Only a shift lead or an admin can authorise a correction; {badge} is not "
                    "one at this bench.",
                    badge=badge,
                )
            )
        client = self._open_lead_client(person, pin)
        if client is None:
            self._audit(bench_events.SIGN_IN_FAILED, subject=badge, detail=said("wrong_pin"))
            raise StationError(Phrase(_CONTEXT, "Wrong PIN. Try again."))
        try:
            return self._grant(client, person, return_id)
        finally:
            try:
                client.sign_out()
            except SyncError as exc:
                log.info("lead session not closed on the server (%s); it expires by itself", exc)
            finally:
                client.close()

    def _grant(self, client: LeadClient, lead: Inspector, return_id: str) -> CorrectionAuthority:
        try:
            grant = client.authorise_correction(return_id)
        except ServerRefusedError as exc:
            said = exc.problem.title if exc.problem is not None else str(exc)
            raise StationError(
                Phrase(_CONTEXT, "The server refused the correction: {why}", why=said)
            ) from None
        except SyncError as exc:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "A lead's authorisation comes from the server, which cannot be reached "
                    "now ({why}). Try again when it is back; nothing was changed.",
                    why=str(exc),
                )
            ) from None
        try:
            earlier: InspectionPayload | None = client.inspection(grant.supersedes).inspection
        except SyncError as exc:  # the checklist then starts from this bench's own answers
            log.info("answers of %s not read from the server (%s)", grant.supersedes, exc)
            earlier = None
        photos, missing = self._fetch_photos(client, earlier) if earlier else ((), 0)
        self._audit(
            bench_events.CORRECTION_AUTHORISED,
            subject=return_id,
            detail=f"may supersede {grant.supersedes} until "
            f"{grant.expires_at.isoformat(timespec='minutes')}; "
            f"{len(photos)} photo(s) fetched, {missing} missing",
            actor=lead.badge,
        )
        return CorrectionAuthority(
            grant.return_id,
            str(grant.supersedes),
            grant.granted_by,
            grant.expires_at,
            earlier,
            photos,
            missing,
        )

    def _fetch_photos(
        self, client: LeadClient, earlier: InspectionPayload
    ) -> tuple[tuple[PhotoRecord, ...], int]:
        """The corrected verdict's photos, into this bench's photo store, and how many could
        not be had. Read in the lead's session that obtained the grant, only for the verdict
        the grant names; the client refuses bytes whose SHA-256 is not the one asked for (a
        tampered or swapped photo never enters the store). A photo already here is not read
        again. One that cannot be read (server gone, refused, tampered) is counted, not
        fatal: the correction starts with the others and the inspector retakes it."""
        kept: list[PhotoRecord] = []
        missing = 0
        for ref in earlier.photos:
            if not self.photos.exists(ref.sha256):
                try:
                    self.photos.put(client.photo(earlier.uuid, ref.sha256))
                except SyncError as exc:
                    log.info("photo %s of %s not fetched (%s)", ref.sha256, earlier.uuid, exc)
                    missing += 1
                    continue
            kept.append(PhotoRecord(ref.item, ref.sha256, ref.size))
        return tuple(kept), missing

    def start_correction(
        self, return_id: str, inspector: str, authority: CorrectionAuthority | None = None
    ) -> Draft:
        """Begin a correction of the verdict on `return_id`: a draft that supersedes it,
        its checklist filled with the earlier answers (and the photos still on this bench)
        for the inspector to change. Without `authority` only this bench's own open verdict
        may be corrected (earlier_verdict says whether a lead is needed); with one, the
        server's verdict it names."""
        cached = self._cached(return_id)
        local = self.inspections.final_for_return(return_id)
        if authority is None:
            earlier = self.earlier_verdict(return_id)
            if earlier is None:
                raise StationError(
                    Phrase(
                        _CONTEXT,
                        "Return {return_id} has no verdict to correct.",
                        return_id=return_id,
                    )
                )
            if earlier.needs_lead or earlier.inspection is None:
                raise StationError(
                    Phrase(
                        _CONTEXT,
                        "Correcting this verdict needs a shift lead: it was made at another "
                        "bench, more than a day ago, or the server refused it.",
                    )
                )
            supersedes = earlier.inspection
            starting = self._starting_of(self._record(supersedes))
        else:
            if authority.return_id != return_id:
                raise StationError(Phrase(_CONTEXT, "This authorisation is for another return."))
            supersedes = authority.supersedes
            starting = self._authorised_start(authority, local)
        template = starting.template
        if template is None or self.templates.get(*template) is None:
            stored = self.templates.latest_for(cached.ret.product.category.value)
            if stored is None:
                return self.start_inspection(return_id, inspector)  # says what is missing
            template = (stored.id, stored.version)
        draft = self._begin(cached, inspector, template, supersedes)
        draft.prefill(ordered_answers(draft.template, starting.answers), starting.photos)
        return draft

    def _authorised_start(self, authority: CorrectionAuthority, local: list[str]) -> Starting:
        """A lead-authorised correction starts from the corrected verdict when this bench
        has it, else from this bench's own refused inspection (what the inspector here saw),
        else from the server's copy of the verdict."""
        if authority.supersedes in local:
            return self._starting_of(self._record(authority.supersedes))
        refused = [
            uuid
            for uuid in local
            if (entry := self.outbox.get(uuid)) is not None
            and entry.state is OutboxState.NEEDS_ATTENTION
        ]
        if refused:
            return self._starting_of(self._record(refused[-1]))
        if authority.earlier is not None:
            return from_authority(authority, authority.earlier)
        return Starting(None, {})

    def _starting_of(self, record: InspectionRecord) -> Starting:
        photos = [p for p in record.photos if self.photos.exists(p.sha256)]
        return Starting((record.template_id, record.template_version), record.answers, photos)

    def drafts(self) -> list[Draft]:
        """Unfinished inspections, oldest first, ready to resume (after a crash, too)."""
        resumed = []
        for record in self.inspections.list(state="draft"):
            cached = self.returns.get(record.return_id)
            if cached is None:
                log.warning("draft %s refers to a return no longer cached", record.uuid)
                continue
            resumed.append(self._draft(record, cached.ret))
        return resumed

    def discard(self, draft: Draft) -> None:
        """Delete a draft and the photo files only it used (audited: work is lost)."""
        for sha256 in self.inspections.discard(draft.uuid):
            self.photos.delete(sha256)
        self._audit(bench_events.DRAFT_DISCARDED, subject=draft.ret.id, detail=draft.uuid)

    def finalize(
        self,
        draft: Draft,
        verdict: VerdictChoice,
        *,
        message_language: str | None = None,
        note: str = "",
        sendback_tracking: str | None = None,
        supersedes: str | None = None,
        by: str | None = None,
    ) -> FinalizeResult:
        """Freeze the inspection and queue it for the server; durable when this returns.

        Refuses an incomplete checklist, an invalid verdict (a refusal no finding explains,
        deductions that do not add up), a second finalize of the same inspection and a second
        final inspection of a return unless it supersedes the first (named here or at
        start_inspection). Fires the decision message (in `message_language`, default the
        customer's, with the inspector's `note`) and, with a send-back tracking number, the
        "sent back" message, in the same commit as the inspection.

        `by` is who finalizes (default: the person signed in, else who started the draft):
        the payload's inspector; who started a draft someone else finalizes is kept too.
        """
        record = self._record(draft.uuid)
        if record.state == FINAL:
            raise StationError(
                Phrase(_CONTEXT, "This inspection is already final; it cannot be changed.")
            )
        if supersedes is not None and supersedes != record.supersedes:
            self._check_supersedes(record.return_id, supersedes)
            self.inspections.set_supersedes(draft.uuid, supersedes)
            record = self._record(draft.uuid)
        missing = draft.run.missing()
        if missing:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "The checklist is not complete: {missing}",
                    missing=tuple(m.message for m in missing),
                )
            )
        earlier = self.inspections.final_for_return(record.return_id)
        # A supersedes no inspection here names the server's verdict a lead authorised
        # (start_correction): the only way such a value reaches a draft.
        if earlier and record.supersedes is None:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Return {return_id} was already inspected on this bench ({earlier}); "
                    "record a correction that supersedes it.",
                    return_id=record.return_id,
                    earlier=earlier[-1],
                )
            )
        now = self.clock()
        finalizer = (by or (self.signed_in.badge if self.signed_in else "")).strip()
        finalizer = finalizer or record.inspector
        sendback_tracking = _sendback(draft, verdict, sendback_tracking)
        facts, decision = self._decision(draft, verdict, message_language, note, sendback_tracking)
        payload = build_payload(
            run=draft.run,
            photo_sizes=draft.sizes,
            record=record,
            station=self.settings["station.name"],
            verdict=verdict,
            finalized_at=now,
            finalized_by=finalizer,
            customer_message=decision.wire(),
            sendback_tracking=sendback_tracking,
        )
        records = [
            record_of(facts, decision, trigger="finalize", fired_at=now, inspection=draft.uuid)
        ]
        if sendback_tracking:
            shipped = MessageFacts(
                draft.ret,
                MessageKind.SENT_BACK,
                day=self.today(),
                sendback_tracking=sendback_tracking,
            )
            records.append(
                fire(
                    self.messages,
                    shipped,
                    trigger="finalize",
                    fired_at=now,
                    language=decision.language,
                )
            )
        data = payload.model_dump_json().encode()
        keep = {(p.item, p.sha256) for p in payload.photos}
        note = f"Replaced by correction {draft.uuid}"
        replaced = self.inspections.finalize(
            draft.uuid,
            data,
            draft.run.answers,
            now,
            keep_photos=keep,
            finalized_by=finalizer,
            messages=[to_store(r) for r in records],
            replaces=dict.fromkeys(self._replaced_by(record, earlier), note),
        )
        for uuid in replaced:
            self._audit(bench_events.INSPECTION_REPLACED, subject=uuid, detail=note)
        self.sync.notify_finalized()
        return FinalizeResult(
            uuid=draft.uuid, payload=data, flags=tuple(payload.flags), finalized_at=now
        )

    def _replaced_by(self, correction: InspectionRecord, earlier: list[str]) -> list[str]:
        """This bench's refused inspections of the return that a lead-authorised correction
        replaces: the server holds another verdict, which the correction supersedes, so they
        are never to be sent (they leave the needs-attention list, kept here, unsent)."""
        if correction.supersedes is None or correction.supersedes in earlier:
            return []
        return [
            uuid
            for uuid in earlier
            if (entry := self.outbox.get(uuid)) is not None
            and entry.state is OutboxState.NEEDS_ATTENTION
        ]

    def inspection(self, uuid: str) -> InspectionRecord | None:
        return self.inspections.get(uuid)

    def photo(self, sha256: str) -> bytes:
        """A stored photo's bytes (PhotoMissingError once purged or never stored)."""
        return self.photos.read(sha256)

    def pending(self) -> QueueSummary:
        """What is still to send, and what needs a person (for the status bar)."""
        counts: OutboxCounts = self.outbox.counts()
        entries = self._worded((OutboxState.PENDING, OutboxState.NEEDS_ATTENTION))
        return QueueSummary(counts.pending, counts.needs_attention, counts.sent, entries)

    def dismissed(self) -> list[OutboxEntry]:
        """Inspections a person decided not to send, oldest first (kept for the record)."""
        return self._worded((OutboxState.DISMISSED,))

    def _worded(self, states: tuple[OutboxState, ...]) -> list[OutboxEntry]:
        """The entries in `states`, each message as words (a Phrase the interface translates)
        where the outbox stored a code."""
        return [
            dataclasses.replace(entry, message=attention_text(entry.message))
            for entry in self.outbox.list(states)
        ]

    def correctable(self) -> dict[str, CorrectionPath]:
        """Parked inspections a correction resolves, and how: RESEND when a lead's grant is
        all it lacked (a correction of a verdict older than a day), REINSPECT when the server
        holds another verdict (this one is replaced by a correction of that verdict)."""
        paths = {}
        for entry in self.outbox.list((OutboxState.NEEDS_ATTENTION,)):
            if entry.message in SENT_ONCE_AUTHORISED:
                paths[entry.inspection_uuid] = CorrectionPath.RESEND
            elif entry.message in CORRECTED_BY_INSPECTING:
                paths[entry.inspection_uuid] = CorrectionPath.REINSPECT
        return paths

    def find_queued(self, prefix: str) -> list[OutboxEntry]:
        """Queue entries (sent ones too) whose inspection UUID starts with `prefix`."""
        prefix = prefix.strip().lower()
        return [e for e in self.outbox.list() if e.inspection_uuid.startswith(prefix)]

    def retry(self, inspection_uuid: str) -> None:
        """Send a parked, dismissed (audited: the decision is withdrawn) or waiting
        inspection again at once, on the station's clock, and wake the worker; OutboxError
        if it is not queued or already sent."""
        entry = self.outbox.get(inspection_uuid)
        self.sync.retry(inspection_uuid)
        if entry is not None and entry.state is OutboxState.DISMISSED:
            self._audit(bench_events.DISMISSAL_WITHDRAWN, subject=inspection_uuid)

    def dismiss(self, inspection_uuid: str, reason: str, by: str) -> None:
        """Decide that an inspection the server refused is not to be sent (another bench's
        verdict stands, say). It leaves the needs-attention count and stays on the bench,
        unsent, its message saying who dismissed it, when and why; the bench's audit log
        records it too. `by` is the badge of a person this bench knows. StationError without
        a readable reason or a known person; OutboxError if the entry is not parked."""
        reason = " ".join(reason.split())
        shortest, longest = DISMISS_REASON_CHARS
        if not shortest <= len(reason) <= longest:
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Say in a few words why this inspection is dismissed ({shortest} to "
                    "{longest} characters).",
                    shortest=shortest,
                    longest=longest,
                )
            )
        if not by.strip():
            raise StationError(Phrase(_CONTEXT, "A dismissal names who decided it: sign in first."))
        person = self.inspectors.get(by.strip())
        if person is None or not person.active:
            raise StationError(
                Phrase(_CONTEXT, "No active person with badge {badge} on this bench.", badge=by)
            )
        when = self.clock().astimezone().strftime("%Y-%m-%d %H:%M %z")
        note = f"Dismissed by {person.name} ({person.badge}) on {when}: {reason}"
        self.outbox.dismiss(inspection_uuid, note)
        self._audit(
            bench_events.INSPECTION_DISMISSED,
            subject=inspection_uuid,
            detail=reason,
            actor=person.badge,
        )
        log.info("queued inspection %s dismissed by %s", inspection_uuid, person.badge)
        self.sync.refresh_counts()

    def export_queued(self, inspection_uuid: str, path: Path) -> Path:
        """Write the support zip of a queued inspection (sync.support) to `path`."""
        entry = self.outbox.get(inspection_uuid)
        if entry is None:
            raise StationError(f"Inspection {inspection_uuid} is not in this bench's queue.")
        export_entry(entry, self.photos, self.settings["station.name"], Path(path))
        return Path(path)

    def export_inspections(self, path: Path) -> ExportSummary:
        """Write every unsent inspection, its photos and messages, to one file a server
        imports (sync.export); the queue stays as it is, so a later sync is a replay."""
        try:
            summary = export_inspections(
                Path(path),
                station=self.settings["station.name"],
                now=self.clock(),
                outbox=self.outbox,
                messages=self.customer_messages,
                inspectors=self.inspectors,
                photos=self.photos,
            )
        except OSError as exc:  # a folder that is not there, a full or read-only disk
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Cannot write {path}: {why}.",
                    path=str(path),
                    why=exc.strerror or str(exc),
                )
            ) from exc
        self._audit(
            bench_events.INSPECTIONS_EXPORTED,
            subject=Path(path).name,
            detail=f"{summary.inspections} inspection(s), {summary.photos} photo(s), "
            f"{summary.messages} message(s)",
        )
        return summary

    # -- sync (the logic is in inspector_app.sync; the station owns its one worker) --------

    @property
    def sync_status(self) -> SyncStatus:
        """Connectivity, queue counts and the last success, as of the last change."""
        return self.sync.state.status

    def subscribe_sync(self, listener: Callable[[SyncStatus], object]) -> Callable[[], None]:
        """Call `listener(status)` (on the thread that changed it) at every change of the
        sync status; returns the unsubscribe function."""
        return self.sync.state.subscribe(listener)

    def wake_sync(self) -> None:
        """Ask the background worker for a round now (no-op when it is not running)."""
        if self._sync_worker is not None:
            self._sync_worker.wake()

    def probe_server(self, url: str, token: str) -> ServerProbe:
        """Check a server URL and token as typed (not yet saved) with this bench's other
        settings: the server's version and how many people may sign in; SyncError or
        ClientConfigError saying why not. Waits on the network: not on the GUI thread."""
        values = {option.key: value for option, value, _ in self.settings.items()}
        values.update({"server.url": url, "server.token": token})
        return probe_server(Settings(values, "user"))

    def sync_once(self) -> SyncReport:
        """Push the queue and pull the cache now; a person asked, so the backoff is skipped."""
        return self.sync.run_round(force=True)

    def start_sync(self) -> SyncWorker:
        """Start the background sync worker if it is not running; `close()` stops it."""
        if self._sync_worker is None or not self._sync_worker.running:
            self._sync_worker = SyncWorker(self.sync).start()
        return self._sync_worker

    def stop_sync(self, timeout: float | None = None) -> None:
        """Stop the background worker after its request in flight (no-op if not running)."""
        if self._sync_worker is not None:
            self._sync_worker.stop(timeout)
            self._sync_worker = None

    # -- the lead's figures ----------------------------------------------------------------

    def bench_figures(self) -> BenchSource:
        """The lead's figures computed from this bench's own store (for when the server is
        out of reach); answers the same calls as the lead's server client."""
        return BenchSource(
            LeadReads(self.db), self.outbox, self.photos, self.settings["station.name"]
        )

    # -- retention -------------------------------------------------------------------------

    def purge(self, now: dt.datetime | None = None) -> PurgeReport:
        """Forget cached returns, sent inspections and their photos older than
        `retention.days` (GDPR): the server has them, and a stolen bench should not hold
        months of customers' names and IMEIs. The database overwrites what it deletes
        (secure_delete, see storage/db.py) and the WAL is checkpointed so no old page stays.

        Never touches drafts, unsent inspections or the photos they need.
        """
        now = now or self.clock()
        cutoff = now - dt.timedelta(days=self.settings["retention.days"])
        purged_returns = self.returns.purge_cached_before(cutoff)
        removable = [
            s for s in self.inspections.photos_sent_before(cutoff) if self.photos.exists(s)
        ]
        purged_inspections = self.inspections.purge_sent_before(cutoff)
        for sha256 in removable:
            self.photos.delete(sha256)
        self.customer_messages.purge_sent_before(cutoff)
        self.db.checkpoint()
        return PurgeReport(purged_returns, len(removable), purged_inspections)

    # -- internals -------------------------------------------------------------------------

    def _cached(self, return_id: str) -> CachedReturn:
        cached = self.returns.get(return_id)
        if cached is None:
            raise StationError(
                Phrase(_CONTEXT, "No return {return_id} on this bench.", return_id=return_id)
            )
        return cached

    def _record(self, uuid: str) -> InspectionRecord:
        record = self.inspections.get(uuid)
        if record is None:
            raise StationError(
                Phrase(_CONTEXT, "No inspection {uuid} on this bench (discarded?).", uuid=uuid)
            )
        return record

    def _check_supersedes(self, return_id: str, supersedes: str) -> None:
        if supersedes not in self.inspections.final_for_return(return_id):
            raise StationError(
                Phrase(
                    _CONTEXT,
                    "Inspection {supersedes} is not a final inspection of return {return_id} "
                    "on this bench, so it cannot be corrected here.",
                    supersedes=supersedes,
                    return_id=return_id,
                )
            )

    def _draft(self, record: InspectionRecord, ret: Return) -> Draft:
        template = self.template(record.template_id, record.template_version)
        photos: dict[str, list[str]] = {}
        for photo in record.photos:
            photos.setdefault(photo.item, []).append(photo.sha256)
        state = {
            "template": {"id": template.id, "version": template.version},
            "answers": record.answers,
            "photos": photos,
        }
        eligibility = self.policy.evaluate(ret, self.today())
        run = ChecklistRun.from_state(template, ret, state, eligibility)
        return Draft(self.inspections, self.photos, record, ret, run)
