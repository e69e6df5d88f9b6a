"""The real server process under races and kill -9: one verdict per return, nothing lost."""

from __future__ import annotations

import threading

import pytest
import requests
from live_server import LiveServer

from .builders import image_bytes, make_payload, make_return, raw, sha

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def live(db_url, tmp_path):
    server = LiveServer(
        tmp_path / "srv", returns=[make_return(n) for n in range(1, 4)], db_url=db_url
    )
    server.start()
    yield server
    server.close()


def put(server: LiveServer, payload, bench: dict[str, str] | None = None) -> requests.Response:
    return requests.put(
        f"{server.url}/api/v1/inspections/{payload.uuid}",
        data=raw(payload),
        headers={**(bench or server.headers()), **JSON},
        timeout=30,
    )


def test_racing_benches_get_one_201_and_409s_for_the_same_return(live):
    benches = {
        name: {"Authorization": f"Bearer {live.add_station(name)}"}
        for name in (f"bench-r{i}" for i in range(6))
    }
    payloads = [make_payload("RET-00002", station=name) for name in benches]
    answers: list[requests.Response] = []
    barrier = threading.Barrier(len(payloads))

    def race(payload) -> None:
        barrier.wait()
        answers.append(put(live, payload, benches[payload.station]))

    threads = [threading.Thread(target=race, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201] + [409] * 5
    assert {a.json()["code"] for a in answers if a.status_code == 409} == {
        "return_already_inspected"
    }


def test_same_uuid_sent_twice_at_once_is_stored_once(live):
    payload = make_payload("RET-00003")
    answers: list[int] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        barrier.wait()
        answers.append(put(live, payload).status_code)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [200, 200, 200, 201]


def test_same_photo_uploaded_at_once_is_stored_once(live):
    """Six benches (each its own token: one token has at most 4 uploads at once)."""
    body = image_bytes(5)
    statuses: list[int] = []
    barrier = threading.Barrier(6)

    def upload(bench: dict[str, str]) -> None:
        barrier.wait()
        answer = requests.put(
            f"{live.url}/api/v1/photos/{sha(body)}",
            data=body,
            headers={**bench, "Content-Type": "image/jpeg"},
            timeout=30,
        )
        statuses.append(answer.status_code)

    benches = [live.add_bench(f"bench-{i}") for i in range(2, 8)]
    threads = [threading.Thread(target=upload, args=(bench,)) for bench in benches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] * 5 + [201]
    stored = live.workdir / "photos" / sha(body)[:2] / sha(body)[2:4] / sha(body)
    assert stored.read_bytes() == body


def test_acknowledged_inspection_survives_kill_9(live):
    payload = make_payload("RET-00001")
    assert put(live, payload).status_code == 201
    live.kill()  # SIGKILL right after the acknowledgement
    live.start()
    again = put(live, payload)
    assert again.status_code == 200
    assert again.json()["status"] == "replayed"
    found = requests.get(
        f"{live.url}/api/v1/returns/lookup",
        params={"code": "RMA-00001"},
        headers=live.headers(),
        timeout=10,
    )
    assert found.json()["inspected"] is True
