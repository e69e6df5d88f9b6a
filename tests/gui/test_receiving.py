"""The receiving mode on the real window: F7 (or the button) turns it on and the page shows
it; each scan, by handheld scanner or camera, records the parcel as received at once with
the found sound, opens no card, and the receipt reaches the real server; a second scan says
when the first was; an unknown code says so; Esc goes back to inspecting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.gui.main_window import CARD, SCAN
from inspector_app.server.db import Database as ServerDatabase
from inspector_app.server.models import ReturnRow
from inspector_app.storage.queued import QueueState

from .conftest import label_video


def waiting_parcel(demo: Any) -> Any:
    """A demo return nobody received yet (the others arrived before the demo's day)."""
    return next(r for r in demo.batch.returns if r.received_at is None)


def server_received_at(live_server: Any, return_id: str) -> Any:
    db = ServerDatabase(live_server.config.db_url)
    try:
        with db.read() as session:
            return session.get(ReturnRow, return_id).received_at
    finally:
        db.close()


def test_handheld_scans_receive_parcels_and_esc_stops(
    online_bench: Any, demo: Any, live_server: Any, qtbot: Any
) -> None:
    bench, drive, window = online_bench, online_bench.driver, online_bench.window
    page = window.scan_page
    bench.app.scans.stop()
    drive.sign_in()
    played: list[str] = []
    bench.app.feedback.played.connect(played.append)
    assert not page.ui.receivingBanner.isVisible()

    QTest.keyClick(window, Qt.Key.Key_F7)
    assert page.receiving
    assert page.ui.receivingBanner.isVisible()
    assert "Esc to stop" in page.ui.receivingBanner.text()
    assert page.ui.title.text() == "Receive parcels"
    assert page.ui.receivingButton.isChecked()

    parcel = waiting_parcel(demo)
    drive.scanner_burst(parcel.tracking_numbers[0], page.ui.code)
    qtbot.waitUntil(lambda: "Received " in page.ui.message.text(), timeout=15000)
    shown = page.ui.message.text()
    assert f"Received {parcel.rma} ({parcel.customer_name})" in shown
    assert "put it on the shelf" in shown
    assert played[-1] == "found"
    assert window.current_page() == SCAN and page.receiving, "no card, still receiving"
    receipt = bench.station.receipts.get(parcel.id)
    assert receipt is not None
    assert [m.step for m in bench.station.messages_of(parcel.id)] == ["received"]

    drive.scanner_burst(parcel.rma, page.ui.code)
    qtbot.waitUntil(lambda: "already received at" in page.ui.message.text(), timeout=15000)
    when = receipt.received_at.astimezone().strftime("%H:%M")
    assert re.search(rf"already received at {when}\b", page.ui.message.text())
    assert played[-1] == "not_found"
    assert [m.step for m in bench.station.messages_of(parcel.id)] == ["received"], "once"

    drive.scanner_burst("1Z9999999999999999", page.ui.code)
    qtbot.waitUntil(lambda: "No return found" in page.ui.message.text(), timeout=15000)
    assert window.current_page() == SCAN

    earlier = demo.parcel  # received before the demo's day, by the returns file
    drive.scanner_burst(earlier.rma, page.ui.code)
    qtbot.waitUntil(lambda: "already received on" in page.ui.message.text(), timeout=15000)
    assert bench.station.receipts.get(earlier.id) is None

    # The receipt reaches the server by itself (the sync worker was woken by the scan).
    qtbot.waitUntil(
        lambda: bench.station.receipts.get(parcel.id).state is QueueState.SENT, timeout=30000
    )
    assert server_received_at(live_server, parcel.id) is not None

    QTest.keyClick(page.ui.code, Qt.Key.Key_Escape)
    assert not page.receiving
    assert not page.ui.receivingBanner.isVisible()
    assert page.ui.title.text() == "Scan a parcel"
    drive.scanner_burst(parcel.rma, page.ui.code)
    drive.wait_card()
    assert window.current_page() == CARD


def test_the_camera_receives_once_while_the_label_stays_in_view(
    online_bench: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    bench, drive, window = online_bench, online_bench.driver, online_bench.window
    page = window.scan_page
    parcel = waiting_parcel(demo)
    bench.app.scans.stop()
    video = label_video(tmp_path / "waiting.avi", parcel)
    bench.app.settings.set("camera.source", str(video), "cli")
    drive.sign_in()
    QTest.mouseClick(page.ui.receivingButton, Qt.MouseButton.LeftButton)
    assert page.receiving
    bench.app.start_camera()
    qtbot.waitUntil(lambda: "Received " in page.ui.message.text(), timeout=60000)
    assert parcel.rma in page.ui.message.text()
    # The video shows the label again and again: the parcel just received stays quiet.
    bench.wait_label_in_view(qtbot, frames=40)
    assert "already received" not in page.ui.message.text()
    assert window.current_page() == SCAN
    assert bench.station.receipts.get(parcel.id) is not None
