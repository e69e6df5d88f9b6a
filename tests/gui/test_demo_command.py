"""`inspector-app demo` (what `make run` starts): its server and camera are real and agree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2
import requests

from inspector_app.cli import build_parser
from inspector_app.commands.gui import demo_camera, start_demo_server
from inspector_app.domain.demo import demo_returns
from inspector_app.scanning import decode


def test_demo_is_a_subcommand() -> None:
    args = build_parser().parse_args(["demo", "--keep"])
    assert args.handler.__name__ == "run_demo"


def test_demo_camera_shows_labels_the_demo_server_knows(tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).date()
    video = demo_camera(tmp_path / "cache", today, count=2)
    capture = cv2.VideoCapture(str(video))
    texts: set[str] = set()
    index = 0
    ok, frame = capture.read()
    while ok:
        if index % 10 == 0:  # labels stay up for seconds; every 10th frame is plenty
            texts.update(d.text for d in decode(frame, budget_ms=None))
        index += 1
        ok, frame = capture.read()
    capture.release()
    known = {code for r in demo_returns(60, today, 7)[:2] for code in r.codes()}
    assert texts & known

    server = start_demo_server(tmp_path / "server")
    try:
        code = sorted(texts & known)[0]
        got = requests.get(
            f"{server.url}/api/v1/returns/lookup",
            params={"code": code},
            headers={"Authorization": f"Bearer {server.tokens['station']}"},
            timeout=10,
        )
        assert got.status_code == 200
    finally:
        server.stop()
