"""Drive the real station window as a person would: clicks, keys, scans, photos.

Shared by the GUI tests (with pytest-qt's waitUntil), the screenshot script and the latency
benchmark (with `poll_until`), so all three exercise the same paths a user takes. It only
uses what is on screen (buttons, fields, keys) plus read-only looks at the pages' state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.gui.main_window import CARD, CHECKLIST, SCAN, VERDICT
from inspector_app.gui.photo_capture import PhotoCaptureDialog

Wait = Callable[..., None]

SHIFTED_SYMBOLS = frozenset('~!@#$%^&*()_+{}|:"<>?')
"""Symbols a US-layout keyboard (and so a scanner set to it) types with Shift held."""

# A complete smartphone inspection: (item, answer) in screen order; photos as ("photo", n).
SMARTPHONE_ANSWERS: list[tuple[str, Any]] = [
    ("powers_on", True),
    ("activation_lock", False),
    ("data_wiped", True),
    ("screen_condition", "cracked"),
    ("display_fault", "none"),
    ("housing_condition", "flawless"),
    ("tampering", False),
    ("liquid_indicator", False),
    ("battery_health", 91),
    ("charges", True),
    ("cameras_ok", True),
    ("buttons_ok", True),
    ("audio_ok", True),
    ("biometrics_ok", True),
    ("connectivity_ok", True),
    ("accessories", "complete"),
    ("original_packaging", True),
    ("signs_of_use", "light"),
]
PHOTOS = {"screen_condition": 2, "overview": 2}
"""Photos the answers above call for: the cracked screen (conditional minimum) and the
overview item."""


def poll_until(predicate: Callable[[], bool], timeout: int = 10000) -> None:
    """Process events until `predicate()` holds; TimeoutError after `timeout` ms."""
    deadline = time.monotonic() + timeout / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached in time")
        QTest.qWait(5)


class BenchDriver:
    """Operates one MainWindow."""

    def __init__(self, window: Any, wait_until: Wait = poll_until) -> None:
        self.window = window
        self._wait = wait_until

    def wait(self, predicate: Callable[[], bool], timeout: int = 20000) -> None:
        self._wait(predicate, timeout=timeout)

    # -- sign in and scanning ----------------------------------------------------------------

    def sign_in(self, badge: str = "badge-0042", pin: str = "1234") -> None:
        page = self.window.sign_in
        combo = page.ui.inspector
        self.wait(lambda: combo.findData(badge) >= 0, timeout=20000)
        combo.setCurrentIndex(combo.findData(badge))
        page.ui.pin.clear()
        QTest.keyClicks(page.ui.pin, pin, delay=90)
        # The wedge filter holds a key until it knows it was typed, not scanned: click once
        # the field shows the whole PIN, as a person would (a busy machine delays the replay).
        self.wait(lambda: page.ui.pin.text() == pin)
        QTest.mouseClick(page.ui.signInButton, Qt.MouseButton.LeftButton)
        try:
            self.wait(lambda: self.window.current_page() == SCAN, timeout=20000)
        except Exception as exc:
            raise AssertionError(
                f"not signed in: {page.ui.error.text()!r}, PIN field {page.ui.pin.text()!r}"
            ) from exc

    def type_code(self, code: str, delay_ms: int = 90) -> None:
        """Type a code into the scan field as a person does (keys ~90 ms apart), then Enter."""
        field = self.window.scan_page.ui.code
        field.setFocus()
        field.clear()
        QTest.keyClicks(field, code, delay=delay_ms)
        QTest.qWait(80)
        QTest.keyClick(field, Qt.Key.Key_Return, delay=delay_ms)

    def scanner_burst(
        self, code: str, target: Any = None, *, prefix: str = "", suffix: str = "\r"
    ) -> None:
        """A handheld scanner in keyboard-wedge mode, key by key as a USB HID scanner sends it.

        The scanner is a keyboard: a capital letter or a shifted symbol is Shift pressed,
        the key pressed and released with Shift held, Shift released; events come 2 ms apart.
        `prefix` is what the scanner is set to send first (an AIM identifier such as "]C0"),
        `suffix` what it ends with ("\r", "\t", "\r\n": Enter, Tab, Enter and line feed).
        Like a real scanner's keys, each carries the window system's timestamp, so however
        late a busy GUI thread gets to them, the wedge filter sees them 2 ms apart. (QTest's
        keys carry no timestamp, so on a loaded machine its `delay` made a burst look like
        typing.)
        """
        widget = target or QApplication.focusWidget() or self.window
        clock = [int(time.monotonic() * 1000)]

        def send(kind: QEvent.Type, key: int, modifiers: Any, text: str) -> None:
            event = QKeyEvent(kind, key, modifiers, text)
            event.setTimestamp(clock[0])
            clock[0] += 2
            QApplication.sendEvent(widget, event)

        for char in f"{prefix}{code}{suffix}":
            press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
            if char in "\r\t":
                key = Qt.Key.Key_Return if char == "\r" else Qt.Key.Key_Tab
                send(press, key, Qt.KeyboardModifier.NoModifier, char)
                send(release, key, Qt.KeyboardModifier.NoModifier, char)
                continue
            if char == "\n":  # a line feed is Ctrl+J
                ctrl = Qt.KeyboardModifier.ControlModifier
                send(press, Qt.Key.Key_Control, ctrl, "")
                send(press, Qt.Key.Key_J, ctrl, char)
                send(release, Qt.Key.Key_J, ctrl, char)
                send(release, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier, "")
                continue
            key = QKeySequence(char)[0].key()
            shifted = char.isupper() or char in SHIFTED_SYMBOLS
            if shifted:
                shift = Qt.KeyboardModifier.ShiftModifier
                send(press, Qt.Key.Key_Shift, shift, "")
                send(press, key, shift, char)
                send(release, key, shift, char)
                send(release, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, "")
            else:
                send(press, key, Qt.KeyboardModifier.NoModifier, char)
                send(release, key, Qt.KeyboardModifier.NoModifier, char)

    def wait_card(self, timeout: int = 15000) -> None:
        self.wait(lambda: self.window.current_page() == CARD, timeout=timeout)

    # -- checklist ------------------------------------------------------------------------------

    def start_inspection(self) -> None:
        QTest.mouseClick(self.window.card.ui.startButton, Qt.MouseButton.LeftButton)
        self.wait(lambda: self.window.current_page() == CHECKLIST)

    def widget(self, item_id: str) -> Any:
        self.wait(
            lambda: item_id in self.window.checklist._widgets and not self.window.bridge.pending()
        )
        return self.window.checklist._widgets[item_id]

    def saved(self, item_id: str, value: Any) -> bool:
        return not self.window.bridge.pending() and self.window.checklist.value_of(item_id) == value

    def answer(self, item_id: str, value: Any) -> None:
        """Answer by clicking or typing, and wait until the station saved it."""
        widget = self.widget(item_id)
        if hasattr(widget, "field"):
            widget.field.setFocus()
            widget.field.clear()
            QTest.keyClicks(widget.field, str(value), delay=60)
            QTest.qWait(60)
            # No pause between Enter's press and release: the answer may rebuild the section
            # (an item appears), and the field would be gone before its key release.
            QTest.keyClick(widget.field, Qt.Key.Key_Return)
        else:
            QTest.mouseClick(widget._buttons[value], Qt.MouseButton.LeftButton)
        self.wait(lambda: self.saved(item_id, value))

    def take_photos(self, item_id: str, count: int, by_key: bool = False) -> None:
        """Take `count` photos through the capture dialog (P and Space when `by_key`; Ctrl+P,
        from the item's field if it has one, on an item that asks for no photo). The dialog
        stays open for as many as the item still needs; it is opened again for more, and
        closed once `count` are taken if the item needs more still."""
        target = len(self._photos(item_id)) + count
        while len(self._photos(item_id)) < target:
            before = len(self._photos(item_id))
            shot = self._answer_capture_dialog(by_key, target - before)
            if by_key:
                page = self.window.checklist
                page.setFocus()
                self._select(item_id)
                widget = self.widget(item_id)
                if widget._asks:
                    QTest.keyClick(page, Qt.Key.Key_P)
                else:
                    where = widget.field if hasattr(widget, "field") else page
                    where.setFocus()
                    QTest.keyClick(where, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            else:
                QTest.mouseClick(self.widget(item_id)._photo_button, Qt.MouseButton.LeftButton)
            wanted = before + max(1, len(shot))  # the dialog has closed: the shots are known
            self.wait(lambda n=wanted: len(self._photos(item_id)) >= n, 15000)

    def _photos(self, item_id: str) -> list[str]:
        snapshot = self.window.checklist.snapshot()
        return snapshot.photos.get(item_id, []) if snapshot else []

    def _select(self, item_id: str) -> None:
        page = self.window.checklist
        while page.current_item_id() != item_id:
            ids = list(page._widgets)
            step = (
                Qt.Key.Key_Down
                if ids.index(item_id) > ids.index(page.current_item_id())
                else Qt.Key.Key_Up
            )
            QTest.keyClick(page, step)

    def _answer_capture_dialog(self, by_key: bool, shots: int) -> list[bool]:
        """Once the modal capture dialog is up and ready (showing the camera, no shot under
        way), shoot, up to `shots` times while it stays open; then close it if it is still
        waiting for more. The list returned gets one entry per shot.

        A key sent is awaited until the dialog has acted on it: the handheld scanner's
        filter may hold a key a few tens of milliseconds, and the dialog still looks ready
        meanwhile (a second key, or the close, would otherwise come first)."""
        give_up = time.monotonic() + 15
        shot: list[bool] = []
        sent: list[int] = []
        """The dialog's count of photos when the last key was sent."""

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if (
                sent
                and isinstance(dialog, PhotoCaptureDialog)
                and dialog.ready()
                and dialog._taken == sent[-1]
            ):
                QTimer.singleShot(20, shoot)  # the last key is still on its way
                return
            if not isinstance(dialog, PhotoCaptureDialog) or not dialog.ready():
                if (not shot and time.monotonic() < give_up) or (shot and dialog is not None):
                    QTimer.singleShot(20, shoot)
                elif not shot and isinstance(dialog, PhotoCaptureDialog):
                    dialog.reject()  # no camera picture: fail the wait, do not hang
                return
            if len(shot) == shots:
                dialog.reject()  # the item needs more than this test takes
                return
            shot.append(True)
            sent.append(dialog._taken)
            if by_key:
                QTest.keyClick(dialog, Qt.Key.Key_Space)
            else:
                QTest.mouseClick(dialog.shoot, Qt.MouseButton.LeftButton)
            QTimer.singleShot(20, shoot)

        QTimer.singleShot(20, shoot)
        return shot

    def next_section(self) -> None:
        page = self.window.checklist
        before = page.section_index
        self.wait(lambda: page.ui.nextButton.isEnabled() and not self.window.bridge.pending())
        QTest.mouseClick(page.ui.nextButton, Qt.MouseButton.LeftButton)
        self.wait(lambda: page.section_index != before or self.window.current_page() == VERDICT)

    def previous_section(self) -> None:
        page = self.window.checklist
        before = page.section_index
        self.wait(lambda: not self.window.bridge.pending())
        QTest.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
        self.wait(lambda: page.section_index != before)

    def complete_smartphone(
        self,
        imei: str,
        changed: dict[str, Any] | None = None,
        photos: dict[str, int] | None = None,
        by_key: bool = False,
    ) -> None:
        """Walk the smartphone checklist with the mouse: IMEI, answers, photos, sections.

        `changed` answers some items otherwise than SMARTPHONE_ANSWERS (a defect found, a
        note in other_faults), and `photos` adds the photos such answers call for, or any
        item's extra photos (taken with the keys when `by_key`)."""
        self.answer("imei", imei)
        sections = {
            item.id: index
            for index, section in enumerate(self.window.checklist.snapshot().template.sections)
            for item in section.items
        }
        answers = {**dict(SMARTPHONE_ANSWERS), **(changed or {}), "overview": None}
        wanted = {**PHOTOS, **(photos or {})}
        in_order = sorted(answers.items(), key=lambda pair: sections[pair[0]])
        for item_id, value in in_order:
            while self.window.checklist.section_index < sections[item_id]:
                self.next_section()
            while self.window.checklist.section_index > sections[item_id]:
                self.previous_section()  # an optional item its section's last answer passed
            # An item that declares no photo is photographed first: its answer may move on.
            extra = item_id in wanted and not self.widget(item_id).wants_photos()
            if extra:
                self.take_photos(item_id, wanted[item_id], by_key)
            if value is not None:
                self.answer(item_id, value)
            if item_id in wanted and not extra:
                self.take_photos(item_id, wanted[item_id], by_key)
        self.next_section()
        self.wait(lambda: self.window.current_page() == VERDICT)

    def finalize(self) -> str:
        """Press Finalize and wait until the window is back on the scan screen; the UUID."""
        finalized: list[str] = []
        self.window.finalized.connect(finalized.append)
        QTest.mouseClick(self.window.verdict.ui.finalizeButton, Qt.MouseButton.LeftButton)
        self.wait(lambda: bool(finalized) and self.window.current_page() == SCAN, timeout=15000)
        self.window.finalized.disconnect(finalized.append)
        return finalized[0]
