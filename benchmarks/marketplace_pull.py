"""Pulling 10,000 Care folders from the fake Back Market within its published limits.

    .venv/bin/python -m benchmarks.marketplace_pull [--folders 10000] [--scale 50]

The fake (tests/backmarket_fake.py) enforces Back Market's limits (200 requests in 10 s and
a 10 s block, Care's per-minute and per-day budgets) divided by `--scale`, and the connector
runs with the same `rate_scale`, so both sides keep every published ratio while a pull that
would take about 20 minutes at the real pace takes well under a minute. The pull runs as
the real command (`inspector-server marketplace pull --once`) in a child process, whose peak
RSS is the memory figure; a second pull of the same, unchanged folders runs beside it (the
alternative: what every later poll costs).

Printed: wall time, requests by endpoint, 429s served (must be 0: the limiter keeps under
the limits), the achieved request rate against the scaled budget, the projected wall time
at the published pace, and the child's peak RSS.
"""

from __future__ import annotations

import argparse
import base64
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from backmarket_fake import FakeBackMarket  # noqa: E402

GLOBAL_BUDGET_PER_S = 200 * 0.9 / 10
"""What the connector allows itself at the published pace (90 % of 200 in 10 s)."""


def _pull(data_dir: Path, url: str, token: str) -> tuple[float, int, str]:
    """Run one `pull --once`; (wall seconds, its peak RSS in kB, its output)."""
    output = data_dir / "pull.out"
    started = time.monotonic()
    with output.open("wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-m", "inspector_app.server.cli", "--data-dir", str(data_dir),
             "marketplace", "pull", "--once", "--base-url", url],
            env={**os.environ, "RI_BACKMARKET_TOKEN": token},
            stdout=sink, stderr=subprocess.STDOUT, cwd=REPO,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - started
    text = output.read_text(encoding="utf-8", errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"pull failed:\n{text}")
    summary = [line for line in text.splitlines() if not line.startswith(("INFO", "WARNING"))]
    return wall, usage.ru_maxrss, "\n".join(summary)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folders", type=int, default=10_000)
    parser.add_argument("--scale", type=float, default=50.0)
    args = parser.parse_args()
    token = base64.b64encode(b"bench-seller:BMT-bench").decode()
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeBackMarket(token=token, scale=args.scale) as fake,
    ):
        for folder_id in range(100_001, 100_001 + args.folders):
            fake.add_return(folder_id)
        data_dir = Path(tmp)
        (data_dir / "marketplace.toml").write_text(
            '[backmarket]\ncompany = "Bench"\ncontact_email = "bench@example.com"\n'
            f"rate_scale = {args.scale}\n",
            encoding="utf-8",
        )
        runs = []
        for label in ("first pull", "re-poll, unchanged"):
            fake.requests.clear()
            wall, peak, out = _pull(data_dir, fake.url, token)
            by_endpoint = collections.Counter(
                "GET /ws/sav" if r.path == "/ws/sav" else r.path.rsplit("/", 1)[0] + "/{id}"
                for r in fake.requests
            )
            runs.append((label, wall, len(fake.requests), by_endpoint, peak, out))
        load = os.getloadavg()[0]
    budget = GLOBAL_BUDGET_PER_S * args.scale
    print(f"{args.folders} Care folders, limits scaled x{args.scale:g} "
          f"(connector budget {budget:.0f} requests/s), load average {load:.1f}")  # fmt: skip
    for label, wall, requests, by_endpoint, peak, out in runs:
        rate = requests / wall if wall else 0.0
        real_minutes = requests / GLOBAL_BUDGET_PER_S / 60
        print(f"\n{label}: wall {wall:.1f} s, {requests} requests ({rate:.0f}/s, "
              f"{rate / budget:.0%} of the scaled budget), "
              f"peak RSS {peak / 1024:.0f} MB")  # fmt: skip
        print(f"  by endpoint: {dict(by_endpoint)}")
        print(f"  at the published pace: about {real_minutes:.1f} min")
        print("  " + out.strip().replace("\n", "\n  "))
    print(f"\n429 served by the fake: {fake.served_429}")


if __name__ == "__main__":
    main()
