"""Photo capture and import: JPEG, capped long edge, EXIF orientation, clear errors."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from inspector_app.scanning import CameraSource, ScanStream
from inspector_app.scanning.photo import (
    PhotoError,
    encode_jpeg,
    import_photo,
    take_photo,
    take_photo_for,
)


def jpeg_size(data: bytes) -> tuple[int, int]:
    assert data[:3] == b"\xff\xd8\xff"
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        return image.size


def test_encode_caps_the_long_edge_and_honours_quality():
    frame = np.random.default_rng(1).integers(0, 255, (1500, 3000, 3), dtype=np.uint8)
    small = encode_jpeg(frame, quality=60, max_edge=1024)
    fine = encode_jpeg(frame, quality=95, max_edge=1024)
    assert jpeg_size(small) == (1024, 512)
    assert len(small) < len(fine)
    assert jpeg_size(encode_jpeg(frame[:100, :200])) == (200, 100)  # never enlarged
    with pytest.raises(PhotoError, match="8-bit"):
        encode_jpeg(np.zeros((4, 4), np.float64))


def test_import_turns_the_photo_upright_and_drops_metadata(tmp_path):
    # A phone's portrait shot: stored 400x200 (landscape) with "rotate 90 CW" (6) in EXIF.
    pixels = np.zeros((200, 400, 3), np.uint8)
    pixels[:, :200] = (255, 0, 0)  # left half red as stored: top after turning upright
    image = Image.fromarray(pixels)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    path = tmp_path / "portrait.jpg"
    image.save(path, exif=exif)
    data = import_photo(path, quality=90, max_edge=300)
    assert jpeg_size(data) == (150, 300)
    with Image.open(io.BytesIO(data)) as upright:
        assert not upright.getexif()
        top = np.asarray(upright)[10, 75]
        bottom = np.asarray(upright)[290, 75]
    assert top[0] > 200 and bottom[0] < 50


def test_import_refuses_what_is_not_a_photo(tmp_path):
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    with pytest.raises(PhotoError, match="not an image file"):
        import_photo(text)
    with pytest.raises(PhotoError, match="cannot be read"):
        import_photo(tmp_path / "missing.jpg")
    cut = tmp_path / "cut.jpg"
    Image.new("RGB", (640, 480), "white").save(cut)
    cut.write_bytes(cut.read_bytes()[:300])
    with pytest.raises(PhotoError, match=r"damaged|not an image"):
        import_photo(cut)


def test_take_photo_from_the_running_stream(label_video):
    video = label_video("1Z999AA10123456784")
    with ScanStream(CameraSource(str(video))) as stream:
        data = take_photo(stream=stream, quality=80, max_edge=800)
    assert jpeg_size(data) == (800, 450)


def test_take_photo_from_a_second_camera(tmp_path):
    still = tmp_path / "photo-cam.png"
    cv2.imwrite(str(still), np.full((1200, 1600, 3), 200, np.uint8))
    data = take_photo(photo_source=str(still), max_edge=2048)
    assert jpeg_size(data) == (1600, 1200)


@pytest.mark.expect_log(
    "inspector_app.scanning", r"^camera: Camera file .*gone\.avi does not exist\.$"
)
def test_take_photo_without_a_camera_says_so(tmp_path):
    with pytest.raises(PhotoError, match="no camera is running"):
        take_photo()
    with pytest.raises(PhotoError, match="does not exist"):
        take_photo(photo_source=str(tmp_path / "gone.avi"))
    stream = ScanStream(CameraSource(str(tmp_path / "gone.avi")), reconnect_s=(0.05, 0.1))
    with stream, pytest.raises(PhotoError, match=r"no photo|in time"):
        take_photo(stream=stream, timeout_s=2)


def test_take_photo_for_station_settings(tmp_path):
    from inspector_app.settings import Settings

    still = tmp_path / "photo-cam.png"
    cv2.imwrite(str(still), np.full((1200, 1600, 3), 200, np.uint8))
    settings = Settings({"camera.photo_source": str(still), "photos.max_edge": 1000})
    assert jpeg_size(take_photo_for(settings, stream=None)) == (1000, 750)
