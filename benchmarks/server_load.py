"""Load on the reference server: N concurrent simulated stations on loopback.

    .venv/bin/python benchmarks/server_load.py [--duration 30] [--stations 50]
        [--backend sqlite|postgresql|both] [--pg-url URL] [--put-every 10]
        [--workers 1,2,4] [--rate 0]

The real `inspector-server serve` runs as a subprocess (`--workers N` worker processes on
PostgreSQL; SQLite always one) over a database seeded with demo returns. With several
worker counts, PostgreSQL is measured once per count on a fresh database, and a table puts
them side by side. Each station sends its share of `--rate` (--rate 0: the next request as
soon as the last is answered): a lookup of a random code of a random return (tracking, RMA,
order id, IMEI or serial, in the forms a scanner sends), and every `--put-every`-th
operation the PUT of a new finalized inspection of one of its own returns. The client is a
minimal HTTP/1.1 keep-alive client over asyncio streams, so that on a small machine the
measurement is of the server rather than of a heavyweight client library. Goals: lookup p99
< 50 ms, >= 300 lookups/s on SQLite, zero errors. PostgreSQL URL: --pg-url or
RI_TEST_PG_URL (a fresh database is created and dropped).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Return
from inspector_app.server import admin
from inspector_app.server.db import Database

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)


@dataclass
class Tally:
    lookups: list[float] = field(default_factory=list)
    puts: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


class Connection:
    """One keep-alive HTTP/1.1 connection; just enough protocol for our requests."""

    def __init__(
        self, host: str, port: int, token: str, content_type: str = "application/json"
    ) -> None:
        self.host, self.port = host, port
        self.auth = f"Authorization: Bearer {token}\r\nContent-Type: {content_type}\r\n"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (
            f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\n{self.auth}"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode("ascii") + body)
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)


def scanned_forms(ret: Return) -> list[str]:
    """What a bench would send for this parcel: each code, some as a scanner mangles them."""
    forms = [ret.rma.lower(), ret.order_id, *ret.tracking_numbers]
    if ret.product.imei:
        forms.append(ret.product.imei)
    if ret.product.serial:
        forms.append(f" {ret.product.serial} ")
    return [f for f in forms if f]


def payload(ret_id: str, station: str) -> tuple[str, bytes]:
    now = dt.datetime.now(dt.UTC)
    inspection = {
        "schema_version": 1,
        "uuid": str(uuid.uuid4()),
        "return_id": ret_id,
        "station": station,
        "inspector": "badge-0042",
        "template": {"id": "smartphone", "version": 1},
        "started_at": (now - dt.timedelta(minutes=3)).isoformat(),
        "finalized_at": now.isoformat(),
        "answers": [{"item": f"q{i}", "value": i % 2 == 0} for i in range(25)],
        "photos": [],
        "flags": [],
        "verdict": {"outcome": "accept_full_refund", "grade": "good", "disposition": "restock"},
    }
    return inspection["uuid"], json.dumps(inspection, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Plan:
    """What every simulated station does: `rate` requests/s each (0: as fast as it can)."""

    url: tuple[str, int]
    token: str
    codes: list[str]
    put_every: int
    rate: float
    deadline: float


async def station(n: int, plan: Plan, own: list[str], tally: Tally) -> None:
    """One bench: one connection, one request at a time, Poisson arrivals at `plan.rate`.

    Latency counts from when the request was due, not when it was sent, so a server that
    falls behind is charged for the queueing it causes (no coordinated omission).
    """
    rng = random.Random(n)
    conn = Connection(*plan.url, plan.token)
    due = time.perf_counter() + (rng.expovariate(plan.rate) if plan.rate else 0)
    ops = 0
    while due < plan.deadline:
        if plan.rate:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        else:
            due = time.perf_counter()
        ops += 1
        if ops % plan.put_every == 0:
            ret_id = own.pop() if own else f"BENCH-{n}-{ops}"
            inspection_uuid, body = payload(ret_id, f"bench-{n}")
            status, _ = await conn.request("PUT", f"/api/v1/inspections/{inspection_uuid}", body)
            tally.puts.append(time.perf_counter() - due)
            if status != 201:
                tally.error(f"PUT {status}")
        else:
            code = rng.choice(plan.codes).replace(" ", "%20")
            status, _ = await conn.request("GET", f"/api/v1/returns/lookup?code={code}")
            tally.lookups.append(time.perf_counter() - due)
            if status != 200:
                tally.error(f"lookup {status}")
        if plan.rate:
            due += rng.expovariate(plan.rate)


def start_server(
    workdir: Path, db_url: str, workers: int = 1
) -> tuple[subprocess.Popen, tuple[str, int]]:
    url_file = workdir / "url"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "inspector_app.server.cli",
            "--data-dir",
            str(workdir),
            "--db",
            db_url,
            "serve",
            "--port",
            "0",
            "--port-file",
            str(url_file),
            "--workers",
            str(workers),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=(workdir / "server.log").open("wb"),
    )
    deadline = time.monotonic() + 300  # four workers importing the app on a loaded machine
    while not url_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"server did not start; see {workdir / 'server.log'}")
        time.sleep(0.05)
    host, port = url_file.read_text().removeprefix("http://").rsplit(":", 1)
    wait_for_workers(workdir / "server.log", workers, deadline)
    return proc, (host, int(port))


def wait_for_workers(log_path: Path, workers: int, deadline: float) -> None:
    """Until each of the server's `workers` processes has logged that its application started.

    The socket accepts connections as soon as the supervisor binds it, long before a worker
    has imported the app: on a loaded machine that takes many seconds, and measuring then
    would charge the start to the load.
    """
    while len(started_workers(log_path)) < workers:
        if time.monotonic() > deadline:
            raise SystemExit(f"the server's workers did not start; see {log_path}")
        time.sleep(0.2)


def started_workers(log_path: Path) -> set[int]:
    """The pids that have logged "Application startup complete." (one JSON object a line)."""
    pids = set()
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "Application startup complete" in line:
            pids.add(json.loads(line)["pid"])
    return pids


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process and its descendants so far (Linux /proc; None
    elsewhere): with --workers N the work is done by the supervisor's children."""
    total = 0.0
    for member in [pid, *descendants(pid)]:
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if member == pid:
                return None
            continue  # it exited in the meantime
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def cpu_ms(seconds: float | None, requests: int) -> str:
    return "n/a" if seconds is None or not requests else f"{seconds / requests * 1000:.2f} ms"


