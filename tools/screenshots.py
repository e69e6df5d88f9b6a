"""Screenshots of every screen of the real station, for the README and for review.

Starts the real app exactly as `inspector-app demo` does (embedded server with demo data,
demo camera video, fresh data directory), drives it through a whole inspection with
tools.gui_driver, and saves a PNG per screen and dialog, in English (in the folder given)
and in French (in its `fr/` subfolder). Run under Xvfb:

    xvfb-run -a -s '-screen 0 1366x768x24' python -m tools.screenshots docs/screenshots
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from inspector_app.commands.gui import start_demo_server
from inspector_app.domain.demo import demo_batch
from inspector_app.domain.returns import Disposition, Outcome
from inspector_app.gui import i18n
from inspector_app.gui.annotate import MarkDialog
from inspector_app.gui.launch import build, make_qt_app
from inspector_app.gui.photo_capture import PhotoCaptureDialog
from inspector_app.gui.photo_viewer import PhotoViewer
from inspector_app.scanning.demo_video import Parcel, write_demo_video
from inspector_app.settings import Settings
from inspector_app.station import Connectivity, Station, open_sandbox
from inspector_app.station.training import TRAINEE_BADGE, TRAINEE_PIN
from inspector_app.sync.client import ServerRefusedError
from inspector_app.sync.needs_attention import park_message
from inspector_app.wire import Problem
from tools.gui_driver import PHOTOS, SMARTPHONE_ANSWERS, BenchDriver, poll_until

LANGUAGES = ("en", "fr")
OVERRIDE_REASONS = {
    "en": "Screen cracked by the customer, photographed.",
    "fr": "Écran fissuré par le client, photographié.",
}
"""What the inspector types to explain a change of the proposal, in each language."""
OUTBOUND_TRACKING = "6A12345678901"
MARK_TEXTS = {"en": "scratch", "fr": "rayure"}
"""The label of the parcel going back, for the refusal's screen (on no demo label)."""


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        QTest.qWait(150)  # let layouts and the last camera frame settle
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path)

    def modal(self, name: str, then: Callable[[QWidget], None]) -> None:
        """Photograph the next modal dialog once it is up (unless `name` is empty: `then`
        takes its own pictures), then act on it."""

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(50, look)
                return

            def shoot() -> None:
                if name:
                    self.save(dialog, name)
                then(dialog)

            QTimer.singleShot(400, shoot)

        QTimer.singleShot(50, look)


@dataclass
class DemoStation:
    """The real app as `inspector-app demo` starts it, with the parcel its camera shows."""

    app: Any
    window: Any
    server: Any
    batch: Any
    phone: Any

    def close(self) -> None:
        self.window.close()
        self.app.shutdown()
        self.server.stop()


def demo_station(root: Path, language: str = "en", *, kiosk: bool = False) -> DemoStation:
    """Start the embedded demo server and a bench whose camera video shows an eligible
    smartphone's label, in `language` (in kiosk mode if `kiosk`); the window is shown at
    1366×768 once started."""
    server = start_demo_server(root / "server")
    today = dt.datetime.now(dt.UTC).date()
    batch = demo_batch(60, today, 7)
    phone = next(
        r
        for r in batch.returns
        if r.product.category == "smartphone"
        and r.id not in batch.late
        and r.id not in batch.mismatched
        and not r.reason.is_defect
    )
    camera = write_demo_video(
        root / "camera.avi",
        [Parcel(phone.tracking_numbers[0], phone.rma)],
        label_s=4.0,
        empty_s=2.0,
    )
    settings = Settings(
        {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "station.name": "demo-bench",
            "camera.source": str(camera),
            "ui.sounds": False,
            "ui.language": language,
            "sync.interval_s": 3.0,
            "ui.kiosk": kiosk,
        },
        source="cli",
    )
    make_qt_app()
    app, window = build(settings, root / "station", save_settings=False)
    return DemoStation(app, window, server, batch, phone)


