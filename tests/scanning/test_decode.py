"""decode(): formats, corner points, the rescue passes, the CPU budget, and bad input.

Tests of what is read pass budget_ms=None, so the result does not depend on the machine's speed
or load; the tests of the budget itself run on this machine's clock and on one running 3x fast,
which is how a machine 3x slower sees its own work (fixture `machine_slowdown`), or on a
stopped one (fixture `stopped_clock`), where only the deadlines decide which work runs.
"""

from __future__ import annotations

import sys

import cv2
import numpy as np
import pytest
import zxingcpp

from inspector_app.scanning import FormatError, decode
from inspector_app.scanning.decode import (
    BUSY_SCENE,
    CONFIRM_BUDGET_MS,
    GLIMPSE_BUDGET_MS,
    DecodeStats,
)
from inspector_app.scanning.formats import TO_ZXING
from inspector_app.scanning.regions import find_blobs
from inspector_app.scanning.scoring import is_match

from .helpers import barcode_image, on_bench
from .labels import RMA, in_view, return_label

SAMPLES = {
    "code128": "1Z999AA10123456784",
    "code39": "RET-00042",
    "ean13": "4006381333931",
    "ean8": "96385074",
    "upca": "036000291452",
    "upce": "01234565",
    "itf": "00012345678905",
    "qrcode": "RMA-2024-0001",
    "datamatrix": "SN-AB12CD34",
    "pdf417": "ORDER 77812 / IMEI 356938035643809",
}


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_every_configured_format_is_read_with_its_corners(fmt):
    symbol = barcode_image(SAMPLES[fmt], TO_ZXING[fmt], scale=3)
    frame = on_bench(symbol, at=(200, 150))
    found = decode(frame, budget_ms=None)
    assert len(found) == 1
    # a UPC-A symbol is an EAN-13 with a leading 0: decoders may say either (GTIN compare)
    assert is_match(fmt, SAMPLES[fmt], found[0].format, found[0].text)
    h, w = symbol.shape
    for x, y in found[0].corners:
        assert 200 - 4 <= x <= 200 + w + 4 and 150 - 4 <= y <= 150 + h + 4


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_the_default_budget_reads_every_format_even_on_a_slower_machine(fmt, machine_slowdown):
    """The clean sample on the grey 720p bench, with the stream's budget: the most promising
    region is read first, and the first read always runs, however slow the machine."""
    frame = on_bench(barcode_image(SAMPLES[fmt], TO_ZXING[fmt], scale=3), at=(200, 150))
    found = decode(frame)
    assert len(found) == 1
    assert is_match(fmt, SAMPLES[fmt], found[0].format, found[0].text)


def test_checksum_protection_is_reported():
    ean = decode(on_bench(barcode_image("4006381333931", TO_ZXING["ean13"])), budget_ms=None)
    assert ean[0].checksum_protected
    code39 = decode(on_bench(barcode_image("RET-00042", TO_ZXING["code39"])), budget_ms=None)
    assert not code39[0].checksum_protected


def test_an_ean_with_no_time_left_for_a_second_look_is_not_reported_as_verified(
    monkeypatch, machine_slowdown
):
    """A retail code one view read is trusted only after a second look; with no CPU time for
    one it is still reported, unverified, so the stream waits for a second frame."""
    frame = on_bench(barcode_image("4006381333931", TO_ZXING["ean13"], scale=3))
    monkeypatch.setattr(sys.modules["inspector_app.scanning.decode"], "CONFIRM_BUDGET_MS", 0.0)
    rushed = decode(frame, budget_ms=0.0, label_budget_ms=0.0)
    assert [(d.text, d.checksum_protected) for d in rushed] == [("4006381333931", False)]
    unhurried = decode(frame, budget_ms=None)
    assert [(d.text, d.checksum_protected) for d in unhurried] == [("4006381333931", True)]


def test_formats_restrict_what_is_reported():
    frame = on_bench(barcode_image("RMA-2024-0001", TO_ZXING["qrcode"]))
    assert decode(frame, ["code128", "ean13"]) == []
    assert decode(frame, ["qrcode"], budget_ms=None)[0].text == "RMA-2024-0001"


def test_a_label_with_two_codes_gives_both():
    frame = on_bench(barcode_image("1Z999AA10123456784", TO_ZXING["code128"]), at=(80, 100))
    qr = barcode_image("RMA-2024-0001", TO_ZXING["qrcode"], scale=4)
    frame[400 : 400 + qr.shape[0], 900 : 900 + qr.shape[1]] = qr[:, :, None]
    found = decode(frame, budget_ms=None)
    assert {d.text for d in found} == {"1Z999AA10123456784", "RMA-2024-0001"}


def rotated(frame: np.ndarray, degrees: float) -> np.ndarray:
    h, w = frame.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(frame, matrix, (w, h), borderValue=(110, 110, 110))


def small_code() -> np.ndarray:
    symbol = barcode_image("1Z999AA10123456784", TO_ZXING["code128"], scale=1)
    return on_bench(cv2.resize(symbol, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_AREA))


