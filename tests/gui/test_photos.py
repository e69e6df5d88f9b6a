"""Inline photos: the viewer's Delete and Retake change what the inspection holds, a picture
file stands in for the camera when it fails, and any item takes a photo (Ctrl+P)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from inspector_app.gui.photo_capture import PhotoCaptureDialog
from inspector_app.gui.photo_viewer import PhotoViewer

from .test_end_to_end import server_inspection


def on_viewer(act: Any) -> None:
    """Act on the photo viewer once it is open (it is modal)."""

    def look() -> None:
        viewer = QApplication.activeModalWidget()
        if isinstance(viewer, PhotoViewer):
            act(viewer)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_delete_and_retake_from_the_viewer(online_bench: Any, demo: Any, qtbot: Any) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    drive.answer("powers_on", True)
    drive.answer("activation_lock", True)  # a lock needs one photo (conditional minimum)
    drive.take_photos("activation_lock", 2)
    widget = drive.widget("activation_lock")
    first, second = window.checklist.snapshot().photos["activation_lock"]
    qtbot.waitUntil(lambda: len(widget._thumbs) == 2)

    on_viewer(lambda viewer: viewer.ui.deleteButton.click())
    widget._thumbs[0].click()
    qtbot.waitUntil(lambda: window.checklist.snapshot().photos["activation_lock"] == [second])
    assert not bench.station.photos.exists(first)  # no other inspection uses that file

    def retake(viewer: PhotoViewer) -> None:
        viewer.ui.retakeButton.click()

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, PhotoCaptureDialog) and dialog.view.has_picture():
                dialog.take()
            else:
                QTimer.singleShot(20, shoot)

        QTimer.singleShot(20, shoot)

    on_viewer(retake)
    drive.widget("activation_lock")._thumbs[0].click()
    qtbot.waitUntil(
        lambda: (
            len(window.checklist.snapshot().photos["activation_lock"]) == 1
            and window.checklist.snapshot().photos["activation_lock"] != [second]
        ),
        timeout=20000,
    )


def _sideways_phone_picture(path: Path) -> None:
    """A JPEG as a phone stores a portrait shot: landscape pixels, an orientation tag saying
    'turn 90°', and metadata that must not leave the bench."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (300, 200), (200, 30, 30)).save(path, "JPEG", exif=exif)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the chooser
def test_a_picture_file_stands_in_when_the_camera_fails(
    online_bench: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    drive.answer("powers_on", True)
    drive.answer("activation_lock", True)  # a lock needs one photo (conditional minimum)
    bench.app.scans.stop()  # the camera is gone
    picture = tmp_path / "lock-screen.jpg"
    _sideways_phone_picture(picture)
    said: dict[str, Any] = {}

    def choose(chooser: QFileDialog) -> None:
        chooser.selectFile(str(picture))
        chooser.accept()

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PhotoCaptureDialog):
            QTimer.singleShot(20, in_dialog)
            return
        dialog.shoot.click()  # the camera fails: the dialog says so and offers a file
        said["message"] = dialog.message.text()
        said["focus"] = dialog.focusWidget() is dialog.import_button
        dialog.choosing.connect(choose)
        QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(20, in_dialog)
    drive.widget("activation_lock")._photo_button.click()
    qtbot.waitUntil(
        lambda: len(window.checklist.snapshot().photos.get("activation_lock", [])) == 1,
        timeout=30000,
    )
    assert said["message"] == (
        "No photo: No camera is running. Try again, or import a picture from a file (Ctrl+O)."
    )
    assert said["focus"], "Enter then imports"
    [sha] = window.checklist.snapshot().photos["activation_lock"]
    stored = Image.open(io.BytesIO(bench.station.photo(sha)))
    assert (stored.format, stored.size) == ("JPEG", (200, 300)), "upright, as the phone showed it"
    assert not stored.getexif(), "no metadata leaves the bench"
    qtbot.waitUntil(lambda: len(drive.widget("activation_lock")._thumbs) == 1, timeout=30000)


def test_an_item_that_asks_no_photo_takes_one_and_sync_sends_it(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    """Ctrl+P, even from the field the fault was just typed into, photographs it; the photo
    travels with the inspection like the photos the checklist asked for."""
    bench, drive = online_bench, online_bench.driver
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.complete_smartphone(
        demo.batch.device_codes[demo.parcel.id],
        changed={"other_faults": "Deep scratch on the back"},
        photos={"other_faults": 1, "accessories": 1},
        by_key=True,
    )
    accessories = bench.window.checklist._widgets["accessories"]._photo_button
    overview = bench.window.checklist._widgets["overview"]._photo_button
    assert (accessories.text(), overview.text()) == ("Add photo (Ctrl+P)", "Take photo (P)")
    taken = bench.window.checklist.snapshot().photos
    uuid = drive.finalize()

    qtbot.waitUntil(lambda: server_inspection(live_server, uuid) is not None, timeout=30000)
    stored = server_inspection(live_server, uuid)
    by_item: dict[str, list[str]] = {}
    for photo in stored["photos"]:
        by_item.setdefault(photo["item"], []).append(photo["sha256"])
    assert by_item == taken
    assert len(by_item["other_faults"]) == len(by_item["accessories"]) == 1
    for sha in (by_item["other_faults"][0], by_item["accessories"][0]):
        got = requests.get(
            f"{live_server.url}/api/v1/photos/{sha}",
            headers=live_server.headers("lead"),
            timeout=10,
        )
        assert got.status_code == 200 and got.content == bench.station.photo(sha)
