"""One pass over the outbound queue: plan, settle what is uncertain, send what is due.

    report = send_once(db, client, config, photos, site)   # `marketplace send`, the job

1. New final verdicts get their plans (planner.py), with the decision message when the site
   (`site.message_steps`) sends that step.
2. Attempts whose sender died (`sending` past `attempt_until`: a crash, a kill) become
   `unknown`.
3. Folders are read back (`GET /ws/sav/{id}`, one request per folder): an `unknown` action,
   once the marketplace had `settle_s` to finish, is confirmed if the folder shows it (an
   orderline in state 5 or 6; our marker in the conversation) and otherwise made ready to be
   sent again: reading, never guessing, decides. A `sent` action is confirmed the same way.
   An item transfer shows nowhere on a folder; Back Market refuses a tracking number it has
   already taken, so sending it again is the read-back: that refusal confirms it.
4. If sending is on (not a dry run), the due actions go, one at a time, oldest first. Each
   is claimed in its own committed transaction before its request leaves, and a refund also
   writes the refund ledger's row for its orderline first: the database refuses a second
   refund of an orderline whatever happens. A refund reads its folder first: the orderline's
   state gives the refund type (4, 5 or 6), and one already refunded is not refunded again.

Between 3 and 4, confirmed refunds fire their "refund sent" message and the customer
messages of the other steps are queued, once each, and those whose earlier messages left are
released (messages.py), so they go in this pass. A message or problem report attaches its
photos as `photo-N.jpg`, each re-encoded to fit the marketplace's 3 MB; one that cannot be
sent is left out and said in the action's reason; an unreadable photo store holds it.

Answers: 2xx → sent (an item transfer: confirmed); lost → unknown; 429 and spent budgets →
held with the time of the next try; a refusal (4xx) → parked with the marketplace's own
message, for a lead; a refused token, a Cloudflare challenge or an unreachable marketplace
hold the action and end the pass (the next pass tries again).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import said
from inspector_app.marketplace.backmarket.actions import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    NEW_FOLDER_IDS,
    ActionKind,
    marked,
    orderline_state,
    refund_type_for,
    shows_effect,
)
from inspector_app.marketplace.backmarket.client import (
    Attachment,
    BackMarketClient,
    MarketplaceError,
    MarketplaceOutcomeUnknownError,
    MarketplaceRateLimitedError,
)
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.messages.attachments import fit_photo
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.marketplace import outbox
from inspector_app.server.marketplace.messages import queue_messages, refund_announcements_since
from inspector_app.server.marketplace.planner import plan_new
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.models import Photo
from inspector_app.server.photo_store import PhotoBackend, PhotoStoreError

log = logging.getLogger("inspector_app.server.marketplace")

BATCH = 500
"""Actions sent (and folders read back) per pass at most."""
ATTEMPT_MARGIN_S = 10.0
"""Added to a request's own deadline and patience before a `sending` action counts as lost."""
LEFT_OUT = "left_out"
"""An action's parameter: why each photo it names was not attached (said to leads)."""
OFFLINE_PAUSE = dt.timedelta(minutes=5)
"""How long an action waits after the marketplace refused our token or could not be reached."""


