"""Receiving a finalized inspection: idempotent by UUID, one final verdict per return.

The rules, in the order they are checked (docs/api.md repeats them for client authors):
1. the body must be a valid InspectionPayload whose uuid is the one in the URL (422);
2. a uuid already stored: identical bytes are a replay (200), anything else is a conflict (409);
3. every referenced photo must already be stored (422 `photos_missing`, listing them);
4. a return that already has a current final inspection under another uuid takes a new one
   only if the payload names it in `supersedes` (409 otherwise);
5. store it, mark the return inspected and move it up the delta feed (201).
Steps 2-5 run in one write transaction that first takes the feed lock, so two benches racing
on the same return or the same uuid are decided one after the other, never both accepted.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.server.config import ServerConfig
from inspector_app.server.feed import lock_feed
from inspector_app.server.models import Inspection, Photo, ReturnRow
from inspector_app.server.photo_models import InspectionPhoto
from inspector_app.server.problems import ProblemError, reject_nul
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
    try:
        payload = InspectionPayload.model_validate_json(text)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            raise ProblemError(400, "invalid_json", "The body is not valid JSON.") from exc
        detail = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:10]
        )
        raise ProblemError(
            422, "invalid_inspection", "The inspection does not match the schema.", detail
        ) from exc
    reject_nul(payload.model_dump(), "inspection")
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


def _check_supersedes(session: Session, payload: InspectionPayload) -> Inspection | None:
    """The inspection this one replaces, or None; 409 if another current one stands."""
    current = (
        session.execute(
            select(Inspection).where(
                Inspection.return_id == payload.return_id, Inspection.superseded_by.is_(None)
            )
        )
        .scalars()
        .first()
    )
    named = str(payload.supersedes) if payload.supersedes else None
    if current is None:
        if named is not None and session.get(Inspection, named) is None:
            raise ProblemError(
                409,
                "supersedes_unknown",
                "The inspection this one supersedes is not on the server.",
                f"supersedes {named}",
            )
        return None
    if named != current.uuid:
        raise ProblemError(
            409,
            "return_already_inspected",
            "This return already has a final inspection.",
            f"Inspection {current.uuid} by {current.inspector} at {current.station}; "
            "to correct it, send a new inspection that supersedes it.",
            current_inspection=current.uuid,
        )
    return current


def submit(
    session: Session,
    payload: InspectionPayload,
    raw: bytes,
    principal: Principal,
    config: ServerConfig,
) -> Receipt:
    """Apply rules 2-5 of the module docstring inside the caller's write transaction.

    `payload` is parse_payload(raw), done before the transaction so that validation never
    holds the write lock.
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
    _check_photos(session, payload, config)
    replaced = _check_supersedes(session, payload)
    now = dt.datetime.now(dt.UTC)
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
    )
    session.add(row)
    session.add_all(
        InspectionPhoto(inspection_uuid=row.uuid, sha256=sha256)
        for sha256 in sorted({ref.sha256 for ref in payload.photos})
    )
    if replaced is not None:
        replaced.superseded_by = row.uuid
    ret = session.get(ReturnRow, payload.return_id)
    if ret is not None:
        received = ret.received_at or payload.finalized_at.astimezone(dt.UTC).date()
        touch(session, ret, inspected=True, received_at=received)
    session.flush()
    return Receipt(created=True, ack=_ack(row, "stored"))
