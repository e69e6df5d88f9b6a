"""`decode(image)`: the barcodes in a camera frame, better than one plain zxing-cpp call, in budget.

Most bench frames either hold no label or a label zxing-cpp reads at once, so the order of work
is: a fast pass on the frame downscaled to ~640 px (a few ms), then the plain full-resolution
pass, and only then the harder passes that rescue the frames the corpus showed plain zxing-cpp
losing: crops around barcode-like regions, turned upright and upscaled (small and rotated
codes), then contrast-equalised, globally-binarised, sharpened and blurred copies of those
crops (glare, low light, defocus, noise). Passes stop at the first read of a region and when
the CPU budget runs out: a frame holding a readable label costs a few ms, an empty or
unreadable one at most the budget (10 ms), which keeps the stream at 25 fps on one core.

Every result says whether its symbology verified a checksum; the stream (stream.py) accepts an
unverified code only once it has been read in two frames.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from inspector_app.scanning.formats import checksum_protected, gtin13, our_format, zxing_formats
from inspector_app.scanning.regions import Region, find_regions
from inspector_app.settings import DEFAULT_FORMATS

FAST_EDGE = 640
"""Long edge of the fast pass: big enough for a parcel label at arm's length, 4x fewer pixels."""

DEFAULT_BUDGET_MS = 10.0
"""Stop starting new passes after this much CPU time; keeps a hard frame within a frame time."""

MIN_CROP_EDGE = 480
"""Region crops are upscaled until their long edge reaches this: small codes get ~2 px modules."""

MAX_CROP_EDGE = 1200

SLOW_ON_NOISE = frozenset({"datamatrix", "pdf417"})
"""Formats whose detectors cost 5-20 ms on a noisy full 720p frame (vs 1 ms for the others): at
full resolution they are only searched in region crops; the fast pass sees the whole frame."""

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Decoded:
    """One barcode read from a frame.

    `corners` are the code's four corners (top-left, top-right, bottom-right, bottom-left as
    zxing-cpp orients them) in the input image's pixels, for the preview overlay.
    `checksum_protected` is True when a check digit or error correction verified the text.
    `symbology_id` is the AIM identifier (e.g. "]C1" for GS1-128), kept for GS1 handling.
    """

    text: str
    format: str
    corners: tuple[Point, Point, Point, Point]
    checksum_protected: bool
    symbology_id: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the code: EAN-13, UPC-A and UPC-E readings of one item share a key."""
        retail = self.format in ("ean13", "ean8", "upca", "upce")
        return ("retail" if retail else self.format, gtin13(self.format, self.text))


@dataclass(frozen=True, slots=True)
class _View:
    """An image handed to zxing-cpp and the affine map from its pixels back to the frame's."""

    image: np.ndarray
    to_frame: np.ndarray  # 2x3

    def map_point(self, x: float, y: float) -> Point:
        m = self.to_frame
        return (
            round(m[0, 0] * x + m[0, 1] * y + m[0, 2]),
            round(m[1, 0] * x + m[1, 1] * y + m[1, 2]),
        )


# The budget counts this thread's CPU time, not wall time: on a busy bench PC (or a CI runner)
# waiting for a core must not cut the passes short and lose reads. Where the thread clock is
# coarse (Windows: ~16 ms ticks) wall time is the better approximation.
_clock = (time.thread_time if time.get_clock_info("thread_time").resolution <= 1e-3
          else time.perf_counter)


class _Budget:
    def __init__(self, budget_ms: float | None) -> None:
        self._deadline = None if budget_ms is None else _clock() + budget_ms / 1000

    def left(self) -> bool:
        return self._deadline is None or _clock() < self._deadline


