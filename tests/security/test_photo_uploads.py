"""Photo uploads cannot fill the server's disk or memory (finding: any station or inspector
token could store unlimited 15 MiB photos no inspection references, never collected, each
held twice in memory), and a cut upload is a plain log line, not a traceback.

Each test failed on the server before these limits: uploads were unlimited, never refused
for disk space, held whole in memory (twice), never collected, and a cut body logged
"unhandled error" with a traceback. On SQLite and, with RI_TEST_PG_URL, PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import pytest
import requests
from live_server import LiveServer
from server.builders import image_bytes, make_payload, make_return, raw, sha
from server.conftest import build_server
from sqlalchemy import update

from inspector_app.server import admin
from inspector_app.server.db import Database
from inspector_app.server.models import Photo

from .uploads import RawUpload, begin_upload

URL = "/api/v1/photos/{}"
MIB = 1024 * 1024
WAIT_S = 90.0


def put(client, headers: dict[str, str], body: bytes):
    return client.put(
        URL.format(sha(body)), content=body, headers={**headers, "Content-Type": "image/jpeg"}
    )


def big_jpeg(size: int, seed: int) -> bytes:
    """`size` bytes behind a JPEG signature (the server checks the signature, not pixels)."""
    filler = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    return (b"\xff\xd8\xff\xe0" + filler)[:size]


@pytest.fixture
def limited(db_url, tmp_path):
    srv = build_server(
        db_url, tmp_path / "photos", photo_uploads_per_hour=3, photo_bytes_per_hour=10_000
    )
    with srv.client:
        yield srv
    srv.db.close()


def test_a_token_may_upload_so_many_photos_an_hour_then_429_until_the_next(limited):
    station = limited.auth("station")
    for seed in range(3):
        assert put(limited.client, station, image_bytes(seed)).status_code == 201
    refused = put(limited.client, station, image_bytes(3))
    assert refused.status_code == 429
    assert refused.json()["code"] == "upload_quota_exceeded"
    assert 0 < int(refused.headers["retry-after"]) <= 3601
    assert put(limited.client, station, image_bytes(0)).status_code == 200  # known: free
    assert put(limited.client, limited.auth("inspector"), image_bytes(3)).status_code == 201


def test_a_token_may_upload_so_many_bytes_an_hour(limited):
    station = limited.auth("station")
    assert put(limited.client, station, big_jpeg(6_000, 1)).status_code == 201
    refused = put(limited.client, station, big_jpeg(6_000, 2))
    assert refused.status_code == 429
    assert refused.json()["code"] == "upload_quota_exceeded"
    assert put(limited.client, station, big_jpeg(3_000, 3)).status_code == 201  # still fits


def test_the_hourly_budget_is_counted_in_the_database_for_every_worker(db_url, tmp_path):
    """Two app instances on one database, as two worker processes: they share the budget."""
    apps = [
        build_server(db_url, tmp_path / f"photos-{i}", photo_uploads_per_hour=3) for i in range(2)
    ]
    with apps[0].db.write() as session:  # one bench, one token, used on both workers
        token = admin.add_station(session, "bench-9").secret
    headers = {"Authorization": f"Bearer {token}"}
    try:
        statuses = [put(apps[i % 2].client, headers, image_bytes(i)).status_code for i in range(5)]
    finally:
        for app in apps:
            app.client.close()
            app.db.close()
    assert statuses == [201, 201, 201, 429, 429]


@pytest.mark.expect_log(
    "inspector_app.server.uploads", "^photo upload refused: disk short of space$"
)
def test_uploads_are_refused_below_the_free_space_floor(db_url, tmp_path, caplog):
    srv = build_server(db_url, tmp_path / "photos", min_free_bytes=2**62)
    with srv.client:
        body = image_bytes(7)
        answer = put(srv.client, srv.auth(), body)
        assert answer.status_code == 507
        assert answer.json()["code"] == "insufficient_storage"
        assert int(answer.headers["retry-after"]) > 0
        assert srv.client.head(URL.format(sha(body)), headers=srv.auth()).status_code == 404
    srv.db.close()
    assert any("short of space" in r.getMessage() for r in caplog.records)


def high_water_rss(pid: int) -> int:
    """The most resident memory the process has used so far, in bytes (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def test_an_upload_is_streamed_to_disk_not_held_in_memory(db_url, tmp_path):
    """Three 15 MiB uploads raise the server's peak memory by far less than one body:
    holding a body whole, let alone twice, would raise it by 15 to 30 MiB or more."""
    with LiveServer(tmp_path / "srv", db_url=db_url) as server:
        headers = {**server.headers(), "Content-Type": "image/jpeg"}
        warm = big_jpeg(2 * MIB, 0)  # threads, pools and buffers come to life once
        requests.put(f"{server.url}{URL.format(sha(warm))}", data=warm, headers=headers, timeout=60)
        before = high_water_rss(server.process.pid)
        for seed in range(1, 4):
            body = big_jpeg(15 * MIB - 1024, seed)
            answer = requests.put(
                f"{server.url}{URL.format(sha(body))}", data=body, headers=headers, timeout=120
            )
            assert answer.status_code == 201, answer.text
        grown = high_water_rss(server.process.pid) - before
    assert grown < 8 * MIB, f"peak memory grew by {grown / MIB:.1f} MiB"


@pytest.fixture
def narrow(db_url, tmp_path):
    """A live server receiving at most 2 uploads at once, 1 per token."""
    env = {"RI_SERVER_UPLOADS_AT_ONCE": "2", "RI_SERVER_UPLOADS_AT_ONCE_PER_TOKEN": "1"}
    with LiveServer(tmp_path / "srv", db_url=db_url, env=env) as server:
        yield server


def test_uploads_at_once_are_bounded_per_token_and_per_process(narrow):
    def upload(role: str, body: bytes) -> requests.Response:
        return requests.put(
            f"{narrow.url}{URL.format(sha(body))}",
            data=body,
            headers={**narrow.headers(role), "Content-Type": "image/jpeg"},
            timeout=60,
        )

    def trickle(role: str, seed: int) -> RawUpload:
        """An upload whose body trickles in: it holds its slot until finished."""
        return begin_upload(narrow, role, big_jpeg(MIB, seed), 1000)

    slow = trickle("station", 1)  # the station's one slot
    try:
        same_token = upload("station", image_bytes(1))
        assert same_token.status_code == 429
        assert same_token.json()["code"] == "too_many_uploads_at_once"
        assert int(same_token.headers["retry-after"]) > 0
        other = trickle("inspector", 2)  # the process's second and last slot
        full = upload("inspector", image_bytes(2))
        assert full.status_code == 503
        assert full.json()["code"] == "uploads_busy"
        assert other.finish() == 201
    finally:
        assert slow.finish() == 201
    assert upload("station", image_bytes(1)).status_code == 201  # slots are given back


def test_photos_no_inspection_references_are_collected_after_n_days(db_url, tmp_path):
    env = {
        "RI_SERVER_COLLECT_PHOTOS_AFTER_DAYS": "2",
        "RI_SERVER_JOB_EVERY": "photo-collector=0.3",
    }
    with LiveServer(tmp_path / "srv", db_url=db_url, env=env, returns=[make_return(1)]) as server:
        headers = {**server.headers(), "Content-Type": "image/jpeg"}
        orphan, fresh, evidence = image_bytes(1), image_bytes(2), image_bytes(3)
        for body in (orphan, fresh, evidence):
            url = f"{server.url}{URL.format(sha(body))}"
            assert requests.put(url, data=body, headers=headers, timeout=30).status_code == 201
        payload = make_payload("RET-00001", photos=(evidence,))
        sent = requests.put(
            f"{server.url}/api/v1/inspections/{payload.uuid}",
            data=raw(payload),
            headers={**server.headers(), "Content-Type": "application/json"},
            timeout=30,
        )
        assert sent.status_code == 201
        db = Database(server.config.db_url)
        three_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
        with db.write() as session:  # the orphan and the evidence arrived three days ago
            session.execute(
                update(Photo)
                .where(Photo.sha256.in_([sha(orphan), sha(evidence)]))
                .values(stored_at=three_days_ago)
            )
        deadline = time.monotonic() + WAIT_S
        while exists(server, orphan):
            assert time.monotonic() < deadline, "the orphan photo was never collected"
            time.sleep(0.2)
        assert exists(server, fresh)  # unreferenced, but younger than 2 days
        assert exists(server, evidence)  # old, but an inspection references it
        db.close()
    photos = server.workdir / "photos"
    assert not (photos / sha(orphan)[:2] / sha(orphan)[2:4] / sha(orphan)).exists()
    assert (photos / sha(evidence)[:2] / sha(evidence)[2:4] / sha(evidence)).exists()


def exists(server: LiveServer, body: bytes) -> bool:
    answer = requests.head(
        f"{server.url}{URL.format(sha(body))}", headers=server.headers(), timeout=30
    )
    return answer.status_code == 200


def test_a_cut_upload_is_one_plain_log_line_and_leaves_no_file(db_url, tmp_path):
    with LiveServer(tmp_path / "srv", db_url=db_url) as server:
        body = big_jpeg(200_000, 9)
        begin_upload(server, "station", body, 50_000).cut()
        deadline = time.monotonic() + WAIT_S
        while f'"path": "/api/v1/photos/{sha(body)}"' not in server.log_path.read_text():
            assert time.monotonic() < deadline, "the cut upload was never logged"
            time.sleep(0.1)  # the access line comes once the server gave up on the request
        log = server.log_path.read_text()
        assert "photo upload cut by the client" in log
        assert "Traceback" not in log
        complete = requests.put(
            f"{server.url}{URL.format(sha(body))}",
            data=body,
            headers={**server.headers(), "Content-Type": "image/jpeg"},
            timeout=30,
        )
        assert complete.status_code == 201  # the bench's retry goes through
    assert "Traceback" not in server.log_path.read_text()
    assert not list((server.workdir / "photos" / ".incoming").iterdir())
