"""Kill -9 during finalize, 50 times: every inspection is complete or absent, never partial.

A forked child works like a bench on fast forward (resume drafts, start, answer, photograph,
finalize, next) and reports through a pipe when it is about to finalize and when a finalize
returned. The parent kills it with SIGKILL at a random moment (paced by those reports, so
the test exercises the same on a fast or a loaded machine: half the kills land within a few
milliseconds of a finalize starting), then checks the database and the photo folder directly:
every final inspection has its frozen payload, its outbox entry, its photo rows and files
matching the payload; every photo row has its file; every finalize the child saw return is
there. At the end the station opens cleanly and resumes the drafts the kills left.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import random
import select
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from inspector_app.domain.demo import demo_batch
from inspector_app.station import Draft, Station
from inspector_app.wire import InspectionPayload

from .support import TODAY, fill_checklist, phones, verdict_for

ROUNDS = int(os.environ.get("RI_CRASH_ROUNDS", "50"))
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(240),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL (POSIX)"),
]


def _bench(data_dir: str, return_ids: list[str], report_fd: int) -> None:
    """The child: finalize inspections until killed; write each finalized UUID to the pipe."""
    station = Station.open(Path(data_dir))
    for draft in station.drafts():
        fill_checklist(draft)
        _finalize(station, draft, report_fd)
    busy = {d.ret.id for d in station.drafts()}
    for return_id in return_ids:
        if return_id in busy or station.inspections.final_for_return(return_id):
            continue
        draft = station.start_inspection(return_id, inspector="crash-bench")
        fill_checklist(draft)
        _finalize(station, draft, report_fd)
    station.close()
    os._exit(0)


def _finalize(station: Station, draft: Draft, report_fd: int) -> None:
    os.write(report_fd, b"P\n")
    station.finalize(draft, verdict_for(draft))
    os.write(report_fd, f"F {draft.uuid}\n".encode())


class _Reports:
    """The parent's end of the pipe: waits for the child's progress reports."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.finalized: set[str] = set()

    def wait_for(self, kind: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            lines = self.buffer.split(b"\n")
            for i, line in enumerate(lines[:-1]):
                self._note(line)
                if line.startswith(kind):
                    self.buffer = b"\n".join(lines[i + 1 :])
                    return
            self.buffer = lines[-1]
            left = deadline - time.monotonic()
            assert left > 0, f"no {kind!r} report from the child within {timeout} s"
            if select.select([self.fd], [], [], left)[0]:
                chunk = os.read(self.fd, 65536)
                assert chunk, "the child stopped reporting"
                self.buffer = self.buffer + chunk if self.buffer else chunk

    def drain(self) -> None:
        while chunk := os.read(self.fd, 65536):
            self.buffer += chunk
        for line in self.buffer.split(b"\n"):
            self._note(line)
        os.close(self.fd)

    def _note(self, line: bytes) -> None:
        if line.startswith(b"F "):
            self.finalized.add(line[2:].decode())


def _photo_ok(photos_dir: Path, sha: str) -> bool:
    path = photos_dir / sha[:2] / f"{sha}.jpg"
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha


def _check(data_dir: Path, confirmed: set[str]) -> int:
    """Assert the invariants; return how many inspections are final."""
    photos_dir = data_dir / "photos"
    conn = sqlite3.connect(data_dir / "station.sqlite3")
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        finals = conn.execute(
            "SELECT i.uuid, i.payload, o.state FROM inspections i "
            "LEFT JOIN outbox o ON o.inspection_uuid = i.uuid WHERE i.state = 'final'"
        ).fetchall()
        for uuid, payload, outbox_state in finals:
            assert payload, f"{uuid}: final without payload"
            assert outbox_state == "pending", f"{uuid}: final without outbox entry"
            parsed = InspectionPayload.model_validate_json(payload)
            assert str(parsed.uuid) == uuid
            rows = set(
                conn.execute(
                    "SELECT item, sha256 FROM photos WHERE inspection_uuid = ?", (uuid,)
                ).fetchall()
            )
            assert rows == {(p.item, p.sha256) for p in parsed.photos}, uuid
            assert json.loads(payload)["answers"], uuid
        for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM photos"):
            assert _photo_ok(photos_dir, sha), f"photo row without its file: {sha}"
        orphans = conn.execute(
            "SELECT count(*) FROM outbox o LEFT JOIN inspections i "
            "ON i.uuid = o.inspection_uuid WHERE i.state IS NOT 'final'"
        ).fetchone()[0]
        assert orphans == 0
        final_uuids = {u for u, _, _ in finals}
    finally:
        conn.close()
    assert confirmed <= final_uuids, "a finalize that returned is missing after the kill"
    return len(final_uuids)


def test_sigkill_never_leaves_a_partial_inspection(data_dir: Path) -> None:
    batch = demo_batch(2500, TODAY, seed=21)
    with Station.open(data_dir) as station:
        station.returns.upsert(batch.returns)
        stored = station.templates.latest_for("smartphone")
        station.template(stored.id, stored.version)  # parsed once, inherited by the children
    return_ids = [r.id for r in phones(batch)]
    rng = random.Random(2026)
    ctx = multiprocessing.get_context("fork")
    confirmed: set[str] = set()
    finals = 0
    started = time.monotonic()
    for _ in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        child = ctx.Process(target=_bench, args=(str(data_dir), return_ids, write_fd))
        child.start()
        os.close(write_fd)
        reports = _Reports(read_fd)
        for _ in range(rng.randint(0, 1)):
            reports.wait_for(b"F ")
        if rng.random() < 0.5:
            reports.wait_for(b"P")
            time.sleep(rng.uniform(0, 0.01))  # inside finalize, or just after it
        else:
            time.sleep(rng.uniform(0, 0.15))  # anywhere: answering, photographing, starting
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        reports.drain()
        confirmed |= reports.finalized
        assert child.exitcode == -signal.SIGKILL, "the child finished before it was killed"
        finals = _check(data_dir, confirmed)
    assert finals >= ROUNDS // 5, f"only {finals} inspections finalized: too little exercised"

    with Station.open(data_dir) as station:  # opens cleanly; the last draft resumes
        drafts = station.drafts()
        assert len(drafts) <= 1
        for draft in drafts:
            fill_checklist(draft)
            station.finalize(draft, verdict_for(draft))
        assert station.pending().pending == finals + len(drafts)
    print(f"{ROUNDS} kills, {finals} finals, {time.monotonic() - started:.1f} s")
