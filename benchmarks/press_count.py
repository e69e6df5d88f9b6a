"""Key presses and scans of one whole inspection, keyboard only, on the real station window.
Goal: a no-defect smartphone inspection in <= 20 presses and scans, <= 3 s waiting on the app.

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python -m benchmarks.press_count

(QT_QPA_PLATFORM=offscreen works too.) An inspector signed in at a bench whose camera plays a
video of the parcel's label: the camera opens the return card (one scan), then only keys
and one handheld scan (the device's IMEI, as a HID scanner types it) until the inspection is
saved. At each step the script looks at the screen as a person would (the page, the
outlined item, whether the section is complete, whether the photo dialog shows a picture)
and presses what a person would press for a device without any defect: Enter on the card,
A ("All pass") where the section offers it and the outlined question has a no-defect answer,
else Y/N on a yes/no item, the digit of a choice, the battery's digits (then Enter if they did
not save it), P then Space for each photo the item needs (the capture stays open until it has
them), Enter to leave a complete section and Enter on the verdict. Keys are real
key events with the window system's timestamps (a person's pace), through the app's own
handheld-scanner filter.

Printed: presses and scans by section, and the waits: for each input, the time until the
app had taken it (saved, moved on, the photo dialog showing the camera) and was idle again,
each input's wait in the order pressed, then the five longest.
The saved inspection is then checked against the answers the keys meant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_INPUTS = 20
GOAL_WAIT_S = 3.0
PERSON_PACE_MS = 250
"""Time between two keys of a person, in the key events' timestamps: typing, not a scan."""

NO_DEFECT: dict[str, Any] = {
    "powers_on": True,
    "activation_lock": False,
    "data_wiped": True,
    "screen_condition": "flawless",
    "display_fault": "none",
    "housing_condition": "flawless",
    "tampering": False,
    "liquid_indicator": False,
    "battery_health": 91,
    "charges": True,
    "cameras_ok": True,
    "buttons_ok": True,
    "audio_ok": True,
    "biometrics_ok": True,
    "connectivity_ok": True,
    "accessories": "complete",
    "original_packaging": True,
    "signs_of_use": "none",
}
"""The answers of a device with nothing wrong with it (the IMEI is the order's)."""


@dataclass
class Tally:
    """Inputs by section, in order, and the app's wait after each."""

    presses: Counter[str] = field(default_factory=Counter)
    scans: Counter[str] = field(default_factory=Counter)
    waits: list[tuple[str, float]] = field(default_factory=list)
    keys: list[tuple[str, str]] = field(default_factory=list)
    timed: list[tuple[str, str, float]] = field(default_factory=list)
    """(section, input, wait) in the order pressed."""

    @property
    def inputs(self) -> int:
        return sum(self.presses.values()) + sum(self.scans.values())


