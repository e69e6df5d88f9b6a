"""`decode(image)`: the barcodes in a camera frame, better than one plain zxing-cpp call, in budget.

The order of work: a cheap search for barcode-like regions on the frame downscaled to ~640 px,
then one plain read of a crop around each region, turned upright and upscaled (small and
rotated codes, read at full resolution); then the small frame as a whole (codes the region
search missed, big ones); then the full-resolution frame; and only if nothing was read yet, the
harder copies of the crops that rescue what the corpus showed plain zxing-cpp losing: zxing-cpp's
own inverted and downscaled tries, contrast-equalised, globally binarised, sharpened and blurred
(glare, low light, defocus, noise; blurred first on a grainy frame). A read starts only if its
forecast cost (pixels times the price per pixel this frame's reads have shown) fits the CPU
budget; the first read always runs. What is not a zxing-cpp read (conversion, downscaling, the
noise estimate, the region search, cutting crops) costs a bounded fraction of a millisecond
whatever the frame holds, and comes out of the same budget.

Every result says whether its symbology verified a checksum; the stream (stream.py) accepts an
unverified code only once it has been read in two frames.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property

import cv2
import numpy as np
import zxingcpp

from inspector_app.scanning.consistency import BAR_HEIGHT, Point, believed, centre
from inspector_app.scanning.formats import (
    RETAIL,
    checksum_protected,
    gtin13,
    our_format,
    zxing_formats,
)
from inspector_app.scanning.regions import Region, find_regions
from inspector_app.settings import DEFAULT_FORMATS

FAST_EDGE = 640
"""Long edge of the fast pass: big enough for a parcel label at arm's length, 4x fewer pixels."""

DEFAULT_BUDGET_MS = 12.0
"""Stop starting new passes after this much CPU time; keeps a hard frame within a frame time."""

CONFIRM_BUDGET_MS = 8.0
"""CPU time for second looks at EAN/UPC codes, on top of what the passes left: a code costs
1-3 ms, so a label's one or two codes always get theirs, and a frame stays under 25 ms."""

MIN_CROP_EDGE = 480
"""Region crops are upscaled until their long edge reaches this: small codes get ~2 px modules."""

MAX_CROP_EDGE = 1200
"""...and never beyond this, which would cost more than it could rescue."""

MAX_CROP_PIXELS = 300_000
"""A crop bigger than this is shrunk to it: its modules are big enough, and a read's cost (which
the budget can only forecast from earlier reads) stays bounded."""

SLOW_ON_NOISE = frozenset({"datamatrix", "pdf417"})
"""Formats whose detectors cost 5-20 ms on a noisy full 720p frame (vs 1 ms for the others): at
full resolution they are only searched in region crops; the fast pass sees the whole frame."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """One barcode read from a frame.

    `corners` are the code's four corners (top-left, top-right, bottom-right, bottom-left as
    zxing-cpp orients them) in the input image's pixels, for the preview overlay.
    `checksum_protected` is True when a check digit or error correction verified the text
    (and, for an EAN/UPC only one view read, when there was CPU time for a second look).
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
        family = "retail" if self.format in RETAIL else self.format
        return (family, gtin13(self.format, self.text))


@dataclass(slots=True)
class DecodeStats:
    """Where one decode() call's CPU time went, in seconds (benchmarks, diagnostics).

    `survey_s`: conversion to grey, downscaling, the noise estimate and the region search, a
    bounded cost whatever the frame holds; `views_s`: cutting crops and making their variants,
    which each read's forecast includes; `zxing_s`: inside zxing-cpp, over `reads` reads.
    """

    survey_s: float = 0.0
    views_s: float = 0.0
    zxing_s: float = 0.0
    reads: int = 0


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
_clock = (
    time.thread_time if time.get_clock_info("thread_time").resolution <= 1e-3 else time.perf_counter
)


