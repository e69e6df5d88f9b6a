"""Receiving a finalized inspection: idempotent by UUID, one final verdict per return.

The rules, in the order they are checked (docs/api.md repeats them for client authors):
1. the body must be a valid InspectionPayload whose uuid is the one in the URL (422);
2. a uuid already stored: identical bytes are a replay (200), anything else is a conflict (409);
3. identity comes from the credentials: a bench token sends as that bench only, a person's
   token as that person only (403), and the inspector must be a known, active person (422);
4. money is bounded by the return's price: a partial refund is less than it, a full refund
   is it, other outcomes refund nothing, and a refund of a return the server does not know
   (so cannot price) is refused (422);
5. every referenced photo must already be stored (422 `photos_missing`, listing them);
6. a return that already has a current final inspection under another uuid takes a new one
   only if the payload names it in `supersedes` (409 otherwise) and the sender may correct
   it (corrections.py: its own verdict within a day, else a lead's grant; 403 otherwise);
7. store it, mark the return inspected and move it up the delta feed (201), and audit
   corrections and overridden proposals.
Steps 2-7 run in one write transaction that first takes the feed lock, so two benches racing
on the same return or the same uuid are decided one after the other, never both accepted.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import said
from inspector_app.domain.returns import Outcome
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.config import ServerConfig
from inspector_app.server.corrections import check_correction, current_of, may_correct
from inspector_app.server.feed import lock_feed
from inspector_app.server.models import Inspection, Person, Photo, ReturnRow, Station
from inspector_app.server.photo_models import InspectionPhoto
from inspector_app.server.problems import ProblemError, parse_body
from inspector_app.server.returns_store import touch
from inspector_app.server.tokens import Principal
from inspector_app.wire import InspectionAck, InspectionPayload


@dataclass(frozen=True, slots=True)
class Receipt:
    """A stored or replayed inspection; `created` picks 201 over 200 for the answer."""

    created: bool
    ack: InspectionAck


def parse_payload(raw: bytes, path_uuid: uuid_mod.UUID) -> InspectionPayload:
    """Validate the body; every failure is a 4xx problem naming what is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(400, "invalid_json", "The body is not UTF-8 text.") from exc
    payload = parse_body(
        InspectionPayload,
        text,
        "invalid_inspection",
        "The inspection does not match the schema.",
        "inspection",
    )
    if payload.uuid != path_uuid:
        raise ProblemError(
            422,
            "uuid_mismatch",
            "The payload's uuid differs from the one in the URL.",
            f"URL {path_uuid}, payload {payload.uuid}",
        )
    return payload


def _ack(row: Inspection, status: str) -> InspectionAck:
    return InspectionAck(
        uuid=uuid_mod.UUID(row.uuid),
        return_id=row.return_id,
        status=status,
        received_at=row.received_at,
    )


def _check_photos(session: Session, payload: InspectionPayload, config: ServerConfig) -> None:
    wanted = sorted({ref.sha256 for ref in payload.photos})
    if not wanted:
        return
    present = dict(
        session.execute(select(Photo.sha256, Photo.size).where(Photo.sha256.in_(wanted))).all()
    )
    missing = [sha for sha in wanted if sha not in present]
    if missing:
        raise ProblemError(
            422,
            "photos_missing",
            "Some referenced photos have not been uploaded.",
            "PUT each listed photo to /api/v1/photos/{sha256}, then resend the inspection.",
            missing_photos=missing,
        )
    if sum(present.values()) > config.max_inspection_photo_bytes:
        raise ProblemError(
            422,
            "inspection_photos_too_large",
            "The photos of this inspection exceed the per-inspection limit.",
            f"limit {config.max_inspection_photo_bytes} bytes",
        )


def _check_identity(session: Session, payload: InspectionPayload, sender: Principal) -> None:
    """The bench and the person are who the credentials say (rule 3)."""
    if sender.role == "station" and payload.station != sender.station:
        raise ProblemError(
            403,
            "station_mismatch",
            "This bench's token belongs to another bench name.",
            f"The token is bench {sender.station!r}'s; the inspection says "
            f"{payload.station!r}. IT should set station.name to the token's bench.",
        )
    if sender.role != "station":
        if payload.inspector != sender.badge:
            raise ProblemError(
                403,
                "inspector_mismatch",
                "A person's token sends that person's inspections only.",
            )
        if session.get(Station, payload.station) is None:
            raise ProblemError(422, "unknown_station", "No bench of that name is registered.")
    person = session.get(Person, payload.inspector)
    if person is None:
        raise ProblemError(
            422,
            "unknown_inspector",
            "The inspector's badge is not a person the server knows.",
            f"badge {payload.inspector!r}",
        )
    if not person.active:
        raise ProblemError(
            422,
            "inspector_inactive",
            "The inspector has been deactivated.",
            f"badge {payload.inspector!r}",
        )


_REFUNDING = {Outcome.ACCEPT_FULL_REFUND, Outcome.PARTIAL_REFUND}


