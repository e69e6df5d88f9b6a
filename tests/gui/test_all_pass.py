"""Fewer keys for a device with nothing wrong, and no defect easier to miss: All pass (A)
answers a section's open questions with their no-defect answers, every answer stays on
screen until Enter and each can be changed or taken back (Ctrl+Z); one P opens the camera for
all the photos an item needs, one Space each."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.gui.main_window import CHECKLIST
from inspector_app.gui.photo_capture import PhotoCaptureDialog

EXTERIOR = {
    "screen_condition": "flawless",
    "display_fault": "none",
    "housing_condition": "flawless",
    "tampering": False,
    "liquid_indicator": False,
}


def press(bench: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """One key as a person presses it, to whatever has the focus."""
    target = QApplication.focusWidget() or bench.window
    QTest.keyClick(target, key, modifier, delay=70)


def answers(bench: Any) -> dict[str, Any]:
    return dict(bench.window.checklist.snapshot().answers_in_force)


def settled(bench: Any) -> bool:
    return not bench.window.bridge.pending()


def section(page: Any) -> str:
    return page.snapshot().template.sections[page.section_index].id


def open_checklist(bench: Any, demo: Any, qtbot: Any) -> None:
    drive = bench.driver
    drive.sign_in()
    drive.type_code(demo.parcel.tracking_numbers[0])
    drive.wait_card()
    press(bench, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.window.current_page() == CHECKLIST)


def test_all_pass_answers_the_open_questions_and_waits_for_enter(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    bench, drive = online_bench, online_bench.driver
    page = bench.window.checklist
    open_checklist(bench, demo, qtbot)
    # Identity and locks guard against fraud: no All pass there, A does nothing.
    assert not page.ui.allPassButton.isVisible()
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    drive.answer("powers_on", True)
    press(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: settled(bench))
    assert "activation_lock" not in answers(bench) and page.section_index == 0
    drive.answer("activation_lock", False)
    drive.answer("data_wiped", True)
    qtbot.waitUntil(lambda: page.section_index == 1)  # complete: on to the exterior

    # One key: five answers, in one save; the section stays, every item on screen.
    assert page.ui.allPassButton.isVisible()
    press(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: all(answers(bench).get(k) == v for k, v in EXTERIOR.items()))
    qtbot.waitUntil(lambda: settled(bench))
    assert page.section_index == 1 and bench.window.current_page() == CHECKLIST
    assert not page.ui.allPassButton.isVisible()  # nothing left for it to answer
    for item_id, value in EXTERIOR.items():
        widget = page._widgets[item_id]
        assert widget.isVisible()
        assert widget._buttons[value].property("answer") is True  # the answer shows
    assert "All pass answered 5" in page.ui.missing.text()

    # A defect seen on a second look: its own key changes it; the rest stay as given.
    for _ in range(3):
        press(bench, Qt.Key.Key_Down)
    assert page.current_item_id() == "tampering"
    press(bench, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: answers(bench).get("tampering") is True)
    qtbot.waitUntil(lambda: settled(bench))
    assert page.section_index == 1  # its evidence photos are missing now
    # Ctrl+Z takes back what All pass gave and nobody changed since; the defect stays.
    press(bench, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "screen_condition" not in answers(bench))
    qtbot.waitUntil(lambda: settled(bench))
    given_back = answers(bench)
    assert given_back.get("tampering") is True
    assert not {"screen_condition", "display_fault", "housing_condition", "liquid_indicator"} & set(
        given_back
    )
    # A again answers only the open ones; the tampering answer is the inspector's.
    press(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: answers(bench).get("liquid_indicator") is False)
    qtbot.waitUntil(lambda: settled(bench))
    assert answers(bench).get("tampering") is True and page.section_index == 1

    # Back to no tampering: the section is complete, and waits for Enter.
    while page.current_item_id() != "tampering":
        press(bench, Qt.Key.Key_Up)
    press(bench, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: answers(bench).get("tampering") is False)
    qtbot.waitUntil(lambda: settled(bench))
    assert page.section_index == 1 and not page.snapshot().missing_in(1)
    press(bench, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.section_index == 2)


def test_one_p_opens_the_camera_for_every_photo_the_item_needs(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    bench, drive = online_bench, online_bench.driver
    page = bench.window.checklist
    open_checklist(bench, demo, qtbot)
    bench.app.start_camera()  # photos need frames
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    drive.answer("powers_on", False)  # the rest of identity and the tests are hidden
    qtbot.waitUntil(lambda: page.section_index == 1)
    press(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: answers(bench).get("liquid_indicator") is False)
    qtbot.waitUntil(lambda: settled(bench))
    while section(page) != "contents":  # the function tests are hidden but for a note
        press(bench, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: settled(bench))
    press(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: answers(bench).get("signs_of_use") == "none")
    qtbot.waitUntil(lambda: settled(bench))
    assert page.current_item_id() == "overview"

    dialogs: set[int] = set()
    spaces: list[float] = []
    give_up = time.monotonic() + 60

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PhotoCaptureDialog):
            dialogs.add(id(dialog))
            if dialog.ready():
                spaces.append(time.monotonic())
                QTest.keyClick(dialog, Qt.Key.Key_Space)
        if (dialog is not None or not spaces) and time.monotonic() < give_up:
            QTimer.singleShot(20, shoot)
        elif isinstance(dialog, PhotoCaptureDialog):
            dialog.reject()  # no camera picture in time: fail below rather than hang

    QTimer.singleShot(20, shoot)
    press(bench, Qt.Key.Key_P)  # returns when the dialog has closed by itself
    qtbot.waitUntil(lambda: len(page.snapshot().photos.get("overview", [])) == 2, timeout=20000)
    assert len(dialogs) == 1 and len(spaces) == 2  # P, Space, Space
    qtbot.waitUntil(lambda: settled(bench))
    # Photos never move the section on (another may follow): Enter goes to the verdict.
    assert section(page) == "contents"
