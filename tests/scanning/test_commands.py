"""`inspector-app decode`, `cameras` and `demo-video` through the real CLI entry point."""

from __future__ import annotations

import json

import cv2
import numpy as np

from inspector_app.cli import main
from inspector_app.scanning.formats import TO_ZXING

from .helpers import barcode_image, on_bench


def test_decode_prints_each_code(tmp_path, capsys):
    image = tmp_path / "label.png"
    cv2.imwrite(str(image), on_bench(barcode_image("1Z999AA10123456784", TO_ZXING["code128"])))
    assert main(["decode", str(image)]) == 0
    assert capsys.readouterr().out == f"{image}\tcode128\tchecksum ok\t'1Z999AA10123456784'\n"
    assert main(["decode", "--json", str(image)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["format"], row["text"], row["checksum_protected"]) == (
        "code128",
        "1Z999AA10123456784",
        True,
    )
    assert len(row["corners"]) == 4


def test_decode_errors(tmp_path, capsys):
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((100, 100), 255, np.uint8))
    assert main(["decode", str(blank), str(tmp_path / "missing.png")]) == 1
    err = capsys.readouterr().err
    assert f"{blank}: no barcode found" in err
    assert "missing.png: not an image OpenCV can read" in err
    assert main(["decode", "--formats", "aztec", str(blank)]) == 1
    assert "unknown barcode format 'aztec'" in capsys.readouterr().err


def test_cameras_lists_devices_or_says_there_are_none(capsys):
    status = main(["cameras"])
    out = capsys.readouterr().out
    assert (status, "No camera found" in out) in ((0, False), (1, True))


def test_demo_video(tmp_path, capsys):
    out = tmp_path / "bench.avi"
    assert main(["demo-video", str(out), "1Z999AA10123456784:RMA-1", "--fps", "4"]) == 0
    assert out.stat().st_size > 0
    assert main(["demo-video", str(out), ":RMA-1"]) == 1
    assert "needs a tracking number" in capsys.readouterr().err
