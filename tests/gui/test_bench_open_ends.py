"""The bench's open ends through the real window: a parked inspection dismissed with a
reason from the needs-attention dialog, by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.gui.attention_dialog import AttentionDialog
from inspector_app.station import OutboxState

from .test_status_and_dialogs import OFFSCREEN_BOX, finalize_one

REFUSED = "Another final inspection of this return is already on the server."
REASON = "The other bench's verdict stands"


@pytest.mark.qt_log_ignore(OFFSCREEN_BOX)
@pytest.mark.expect_log("inspector_app.gui.failures", r"^dismiss failed: Say in a few words why")
def test_a_parked_inspection_is_dismissed_with_a_reason_by_keyboard(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench = online_bench
    window = bench.window
    bench.app.scans.stop()
    bench.driver.sign_in()
    qtbot.waitUntil(lambda: bench.app.sync.status.last_success_at is not None, timeout=20000)
    live_server.stop()
    uuid = finalize_one(bench, qtbot, demo.parcel.id)
    bench.station.outbox.park(uuid, REFUSED)  # what the sync does with a 409
    bench.station.sync.refresh_counts()
    qtbot.waitUntil(window.status.attention.isVisible)
    seen: dict[str, str] = {}

    def when(ready: Callable[[], bool], then: Callable[[], None]) -> None:
        """Run `then` once `ready()` holds (keys pass the scanner filter, which may hold them
        for a moment, and a dismissal runs on the station's worker)."""
        if ready():
            then()
        else:
            QTimer.singleShot(50, lambda: when(ready, then))

    def dialog() -> Any:
        shown = QApplication.activeModalWidget()
        return shown if isinstance(shown, AttentionDialog) else None

    def keys() -> Any:  # through the window, as a keyboard's keys come (mnemonics included)
        return dialog().windowHandle()

    def type_in(text: str) -> None:
        for char in text:
            QTest.keyClick(keys(), char)

    def alt_d_without_reason() -> None:
        QTest.keyClick(keys(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        when(lambda: bool(dialog().ui.problem.text()), type_too_short)

    def type_too_short() -> None:
        ui = dialog().ui
        seen["empty"] = ui.problem.text()
        seen["focus"] = "reason" if ui.dismissReason.hasFocus() else str(dialog().focusWidget())
        type_in("dup")
        when(lambda: ui.dismissReason.text() == "dup", enter)

    def enter() -> None:
        QTest.keyClick(keys(), Qt.Key.Key_Return)  # Enter in the reason dismisses, never Retry
        when(lambda: "characters" in dialog().ui.problem.text(), type_the_reason)

    def type_the_reason() -> None:
        ui = dialog().ui
        seen["short"] = ui.problem.text()
        QTest.keyClick(keys(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_in(REASON)
        when(lambda: ui.dismissReason.text() == REASON, alt_d)

    def alt_d() -> None:
        QTest.keyClick(keys(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        when(lambda: dialog().ui.entries.rowCount() == 0, escape)

    def escape() -> None:
        QTest.keyClick(keys(), Qt.Key.Key_Escape)

    def give_up() -> None:  # a step that did not happen fails the test, not the session
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AttentionDialog):
            dialog.reject()

    def opened() -> bool:  # keys go to the active window
        shown = dialog()
        return (
            shown is not None
            and shown.ui.entries.rowCount() == 1
            and QApplication.activeWindow() is shown
        )

    QTimer.singleShot(50, lambda: when(opened, alt_d_without_reason))
    QTimer.singleShot(90000, give_up)
    window.open_attention()
    assert "Type why" in seen["empty"]
    assert seen["focus"] == "reason"
    assert "8 to 500 characters" in seen["short"]
    entry = bench.station.outbox.get(uuid)
    assert entry.state is OutboxState.DISMISSED
    assert entry.message.startswith("Dismissed by Ines Inspector (badge-0042) on ")
    assert entry.message.endswith(f": {REASON}")
    qtbot.waitUntil(lambda: not window.status.attention.isVisible(), timeout=20000)
    assert not window.status.banner.isVisible()
    offline_since = bench.app.sync.status.last_success_at
    live_server.start()
    bench.station.wake_sync()
    qtbot.waitUntil(lambda: bench.app.sync.status.last_success_at != offline_since, timeout=30000)
    assert bench.station.outbox.get(uuid).state is OutboxState.DISMISSED  # never sent
