"""Lookup by any code in a cache of 1,000,000 returns. Goal: p95 <= 2 ms.

    .venv/bin/python benchmarks/bench_lookup.py [--count 1000000] [--dir /tmp/ri-bench-lookup]

The cache is built once with bulk upserts (kept in --dir for later runs) from the demo
generator. Each sample takes a random cached return and one of its codes as a label prints
it (spaces in tracking numbers, dashes in RMAs, lower case), then times
`ReturnsCache.find` (the indexed query) and `Station.lookup` (normalisation, query and
eligibility: what a scan costs the bench).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import run_queue_wait, summary
from inspector_app.domain.codes import candidate_codes
from inspector_app.domain.demo import demo_batch
from inspector_app.domain.returns import Return
from inspector_app.station import Station
from inspector_app.storage.models import ReturnRow

TODAY = dt.date(2026, 11, 26)
SLICE = 20_000


def build(station: Station, count: int) -> None:
    have = station.returns.count()
    if have >= count:
        print(f"cache already holds {have} returns")
        return
    started = time.perf_counter()
    for start in range(have, count, SLICE):
        batch = demo_batch(min(SLICE, count - start), TODAY, seed=1, start=start)
        station.returns.upsert(batch.returns)
        done = start + len(batch.returns)
        rate = (done - have) / (time.perf_counter() - started)
        print(f"\r  cached {done:>9}/{count} ({rate:,.0f}/s)", end="", flush=True)
    print(f"\nbuilt in {time.perf_counter() - started:.1f} s")


def sample_returns(station: Station, rng: random.Random, n: int) -> list[Return]:
    """`n` random returns from the cache (by surrogate key, which is dense after a build)."""
    top = station.returns.count()
    with station.db.read() as session:
        ids = session.scalars(
            select(ReturnRow.id).where(ReturnRow.pk.in_([rng.randint(1, top) for _ in range(n)]))
        ).all()
    return [station.returns.get(rid).ret for rid in ids]


def printed_form(rng: random.Random, ret: Return) -> str:
    code = rng.choice(ret.codes())
    if rng.random() < 0.3 and len(code) > 8:
        code = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code.lower() if rng.random() < 0.2 else code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=5000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/ri-bench-lookup"))
    args = parser.parse_args()

    station = Station.open(args.dir / f"n{args.count}")
    try:
        build(station, args.count)
        rng = random.Random(42)
        rets = sample_returns(station, rng, args.samples)
        codes = [printed_form(rng, r) for r in rets]
        for code in codes[:200]:  # warm the page cache the way a working day would
            station.lookup(code)

        find_times, lookup_times, lookup_cpu, lookup_unqueued = [], [], [], []
        for ret, code in zip(rets, codes, strict=True):
            keys = candidate_codes(code)
            t0 = time.perf_counter()
            found = station.returns.find(keys)
            t1 = time.perf_counter()
            c1, q1 = time.process_time(), run_queue_wait()
            result = station.lookup(code)
            t2 = time.perf_counter()
            lookup_cpu.append(time.process_time() - c1)
            lookup_unqueued.append(t2 - t1 - (run_queue_wait() - q1))
            assert ret.id in [c.ret.id for c in found], code
            assert result.ret is not None, code
            find_times.append(t1 - t0)
            lookup_times.append(t2 - t1)
        miss = [station.lookup(f"1Z{rng.randrange(10**15):016d}") for _ in range(100)]
        assert all(r.ret is None for r in miss)
        print(f"cache: {args.count} returns, {len(rets)} lookups of random codes")
        print(summary("ReturnsCache.find (indexed query)", find_times))
        print(
            summary(
                "Station.lookup (normalise+query+eligibility)", lookup_times, "goal p95 <= 2 ms"
            )
        )
        # CPU time shows the cost itself when other processes compete for the cores.
        print(summary("Station.lookup CPU time", lookup_cpu))
        print(summary("Station.lookup wall minus CPU run-queue wait", lookup_unqueued))
    finally:
        station.close()


if __name__ == "__main__":
    main()
