"""The Back Market connector's two jobs (server/jobs.py), when it is configured: the poll and
the outbound queue's pass; and the command line's loop for `pull` and `send`.

Every process that serves competes for `marketplace-poller` and `marketplace-sender`, and
the one holding a job's lease runs it every `poll_interval_s` or `send_interval_s` (divided
by `rate_scale`), so several workers or machines never poll or send twice at once or spend
the seller's rate budget twice. A pass never raises for marketplace trouble (its report says
what happened); anything else fails the run, is logged, and the next run is at its usual
time. Polls are idempotent (returns are keyed by folder, the cursor only moves after a
complete listing), so a holder frozen past its lease and finishing late costs at most a
re-read. The sender's safety does not rest on the lease either: each action is claimed in
its own transaction before its request leaves (sender.py), so a late holder, or a
`marketplace send` run beside `serve`, cannot send an action another pass has claimed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence

from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.jobs import Job, JobContext
from inspector_app.server.marketplace.poller import poll_once
from inspector_app.server.marketplace.sender import send_once
from inspector_app.server.marketplace.shared_limits import SharedRateLimiter
from inspector_app.server.photo_store import PhotoBackend

POLLER_JOB = "marketplace-poller"
SENDER_JOB = "marketplace-sender"


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
    return Job(POLLER_JOB, every, run)


def sender_job(
    db: Database, config: BackMarketConfig, photos: PhotoBackend, site: ServerConfig
) -> Job:
    """The outbound queue's pass (plan, read back, send what is due). It runs in a dry run
    too: plans are then made and shown to leads, and nothing is sent until `marketplace
    sending on`. Losing the lease or stopping the server ends the pass between actions."""

    def run(ctx: JobContext) -> str:
        client = connect(config, db)
        try:
            report = send_once(db, client, config, photos, site, should_stop=ctx.should_stop)
        finally:
            client.close()
        return report.summary()

    every = dt.timedelta(seconds=config["send_interval_s"] / config["rate_scale"])
    return Job(SENDER_JOB, every, run)


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