class _Budget:
    """CPU time left for this frame, and a forecast of what a read will cost.

    zxing-cpp's cost grows with pixels; every read tells this machine's (and this moment's)
    price per pixel, so a read that would overrun the budget is not started: a frame costs the
    budget plus at most one read that cost more than its forecast. Before the first read there
    is no price: that read (the most promising region, or else the small frame) always runs,
    so even a machine too slow for its budget reads something in every frame. Everything else
    decode() does costs a bounded fraction of a millisecond per frame and comes out of the same
    budget, since the deadline is set before any of it runs.
    """

    # Cost per pixel relative to a plain read of all formats (median over the corpus): a read
    # with zxing-cpp's inverted and downscaled tries costs 1.25x, the full-frame pass without
    # the Data Matrix and PDF417 detectors 0.55x.
    THOROUGH = 1.25
    FULL_FRAME = 0.55

    def __init__(self, budget_ms: float | None) -> None:
        self._deadline = None if budget_ms is None else _clock() + budget_ms / 1000
        self._spent = 0.0
        self._pixels = 0.0

    def learn(self, seconds: float, pixels: int, factor: float) -> None:
        """A read of `pixels` at `factor` times the plain price took `seconds`."""
        self._spent += seconds
        self._pixels += pixels * factor

    def extend(self, ms: float) -> None:
        """Give `ms` more: the second looks at EAN/UPC codes have their own allowance."""
        if self._deadline is not None:
            self._deadline = max(self._deadline, _clock()) + ms / 1000

    def fits(self, pixels: int, factor: float = 1.0) -> bool:
        """Whether a read of `pixels` at `factor` times the plain price ends in budget."""
        if self._deadline is None or not self._pixels:
            return True
        per_pixel = self._spent / self._pixels
        return _clock() + per_pixel * pixels * factor < self._deadline


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
    small = cv2.resize(
        gray, (round(width * factor), round(height * factor)), interpolation=cv2.INTER_AREA
    )
    return _View(small, np.array([[1 / factor, 0.0, 0.0], [0.0, 1 / factor, 0.0]]))


def _crop_geometry(region: Region) -> tuple[np.ndarray, tuple[int, int]]:
    """How to cut `region` out of the frame: turned so its long side is horizontal, with a
    quiet-zone margin, upscaled if small. Returns the frame-to-crop map and the crop size."""
    (cx, cy), (w, h), angle = region.center, region.size, region.angle
    if w < h:
        w, h, angle = h, w, angle - 90
    margin = 0.15 * w + 12
    out_w, out_h = w + 2 * margin, h + 2 * margin
    scale = min(
        max(1.0, MIN_CROP_EDGE / out_w),
        MAX_CROP_EDGE / out_w,
        (MAX_CROP_PIXELS / (out_w * out_h)) ** 0.5,
    )
    to_crop = cv2.getRotationMatrix2D((cx, cy), angle, scale)
    to_crop[0, 2] += out_w * scale / 2 - cx
    to_crop[1, 2] += out_h * scale / 2 - cy
    return to_crop, (max(1, round(out_w * scale)), max(1, round(out_h * scale)))


