"""The audit log's details and roles by stable codes, so a lead reads them in their language.

The server writes a short detail on each audit event (who was given a token, what a person
change was, how many returns an import brought); the lead window shows it on a bench that
may speak French. Like the outbound queue's sentences (outbound_texts.py, which merges these
codes into its registry), each detail is a Phrase known by a code: the server stores
`{code, params}` beside the English and the window rebuilds and translates it. Older rows,
and details that are data (a name, a date), keep their text as written.

Roles are words of the log too: `role_code` names the word of a role the server records.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from inspector_app.domain.texts import Phrase

CONTEXT = "Audit"

AUDIT_PHRASES: Mapping[str, Callable[..., Phrase]] = {
    # roles, as the Role column and token details name them
    "role_admin": lambda: Phrase(CONTEXT, "admin"),
    "role_lead": lambda: Phrase(CONTEXT, "lead"),
    "role_inspector": lambda: Phrase(CONTEXT, "inspector"),
    "role_station": lambda: Phrase(CONTEXT, "bench"),
    "role_system": lambda: Phrase(CONTEXT, "server"),
    # people and their tokens
    "token_of": lambda role, whose: Phrase(
        CONTEXT, "{role} token of {whose}", role=role, whose=whose
    ),
    "token_of_nobody": lambda role: Phrase(CONTEXT, "{role} token of no one", role=role),
    "token_revoked_of": lambda badge: Phrase(CONTEXT, "token of {badge}", badge=badge),
    "person_added": lambda name, role: Phrase(CONTEXT, "{name}, {role}", name=name, role=role),
    "person_changed": lambda changes: Phrase(CONTEXT, "{changes}", changes=changes),
    "role_changed": lambda before, after: Phrase(
        CONTEXT, "role {before} → {after}", before=before, after=after
    ),
    "name_changed": lambda before, after: Phrase(
        CONTEXT, "name {before} → {after}", before=before, after=after
    ),
    "reactivated": lambda: Phrase(CONTEXT, "reactivated"),
    "new_pin": lambda: Phrase(CONTEXT, "new PIN"),
    "unchanged": lambda: Phrase(CONTEXT, "nothing changed"),
    # what came in
    "returns_imported": lambda created, updated, unchanged: Phrase(
        CONTEXT,
        "{created} new, {updated} updated, {unchanged} unchanged",
        created=created,
        updated=updated,
        unchanged=unchanged,
    ),
    "returns_pulled": lambda created, updated: Phrase(
        CONTEXT,
        "{created} new, {updated} updated from Back Market",
        created=created,
        updated=updated,
    ),
    "inspections_imported": lambda station, stored, replayed, refused: Phrase(
        CONTEXT,
        "from bench {station}: {stored} stored, {replayed} already here, {refused} refused",
        station=station,
        stored=stored,
        replayed=replayed,
        refused=refused,
    ),
    "checklist_published": lambda digest, source: Phrase(
        CONTEXT, "sha256 {digest} from {source}", digest=digest, source=source
    ),
    # verdicts
    "correction_stored": lambda inspection, inspector, supersedes, outcome, disposition: Phrase(
        CONTEXT,
        "{inspection} by {inspector} supersedes {supersedes}: {outcome}, {disposition}",
        inspection=inspection,
        inspector=inspector,
        supersedes=supersedes,
        outcome=outcome,
        disposition=disposition,
    ),
    "verdict_overridden": lambda inspection, proposed, chose, reason: Phrase(
        CONTEXT,
        "{inspection}: proposed {proposed}, chose {chose}; reason: {reason}",
        inspection=inspection,
        proposed=proposed,
        chose=chose,
        reason=reason,
    ),
    "correction_authorised": lambda station, inspection, inspector, at, until: Phrase(
        CONTEXT,
        "{station} may supersede {inspection} (by {inspector} at {at}) until {until}",
        station=station,
        inspection=inspection,
        inspector=inspector,
        at=at,
        until=until,
    ),
    "submission_refused": lambda code, inspection, station, inspector: Phrase(
        CONTEXT,
        "{code}: {inspection} claims bench {station}, inspector {inspector}",
        code=code,
        inspection=inspection,
        station=station,
        inspector=inspector,
    ),
    # sign-ins at a bench
    "signed_in_with": lambda role, method: Phrase(
        CONTEXT, "{role}, {method}", role=role, method=method
    ),
    "by_pin": lambda: Phrase(CONTEXT, "PIN"),
    "by_badge": lambda: Phrase(CONTEXT, "badge"),
    "wrong_pin": lambda: Phrase(CONTEXT, "wrong PIN"),
    "not_a_lead": lambda: Phrase(CONTEXT, "not a lead"),
    # the marketplace switch (its kind already says it is sending that is switched)
    "sending_on": lambda: Phrase(CONTEXT, "on"),
    "sending_off": lambda: Phrase(CONTEXT, "off"),
}

_ROLES = ("admin", "lead", "inspector", "station", "system")


def role_code(role: str) -> str | None:
    """The code of a role's word, or None for a role this build does not name (kept as
    written)."""
    return f"role_{role}" if role in _ROLES else None
