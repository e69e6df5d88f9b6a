"""Bearer tokens: random, shown once, stored as SHA-256, checked in constant time, revocable.

Tokens carry 256 bits of entropy, so a plain SHA-256 is a sufficient one-way store (a slow
password hash protects low-entropy secrets and would only slow every request). A request's
token is hashed and looked up by that hash; the stored hash is then compared with
hmac.compare_digest, so no timing depends on how much of a guess was right.

A person's token carries no rights of its own: its role and whether it works at all are read
from the person at every request, so demoting or deactivating someone takes effect at once,
whatever tokens were left behind (admin.py also revokes them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from inspector_app.server.models import ApiToken, Person
from inspector_app.wire import TOKEN_PREFIX, new_token_secret

ROLES = ("station", "inspector", "lead", "admin")
MIN_SECRET_CHARS = len(TOKEN_PREFIX) + 40
MAX_SECRET_CHARS = 100


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the token's id and role, and the station or person it belongs to."""

    token_id: str
    role: str
    station: str | None
    badge: str | None
    token_sha256: str = ""
    """The SHA-256 of the presented token: the key of what is bound to it (PIN verifiers)."""


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A freshly made token: `secret` is shown once and never stored."""

    id: str
    role: str
    secret: str


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue(
    session: Session,
    role: str,
    *,
    station: str | None = None,
    badge: str | None = None,
    secret: str | None = None,
) -> IssuedToken:
    """Create a token for a station or a person (the caller commits).

    `secret`: one the caller made with `new_token_secret` (the demo's parent process, which
    configures its bench before the server has started); by default a new one."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    if secret is None:
        secret = new_token_secret()
    elif (
        not secret.startswith(TOKEN_PREFIX)
        or not MIN_SECRET_CHARS <= len(secret) <= MAX_SECRET_CHARS
    ):
        raise ValueError(f"a token is {TOKEN_PREFIX} and at least 40 random characters")
    token_id = "tok_" + secrets.token_hex(6)
    session.add(
        ApiToken(
            id=token_id,
            token_sha256=token_digest(secret),
            role=role,
            station=station,
            badge=badge,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    return IssuedToken(id=token_id, role=role, secret=secret)


_BY_DIGEST = (
    select(
        ApiToken.id,
        ApiToken.role,
        ApiToken.station,
        ApiToken.badge,
        ApiToken.token_sha256,
        ApiToken.revoked_at,
        Person.role.label("person_role"),
        Person.active.label("person_active"),
    )
    .outerjoin(Person, Person.badge == ApiToken.badge)
    .where(ApiToken.token_sha256 == bindparam("digest"))
)


def authenticate(conn: Connection | Session, secret: str) -> Principal | None:
    """The principal for a presented token, or None if unknown, revoked, or its person is
    no longer active. A person's token has the person's current role."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > MAX_SECRET_CHARS:
        return None
    digest = token_digest(secret)
    row = conn.execute(_BY_DIGEST, {"digest": digest}).first()
    if row is None or not hmac.compare_digest(row.token_sha256, digest):
        return None
    if row.revoked_at is not None:
        return None
    role = row.role
    if row.badge is not None:
        if not row.person_active:
            return None
        role = row.person_role
    return Principal(
        token_id=row.id, role=role, station=row.station, badge=row.badge, token_sha256=digest
    )


def revoke(session: Session, token_id: str) -> bool:
    """Revoke a token by id; False if there is no such token (the caller commits)."""
    row = session.get(ApiToken, token_id)
    if row is None:
        return False
    if row.revoked_at is None:
        row.revoked_at = dt.datetime.now(dt.UTC)
    return True