def _check_refund(payload: InspectionPayload, ret: ReturnRow | None) -> None:
    """The refund is bounded by the return's price (rule 4)."""
    verdict = payload.verdict
    amount = verdict.refund_amount
    if amount is None:
        if verdict.outcome is Outcome.PARTIAL_REFUND:
            raise ProblemError(422, "refund_missing", "A partial refund needs an amount.")
        return
    if verdict.outcome not in _REFUNDING:
        raise ProblemError(
            422,
            "refund_not_allowed",
            "This outcome refunds nothing; the amount must be left out.",
            f"outcome {verdict.outcome.value}",
        )
    if ret is None:
        raise ProblemError(
            422,
            "refund_unverifiable",
            "The server does not know this return, so it cannot check the refund.",
            "Import the return on the server, then send the inspection again.",
        )
    if verdict.currency != ret.data.get("currency", verdict.currency):
        raise ProblemError(
            422, "currency_mismatch", "The refund is not in the currency the customer paid."
        )
    price = ret.price
    too_much = amount >= price if verdict.outcome is Outcome.PARTIAL_REFUND else amount != price
    if too_much or amount <= 0:
        raise ProblemError(
            422,
            "refund_exceeds_price",
            "The refund does not fit the price paid.",
            f"{verdict.outcome.value} of {amount} on a price of {price}: a partial refund is "
            "more than zero and less than the price, a full refund is the price.",
        )


def _check_supersedes(
    session: Session, payload: InspectionPayload, sender: Principal, now: dt.datetime
) -> Inspection | None:
    """The inspection this one replaces, or None (rule 6)."""
    current = current_of(session, payload.return_id)
    named = str(payload.supersedes) if payload.supersedes else None
    if current is None:
        if named is not None:
            earlier = session.get(Inspection, named)
            if earlier is None or earlier.return_id != payload.return_id:
                raise ProblemError(
                    409,
                    "supersedes_unknown",
                    "The inspection this one supersedes is not on the server.",
                    f"supersedes {named}",
                )
        return None
    if named != current.uuid:
        if may_correct(session, current, sender, payload, now) is False:
            raise ProblemError(
                409,
                "return_already_inspected",
                "This return already has a final inspection.",
                "It was made at another bench or more than a day ago; to correct it, a shift "
                "lead must authorise the correction at this bench.",
            )
        raise ProblemError(
            409,
            "return_already_inspected",
            "This return already has a final inspection.",
            f"Inspection {current.uuid} by {current.inspector} at {current.station}; "
            "to correct it, send a new inspection that supersedes it.",
            current_inspection=current.uuid,
        )
    check_correction(session, current, sender, payload, now)
    return current


def _audit(session: Session, row: Inspection, payload: InspectionPayload, actor: Actor) -> None:
    verdict = payload.verdict
    if row.supersedes:
        record_event(
            session,
            audit.CORRECTION_STORED,
            actor,
            subject=row.return_id,
            detail=said(
                "correction_stored",
                inspection=row.uuid,
                inspector=row.inspector,
                supersedes=row.supersedes,
                outcome=row.outcome,
                disposition=row.disposition,
            ),
        )
    if row.overridden:
        proposed = verdict.proposed
        was = "/".join(
            str(v.value) if v is not None else "-"
            for v in (proposed.outcome, proposed.grade, proposed.disposition)
        )
        record_event(
            session,
            audit.VERDICT_OVERRIDDEN,
            Actor(name=row.inspector, role="inspector", place=row.station),
            subject=row.return_id,
            detail=said(
                "verdict_overridden",
                inspection=row.uuid,
                proposed=was,
                chose=f"{row.outcome}/{row.grade or '-'}/{row.disposition}",
                reason=verdict.override_reason.strip(),
            ),
        )


def submit(
    session: Session,
    payload: InspectionPayload,
    raw: bytes,
    principal: Principal,
    *,
    config: ServerConfig,
    actor: Actor | None = None,
) -> Receipt:
    """Apply rules 2-7 of the module docstring inside the caller's write transaction.

    `payload` is parse_payload(raw), done before the transaction so that validation never
    holds the write lock. `actor` is who the audit log names (the caller, by default).
    """
    lock_feed(session)  # serialises submissions (see feed.py)
    existing = session.get(Inspection, str(payload.uuid))
    if existing is not None:
        if existing.raw == raw:
            return Receipt(created=False, ack=_ack(existing, "replayed"))
        raise ProblemError(
            409,
            "inspection_conflict",
            "A different inspection was already stored under this uuid.",
            "A finalized inspection never changes; a correction is a new uuid that supersedes it.",
        )
    _check_identity(session, payload, principal)
    ret = session.get(ReturnRow, payload.return_id)
    _check_refund(payload, ret)
    _check_photos(session, payload, config)
    now = dt.datetime.now(dt.UTC)
    replaced = _check_supersedes(session, payload, principal, now)
    verdict = payload.verdict
    row = Inspection(
        uuid=str(payload.uuid),
        return_id=payload.return_id,
        raw=raw,
        station=payload.station,
        inspector=payload.inspector,
        outcome=verdict.outcome.value,
        grade=verdict.grade.value if verdict.grade else None,
        disposition=verdict.disposition.value,
        refund_amount=verdict.refund_amount,
        flags=list(payload.flags),
        overridden=bool(verdict.override_reason.strip()),
        started_at=payload.started_at,
        finalized_at=payload.finalized_at,
        received_at=now,
        supersedes=str(payload.supersedes) if payload.supersedes else None,
        submitted_by=principal.token_id,
        identity_established=True,  # _check_identity passed
        sendback_tracking=payload.sendback_tracking,
    )
    session.add(row)
    session.add_all(
        InspectionPhoto(inspection_uuid=row.uuid, sha256=sha256)
        for sha256 in sorted({ref.sha256 for ref in payload.photos})
    )
    if replaced is not None:
        replaced.superseded_by = row.uuid
    _audit(session, row, payload, actor or Actor.of(principal))
    if ret is not None:
        received = ret.received_at or payload.finalized_at.astimezone(config.zone).date()
        touch(session, ret, inspected=True, received_at=received)
    session.flush()
    return Receipt(created=True, ack=_ack(row, "stored"))
