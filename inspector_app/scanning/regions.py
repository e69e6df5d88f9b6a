"""Where the codes are: a cheap search for barcode-like regions in a downscaled frame.

A parcel label holds four or five codes among text, rules, a logo and cardboard, so the decoder
reads regions, not the whole frame. The search divides the downscaled frame (~640 px wide) into
cells of 8x8 pixels and measures in each its contrast and the structure tensor of its gradients
(how strongly the edges agree on one direction):

- the bars of a linear code are many parallel edges: strong contrast, one direction over a
  neighbourhood of cells (text, logos and cardboard change direction every few strokes);
- the modules of a Data Matrix or QR code are edges in both directions at once, densely: the
  smaller eigenvalue of the tensor is large compared with the contrast (text, made of strokes,
  is strongly one-directional at this scale).

Linear cells are grouped by direction (cells within 15 degrees of each other), so two codes side
by side, or a code and the rule printed along it, stay apart; rows of cells that only hold a
rule parallel to the bars are trimmed off. Each group gives its bars' direction and its extent
along and across them.

A third, coarser search finds blobs of strong edges of any kind (a morphological gradient,
closed): what the cells split (a PDF417, whose middle is neither linear nor 2D to them; a code
with modules as big as a cell) and what a single code photographed close up looks like.

The cost is a few passes over the downscaled frame and connected-component labellings of it
and of a 80x45 grid per direction: the same whatever the frame holds.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import cv2
import numpy as np

SURVEY_WIDTH = 640
"""The downscaled frame's width: bars of 1.5 px at 720p are still seen as an oriented texture."""

CELL = 8
"""Cell edge in downscaled pixels (16 px of a 720p frame, 24 px of a 1080p one)."""

DIRECTIONS = 12
"""Direction bins of 15 degrees; a group takes cells of its bin and the two beside it."""

LINEAR_COHERENCE = 0.6
"""Cells whose gradients agree on one direction at least this much (0..1) can be bars."""

GROUP_COHERENCE = 0.7
"""...and a group of them must agree as a whole: bars are straight, a crowd of strokes is not."""

MIN_CONTRAST = 10.0
"""Grey-level standard deviation of a cell below which it is paper, bench or sensor noise."""

MATRIX_CONTRAST = 20.0
"""2D codes are printed black on white: their cells' contrast is high."""

MATRIX_DENSITY = 10.0
"""Smaller tensor eigenvalue over contrast from which a cell holds edges in both directions as
densely as a 2D code's modules (measured: 2D codes 15-20, text and texture mostly below 5)."""

JOIN_GAP = 4
"""Cells that may lie between two pieces of one code (a PDF417's middle is less regular)."""

JOIN_TURN = 10.0
"""Degrees within which two linear regions count as parallel, so possibly one code."""

MIN_EDGE = 24
"""Weakest edge (grey levels across 3 px) a blob is made of: print rather than texture or noise."""

MAX_BLOBS = 4
"""More blobs than this on one bench frame is clutter; the biggest are the labels' codes."""

MIN_CELLS = 4
"""Fewest linear cells a group needs: a code at 1.5 px per module covers a dozen or more."""

MAX_REGIONS = 16
"""The strongest regions kept: a label's codes, and some text or texture that looks alike."""

CODE_FILL = 0.8
"""A code-shaped blob fills at least this much of its rectangle: a code's closed edges make a
solid rectangle, text lines and an object's outline a ragged or hollow one."""

CODE_EDGES = 0.7
"""...and at least this share of its pixels lie on a strong edge (bars, modules)."""

CODE_DENSITY = 30.0
"""...and its bounding box's mean edge strength (grey levels) is at least this: print, not
a soft texture."""

CODE_ASPECT = 5.0
"""...and it is at most this many times as long as it is high: a line of text is longer."""

LABEL_SCORE = 10.0
"""Score from which a linear region counts towards a label (label_in_view): a label's codes
score 20-1000, stray strokes of text or texture mostly less."""


class Shape(enum.Enum):
    """What a region looks like, which decides how it is cut out and which formats it holds."""

    LINEAR = "linear"
    MATRIX = "matrix"
    BLOB = "blob"