def run(out: Path, language: str) -> int:
    """Every screen in `language`: English in `out`, another language in `out/<language>`."""
    root = Path(tempfile.mkdtemp(prefix=f"inspector-shots-{language}-"))
    translators = i18n.install(make_qt_app(), language)
    demo = demo_station(root, language)
    app, window, server, batch, phone = demo.app, demo.window, demo.server, demo.batch, demo.phone
    shots = Shooter(out if language == "en" else out / language)
    status = window.status
    try:
        app.start()
        window.resize(1366, 768)
        window.show()
        drive = BenchDriver(window, poll_until)
        poll_until(lambda: window.sign_in.ui.inspector.count() > 0, 20000)
        shots.save(window, "01-sign-in")
        drive.sign_in()
        poll_until(window.scan_page.preview.has_picture, 10000)
        shots.save(window, "02-scan")
        drive.wait_card(timeout=30000)
        shots.save(window, "03-return-card")
        ret = window.session.lookup.ret
        _inspect(drive, window, shots, batch.device_codes.get(ret.id, ret.product.imei), language)
        shots.save(window, "13-saved-next-parcel")
        poll_until(lambda: status.pending.text() == status.tr("Everything sent"), 20000)
        shots.save(window, "14-synced")
        _inspected_card(drive, window, shots, phone)
        _dialogs(app, window, shots)
        _offline_and_attention(app, window, shots, server, batch=batch, done_id=phone.id)
        _lead_prompt(window, shots)
        window.sign_out()
        shots.save(window, "22-signed-out")
    finally:
        demo.close()
        for translator in translators:
            QApplication.removeTranslator(translator)
    print(f"{len(shots.saved)} screenshots in {shots.out}")
    return 0


def _inspect(drive: BenchDriver, window: Any, shots: Shooter, imei: str, language: str) -> None:
    """The checklist with photos, the viewer and the verdict, saved along the way."""
    drive.start_inspection()
    shots.save(window, "04-checklist-identity")
    drive.answer("imei", imei)
    for item_id, value in SMARTPHONE_ANSWERS[:2]:
        drive.answer(item_id, value)
    shots.save(window, "05-checklist-identity-answered")
    drive.answer(*SMARTPHONE_ANSWERS[2])  # the section is complete: on to the next by itself
    drive.answer("screen_condition", "cracked")
    shots.modal("06-photo-capture", _shoot_until_closed)  # the dialog takes both photos
    QTest.mouseClick(drive.widget("screen_condition")._photo_button, Qt.MouseButton.LeftButton)
    poll_until(
        lambda: (
            len(window.checklist.snapshot().photos.get("screen_condition", []))
            == PHOTOS["screen_condition"]
        ),
        15000,
    )
    shots.save(window, "07-checklist-photos")
    widget = drive.widget("screen_condition")
    poll_until(lambda: bool(widget._thumbs) and not widget._thumbs[0].icon().isNull(), 5000)
    shots.modal("08-photo-viewer", QDialog.accept)
    widget._thumbs[0].click()
    _marking(widget, shots, language)
    sections = {
        item.id: index
        for index, section in enumerate(window.checklist.snapshot().template.sections)
        for item in section.items
    }
    for item_id, value in [*SMARTPHONE_ANSWERS[4:], ("overview", None)]:
        while window.checklist.section_index < sections[item_id]:
            drive.next_section()
        if item_id == "battery_health":  # the first of the function tests, none answered yet
            shots.save(window, "09-checklist-function")
        if item_id == "charges":  # All pass, then each test's own answer over it
            QTest.keyClick(window.checklist, Qt.Key.Key_A)
            poll_until(lambda: window.checklist.value_of("charges") is True, 10000)
            poll_until(lambda: not window.bridge.pending(), 10000)
            shots.save(window, "09b-checklist-all-pass")
        if value is not None:
            drive.answer(item_id, value)
        if item_id in PHOTOS:
            drive.take_photos(item_id, PHOTOS[item_id])
    shots.save(window, "10-checklist-contents")
    drive.next_section()
    shots.save(window, "11-verdict")
    ui = window.verdict.ui
    proposed = (ui.outcome.currentIndex(), ui.grade.currentIndex(), ui.disposition.currentIndex())
    ui.grade.setCurrentIndex(ui.grade.count() - 1)
    ui.overrideReason.setPlainText(OVERRIDE_REASONS[language])
    shots.save(window, "12-verdict-override")
    # A refusal asks for the tracking number of the parcel going back (shown, not finalized:
    # nothing this checklist found explains a refusal to the customer).
    ui.outcome.setCurrentIndex(ui.outcome.findData(Outcome.REFUSE_SEND_BACK))
    ui.disposition.setCurrentIndex(ui.disposition.findData(Disposition.QUARANTINE))
    ui.sendback.setFocus()
    QTest.keyClicks(ui.sendback, OUTBOUND_TRACKING, delay=80)  # typed, not a scanner's burst
    poll_until(lambda: ui.sendback.text() == OUTBOUND_TRACKING, 5000)
    shots.save(window, "12b-verdict-send-back")
    outcome, grade, disposition = proposed
    ui.outcome.setCurrentIndex(outcome)
    ui.disposition.setCurrentIndex(disposition)
    ui.grade.setCurrentIndex(grade)
    drive.finalize()