@dataclass(frozen=True)
class Result:
    workers: int
    elapsed: float
    tally: Tally
    server_cpu: float | None

    @property
    def requests(self) -> int:
        return len(self.tally.lookups) + len(self.tally.puts)


def run(db_url: str, label: str, args: argparse.Namespace, workers: int = 1) -> Result:
    with tempfile.TemporaryDirectory(prefix="ri-load-") as tmp:
        workdir = Path(tmp)
        db = Database(db_url)
        db.migrate()
        returns = demo_returns(args.returns, TODAY, seed=11)
        with db.write() as session:
            admin.import_returns(session, returns)
            token = admin.add_station(session, "load-bench").secret
        db.close()
        codes = [form for ret in returns for form in scanned_forms(ret)]
        ids = [ret.id for ret in returns]
        per = len(ids) // args.stations
        proc, url = start_server(workdir, db_url, workers)
        tally = Tally()
        try:
            plan = Plan(
                url=url,
                token=token,
                codes=codes,
                put_every=args.put_every,
                rate=args.rate / args.stations,
                deadline=time.perf_counter() + args.duration,
            )

            async def all_stations() -> None:
                await asyncio.gather(
                    *(
                        station(n, plan, ids[n * per : (n + 1) * per], tally)
                        for n in range(args.stations)
                    )
                )

            server_cpu = cpu_seconds(proc.pid)
            started, client_cpu = time.perf_counter(), time.process_time()
            asyncio.run(all_stations())
            elapsed = time.perf_counter() - started
            client_cpu = time.process_time() - client_cpu
            if server_cpu is not None:
                server_cpu = cpu_seconds(proc.pid) - server_cpu
        finally:
            proc.terminate()
            proc.wait(30)
    result = Result(workers, elapsed, tally, server_cpu)
    report(result, label, args, client_cpu)
    return result


