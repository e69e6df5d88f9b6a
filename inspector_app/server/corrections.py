"""Who may replace a stored verdict: the bench that made it, within a day; anyone else only
with a lead's authorisation.

A correction is a new inspection whose `supersedes` names the current one. The bench that
sent the current verdict (or, for a person's own token, that person at that bench) may
correct it for CORRECTION_WINDOW after the server received it: the inspector noticed a
mistake while the parcel is still at hand. Any other correction needs a lead: a lead signed
in at the correcting bench (or a lead/admin token naming that bench) asks for a grant,
POST /lead/corrections, which lets that bench supersede that verdict once, for GRANT_HOURS.
Grants live on the server, so the bench's outbox sends the correction like any inspection,
online or later, without ever holding a lead's session.

A bench that may not correct a verdict is not told its id (the 409 names none), so knowing
"some verdict exists" gives it nothing to aim at.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import said
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.models import Inspection, Station
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal
from inspector_app.server.trust_models import CorrectionGrantRow
from inspector_app.wire import CorrectionGrant, CorrectionRequest, InspectionPayload

CORRECTION_WINDOW = dt.timedelta(days=1)
GRANT_HOURS = 24


def current_of(session: Session, return_id: str) -> Inspection | None:
    """The return's current (not superseded) final inspection, if any."""
    return (
        session.execute(
            select(Inspection).where(
                Inspection.return_id == return_id, Inspection.superseded_by.is_(None)
            )
        )
        .scalars()
        .first()
    )


def _own(current: Inspection, submitter: Principal, payload: InspectionPayload) -> bool:
    if submitter.role == "station":
        return current.station == submitter.station
    return current.inspector == submitter.badge and current.station == payload.station


def _grant(
    session: Session, current: Inspection, station: str, now: dt.datetime
) -> CorrectionGrantRow | None:
    return (
        session.execute(
            select(CorrectionGrantRow).where(
                CorrectionGrantRow.supersedes == current.uuid,
                CorrectionGrantRow.station == station,
                CorrectionGrantRow.used_by.is_(None),
                CorrectionGrantRow.expires_at > now,
            )
        )
        .scalars()
        .first()
    )


def may_correct(
    session: Session,
    current: Inspection,
    submitter: Principal,
    payload: InspectionPayload,
    now: dt.datetime,
) -> CorrectionGrantRow | bool:
    """Whether the submitter may supersede `current`: True for its own recent verdict, the
    grant that allows it, or False."""
    if _own(current, submitter, payload) and now - current.received_at < CORRECTION_WINDOW:
        return True
    return _grant(session, current, payload.station, now) or False


def check_correction(
    session: Session,
    current: Inspection,
    submitter: Principal,
    payload: InspectionPayload,
    now: dt.datetime,
) -> None:
    """Let a correction of `current` through, using up its grant; 403 without a right."""
    allowed = may_correct(session, current, submitter, payload, now)
    if allowed is False:
        raise ProblemError(
            403,
            "correction_needs_lead",
            "Correcting this verdict needs a shift lead.",
            "It was made at another bench, by another person, or more than a day ago: a lead "
            "signed in at this bench must authorise the correction first.",
        )
    if isinstance(allowed, CorrectionGrantRow):
        allowed.used_by = str(payload.uuid)


def grant(
    session: Session, request: CorrectionRequest, lead: Principal, actor: Actor
) -> CorrectionGrant:
    """Let a bench correct the current verdict on a return (see the module docstring)."""
    station = lead.station or request.station
    if lead.station and request.station not in (None, lead.station):
        raise ProblemError(
            403,
            "station_mismatch",
            "A lead session authorises corrections at its own bench only.",
            f"This session was opened at {lead.station}.",
        )
    if not station:
        raise ProblemError(422, "station_required", "Name the bench that will send the correction.")
    if session.get(Station, station) is None:
        raise ProblemError(404, "station_not_found", "No bench of that name is registered.")
    current = current_of(session, request.return_id)
    if current is None:
        raise ProblemError(
            404, "no_verdict", "This return has no verdict on the server to correct."
        )
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(hours=GRANT_HOURS)
    granted_by = lead.badge or lead.token_id
    session.add(
        CorrectionGrantRow(
            supersedes=current.uuid,
            return_id=current.return_id,
            station=station,
            granted_by=granted_by,
            granted_at=now,
            expires_at=expires,
        )
    )
    record_event(
        session,
        audit.CORRECTION_AUTHORISED,
        actor,
        subject=current.return_id,
        detail=said(
            "correction_authorised",
            station=station,
            inspection=current.uuid,
            inspector=current.inspector,
            at=current.station,
            until=expires.isoformat(timespec="minutes"),
        ),
    )
    return CorrectionGrant(
        return_id=current.return_id,
        supersedes=uuid_mod.UUID(current.uuid),
        station=station,
        granted_by=granted_by,
        expires_at=expires,
    )