def _marking(widget: Any, shots: Shooter, language: str) -> None:
    """The viewer's M on the first photo: a circle and an arrow at the cross, a short text,
    shown and left unsaved (the later screens show the photos the checklist asked for)."""
    marked: list[bool] = []
    poll_until(  # the viewer of 08 photographed and closed first
        lambda: (
            any(path.stem == "08-photo-viewer" for path in shots.saved)
            and QApplication.activeModalWidget() is None
        ),
        15000,
    )

    def draw() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MarkDialog):
            QTimer.singleShot(50, draw)
            return
        for key in (Qt.Key.Key_C, Qt.Key.Key_Right, Qt.Key.Key_A, Qt.Key.Key_Up, Qt.Key.Key_T):
            QTest.keyClick(dialog, key)
        QTest.keyClicks(dialog.text, MARK_TEXTS[language], delay=80)  # typed, not scanned
        QTest.keyClick(dialog.text, Qt.Key.Key_Return)
        shots.save(dialog, "08b-photo-marking")
        dialog.reject()
        marked.append(True)

    def press_m() -> None:
        viewer = QApplication.activeModalWidget()
        if not isinstance(viewer, PhotoViewer):
            QTimer.singleShot(50, press_m)
            return
        QTimer.singleShot(50, draw)
        QTest.keyClick(viewer, Qt.Key.Key_M)

    QTimer.singleShot(50, press_m)
    widget._thumbs[0].click()
    poll_until(lambda: bool(marked), 15000)


def _shoot_until_closed(dialog: QWidget) -> None:
    """Take a photo each time the capture dialog is ready, until it closes by itself (the
    item has the photos it needs)."""
    try:
        if not dialog.isVisible():
            return
    except RuntimeError:  # deleted once closed
        return
    if isinstance(dialog, PhotoCaptureDialog) and dialog.ready():
        dialog.take()
    QTimer.singleShot(50, lambda: _shoot_until_closed(dialog))


def _offline_and_attention(
    app: object, window: object, shots: Shooter, server: object, *, batch: object, done_id: str
) -> None:
    """The server goes away; another inspection queues; then one is refused.

    The refusal is staged through the outbox's own `park` (what the sync does on a 409), as
    two benches inspecting the same parcel would take a second station to produce.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from station.support import fill_checklist, verdict_for

    server.stop()
    station = app.station
    other = next(
        r
        for r in batch.returns
        if r.id != done_id and r.id not in batch.late and r.product.category == "smartphone"
    )

    def inspect_other() -> str:
        draft = station.start_inspection(other.id, inspector="badge-0042")
        fill_checklist(draft)
        return station.finalize(draft, verdict_for(draft)).uuid

    queued: list[str] = []
    app.bridge.call(inspect_other, done=queued.append)
    app.sync.wake()
    offline = window.status.tr("Offline: inspections are kept and sent later")
    poll_until(lambda: bool(queued) and offline in window.status.connection.text(), 30000)
    shots.save(window, "19-offline-queued")
    # What the sync parks after the server's 409 for a return inspected at another bench.
    refused = Problem(title="Conflict", status=409, code="return_already_inspected")
    message = park_message(ServerRefusedError("409 Conflict", 409, refused, None))
    app.bridge.call(station.outbox.park, queued[0], message)
    app.bridge.call(
        station.pending,
        done=lambda q: window.status.show_state(
            Connectivity.OFFLINE, q.pending, q.needs_attention, None
        ),
    )
    poll_until(window.status.attention.isVisible, 10000)
    shots.save(window, "20-needs-attention-status")
    # Correct (Alt+C) on the refused entry calls a shift lead: see _lead_prompt.
    shots.modal("21-needs-attention-dialog", lambda dialog: dialog.ui.correctButton.click())
    window.open_attention()


def _inspected_card(drive: BenchDriver, window: Any, shots: Shooter, phone: Any) -> None:
    """The parcel just inspected, scanned again: who inspected it and when, and "Correct this
    inspection" (this bench's own fresh verdict: no lead needed)."""
    drive.scanner_burst(phone.tracking_numbers[0], window.scan_page.ui.code)
    drive.wait_card()
    poll_until(lambda: window.card.ui.inspectedValue.text() not in ("", "…"), 10000)
    shots.save(window, "23-card-inspected")
    window.back_to_scan()


