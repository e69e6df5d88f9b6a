"""Sync with the central server: the REST client, the durable outbox's push, the pull of the
local cache, and the worker that runs them (docs/sync.md explains states and retry rules).

    engine = SyncEngine(settings, outbox=..., photos=..., pull=PullStores(...))
    report = engine.run_round(force=True)        # what Station.sync_once() does
    worker = SyncWorker(engine).start()          # background rounds; worker.stop() to end
    engine.state.subscribe(callback)             # callback(SyncStatus) on every change
"""

from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.pull import PullStores
from inspector_app.sync.state import Connectivity, SyncReport, SyncState, SyncStatus
from inspector_app.sync.worker import SyncWorker

__all__ = [
    "Connectivity",
    "PullStores",
    "SyncEngine",
    "SyncReport",
    "SyncState",
    "SyncStatus",
    "SyncWorker",
]