def test_a_small_rotated_code_that_plain_zxing_misses_is_rescued():
    frame = cv2.GaussianBlur(rotated(small_code(), 35), (0, 0), 0.9)
    assert not zxingcpp.read_barcodes(frame), "the case must be hard for one plain call"
    found = decode(frame, budget_ms=None)
    assert [d.text for d in found] == ["1Z999AA10123456784"]
    cx = sum(x for x, _ in found[0].corners) / 4
    cy = sum(y for _, y in found[0].corners) / 4
    assert abs(cx - 640) < 60 and abs(cy - 360) < 60  # corners mapped back through the crop


def budget_frames() -> dict[str, np.ndarray]:
    """Frames a bench camera may deliver: nothing, black, over-exposed, grainy, and labels."""
    rng = np.random.default_rng(11)
    label = on_bench(barcode_image("1Z999AA10123456784", TO_ZXING["code128"]), at=(80, 100))
    qr = barcode_image("RMA-2024-0001", TO_ZXING["qrcode"], scale=4)
    label[400 : 400 + qr.shape[0], 900 : 900 + qr.shape[1]] = qr[:, :, None]
    return {
        "flat": np.full((720, 1280, 3), 128, np.uint8),
        "black": np.zeros((720, 1280, 3), np.uint8),
        "white": np.full((720, 1280, 3), 255, np.uint8),
        "grain": np.clip(rng.normal(128, 20, (720, 1280, 3)), 0, 255).astype(np.uint8),
        "label": label,
        "grainy label": np.clip(label + rng.normal(0, 12, label.shape), 0, 255).astype(np.uint8),
        "small rotated code": cv2.GaussianBlur(rotated(small_code(), 35), (0, 0), 0.9),
    }


@pytest.mark.parametrize("name", list(budget_frames()))
def test_no_read_starts_after_the_budget_is_spent(name, machine_slowdown, read_log):
    """The first read always runs; each later one starts only if its forecast (this frame's
    price per pixel so far) ends in budget, or in the second looks' own allowance after it.
    What decode() does besides reading is bounded, so a frame ends soon after its last read."""
    frame = budget_frames()[name]
    started = read_log.clock()
    decode(frame, budget_ms=12.0)
    ended = read_log.clock()
    assert read_log.reads, "the first read always runs"
    first_end = read_log.reads[0][1]
    glimpse = GLIMPSE_BUDGET_MS if read_log.glimpsed or code_shape_in_quiet(frame) else 0.0
    limit = max(started + 0.012, first_end) + (CONFIRM_BUDGET_MS + glimpse) / 1000
    assert all(start < limit for start, _ in read_log.reads[1:])
    assert ended - read_log.reads[-1][1] < 0.006


def code_shape_in_quiet(frame: np.ndarray) -> bool:
    """Whether the blob survey sees a code-shaped blob in a quiet scene (the frame may then
    get the glimpse's allowance without a glimpse)."""
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    factor = gray.shape[1] / 640
    small = cv2.resize(gray, (640, round(gray.shape[0] / factor)), interpolation=cv2.INTER_AREA)
    blobs, busy = find_blobs(small, factor)
    return busy < BUSY_SCENE and any(blob.code_shaped for blob in blobs)


@pytest.fixture
def stopped_clock(monkeypatch) -> None:
    """decode()'s clock stopped: all work takes no time, so a deadline in the future lets
    every read run and one already passed stops all but the first, whatever the machine."""
    monkeypatch.setattr(sys.modules["inspector_app.scanning.decode"], "_clock", lambda: 100.0)


def test_a_label_in_view_gets_its_allowance_before_the_first_read(stopped_clock):
    """A busy scene the survey finds code-shaped regions in is a label: its reads get the
    label's allowance from the start, not only after a first read succeeds (which, on a
    third of webcam frames of labels, came after the base budget had run out)."""
    frame = in_view(return_label(), turn=30).frame
    # only the RMA's Code 39 is asked for: the label's other codes, read first, find nothing
    rma = ["code39"]
    assert [d.text for d in decode(frame, rma, budget_ms=None)] == [RMA]
    assert [d.text for d in decode(frame, rma, budget_ms=0.0, label_budget_ms=16.0)] == [RMA]
    assert decode(frame, rma, budget_ms=0.0, label_budget_ms=0.0) == []


def damaged_qr() -> np.ndarray:
    """A QR code on the bench whose data modules are scribbled over past its error
    correction, its finder patterns intact: zxing-cpp finds it and fails its checksum."""
    qr = barcode_image("RMA-2024-0001-DAMAGED", TO_ZXING["qrcode"], scale=4)
    h, w = qr.shape
    rng = np.random.default_rng(5)
    for _ in range(60):
        y = rng.integers(int(h * 0.35), int(h * 0.85))
        x = rng.integers(int(w * 0.35), int(w * 0.85))
        qr[y : y + 8, x : x + 8] = 255 - qr[y : y + 8, x : x + 8]
    return on_bench(qr, at=(300, 200))