def _lead_prompt(window: Any, shots: Shooter) -> None:
    """Correct on the refused entry: a shift lead is called to the bench; with the server
    away, the authorisation is refused in plain words and nothing changes."""
    poll_until(lambda: window.corrections.prompt is not None, 15000)
    prompt = window.corrections.prompt
    poll_until(prompt.isVisible, 5000)
    shots.save(prompt, "24-lead-prompt")
    prompt.pin.setFocus()
    QTest.keyClicks(prompt.pin, "432100", delay=80)
    poll_until(lambda: prompt.pin.text() == "432100", 5000)
    QTest.keyClick(prompt.pin, Qt.Key.Key_Return)
    poll_until(lambda: prompt.authorise.isEnabled() and not prompt.pin.text(), 30000)
    shots.save(prompt, "25-lead-prompt-offline")
    prompt.reject()


def _dialogs(app: object, window: object, shots: Shooter) -> None:
    """Settings (each tab), About, and the needs-attention dialog."""

    def settings_tabs(dialog: QWidget) -> None:
        tabs = dialog.ui.tabs
        for index, name in ((2, "16-settings-camera"), (5, "17-settings-interface")):
            tabs.setCurrentIndex(index)
            shots.save(dialog, name)
        dialog.reject()

    shots.modal("15-settings-server", settings_tabs)
    window.open_settings()
    shots.modal("18-about", QDialog.accept)
    window.open_about()


def run_kiosk(out: Path, language: str) -> int:
    """Kiosk mode: the sign-in page with its PIN pad, and the scan page once a lead (who may
    open Settings and quit) has signed in on it."""
    root = Path(tempfile.mkdtemp(prefix=f"inspector-kiosk-{language}-"))
    translators = i18n.install(make_qt_app(), language)
    demo = demo_station(root, language, kiosk=True)
    app, window = demo.app, demo.window
    shots = Shooter(out if language == "en" else out / language)
    try:
        app.start()
        window.present()
        page = window.sign_in
        poll_until(lambda: page.ui.inspector.findData("lead-0001") >= 0, 20000)
        page.ui.inspector.setCurrentIndex(page.ui.inspector.findData("lead-0001"))
        shots.save(window, "23-kiosk-sign-in")
        for key in [*"432100", "ok"]:
            QTest.mouseClick(page.pad.keys[key], Qt.MouseButton.LeftButton)
        poll_until(window.scan_page.preview.has_picture, 20000)
        shots.save(window, "24-kiosk-lead-signed-in")
    finally:
        demo.close()  # the kiosk window stays (it refuses to close); the process ends
        for translator in translators:
            QApplication.removeTranslator(translator)
    return 0


def run_training(out: Path, language: str) -> int:
    """Training mode: the banner naming the next parcel, then on its card what the trainee
    finds in the box, and the trainer's score once the phone is inspected with the frame's
    wear missed."""
    root = Path(tempfile.mkdtemp(prefix=f"inspector-training-{language}-"))
    translators = i18n.install(make_qt_app(), language)
    _, training = open_sandbox(root, Settings())
    phone = next(e for e in training.exercises if training.return_of(e).product.imei)
    ret = training.return_of(phone)
    camera = write_demo_video(
        root.parent / f"{root.name}.avi",
        [Parcel(ret.tracking_numbers[0], ret.rma)],
        label_s=4.0,
        empty_s=2.0,
    )
    bench = Settings({"camera.source": str(camera), "ui.sounds": False, "ui.language": language})
    settings, training = open_sandbox(root, bench, language=language)
    app, window = build(settings, root, save_settings=False, training=training)
    shots = Shooter(out if language == "en" else out / language)
    try:
        app.start()
        window.resize(1366, 768)
        window.show()
        drive = BenchDriver(window, poll_until)
        poll_until(lambda: window.sign_in.ui.inspector.count() > 0, 20000)
        shots.save(window, "25b-training-sign-in")
        drive.sign_in(TRAINEE_BADGE, TRAINEE_PIN)
        poll_until(window.scan_page.preview.has_picture, 10000)
        shots.save(window, "25-training-scan")
        drive.wait_card(timeout=30000)
        shots.save(window, "26-training-card")
        drive.start_inspection()
        changed = {"battery_health": 88, "original_packaging": False}
        drive.complete_smartphone(ret.product.imei, changed=changed)
        drive.finalize()
        taken = len(shots.saved)
        shots.modal("27-training-score", QDialog.reject)
        window.training.end()
        poll_until(lambda: len(shots.saved) > taken and not QApplication.activeModalWidget())
        window.close()
    finally:
        app.shutdown()
    try:
        _training_button(root.parent / f"{root.name}-bench", language, shots)
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
    return 0