@dataclass(frozen=True, slots=True)
class Region:
    """A barcode-like region in frame pixels.

    `angle` (radians) is the direction across the bars of a linear region (0: vertical bars)
    or of a blob's long side, `length` its extent along that direction and `height` across
    it; a matrix region is axis aligned (`angle` 0). `score` orders regions of one shape, the
    most promising first.
    """

    shape: Shape
    center: tuple[float, float]
    angle: float
    length: float
    height: float
    score: float
    code_shaped: bool = False
    """A blob that looks like a code (see code_shaped_blob), not like text, texture or an
    object's edges: worth more time while nothing is read (decode.GLIMPSE_BUDGET_MS)."""

    def corners(self) -> np.ndarray:
        """The four corners (4x2, frame pixels) of the region's rectangle."""
        ca, sa = math.cos(self.angle), math.sin(self.angle)
        half_l, half_h = self.length / 2, self.height / 2
        return np.array(
            [
                (
                    self.center[0] + a * half_l * ca - b * half_h * sa,
                    self.center[1] + a * half_l * sa + b * half_h * ca,
                )
                for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))
            ],
            np.float32,
        )

    def contains(self, point: tuple[float, float]) -> bool:
        """Whether `point` (frame pixels) lies inside the region's rectangle."""
        dx, dy = point[0] - self.center[0], point[1] - self.center[1]
        ca, sa = math.cos(self.angle), math.sin(self.angle)
        along, across = dx * ca + dy * sa, -dx * sa + dy * ca
        return abs(along) <= self.length / 2 and abs(across) <= self.height / 2


@dataclass(frozen=True, slots=True)
class _Cells:
    """Per-cell measures of the downscaled frame (arrays of the cell grid's shape)."""

    jxx: np.ndarray
    jyy: np.ndarray
    jxy: np.ndarray
    contrast: np.ndarray


def _cells(small: np.ndarray) -> _Cells:
    rows, cols = small.shape[0] // CELL, small.shape[1] // CELL
    image = small[: rows * CELL, : cols * CELL].astype(np.float32)
    gx = cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=3)

    def mean(values: np.ndarray) -> np.ndarray:
        return cv2.resize(values, (cols, rows), interpolation=cv2.INTER_AREA)

    level, power = mean(image), mean(image * image)
    contrast = np.sqrt(np.maximum(power - level * level, 0.0))
    return _Cells(mean(gx * gx), mean(gy * gy), mean(gx * gy), contrast)


def find_codes(small: np.ndarray, scale: float, limit: int = MAX_REGIONS) -> list[Region]:
    """Up to `limit` linear and matrix regions of `small` (a grey frame downscaled by
    `scale`), in the frame's pixels, the most promising first."""
    if min(small.shape[:2]) < 3 * CELL:
        return []
    cells = _cells(small)

    def neighbourhood(values: np.ndarray) -> np.ndarray:
        return cv2.boxFilter(values, -1, (3, 3))

    around = _Cells(
        neighbourhood(cells.jxx),
        neighbourhood(cells.jyy),
        neighbourhood(cells.jxy),
        np.sqrt(neighbourhood(cells.contrast**2)),
    )
    regions = _joined(_linear_regions(cells, around, scale * CELL), scale * CELL)
    regions += _matrix_regions(cells, around, scale * CELL)
    regions.sort(key=lambda r: r.score, reverse=True)
    return regions[:limit]


def label_in_view(regions: list[Region]) -> bool:
    """Whether `regions` hold two linear regions of LABEL_SCORE or more whose bars run the same
    way (within JOIN_TURN): a carrier's label prints its codes parallel, while what text,
    cardboard or a product's texture has the survey take for bars points every way. Measured:
    312 of 324 webcam frames of return labels, none of 36 frames of parcels or benches without
    one, none of 28 photos of objects without a code."""
    linear = [r for r in regions if r.shape is Shape.LINEAR and r.score >= LABEL_SCORE]
    for i, first in enumerate(linear):
        for second in linear[i + 1 :]:
            if _parallel(first, second):
                return True
    return False


def _parallel(first: Region, second: Region) -> bool:
    turn = abs(first.angle - second.angle) % math.pi
    return min(turn, math.pi - turn) <= math.radians(JOIN_TURN)


