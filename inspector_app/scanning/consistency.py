"""Which of one frame's reads to believe, from where they lie and how many views agree.

zxing-cpp verifies each read on its own: a check digit, error correction. EAN/UPC have only a
mod-10 check digit, which two compensating misread digits pass, and their halves look like
shorter retail codes. On the shared corpus that gave three kinds of wrong answer, each
handled here:

- one damaged code read two ways in the same place (an ISBN as two valid EAN-13s): the reading
  more views agree on wins (every read has at least one view, so a winner has two or more);
  if none has more support, neither is reported. Only codes with a weak or optional check
  compete so: a parcel label's Code 128s lie close together and each is its own;
- a thin band of one code misread where other views read it right (`ean13-1_25`: a few scan
  lines give a wrong EAN-13 that a second look reads correctly): the same rule;
- a fragment: the left half of an EAN-13 plus its centre guard reads as a valid UPC-E, in the
  EAN's bars but below the rows where the EAN itself was read (`ean13-4_06`): a UPC-E or EAN-8
  lying inside the bars of an EAN-13/UPC-A read is a piece of it, and is dropped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

Point = tuple[int, int]

WHOLE = frozenset({"ean13", "upca"})
"""Retail symbols whose bars can hold a shorter one."""

MATRIX = frozenset({"qrcode", "datamatrix", "pdf417"})
"""Symbologies whose corners are the symbol's own, not the rows a linear reader used."""

PIECES = frozenset({"upce", "ean8"})
"""Retail symbols a part of a longer one can pass for."""

WEAK_CHECKS = frozenset({"retail", "code39", "itf"})
"""Code families (see decode.Decoded.key) where one damaged symbol can read as two valid codes:
EAN/UPC's mod-10 check digit lets compensating errors through, Code 39's and ITF's check
character is optional."""

BAR_HEIGHT = 0.8
"""The height of an EAN-13's bars and digits in symbol lengths (nominally 0.7), with room for
perspective: what a second look at a code cuts out around the rows it was read on."""

FRAGMENT_SPAN = 1.0
"""At most how far apart, in the longer symbol's lengths, the rows it was read on and a piece
of it lie: the rows can be anywhere in its bars, the piece too. A separate code beside the
bars is further away (ean13-4_06's UPC-E piece spans 0.89 with the EAN's rows)."""


class Read(Protocol):
    """What this module needs of a read: decode.Decoded has it."""

    @property
    def format(self) -> str: ...

    @property
    def corners(self) -> tuple[Point, Point, Point, Point]: ...

    @property
    def key(self) -> tuple[str, str]: ...


R = TypeVar("R", bound=Read)


def believed(found: Sequence[R], views: Mapping[tuple[str, str], int]) -> list[R]:
    """The reads of `found` worth reporting; `views` counts the views that read each key."""
    whole = [r for r in found if not any(is_fragment(r, o) for o in found)]
    return [r for r in whole if _wins_rivals(r, whole, views)]


def _wins_rivals(read: R, found: Sequence[R], views: Mapping[tuple[str, str], int]) -> bool:
    """Whether `read` beats every different code of its family read in the same place.

    Only families whose check is weak (mod 10) or optional compete: a Code 128's mod-103
    check, a 2D code's error correction do not let one symbol read as two valid codes, while
    a parcel label prints several Code 128s a few millimetres apart (tracking, routing, RMA),
    whose padded boxes overlap."""
    if read.key[0] not in WEAK_CHECKS:
        return True
    mine = views.get(read.key, 1)
    return all(
        mine > views.get(other.key, 1)
        for other in found
        if other.key != read.key and other.key[0] == read.key[0] and overlap(other, read)
    )


def is_fragment(piece: Read, whole: Read) -> bool:
    """Whether `piece` (a UPC-E or EAN-8) lies within the bars of `whole` (EAN-13/UPC-A)."""
    if piece.format not in PIECES or whole.format not in WHOLE:
        return False
    origin, right, _, left_bottom = whole.corners
    axis = (right[0] - origin[0], right[1] - origin[1])
    length = math.hypot(*axis)
    if length == 0:
        return False
    ux, uy = axis[0] / length, axis[1] / length

    def along_across(point: Point) -> tuple[float, float]:
        dx, dy = point[0] - origin[0], point[1] - origin[1]
        return dx * ux + dy * uy, dy * ux - dx * uy

    points = [along_across(p) for p in piece.corners]
    rows = [along_across(p)[1] for p in (origin, left_bottom)] + [b for _, b in points]
    margin = 0.1 * length
    return max(rows) - min(rows) <= FRAGMENT_SPAN * length and all(
        -margin <= a <= length + margin for a, _ in points
    )


def centre(corners: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The mean of a read's corners."""
    points = list(corners)
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _box(read: Read) -> tuple[float, float, float, float]:
    """A read's padded bounding box. A linear code's corners span only the rows zxing-cpp read
    it on, which may be a thin band anywhere in its bars: its box covers the bars' usual
    height (BAR_HEIGHT symbol lengths) around those rows."""
    corners: list[tuple[float, float]] = list(read.corners)
    if read.format not in MATRIX:
        (x0, y0), (x1, y1) = corners[0], corners[1]
        length = math.hypot(x1 - x0, y1 - y0)
        if length:
            cx, cy = centre(corners)
            ux, uy = (x1 - x0) / length, (y1 - y0) / length
            reach = BAR_HEIGHT * length / 2
            corners += [(cx - uy * reach, cy + ux * reach), (cx + uy * reach, cy - ux * reach)]
    xs, ys = zip(*corners, strict=True)
    pad = 0.1 * max(max(xs) - min(xs), max(ys) - min(ys))
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def overlap(a: Read, b: Read) -> bool:
    """Whether two reads' padded boxes (see _box) intersect."""
    ax0, ay0, ax1, ay1 = _box(a)
    bx0, by0, bx1, by1 = _box(b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1
