"""Never lose work: the server down at finalize time, and the app killed mid-checklist."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.gui.main_window import CHECKLIST

from .conftest import bench_settings
from .test_end_to_end import server_inspection

HERE = Path(__file__).resolve().parent


def test_server_down_queues_then_delivers(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.app.scans.stop()
    drive.sign_in()
    # The first sync round cached the returns; now the server goes away.
    qtbot.waitUntil(lambda: bench.app.sync.status.last_success_at is not None, timeout=20000)
    live_server.stop()
    drive.scanner_burst(demo.parcel.rma, window.scan_page.ui.code)
    drive.wait_card()
    drive.start_inspection()
    bench.app.start_camera()  # photos need the camera
    drive.complete_smartphone(demo.batch.device_codes[demo.parcel.id])
    window.verdict.ui.refund.setValue(50)
    window.verdict.ui.overrideReason.setPlainText("")
    uuid = drive.finalize()
    qtbot.waitUntil(lambda: "1 waiting to send" in window.status.pending.text(), timeout=20000)
    qtbot.waitUntil(lambda: "Offline" in window.status.connection.text(), timeout=20000)
    assert server_inspection(live_server, uuid) is None

    live_server.start()
    qtbot.waitUntil(lambda: server_inspection(live_server, uuid) is not None, timeout=90000)
    qtbot.waitUntil(lambda: window.status.pending.text() == "Everything sent", timeout=30000)


def test_killed_mid_checklist_resumes_the_draft(
    live_server: Any, demo: Any, data_dir: Path, open_bench: Any, qtbot: Any
) -> None:
    live_server.add_returns(demo.batch.returns)
    imei = demo.batch.device_codes[demo.parcel.id]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "crash_child.py"),
            str(data_dir),
            live_server.url,
            live_server.tokens["station"],
            str(demo.video),
            demo.parcel.rma,
            imei,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "ANSWERED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)

    bench = open_bench(
        bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    )
    window = bench.window
    bench.app.scans.stop()
    bench.driver.sign_in()
    resume = window.scan_page.ui.resumeButton
    qtbot.waitUntil(resume.isVisible)
    assert demo.parcel.rma in resume.text()
    QTest.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST)
    assert window.checklist.value_of("imei") == imei
    assert window.checklist.value_of("powers_on") is True
    assert window.checklist.value_of("activation_lock") is False
    # It opens where the work stopped: the first section still has an open item.
    assert window.checklist.current_item_id() == "data_wiped"
