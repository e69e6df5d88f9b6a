"""Cutting a region out of the frame the way zxing-cpp reads it best.

zxing-cpp reads a linear code along pixel rows, so a linear region is turned until its bars are
vertical; a code on a tilted label is also foreshortened (its bars converge and its modules
shrink from one end to the other), and where the ends of the bars show that, the cut is a
perspective warp that makes the code a rectangle again. Modules under ~2.5 px are too few
pixels for zxing-cpp's edge detection, so such a cut is upsampled (along the code only, for a
linear one: the bars' length does not need it); big modules are downsampled, which costs less
and reads as well.

Every function returns the image and the 3x3 map from the frame's pixels to the image's, so
what zxing-cpp finds is drawn back on the frame.
"""

from __future__ import annotations

import itertools
import math

import cv2
import numpy as np

from inspector_app.scanning.regions import Region

TARGET_MODULE = 2.8
"""Pixels per module the cut aims at: zxing-cpp reads reliably from ~2.5."""

MAX_UPSAMPLE = 3.0
"""A code read at 1 px per module gains nothing from more."""

BAR_ROWS = 48
"""Rows of a straightened linear code: zxing-cpp needs a few agreeing rows; more cost time."""

QUIET_MODULES = 12
"""Quiet zone kept on either side of straightened bars (the symbologies ask for 10)."""

LINEAR_RUN = 1.7
"""Mean width of a linear code's bars and spaces in modules (Code 128: 11 modules, 6 elements;
Code 39 with 2.5x wide elements: 1.45)."""

BARS_SPAN = 9
"""Columns of the half-resolution cut over which bars are told from a lone edge."""

BARS_LEVEL = 0.15
"""Fraction of the strongest columns' bar response from which a column holds bars: sparse
stretches of thin bars respond a fifth as strongly as dense ones, paper not at all."""

ROWS_GAP = 2
"""Rows within the bars that may read weak (a spot of glare, a scratch across the code)."""

ANALYSIS_MODULE = 1.5
"""Pixels per module the cut that looks for the bars' ends keeps at least (half resolution
at most): at less, a small code's outer bars blur into its quiet zone and are cut off."""

MAX_ANALYSIS_WIDTH = 500
"""Widest cut the bars' ends are looked for in: a long code has modules big enough to be
seen at less than half resolution."""

ACROSS_REACH = 1.6
"""How much of the bars' height the cut that looks for their ends takes: enough to see the ends of
bars the survey saw short, not so much that the next code on the label comes in."""

MATRIX_RUN = 2.0
"""Mean run of equal modules along a row of a 2D code (random modules: 2)."""


