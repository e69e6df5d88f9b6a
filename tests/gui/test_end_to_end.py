"""The bench flow end to end, on the real window, the real camera path (a video file read by
OpenCV) and the real server over loopback."""

from __future__ import annotations

import json
from typing import Any

import requests
from sqlalchemy import select

from inspector_app.gui.main_window import CARD, CHECKLIST
from inspector_app.server.db import Database
from inspector_app.server.models import Inspection


def server_inspection(live_server: Any, uuid: str) -> dict | None:
    """The inspection as the server stored it (its exact request body), or None."""
    db = Database(live_server.config.db_url)
    try:
        with db.read() as session:
            row = session.scalars(select(Inspection).where(Inspection.uuid == uuid)).first()
            return json.loads(row.raw) if row is not None else None
    finally:
        db.close()


def test_camera_scan_to_server(online_bench: Any, live_server: Any, demo: Any, qtbot: Any) -> None:
    bench, drive = online_bench, online_bench.driver
    drive.sign_in()
    # The camera video shows the parcel's label: the return card appears by itself.
    drive.wait_card(timeout=30000)
    card = bench.window.card.ui
    assert demo.parcel.rma in card.rmaValue.text()
    assert card.eligibility.text().startswith("Eligible")
    drive.start_inspection()
    # A conditional item: activation_lock only shows once the phone powers on.
    assert "activation_lock" not in bench.window.checklist._widgets
    drive.complete_smartphone(demo.batch.device_codes[demo.parcel.id])
    uuid = drive.finalize()
    assert "Ready for the next parcel" in bench.window.scan_page.ui.message.text()

    qtbot.waitUntil(lambda: server_inspection(live_server, uuid) is not None, timeout=30000)
    stored = server_inspection(live_server, uuid)
    answers = {a["item"]: a["value"] for a in stored["answers"]}
    # The message previewed on the verdict screen travels with the inspection.
    message = stored["customer_message"]
    assert message["subject"]
    assert message["body"] == bench.window.verdict.message.body.toPlainText()
    assert answers["activation_lock"] is False
    assert answers["screen_condition"] == "cracked"
    photos = stored["photos"]
    assert sorted(p["item"] for p in photos) == ["overview"] * 2 + ["screen_condition"] * 2
    for photo in photos:
        got = requests.get(
            f"{live_server.url}/api/v1/photos/{photo['sha256']}",
            headers=live_server.headers("lead"),
            timeout=10,
        )
        assert got.status_code == 200
        assert got.content[:3] == b"\xff\xd8\xff"
    qtbot.waitUntil(lambda: bench.window.status.pending.text() == "Everything sent", timeout=20000)


def test_a_camera_read_queued_behind_start_leaves_the_checklist_open(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    bench, drive, window = online_bench, online_bench.driver, online_bench.window
    bench.app.scans.stop()  # only the camera read this test makes
    drive.sign_in()
    drive.type_code(demo.parcel.rma)
    drive.wait_card()
    window.card.ui.startButton.click()
    # The camera reads the label on the bench again while the station opens the checklist:
    # its lookup runs after "Start" on the station's one worker and answers after it.
    window.handle_scan([demo.parcel.rma], "camera")
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST and not window.bridge.pending())
    assert window.session.draft is not None


def test_wrong_code_says_not_found(online_bench: Any, qtbot: Any) -> None:
    drive = online_bench.driver
    drive.sign_in()
    played: list[str] = []
    online_bench.app.feedback.played.connect(played.append)
    drive.type_code("1Z9999999999999999")
    qtbot.waitUntil(lambda: "No return found" in online_bench.window.scan_page.ui.message.text())
    assert played[-1] == "not_found"
    assert online_bench.window.current_page() not in (CARD, CHECKLIST)
