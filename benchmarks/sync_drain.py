"""Drain a full outbox to a real server on loopback, and finalize while it drains.

    .venv/bin/python -m benchmarks.sync_drain            # 1,000 inspections x 3 photos x 300 kB
    .venv/bin/python -m benchmarks.sync_drain --count 200 --photo-kb 100

Prints inspections/s and MB/s of photos for the drain (goal: at least 20 inspections/s), and
the median finalize latency on an idle bench (before and after) versus while the background
worker drains (goal: unchanged). The server is the reference server in its own process (the test
helper tests/live_server.py starts it), so client and server do not share a GIL.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from live_server import LiveServer  # noqa: E402
from sync.helpers import (  # noqa: E402
    CHECKLIST,
    VERDICT,
    make_returns,
    open_station,
    photo_bytes,
    queue_inspections,
)

from inspector_app.sync import Connectivity, SyncStatus  # noqa: E402


def finalize_latencies(station, returns, photos: int, photo_kb: int) -> list[float]:
    """Seconds per finalize() call (the photos are added before, as at the bench)."""
    station.returns.upsert(returns)
    latencies = []
    for ret in returns:
        draft = station.start_inspection(ret.id, inspector="badge-0042")
        draft.answer("works", True)
        for _ in range(photos):
            draft.add_photo("front", photo_bytes(photo_kb * 1024))
        started = time.perf_counter()
        station.finalize(draft, VERDICT)
        latencies.append(time.perf_counter() - started)
    return latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=3)
    parser.add_argument("--photo-kb", type=int, default=300)
    parser.add_argument(
        "--probe",
        type=int,
        default=40,
        help="finalize calls timed before, during and after the drain",
    )
    parser.add_argument(
        "--server-dir",
        type=Path,
        default=None,
        help="where the server keeps its data (default: beside the bench, on "
        "the same disk); e.g. /dev/shm to stand in for a server machine "
        "with its own disk",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="sync-drain-") as tmp_name:
        tmp = Path(tmp_name)
        checklists = tmp / "checklists"
        checklists.mkdir()
        (checklists / "sync_check.yaml").write_text(CHECKLIST, encoding="utf-8")
        server_dir = Path(tempfile.mkdtemp(dir=args.server_dir)) if args.server_dir else None
        server = LiveServer(server_dir or tmp / "server")
        server.start()
        station = open_station(
            tmp / "bench",
            checklists,
            server.url,
            server.tokens["station"],
            **{"sync.interval_s": 3600},
        )
        try:
            returns = make_returns(args.count + 3 * args.probe)
            queue = returns[: args.count]
            probes = [
                returns[args.count + i * args.probe : args.count + (i + 1) * args.probe]
                for i in range(3)
            ]
            print(
                f"queueing {args.count} inspections x {args.photos} photos x "
                f"{args.photo_kb} kB ...",
                flush=True,
            )
            queue_inspections(station, queue, photos=args.photos, photo_size=args.photo_kb * 1024)
            idle = finalize_latencies(station, probes[0], args.photos, args.photo_kb)

            done = threading.Event()

            def watch(status: SyncStatus) -> None:
                if status.pending == 0 and status.state is Connectivity.ONLINE:
                    done.set()

            station.sync.state.subscribe(watch)
            started = time.perf_counter()
            station.start_sync()
            busy = finalize_latencies(station, probes[1], args.photos, args.photo_kb)
            while station.outbox.counts().pending:  # the probes queued work too
                done.clear()
                done.wait(1.0)
            elapsed = time.perf_counter() - started
            station.stop_sync()
            # Idle again after the drain, so a drift of the machine's load shows up as noise
            # in the idle median rather than as an effect of the drain.
            idle += finalize_latencies(station, probes[2], args.photos, args.photo_kb)
            delivered = args.count + 2 * args.probe
            megabytes = delivered * args.photos * args.photo_kb * 1024 / 1e6
        finally:
            station.close()
            server.close()
            if server_dir is not None:
                shutil.rmtree(server_dir)

    idle_ms = statistics.median(idle) * 1000
    busy_ms = statistics.median(busy) * 1000
    print(
        f"drain: {delivered} inspections in {elapsed:.1f} s = "
        f"{delivered / elapsed:.1f} inspections/s (goal >= 20), "
        f"{megabytes / elapsed:.1f} MB/s of photos"
    )
    print(
        f"finalize median: idle {idle_ms:.1f} ms, during drain {busy_ms:.1f} ms, "
        f"ratio {busy_ms / idle_ms:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