def find_blobs(small: np.ndarray, scale: float) -> tuple[list[Region], float]:
    """Up to MAX_BLOBS patches of dense, strong edges of `small` (a grey frame downscaled by
    `scale`), in the frame's pixels, the biggest and densest first; and how busy the frame
    is: the fraction of its pixels on an edge of print or texture."""
    height, width = small.shape[:2]
    min_side = max(8.0, min(height, width) * 0.03)
    gradient = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    otsu, _ = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Otsu on a flat frame splits sensor noise and wood grain; printed bars, even in poor
    # light, step by more than MIN_EDGE grey levels.
    _, edges = cv2.threshold(gradient, max(otsu, MIN_EDGE), 255, cv2.THRESH_BINARY)
    busy = float(np.count_nonzero(gradient > MIN_EDGE)) / gradient.size
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    # 16-bit labels where they cannot run out (an 8-connected image of h x w holds at most
    # ceil(h/2) x ceil(w/2) components): the statistics pass then costs half as much
    fits_16 = ((height + 1) // 2) * ((width + 1) // 2) < 65535
    _, labels, stats, _ = cv2.connectedComponentsWithStats(
        closed, connectivity=8, ltype=cv2.CV_16U if fits_16 else cv2.CV_32S
    )
    sizes = stats[1:, cv2.CC_STAT_AREA]
    big = np.flatnonzero(sizes >= min_side * min_side) + 1
    big = big[np.argsort(sizes[big - 1])[::-1][: 2 * MAX_BLOBS]]  # a bounded number of shapes
    blobs = []
    for label in big:
        x, y, w, h, area = stats[label]
        mask = (labels[y : y + h, x : x + w] == label).astype(np.uint8)
        outline = max(
            cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0], key=len
        )
        (cx, cy), (rw, rh), degrees = cv2.minAreaRect(outline)
        if min(rw, rh) < min_side or area < 0.45 * rw * rh:
            continue
        if rw < rh:
            rw, rh, degrees = rh, rw, degrees + 90
        density = float(cv2.mean(gradient[y : y + h, x : x + w])[0])
        edge_share = cv2.countNonZero(cv2.bitwise_and(edges[y : y + h, x : x + w], mask)) / area
        blobs.append(
            Region(
                Shape.BLOB,
                ((cx + x) * scale, (cy + y) * scale),
                math.radians(degrees),
                rw * scale,
                rh * scale,
                density * area,
                code_shaped_blob(area / (rw * rh), edge_share, density, rw / rh),
            )
        )
    blobs.sort(key=lambda r: r.score, reverse=True)
    return blobs[:MAX_BLOBS], busy


def code_shaped_blob(fill: float, edge_share: float, density: float, aspect: float) -> bool:
    """Whether a blob of these measures looks like a code. Measured on quiet scenes (busy
    below decode.BUSY_SCENE): 170 of the corpus's 280 such photos of a code in 720p frames
    show one, 1 of its 7 such photos without a code (a picture made to fool QR detectors),
    none of 33 such return-label frames of a bench or parcel without a label."""
    return bool(
        fill >= CODE_FILL
        and edge_share >= CODE_EDGES
        and density >= CODE_DENSITY
        and aspect <= CODE_ASPECT
    )


def _anisotropy(cells: _Cells) -> np.ndarray:
    """The difference of the structure tensor's eigenvalues."""
    return np.sqrt((cells.jxx - cells.jyy) ** 2 + 4 * cells.jxy * cells.jxy)


def _linear_regions(cells: _Cells, around: _Cells, cell_px: float) -> list[Region]:
    """Groups of cells whose neighbourhoods (`around`) hold parallel edges: bars."""
    coherence = _anisotropy(around) / (around.jxx + around.jyy + 1e-3)
    direction = 0.5 * np.arctan2(2 * around.jxy, around.jxx - around.jyy)  # of the gradient
    bins = np.floor((direction + math.pi / 2) / math.pi * DIRECTIONS).astype(np.int32)
    bins %= DIRECTIONS
    candidate = (coherence > LINEAR_COHERENCE) & (cells.contrast > MIN_CONTRAST)
    cols = bins.shape[1]
    regions = []
    for b in range(DIRECTIONS):
        near = (bins == b) | (bins == (b + 1) % DIRECTIONS) | (bins == (b - 1) % DIRECTIONS)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(
            (candidate & near).astype(np.uint8), connectivity=8
        )
        if count < 2:
            continue
        where = np.flatnonzero(labels)
        owner = labels.ravel()[where]
        # a group seen from several bins is kept once, by the bin most of its cells have
        votes = np.bincount(owner * DIRECTIONS + bins.ravel()[where], minlength=count * DIRECTIONS)
        keep = (votes.reshape(count, DIRECTIONS).argmax(axis=1) == b) & (
            stats[:, cv2.CC_STAT_AREA] >= MIN_CELLS
        )
        # ...and only if its cells agree on one direction as a whole: bars are straight
        sxx, syy, sxy = (
            np.bincount(owner, weights=t.ravel()[where], minlength=count)
            for t in (cells.jxx, cells.jyy, cells.jxy)
        )
        keep &= np.hypot(sxx - syy, 2 * sxy) >= GROUP_COHERENCE * (sxx + syy + 1e-6)
        keep[0] = False
        if not keep.any():
            continue
        order = np.argsort(owner, kind="stable")
        starts = np.searchsorted(owner[order], np.arange(count + 1))
        for label in np.flatnonzero(keep):
            ys, xs = np.divmod(where[order[starts[label] : starts[label + 1]]], cols)
            region = _bars(cells, ys, xs, cell_px)
            if region is not None:
                regions.append(region)
    return regions


