"""Three server processes on one PostgreSQL: the single-process race guarantees still hold
when the racing requests land on different processes (tests/cluster.py), and
`serve --workers` needs PostgreSQL and says so."""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from cluster import Cluster, worker_pids
from live_server import PEOPLE, LiveServer
from s3_server import CREDENTIALS, PREFIX, S3Server
from security.uploads import begin_upload

from inspector_app.server.cli import main

from .builders import image_bytes, make_payload, make_return, raw, sha
from .feed_reader import FeedReader, import_versions

JSON = {"Content-Type": "application/json"}
postgres = pytest.mark.postgres


@pytest.fixture
def cluster(empty_pg_url, tmp_path):
    trio = Cluster(
        tmp_path / "srv", db_url=empty_pg_url, returns=[make_return(n) for n in range(1, 4)]
    )
    trio.start()
    yield trio
    trio.close()


@pytest.fixture(params=["directory", "s3"])
def photo_cluster(request, empty_pg_url, tmp_path, monkeypatch):
    """Three workers whose photos go to the shared directory, or to S3 (moto's server)."""
    if request.param == "directory":
        trio = Cluster(tmp_path / "srv", db_url=empty_pg_url).started()
        yield trio
        trio.close()
        return
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    with S3Server() as s3:
        trio = Cluster(tmp_path / "srv", db_url=empty_pg_url, env=s3.env).started()
        trio.s3 = s3
        yield trio
        trio.close()


