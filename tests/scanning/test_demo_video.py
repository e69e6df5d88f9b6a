"""The demo camera video: every parcel's codes are readable, bad arguments are refused."""

from __future__ import annotations

import cv2
import pytest

from inspector_app.scanning import decode
from inspector_app.scanning.demo_video import Parcel, main, write_demo_video


def test_the_video_shows_each_label_between_empty_bench_frames(tmp_path):
    video = write_demo_video(
        tmp_path / "demo.mp4",
        [Parcel("1Z999AA10123456784", "RMA-2024-0001"), Parcel("JD01460000")],
        size=(960, 540),
        fps=10,
        label_s=0.5,
        empty_s=0.3,
    )
    capture = cv2.VideoCapture(str(video))
    seen = []
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        seen.append(frozenset(d.text for d in decode(frame, budget_ms=None)))
    capture.release()
    assert len(seen) == 3 * 3 + 2 * 5
    runs = [s for i, s in enumerate(seen) if i == 0 or s != seen[i - 1]]
    assert runs == [
        frozenset(),
        {"1Z999AA10123456784", "RMA-2024-0001"},
        frozenset(),
        {"JD01460000"},
        frozenset(),
    ]


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="at least one parcel"):
        write_demo_video(tmp_path / "x.avi", [])
    with pytest.raises(ValueError, match="needs a tracking number"):
        Parcel.parse(":RMA-1")
    with pytest.raises(ValueError, match="cannot write"):
        write_demo_video(tmp_path / "missing-dir" / "x.avi", [Parcel("1Z999")])


def test_command_line(tmp_path):
    out = tmp_path / "cli.avi"
    assert main([str(out), "1Z999AA10123456784:RMA-1", "--fps", "5"]) == 0
    assert cv2.VideoCapture(str(out)).get(cv2.CAP_PROP_FRAME_COUNT) > 10
