"""Lead review on a realistic month: one day with 5,000 inspections, and a 30-day range
holding 100,000 answers (10,000 inspections of 10 answers), on SQLite and PostgreSQL.

Data goes in through the server's own submission code (inspections.submit, in batches of
one transaction), then every lead endpoint is timed through the real ASGI app (validation,
queries, figures, JSON), median of several runs. Goal: every call under 1 s of wall time.
The CPU time of this process is printed beside it: on a shared machine the wall time also
holds time spent waiting for a core (and PostgreSQL's own work is in another process).

    .venv/bin/python -m benchmarks.lead_report            # SQLite, plus PostgreSQL if reachable
    RI_BENCH_PG_URL=postgresql+psycopg://u:pw@host/db .venv/bin/python -m benchmarks.lead_report
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason
from inspector_app.server import admin
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.inspections import submit
from inspector_app.server.models import Station
from inspector_app.server.tokens import Principal
from inspector_app.wire import InspectionPayload

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

DAY = dt.date(2026, 11, 26)
DAY_INSPECTIONS = 5_000
MONTH_INSPECTIONS = 10_000
ANSWERS = 10
WAITING = 800
STATIONS = 12
RUNS = 7
GOAL_S = 1.0
DEFAULT_PG = "postgresql+psycopg://inspector:inspector@127.0.0.1:5432/postgres"
MODELS = [f"Model {i:02d}" for i in range(40)]
REASONS = list(ReturnReason)
OUTCOMES = [
    ("accept_full_refund", "very_good", "restock"),
    ("partial_refund", "fair", "refurbish"),
    ("refuse_send_back", None, "return_to_supplier"),
    ("repair", "good", "repair"),
]
FLAGS = (
    [],
    [],
    [],
    [],
    ["imei_mismatch"],
    ["liquid_damage"],
    ["customer_damage"],
    [],
    ["no_fault_found"],
    [],
)


def _return(n: int, received: dt.date | None) -> Return:
    return Return(
        id=f"BR-{n:06d}",
        rma=f"RMA-B{n:06d}",
        order_id=f"ORD-B{n:06d}",
        product=Product(
            category=ProductCategory.SMARTPHONE, model=MODELS[n % len(MODELS)], serial=f"BS{n:08d}"
        ),
        reason=REASONS[n % len(REASONS)],
        ordered_at=dt.date(2026, 9, 1),
        delivered_at=dt.date(2026, 9, 5),
        requested_at=dt.date(2026, 9, 20),
        received_at=received,
        price=Decimal("250.00"),
        tracking_numbers=(f"1ZB{n:012d}",),
    )


def _payload(n: int, finalized: dt.datetime) -> InspectionPayload:
    outcome, grade, disposition = OUTCOMES[n % len(OUTCOMES)]
    verdict: dict = {"outcome": outcome, "grade": grade, "disposition": disposition}
    if outcome == "partial_refund":
        verdict["refund_amount"] = "40.00"
    if n % 11 == 0:
        verdict["override_reason"] = f"Lead decision {n}"
    return InspectionPayload.model_validate(
        {
            "uuid": uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{n}"),
            "return_id": f"BR-{n:06d}",
            "station": f"bench-{n % STATIONS:02d}",
            "inspector": f"insp-{n % 30:02d}",
            "template": {"id": "smartphone", "version": 1},
            "started_at": finalized - dt.timedelta(seconds=180 + n % 400),
            "finalized_at": finalized,
            "answers": [{"item": f"item_{k}", "value": (n + k) % 3 == 0} for k in range(ANSWERS)],
            "flags": FLAGS[n % len(FLAGS)],
            "verdict": verdict,
        }
    )


def _moment(n: int) -> dt.datetime:
    """Inspection n's finalize time: the first DAY_INSPECTIONS on DAY, the rest spread back."""
    if n < DAY_INSPECTIONS:
        day, second = DAY, 6 * 3600 + (n * 7) % (14 * 3600)
    else:
        day, second = DAY - dt.timedelta(days=1 + n % 29), 7 * 3600 + (n * 13) % (10 * 3600)
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) + dt.timedelta(seconds=second)


