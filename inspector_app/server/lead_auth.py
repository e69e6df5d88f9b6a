"""Who may read the lead endpoints: a lead or admin API token, or a lead session.

A lead at a bench signs in with badge and PIN, as every inspector does; the bench then
asks for a lead session with its station token and the same badge and PIN. The session
token is random, stored as its SHA-256 like API tokens, expires after a shift, and opens
the lead endpoints only. Failed sign-ins are counted per badge: after MAX_FAILURES in
FAILURE_WINDOW the badge is refused (429) until the window passes, so a 4-digit PIN cannot
be guessed from a stolen bench token in any useful time.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.server.deps import AppState, app_state
from inspector_app.server.lead_models import LeadSessionRow, LeadSignInFailure
from inspector_app.server.models import Person
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import TOKEN_PREFIX, Principal, authenticate, token_digest
from inspector_app.wire import LeadSession, LeadSignIn, verify_pin

LEAD_ROLES = ("lead", "admin")
SESSION_HOURS = 10
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
SESSION_PREFIX = TOKEN_PREFIX + "ls_"

bearer = HTTPBearer(auto_error=False, description="A lead/admin token or a lead session.")


def _unauthorized(code: str, title: str) -> ProblemError:
    err = ProblemError(401, code, title)
    err.headers["WWW-Authenticate"] = 'Bearer realm="inspector"'
    return err


def _session_principal(session: Session, secret: str, now: dt.datetime) -> Principal | None:
    row = session.get(LeadSessionRow, token_digest(secret))
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    return Principal(
        token_id="ls_" + row.token_sha256[:12], role=row.role, station=row.station, badge=row.badge
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


def open_session(
    session: Session, request: LeadSignIn, station: str, now: dt.datetime
) -> LeadSession | None:
    """Check badge and PIN: a new session, or None after recording the failure (the caller
    commits, then refuses without saying which of the two was wrong)."""
    recent = session.execute(
        select(func.count())
        .select_from(LeadSignInFailure)
        .where(
            LeadSignInFailure.badge == request.badge, LeadSignInFailure.at > now - FAILURE_WINDOW
        )
    ).scalar_one()
    if recent >= MAX_FAILURES:
        err = ProblemError(
            429, "too_many_attempts", "Too many wrong PINs for this badge; wait, then retry."
        )
        err.headers["Retry-After"] = str(int(FAILURE_WINDOW.total_seconds()))
        raise err
    person = session.get(Person, request.badge)
    if (
        person is None
        or not person.active
        or person.role not in LEAD_ROLES
        or not verify_pin(request.pin, person.pin_hash)
    ):
        session.add(LeadSignInFailure(badge=request.badge, at=now))
        return None
    secret = SESSION_PREFIX + secrets.token_urlsafe(32)
    expires = now + dt.timedelta(hours=SESSION_HOURS)
    session.add(
        LeadSessionRow(
            token_sha256=token_digest(secret),
            badge=person.badge,
            role=person.role,
            station=station,
            created_at=now,
            expires_at=expires,
        )
    )
    return LeadSession(
        token=secret, badge=person.badge, name=person.name, role=person.role, expires_at=expires
    )


def close_session(session: Session, secret: str, now: dt.datetime) -> None:
    """End a lead session (sign-out at the bench); unknown or API tokens are left alone."""
    row = session.get(LeadSessionRow, token_digest(secret))
    if row is not None and row.revoked_at is None:
        row.revoked_at = now
