"""The Back Market poll as one of the server's jobs (server/jobs.py), when it is configured.

Every process that serves competes for the `marketplace-poller` job, and the one holding
its lease polls every `poll_interval_s` (divided by `rate_scale`), so several workers or
machines never poll twice at once or spend the seller's rate budget twice. A poll never
raises for marketplace trouble (its report says what happened); anything else fails the run,
is logged, and the next run is at its usual time. Polls are idempotent (returns are keyed by
folder, the cursor only moves after a complete listing), so a holder frozen past its lease
and finishing late costs at most a re-read.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence

from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.server.db import Database
from inspector_app.server.jobs import Job, JobContext
from inspector_app.server.marketplace.poller import poll_once
from inspector_app.server.marketplace.shared_limits import SharedRateLimiter

JOB_NAME = "marketplace-poller"


def poller_job(db: Database, config: BackMarketConfig) -> Job:
    def run(_ctx: JobContext) -> str:
        client = connect(config, db)
        try:
            report = poll_once(db, client, config)
        finally:
            client.close()
        summary = (
            f"{report.listed} folders listed, {report.created} returns new, "
            f"{report.updated} updated, {len(report.skipped)} skipped"
        )
        return f"{summary}; stopped: {report.stopped}" if report.stopped else summary

    every = dt.timedelta(seconds=config["poll_interval_s"] / config["rate_scale"])
    return Job(JOB_NAME, every, run)


def connect(config: BackMarketConfig, db: Database) -> BackMarketClient:
    """A client whose requests count against the rate budget that every process of this
    server shares through `db` (poller, sender, CLI, other workers)."""
    return BackMarketClient(config, limiter=SharedRateLimiter(db, scale=config["rate_scale"]))


def repeat_passes(
    one_pass: Callable[[], tuple[bool, Sequence[str]]],
    client: BackMarketClient,
    *,
    once: bool,
    interval_s: float,
) -> int:
    """The command line's loop for `pull` and `send`: run a pass, print its lines, and
    either exit (0 when it went well) or sleep `interval_s` (scaled) and go again until
    Ctrl-C. The client is closed at the end."""
    try:
        while True:
            ok, lines = one_pass()
            print("\n".join(lines), flush=True)
            if once:
                return 0 if ok else 1
            time.sleep(interval_s / client.scale)
    except KeyboardInterrupt:
        return 0
    finally:
        client.close()
