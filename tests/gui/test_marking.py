"""Marking the defect on a photo, through the real window: the viewer's M opens the marking
dialog, keys and the mouse draw, Ctrl+Z takes the newest mark back, Ctrl+S stores the marked
copy as a new photo naming its original, which stays byte for byte as it was; both reach the
live server, once each."""

from __future__ import annotations

import io
from typing import Any

import requests
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from inspector_app.gui.annotate import MarkDialog, Tool
from inspector_app.gui.main_window import CHECKLIST
from inspector_app.server.db import Database
from inspector_app.server.models import Inspection

from .test_end_to_end import server_inspection
from .test_photos import on_viewer


def _draw(dialog: MarkDialog, done: dict[str, Any]) -> None:
    """C, moved and stretched with the keys; a rectangle dragged with the mouse; a text
    typed and then taken back; then Ctrl+S."""
    QTest.keyClick(dialog, Qt.Key.Key_C)
    for _ in range(3):
        QTest.keyClick(dialog, Qt.Key.Key_Right)
    QTest.keyClick(dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.mouseClick(dialog.tool_buttons[Tool.RECTANGLE], Qt.MouseButton.LeftButton)
    canvas = dialog.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    QTest.mouseMove(canvas, QPoint(180, 150))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(220, 170))
    QTest.keyClick(dialog, Qt.Key.Key_T)
    QTest.keyClicks(dialog.text, "dent", delay=60)  # as a person types, not a scanner
    QTest.qWait(60)
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    done["before undo"] = [m.tool for m in dialog.marks]
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    done["marks"] = dialog.marks
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_marked_photo_is_a_new_photo_beside_its_untouched_original(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.complete_smartphone(demo.batch.device_codes[demo.parcel.id])
    QTest.mouseClick(window.verdict.ui.backButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST)
    original = window.checklist.snapshot().photos["overview"][0]
    original_bytes = bench.station.photo(original)
    done: dict[str, Any] = {}

    def in_marking() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MarkDialog):
            _draw(dialog, done)
        else:
            QTimer.singleShot(20, in_marking)

    def mark(viewer: Any) -> None:
        QTimer.singleShot(20, in_marking)
        QTest.keyClick(viewer, Qt.Key.Key_M)

    on_viewer(mark)
    drive.widget("overview")._thumbs[0].click()
    qtbot.waitUntil(lambda: len(window.checklist.snapshot().photos["overview"]) == 3, timeout=20000)
    assert done["before undo"] == [Tool.CIRCLE, Tool.RECTANGLE, Tool.TEXT]
    assert [m.tool for m in done["marks"]] == [Tool.CIRCLE, Tool.RECTANGLE]
    marked = window.checklist.snapshot().photos["overview"][2]
    assert bench.station.photo(original) == original_bytes, "the original is untouched"
    picture = Image.open(io.BytesIO(bench.station.photo(marked)))
    assert picture.info["comment"] == f"derived-from: {original}".encode()
    assert picture.size == Image.open(io.BytesIO(original_bytes)).size

    drive.next_section()
    uuid = drive.finalize()
    qtbot.waitUntil(lambda: server_inspection(live_server, uuid) is not None, timeout=30000)
    stored = [p["sha256"] for p in server_inspection(live_server, uuid)["photos"]]
    assert stored.count(original) == stored.count(marked) == 1
    for sha in (original, marked):
        got = requests.get(
            f"{live_server.url}/api/v1/photos/{sha}",
            headers=live_server.headers("lead"),
            timeout=10,
        )
        assert got.status_code == 200 and got.content == bench.station.photo(sha)
    db = Database(live_server.config.db_url)
    try:
        with db.read() as session:
            count = select(func.count()).where(Inspection.return_id == demo.parcel.id)
            assert session.scalar(count) == 1
    finally:
        db.close()
