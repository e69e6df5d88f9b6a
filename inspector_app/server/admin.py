"""Administration shared by the CLI, the demo, the embedded server and the test helpers:
people, stations, tokens, returns import and checklist publishing. Each function works in the
caller's write transaction; the CLI is a thin shell over these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.returns import Return
from inspector_app.server import tokens
from inspector_app.server.models import ApiToken, Checklist, Person, Station
from inspector_app.server.returns_store import UpsertReport, upsert_returns
from inspector_app.wire import hash_pin

PERSON_ROLES = ("inspector", "lead", "admin")
_BADGE_SAFE = re.compile(r"[^A-Za-z0-9]+")


class AdminError(ValueError):
    """An administrative request that cannot be done; the message tells the admin why."""


@dataclass(frozen=True, slots=True)
class Published:
    id: str
    version: int
    created: bool


def badge_for(name: str) -> str:
    """A default badge from a person's name: `Jane Doe` -> `jane-doe`."""
    badge = _BADGE_SAFE.sub("-", name.strip()).strip("-").lower()[:64]
    if not badge:
        raise AdminError("a name needs at least one letter or digit")
    return badge


def add_station(session: Session, name: str) -> tokens.IssuedToken:
    """Register a bench (or reuse its name) and issue it a new station token."""
    name = name.strip()
    if not name or len(name) > 200:
        raise AdminError("a station name is 1 to 200 characters")
    if session.get(Station, name) is None:
        session.add(Station(name=name, created_at=dt.datetime.now(dt.UTC)))
        session.flush()
    return tokens.issue(session, "station", station=name)


def add_person(
    session: Session, name: str, role: str, *, badge: str | None = None, pin: str | None = None
) -> tokens.IssuedToken:
    """Register or update a person and issue them a token of their role."""
    if role not in PERSON_ROLES:
        raise AdminError(f"role must be one of {', '.join(PERSON_ROLES)}")
    badge = badge or badge_for(name)
    person = session.get(Person, badge)
    if person is None:
        person = Person(badge=badge, name=name, role=role, pin_hash="", active=True)
        session.add(person)
    person.name, person.role = name, role
    if pin is not None:
        if not pin.isdigit() or not 4 <= len(pin) <= 12:
            raise AdminError("a PIN is 4 to 12 digits")
        person.pin_hash = hash_pin(pin)
    session.flush()
    return tokens.issue(session, role, badge=badge)


def revoke(session: Session, token_id: str) -> None:
    """Revoke a token by id; AdminError (not a silent no-op) for an id that does not exist."""
    if not tokens.revoke(session, token_id):
        raise AdminError(f"no token with id {token_id!r}")


def import_returns(session: Session, returns: Iterable[Return]) -> UpsertReport:
    """Upsert parsed returns (the CLI's `import-returns`, the demo seed, test fixtures)."""
    return upsert_returns(session, returns)


def publish_checklist(session: Session, body: str, source: str = "<template>") -> Published:
    """Validate a YAML template and publish it as (id, version); versions never change.

    Republishing identical text is a no-op; different text under a published version is an
    error (bump `version` in the file).
    """
    from inspector_app.domain.checklist.template import TemplateError, load_template

    try:
        template = load_template(body, source=source)
    except TemplateError as exc:
        raise AdminError(str(exc)) from exc
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    existing = session.get(Checklist, (template.id, template.version))
    if existing is not None:
        if existing.sha256 != digest:
            raise AdminError(
                f"{template.id} version {template.version} is already published with other "
                "content; versions are immutable, so raise `version` in the file"
            )
        return Published(template.id, template.version, created=False)
    session.add(
        Checklist(
            id=template.id,
            version=template.version,
            category=template.category.value,
            body=body,
            sha256=digest,
            published_at=dt.datetime.now(dt.UTC),
        )
    )
    return Published(template.id, template.version, created=True)


def list_tokens(session: Session) -> list[tuple[str, str, str, bool]]:
    """(id, role, owner, revoked) of every token, for `inspector-server tokens`."""
    rows = session.execute(select(ApiToken).order_by(ApiToken.created_at)).scalars()
    return [(t.id, t.role, t.station or t.badge or "", t.revoked_at is not None) for t in rows]


def issue_admin_token(session: Session) -> tokens.IssuedToken:
    """An admin token not tied to a person (what `init` prints for the first admin)."""
    return tokens.issue(session, "admin")
