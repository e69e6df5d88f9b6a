"""Corrections at the bench: who may start one, and what it starts from.

A final inspection never changes; a correction is a new inspection whose `supersedes` names
the verdict it replaces, and the server keeps the newest. The server decides who may send
one (server/corrections.py): the bench that made the verdict, for a day after the server
received it, or any bench a shift lead authorised (a grant on the server, used once). The
bench asks for a lead only when the server would: its own verdict, still queued here or
sent less than BENCH_WINDOW ago, is corrected directly; anything else (another bench's
verdict, an older one, one the server refused) needs a lead at the bench first.

A correction's checklist starts from the answers (and the photos still on this bench) of
the inspection it corrects, or of this bench's own refused one when the server holds
another bench's verdict: the inspector changes what was wrong rather than starting again.
Another bench's verdict comes from the server with the lead's grant, its photos too: they
are read within the lead's session that asked for the grant (a lead may see any
inspection; the bench's own token reads no other bench's photos through this path), each
checked against its SHA-256 before it enters this bench's photo store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from inspector_app.domain.checklist import ChecklistTemplate
from inspector_app.storage.inspections import PhotoRecord
from inspector_app.storage.outbox import OutboxEntry, OutboxState
from inspector_app.wire import InspectionPayload

BENCH_WINDOW = dt.timedelta(hours=23)
"""How long after its verdict reached the server the bench corrects it without a lead. The
server allows a day from its own receipt time; the bench stops an hour sooner, so a
correction made near the end of the day, and sent a little later, is not refused for a few
minutes (it would then wait for a lead's authorisation anyway)."""


class CorrectionPath(StrEnum):
    """How a correction resolves an inspection the server refused."""

    RESEND = "resend"
    """It is a correction the server refused for want of a lead: once a lead authorised
    it, the same inspection is sent again."""
    REINSPECT = "reinspect"
    """The server holds another verdict: a correction of that verdict, started from this
    inspection's answers, replaces it (Station.start_correction, finalize)."""


@dataclass(frozen=True, slots=True)
class EarlierVerdict:
    """The verdict a return already has, as the card shows it."""

    inspection: str | None
    """This bench's final inspection of the return; None when only the server holds one."""
    inspector: str = ""
    """The badge of who finalized it ('' when the bench does not know)."""
    inspector_name: str = ""
    finalized_at: dt.datetime | None = None
    started_by: str = ""
    """The badge of who started it, when someone else finalized it ('' otherwise)."""
    started_by_name: str = ""
    needs_lead: bool = True
    """Correcting it needs a shift lead's authorisation (see the module docstring)."""


@dataclass(frozen=True, slots=True)
class CorrectionAuthority:
    """A lead's authorisation, from the server, for this bench to supersede one verdict."""

    return_id: str
    supersedes: str
    granted_by: str
    expires_at: dt.datetime
    earlier: InspectionPayload | None = None
    """The server's copy of the verdict being corrected (its answers start the checklist
    when this bench has none of its own); None when the server did not give it."""
    photos: tuple[PhotoRecord, ...] = ()
    """That verdict's photos, now in this bench's photo store (fetched with the grant)."""
    photos_missing: int = 0
    """How many of its photos could not be fetched: the correction starts without them,
    and the bench says so (the inspector takes them again)."""


@dataclass(frozen=True, slots=True)
class Starting:
    """What a correction's checklist starts from."""

    template: tuple[str, int] | None
    """The checklist the earlier answers were given on (None: the category's newest)."""
    answers: Mapping[str, Any]
    photos: Sequence[PhotoRecord] = ()


def own_verdict_open(entry: OutboxEntry | None, now: dt.datetime) -> bool:
    """True when this bench may correct the inspection of `entry` without a lead: it is
    still queued (the server's day starts when it arrives), or it reached the server less
    than BENCH_WINDOW ago. A refused or dismissed one is not the server's verdict at all."""
    if entry is None:
        return False
    if entry.state is OutboxState.PENDING:
        return True
    return (
        entry.state is OutboxState.SENT
        and entry.sent_at is not None
        and now - entry.sent_at < BENCH_WINDOW
    )


def ordered_answers(
    template: ChecklistTemplate, answers: Mapping[str, Any]
) -> list[tuple[str, Any]]:
    """The earlier answers the template has items for, in the template's order (an item
    shown only after an earlier answer gets its own answer after that one)."""
    return [(item.id, answers[item.id]) for item in template.items if item.id in answers]


def from_authority(authority: CorrectionAuthority, payload: InspectionPayload) -> Starting:
    """The answers of the verdict as the server holds it, with the photos of it that were
    fetched with the lead's grant."""
    return Starting(
        (payload.template.id, payload.template.version),
        {answer.item: answer.value for answer in payload.answers},
        authority.photos,
    )
