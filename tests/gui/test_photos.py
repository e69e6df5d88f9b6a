"""Inline photos: the viewer's Delete and Retake change what the inspection holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.gui.photo_capture import PhotoCaptureDialog
from inspector_app.gui.photo_viewer import PhotoViewer


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