def _training_button(folder: Path, language: str, shots: Shooter) -> None:
    """The sign-in page of a bench whose site allows training (`ui.training_allowed`)."""
    with Station.open(folder) as station:
        station.add_inspector("badge-0042", "Demo Inspector", "1234")
    settings = Settings(
        {"ui.training_allowed": True, "ui.sounds": False, "ui.language": language}, source="cli"
    )
    app, window = build(settings, folder, save_settings=False)
    try:
        window.resize(1366, 768)
        window.show()
        poll_until(lambda: window.sign_in.ui.inspector.count() > 0, 20000)
        shots.save(window, "25a-sign-in-training-button")
        window.close()
    finally:
        app.shutdown()


def run_standalone(out: Path, language: str) -> int:
    """A bench without a server: its admin, signed in, on Settings' People and Hand-over
    tabs."""
    root = Path(tempfile.mkdtemp(prefix=f"inspector-standalone-{language}-"))
    translators = i18n.install(make_qt_app(), language)
    settings = Settings(
        {"station.name": "bench-alone", "camera.source": "", "ui.sounds": False},
        source="cli",
    )
    app, window = build(settings, root / "station", save_settings=False)
    station = app.station
    station.add_person("admin-01", "Ada Admin", "908172", role="admin")
    station.sign_in("admin-01", "908172")
    station.add_person("badge-0042", "Ines Inspector", "1234")
    station.add_person("badge-0043", "Paul Other", "1234")
    station.add_person("lead-0001", "Luc Lead", "432100", role="lead")
    station.deactivate_person("badge-0043")
    station.sign_out()
    shots = Shooter(out if language == "en" else out / language)
    try:
        app.start()
        window.resize(1366, 768)
        window.show()
        BenchDriver(window, poll_until).sign_in("admin-01", "908172")

        def people_tab(dialog: QWidget) -> None:
            tabs = dialog.ui.tabs
            tabs.setCurrentIndex(tabs.count() - 2)
            page = tabs.currentWidget()
            poll_until(lambda: page.people.count() == 4, 10000)
            page.people.setCurrentRow(1)
            shots.save(dialog, "28-settings-people")
            tabs.setCurrentIndex(tabs.count() - 1)
            poll_until(lambda: bool(tabs.currentWidget().waiting.text()), 10000)
            shots.save(dialog, "29-settings-handover")
            dialog.reject()

        shots.modal("", people_tab)
        window.open_settings()
    finally:
        window.close()
        app.shutdown()
        for translator in translators:
            QApplication.removeTranslator(translator)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", action="append", choices=LANGUAGES, help="default: every one")
    parser.add_argument("--kiosk", action="store_true", help="the kiosk mode's screens only")
    parser.add_argument("--training", action="store_true", help="training mode's screens only")
    parser.add_argument(
        "--standalone", action="store_true", help="a bench without a server's screens only"
    )
    args = parser.parse_args(argv)
    languages = args.language or list(LANGUAGES)
    if len(languages) == 1:
        chosen = {
            run_kiosk: args.kiosk,
            run_training: args.training,
            run_standalone: args.standalone,
        }
        one = next((screens for screens, wanted in chosen.items() if wanted), run)
        return one(args.out, languages[0])
    # One process per language: a bench started after another in the same process does not
    # always get its card's Start click (the first one's threads are still winding down).
    for language in languages:
        command = [sys.executable, "-m", "tools.screenshots", str(args.out)]
        subprocess.run([*command, "--language", language], check=True)
        subprocess.run([*command, "--language", language, "--kiosk"], check=True)
        subprocess.run([*command, "--language", language, "--training"], check=True)
        subprocess.run([*command, "--language", language, "--standalone"], check=True)
    return 0


if __name__ == "__main__":
    from inspector_app.gui.launch import leave

    leave(main())