def _bars(cells: _Cells, ys: np.ndarray, xs: np.ndarray, cell_px: float) -> Region | None:
    """The region of a group of linear cells, or None if they do not look like bars."""
    sxx, syy, sxy = cells.jxx[ys, xs].sum(), cells.jyy[ys, xs].sum(), cells.jxy[ys, xs].sum()
    agreement = math.hypot(sxx - syy, 2 * sxy) / (sxx + syy + 1e-6)
    if agreement < GROUP_COHERENCE:
        return None
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    ca, sa = math.cos(angle), math.sin(angle)
    cx, cy = xs + 0.5, ys + 0.5
    along, across = cx * ca + cy * sa, -cx * sa + cy * ca
    # rows across the bars that hold only a cell or two are a rule printed along the bars
    rows = np.floor(across).astype(np.int32)
    rows -= rows.min()
    counts = np.bincount(rows)
    keep = (counts >= max(2.0, 0.4 * counts.max()))[rows]
    if keep.sum() < 3:
        return None
    along, across = along[keep], across[keep]
    a0, a1 = along.min() - 0.5, along.max() + 0.5
    c0, c1 = across.min() - 0.5, across.max() + 0.5
    # a rule or an edge, made three cells wide by the neighbourhoods, is long across its
    # "bars" and short along them; a code is at least a third as long as its bars
    if a1 - a0 < 4 or a1 - a0 < 0.3 * (c1 - c0):
        return None
    mid_a, mid_c = (a0 + a1) / 2, (c0 + c1) / 2
    centre = ((mid_a * ca - mid_c * sa) * cell_px, (mid_a * sa + mid_c * ca) * cell_px)
    return Region(
        Shape.LINEAR,
        centre,
        angle,
        (a1 - a0) * cell_px,
        (c1 - c0) * cell_px,
        float(keep.sum()) * agreement,
    )


def _joined(regions: list[Region], cell_px: float) -> list[Region]:
    """Linear regions with pieces of one code joined: parallel, in line across the bars, and
    at most JOIN_GAP cells apart along them. A damaged middle, a PDF417's rows of codewords or a
    glare spot split a code into pieces that are each too short to read."""
    regions = sorted(regions, key=lambda r: r.score, reverse=True)
    joined = True
    while joined:
        joined = False
        for i, first in enumerate(regions):
            for j in range(i + 1, len(regions)):
                both = _join(first, regions[j], cell_px)
                if both is not None:
                    regions[i] = both
                    del regions[j]
                    joined = True
                    break
            if joined:
                break
    return regions


def _join(first: Region, second: Region, cell_px: float) -> Region | None:
    """The region spanning both, in `first`'s direction, if they are pieces of one code."""
    if not _parallel(first, second):
        return None
    ca, sa = math.cos(first.angle), math.sin(first.angle)
    points = np.vstack([first.corners(), second.corners()]) - first.center
    along = points[:, 0] * ca + points[:, 1] * sa
    across = -points[:, 0] * sa + points[:, 1] * ca
    dx, dy = second.center[0] - first.center[0], second.center[1] - first.center[1]
    gap = abs(dx * ca + dy * sa) - (first.length + second.length) / 2
    offset = abs(-dx * sa + dy * ca)
    if gap > JOIN_GAP * cell_px or offset > 0.3 * max(first.height, second.height):
        return None
    mid_a, mid_c = (along.min() + along.max()) / 2, (across.min() + across.max()) / 2
    centre = (
        first.center[0] + mid_a * ca - mid_c * sa,
        first.center[1] + mid_a * sa + mid_c * ca,
    )
    return Region(
        Shape.LINEAR,
        centre,
        first.angle,
        float(along.max() - along.min()),
        float(across.max() - across.min()),
        first.score + second.score,
    )


def _matrix_regions(cells: _Cells, around: _Cells, cell_px: float) -> list[Region]:
    """Groups of cells whose neighbourhoods (`around`) hold edges in both directions, densely."""
    smaller_eigenvalue = (around.jxx + around.jyy - _anisotropy(around)) / 2
    density = smaller_eigenvalue / (around.contrast**2 + 25.0)
    dense = (density > MATRIX_DENSITY) & (cells.contrast > MATRIX_CONTRAST)
    count, _, stats, _ = cv2.connectedComponentsWithStats(dense.astype(np.uint8), connectivity=8)
    regions = []
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        # a 2D code is label-sized (4 to 300 cells) and square, a PDF417 up to 5 times as wide
        if area < 4 or area > 300 or max(w, h) > 5 * min(w, h):
            continue
        centre = ((x + w / 2) * cell_px, (y + h / 2) * cell_px)
        # weighed up: few cells are this dense, and a label's 2D code carries most of its data
        regions.append(
            Region(Shape.MATRIX, centre, 0.0, w * cell_px, h * cell_px, 1.5 * float(area))
        )
    return regions
