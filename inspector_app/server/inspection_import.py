"""Importing a bench's inspections file (`inspector-server import-inspections FILE`).

A bench that worked without a server exports its unsent inspections into one file
(records/inspections_file.py). Importing it stores them exactly as the bench's sync would:
each photo through the photo upload's own checks and store, each payload through
`inspections.submit` (the PUT's rules, replay included), each customer message through
`customer_messages.store`. So importing a file twice, or importing it and letting the bench
sync later, stores every inspection, photo and message once: the second arrival is a replay.

The whole file is checked before anything is stored: a damaged, edited or foreign file is
refused as a whole. After that, each inspection is stored in its own transaction, as a PUT
would be: one the server refuses (a badge it does not know, a return already inspected at
another bench) is reported with the server's reason and the rest are stored; importing the
file again once the reason is dealt with stores the refused ones and replays the others.

The import acts for the bench named in each payload: it is run by the server's
administrator, who vouches for the file; the audit log says so (`inspections_imported`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.domain.outbound_texts import said
from inspector_app.records.inspections_file import (
    FiledInspection,
    InspectionsFile,
    Limits,
    open_file,
)
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.config import ServerConfig
from inspector_app.server.customer_messages import parse_record
from inspector_app.server.customer_messages import store as store_message
from inspector_app.server.db import Database
from inspector_app.server.inspections import parse_payload, submit
from inspector_app.server.photo_store import PhotoBackend
from inspector_app.server.photos import keep_spooled, spool_bytes
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal

IMPORTER = "file-import"
"""What an imported inspection's `submitted_by` says instead of a token id."""


@dataclass(frozen=True, slots=True)
class Refusal:
    inspection: str
    return_id: str
    reason: str


@dataclass
class ImportReport:
    stored: int = 0
    replayed: int = 0
    photos_stored: int = 0
    messages_stored: int = 0
    refused: list[Refusal] = field(default_factory=list)


def import_inspections(
    db: Database, config: ServerConfig, photos: PhotoBackend, path: Path, actor: Actor
) -> ImportReport:
    """Store the inspections of the file at `path`; InspectionsFileError (nothing stored)
    when the file is not one a bench wrote, as it wrote it."""
    limits = Limits(json_bytes=config.max_json_bytes, photo_bytes=config.max_photo_bytes)
    report = ImportReport()
    with open_file(Path(path), limits) as opened:
        importer = _Importer(db, config, photos, opened, actor)
        for filed in opened.manifest.inspections:
            try:
                importer.store(filed, report)
            except ProblemError as refused:
                reason = _reason(refused, opened, filed)
                report.refused.append(Refusal(str(filed.uuid), filed.return_id, reason))
        with db.write() as session:
            record_event(
                session,
                audit.INSPECTIONS_IMPORTED,
                actor,
                subject=Path(path).name,
                detail=said(
                    "inspections_imported",
                    station=opened.manifest.station,
                    stored=report.stored,
                    replayed=report.replayed,
                    refused=len(report.refused),
                ),
            )
    return report


@dataclass(frozen=True, slots=True)
class _Importer:
    db: Database
    config: ServerConfig
    photos: PhotoBackend
    opened: InspectionsFile
    actor: Actor

    def store(self, filed: FiledInspection, report: ImportReport) -> None:
        """Photos, then the payload, then its messages: the order the sync sends them in.
        ProblemError when the server refuses the inspection, as it would its PUT."""
        raw = self.opened.payload(filed)
        payload = parse_payload(raw, filed.uuid)
        for sha256 in filed.photos:
            spooled = spool_bytes(self.opened.photo(sha256), self.photos.spool_dir, sha256)
            if keep_spooled(self.db, self.photos, spooled).status == "stored":
                report.photos_stored += 1
        bench = Principal(token_id=IMPORTER, role="station", station=payload.station, badge=None)
        with self.db.write() as session:
            receipt = submit(session, payload, raw, bench, config=self.config, actor=self.actor)
        if receipt.created:
            report.stored += 1
        else:
            report.replayed += 1
        for message in filed.messages:
            record_raw = self.opened.message(message)
            record = parse_record(record_raw, message.id)
            with self.db.write() as session:
                ack = store_message(session, record, record_raw, payload.station, self.config)
            if ack.status == "stored":
                report.messages_stored += 1


def _reason(refused: ProblemError, opened: InspectionsFile, filed: FiledInspection) -> str:
    """The server's words for a refusal, and how to add the person when it lacks one."""
    reason = refused.title + (f" ({refused.detail})" if refused.detail else "")
    if refused.code != "unknown_inspector":
        return reason
    badge = parse_payload(opened.payload(filed), filed.uuid).inspector
    name = next((p.name for p in opened.manifest.people if p.badge == badge), "NAME")
    return (
        f"{reason}; add them with `inspector-server add-user {name!r} --role inspector "
        f"--badge {badge}`, then import the file again"
    )
