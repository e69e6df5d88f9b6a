"""`decode(image)`: the barcodes in a camera frame, better than one plain zxing-cpp call, in budget.

A parcel's return label carries four or five codes among text and rules, tilted and small in
a webcam frame; one zxing-cpp call over the whole frame misses most of them and costs the
most. So decode() reads the way a person does:

1. a survey of the frame downscaled to 640 px (regions.py): where the linear and 2D codes
   are, which way their bars run, how grainy the picture is;
2. one plain read of each region, the most promising first, cut out of the full-resolution
   frame straightened (perspective where the bars' ends show it) and at ~2.8 px per module
   (straighten.py), read for the formats of its shape only;
3. the downscaled frame as a whole: big codes, and what the survey missed (once a code is
   read, not PDF417, whose detector can take a quarter of a second on a downscaled frame);
4. harder variants of the regions still unread: contrast-stretched against a fixed threshold
   (even light within a small cut), globally binarised, a full-height cut (stacked PDF417,
   bars whose ends were misjudged), doubled resolution, smoothed (grain) and sharpened
   (defocus), contrast-equalised, and zxing-cpp's own inverted and downscaled tries;
5. the full-resolution frame, only while nothing was read;
6. a second look at every code one view read and that a check digit does not protect well
   (EAN/UPC: mod 10) or at all (Code 39, ITF without check character).

A read starts only if its forecast cost (its pixels times the price per pixel this frame's
reads have shown, making its image included) fits the CPU budget; the first read always runs,
so a machine too slow for its budget still reads the most promising region. The frame's
budget (12 ms) grows by LABEL_BUDGET_MS when the scene is busy and the survey sees a label
in it (or once a code of a busy scene is read): all its codes are worth the time; and by
GLIMPSE_BUDGET_MS when a read saw a code it could not decode, or a quiet scene shows a
code-shaped blob, and none is read yet. The survey
and everything else that is not a zxing-cpp read cost a bounded time whatever the frame
holds, and come out of the same budget; the finer code survey of a quiet scene starts only
if its forecast fits too.

Every result says whether a check digit verified it and how many views read it; the stream
(accept.py) acts at once only on what is protected or was read twice.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial

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
from inspector_app.scanning.regions import (
    SURVEY_WIDTH,
    Region,
    Shape,
    find_blobs,
    find_codes,
    label_in_view,
)
from inspector_app.scanning.straighten import (
    BAR_ROWS,
    MAX_BLOB_PIXELS,
    MIN_BLOB_EDGE,
    blob_crop,
    matrix_crop,
    percentiles,
    rotated_crop,
    straightened_bars,
)
from inspector_app.settings import DEFAULT_FORMATS

DEFAULT_BUDGET_MS = 12.0
"""CPU time for a frame: a frame without a label costs at most about this."""

LABEL_BUDGET_MS = 16.0
"""More CPU time for a busy scene where the survey sees a label (regions.label_in_view: two
parallel linear codes) or, failing that, once a code of it is read: the label's codes (the
return's key may be any of them) are worth it, so a frame with a label costs at most ~28 ms.
Given as soon as the survey is done rather than on the first read, it found the key in 84%
of return-label frames instead of 72%: on many the first code read came after the 12 ms."""

GLIMPSE_BUDGET_MS = 24.0
"""More CPU time for a frame in which zxing-cpp found a code it could not decode (a result
with an error: its finder or guards seen, its checksum failed) and nothing is read yet: a code
is in view, so the harder variants are worth their cost. On the corpus's single-code photos
in 720p frames (load 4-5, same runs) 85.0-86.0% were read instead of 83.4% (12 ms more: 85.0%);
frames without a code seldom show one, and their median stayed at the base budget.
A quiet scene whose blob survey finds a code-shaped blob (regions.code_shaped_blob) that the
plain reads did not read gets it too."""

CONFIRM_BUDGET_MS = 8.0
"""CPU time for second looks, on top of what the reads left: a code costs 1-3 ms, so a label's
one or two codes that need one always get it."""

CODE_SURVEY_COST = 2.0
"""The code survey (regions.find_codes) costs about this many times the blob survey on the
same downscaled frame (measured 1.4-2.2x): a frame with no code held up does not start it
when it would end past the budget, which it did on every such frame that read nothing."""

BUSY_SCENE = 0.1
"""Fraction of the frame on an edge of print or texture (regions.find_blobs) from which a
scene is busy: photos of one code held up measure 0.01-0.13, parcels with return labels
0.06-0.33 (median 0.26)."""

MATRIX = frozenset({"qrcode", "datamatrix"})
"""Formats read in 2D regions only; all other formats but EAN/UPC are read in linear regions.
EAN/UPC are left to the blobs and the whole frame: a straightened cut's extra looks at a
damaged retail code give its mod-10 check digit more chances to pass a wrong reading, and
they are product codes, not a return label's."""