class Inspector:
    """Presses keys on the real window and measures how long the app takes each."""

    def __init__(self, window: Any, wedge: Any, tally: Tally) -> None:
        self.window = window
        self.wedge = wedge
        self.tally = tally
        self._clock_ms = int(time.monotonic() * 1000)

    # -- where we are ---------------------------------------------------------------------

    def section(self) -> str:
        from inspector_app.gui.main_window import CARD, CHECKLIST, SCAN, VERDICT

        page = self.window.current_page()
        if page == CHECKLIST:
            snapshot = self.window.checklist.snapshot()
            return snapshot.template.sections[self.window.checklist.section_index].id
        return {SCAN: "scan", CARD: "card", VERDICT: "verdict"}.get(page, str(page))

    def state(self) -> tuple:
        """What a key can change: page, section, current item, answers, photos, dialog."""
        from PySide6.QtWidgets import QApplication

        page = self.window.checklist
        snapshot = page.snapshot()
        answers = tuple(sorted(snapshot.answers_in_force.items())) if snapshot else ()
        photos = sum(map(len, snapshot.photos.values())) if snapshot else 0
        dialog = QApplication.activeModalWidget()
        return (
            self.window.current_page(),
            page.section_index,
            page.current_item_id(),
            repr(answers),
            photos,
            None if dialog is None else id(dialog),
        )

    def settled(self) -> bool:
        return not self.window.bridge.pending() and not self.wedge.holding()

    # -- input ----------------------------------------------------------------------------

    def _send(self, key: int, text: str, target: Any) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        self._clock_ms = max(self._clock_ms + PERSON_PACE_MS, int(time.monotonic() * 1000))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(self._clock_ms)
            QApplication.sendEvent(target, event)

    def press(self, key: int, text: str = "", *, settle: bool = True) -> None:
        """One key a person presses on whatever has the keyboard focus; waits until the app
        took it when `settle` (the last key of what they typed)."""
        from PySide6.QtWidgets import QApplication

        where = self.section()
        target = QApplication.activeModalWidget() or QApplication.focusWidget() or self.window
        before = self.state()
        started = time.monotonic()
        self._send(key, text, target)
        self.tally.presses[where] += 1
        self.tally.keys.append((where, text.strip() or _key_name(key)))
        if settle:
            self._wait_changed(before, started, where)

    def scan(self, code: str) -> None:
        """A handheld scanner's burst: one scan, however many keys the scanner types."""
        from tools.gui_driver import BenchDriver

        where = self.section()
        before = self.state()
        started = time.monotonic()
        BenchDriver(self.window).scanner_burst(code)
        self.tally.scans[where] += 1
        self.tally.keys.append((where, "[scan]"))
        self._wait_changed(before, started, where)

    def type_number(self, item: str, value: int) -> None:
        """The digits, then Enter only if the app did not save the number by its digits
        alone; waits until the app has taken it."""
        from PySide6.QtCore import Qt

        from tools.gui_driver import poll_until

        for char in str(value):
            self.press(Qt.Key.Key_0 + int(char), char, settle=False)
        started, where = time.monotonic(), self.section()
        poll_until(self.settled, 20000)
        self._waited(where, started)
        if self.window.checklist.value_of(item) != value:
            self.press(Qt.Key.Key_Return)

    def _wait_changed(self, before: tuple, started: float, where: str) -> None:
        from tools.gui_driver import poll_until

        poll_until(lambda: self.state() != before and self.settled(), 20000)
        self._waited(where, started)

    def _waited(self, where: str, started: float) -> None:
        wait = time.monotonic() - started
        self.tally.waits.append((where, wait))
        self.tally.timed.append((where, self.tally.keys[-1][1], wait))

    def photo(self) -> None:
        """P, then Space each time the capture dialog shows the camera, ready for a shot,
        until it closes by itself (the item has its photos). The dialog is modal (its own
        event loop runs until it closes), so the Spaces are sent from a timer inside it."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication

        from inspector_app.gui.photo_capture import PhotoCaptureDialog

        where = self.section()
        before = self.state()
        started = time.monotonic()
        last = [started]  # when the last key went in
        self.tally.presses[where] += 1
        self.tally.keys.append((where, "P"))

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, PhotoCaptureDialog) or not dialog.ready():
                if time.monotonic() - started < 60:
                    QTimer.singleShot(5, shoot)
                elif isinstance(dialog, PhotoCaptureDialog):
                    dialog.reject()  # no picture: the photo count check below fails
                return
            self._waited(where, last[0])  # the last key: until the camera is ready for this
            last[0] = time.monotonic()
            self.tally.presses[where] += 1
            self.tally.keys.append((where, "Space"))
            self._send(Qt.Key.Key_Space, " ", dialog)
            QTimer.singleShot(5, shoot)

        QTimer.singleShot(0, shoot)
        target = QApplication.focusWidget() or self.window
        self._send(Qt.Key.Key_P, "p", target)  # returns once the dialog has closed
        self._wait_changed(before, last[0], where)


def _key_name(key: int) -> str:
    from PySide6.QtCore import Qt

    return {Qt.Key.Key_Return: "Enter", Qt.Key.Key_Space: "Space"}.get(key, str(key))


def inspect(window: Any, inspector: Inspector, imei: str) -> str:
    """Keyboard only, from the return card to the saved inspection; its UUID."""
    from PySide6.QtCore import Qt

    from inspector_app.gui.item_widgets import (
        ChoiceItem,
        CodeScanItem,
        NumberItem,
        PhotoItem,
        YesNoItem,
    )
    from inspector_app.gui.main_window import CARD, CHECKLIST, VERDICT

    finalized: list[str] = []
    window.finalized.connect(finalized.append)
    enter = Qt.Key.Key_Return
    while not finalized:
        page = window.current_page()
        if page in (CARD, VERDICT):
            inspector.press(enter)
            continue
        if page != CHECKLIST:
            raise RuntimeError(f"unexpected page {page}")
        checklist = window.checklist
        snapshot = checklist.snapshot()
        if not snapshot.missing_in(checklist.section_index):
            inspector.press(enter)  # the section is complete: on to the next
            continue
        widget = checklist.current_widget()
        item = widget.item.id
        if isinstance(widget, CodeScanItem):
            inspector.scan(imei)
        elif checklist.ui.allPassButton.isVisible() and widget.item.no_defect is not None:
            inspector.press(Qt.Key.Key_A, "a")
        elif snapshot.photos_required.get(item, 0) > len(snapshot.photos.get(item, [])):
            inspector.photo()
        elif isinstance(widget, YesNoItem):
            yes = NO_DEFECT[item]
            inspector.press(Qt.Key.Key_Y if yes else Qt.Key.Key_N, "y" if yes else "n")
        elif isinstance(widget, ChoiceItem):
            digit = str(widget._values.index(NO_DEFECT[item]) + 1)
            inspector.press(Qt.Key.Key_0 + int(digit), digit)
        elif isinstance(widget, NumberItem):
            inspector.type_number(item, NO_DEFECT[item])
        elif isinstance(widget, PhotoItem):
            raise RuntimeError(f"{item}: photos taken but the item is still open")
        else:
            raise RuntimeError(f"{item}: no key answers a {type(widget).__name__}")
    window.finalized.disconnect(finalized.append)
    return finalized[0]


def check_saved(station: Any, uuid: str, imei: str) -> None:
    """The saved inspection holds what the keys meant: every no-defect answer, the IMEI."""
    record = station.inspection(uuid)
    if record is None or record.finalized_at is None:
        raise RuntimeError(f"inspection {uuid} was not saved")
    wrong = {k: record.answers.get(k) for k, v in NO_DEFECT.items() if record.answers.get(k) != v}
    if record.answers.get("imei") != imei:
        wrong["imei"] = record.answers.get("imei")
    if wrong:
        raise RuntimeError(f"saved answers differ from the keys pressed: {wrong}")
    if len(record.photos) < 2:
        raise RuntimeError(f"{len(record.photos)} photos saved, 2 taken")


def run() -> int:
    from gui.conftest import eligible_phone
    from live_server import LiveServer

    from inspector_app.domain.demo import demo_batch
    from inspector_app.gui.launch import build, make_qt_app
    from inspector_app.scanning.demo_video import Parcel, write_demo_video
    from inspector_app.settings import Settings
    from tools.gui_driver import BenchDriver, poll_until

    root = Path(tempfile.mkdtemp(prefix="press-count-"))
    batch = demo_batch(40, dt.datetime.now(dt.UTC).date(), seed=11)
    parcel = eligible_phone(batch)
    video = write_demo_video(
        root / "camera.avi",
        [Parcel(parcel.tracking_numbers[0], parcel.rma)],
        size=(960, 540),
        label_s=4.0,
        empty_s=2.0,
    )
    server = LiveServer(root / "server", returns=batch.returns)
    server.start()
    make_qt_app()
    settings = Settings(
        {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "station.name": "bench-1",
            "camera.source": str(video),
            "camera.width": 960,
            "camera.height": 540,
            "ui.sounds": False,
        },
        source="cli",
    )
    app, window = build(settings, root / "station", save_settings=False)
    tally = Tally()
    try:
        app.start()
        window.resize(1366, 768)
        window.show()
        BenchDriver(window, poll_until).sign_in()
        inspector = Inspector(window, app.wedge, tally)
        # The parcel goes under the camera: the card opens by itself (one scan).
        card: list[float] = []
        window.card_shown.connect(card.append)
        poll_until(lambda: bool(card), 60000)
        tally.scans["scan"] += 1
        tally.keys.append(("scan", "[camera]"))
        tally.waits.append(("scan", time.monotonic() - card[0]))
        tally.timed.append(("scan", "[camera]", tally.waits[-1][1]))
        poll_until(inspector.settled, 20000)
        imei = batch.device_codes[parcel.id]
        check_saved(app.station, inspect(window, inspector, imei), imei)
    finally:
        window.close()
        app.shutdown()
        server.close()
    report(tally)
    return 0


def report(tally: Tally) -> None:
    print("load average at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    sections = list(dict.fromkeys(where for where, _ in tally.keys))
    print("inputs by section (presses + scans):")
    for where in sections:
        keys = " ".join(k for w, k in tally.keys if w == where)
        print(f"  {where:10s} {tally.presses[where]:2d} + {tally.scans[where]} scan(s): {keys}")
    presses, scans = sum(tally.presses.values()), sum(tally.scans.values())
    waits = [w for _, w in tally.waits]
    print("waits, in the order pressed (section input: ms):")
    print("  " + " ".join(f"{w}:{k}:{t * 1000:.0f}" for w, k, t in tally.timed))
    longest = sorted(tally.timed, key=lambda x: -x[2])[:5]
    print("  longest: " + ", ".join(f"{w} {k} {t * 1000:.0f} ms" for w, k, t in longest))
    print(
        f"no-defect smartphone inspection: {presses} key presses + {scans} scans = "
        f"{tally.inputs} inputs  [goal <= {GOAL_INPUTS}; ratio {tally.inputs / GOAL_INPUTS:.2f}]"
    )
    print(
        f"waiting on the app: total {sum(waits):.2f} s over {len(waits)} inputs, "
        f"median {statistics.median(waits) * 1000:.0f} ms, longest "
        f"{max(waits) * 1000:.0f} ms ({max(tally.waits, key=lambda x: x[1])[0]})  "
        f"[goal total <= {GOAL_WAIT_S:.0f} s; ratio {sum(waits) / GOAL_WAIT_S:.2f}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    sys.exit(run())


if __name__ == "__main__":
    from inspector_app.gui.launch import leave

    try:
        main()
    except SystemExit as done:
        leave(int(done.code or 0))
