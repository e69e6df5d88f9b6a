"""Export: a bench's unsent inspections in one file, for a server to import later.

A bench without a server (or cut off from it for a long time) hands its work over this way
(`inspector-app export-inspections FILE`, records/inspections_file.py for the format). What
goes in is what the sync would still send: every queued inspection (pending or needing
attention, oldest first), the photos it names that are still on this bench, and the
customer messages of its return that are not sent yet, each as the exact bytes the sync
would PUT.

Exporting changes nothing in the queue. The file and the sync deliver the same bytes under
the same ids, and the server stores a uuid once (an identical PUT is a replay), so a bench
that joins a server after its file was imported sends its queue again and every entry comes
back "replayed": nothing is stored twice, nothing is lost if the file never arrives, and no
state here depends on what happened to the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from inspector_app.atomic_write import atomic_file
from inspector_app.records.inspections_file import FiledPerson, OutgoingInspection, write_file
from inspector_app.storage.customer_messages import CustomerMessagesRepo, MessageState
from inspector_app.storage.inspectors import InspectorsRepo
from inspector_app.storage.outbox import OutboxEntry, OutboxRepo, OutboxState
from inspector_app.storage.photos import PhotoStore
from inspector_app.wire import InspectionPayload

EXPORTED_STATES = (OutboxState.PENDING, OutboxState.NEEDS_ATTENTION)
"""What the sync would still send: not what the server has, nor what a person dismissed."""


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What the file holds; `photos_absent` were named but are no longer on this bench
    (sent earlier with another inspection: the server has them)."""

    path: Path
    inspections: int
    photos: int
    messages: int
    photos_absent: int


def export_inspections(
    path: Path,
    *,
    station: str,
    now: dt.datetime,
    outbox: OutboxRepo,
    messages: CustomerMessagesRepo,
    inspectors: InspectorsRepo,
    photos: PhotoStore,
) -> ExportSummary:
    """Write every unsent inspection to `path` (whole or not at all); the queue is left as
    it is."""
    entries = outbox.list(EXPORTED_STATES)
    outgoing = [_outgoing(entry, messages, photos) for entry in entries]
    badges = {InspectionPayload.model_validate_json(e.payload).inspector for e in entries}
    people = [
        FiledPerson(badge=p.badge, name=p.name, role=p.role)
        for badge in sorted(badges)
        if (p := inspectors.get(badge)) is not None
    ]
    with atomic_file(path) as out:
        write_file(
            out,
            station=station,
            exported_at=now,
            inspections=outgoing,
            people=people,
            photo_path=photos.path,
        )
    named = {photo.sha256 for entry in entries for photo in entry.photos}
    filed = {sha256 for entry in outgoing for sha256 in entry.photos}
    return ExportSummary(
        path=path,
        inspections=len(outgoing),
        photos=len(filed),
        messages=sum(len(entry.messages) for entry in outgoing),
        photos_absent=len(named - filed),
    )


def _outgoing(
    entry: OutboxEntry, messages: CustomerMessagesRepo, photos: PhotoStore
) -> OutgoingInspection:
    """The entry with its photos still here and its return's unsent messages that are its
    own or the return's (a parcel received)."""
    unsent = [
        (m.id, m.record)
        for m in messages.for_return(entry.return_id)
        if m.state is not MessageState.SENT and m.inspection_uuid in (None, entry.inspection_uuid)
    ]
    present = dict.fromkeys(p.sha256 for p in entry.photos if photos.exists(p.sha256))
    return OutgoingInspection(
        uuid=entry.inspection_uuid,
        return_id=entry.return_id,
        payload=entry.payload,
        photos=tuple(present),
        messages=tuple(unsent),
    )