@dataclass
class SendReport:
    """What one pass did; printed by `marketplace send --once`."""

    sending: bool = False
    planned: int = 0
    messages: int = 0
    reaped: int = 0
    read_back: int = 0
    confirmed: int = 0
    resent: int = 0
    sent: int = 0
    held: int = 0
    parked: int = 0
    unknown: int = 0
    stopped: str = ""
    stopped_state: str = ""
    requests: int = 0
    seconds: float = 0.0
    held_reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.stopped

    def lines(self) -> list[str]:
        mode = "sending" if self.sending else "dry run (sending is off: nothing is sent)"
        out = [
            f"Outbound: {mode}; {self.planned} verdicts planned, {self.messages} customer "
            "messages queued",
            f"Read back {self.read_back} actions: {self.confirmed} confirmed, "
            f"{self.resent} to send again; {self.reaped} lost attempts found",
            f"Sent {self.sent}; held back {self.held}; failed {self.parked}; "
            f"outcome unknown {self.unknown}",
        ]
        out += [f"Held back: {reason}" for reason in sorted(set(self.held_reasons))[:5]]
        if self.stopped:
            out.append(f"Stopped ({self.stopped_state}): {self.stopped}")
        out.append(f"{self.requests} requests in {self.seconds:.1f} s")
        return out

    def summary(self) -> str:
        """One line, for the job's run record (`inspector-server jobs`)."""
        mode = "sending" if self.sending else "dry run"
        line = (
            f"{mode}: {self.planned} verdicts planned, {self.sent} sent, "
            f"{self.confirmed} confirmed, {self.held} held back, {self.parked} failed, "
            f"{self.unknown} unknown, {self.messages} customer messages queued; "
            f"{self.requests} requests"
        )
        return f"{line}; stopped: {self.stopped}" if self.stopped else line


def _with_left_out(sentence: str, left_out: Sequence[str]) -> str:
    """`sentence`, then the sentences of the photos left out of what was sent."""
    return (
        said("with_left_out", what=sentence, left_out=" ".join(left_out)) if left_out else sentence
    )


class _PassStoppedError(Exception):
    """The marketplace or the way to it is unwell: end the pass (the next one retries)."""

    def __init__(self, error: MarketplaceError) -> None:
        super().__init__(str(error))
        self.error = error


class _PhotosUnreadableError(Exception):
    """A photo to attach could not be read from the photo store (nothing was sent)."""


@dataclass(frozen=True, slots=True)
class _Attempt:
    """What an attempt needs, read in the claim's transaction."""

    id: int
    token: str
    kind: ActionKind
    folder_id: int
    orderline_id: int | None
    params: dict[str, Any]
    amount: Decimal | None
    price: Decimal | None
    marker: str | None


def send_once(
    db: Database,
    client: BackMarketClient,
    config: BackMarketConfig,
    photos: PhotoBackend,
    site: ServerConfig,
    *,
    should_stop: Callable[[], bool] = lambda: False,
) -> SendReport:
    """One pass (see the module docstring); never raises for marketplace failures. `site`
    says which customer messages go and where the published templates are."""
    started = time.monotonic()
    requests_before = client.stats.requests
    sender = _Sender(db, client, config, photos, site=site, should_stop=should_stop)
    try:
        sender.run()
    except _PassStoppedError as stop:
        sender.report.stopped = str(stop.error)
        sender.report.stopped_state = stop.error.state
        log.error("Back Market send pass stopped (%s): %s", stop.error.state, stop.error)
    report = sender.report
    report.requests = client.stats.requests - requests_before
    report.seconds = time.monotonic() - started
    return report