def race(calls: list[Callable[[], requests.Response]]) -> list[requests.Response]:
    """Run `calls` at once (released together by a barrier); their answers."""
    answers: list[requests.Response] = []
    barrier = threading.Barrier(len(calls))

    def go(call: Callable[[], requests.Response]) -> None:
        barrier.wait()
        answers.append(call())

    threads = [threading.Thread(target=go, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def put_inspection(
    url: str, cluster: Cluster, payload, bench: dict[str, str] | None = None
) -> requests.Response:
    """PUT `payload` as the cluster's own bench, or as `bench` (the headers of its token)."""
    return requests.put(
        f"{url}/api/v1/inspections/{payload.uuid}",
        data=raw(payload),
        headers={**(bench or cluster.headers()), **JSON},
        timeout=60,
    )


def on_worker(cluster: Cluster, i: int) -> str:
    """The URL of worker i (round robin), so concurrent requests hit different processes."""
    return cluster.worker_urls[i % len(cluster.worker_urls)]


@postgres
def test_six_benches_on_three_workers_get_one_201_for_one_return(cluster):
    names = [f"race-bench-{i}" for i in range(6)]
    benches = [cluster.add_bench(name) for name in names]  # each acts only as itself
    payloads = [make_payload("RET-00002", station=name) for name in names]
    answers = race(
        [
            lambda i=i, p=p: put_inspection(on_worker(cluster, i), cluster, p, benches[i])
            for i, p in enumerate(payloads)
        ]
    )
    assert sorted(a.status_code for a in answers) == [201] + [409] * 5
    assert {a.json()["code"] for a in answers if a.status_code == 409} == {
        "return_already_inspected"
    }


@postgres
def test_one_uuid_sent_to_three_workers_at_once_is_stored_once(cluster):
    payload = make_payload("RET-00003")
    answers = race(
        [lambda i=i: put_inspection(on_worker(cluster, i), cluster, payload) for i in range(6)]
    )
    assert sorted(a.status_code for a in answers) == [200] * 5 + [201]


@postgres
def test_one_photo_sent_to_three_workers_at_once_is_stored_once(photo_cluster):
    cluster = photo_cluster
    body = image_bytes(5)
    benches = [cluster.add_bench(f"bench-{i}") for i in range(2, 8)]

    def upload(i: int) -> requests.Response:
        url = f"{on_worker(cluster, i)}/api/v1/photos/{sha(body)}"
        headers = {**benches[i], "Content-Type": "image/jpeg"}
        return requests.put(url, data=body, headers=headers, timeout=60)

    answers = race([lambda i=i: upload(i) for i in range(6)])
    assert sorted(a.status_code for a in answers) == [200] * 5 + [201]
    key = f"{sha(body)[:2]}/{sha(body)[2:4]}/{sha(body)}"
    if hasattr(cluster, "s3"):
        assert cluster.s3.keys() == [f"{PREFIX}/{key}"]
    else:
        assert (cluster.workdir / "photos" / key).read_bytes() == body
    for url in cluster.worker_urls:  # every worker serves it back
        got = requests.get(
            f"{url}/api/v1/photos/{sha(body)}", headers=cluster.headers("lead"), timeout=30
        )
        assert got.content == body


@postgres
def test_feed_paged_across_workers_never_skips_or_repeats_under_concurrent_writers(cluster):
    """Imports (in this process) and inspections (through each worker) change returns while
    a reader pages the feed with limit 5, each page from the next worker. The reader sees
    every change of every return, in order, each once, and ends at the database's state."""
    total, rounds = 30, 4
    errors: list[BaseException] = []

    def inspector(worker: int) -> None:
        try:
            for n in range(worker, total, 3):
                answer = put_inspection(
                    on_worker(cluster, worker), cluster, make_payload(f"RET-{n:05d}")
                )
                assert answer.status_code == 201, answer.text
        except BaseException as exc:
            errors.append(exc)

    writers = [
        threading.Thread(
            target=import_versions, args=(cluster.add_returns, range(o, total, 2), rounds, errors)
        )
        for o in (0, 1)
    ]
    writers += [threading.Thread(target=inspector, args=(w,)) for w in range(3)]
    pages = itertools.count()
    reader = FeedReader(
        lambda cursor: requests.get(
            f"{on_worker(cluster, next(pages))}/api/v1/returns",
            params={"changed_since": cursor, "limit": 5},
            headers=cluster.headers(),
            timeout=30,
        ).json(),
        lambda item: (item["reason_detail"], item["inspected"]),
    )
    seen = reader.follow(writers)
    assert not errors
    assert len(seen) == total
    for versions in seen.values():
        assert versions == sorted(versions), versions  # in write order (inspected only rises)
        assert len(versions) == len(set(versions)), versions  # never one change twice
        assert versions[-1] == (f"v{rounds - 1}", True)  # the final state reached the reader


@postgres
def test_lead_sign_in_throttle_counts_failures_made_on_every_worker(cluster):
    """Wrong PINs spread over the three workers add up: the sixth attempt is refused with
    429 by whichever worker gets it, the right PIN included."""
    _, badge, pin = PEOPLE["lead"]
    lead = {"badge": badge, "pin": pin}
    for i, guess in enumerate(("000000", "111111", "222222", "333333", "555555")):
        answer = requests.post(
            f"{on_worker(cluster, i)}/api/v1/lead/sessions",
            json={**lead, "pin": guess},
            headers=cluster.headers("station"),
            timeout=30,
        )
        assert answer.status_code == 403, answer.text
    for url in cluster.worker_urls:
        blocked = requests.post(
            f"{url}/api/v1/lead/sessions", json=lead, headers=cluster.headers(), timeout=30
        )
        assert blocked.status_code == 429, blocked.text


def test_more_than_one_worker_on_sqlite_is_refused_clearly(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "serve", "--workers", "2", "--port", "0"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--workers 2 needs PostgreSQL" in err
    assert "postgresql+psycopg://" in err


def test_a_second_server_on_one_sqlite_file_is_refused(tmp_path, capsys):
    with LiveServer(tmp_path / "srv"):
        code = main(["--data-dir", str(tmp_path / "srv"), "serve", "--port", "0"])
    assert code == 2
    assert "already serving" in capsys.readouterr().err


@postgres
def test_serve_with_three_workers_replaces_a_killed_one_and_stops_gracefully(
    empty_pg_url, tmp_path
):
    server = LiveServer(
        tmp_path / "srv",
        db_url=empty_pg_url,
        returns=[make_return(1)],
        serve_args=["--workers", "3"],
    )
    with server:
        first = wait_for_workers(server, 3)
        answered = {lookup(server).status_code for _ in range(12)}
        assert answered == {200}  # whichever worker took each connection
        os.kill(first[1], signal.SIGKILL)
        replaced = wait_for_workers(server, 3, without=first[1])
        assert first[1] not in replaced
        assert {lookup(server).status_code for _ in range(12)} == {200}
        server.stop()  # SIGTERM: the supervisor stops its workers, each finishing its requests
        for pid in replaced:
            assert not Path(f"/proc/{pid}").exists()
    assert "Traceback" not in server.log_path.read_text()


@postgres
def test_sigterm_to_three_workers_lets_their_uploads_in_flight_finish(empty_pg_url, tmp_path):
    """Three uploads are half received when `serve --workers 3` is told to stop: every worker
    begins its shutdown, and each upload still completes with 201 and is kept."""
    server = LiveServer(tmp_path / "srv", db_url=empty_pg_url, serve_args=["--workers", "3"])
    bodies = [image_bytes(n) + bytes(200_000) for n in range(3)]
    with server:
        workers = wait_for_workers(server, 3)
        uploads = [begin_upload(server, "station", body, 100_000) for body in bodies]
        stopping = threading.Thread(target=server.stop)
        stopping.start()
        deadline = time.monotonic() + 60
        while shutting_down(server) != set(workers):
            assert time.monotonic() < deadline, f"shutting down: {shutting_down(server)}"
            time.sleep(0.05)
        assert [upload.finish() for upload in uploads] == [201] * 3
        stopping.join(60)
        assert not stopping.is_alive()
        assert server.process.returncode in (0, -signal.SIGTERM)
        server.start()  # the same database and photo directory: all three were kept
        for body in bodies:
            kept = requests.get(
                f"{server.url}/api/v1/photos/{sha(body)}",
                headers=server.headers("lead"),
                timeout=30,
            )
            assert kept.content == body
    assert "Traceback" not in server.log_path.read_text()


def shutting_down(server: LiveServer) -> set[int]:
    """The worker pids that have logged the start of their graceful shutdown."""
    lines = server.log_path.read_text(encoding="utf-8").splitlines()
    return {
        entry["pid"]
        for entry in map(json.loads, (line for line in lines if line.startswith("{")))
        if entry.get("msg") == "Shutting down"
    }


def lookup(server: LiveServer) -> requests.Response:
    return requests.get(
        f"{server.url}/api/v1/returns/lookup",
        params={"code": "RMA-00001"},
        headers=server.headers(),
        timeout=30,
    )


def wait_for_workers(server: LiveServer, count: int, without: int = 0) -> list[int]:
    """The pids of the supervisor's `count` workers once they are all up (and `without` gone)."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        pids = worker_pids(server.process.pid)
        if len(pids) == count and without not in pids:
            return pids
        time.sleep(0.2)
    raise AssertionError(f"workers now: {worker_pids(server.process.pid)}")
