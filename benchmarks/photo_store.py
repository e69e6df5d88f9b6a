"""What a photo upload costs with each photo store: the directory against S3 (moto's server).

    .venv/bin/python -m benchmarks.photo_store [--count 300] [--size 300000]
        [--concurrency 4]

The real `inspector-server serve` (one process, SQLite, started by the test helper
tests/live_server.py) runs once per backend, and `--concurrency` benches upload `--count`
distinct photos of `--size` bytes between them (PUT /photos/{sha256}, as benches drain
their queues). The S3 store is moto's S3 server in a subprocess on loopback
(tests/s3_server.py): it speaks the protocol as MinIO or AWS would, but it is Python, so
its own CPU per upload is reported apart from the inspector server's, and is not what a
real store would cost. Printed side by side: upload latency (median, p99), throughput, and
the inspector server's CPU per upload, with the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from live_server import LiveServer  # noqa: E402
from s3_server import S3Server  # noqa: E402

from benchmarks.server_load import Connection, cpu_seconds, pct  # noqa: E402


def photos(count: int, size: int, seed: str) -> list[tuple[str, bytes]]:
    """Distinct bodies behind a JPEG signature (the server checks the signature only)."""
    made = []
    for i in range(count):
        block = hashlib.sha256(f"{seed}-{i}".encode()).digest()
        body = (b"\xff\xd8\xff\xe0" + block * (size // 32 + 1))[:size]
        made.append((hashlib.sha256(body).hexdigest(), body))
    return made


async def upload_all(url: str, token: str, work: list, concurrency: int) -> list[float]:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    latencies: list[float] = []
    queue = list(work)

    async def bench() -> None:
        conn = Connection(host, int(port), token, content_type="image/jpeg")
        while queue:
            digest, body = queue.pop()
            started = time.perf_counter()
            status, _ = await conn.request("PUT", f"/api/v1/photos/{digest}", body)
            if status != 201:
                raise SystemExit(f"upload answered {status}")
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(bench() for _ in range(concurrency)))
    return latencies


def measure(label: str, env: dict[str, str], args: argparse.Namespace, store_pid: int | None):
    with tempfile.TemporaryDirectory(prefix="ri-photo-bench-") as tmp:
        server = LiveServer(Path(tmp) / "server", env={**env, "RI_SERVER_JOBS": "no"})
        server.start()
        try:
            token = server.tokens["station"]
            warm = photos(5, args.size, f"warm-{label}")
            asyncio.run(upload_all(server.url, token, warm, 1))
            work = photos(args.count, args.size, label)
            server_before = cpu_seconds(server.process.pid) or 0.0
            store_before = cpu_seconds(store_pid) if store_pid else None
            started = time.perf_counter()
            latencies = asyncio.run(upload_all(server.url, token, work, args.concurrency))
            elapsed = time.perf_counter() - started
            server_cpu = (cpu_seconds(server.process.pid) or 0.0) - server_before
            store_cpu = None
            if store_pid and store_before is not None:
                store_cpu = (cpu_seconds(store_pid) or 0.0) - store_before
        finally:
            server.close()
    return {
        "label": label,
        "median": pct(latencies, 0.5),
        "p99": pct(latencies, 0.99),
        "mb_s": args.count * args.size / elapsed / 1e6,
        "server_cpu_ms": server_cpu / args.count * 1000,
        "store_cpu_ms": None if store_cpu is None else store_cpu / args.count * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300, help="uploads per backend")
    parser.add_argument("--size", type=int, default=300_000, help="bytes per photo")
    parser.add_argument("--concurrency", type=int, default=4, help="benches uploading at once")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    directory = measure("directory", {}, args, None)
    with S3Server() as s3:
        s3_row = measure("s3", s3.env, args, s3.pid)
    print(
        f"{args.count} uploads of {args.size / 1000:.0f} kB, {args.concurrency} at once, "
        f"one server process on SQLite; machine: {os.cpu_count()} cores, load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print("store      upload p50  upload p99    MB/s  server CPU/upload  store CPU/upload")
    for row in (directory, s3_row):
        store = "-" if row["store_cpu_ms"] is None else f"{row['store_cpu_ms']:.2f} ms (moto)"
        print(
            f"{row['label']:<9}  {row['median']:>7.1f} ms {row['p99']:>8.1f} ms "
            f"{row['mb_s']:>7.1f}  {row['server_cpu_ms']:>14.2f} ms  {store:>16}"
        )
    print(
        f"s3 / directory: upload p50 x{s3_row['median'] / directory['median']:.2f}, "
        f"server CPU per upload x{s3_row['server_cpu_ms'] / directory['server_cpu_ms']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
