"""camera.photo_source: the capture dialog shows and shoots the second camera (a real video
file read by OpenCV, as a webcam would be), the scanning camera keeps scanning meanwhile, and
the second camera is closed with the dialog."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image

from inspector_app.scanning.demo_video import Parcel, write_demo_video

from .conftest import bench_settings


def test_photos_come_from_the_photo_camera(
    live_server: Any, demo: Any, open_bench: Any, qtbot: Any, tmp_path: Path
) -> None:
    live_server.add_returns(demo.batch.returns)
    photo_camera = write_demo_video(
        tmp_path / "photo-camera.avi", [Parcel("PHOTO-CAMERA", "PHOTO")], size=(1280, 720)
    )
    settings = bench_settings(
        live_server.url,
        live_server.tokens["station"],
        str(demo.video),  # the scanning camera: 960x540
        {"camera.photo_source": str(photo_camera)},
    )
    bench = open_bench(settings)
    drive, window = bench.driver, bench.window
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    drive.answer("powers_on", True)
    drive.answer("activation_lock", True)  # a lock needs one photo
    scanning = bench.app.scans.stream
    decoded = scanning.stats.decoded
    drive.take_photos("activation_lock", 1, by_key=True)

    [sha] = window.checklist.snapshot().photos["activation_lock"]
    assert Image.open(io.BytesIO(bench.station.photo(sha))).size == (1280, 720)
    assert window.photos.photo_camera.stream is None, "closed with the dialog"
    assert bench.app.scans.stream is scanning and scanning.running
    qtbot.waitUntil(lambda: scanning.stats.decoded > decoded + 5, timeout=20000)