def seed(db: Database, config: ServerConfig) -> str:
    """Load the month; returns a lead token."""
    with db.write() as session:
        for s in range(STATIONS):
            admin.add_station(session, f"bench-{s:02d}")
        lead = admin.add_person(session, "Bench Lead", "lead", badge="lead-bench").secret
        admin.import_returns(session, [_return(n, None) for n in range(MONTH_INSPECTIONS)])
        admin.import_returns(
            session,
            [
                _return(MONTH_INSPECTIONS + w, DAY - dt.timedelta(days=w % 20))
                for w in range(WAITING)
            ],
        )
    principal = Principal(token_id="tok_bench", role="station", station="bench-00", badge=None)
    batch = 500
    for start in range(0, MONTH_INSPECTIONS, batch):
        with db.write() as session:
            for n in range(start, min(start + batch, MONTH_INSPECTIONS)):
                payload = _payload(n, _moment(n))
                submit(session, payload, payload.model_dump_json().encode(), principal, config)
    with db.write() as session:  # what each bench's heartbeat would have stored
        for s in range(STATIONS):
            row = session.get(Station, f"bench-{s:02d}")
            row.seen_at = dt.datetime.now(dt.UTC)
            row.version, row.pending, row.needs_attention = "1.0", s, s % 2
    return lead


CALLS = {
    "report, one day (5,000 inspections)": (
        "/api/v1/lead/report",
        {"date_from": DAY, "date_to": DAY},
    ),
    "report, 30 days (100,000 answers)": (
        "/api/v1/lead/report",
        {"date_from": DAY - dt.timedelta(days=29), "date_to": DAY},
    ),
    "review list, one day, first 200": ("/api/v1/lead/review", {"date_from": DAY, "date_to": DAY}),
    "recurring issues, 30 days": ("/api/v1/lead/recurring", {"date_to": DAY}),
    "waiting list, first 200": ("/api/v1/lead/waiting", {"as_of": DAY}),
}


def measure(label: str, url: str, workdir: Path) -> list[tuple[str, float]]:
    config = ServerConfig(db_url=url, photo_dir=workdir / "photos")
    db = Database(url)
    db.migrate()
    started = time.monotonic()
    token = seed(db, config)
    print(
        f"[{label}] seeded {MONTH_INSPECTIONS:,} inspections x {ANSWERS} answers "
        f"in {time.monotonic() - started:.0f} s"
    )
    client = TestClient(create_app(config, db=db, migrate=False))
    headers = {"Authorization": f"Bearer {token}"}
    results = []
    with client:
        for name, (path, params) in CALLS.items():
            times, cpu = [], []
            for _ in range(RUNS):
                t0, c0 = time.perf_counter(), time.process_time()
                answer = client.get(path, params=params, headers=headers)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                assert answer.status_code == 200, answer.text
            body = answer.json()
            check = body.get("inspected", body.get("total"))
            median = statistics.median(times)
            results.append((name, median))
            print(
                f"[{label}] {name}: median {median * 1000:7.1f} ms wall, "
                f"{statistics.median(cpu) * 1000:6.1f} ms CPU in this process, over {RUNS} "
                f"runs (goal {GOAL_S * 1000:.0f} ms wall: {median / GOAL_S:.2f} of it; "
                f"figure={check})"
            )
    db.close()
    return results


def _pg_base() -> str | None:
    url = os.environ.get("RI_BENCH_PG_URL") or os.environ.get("RI_TEST_PG_URL") or DEFAULT_PG
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure means: no PostgreSQL to use
        print(f"PostgreSQL not reachable ({exc.__class__.__name__}); SQLite only")
        return None
    return url


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lead-bench-") as tmp:
        workdir = Path(tmp)
        results = {"SQLite": measure("SQLite", f"sqlite:///{workdir / 'server.db'}", workdir)}
        base = _pg_base()
        if base:
            name = "ri_bench_" + secrets.token_hex(4)
            admin_engine = create_engine(base, isolation_level="AUTOCOMMIT")
            with admin_engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            try:
                url = make_url(base).set(database=name).render_as_string(hide_password=False)
                results["PostgreSQL"] = measure("PostgreSQL", url, workdir / "pg")
            finally:
                with admin_engine.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin_engine.dispose()
    worst = max(m for rows in results.values() for _, m in rows)
    print(
        f"slowest call: {worst * 1000:.1f} ms; goal {GOAL_S * 1000:.0f} ms: "
        f"{'met' if worst < GOAL_S else 'NOT met'}"
    )
    return 0 if worst < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
