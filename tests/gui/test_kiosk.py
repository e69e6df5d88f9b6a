"""Kiosk mode (`ui.kiosk`), through the real window: full screen, no close, Settings and
Quit only for a lead or an admin, a PIN pad and touch-sized targets, and the camera back
after Settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app.gui.main_window import SCAN, SIGN_IN
from inspector_app.gui.settings_dialog import SettingsDialog

from .conftest import bench_settings


def tap_pin(bench: Any, badge: str, pin: str) -> None:
    """Choose the person, then the PIN and OK on the on-screen pad, as a finger would."""
    page = bench.window.sign_in
    combo = page.ui.inspector
    bench.driver.wait(lambda: combo.findData(badge) >= 0, timeout=20000)
    combo.setCurrentIndex(combo.findData(badge))
    for digit in pin:
        QTest.mouseClick(page.pad.keys[digit], Qt.MouseButton.LeftButton)
    bench.driver.wait(lambda: page.ui.pin.text() == pin)
    QTest.mouseClick(page.pad.keys["ok"], Qt.MouseButton.LeftButton)


def when_modal(handle: Any) -> None:
    """Run `handle(dialog)` once a modal dialog is up (it runs its own event loop)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
        else:
            handle(dialog)

    QTimer.singleShot(20, look)


# The offscreen platform cannot size a dialog's native window; the platform's limit.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_kiosk_mode_keeps_the_bench_for_inspectors_and_opens_it_to_a_lead(
    live_server: Any, demo: Any, open_bench: Any, qtbot: Any
) -> None:
    live_server.add_returns(demo.batch.returns)
    settings = bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    settings.set("ui.kiosk", True, source="machine")
    bench = open_bench(settings)
    window, ui = bench.window, bench.window.ui
    window.present()
    qtbot.waitUntil(window.isFullScreen)
    assert not window.windowFlags() & Qt.WindowType.WindowCloseButtonHint

    # Signed out: no Settings, no Quit; the PIN pad has finger-sized keys.
    page = window.sign_in
    assert page.pad.isVisible() and not page.ui.signInButton.isVisible()
    assert min(key.height() for key in page.pad.keys.values()) >= 64
    qtbot.waitUntil(lambda: page.ui.inspector.count() > 0, timeout=20000)
    assert not ui.settingsButton.isVisible() and not window.quit_button.isVisible()
    # The pad types into the PIN field and erases; the field keeps the keyboard.
    QTest.mouseClick(page.pad.keys["7"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.pad.keys["erase"], Qt.MouseButton.LeftButton)
    assert page.ui.pin.text() == ""

    # An inspector: still no Settings or Quit, Ctrl+, says who may, the window stays.
    tap_pin(bench, "badge-0042", "1234")
    qtbot.waitUntil(lambda: window.current_page() == SCAN, timeout=20000)
    assert ui.signOutButton.height() >= 64  # touch-sized targets everywhere
    assert not ui.settingsButton.isVisible() and not window.quit_button.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "lead or an admin" in window.scan_page.ui.message.text())
    assert QApplication.activeModalWidget() is None
    window.close()  # Alt+F4 or the window manager
    QTest.qWait(50)
    assert window.isVisible() and window.isFullScreen()

    # A lead: Settings and Quit. The camera is released while Settings is open, then back.
    QTest.mouseClick(ui.signOutButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == SIGN_IN)
    assert not ui.settingsButton.isVisible()
    tap_pin(bench, "lead-0001", "432100")
    qtbot.waitUntil(lambda: window.current_page() == SCAN, timeout=20000)
    assert ui.settingsButton.isVisible() and window.quit_button.isVisible()
    assert bench.app.scans.stream is not None
    seen: list[bool] = []

    def look_and_cancel(dialog: Any) -> None:
        seen.append(isinstance(dialog, SettingsDialog) and bench.app.scans.stream is None)
        dialog.reject()

    when_modal(look_and_cancel)
    QTest.mouseClick(ui.settingsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]  # it was the settings, with the camera released
    stream = bench.app.scans.stream
    assert stream is not None
    decoded = stream.stats.decoded
    qtbot.waitUntil(lambda: stream.stats.decoded > decoded, timeout=30000)  # running again

    # Quit asks first; No keeps the bench, Yes closes it.
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    QTest.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    QTest.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_without_kiosk_mode_the_window_closes_and_shows_settings(
    online_bench: Any, qtbot: Any
) -> None:
    window = online_bench.window
    assert not window.kiosk and window.ui.settingsButton.isVisible()
    assert not window.quit_button.isVisible() and not hasattr(window.sign_in, "pad")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
