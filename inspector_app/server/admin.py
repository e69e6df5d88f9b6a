"""Administration shared by the CLI, the demo, the embedded server and the test helpers:
people, stations, tokens, returns import and checklist publishing. Each function works in the
caller's write transaction; the CLI is a thin shell over these. Each records what it did in
the audit log, naming `by` (the admin at the CLI unless told otherwise).

A change to a person's rights ends what they held: a new role or deactivation revokes their
tokens and lead sessions, and a new PIN ends their lead sessions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import role_word, said
from inspector_app.domain.returns import Return
from inspector_app.server import audit, tokens
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.lead_auth import LEAD_ROLES, end_sessions, live_sessions, session_id
from inspector_app.server.models import ApiToken, Checklist, Person, Station
from inspector_app.server.returns_store import UpsertReport, upsert_returns
from inspector_app.wire import LEAD_PIN_DIGITS, PIN_DIGITS, hash_pin

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


def _issue(
    session: Session, role: str, by: Actor, secret: str | None = None, **owner: str
) -> tokens.IssuedToken:
    issued = tokens.issue(session, role, secret=secret, **owner)
    whose = owner.get("station") or owner.get("badge")
    detail = (
        said("token_of", role=role_word(role), whose=whose)
        if whose
        else said("token_of_nobody", role=role_word(role))
    )
    record_event(session, audit.TOKEN_ISSUED, by, subject=issued.id, detail=detail)
    return issued


def add_station(
    session: Session, name: str, *, by: Actor | None = None, secret: str | None = None
) -> tokens.IssuedToken:
    """Register a bench (or reuse its name) and issue it a new station token (`secret`: see
    tokens.issue)."""
    by = by or Actor.cli()
    name = name.strip()
    if not name or len(name) > 200:
        raise AdminError("a station name is 1 to 200 characters")
    if session.get(Station, name) is None:
        session.add(Station(name=name, created_at=dt.datetime.now(dt.UTC)))
        session.flush()
        record_event(session, audit.STATION_ADDED, by, subject=name)
    return _issue(session, "station", by, station=name, secret=secret)


def _check_pin(pin: str, role: str) -> None:
    shortest, longest = LEAD_PIN_DIGITS if role in LEAD_ROLES else PIN_DIGITS
    if not pin.isdigit() or not shortest <= len(pin) <= longest:
        raise AdminError(
            f"a {role}'s PIN is {shortest} to {longest} digits"
            + (" (a lead's PIN guards lead powers)" if role in LEAD_ROLES else "")
        )


def _revoke_person(session: Session, badge: str, by: Actor) -> None:
    """Revoke every live token and lead session of `badge`."""
    for token in session.execute(
        select(ApiToken).where(ApiToken.badge == badge, ApiToken.revoked_at.is_(None))
    ).scalars():
        tokens.revoke(session, token.id)
        record_event(
            session,
            audit.TOKEN_REVOKED,
            by,
            subject=token.id,
            detail=said("token_revoked_of", badge=badge),
        )
    end_sessions(session, by, badge=badge)


def add_person(
    session: Session,
    name: str,
    role: str,
    *,
    badge: str | None = None,
    pin: str | None = None,
    by: Actor | None = None,
) -> tokens.IssuedToken:
    """Register or update (and reactivate) a person and issue them a token of their role.

    Leads and admins need a PIN of at least six digits, given whenever the role is raised to
    lead or admin (an inspector's PIN may be shorter). A changed role revokes the person's
    earlier tokens and sessions; a new PIN ends their sessions.
    """
    by = by or Actor.cli()
    if role not in PERSON_ROLES:
        raise AdminError(f"role must be one of {', '.join(PERSON_ROLES)}")
    if pin is not None:
        _check_pin(pin, role)
    badge = badge or badge_for(name)
    person = session.get(Person, badge)
    if person is None:
        person = Person(badge=badge, name=name, role=role, pin_hash="", active=True)
        session.add(person)
        session.flush()
        record_event(
            session,
            audit.PERSON_ADDED,
            by,
            subject=badge,
            detail=said("person_added", name=name, role=role_word(role)),
        )
    else:
        changes = []
        if person.role != role:
            if role in LEAD_ROLES and pin is None:
                raise AdminError(
                    f"{badge} becomes a {role}: give a new PIN of at least "
                    f"{LEAD_PIN_DIGITS[0]} digits with --pin"
                )
            _revoke_person(session, badge, by)
            changes.append(
                said("role_changed", before=role_word(person.role), after=role_word(role))
            )
        if not person.active:
            changes.append(said("reactivated"))
        if pin is not None:
            end_sessions(session, by, badge=badge)
            changes.append(said("new_pin"))
        if person.name != name:
            changes.append(said("name_changed", before=person.name, after=name))
        person.name, person.role, person.active = name, role, True
        record_event(
            session,
            audit.PERSON_CHANGED,
            by,
            subject=badge,
            detail=said("person_changed", changes=tuple(changes)) if changes else said("unchanged"),
        )
    if pin is not None:
        person.pin_hash = hash_pin(pin)
    session.flush()
    return _issue(session, role, by, badge=badge)


def deactivate(session: Session, badge: str, *, by: Actor | None = None) -> None:
    """Stop a person from signing in or using any token; what they did stays on record."""
    by = by or Actor.cli()
    person = session.get(Person, badge)
    if person is None:
        raise AdminError(f"no person with badge {badge!r}")
    person.active = False
    _revoke_person(session, badge, by)
    record_event(session, audit.PERSON_DEACTIVATED, by, subject=badge, detail=person.name)


def revoke(session: Session, token_id: str, *, by: Actor | None = None) -> None:
    """Revoke a token by id, and the lead sessions a bench opened with it; AdminError (not a
    silent no-op) for an id that does not exist."""
    by = by or Actor.cli()
    if not tokens.revoke(session, token_id):
        raise AdminError(f"no token with id {token_id!r}")
    record_event(session, audit.TOKEN_REVOKED, by, subject=token_id)
    end_sessions(session, by, opened_by=token_id)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A live lead session as `inspector-server sessions` lists it (never its token)."""

    id: str
    badge: str
    role: str
    station: str
    created_at: dt.datetime
    expires_at: dt.datetime


def list_sessions(session: Session) -> list[SessionInfo]:
    return [
        SessionInfo(
            session_id(row.token_sha256),
            row.badge,
            row.role,
            row.station,
            row.created_at,
            row.expires_at,
        )
        for row in live_sessions(session)
    ]


def import_returns(
    session: Session, returns: Iterable[Return], *, by: Actor | None = None
) -> UpsertReport:
    """Upsert parsed returns (the CLI's `import-returns`, the demo seed, test fixtures)."""
    report = upsert_returns(session, returns)
    record_event(
        session,
        audit.RETURNS_IMPORTED,
        by or Actor.cli(),
        detail=said(
            "returns_imported",
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
        ),
    )
    return report


def publish_checklist(
    session: Session, body: str, source: str = "<template>", *, by: Actor | None = None
) -> Published:
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
    record_event(
        session,
        audit.CHECKLIST_PUBLISHED,
        by or Actor.cli(),
        subject=f"{template.id} v{template.version}",
        detail=said("checklist_published", digest=digest, source=source),
    )
    return Published(template.id, template.version, created=True)


def list_tokens(session: Session) -> list[tuple[str, str, str, bool]]:
    """(id, role, owner, revoked) of every token, for `inspector-server tokens`."""
    rows = session.execute(select(ApiToken).order_by(ApiToken.created_at)).scalars()
    return [(t.id, t.role, t.station or t.badge or "", t.revoked_at is not None) for t in rows]


def issue_admin_token(session: Session, *, by: Actor | None = None) -> tokens.IssuedToken:
    """An admin token not tied to a person (what `init` prints for the first admin)."""
    return _issue(session, "admin", by or Actor.cli())