class _Sender:
    def __init__(
        self,
        db: Database,
        client: BackMarketClient,
        config: BackMarketConfig,
        photos: PhotoBackend,
        *,
        site: ServerConfig,
        should_stop: Callable[[], bool],
    ) -> None:
        self.db = db
        self.client = client
        self.config = config
        self.photos = photos
        self.site = site
        self.should_stop = should_stop
        self.report = SendReport()
        self.settle = dt.timedelta(seconds=config["settle_s"] / client.scale)
        self.attempt_s = client.patience_s + 2 * client.timeout_s + ATTEMPT_MARGIN_S

    @staticmethod
    def now() -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def run(self) -> None:
        with self.db.write() as session:
            refund_announcements_since(session, self.now())  # before any refund is confirmed
            self.report.sending = outbox.sending_enabled(session)
            self.report.planned = plan_new(
                session, self.config, self.now(), message_steps=self.site.message_steps
            )
            self.report.reaped = outbox.reap(session, self.now(), self.settle)
        self._read_back()
        with self.db.write() as session:
            self.report.messages = queue_messages(session, self.site, self.now())
        if not self.report.sending:
            return
        with self.db.read() as session:
            due = outbox.due(session, self.now(), BATCH)
        for action_id in due:
            if self.should_stop():
                return
            self._send(action_id)

    # -- reading back ------------------------------------------------------------------------

    def _read_back(self) -> None:
        with self.db.read() as session:
            actions = outbox.to_read_back(session, self.now(), BATCH)
        by_folder: dict[int, list[Action]] = {}
        for action in actions:
            by_folder.setdefault(action.folder_id, []).append(action)
        for folder_id, waiting in by_folder.items():
            if self.should_stop():
                return
            folder: dict[str, Any] = {}
            if any(a.kind != ActionKind.ITEM_TRANSFER for a in waiting):
                try:
                    folder = self.client.care_folder(folder_id)
                except MarketplaceError as exc:
                    if not exc.item_level:
                        raise _PassStoppedError(exc) from None
                    self._unreadable(waiting, exc)
                    continue
            for action in waiting:
                self._settle_read(action, folder)

    def _unreadable(self, actions: Sequence[Action], exc: MarketplaceError) -> None:
        now = self.now()
        with self.db.write() as session:
            for stale in actions:
                action = session.get(Action, stale.id, with_for_update=True)
                if action is not None and action.status == stale.status:
                    outbox.move(
                        session,
                        action,
                        action.status,
                        said("read_back_failed", error=str(exc)),
                        now,
                        next_try_at=now + self.settle,
                    )

    def _settle_read(self, seen: Action, folder: dict[str, Any]) -> None:
        """Decide one action from what its folder shows (if it is still as it was read)."""
        kind = ActionKind(seen.kind)
        now = self.now()
        self.report.read_back += 1
        with self.db.write() as session:
            action = session.get(Action, seen.id, with_for_update=True)
            if action is None or (action.status, action.attempts) != (seen.status, seen.attempts):
                return  # another sender moved it meanwhile
            if shows_effect(kind, action.marker, folder):
                self.report.confirmed += 1
                outbox.move(
                    session,
                    action,
                    "confirmed",
                    _with_left_out(said("shows_it"), action.params.get(LEFT_OUT, [])),
                    now,
                    confirmed_at=now,
                    next_try_at=None,
                )
            elif action.status == "sent":
                outbox.move(
                    session,
                    action,
                    "sent",
                    said("not_shown_yet"),
                    now,
                    next_try_at=None,
                )
            else:
                self._after_unknown(session, action, kind, now)

    def _after_unknown(
        self, session: Session, action: Action, kind: ActionKind, now: dt.datetime
    ) -> None:
        """An attempt of unknown outcome whose effect the folder does not show."""
        if kind is ActionKind.PROBLEM and action.folder_id < NEW_FOLDER_IDS:
            self.report.parked += 1
            reason = said("unknown_unmarked")
            outbox.move(session, action, "parked", reason, now, next_try_at=None)
        elif action.attempts >= outbox.MAX_ATTEMPTS:
            self.report.parked += 1
            outbox.move(
                session,
                action,
                "parked",
                said("attempts_unanswered", attempts=str(action.attempts)),
                now,
                next_try_at=None,
            )
        else:
            self.report.resent += 1
            why = (
                said("transfer_sent_again")
                if kind is ActionKind.ITEM_TRANSFER
                else said("sent_again_not_shown")
            )
            outbox.move(session, action, "ready", why, now, next_try_at=None)

    # -- sending ---------------------------------------------------------------------------

    def _send(self, action_id: int) -> None:
        now = self.now()
        with self.db.write() as session:
            action = outbox.claim(
                session, action_id, now, now + dt.timedelta(seconds=self.attempt_s)
            )
            if action is None:
                return
            plan = session.get(Plan, action.plan_id) if action.plan_id is not None else None
            attempt = _Attempt(
                id=action.id,
                token=action.attempt_token or "",
                kind=ActionKind(action.kind),
                folder_id=action.folder_id,
                orderline_id=action.orderline_id,
                params=dict(action.params),
                amount=action.amount,
                price=plan.price if plan is not None else None,
                marker=action.marker,
            )
        try:
            self._attempt(attempt)
        except _PhotosUnreadableError as exc:
            self.report.held += 1
            self._record(
                attempt,
                "held",
                said("photo_store_unreadable", error=str(exc)),
                next_try_at=self.now() + OFFLINE_PAUSE / self.client.scale,
            )
        except MarketplaceOutcomeUnknownError as exc:
            self.report.unknown += 1
            self._record(
                attempt,
                "unknown",
                said("outcome_unknown", error=str(exc)),
                next_try_at=self.now() + self.settle,
            )
        except MarketplaceRateLimitedError as exc:
            self._hold(attempt, exc)
        except MarketplaceError as exc:
            if not exc.item_level:
                self._record(
                    attempt,
                    "held",
                    said("not_sent", error=str(exc)),
                    next_try_at=self.now() + OFFLINE_PAUSE / self.client.scale,
                )
                self.report.held += 1
                raise _PassStoppedError(exc) from None
            self._refused(attempt, exc)

    def _attempt(self, attempt: _Attempt) -> None:
        """Make the call; a success is recorded here, failures raise."""
        kind, params = attempt.kind, attempt.params
        if kind is ActionKind.REFUND:
            self._refund(attempt)
            return
        if kind in (ActionKind.MESSAGE, ActionKind.PROBLEM):
            files, left_out = self._attachments(params.get("photos", []))
            if kind is ActionKind.MESSAGE:
                assert attempt.marker is not None
                text = marked(params["text"], attempt.marker)
                self.client.post_message(attempt.folder_id, text, files)
            else:
                text = params.get("message", "")
                if text and attempt.marker:
                    text = marked(text, attempt.marker)
                problem_type = params.get("problem_type", "OTHER")
                self.client.declare_problem(attempt.folder_id, problem_type, text, files)
            self._sent(attempt, left_out)
            return
        self.client.item_transfer(
            attempt.folder_id, params["shipper"], params["tracking"], params["action"]
        )
        self.report.sent += 1
        self.report.confirmed += 1
        self._record(
            attempt, "confirmed", said("taken"), sent_at=self.now(),
            confirmed_at=self.now(),
        )  # fmt: skip

    def _sent(self, attempt: _Attempt, left_out: Sequence[str] = ()) -> None:
        """Record a request the marketplace took; the photos left out are kept with the
        action (`left_out`), said in its reason now and once it is confirmed."""
        self.report.sent += 1
        now = self.now()
        notes = {"params": {**attempt.params, LEFT_OUT: list(left_out)}} if left_out else {}
        self._record(
            attempt,
            "sent",
            _with_left_out(said("taken_read_back"), left_out),
            sent_at=now,
            next_try_at=now + self.settle,
            **notes,
        )

    def _refund(self, attempt: _Attempt) -> None:
        """Read the folder, then claim the orderline in the ledger, then refund."""
        if attempt.orderline_id is None:
            self._park(attempt, said("no_orderline"))
            return
        folder = self.client.care_folder(attempt.folder_id)
        state = orderline_state(folder)
        if shows_effect(ActionKind.REFUND, None, folder):
            if self._claim_ledger(attempt):
                self.report.confirmed += 1
                now = self.now()
                self._record(
                    attempt,
                    "confirmed",
                    said("already_refunded", state=str(state)),
                    confirmed_at=now,
                )
            return
        refund_type = refund_type_for(state)
        if refund_type is None:
            self._park(attempt, said("state_not_refundable", state=str(state)))
            return
        assert attempt.amount is not None
        if attempt.price is None or not 0 < attempt.amount <= attempt.price:
            refund, price = str(attempt.amount), str(attempt.price)
            self._park(attempt, said("refund_out_of_bounds", amount=refund, price=price))
            return
        full = attempt.amount == attempt.price
        if refund_type != 6 and not full:
            self._park(attempt, said("partial_needs_shipped", state=str(state)))
            return
        if not self._claim_ledger(attempt):
            return
        answer = self.client.refund(
            attempt.orderline_id, refund_type, attempt.amount if refund_type == 6 else None
        )
        log.info("refund sent", extra={"fields": {"action": attempt.id, "answer": answer[:200]}})
        self._sent(attempt)

    def _claim_ledger(self, attempt: _Attempt) -> bool:
        """Write the orderline's ledger row for this action; False (and parked) if another
        action holds it."""
        with self.db.write() as session:
            action = session.get(Action, attempt.id)
            assert action is not None
            other = outbox.claim_refund(session, action, self.now())
        if other is None:
            return True
        self._park(attempt, said("refund_held_by", action=str(other)))
        return False

    def _attachments(self, shas: Sequence[str]) -> tuple[list[Attachment], list[str]]:
        """The files for these photos, named `photo-N.jpg` as the text names them, each made
        to fit the marketplace's 3 MB (re-encoded smaller); and a sentence for each photo
        left out: one the server does not have, or that no re-encoding brings under 3 MB.
        _PhotosUnreadableError when the photo store fails (the attempt is tried later)."""
        with self.db.read() as session:
            stored = set(session.scalars(select(Photo.sha256).where(Photo.sha256.in_(shas))))
        files, left_out = [], []
        for number, sha in enumerate(shas[:MAX_ATTACHMENTS], start=1):
            name = f"photo-{number}.jpg"
            if sha not in stored:
                left_out.append(f"{name} was not attached: the server does not have it.")
                continue
            try:
                content = self.photos.read(sha)
            except (OSError, PhotoStoreError) as exc:
                raise _PhotosUnreadableError(f"{name}: {exc}") from exc
            try:
                files.append(Attachment(name, fit_photo(content, MAX_ATTACHMENT_BYTES)))
            except ValueError as exc:
                left_out.append(f"{name} was not attached: {exc}.")
        return files, left_out

    # -- recording -------------------------------------------------------------------------

    def _record(self, attempt: _Attempt, status: str, reason: str, **fields: object) -> None:
        with self.db.write() as session:
            recorded = outbox.settle(
                session,
                attempt.id,
                attempt.token,
                status=status,
                reason=reason,
                now=self.now(),
                **fields,
            )
        if not recorded:
            log.warning(
                "marketplace action outcome not recorded: the attempt was taken over",
                extra={"fields": {"action": attempt.id, "status": status}},
            )

    def _park(self, attempt: _Attempt, reason: str, said: str = "") -> None:
        """Park the action for a lead: `reason` in our words, `said` the marketplace's."""
        self.report.parked += 1
        self._record(attempt, "parked", reason, marketplace_said=said[:4000], next_try_at=None)

    def _hold(self, attempt: _Attempt, exc: MarketplaceRateLimitedError) -> None:
        wait = exc.retry_in_s if exc.retry_in_s is not None else self.client.limiter.block_s
        until = self.now() + dt.timedelta(seconds=max(wait, 0.0))
        reason = said("held_back", until=f"{until:%d %b %H:%M}", error=str(exc))
        self.report.held += 1
        self.report.held_reasons.append(str(exc)[:200])
        self._record(attempt, "held", reason, next_try_at=until)

    def _refused(self, attempt: _Attempt, exc: MarketplaceError) -> None:
        """A definite refusal: an item transfer's known tracking number confirms it; the
        rest parks for a lead, with the marketplace's own words."""
        if (
            attempt.kind is ActionKind.ITEM_TRANSFER
            and exc.status == 400
            and "already exists" in str(exc).lower()
        ):
            self.report.confirmed += 1
            now = self.now()
            self._record(
                attempt,
                "confirmed",
                said("transfer_known"),
                confirmed_at=now,
            )
            return
        refused = (
            said("refused_with_status", status=str(exc.status))
            if exc.status
            else said("refused_by_marketplace")
        )
        self._park(attempt, refused, said=exc.said or str(exc))
