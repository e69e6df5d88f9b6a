"""Return labels in view of a webcam: the survey finds each code, the cut straightens it, and
decode() reads every code with its true corners, where one plain zxing-cpp call does not.

The labels are rendered here (labels.py) and put before a simulated pinhole camera, so each
code's true corners in the frame are known. Reads are checked without a budget: what is read
must not depend on the machine's speed (the budget has its own tests in test_decode.py).
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
import zxingcpp

from inspector_app.scanning import decode
from inspector_app.scanning.regions import (
    Region,
    Shape,
    find_blobs,
    find_codes,
    label_in_view,
)
from inspector_app.scanning.straighten import bar_quad, matrix_crop, rotated_crop, straightened_bars

from .helpers import barcode_image, on_bench
from .labels import TEXTS, Shot, in_view, return_label

LABEL = return_label()

VIEWS = {
    "flat": {},
    "turned": {"turn": 30},
    "tilted in 3D": {"turn": -20, "tilt": (30, 20)},
    "1080p, turned and tilted": {"size": (1920, 1080), "turn": 80, "tilt": (0, 35)},
    "upside down": {"turn": 180},
}


def shot(name: str) -> Shot:
    return in_view(LABEL, **VIEWS[name])


def gray_and_small(frame: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    factor = gray.shape[1] / 640
    small = cv2.resize(gray, (640, round(gray.shape[0] / factor)), interpolation=cv2.INTER_AREA)
    return gray, small, factor


def near(point, quad: np.ndarray, tolerance: float) -> bool:
    """Whether `point` lies within `tolerance` pixels of the quadrilateral `quad`."""
    inside = cv2.pointPolygonTest(quad.astype(np.float32), tuple(map(float, point)), True)
    return inside >= -tolerance


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_code_of_the_label_is_read_where_it_is(view):
    picture = shot(view)
    found = {d.text: d for d in decode(picture.frame, budget_ms=None)}
    for role, text in TEXTS.items():
        if role == "rma" and view == "tilted in 3D":
            continue  # 1.6 px modules tilted 35 degrees: beyond what it reads, checked below
        assert text in found, f"{role} not read"
        quad = picture.corners[role]
        # linear codes report the rows read, a band inside the bars; 2D codes their corners
        tolerance = 0.08 * math.dist(quad[0], quad[1]) + 4
        assert all(near(p, quad, tolerance) for p in found[text].corners), role
    assert set(found) <= set(TEXTS.values()), "nothing that is not on the label"


def test_plain_zxing_misses_what_the_straightened_cuts_read():
    picture = shot("turned")
    plain = {
        b.text for b in zxingcpp.read_barcodes(picture.frame, text_mode=zxingcpp.TextMode.Plain)
    }
    ours = {d.text for d in decode(picture.frame, budget_ms=None)}
    assert TEXTS["rma"] not in plain and TEXTS["routing"] not in plain
    assert {TEXTS["rma"], TEXTS["routing"], TEXTS["tracking"]} <= ours


@pytest.mark.parametrize("view", list(VIEWS))
def test_the_survey_finds_each_linear_code_with_its_direction(view):
    picture = shot(view)
    _, small, factor = gray_and_small(picture.frame)
    regions = [r for r in find_codes(small, factor) if r.shape is Shape.LINEAR]
    for role in ("tracking", "routing", "rma"):
        quad = picture.corners[role]
        along = quad[1] - quad[0]
        direction = math.atan2(along[1], along[0])
        hits = [r for r in regions if r.contains(tuple(quad.mean(axis=0)))]
        assert hits, f"no region on the {role} code"
        turn = abs(hits[0].angle - direction) % math.pi
        assert min(turn, math.pi - turn) < math.radians(10), role
    assert label_in_view(regions), "its parallel codes say a label is in view"


def test_codes_that_are_not_parallel_are_not_a_label():
    """Two codes on one frame whose bars run different ways are not one label's: the survey
    finds both, and label_in_view does not take them for a label (it does once they are
    parallel)."""
    symbol = barcode_image(TEXTS["tracking"], zxingcpp.BarcodeFormat.Code128, scale=2)
    symbol = symbol[: symbol.shape[0] // 2]  # bars half as tall: a label's proportions
    for turn, label in ((cv2.ROTATE_90_CLOCKWISE, False), (cv2.ROTATE_180, True)):
        frame = on_bench(symbol, at=(60, 500))
        other = cv2.rotate(symbol, turn)
        frame[20 : 20 + other.shape[0], 700 : 700 + other.shape[1]] = other[..., None]
        _, small, factor = gray_and_small(frame)
        linear = [r for r in find_codes(small, factor) if r.shape is Shape.LINEAR]
        assert len(linear) == 2
        assert label_in_view(linear) is label


def test_the_survey_finds_the_2d_code_and_the_label_as_a_blob():
    picture = shot("flat")
    _, small, factor = gray_and_small(picture.frame)
    matrix = [r for r in find_codes(small, factor) if r.shape is Shape.MATRIX]
    assert any(r.contains(tuple(picture.corners["payload"].mean(axis=0))) for r in matrix)
    blobs, busy = find_blobs(small, factor)
    assert blobs and busy > 0.05


def test_an_empty_bench_has_no_code_region():
    bench = in_view(LABEL, width_fraction=0.001).frame  # the label too far to see
    _, small, factor = gray_and_small(bench)
    assert find_codes(small, factor) == []
    assert decode(bench, budget_ms=None) == []


def test_the_bars_of_a_tilted_code_are_found_to_their_ends():
    """The cut's corners are where the tracking code's bars end, perspective included."""
    picture = shot("tilted in 3D")
    gray, small, factor = gray_and_small(picture.frame)
    truth = picture.corners["tracking"]
    region = next(
        r
        for r in find_codes(small, factor)
        if r.shape is Shape.LINEAR and r.contains(tuple(truth.mean(axis=0)))
    )
    crop, to_crop = rotated_crop(gray, region, scale=0.5, reach=(2.5, 1.6))
    quad = bar_quad(crop)
    assert quad is not None
    in_frame = cv2.perspectiveTransform(quad[None], np.linalg.inv(to_crop))[0]
    # the true corners in some order (the cut may have turned the code upside down)
    for corner in in_frame:
        assert min(math.dist(corner, t) for t in truth) < 0.06 * math.dist(truth[0], truth[1])


def test_small_modules_are_upsampled_and_read():
    """At ~1.6 px per module one zxing-cpp call over the frame misses the tracking code; the
    straightened cut is upsampled towards 2.8 px per module, and decode() reads it."""
    picture = in_view(LABEL, width_fraction=0.3)
    gray, small, factor = gray_and_small(picture.frame)
    truth = picture.corners["tracking"]
    region = next(
        r
        for r in find_codes(small, factor)
        if r.shape is Shape.LINEAR and r.contains(tuple(truth.mean(axis=0)))
    )
    image, _, module = straightened_bars(gray, region)
    assert module < 2.5
    assert image.shape[1] > 1.3 * math.dist(truth[0], truth[1])
    plain = {b.text for b in zxingcpp.read_barcodes(picture.frame)}
    assert TEXTS["tracking"] not in plain
    assert TEXTS["tracking"] in {d.text for d in decode(picture.frame, budget_ms=None)}


@pytest.mark.parametrize("where", [(-100.0, -100.0), (1400.0, 800.0), (0.0, 0.0), (1279.0, 719.0)])
def test_a_2d_cut_at_or_beyond_the_frames_edge_stays_on_the_frame(where):
    """The cut is never empty and never wraps round (negative slices would take most of the
    frame): it is the part of the frame nearest the region, at most the region and its margin."""
    gray = cv2.cvtColor(shot("flat").frame, cv2.COLOR_BGR2GRAY)
    image, to_crop = matrix_crop(gray, Region(Shape.MATRIX, where, 0.0, 10.0, 10.0, 1.0))
    assert min(image.shape) >= 8
    corners = np.float32([[[0, 0], [image.shape[1], image.shape[0]]]])
    (x0, y0), (x1, y1) = cv2.perspectiveTransform(corners, np.linalg.inv(to_crop))[0]
    assert 0 <= x0 < x1 <= gray.shape[1] + 0.5 and 0 <= y0 < y1 <= gray.shape[0] + 0.5
    assert max(x1 - x0, y1 - y0) <= 10 * 1.5 + 16 + 1  # the region and its quiet zone