def test_a_code_seen_but_not_read_gets_more_time(stopped_clock, monkeypatch):
    """A read that finds a code and cannot decode it gives the frame GLIMPSE_BUDGET_MS more
    (a code is in view: the harder variants are worth it); a frame with nothing to see gets
    only its budget, and the glimpse itself is never reported as a code."""
    decode_module = sys.modules["inspector_app.scanning.decode"]
    frame = damaged_qr()
    assert [b.valid for b in zxingcpp.read_barcodes(frame, return_errors=True)][:1] == [False]

    def reads(image: np.ndarray, glimpse_ms: float) -> int:
        monkeypatch.setattr(decode_module, "GLIMPSE_BUDGET_MS", glimpse_ms)
        stats = DecodeStats()
        assert decode(image, budget_ms=0.0, stats=stats) == []
        return stats.reads

    assert reads(frame, 0.0) == 1
    assert reads(frame, 5.0) > 1
    assert reads(np.full((720, 1280, 3), 128, np.uint8), 5.0) == 1


def unreadable_bars(width: int, height: int) -> np.ndarray:
    """Bars and spaces of 1-3 modules in no symbology, on the bench: a code's look without a
    code's structure, so zxing-cpp neither reads it nor reports an error result for it."""
    rng = np.random.default_rng(7)
    row: list[int] = []
    ink = True
    while len(row) < width:
        row += [0 if ink else 255] * (3 * int(rng.integers(1, 4)))
        ink = not ink
    strip = np.tile(np.array(row[:width], np.uint8), (height, 1))
    return on_bench(strip)


def test_a_code_shaped_blob_in_a_quiet_scene_gets_the_glimpse_allowance(stopped_clock, monkeypatch):
    """A quiet scene whose blob survey finds a code-shaped blob (solid, dense edges, a code's
    proportions) and whose plain reads read nothing gets GLIMPSE_BUDGET_MS more, as a glimpse
    does; the same bars drawn as a strip as long as a line of text are not code-shaped and
    get only the budget."""
    decode_module = sys.modules["inspector_app.scanning.decode"]
    code_like, strip = unreadable_bars(360, 160), unreadable_bars(900, 80)
    for frame in (code_like, strip):
        assert not zxingcpp.read_barcodes(frame, return_errors=True)
    assert code_shape_in_quiet(code_like) and not code_shape_in_quiet(strip)

    def reads(image: np.ndarray, glimpse_ms: float) -> int:
        monkeypatch.setattr(decode_module, "GLIMPSE_BUDGET_MS", glimpse_ms)
        stats = DecodeStats()
        assert decode(image, budget_ms=0.0, stats=stats) == []
        return stats.reads

    assert reads(code_like, 0.0) == 1
    assert reads(code_like, 5.0) > 1
    assert reads(strip, 5.0) == 1


def test_a_quiet_frame_starts_the_code_survey_only_with_time_left(stopped_clock, monkeypatch):
    """On a frame with no code held up the finer code survey runs last; it is not started
    once the budget is spent (it used to be, and every such frame overran by its cost)."""
    decode_module = sys.modules["inspector_app.scanning.decode"]
    surveys = []
    find_codes = decode_module.find_codes

    def counted(*args, **kwargs):
        surveys.append(args)
        return find_codes(*args, **kwargs)

    monkeypatch.setattr(decode_module, "find_codes", counted)
    bench = np.full((720, 1280, 3), 128, np.uint8)
    assert decode(bench, budget_ms=0.0) == []
    assert not surveys
    assert decode(bench, budget_ms=None) == []
    assert len(surveys) == 1


def test_an_empty_or_noisy_frame_gives_nothing():
    rng = np.random.default_rng(3)
    noise = rng.integers(0, 255, (720, 1280, 3), dtype=np.uint8)
    assert decode(noise) == []
    assert decode(np.zeros((0, 0), np.uint8)) == []
    assert decode(np.full((720, 1280), 128, np.uint8)) == []


def test_grey_and_bgra_input():
    frame = on_bench(barcode_image("1Z999AA10123456784", TO_ZXING["code128"]))
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    bgra = cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA)
    assert decode(gray, budget_ms=None)[0].text == "1Z999AA10123456784"
    assert decode(bgra, budget_ms=None)[0].text == "1Z999AA10123456784"


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="8-bit numpy image"):
        decode(np.zeros((10, 10), np.float32))
    with pytest.raises(TypeError, match="8-bit numpy image"):
        decode("frame.png")
    with pytest.raises(TypeError, match="shape"):
        decode(np.zeros((10, 10, 2), np.uint8))
    with pytest.raises(FormatError, match="unknown barcode format 'aztec'"):
        decode(np.zeros((10, 10), np.uint8), ["aztec"])
    with pytest.raises(FormatError, match="no barcode format"):
        decode(np.zeros((10, 10), np.uint8), [])
