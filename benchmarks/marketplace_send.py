"""Draining 1,000 planned actions to the fake Back Market within its published limits.

    .venv/bin/python -m benchmarks.marketplace_send [--verdicts 500] [--scale 50]

500 final verdicts of marketplace returns, PUT through the server's API as a bench sends
them: 350 full refunds and 50 partial ones (a refund each), 100 refusals on current folders
(a problem report with a photo each), each with the bench's customer message: 1,000 actions
(400 refunds stay under the 450 a day the connector allows itself of Back Market's 500).
Then the real `inspector-server marketplace send` runs in a child process until every
action is confirmed on the marketplace (the settle time before reading back is scaled too).

The fake (tests/backmarket_fake.py) enforces Back Market's limits divided by `--scale`, and
the connector runs with the same `rate_scale`, as in benchmarks/marketplace_pull.py.

Printed: the wall time to every action sent and to every action confirmed, requests by
endpoint (the alternative beside it: one request per action, what a sender that never
reads back would cost), the 429s served (must be 0), the projected time at the published
pace, and the machine's load.
"""

from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from backmarket_fake import FakeBackMarket  # noqa: E402
from marketplace.outbound import NEW, World  # noqa: E402
from server.conftest import build_server  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from inspector_app.server.db import Database  # noqa: E402
from inspector_app.server.marketplace.planner import plan_new  # noqa: E402
from inspector_app.server.marketplace.tables import Action  # noqa: E402

GLOBAL_BUDGET_PER_S = 200 * 0.9 / 10
SETTINGS = {
    "send_back_carrier": "Colissimo",
    "settle_s": 120.0,
    "send_interval_s": 30.0,
    "approve_refunds_above": 100_000.0,
    "approve_partial_refunds": False,
    "approve_refusals": False,
    "approve_overrides": False,
}


def _plan(world: World, verdicts: int) -> None:
    refusals = verdicts // 5
    partial = verdicts // 10
    full = verdicts - refusals - partial
    refunded = range(10_001, 10_001 + full + partial)
    refused = range(NEW + 1, NEW + 1 + refusals)
    world.add(*refunded, *refused)
    for n, folder in enumerate(refunded):
        if n < full:
            world.inspect(folder, "accept_full_refund")
        else:
            world.inspect(folder, "partial_refund", amount="99.50")
    for folder in refused:
        world.inspect(folder, "refuse_send_back", photos=1, rules=["imei_mismatch"])
    with world.db.write() as session:
        while plan_new(session, world.config, dt.datetime.now(dt.UTC)):
            pass


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(select(Action.status, func.count()).group_by(Action.status))
        return dict(rows.all())  # type: ignore[arg-type]


def _drain(data_dir: Path, url: str, token: str, db: Database, actions: int) -> tuple[float, float]:
    """Run `marketplace send` until every action is confirmed; (seconds to all sent, to all
    confirmed)."""
    log = (data_dir / "send.out").open("wb")
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "inspector_app.server.cli", "--data-dir", str(data_dir),
         "marketplace", "send", "--base-url", url],
        env={**os.environ, "RI_BACKMARKET_TOKEN": token},
        stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
    )  # fmt: skip
    all_sent = 0.0
    while child.poll() is None:
        counts = _counts(db)
        done = counts.get("confirmed", 0)
        if not all_sent and done + counts.get("sent", 0) == actions:
            all_sent = time.monotonic() - started
        if done == actions:
            break
        time.sleep(0.5)
    all_confirmed = time.monotonic() - started
    child.send_signal(signal.SIGINT)
    child.wait(60)
    log.close()
    if _counts(db).get("confirmed", 0) != actions:
        sys.exit(f"send stopped early:\n{(data_dir / 'send.out').read_text()[-3000:]}")
    return all_sent, all_confirmed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verdicts", type=int, default=500)
    parser.add_argument("--scale", type=float, default=50.0)
    args = parser.parse_args()
    token = base64.b64encode(b"bench-seller:BMT-bench").decode()
    settings = {**SETTINGS, "rate_scale": args.scale}
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeBackMarket(token=token, scale=args.scale) as fake,
    ):
        data_dir = Path(tmp)
        db_url = f"sqlite:///{data_dir / 'server.db'}"
        migrated = Database(db_url)
        migrated.migrate()
        migrated.close()
        server = build_server(db_url, data_dir / "photos")
        world = World(server, fake, data_dir, **settings)
        world.sending(True)
        print(f"planning {args.verdicts} verdicts ...", flush=True)
        _plan(world, args.verdicts)
        actions = sum(_counts(server.db).values())
        world.close()
        lines = ["[backmarket]", 'company = "Bench"', 'contact_email = "bench@example.com"']
        lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
        (data_dir / "marketplace.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        fake.requests.clear()
        all_sent, all_confirmed = _drain(data_dir, fake.url, token, server.db, actions)
        load = os.getloadavg()[0]
        by_endpoint = collections.Counter(
            f"{r.method} {re.sub(r'/[0-9]+', '/{id}', r.path)}" for r in fake.requests
        )
        server.db.close()
    requests = len(fake.requests)
    print(
        f"{actions} actions from {args.verdicts} verdicts, limits scaled x{args.scale:g}, "
        f"load average {load:.1f}"
    )
    print(f"all sent in {all_sent:.1f} s, all confirmed in {all_confirmed:.1f} s wall")
    print(f"requests: {requests} ({requests / actions:.2f} per action; one per action would be")
    print(f"  {actions}): {dict(by_endpoint)}")
    print(f"at the published pace: about {requests / GLOBAL_BUDGET_PER_S / 60:.1f} min")
    print(f"429 served by the fake: {fake.served_429}")


if __name__ == "__main__":
    main()