def report(result: Result, label: str, args: argparse.Namespace, client_cpu: float) -> None:
    tally, elapsed, requests = result.tally, result.elapsed, result.requests
    lookups_per_s = len(tally.lookups) / elapsed
    print(
        f"{label}, {result.workers} worker(s): {args.stations} stations offering "
        f"{f'{args.rate:.0f} req/s' if args.rate else 'as much as they can'}, {elapsed:.1f} s\n"
        f"  lookups: {len(tally.lookups)} ({lookups_per_s:.0f}/s) "
        f"median={pct(tally.lookups, 0.5):.1f} ms p99={pct(tally.lookups, 0.99):.1f} ms\n"
        f"  inspection PUTs: {len(tally.puts)} ({len(tally.puts) / elapsed:.0f}/s) "
        f"median={pct(tally.puts, 0.5):.1f} ms p99={pct(tally.puts, 0.99):.1f} ms\n"
        f"  errors: {sum(tally.errors.values())} {tally.errors or ''}\n"
        f"  CPU per request: server {cpu_ms(result.server_cpu, requests)}, client "
        f"{cpu_ms(client_cpu, requests)}; machine load average {os.getloadavg()[0]:.1f}\n"
        f"  goals (lookup p99 < 50 ms{', >= 300 lookups/s' if label == 'sqlite' else ''}, "
        f"no errors): {'met' if goals_met(result, label) else 'NOT met'}",
        flush=True,
    )


def goals_met(result: Result, label: str) -> bool:
    ok = not result.tally.errors and pct(result.tally.lookups, 0.99) < 50
    if label == "sqlite":
        ok = ok and len(result.tally.lookups) / result.elapsed >= 300
    return ok


def side_by_side(results: list[Result], args: argparse.Namespace) -> None:
    """The PostgreSQL runs, one row per worker count, with ratios to one worker."""
    base = results[0].requests / results[0].elapsed
    offered = f"{args.rate:.0f} req/s offered" if args.rate else "closed loop"
    print(
        f"\nPostgreSQL by worker count ({args.stations} stations, {offered}, "
        f"{args.duration:.0f} s each):"
    )
    print("workers  requests/s  vs 1  lookup p50  lookup p99  PUT p99  server CPU/req  errors")
    for r in results:
        rate = r.requests / r.elapsed
        print(
            f"{r.workers:>7}  {rate:>10.0f}  {rate / base:>4.2f}  "
            f"{pct(r.tally.lookups, 0.5):>8.1f} ms {pct(r.tally.lookups, 0.99):>8.1f} ms "
            f"{pct(r.tally.puts, 0.99):>6.1f} ms  {cpu_ms(r.server_cpu, r.requests):>14}  "
            f"{sum(r.tally.errors.values()):>6}"
        )
    print(f"machine: {os.cpu_count()} cores, load average now {os.getloadavg()[0]:.1f}")


def pg_database(base_url: str):
    """A fresh PostgreSQL database for one run; returns (url, drop)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = "ri_load_" + secrets.token_hex(4)
    engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return make_url(base_url).set(database=name).render_as_string(hide_password=False), drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per backend")
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--returns", type=int, default=5000)
    parser.add_argument("--put-every", type=int, default=10, help="1 inspection PUT per N ops")
    parser.add_argument(
        "--rate",
        type=float,
        default=360.0,
        help="requests/s offered by all stations together (0: each as fast as it can)",
    )
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg-url", default=os.environ.get("RI_TEST_PG_URL"))
    parser.add_argument(
        "--workers",
        default="1",
        help="PostgreSQL worker counts to measure one after another, e.g. 1,2,4",
    )
    args = parser.parse_args()
    worker_counts = [int(n) for n in args.workers.split(",")]
    ok = True
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="ri-load-db-") as tmp:
            ok &= goals_met(run(f"sqlite:///{tmp}/server.db", "sqlite", args), "sqlite")
    if args.backend in ("postgresql", "both"):
        if not args.pg_url:
            print("postgresql: skipped (no --pg-url or RI_TEST_PG_URL)")
            return 0 if ok else 1
        results = []
        for workers in worker_counts:
            url, drop = pg_database(args.pg_url)
            try:
                results.append(run(url, "postgresql", args, workers))
            finally:
                drop()
            ok &= goals_met(results[-1], "postgresql")
        if len(results) > 1:
            side_by_side(results, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