STACKED = frozenset({"pdf417"})
"""Read in both: a PDF417's rows of bars look linear at its ends and 2D in its middle."""

SLOW_ON_NOISE = frozenset({"datamatrix", "pdf417"})
"""Formats whose detectors cost 5-20 ms on a noisy full 720p frame (vs 1 ms for the others):
the full-resolution pass leaves them to the regions and the downscaled frame."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """One barcode read from a frame.

    `corners` are the code's four corners (top-left, top-right, bottom-right, bottom-left as
    zxing-cpp orients them) in the input image's pixels, for the preview overlay.
    `checksum_protected` is True when a check digit or error correction verified the text
    (and, for an EAN/UPC only one view read, when there was CPU time for a second look).
    `views` counts the views of the frame (cuts, variants) that read it: an unprotected code
    two views agree on needs no second frame. `symbology_id` is the AIM identifier (e.g.
    "]C1" for GS1-128), kept for GS1 handling.
    """

    text: str
    format: str
    corners: tuple[Point, Point, Point, Point]
    checksum_protected: bool
    symbology_id: str = ""
    views: int = 1

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the code: EAN-13, UPC-A and UPC-E readings of one item share a key."""
        family = "retail" if self.format in RETAIL else self.format
        return (family, gtin13(self.format, self.text))

    @property
    def confirmed(self) -> bool:
        """Whether this frame alone is enough to act on the code: a check digit or error
        correction verified it, or two views of the frame read the same text."""
        return self.checksum_protected or self.views >= 2


@dataclass(slots=True)
class DecodeStats:
    """Where one decode() call's CPU time went, in seconds (benchmarks, diagnostics).

    `survey_s`: conversion to grey, downscaling, the noise estimate and the region search, a
    bounded cost whatever the frame holds; `views_s`: cutting regions and making their
    variants, which each read's forecast includes; `zxing_s`: inside zxing-cpp, over `reads`
    reads; `regions`: how many regions the survey found.
    """

    survey_s: float = 0.0
    views_s: float = 0.0
    zxing_s: float = 0.0
    reads: int = 0
    regions: int = 0


@dataclass(frozen=True, slots=True)
class _View:
    """An image handed to zxing-cpp and the 3x3 map from its pixels back to the frame's."""

    image: np.ndarray
    to_frame: np.ndarray

    @classmethod
    def of(cls, image: np.ndarray, frame_to_image: np.ndarray) -> _View:
        # OpenCV's inverse: numpy's goes through LAPACK, whose threads cost more than a read
        _, to_frame = cv2.invert(frame_to_image)
        return cls(np.ascontiguousarray(image), to_frame)

    def map_point(self, x: float, y: float) -> Point:
        u, v, w = self.to_frame @ (x, y, 1.0)
        return (round(u / w), round(v / w))


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
    is no price: that read (the most promising region, or else the downscaled frame) always
    runs, so even a machine too slow for its budget reads something in every frame. The
    deadline is set before anything else runs, so the survey comes out of the budget too.
    """

    THOROUGH = 1.25
    """A read with zxing-cpp's inverted and downscaled tries costs this much more per pixel."""

    FULL_FRAME = 0.55
    """The full-resolution pass, without the Data Matrix and PDF417 detectors, this much."""

    def __init__(self, budget_ms: float | None) -> None:
        self._deadline = None if budget_ms is None else _clock() + budget_ms / 1000
        self._spent = 0.0
        self._pixels = 0.0

    def learn(self, seconds: float, pixels: int, factor: float) -> None:
        """A read of `pixels` at `factor` times the plain price took `seconds`."""
        self._spent += seconds
        self._pixels += pixels * factor

    def expired(self) -> bool:
        """Whether the budget is spent (never, without one)."""
        return self._deadline is not None and _clock() >= self._deadline

    def extend(self, ms: float) -> None:
        """Give `ms` more, counted from now if the deadline has already passed."""
        if self._deadline is not None:
            self._deadline = max(self._deadline, _clock()) + ms / 1000

    def allows(self, seconds: float) -> bool:
        """Whether work forecast to take `seconds` ends in budget (always, without one)."""
        return self._deadline is None or _clock() + seconds < self._deadline

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


