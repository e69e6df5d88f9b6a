"""The inspector who finalizes is the one signed in, through the real window: a draft
started by one inspector, left at sign-out and resumed by another, reaches the live server
under the second one's badge with the first one's as `started_by`, and the card of the
return says both."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.gui.main_window import CHECKLIST, SCAN
from inspector_app.station import OutboxState

from .conftest import bench_settings
from .test_end_to_end import server_inspection

OTHER, OTHER_PIN = "badge-0077", "5678"


def test_a_draft_resumed_by_another_inspector_is_finalized_under_their_badge(
    live_server: Any, open_bench: Any, demo: Any, qtbot: Any
) -> None:
    live_server.add_person("Paul Other", "inspector", OTHER, OTHER_PIN)
    live_server.add_returns(demo.batch.returns)
    bench = open_bench(
        bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    )
    drive = bench.driver
    window = bench.window
    imei = demo.batch.device_codes[demo.parcel.id]
    bench.inspect_by_scanner(demo.parcel.tracking_numbers[0])  # badge-0042 starts it
    drive.answer("imei", imei)
    window.sign_out()  # the draft stays
    drive.sign_in(OTHER, OTHER_PIN)
    resume = window.scan_page.ui.resumeButton
    qtbot.waitUntil(resume.isVisible, timeout=20000)
    QTest.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=20000)
    bench.app.start_camera()  # the photos need frames; the camera shows this same parcel
    drive.complete_smartphone(imei)
    uuid = drive.finalize()
    bench.station.wake_sync()
    qtbot.waitUntil(lambda: bench.station.outbox.get(uuid).state is OutboxState.SENT, timeout=30000)
    stored = server_inspection(live_server, uuid)
    assert (stored["inspector"], stored["started_by"]) == (OTHER, "badge-0042")
    assert json.loads(bench.station.inspection(uuid).payload)["inspector"] == OTHER

    bench.app.scans.stop()
    qtbot.waitUntil(lambda: window.current_page() == SCAN)
    drive.scanner_burst(demo.parcel.tracking_numbers[0], window.scan_page.ui.code)
    drive.wait_card()
    card = window.card.ui
    qtbot.waitUntil(lambda: card.inspectedValue.text().startswith("by "), timeout=20000)
    assert card.inspectedValue.text().startswith("by Paul Other (badge-0077) on ")
    assert card.inspectedValue.text().endswith("(started by Ines Inspector)")
