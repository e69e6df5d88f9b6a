"""The known week on a real server subprocess (tests/live_server.py), seeded over HTTP."""

from __future__ import annotations

from pathlib import Path

import requests
from live_server import LiveServer

from inspector_app.server.db import Database

from .seed import Week, seed_week


def seeded_live_server(workdir: Path, db_url: str | None = None) -> tuple[LiveServer, Week]:
    server = LiveServer(workdir, db_url=db_url)
    server.start()
    http = requests.Session()

    def put(path: str, body: bytes, headers: dict[str, str]) -> int:
        return http.put(server.url + path, data=body, headers=headers, timeout=30).status_code

    def post(path: str, body: bytes, headers: dict[str, str]) -> int:
        return http.post(server.url + path, data=body, headers=headers, timeout=30).status_code

    db = Database(server.config.db_url)
    try:
        week = seed_week(db, put, post, server.tokens["station"])
    finally:
        db.close()
        http.close()
    return server, week
