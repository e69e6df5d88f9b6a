"""The demo camera video: every parcel's codes are readable, bad arguments are refused, and
`make run`'s cached copy is rendered once, renewed when its inputs change, never half-written."""

from __future__ import annotations

import cv2
import pytest

from inspector_app.scanning import decode
from inspector_app.scanning.demo_video import (
    Parcel,
    cached_demo_video,
    frame_count,
    main,
    write_demo_video,
)

TINY = {"size": (320, 180), "fps": 5.0, "label_s": 0.4, "empty_s": 0.4}
"""Small enough that a render takes a fraction of a second; the cache logic does not care."""


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


def test_the_cached_video_is_rendered_once_then_reused(tmp_path):
    reports = []
    first = cached_demo_video(
        tmp_path, [Parcel("1Z999AA10123456784")], progress=lambda *r: reports.append(r), **TINY
    )
    total = frame_count(1, fps=5.0, label_s=0.4, empty_s=0.4)
    assert reports[-1] == (total, total)
    assert cv2.VideoCapture(str(first)).get(cv2.CAP_PROP_FRAME_COUNT) == total
    rendered_at = first.stat().st_mtime_ns

    reports.clear()
    again = cached_demo_video(
        tmp_path, [Parcel("1Z999AA10123456784")], progress=lambda *r: reports.append(r), **TINY
    )
    assert again == first
    assert again.stat().st_mtime_ns == rendered_at
    assert reports == []


def test_other_parcels_or_options_render_anew_and_replace_the_older_video(tmp_path):
    first = cached_demo_video(tmp_path, [Parcel("1Z999AA10123456784")], **TINY)
    other_parcels = cached_demo_video(tmp_path, [Parcel("JD01460000")], **TINY)
    assert other_parcels != first
    other_options = cached_demo_video(tmp_path, [Parcel("JD01460000")], **(TINY | {"fps": 4.0}))
    assert other_options != other_parcels
    assert sorted(tmp_path.iterdir()) == [other_options]


def test_an_interrupted_render_leaves_nothing_to_reuse(tmp_path):
    def interrupt(done, total):
        if done * 2 >= total:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cached_demo_video(tmp_path, [Parcel("1Z999AA10123456784")], progress=interrupt, **TINY)
    assert list(tmp_path.iterdir()) == []

    reports = []
    video = cached_demo_video(
        tmp_path, [Parcel("1Z999AA10123456784")], progress=lambda *r: reports.append(r), **TINY
    )
    assert reports  # rendered in full this time, not taken from the interrupted attempt
    assert list(tmp_path.iterdir()) == [video]
