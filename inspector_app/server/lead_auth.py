"""Who may read the lead endpoints: a lead or admin API token, or a lead session.

A lead signs in at a bench with badge and PIN; the bench sends them with its station token
(POST /lead/sessions) and the server checks them: lead and admin PIN hashes never leave the
server, so a stolen bench or bench token cannot test guesses offline. The session token is
random, stored as its SHA-256 like API tokens, expires after a shift, and opens the lead
endpoints only. It lives only while the bench token that opened it is valid and its person is
an active lead or admin (read at every request, so a demotion or deactivation takes effect at
once). Attempts are throttled per (bench, badge) and per badge (throttle.py) and audited.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.deps import AppState, app_state
from inspector_app.server.lead_models import LeadSessionRow
from inspector_app.server.models import ApiToken, Person
from inspector_app.server.problems import ProblemError
from inspector_app.server.throttle import charge_attempt, refund_attempt
from inspector_app.server.tokens import TOKEN_PREFIX, Principal, authenticate, token_digest
from inspector_app.wire import LeadSession, LeadSignIn, verify_pin

LEAD_ROLES = ("lead", "admin")
SESSION_HOURS = 10
SESSION_PREFIX = TOKEN_PREFIX + "ls_"

bearer = HTTPBearer(auto_error=False, description="A lead/admin token or a lead session.")


def _unauthorized(code: str, title: str) -> ProblemError:
    err = ProblemError(401, code, title)
    err.headers["WWW-Authenticate"] = 'Bearer realm="inspector"'
    return err


def session_id(token_sha256: str) -> str:
    """How a session is named in logs, the audit log and `inspector-server sessions`."""
    return "ls_" + token_sha256[:12]


def _session_principal(session: Session, secret: str, now: dt.datetime) -> Principal | None:
    row = session.execute(
        select(LeadSessionRow, Person.role, Person.active, ApiToken.revoked_at)
        .join(Person, Person.badge == LeadSessionRow.badge)
        .join(ApiToken, ApiToken.id == LeadSessionRow.opened_by)
        .where(LeadSessionRow.token_sha256 == token_digest(secret))
    ).first()
    if row is None:
        return None
    lead, role, active, bench_revoked = row
    if lead.revoked_at is not None or lead.expires_at <= now or bench_revoked is not None:
        return None
    if not active or role not in LEAD_ROLES:
        return None
    return Principal(
        token_id=session_id(lead.token_sha256), role=role, station=lead.station, badge=lead.badge
    )


def lead_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    state: Annotated[AppState, Depends(app_state)],
) -> Principal:
    """401 without a valid token or session; 403 for a station or inspector token."""
    if credentials is None:
        raise _unauthorized("missing_token", "Send `Authorization: Bearer <token>`.")
    secret = credentials.credentials
    with state.db.read() as session:
        if secret.startswith(SESSION_PREFIX):
            principal = _session_principal(session, secret, dt.datetime.now(dt.UTC))
        else:
            principal = authenticate(session, secret)
    if principal is None:
        raise _unauthorized("invalid_token", "The token is unknown, expired or revoked.")
    request.state.token_id = principal.token_id  # for the access log, as deps.require does
    if principal.role not in LEAD_ROLES:
        raise ProblemError(
            403,
            "forbidden_role",
            "Only leads and admins may read the lead review.",
            f"Role {principal.role!r}; allowed: {', '.join(LEAD_ROLES)}.",
        )
    return principal


def sign_in(state: AppState, request: LeadSignIn, bench: Principal) -> LeadSession | None:
    """Check a lead's badge and PIN sent by `bench`: a new session, or None (a wrong badge
    or PIN; the caller refuses without saying which). 429 while throttled.

    Three short transactions: charge the attempt (committed before the slow PIN check, so
    parallel guesses are all counted), read the person, then record the outcome.
    """
    station = bench.station or ""
    now = dt.datetime.now(dt.UTC)
    with state.db.write() as session:
        charge = charge_attempt(session, station, request.badge, now)
        if charge.first_refusal:
            tried = Actor(request.badge, "unknown", station)
            record_event(session, audit.LEAD_SIGN_IN_THROTTLED, tried, subject=request.badge)
    if charge.wait is not None:
        err = ProblemError(
            429, "too_many_attempts", "Too many wrong PINs for this badge; wait, then retry."
        )
        err.headers["Retry-After"] = str(charge.wait)
        raise err
    with state.db.read() as session:
        person = session.get(Person, request.badge)
    right = (
        person is not None
        and person.active
        and person.role in LEAD_ROLES
        and verify_pin(request.pin, person.pin_hash)
    )
    with state.db.write() as session:
        if person is None or not right:
            tried = Actor(request.badge, person.role if person else "unknown", station)
            record_event(session, audit.LEAD_SIGN_IN_FAILED, tried, subject=request.badge)
            return None
        refund_attempt(session, station, request.badge)
        return _open(session, person, station, bench.token_id, now)


def _open(
    session: Session, person: Person, station: str, opened_by: str, now: dt.datetime
) -> LeadSession:
    secret = SESSION_PREFIX + secrets.token_urlsafe(32)
    digest = token_digest(secret)
    expires = now + dt.timedelta(hours=SESSION_HOURS)
    session.add(
        LeadSessionRow(
            token_sha256=digest,
            badge=person.badge,
            role=person.role,
            station=station,
            created_at=now,
            expires_at=expires,
            opened_by=opened_by,
        )
    )
    record_event(
        session,
        audit.LEAD_SIGN_IN,
        Actor(name=person.badge, role=person.role, place=station),
        subject=session_id(digest),
    )
    return LeadSession(
        token=secret, badge=person.badge, name=person.name, role=person.role, expires_at=expires
    )


def close_session(session: Session, secret: str, now: dt.datetime) -> None:
    """End a lead session (sign-out at the bench); unknown or API tokens are left alone."""
    row = session.get(LeadSessionRow, token_digest(secret))
    if row is not None and row.revoked_at is None:
        row.revoked_at = now
        record_event(
            session,
            audit.LEAD_SIGN_OUT,
            Actor(name=row.badge, role=row.role, place=row.station),
            subject=session_id(row.token_sha256),
        )


def end_sessions(session: Session, by: Actor, *, badge: str = "", opened_by: str = "") -> int:
    """Revoke the live sessions of a person or of a bench token; how many were ended."""
    now = dt.datetime.now(dt.UTC)
    query = select(LeadSessionRow).where(
        LeadSessionRow.revoked_at.is_(None), LeadSessionRow.expires_at > now
    )
    if badge:
        query = query.where(LeadSessionRow.badge == badge)
    if opened_by:
        query = query.where(LeadSessionRow.opened_by == opened_by)
    rows = list(session.execute(query).scalars())
    for row in rows:
        row.revoked_at = now
        record_event(session, audit.SESSION_REVOKED, by, subject=session_id(row.token_sha256))
    return len(rows)


def revoke_session(session: Session, named: str, by: Actor) -> bool:
    """Revoke one session by its id (`ls_` and the first 12 hex digits of its hash)."""
    prefix = named.removeprefix("ls_")
    if len(prefix) != 12 or not all(c in "0123456789abcdef" for c in prefix):
        return False
    rows = list(
        session.execute(
            select(LeadSessionRow).where(LeadSessionRow.token_sha256.startswith(prefix))
        ).scalars()
    )
    if len(rows) != 1:
        return False
    if rows[0].revoked_at is None:
        rows[0].revoked_at = dt.datetime.now(dt.UTC)
        record_event(session, audit.SESSION_REVOKED, by, subject=named)
    return True


def live_sessions(session: Session) -> list[LeadSessionRow]:
    """Sessions not ended, not expired and whose bench token is still valid, oldest first."""
    now = dt.datetime.now(dt.UTC)
    return list(
        session.execute(
            select(LeadSessionRow)
            .join(ApiToken, ApiToken.id == LeadSessionRow.opened_by)
            .where(
                LeadSessionRow.revoked_at.is_(None),
                LeadSessionRow.expires_at > now,
                ApiToken.revoked_at.is_(None),
            )
            .order_by(LeadSessionRow.created_at)
        ).scalars()
    )
