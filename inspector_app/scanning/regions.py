"""Cheap search for barcode-like regions, so the expensive decode passes only look where it pays.

A barcode is a patch of dense, strong edges: the morphological gradient is high across its
bars or modules and a closing joins them into one blob. Text blocks look similar, which is
fine: a false candidate costs a millisecond of zxing-cpp on a small crop, a missed one costs
the read. The search runs on the downscaled frame of the fast pass (a few hundred pixels),
in well under a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

MAX_REGIONS = 4
"""More candidates than this on one bench frame is clutter; the biggest are the labels' codes."""

MIN_EDGE = 24
"""Weakest edge (grey levels across 3 px) counted as print rather than texture or noise."""


@dataclass(frozen=True, slots=True)
class Region:
    """A rotated rectangle in the searched image's pixels: centre, size and angle (degrees)."""

    center: tuple[float, float]
    size: tuple[float, float]
    angle: float
    score: float

    def scaled(self, factor: float) -> Region:
        """The same region in an image `factor` times larger."""
        return Region(
            (self.center[0] * factor, self.center[1] * factor),
            (self.size[0] * factor, self.size[1] * factor),
            self.angle,
            self.score,
        )

    def contains(self, point: tuple[float, float]) -> bool:
        """Whether `point` lies inside the rotated rectangle."""
        box = cv2.boxPoints((self.center, self.size, self.angle)).astype(np.float32)
        return cv2.pointPolygonTest(box, (float(point[0]), float(point[1])), False) >= 0


def find_regions(gray: np.ndarray, limit: int = MAX_REGIONS) -> list[Region]:
    """Up to `limit` barcode-like regions of a grayscale image, the most promising first."""
    height, width = gray.shape[:2]
    min_side = max(8.0, min(height, width) * 0.03)
    gradient = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    otsu, _ = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Otsu on a flat frame splits sensor noise and wood grain; printed bars, even in poor
    # light, step by more than MIN_EDGE grey levels.
    _, edges = cv2.threshold(gradient, max(otsu, MIN_EDGE), 255, cv2.THRESH_BINARY)
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    regions = []
    for contour in contours:
        area = cv2.contourArea(contour)
        if area < min_side * min_side:
            continue
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        if min(w, h) < min_side or area < 0.45 * w * h:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        density = float(cv2.mean(gradient[y : y + bh, x : x + bw])[0])
        regions.append(Region((cx, cy), (w, h), angle, density * area))
    regions.sort(key=lambda r: r.score, reverse=True)
    return regions[:limit]