def _downscaled(gray: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    """`gray` at most `width` wide, and the factor from its pixels to the frame's."""
    factor = gray.shape[1] / width
    if factor <= 1.25:
        return gray, 1.0
    size = (width, max(1, round(gray.shape[0] / factor)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


def _as_is(image: np.ndarray) -> np.ndarray:
    return image


def _clahe(image: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=2.5, tileGridSize=(4, 4)).apply(image)


def _blur(image: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(image, (0, 0), 1.2)


def _sharpen(image: np.ndarray) -> np.ndarray:
    soft = cv2.GaussianBlur(image, (0, 0), 2.0)
    return cv2.addWeighted(image, 1.8, soft, -0.8, 0)


def _stretch(image: np.ndarray) -> np.ndarray:
    """Contrast stretched so paper is white and ink black: within a small cut the light is
    even, and a fixed threshold at mid-grey then splits bars where zxing-cpp's local average
    wavers (faded print, a soft shadow across the code)."""
    low, high = percentiles(image, (3, 97))
    gain = 255.0 / max(float(high - low), 1.0)
    return cv2.convertScaleAbs(image, alpha=gain, beta=-float(low) * gain)


@dataclass(frozen=True, slots=True)
class _Variant:
    """One way to read a region: an image transform, a binarizer, whether zxing-cpp adds its
    own inverted and downscaled tries, and whether it reads the region's full-height cut
    rather than its straightened one (linear regions)."""

    transform: Callable[[np.ndarray], np.ndarray]
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage
    thorough: bool = False
    full_height: bool = False
    upsample: float = 1.0
    """Resolution factor: 2 reads modules of 1-1.5 px that zxing-cpp's edge detection misses."""
    cost: float = 1.0
    """Price per pixel of the region's cut relative to a plain read (transform included)."""


_PLAIN = _Variant(_as_is)
_FIXED = _Variant(_stretch, zxingcpp.Binarizer.FixedThreshold)
_GLOBAL = _Variant(_as_is, zxingcpp.Binarizer.GlobalHistogram)
_FULL_HEIGHT = _Variant(_as_is, full_height=True)
_TWICE = _Variant(_as_is, upsample=2.0, cost=4.5)
_SMOOTHED = _Variant(_blur, cost=1.2)
_SHARPENED = _Variant(_sharpen, cost=1.2)
_EQUALISED = _Variant(_clahe, cost=1.2)
_THOROUGH = _Variant(_as_is, thorough=True, cost=_Budget.THOROUGH)

# Variants of a region by its shape, most useful first. Measured on return-label frames: a
# straightened linear code that a plain read misses is read by the stretched cut against a
# fixed threshold, contrast equalisation or the full-height cut, hardly ever by anything else;
# a 2D region by doubled resolution or the stretched cut. Blobs keep the variants that rescued
# single codes in the corpus of photos (glare, dim light, defocus, noise). On a grainy frame
# (low light, a cheap sensor) smoothing is the likeliest rescue, and moves up.
_VARIANTS = {
    Shape.LINEAR: (_PLAIN, _FIXED, _EQUALISED, _FULL_HEIGHT, _SMOOTHED),
    Shape.MATRIX: (_PLAIN, _TWICE, _FIXED),
    Shape.BLOB: (_PLAIN, _THOROUGH, _EQUALISED, _GLOBAL, _SHARPENED, _SMOOTHED),
}
_NOISY_ORDER = {
    Shape.LINEAR: (_PLAIN, _SMOOTHED, _FIXED, _EQUALISED, _FULL_HEIGHT),
    Shape.MATRIX: (_PLAIN, _SMOOTHED, _TWICE, _FIXED),
    Shape.BLOB: (_PLAIN, _SMOOTHED, _THOROUGH, _EQUALISED, _GLOBAL, _SHARPENED),
}
_QUIET_BLOB = (_PLAIN, _EQUALISED, _SHARPENED, _THOROUGH, _GLOBAL, _SMOOTHED)
"""A quiet scene's blob (one code held up) that a plain read misses: contrast equalisation
and sharpening rescue it first more often than zxing-cpp's own tries (corpus photos in 720p
frames, no budget: 10 and 8 photos vs 2), and they are the EAN/UPCs and a PDF417 the 12 ms
ran out before. Tried in this order, 3-4 more photos were read within the budget, one QR
fewer (read by the thorough try, now fourth). Busy scenes keep _VARIANTS: their blobs are
mostly whole labels."""

_SECOND_LOOKS = tuple(replace(v, full_height=True) for v in (_EQUALISED, _SHARPENED, _FIXED))
"""The variants a second look uses: on the corpus, contrast-equalised and sharpened cuts agree
with a first read most often."""

NOISY = 7.0
"""Noise level (see noise_level) from which a frame counts as grainy. On the synthetic set,
clean, blurred, glare and tilted frames measure 2-6, low-light ones 7-11, noisy ones 13-55."""
VERY_NOISY = 13.0
"""From here the full-resolution pass reads a smoothed frame: grain this strong breaks bars."""


def noise_level(gray: np.ndarray) -> float:
    """Median absolute Laplacian: high on sensor grain, while the edges of print, being a small
    part of any frame, barely move the median. Run on the survey's downscaled frame.

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
        chosen = set(DEFAULT_FORMATS if names is None else names)
        self.formats = zxing_formats(chosen)
        self.linear_formats = _subset(chosen - MATRIX - RETAIL)
        self.matrix_formats = _subset(chosen & (MATRIX | STACKED))
        self.full_frame_formats = _subset(chosen - SLOW_ON_NOISE)
        self.small_frame_formats = _subset(chosen - STACKED)
        """The downscaled frame's formats once a code is read: not PDF417, whose detector took
        244 ms on a corpus photo at the survey's width after a region cut had read it in 20
        ms (a read cannot be interrupted); the regions of both shapes read PDF417. While
        nothing is read the frame is read for every format: a large PDF417 in a raw photo is
        read only there."""
        self.found: dict[tuple[str, str], Decoded] = {}
        self.views: Counter[tuple[str, str]] = Counter()
        self.unchecked: set[tuple[str, str]] = set()
        self.glimpsed = False
        """Whether a read found a code it could not decode (see GLIMPSE_BUDGET_MS)."""

    def read(
        self,
        prepare: Callable[[], _View],
        formats: zxingcpp.BarcodeFormats,
        *,
        variant: _Variant = _PLAIN,
        factor: float = 1.0,
        rotate: bool = True,
    ) -> bool:
        """Read the view `prepare` makes; True if it found a code not found before.

        The budget learns what making and reading the view cost together, at `factor` times
        the price of a plain read."""
        started = _clock()
        view = prepare()
        prepared = _clock()
        barcodes = zxingcpp.read_barcodes(
            view.image,
            formats=formats,
            try_rotate=rotate,
            try_downscale=variant.thorough,
            try_invert=variant.thorough,
            binarizer=variant.binarizer,
            text_mode=zxingcpp.TextMode.Plain,
            return_errors=True,
        )
        ended = _clock()
        self.budget.learn(ended - started, view.image.size, factor)
        self.stats.views_s += prepared - started
        self.stats.zxing_s += ended - prepared
        self.stats.reads += 1
        new = False
        seen = set()
        for barcode in barcodes:
            if not barcode.valid:
                self.glimpsed = True
                continue
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
        """The results worth reporting, with the number of views that read each: see
        consistency.py for what is dropped and why.

        An EAN/UPC the budget left no second look for, and no other view read, is reported
        as not verified: the stream then waits for a second frame to agree (accept.py).
        """
        return [
            replace(
                d,
                checksum_protected=d.checksum_protected
                and not (d.key in self.unchecked and self.views[d.key] == 1),
                views=self.views[d.key],
            )
            for d in believed(list(self.found.values()), self.views)
        ]

    def second_looks(self, gray: np.ndarray) -> None:
        """A second look at each code only one view read whose check is weak or missing.

        A mod-10 check digit (EAN/UPC) lets two compensating misread digits through, and a
        thin band of scan lines is where that happens; Code 39 and ITF without a check
        character have no check at all. The code's area is cut out afresh and read with
        other variants until one agrees; what they read instead, or as well, is counted like
        any other view, and consistent() settles contradictions by that count. An EAN/UPC no
        second view reads is kept: its check digit held and nothing contradicts it.
        """
        tried: set[tuple[str, str]] = set()
        while pending := [
            d
            for key, d in self.found.items()
            if self.views[key] == 1 and key not in tried and _needs_second_look(d)
        ]:
            for decoded in pending:
                tried.add(decoded.key)
                target = _Target(gray, _symbol_region(decoded), _SECOND_LOOKS)
                formats = zxing_formats([decoded.format])
                while target.variants and not target.starved and self.views[decoded.key] == 1:
                    target.try_next(self, formats)
                if self.views[decoded.key] > 1 or decoded.format not in RETAIL:
                    continue
                if target.starved:
                    self.unchecked.add(decoded.key)

    def explains(self, region: Region) -> bool:
        """Whether a code already found lies in `region` (so the region needs no read)."""
        return any(region.contains(centre(d.corners)) for d in self.found.values())


def _subset(names: set[str]) -> zxingcpp.BarcodeFormats | None:
    return zxing_formats(names) if names else None


def _needs_second_look(decoded: Decoded) -> bool:
    return decoded.format in RETAIL or not decoded.checksum_protected


def _symbol_region(decoded: Decoded) -> Region:
    """The area of a read code as a region. A linear code's corners span the rows zxing-cpp
    read, which may be a thin band, so its box gets at least the height of an EAN's bars."""
    corners = np.array(decoded.corners, np.float64)
    along = corners[1] - corners[0]
    length = max(1.0, float(np.hypot(*along)))
    height = float(np.hypot(*(corners[3] - corners[0])))
    shape = Shape.MATRIX if decoded.format in MATRIX else Shape.LINEAR
    if shape is Shape.LINEAR:
        height = max(height, BAR_HEIGHT * length)
    cx, cy = corners.mean(axis=0)
    return Region(shape, (cx, cy), float(np.arctan2(along[1], along[0])), length, height, 0.0)


class _Target:
    """A region and the variants left to read it with. Its cuts are made on first use (a
    region an earlier read explained never costs one)."""

    def __init__(self, gray: np.ndarray, region: Region, variants: Iterable[_Variant]) -> None:
        self.region = region
        self.variants = list(variants)
        self.done = False
        self.starved = False
        self._gray = gray
        self._cuts: dict[bool, tuple[np.ndarray, np.ndarray]] = {}

    def _plain_cut(self) -> bool:
        """Whether the next variant reads the region's plain cut rather than its straightened
        bars (which only linear regions have)."""
        return self.region.shape is not Shape.LINEAR or self.variants[0].full_height

    def _forecast_pixels(self, plain: bool) -> int:
        """What the cut will measure, to forecast a read before making it: straightened bars
        are BAR_ROWS high and about twice the region's length (small modules upsampled, quiet
        zones); a blob's cut is at least MIN_BLOB_EDGE long."""
        length, height = self.region.length, self.region.height
        if not plain:
            return int(length * 2 * BAR_ROWS)
        if self.region.shape is Shape.BLOB:
            return int(min(MAX_BLOB_PIXELS, max(MIN_BLOB_EDGE**2 / 3, length * height * 2)))
        if self.region.shape is Shape.MATRIX:
            return int(max(length, height) ** 2 * 3)
        return int(length * height * 2)

    def _cut(self, plain: bool) -> tuple[np.ndarray, np.ndarray]:
        if plain not in self._cuts:
            shape = self.region.shape
            if shape is Shape.MATRIX:
                self._cuts[plain] = matrix_crop(self._gray, self.region)
            elif shape is Shape.BLOB:
                self._cuts[plain] = blob_crop(self._gray, self.region)
            elif plain:
                self._cuts[plain] = rotated_crop(self._gray, self.region)
            else:
                image, to_image, _ = straightened_bars(self._gray, self.region)
                self._cuts[plain] = (image, to_image)
        return self._cuts[plain]

    def _formats(self, reader: _Reader) -> zxingcpp.BarcodeFormats | None:
        shape = self.region.shape
        if shape is Shape.LINEAR:
            return reader.linear_formats
        return reader.matrix_formats if shape is Shape.MATRIX else reader.formats

    def try_next(self, reader: _Reader, formats: zxingcpp.BarcodeFormats | None = None) -> bool:
        """Read the next variant if the budget allows (else give up: done); True on a read.

        `formats` restricts the read (second looks); by default the region's shape decides."""
        formats = formats or self._formats(reader)
        if formats is None:
            self.done = True
            return False
        variant = self.variants[0]
        plain = self._plain_cut()
        if not reader.budget.fits(self._forecast_pixels(plain), variant.cost):
            self.done = self.starved = True
            return False
        self.variants.pop(0)

        def prepare() -> _View:
            image, to_image = self._cut(plain)
            factor = variant.upsample
            if factor != 1.0:
                image = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
                to_image = np.diag([factor, factor, 1.0]) @ to_image
            return _View.of(variant.transform(image), to_image)

        found = reader.read(
            prepare,
            formats,
            variant=variant,
            factor=variant.cost,
            # straightened bars stand vertical; any other cut may hold a code either way
            rotate=plain,
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


class _Decoding:
    """One frame's decoding: its grey and downscaled copies, reader, budget and variants."""

    def __init__(self, gray: np.ndarray, reader: _Reader, label_budget_ms: float) -> None:
        self.gray = gray
        self.reader = reader
        self.budget = reader.budget
        self.small, self.factor = _downscaled(gray, SURVEY_WIDTH)
        noise = noise_level(self.small)
        self.noisy = noise >= VERY_NOISY
        self.variants = _NOISY_ORDER if noise >= NOISY else _VARIANTS
        self.label_budget_ms = label_budget_ms
        self.busy = False
        self._label_seen = False
        self._glimpse_seen = False

    def survey(self, find: Callable[[], list[Region]]) -> list[_Target]:
        """Targets for the regions `find` returns; its time is the survey's."""
        started = _clock()
        regions = find()
        self.reader.stats.survey_s += _clock() - started
        self.reader.stats.regions += len(regions)
        return [_Target(self.gray, r, self._variants(r.shape)) for r in regions]

    def _variants(self, shape: Shape) -> tuple[_Variant, ...]:
        """The variants for a region of `shape` in this frame (see _QUIET_BLOB)."""
        if shape is Shape.BLOB and not self.busy and self.variants is _VARIANTS:
            return _QUIET_BLOB
        return self.variants[shape]

    def first_reads(self, targets: list[_Target]) -> None:
        """One plain read of each target a read so far does not explain, in order."""
        for target in targets:
            if not self.reader.explains(target.region):
                target.try_next(self.reader)
                self._note_label()

    def whole_small_frame(self) -> None:
        """The downscaled frame as a whole: big codes, and what the survey missed."""
        formats = self.reader.small_frame_formats if self.reader.found else self.reader.formats
        if formats is not None and self.budget.fits(self.small.size):
            view = _View.of(self.small, np.diag([1 / self.factor, 1 / self.factor, 1.0]))
            self.reader.read(lambda: view, formats)
            self._note_label()

    def harder_reads(self, targets: list[_Target]) -> None:
        """The variants of the targets still unread, a round at a time."""
        while pending := [t for t in targets if not t.done and not self.reader.explains(t.region)]:
            for target in pending:
                target.try_next(self.reader)
                self._note_label()

    def whole_frame(self) -> None:
        """The full-resolution frame, while nothing is read: codes every region missed.
        Smoothed first when grainy, then as it is: dense print (a code filling the image at a
        pixel or two per module) measures as grain too, and only the raw image reads it."""
        for smoothed in (True, False) if self.noisy else (False,):
            if (
                self.reader.found
                or self.reader.full_frame_formats is None
                or not self.budget.fits(self.gray.size, _Budget.FULL_FRAME)
            ):
                return
            self.reader.read(
                partial(self._whole, smoothed),
                self.reader.full_frame_formats,
                factor=_Budget.FULL_FRAME,
            )

    def _whole(self, smoothed: bool) -> _View:
        return _View.of(_blur(self.gray) if smoothed else self.gray, np.eye(3))

    def _note_label(self) -> None:
        """A code read in a busy scene: a label is in view, its other codes are worth more.
        A code seen but not read, and none read yet: it is worth the harder variants."""
        if self.reader.found and self.busy:
            self.extend_for_label()
        elif self.reader.glimpsed and not self.reader.found:
            self.extend_for_glimpse()

    def extend_for_glimpse(self) -> None:
        """Give the frame the glimpse's allowance, once."""
        if not self._glimpse_seen:
            self._glimpse_seen = True
            self.budget.extend(GLIMPSE_BUDGET_MS)

    def extend_for_label(self) -> None:
        """Give the frame the label's allowance, once."""
        if not self._label_seen:
            self._label_seen = True
            self.budget.extend(self.label_budget_ms)


def decode(
    image: np.ndarray,
    formats: Iterable[str] | None = None,
    *,
    budget_ms: float | None = DEFAULT_BUDGET_MS,
    label_budget_ms: float = LABEL_BUDGET_MS,
    stats: DecodeStats | None = None,
) -> list[Decoded]:
    """Every barcode of the configured `formats` (our names; None = all) in a BGR/gray frame.

    `budget_ms` bounds the CPU time spent on the frame (None: run every pass, as the corpus
    tests do, so their result does not depend on the machine or its load), and grows by
    `label_budget_ms` once a label is seen (see LABEL_BUDGET_MS). `stats`, if given, is filled
    with where the time went. Raises TypeError for something that is not an 8-bit image and
    formats.FormatError for an unknown format.
    """
    budget = _Budget(budget_ms)
    stats = stats if stats is not None else DecodeStats()
    reader = _Reader(formats, budget, stats)
    started = _clock()
    gray = to_gray(image)
    if gray.size == 0:
        return []
    job = _Decoding(gray, reader, label_budget_ms)
    small, factor = job.small, job.factor
    stats.survey_s = _clock() - started
    blobs: list[_Target] = []

    def find_blobs_and_busy() -> list[Region]:
        regions, busy = find_blobs(small, factor)
        job.busy = busy >= BUSY_SCENE
        return regions

    blob_survey_started = _clock()
    blobs = job.survey(find_blobs_and_busy)
    blob_survey_s = _clock() - blob_survey_started
    if job.busy:
        # A parcel, its label, clutter: the codes are label-sized regions, read first; the
        # blobs are mostly whole labels, and the downscaled frame costs much and reads little.
        codes = job.survey(lambda: find_codes(small, factor))
        if label_in_view([target.region for target in codes]):
            job.extend_for_label()
        job.first_reads(codes)
        job.first_reads(blobs)
        job.whole_small_frame()
    else:
        # A code held up against the bench: it is a blob, or big enough for the downscaled
        # frame, both cheap here; then the blobs' harder variants (which rescue most of the
        # single codes a plain read misses), and the finer survey only while none is read.
        job.first_reads(blobs)
        job.whole_small_frame()
        if not reader.found and any(target.region.code_shaped for target in blobs):
            # a code seen by its shape rather than by zxing-cpp: as good a reason to look
            # harder, and frames without a code seldom show such a blob
            job.extend_for_glimpse()
        if not reader.found:
            job.harder_reads(blobs)
        codes = []
        if not reader.found and budget.allows(CODE_SURVEY_COST * blob_survey_s):
            codes = job.survey(lambda: find_codes(small, factor))
            job.first_reads(codes)
    if job.busy or not reader.found:
        job.harder_reads(codes + blobs)
    job.whole_frame()
    budget.extend(CONFIRM_BUDGET_MS)
    reader.second_looks(gray)
    return reader.consistent()
