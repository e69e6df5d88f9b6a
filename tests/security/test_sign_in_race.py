"""Wrong PINs sent all at once are counted as strictly as one after another: the throttle is
one atomic statement in the database, so several requests (or several server processes)
cannot each read "4 failures so far" and all try their guess."""

from __future__ import annotations

import threading
from pathlib import Path

import requests
from live_server import LiveServer

GUESSES = 12


def test_parallel_guesses_get_five_tries_not_twelve(db_url: str, tmp_path: Path):
    server = LiveServer(tmp_path / "server", db_url=db_url)
    server.start()
    try:
        url = f"{server.url}/api/v1/lead/sessions"
        start = threading.Barrier(GUESSES)
        statuses: list[int] = []

        def guess(n: int) -> None:
            start.wait()
            answer = requests.post(
                url,
                json={"badge": "lead-0001", "pin": f"{n:06d}"},
                headers=server.headers("station"),
                timeout=60,
            )
            statuses.append(answer.status_code)

        threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(statuses) == [403] * 5 + [429] * (GUESSES - 5), statuses
    finally:
        server.close()