def rotated_crop(
    gray: np.ndarray,
    region: Region,
    scale: float = 1.0,
    rows: int | None = None,
    reach: tuple[float, float] = (1.5, 1.3),
) -> tuple[np.ndarray, np.ndarray]:
    """The region turned so its bars are vertical, `reach` times its length and height
    (margins, or the part of the code the survey did not see), at `scale`; only its middle
    `rows` if given. Returns the crop and the frame-to-crop map."""
    width = round((region.length * reach[0] + 16) * scale)
    height = rows or round((region.height * reach[1] + 12) * scale)
    ca, sa = math.cos(region.angle) * scale, math.sin(region.angle) * scale
    to_crop = np.array([[ca, sa, 0.0], [-sa, ca, 0.0], [0.0, 0.0, 1.0]])
    to_crop[0, 2] = width / 2 - (ca * region.center[0] + sa * region.center[1])
    to_crop[1, 2] = height / 2 - (-sa * region.center[0] + ca * region.center[1])
    crop = cv2.warpAffine(
        gray,
        to_crop[:2],
        (max(8, width), max(8, height)),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return crop, to_crop


def module_size(image: np.ndarray, run: float = LINEAR_RUN) -> float | None:
    """Pixels per module, from the edges along the middle rows (averaged, which cancels noise
    along vertical bars); None when there are too few edges to tell."""
    middle = image.shape[0] // 2
    profile = image[max(0, middle - 4) : middle + 4].astype(np.float32).mean(axis=0)
    step = np.diff(profile)
    low, high = percentiles(profile, (5, 95))
    steps = np.sign(step) * (np.abs(step) > 0.12 * (high - low))
    where = np.flatnonzero(steps)
    if len(where) < 6:
        return None
    edges = np.count_nonzero(np.diff(steps[where])) + 1
    return float(where[-1] - where[0]) / edges / run


def bar_quad(crop: np.ndarray, strips: int = 8) -> np.ndarray | None:
    """The corners (top-left, top-right, bottom-right, bottom-left) of the bars in a crop where
    they stand near vertical, or None where their ends cannot be told.

    The top and bottom edges are lines fitted to where the bars end in each of `strips`
    vertical strips; the left and right edges follow the first and last strips' bars, whose
    direction is that of the local gradients. Text printed against the bars' ends weighs less
    than the bars: a bar is where the horizontal gradient beats the vertical one.
    """
    image = crop.astype(np.float32)
    gx = cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=3)
    bars = cv2.blur(np.abs(gx) - np.abs(gy), (5, 3))
    # a lone edge (the label's, a rule's) is not bars: the profile is averaged over a few
    # bars' width, which leaves many edges strong and thins a single one out. Only the middle
    # rows count: the codes printed above and below may reach further along.
    quarter = crop.shape[0] // 4
    middle_rows = bars[quarter : crop.shape[0] - quarter]
    profile = cv2.blur(middle_rows.mean(axis=0)[None, :], (BARS_SPAN, 1)).ravel()
    columns = _run_around(profile > BARS_LEVEL * profile.max(), crop.shape[1] // 2, BARS_SPAN)
    if columns is None or columns[1] - columns[0] < 6:
        return None
    left, right = columns
    tops, bottoms, tilts = [], [], []
    bounds = np.linspace(left, right, strips + 1).astype(int)
    for a, b in itertools.pairwise(bounds):
        if b - a < 2:
            continue
        rows = bars[:, a:b].mean(axis=1)
        inside = _run_around(rows > 0.5 * rows.max(), crop.shape[0] // 2, ROWS_GAP)
        if inside is None or inside[1] - inside[0] < 3:
            continue
        x = (a + b) / 2
        top, bottom = inside
        tops.append((x, top))
        bottoms.append((x, bottom))
        sx, sy = gx[top:bottom, a:b], gy[top:bottom, a:b]
        tilts.append(0.5 * math.atan2(2 * (sx * sy).sum(), (sx * sx).sum() - (sy * sy).sum()))
    if len(tops) < 4:
        return None
    top_line, bottom_line = _fit_line(np.array(tops)), _fit_line(np.array(bottoms))
    third = max(2, len(tilts) // 3)
    left_tilt, right_tilt = _median(tilts[:third]), _median(tilts[-third:])
    middle = crop.shape[0] / 2
    # the smoothed profile falls below its threshold a few columns inside the outer bars
    left, right = left - BARS_SPAN // 2 - 1, right + BARS_SPAN // 2 + 1
    corners = [
        _meet(left, middle, left_tilt, top_line),
        _meet(right, middle, right_tilt, top_line),
        _meet(right, middle, right_tilt, bottom_line),
        _meet(left, middle, left_tilt, bottom_line),
    ]
    if any(c is None for c in corners):
        return None
    return np.array(corners, np.float32)


def percentiles(values: np.ndarray, qs: tuple[float, ...]) -> list[float]:
    """The `qs` percentiles of `values`, interpolated linearly as np.percentile does by default.

    np.percentile spends ~50 us on its own machinery (350 us on a cut of 30,000 bytes) where a
    sort of the few hundred values of a profile takes 2; it runs for every region a frame
    reads. A stable sort of 8-bit values is a radix sort, linear in their number."""
    ordered = np.sort(values, axis=None, kind="stable")
    last = ordered.size - 1
    result = []
    for q in qs:
        position = q / 100 * last
        below = math.floor(position)
        low, high = float(ordered[below]), float(ordered[min(below + 1, last)])
        result.append(low + (high - low) * (position - below))
    return result


def _median(values: list[float]) -> float:
    """The median of a handful of floats, without np.median's overhead (~20 us a call)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _run_around(flags: np.ndarray, middle: int, gap: int) -> tuple[int, int] | None:
    """The first and last index of the run of True in `flags` at `middle`, or at the True
    nearest to it, bridging runs of False up to `gap` long (a wide space between bars): the
    bars the region was found on, not the next code or the label's edge further along."""
    where = np.flatnonzero(flags)
    if not len(where):
        return None
    start = int(np.argmin(np.abs(where - middle)))
    steps = np.diff(where)
    breaks = np.flatnonzero(steps > gap + 1)
    first = int(breaks[breaks < start][-1]) + 1 if np.any(breaks < start) else 0
    last = int(breaks[breaks >= start][0]) if np.any(breaks >= start) else len(where) - 1
    return int(where[first]), int(where[last])


def _fit_line(points: np.ndarray) -> tuple[float, float]:
    """y = slope * x + offset through `points`, refitted without its worst quarter (the strips
    where text or a damaged bar moved the end). Least squares in closed form: a LAPACK call
    on a handful of points costs more than everything else here."""
    slope, offset = _least_squares(points)
    misses = np.abs(points[:, 1] - (slope * points[:, 0] + offset))
    (three_quarters,) = percentiles(misses, (75,))
    kept = points[misses <= three_quarters + 1]
    return _least_squares(kept) if len(kept) >= 2 else (slope, offset)


def _least_squares(points: np.ndarray) -> tuple[float, float]:
    x, y = points[:, 0], points[:, 1]
    spread = float(((x - x.mean()) ** 2).sum())
    slope = float(((x - x.mean()) * (y - y.mean())).sum()) / spread if spread else 0.0
    return slope, float(y.mean()) - slope * float(x.mean())


def _meet(x: float, y: float, tilt: float, line: tuple[float, float]) -> tuple[float, float] | None:
    """Where the bar through (x, y), whose gradient points `tilt` from horizontal, meets
    `line`."""
    dx, dy = -math.sin(tilt), math.cos(tilt)
    slope, offset = line
    denominator = dy - slope * dx
    if abs(denominator) < 1e-6:
        return None
    s = (slope * x + offset - y) / denominator
    return (x + s * dx, y + s * dy)


def straightened_bars(gray: np.ndarray, region: Region) -> tuple[np.ndarray, np.ndarray, float]:
    """A linear region as a rectangle of vertical bars at ~TARGET_MODULE px per module.

    The module size is measured on a thin band of the middle rows at full resolution, the
    bars' ends on a cut at half resolution or less (at most MAX_ANALYSIS_WIDTH wide, small
    modules kept at ANALYSIS_MODULE px): both a fraction of the pixels a full cut would take.
    Returns the image, the frame-to-image map and the module size measured in the frame."""
    band, _ = rotated_crop(gray, region, rows=8)
    module = module_size(band) or TARGET_MODULE
    stretch = min(MAX_UPSAMPLE, max(0.5, TARGET_MODULE / module))
    # more than the region: small modules at the code's ends and bars' ends may have escaped
    # the survey, and the bars' ends must show for the perspective to be seen
    scale = min(
        max(0.5, ANALYSIS_MODULE / module), 1.0, MAX_ANALYSIS_WIDTH / (region.length * 2.5 + 16)
    )
    crop, to_crop = rotated_crop(gray, region, scale=scale, reach=(2.5, ACROSS_REACH))
    quad = bar_quad(crop)
    if quad is None:
        crop, to_crop = rotated_crop(gray, region, rows=BAR_ROWS)
        width = max(8, round(crop.shape[1] * stretch))
        scaled = np.diag([width / crop.shape[1], 1.0, 1.0])
        image = cv2.resize(crop, (width, crop.shape[0]), interpolation=cv2.INTER_CUBIC)
        return image, scaled @ to_crop, module
    # the middle of the bars: their ends are ragged, and text may touch them
    inner = quad.copy()
    for top, bottom in ((0, 3), (1, 2)):
        inner[top] = quad[top] + 0.12 * (quad[bottom] - quad[top])
        inner[bottom] = quad[bottom] + 0.12 * (quad[top] - quad[bottom])
    length = float(np.hypot(*(quad[1] - quad[0]))) / scale * stretch
    margin = QUIET_MODULES * TARGET_MODULE
    width = round(length + 2 * margin)
    target = np.array(
        [[margin, 0], [margin + length, 0], [margin + length, BAR_ROWS], [margin, BAR_ROWS]],
        dtype=np.float32,
    )
    to_image = cv2.getPerspectiveTransform(inner, target) @ to_crop
    image = cv2.warpPerspective(
        gray,
        to_image,
        (max(8, width), BAR_ROWS),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return image, to_image, module


MIN_BLOB_EDGE = 480
"""A blob's cut is upscaled until its long edge reaches this: small codes get ~2 px modules."""

MAX_BLOB_PIXELS = 300_000
"""...and shrunk to at most this many pixels: its modules are then big enough, and a read's
cost (which the budget can only forecast from earlier reads) stays bounded."""


def blob_crop(gray: np.ndarray, region: Region) -> tuple[np.ndarray, np.ndarray]:
    """A blob turned so its long side is horizontal, with a quiet-zone margin, upscaled if
    small; and the frame-to-image map."""
    margin = 0.15 * region.length + 12
    width, height = region.length + 2 * margin, region.height + 2 * margin
    scale = min(
        max(1.0, MIN_BLOB_EDGE / width),
        (MAX_BLOB_PIXELS / (width * height)) ** 0.5,
    )
    ca, sa = math.cos(region.angle) * scale, math.sin(region.angle) * scale
    size = (max(8, round(width * scale)), max(8, round(height * scale)))
    to_image = np.array([[ca, sa, 0.0], [-sa, ca, 0.0], [0.0, 0.0, 1.0]])
    to_image[0, 2] = size[0] / 2 - (ca * region.center[0] + sa * region.center[1])
    to_image[1, 2] = size[1] / 2 - (-sa * region.center[0] + ca * region.center[1])
    image = cv2.warpAffine(
        gray, to_image[:2], size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return image, to_image


def matrix_crop(gray: np.ndarray, region: Region) -> tuple[np.ndarray, np.ndarray]:
    """A 2D region with a quiet-zone margin, upsampled if its modules are small; and the
    frame-to-image map. 2D detectors find the code's own corners, so no straightening."""
    side = max(region.length, region.height) * 1.5 + 16
    height, width = gray.shape[:2]
    # a centre outside the frame (a code read at its edge, looked at again) is kept on it: the
    # cut is never empty, and never wraps round to the far side of the frame
    cx = min(max(region.center[0], 0.0), width - 1.0)
    cy = min(max(region.center[1], 0.0), height - 1.0)
    x0, y0 = max(0, round(cx - side / 2)), max(0, round(cy - side / 2))
    x1, y1 = min(width, round(cx + side / 2)), min(height, round(cy + side / 2))
    crop = gray[y0:y1, x0:x1]
    to_crop = np.array([[1.0, 0.0, -x0], [0.0, 1.0, -y0], [0.0, 0.0, 1.0]])
    module = module_size(crop, MATRIX_RUN) if min(crop.shape) >= 8 else None
    if module is None or module >= TARGET_MODULE:
        return np.ascontiguousarray(crop), to_crop
    factor = min(MAX_UPSAMPLE, TARGET_MODULE / module)
    image = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return image, np.diag([factor, factor, 1.0]) @ to_crop