def _crop_view(gray: np.ndarray, to_crop: np.ndarray, size: tuple[int, int]) -> _View:
    crop = cv2.warpAffine(
        gray, to_crop, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return _View(crop, cv2.invertAffineTransform(to_crop))


def _symbol_region(decoded: Decoded) -> Region:
    """The area of a read linear code: its corners span the rows zxing-cpp read, which may be
    a thin band, so the box is given at least the height of an EAN's bars."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(np.array(decoded.corners, np.float32))
    if w >= h:
        h = max(h, BAR_HEIGHT * w)
    else:
        w = max(w, BAR_HEIGHT * h)
    return Region((cx, cy), (w, h), angle, 0.0)


def _clahe(image: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=2.5, tileGridSize=(4, 4)).apply(image)


def _blur(image: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(image, (0, 0), 1.2)


def _sharpen(image: np.ndarray) -> np.ndarray:
    soft = cv2.GaussianBlur(image, (0, 0), 2.0)
    return cv2.addWeighted(image, 1.8, soft, -0.8, 0)


def _as_is(image: np.ndarray) -> np.ndarray:
    return image


@dataclass(frozen=True, slots=True)
class _Variant:
    """One way to read a crop: an image transform, a binarizer, and whether zxing-cpp adds its
    own inverted and downscaled tries (which costs _Budget.THOROUGH times a plain read)."""

    transform: Callable[[np.ndarray], np.ndarray]
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage
    thorough: bool = False

    @property
    def factor(self) -> float:
        return _Budget.THOROUGH if self.thorough else 1.0


_PLAIN = _Variant(_as_is)
_THOROUGH = _Variant(_as_is, thorough=True)
_EQUALISED = _Variant(_clahe)
_GLOBAL = _Variant(_as_is, zxingcpp.Binarizer.GlobalHistogram)
_SHARPENED = _Variant(_sharpen)
_SMOOTHED = _Variant(_blur)

# Variants of a region crop, most useful first (see the corpus README's findings): a plain read,
# as cheap as a read gets; zxing-cpp's own inverted and downscaled tries; then copies that only
# change the image, which is their point, and stay cheap.
_VARIANTS = (_PLAIN, _THOROUGH, _EQUALISED, _GLOBAL, _SHARPENED, _SMOOTHED)
_NOISY_ORDER = (_PLAIN, _SMOOTHED, _THOROUGH, _EQUALISED, _GLOBAL, _SHARPENED)
"""On a grainy frame (low light, a cheap sensor) smoothing is the likeliest rescue."""

_CONFIRMING = (_EQUALISED, _SHARPENED)
"""The variants a second look at an EAN/UPC uses: on the corpus, contrast-equalised and
sharpened crops agree with a first read most often."""

NOISY = 7.0
"""Noise level (see noise_level) from which a frame counts as grainy. On the synthetic set,
clean, blurred, glare and tilted frames measure 2-6, low-light ones 7-11, noisy ones 13-55."""
VERY_NOISY = 13.0
"""From here the full-resolution pass reads a smoothed frame: grain this strong breaks bars."""


def noise_level(gray: np.ndarray) -> float:
    """Median absolute Laplacian: high on sensor grain, while the edges of print, being a small
    part of any frame, barely move the median. Run on the fast pass's small copy.

    The median comes from a 256-bin histogram of every other row (values past 255 only ever
    lie above it), so the cost is a few passes over the pixels whatever they hold (~0.3 ms): a
    selection algorithm's cost depends on the data, and on a frame that is mostly zeros it
    took a whole frame's budget.
    """
    if min(gray.shape[:2]) < 8:
        return 0.0  # a strip (a scanner's single line) has edges everywhere, not grain
    magnitude = cv2.convertScaleAbs(cv2.Laplacian(gray, cv2.CV_16S))[::2]  # every other row
    histogram = cv2.calcHist([magnitude], [0], None, [256], [0, 256]).ravel()
    return float(np.searchsorted(np.cumsum(histogram), magnitude.size // 2, side="right"))


class _Reader:
    """Runs zxing-cpp on views and collects unique, mapped results."""

    def __init__(self, names: Iterable[str] | None, budget: _Budget, stats: DecodeStats) -> None:
        self.budget = budget
        self.stats = stats
        self.formats = zxing_formats(names)
        chosen = set(DEFAULT_FORMATS if names is None else names)
        cheap = chosen - SLOW_ON_NOISE
        self.full_frame_formats = zxing_formats(cheap) if cheap else None
        retail = chosen & RETAIL
        self.retail_formats = zxing_formats(retail) if retail else None
        self.found: dict[tuple[str, str], Decoded] = {}
        self.views: Counter[tuple[str, str]] = Counter()
        self.unchecked: set[tuple[str, str]] = set()

    def read(
        self,
        prepare: Callable[[], _View],
        *,
        thorough: bool = True,
        binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
        formats: zxingcpp.BarcodeFormats | None = None,
        factor: float = 1.0,
    ) -> bool:
        """Read the view `prepare` makes; `thorough` adds zxing-cpp's own downscaled and
        inverted tries. The budget learns what preparing and reading it cost together, at
        `factor` times the price of a plain read (see _Budget)."""
        started = _clock()
        view = prepare()
        prepared = _clock()
        barcodes = zxingcpp.read_barcodes(
            view.image,
            formats=formats or self.formats,
            try_rotate=True,
            try_downscale=thorough,
            try_invert=thorough,
            binarizer=binarizer,
            text_mode=zxingcpp.TextMode.Plain,
        )
        ended = _clock()
        self.budget.learn(ended - started, view.image.size, factor)
        self.stats.views_s += prepared - started
        self.stats.zxing_s += ended - prepared
        self.stats.reads += 1
        new = False
        seen = set()
        for barcode in barcodes:
            decoded = _to_decoded(barcode, view)
            if decoded is None or decoded.key in seen:
                continue
            seen.add(decoded.key)
            self.views[decoded.key] += 1
            if decoded.key not in self.found:
                self.found[decoded.key] = decoded
                new = True
        return new

    def consistent(self) -> list[Decoded]:
        """The results worth reporting: see consistency.py for what is dropped and why.

        An EAN/UPC the budget left no second look for, and no other view read, is reported
        as not verified: the stream then waits for a second frame to agree (accept.py).
        """
        return [
            replace(d, checksum_protected=False)
            if d.key in self.unchecked and self.views[d.key] == 1
            else d
            for d in believed(list(self.found.values()), self.views)
        ]

    def confirm_retail(self, gray: np.ndarray) -> None:
        """A second look at each EAN/UPC only one view read, before believing it.

        A mod-10 check digit lets two compensating misread digits through, and a thin band
        of scan lines is where that happens. The code's area is cut out afresh and read with
        other variants until one agrees; what they read instead, or as well, is counted like
        any other view, and consistent() settles contradictions by that count. A code no
        second view reads is kept: its check digit held and nothing contradicts it.
        """
        tried: set[tuple[str, str]] = set()
        while pending := [
            d
            for key, d in self.found.items()
            if key[0] == "retail" and self.views[key] == 1 and key not in tried
        ]:
            for decoded in pending:
                tried.add(decoded.key)
                to_crop, size = _crop_geometry(_symbol_region(decoded))
                crop = _Crop(gray, to_crop, size)
                for variant in _CONFIRMING:
                    if not self.budget.fits(crop.pixels):
                        self.unchecked.add(decoded.key)
                        break
                    self.read(
                        crop.prepare(variant),
                        thorough=False,
                        binarizer=variant.binarizer,
                        formats=self.retail_formats,
                    )
                    if self.views[decoded.key] > 1:
                        break

    def explains(self, region: Region) -> bool:
        """Whether a code already found lies in `region` (so the region needs no rescue)."""
        return any(region.contains(centre(d.corners)) for d in self.found.values())


class _Crop:
    """An area of the frame cut out on first use (a region an earlier read explained never
    needs it), so that cutting it is timed with, and counted in, the read that needed it."""

    def __init__(self, gray: np.ndarray, to_crop: np.ndarray, size: tuple[int, int]) -> None:
        self._gray = gray
        self._to_crop = to_crop
        self._size = size
        self.pixels = size[0] * size[1]

    @cached_property
    def view(self) -> _View:
        return _crop_view(self._gray, self._to_crop, self._size)

    def prepare(self, variant: _Variant) -> Callable[[], _View]:
        """What makes the crop's `variant` (the cut, on first use, and its transform)."""
        return lambda: _View(variant.transform(self.view.image), self.view.to_frame)


class _Rescue:
    """The variants of one region's crop, tried one at a time until one reads."""

    def __init__(self, gray: np.ndarray, region: Region, noise: float) -> None:
        self.region = region
        self._crop = _Crop(gray, *_crop_geometry(region))
        self.variants = list(_NOISY_ORDER if noise >= NOISY else _VARIANTS)
        self.done = False

    def try_next(self, reader: _Reader) -> bool:
        """Read the next variant if the budget allows (else give up: done); True on a read."""
        variant = self.variants[0]
        if not reader.budget.fits(self._crop.pixels, variant.factor):
            self.done = True
            return False
        self.variants.pop(0)
        found = reader.read(
            self._crop.prepare(variant),
            binarizer=variant.binarizer,
            thorough=variant.thorough,
            factor=variant.factor,
        )
        self.done = found or not self.variants
        return found


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


def decode(
    image: np.ndarray,
    formats: Iterable[str] | None = None,
    *,
    budget_ms: float | None = DEFAULT_BUDGET_MS,
    stats: DecodeStats | None = None,
) -> list[Decoded]:
    """Every barcode of the configured `formats` (our names; None = all) in a BGR/gray frame.

    `budget_ms` bounds the time spent starting harder passes (None: run every pass, as the
    corpus tests do, so their result does not depend on machine load). `stats`, if given, is
    filled with where the time went. Raises TypeError for something that is not an 8-bit image
    and formats.FormatError for an unknown format.
    """
    budget = _Budget(budget_ms)
    stats = stats if stats is not None else DecodeStats()
    reader = _Reader(formats, budget, stats)
    started = _clock()
    gray = to_gray(image)
    if gray.size == 0:
        return []
    fast = _scaled_view(gray, FAST_EDGE)
    noise = noise_level(fast.image)
    # Regions first: a crop at full resolution reads small codes the downscaled frame has lost,
    # and it costs less than the whole frame. The small frame then catches what the region
    # search missed, and the full frame what neither read.
    rescues = [
        _Rescue(gray, r.scaled(fast.to_frame[0, 0]), noise) for r in find_regions(fast.image)
    ]
    stats.survey_s = _clock() - started
    for rescue in rescues:
        if not reader.explains(rescue.region):
            rescue.try_next(reader)
    if budget.fits(fast.image.size):
        reader.read(lambda: fast, thorough=False)
    # Smoothed first when grainy, then as it is: dense print (a code filling the image at a
    # pixel or two per module) measures as grain too, and only the raw image reads it.
    for smoothed in (True, False) if noise >= VERY_NOISY else (False,):
        if (
            reader.found
            or not reader.full_frame_formats
            or not budget.fits(gray.size, _Budget.FULL_FRAME)
        ):
            break
        reader.read(
            lambda smoothed=smoothed: _View(_blur(gray) if smoothed else gray, _identity()),
            formats=reader.full_frame_formats,
            factor=_Budget.FULL_FRAME,
        )
    # With a code already read, the label is there and the next frame retries: the plain try
    # per region is enough. Without one, every rescue variant may be what reads it.
    if not reader.found:
        for rescue in rescues:
            while not rescue.done and not rescue.try_next(reader):
                pass
    budget.extend(CONFIRM_BUDGET_MS)
    reader.confirm_retail(gray)
    return reader.consistent()
