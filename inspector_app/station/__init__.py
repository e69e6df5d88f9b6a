"""The headless station: everything a bench does, without a display.

The GUI and the CLI reach the bench's store and its sync only through a `Station`
(bench.py); this package also names what its methods take and return, so a caller needs
no import from storage or sync:

    station = Station.open(data_dir, settings)
    draft = station.start_inspection(return_id, inspector=badge)     # draft.py
    result = station.finalize(draft, verdict)                        # payload.py freezes it
    station.receive_scan(codes, by=badge)                            # receiving mode
    station.pending(); station.retry(uuid); station.export_queued(uuid, path)
    station.export_inspections(path)                                 # standalone: to a server
    station.earlier_verdict(return_id); station.authorise_correction(return_id, lead, pin)
    station.start_correction(return_id, inspector, authority)       # corrections.py
    station.start_sync(); station.subscribe_sync(listener); station.wake_sync()
    settings, training = open_sandbox(folder, bench_settings)       # training.py
"""

from inspector_app.domain.people import Role
from inspector_app.station.bench import (
    LEAD_ROLES,
    AnswerSource,
    BadgeCheck,
    ImportReport,
    LookupResult,
    PurgeReport,
    QueueSummary,
    ReceiveOutcome,
    ReceiveResult,
    Station,
    StationError,
)
from inspector_app.station.corrections import CorrectionAuthority, CorrectionPath, EarlierVerdict
from inspector_app.station.draft import Draft
from inspector_app.station.payload import FinalizeResult
from inspector_app.station.training import Training, open_sandbox
from inspector_app.storage.inspectors import Inspector
from inspector_app.storage.outbox import OutboxEntry, OutboxState
from inspector_app.sync import Connectivity, SyncReport, SyncStatus
from inspector_app.sync.client import ServerProbe
from inspector_app.sync.export import ExportSummary

__all__ = [
    "LEAD_ROLES",
    "AnswerSource",
    "BadgeCheck",
    "Connectivity",
    "CorrectionAuthority",
    "CorrectionPath",
    "Draft",
    "EarlierVerdict",
    "ExportSummary",
    "FinalizeResult",
    "ImportReport",
    "Inspector",
    "LookupResult",
    "OutboxEntry",
    "OutboxState",
    "PurgeReport",
    "QueueSummary",
    "ReceiveOutcome",
    "ReceiveResult",
    "Role",
    "ServerProbe",
    "Station",
    "StationError",
    "SyncReport",
    "SyncStatus",
    "Training",
    "open_sandbox",
]
