"""The jobs this server runs, each once at a time across all its processes (jobs.py).

A subsystem with work that must not run twice (a poller, a sender, a collector) adds its
Job here; nothing else is needed for every `serve` process to compete for it.
"""

from __future__ import annotations

from inspector_app.server.deps import AppState
from inspector_app.server.jobs import Job
from inspector_app.server.marketplace.commands import configured_for_serve
from inspector_app.server.marketplace.runner import poller_job, sender_job
from inspector_app.server.photo_collection import photo_collector_job
from inspector_app.server.retention import retention_job


def server_jobs(state: AppState) -> list[Job]:
    jobs = [
        retention_job(state.db, state.photos),
        photo_collector_job(state.db, state.photos, state.config.collect_photos_after_days),
    ]
    backmarket = configured_for_serve(state.config.data_dir)
    if backmarket is not None:
        jobs.append(poller_job(state.db, backmarket))
        jobs.append(sender_job(state.db, backmarket, state.photos, state.config))
    return jobs
