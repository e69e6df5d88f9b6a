"""Durable finalize, photo bytes excluded. Goal: median <= 20 ms.

    .venv/bin/python benchmarks/bench_finalize.py [--count 200]

Each round starts an inspection of a demo return, answers its checklist and takes its photos
(not timed: photo files are written when taken, not at finalize), then times
`Station.finalize`: verdict check, payload built and frozen, and the one fsync'd SQLite
transaction holding the final state, the payload bytes and the outbox entry.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import run_queue_wait, summary
from inspector_app.domain.demo import demo_batch
from inspector_app.station import Station
from tests.station.support import TODAY, fill_checklist, verdict_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="data directory (default: a new temporary one on /tmp's disk)",
    )
    args = parser.parse_args()

    data_dir = args.dir or Path(tempfile.mkdtemp(prefix="ri-bench-finalize-"))
    with Station.open(data_dir) as station:
        categories = {t.category for t in station.templates.list()}
        batch = demo_batch(args.count * 3, TODAY, seed=4)
        returns = [r for r in batch.returns if r.product.category.value in categories]
        station.returns.upsert(returns)
        times, cpu, unqueued = [], [], []
        for ret in returns[: args.count]:
            draft = station.start_inspection(ret.id, inspector="bench")
            fill_checklist(draft)
            verdict = verdict_for(draft)
            t0, c0, q0 = time.perf_counter(), time.process_time(), run_queue_wait()
            station.finalize(draft, verdict)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            unqueued.append(times[-1] - (run_queue_wait() - q0))
        assert station.pending().pending == len(times)
    print(f"{len(times)} finalizes in {data_dir} (categories: {', '.join(sorted(categories))})")
    print(summary("Station.finalize (durable)", times, "goal median <= 20 ms"))
    print(summary("Station.finalize CPU time", cpu))
    print(summary("Station.finalize wall minus CPU run-queue wait", unqueued))


if __name__ == "__main__":
    main()