def to_gray(image: np.ndarray) -> np.ndarray:
    """A contiguous 8-bit grayscale copy or view of a BGR, BGRA or grayscale frame."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise TypeError("decode() takes an 8-bit numpy image (BGR, BGRA or grayscale)")
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    raise TypeError(f"decode() cannot read an image of shape {image.shape}")


def _identity() -> np.ndarray:
    return np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])


def _scaled_view(gray: np.ndarray, long_edge: int) -> _View:
    height, width = gray.shape
    factor = long_edge / max(height, width)
    if factor >= 0.8:
        return _View(gray, _identity())
    small = cv2.resize(gray, (round(width * factor), round(height * factor)),
                       interpolation=cv2.INTER_AREA)
    return _View(small, np.array([[1 / factor, 0.0, 0.0], [0.0, 1 / factor, 0.0]]))


def _region_view(gray: np.ndarray, region: Region) -> _View:
    """The region cut out of `gray`, turned so its long side is horizontal, upscaled if small."""
    (cx, cy), (w, h), angle = region.center, region.size, region.angle
    if w < h:
        w, h, angle = h, w, angle - 90
    margin = 0.15 * w + 12
    out_w, out_h = w + 2 * margin, h + 2 * margin
    scale = min(max(1.0, MIN_CROP_EDGE / out_w), MAX_CROP_EDGE / out_w)
    to_view = cv2.getRotationMatrix2D((cx, cy), angle, scale)
    to_view[0, 2] += out_w * scale / 2 - cx
    to_view[1, 2] += out_h * scale / 2 - cy
    size = (max(1, round(out_w * scale)), max(1, round(out_h * scale)))
    crop = cv2.warpAffine(gray, to_view, size, flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_REPLICATE)
    return _View(crop, cv2.invertAffineTransform(to_view))


def _clahe(image: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=2.5, tileGridSize=(4, 4)).apply(image)


def _blur(image: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(image, (0, 0), 1.2)


def _sharpen(image: np.ndarray) -> np.ndarray:
    soft = cv2.GaussianBlur(image, (0, 0), 2.0)
    return cv2.addWeighted(image, 1.8, soft, -0.8, 0)


# Rescue variants for a region crop, most useful first (see the corpus README's findings). The
# first read of a crop adds zxing-cpp's own inverted and downscaled tries; the others only
# change the image, which is their point, and stay cheap.
_VARIANTS: tuple[tuple[Callable[[np.ndarray], np.ndarray], zxingcpp.Binarizer], ...] = (
    (lambda image: image, zxingcpp.Binarizer.LocalAverage),
    (_clahe, zxingcpp.Binarizer.LocalAverage),
    (lambda image: image, zxingcpp.Binarizer.GlobalHistogram),
    (_sharpen, zxingcpp.Binarizer.LocalAverage),
    (_blur, zxingcpp.Binarizer.LocalAverage),
)

_NOISY_ORDER = (_VARIANTS[0], _VARIANTS[-1], *_VARIANTS[1:-1])

NOISY = 7.0
"""Noise level (see noise_level) from which a frame counts as grainy. On the synthetic set,
clean, blurred, glare and tilted frames measure 2-6, low-light ones 7-11, noisy ones 13-55."""
VERY_NOISY = 13.0
"""From here the full-resolution pass reads a smoothed frame: grain this strong breaks bars."""


def noise_level(gray: np.ndarray) -> float:
    """Median absolute Laplacian: high on sensor grain, while the edges of print, being a small
    part of any frame, barely move the median. Run on the fast pass's small copy (~1 ms)."""
    if gray.size == 0:
        return 0.0
    values = np.abs(cv2.Laplacian(gray, cv2.CV_16S)).ravel()
    return float(np.partition(values, values.size // 2)[values.size // 2])


class _Reader:
    """Runs zxing-cpp on views and collects unique, mapped results."""

    def __init__(self, names: Iterable[str] | None) -> None:
        self.formats = zxing_formats(names)
        chosen = set(DEFAULT_FORMATS if names is None else names)
        cheap = chosen - SLOW_ON_NOISE
        self.full_frame_formats = zxing_formats(cheap) if cheap else None
        self.found: dict[tuple[str, str], Decoded] = {}

    def read(self, view: _View, *, thorough: bool = True,
             binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
             formats: zxingcpp.BarcodeFormats | None = None) -> bool:
        """Read `view`; `thorough` adds zxing-cpp's own downscaled and inverted tries."""
        barcodes = zxingcpp.read_barcodes(
            view.image, formats=formats or self.formats, try_rotate=True,
            try_downscale=thorough, try_invert=thorough, binarizer=binarizer,
            text_mode=zxingcpp.TextMode.Plain,
        )
        new = False
        for barcode in barcodes:
            decoded = _to_decoded(barcode, view)
            if decoded is not None and decoded.key not in self.found:
                self.found[decoded.key] = decoded
                new = True
        return new

    def consistent(self) -> list[Decoded]:
        """The results, minus any two different texts read at the same place.

        Two different codes of one symbology overlapping in a frame means zxing-cpp read one
        damaged code two ways (the corpus has an ISBN read as two valid, wrong EAN-13s); at
        least one is wrong and nothing says which, so neither is reported.
        """
        found = list(self.found.values())
        return [
            d for d in found
            if not any(o is not d and o.key[0] == d.key[0] and _overlap(o, d) for o in found)
        ]

    def explains(self, region: Region) -> bool:
        """Whether a code already found lies in `region` (so the region needs no rescue)."""
        return any(region.contains(_centre(d.corners)) for d in self.found.values())


def _centre(corners: Iterable[Point]) -> tuple[float, float]:
    points = list(corners)
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _box(corners: Iterable[Point]) -> tuple[float, float, float, float]:
    xs, ys = zip(*corners, strict=True)
    pad = 0.1 * max(max(xs) - min(xs), max(ys) - min(ys))
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _overlap(a: Decoded, b: Decoded) -> bool:
    ax0, ay0, ax1, ay1 = _box(a.corners)
    bx0, by0, bx1, by1 = _box(b.corners)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def _to_decoded(barcode: zxingcpp.Barcode, view: _View) -> Decoded | None:
    fmt = our_format(barcode)
    if fmt is None or not barcode.text:
        return None
    pos = barcode.position
    corners = tuple(
        view.map_point(p.x, p.y)
        for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
    )
    sid = barcode.symbology_identifier
    return Decoded(barcode.text, fmt, corners, checksum_protected(fmt, sid), sid)  # type: ignore[arg-type]


def _rescue_views(gray: np.ndarray, regions: list[Region]) -> Iterator[tuple[Region, _View]]:
    for region in regions:
        yield region, _region_view(gray, region)


def decode(image: np.ndarray, formats: Iterable[str] | None = None, *,
           budget_ms: float | None = DEFAULT_BUDGET_MS) -> list[Decoded]:
    """Every barcode of the configured `formats` (our names; None = all) in a BGR/gray frame.

    `budget_ms` bounds the time spent starting harder passes (None: run every pass, as the
    corpus tests do, so their result does not depend on machine load). Raises TypeError for
    something that is not an 8-bit image and formats.FormatError for an unknown format.
    """
    reader = _Reader(formats)
    budget = _Budget(budget_ms)
    gray = to_gray(image)
    if gray.size == 0:
        return []
    fast = _scaled_view(gray, FAST_EDGE)
    reader.read(fast, thorough=False)
    regions = [r.scaled(fast.to_frame[0, 0]) for r in find_regions(fast.image)]
    noise = noise_level(fast.image)
    noisy = noise >= NOISY
    if not reader.found and reader.full_frame_formats and budget.left():
        full = _blur(gray) if noise >= VERY_NOISY else gray
        reader.read(_View(full, _identity()), formats=reader.full_frame_formats)
    # With a code already read, the label is there and the next frame retries: one plain try
    # per other region is enough. Without one, every rescue variant may be what reads it,
    # and on a grainy frame (low light, cheap sensor) smoothing is the likeliest.
    variants = _NOISY_ORDER if noisy else _VARIANTS
    if reader.found:
        variants = variants[:1]
    for region, view in _rescue_views(gray, regions):
        if not budget.left():
            break
        if reader.explains(region):
            continue
        for i, (variant, binarizer) in enumerate(variants):
            if not budget.left() or reader.read(
                _View(variant(view.image), view.to_frame), binarizer=binarizer,
                thorough=i == 0,
            ):
                break
    return reader.consistent()
