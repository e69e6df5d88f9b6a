"""Camera sources: devices, files and URLs through OpenCV, and their errors."""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest

from inspector_app.scanning.sources import (
    CameraError,
    CameraSource,
    CaptureSettings,
    SourceEndedError,
    list_devices,
    redact,
)
from inspector_app.settings import Settings


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        ("0", "device"),
        (" 2 ", "device"),
        ("rtsp://cam.local/stream1", "url"),
        ("HTTP://10.0.0.5/video.mjpg", "url"),
        ("/var/demo.avi", "file"),
        ("demo.mp4", "file"),
    ],
)
def test_the_setting_string_picks_the_kind_of_source(spec, kind):
    assert CameraSource(spec).kind == kind


def test_an_empty_setting_says_what_to_configure():
    with pytest.raises(CameraError, match=r"set camera\.source"):
        CameraSource("  ")


def test_passwords_in_camera_urls_never_reach_messages():
    source = CameraSource("rtsp://admin:s3cret@127.0.0.1:1/stream")
    assert source.description == "rtsp://admin:***@127.0.0.1:1/stream"
    with pytest.raises(CameraError) as error:
        source.open()
    assert "s3cret" not in str(error.value)
    assert redact("http://cam/video") == "http://cam/video"


def test_a_missing_device_names_the_devices_that_exist():
    with pytest.raises(CameraError) as error:
        CameraSource("97").open()
    message = str(error.value)
    existing = list_devices()
    if existing:
        assert f"Cameras found: {', '.join(map(str, existing))}." in message
    else:
        assert "No camera was found on this computer" in message


def test_a_missing_file_and_a_file_that_is_no_video(tmp_path):
    with pytest.raises(CameraError, match="does not exist"):
        CameraSource(str(tmp_path / "nope.avi")).open()
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"not a video at all" * 100)
    with pytest.raises(CameraError, match="not a video OpenCV can play"):
        CameraSource(str(junk)).open()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG garbage")
    with pytest.raises(CameraError, match="not an image OpenCV can read"):
        CameraSource(str(broken)).open()


def test_a_still_image_repeats_at_the_requested_rate(tmp_path):
    image = np.full((90, 160, 3), 77, np.uint8)
    path = tmp_path / "still.png"
    cv2.imwrite(str(path), image)
    with CameraSource(str(path), CaptureSettings(fps=50)) as source:
        started = time.monotonic()
        frames = [source.read() for _ in range(11)]
        elapsed = time.monotonic() - started
    assert all(np.array_equal(f, image) for f in frames)
    assert elapsed >= 9 / 50  # 10 intervals, one of which may be caught up after a delay
    frames[0][:] = 0  # each frame is the caller's own copy
    assert not np.array_equal(frames[0], frames[1])


def test_the_capture_mode_is_read_from_the_settings_or_the_values_being_edited() -> None:
    settings = Settings({"camera.width": 1280, "camera.height": 720, "camera.fps": 15})
    assert CaptureSettings.from_settings(settings) == CaptureSettings(1280, 720, 15)
    editing = {"camera.width": 640, "camera.height": 480, "camera.fps": 5, "ui.sounds": False}
    assert CaptureSettings.from_settings(editing) == CaptureSettings(640, 480, 5)


def test_a_video_loops_or_ends(label_video):
    video = label_video("1Z999AA10123456784", label_s=0.2, empty_s=0.2, fps=50)
    total = int(cv2.VideoCapture(str(video)).get(cv2.CAP_PROP_FRAME_COUNT))
    with CameraSource(str(video), loop=True) as looping:
        frames = [looping.read() for _ in range(total + 5)]
    assert all(f.shape == (540, 960, 3) for f in frames)
    with CameraSource(str(video), loop=False) as once:
        for _ in range(total):
            once.read()
        with pytest.raises(SourceEndedError, match="has ended"):
            once.read()


def test_reading_a_closed_source_is_an_error(label_video):
    source = CameraSource(str(label_video("1Z999AA10123456784")))
    with pytest.raises(CameraError, match="is not open"):
        source.read()
    source.close()  # harmless when never opened
