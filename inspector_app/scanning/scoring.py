"""Scoring decoders against a labelled image set (the shared corpus's manifest.csv).

Used by tests/scanning and benchmarks/decode.py so both count reads and misreads the same way,
the way the corpus README prescribes: texts compared exactly, except EAN/UPC, compared as
13-digit GTINs. A misread (a wrong text returned) is worse than no read.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from inspector_app.scanning.formats import RETAIL, gtin13

FRAME_SIZE = (1280, 720)
"""The webcam frame the figures are quoted for."""

BENCH_GREY = 128
"""Background of a corpus image centred in a frame: a neutral, mid-grey bench."""


@dataclass(frozen=True, slots=True)
class Sample:
    """One manifest row: the image file, its format (`none`: no barcode) and expected text."""

    path: Path
    format: str
    expected: str
    kind: str


def read_manifest(manifest: Path) -> list[Sample]:
    """Rows of a corpus manifest.csv (CSV-quoted texts may hold CR, LF and GS).

    Paths are relative to the manifest's folder; make_synthetic.py writes them relative to a
    folder further up, so those are tried as well.
    """
    with manifest.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Sample(
            _resolve(manifest.parent, row["path"]),
            row["format"],
            row["expected_text"],
            row.get("category") or row.get("image_kind", ""),
        )
        for row in rows
    ]


def _resolve(base: Path, relative: str) -> Path:
    for folder in (base, *base.parents):
        if (folder / relative).exists():
            return folder / relative
    return base / relative  # missing: load_image names it


def comparable(fmt: str, text: str) -> str:
    """The form in which a text is compared: GTIN-13 for retail codes, else unchanged."""
    return gtin13(fmt, text)


def is_match(expected_format: str, expected: str, got_format: str, got: str) -> bool:
    """Whether a decoder's (format, text) is the expected code."""
    if expected_format in RETAIL and got_format in RETAIL:
        return comparable(expected_format, expected) == comparable(got_format, got)
    return expected == got


def centred_frame(image: np.ndarray, size: tuple[int, int] = FRAME_SIZE) -> np.ndarray:
    """`image` on a grey 1280x720 bench, shrunk (never enlarged) to fit, as a webcam sees it."""
    width, height = size
    h, w = image.shape[:2]
    factor = min(1.0, width / w, height / h)
    if factor < 1.0:
        image = cv2.resize(
            image, (max(1, int(w * factor)), max(1, int(h * factor))), interpolation=cv2.INTER_AREA
        )
        h, w = image.shape[:2]
    frame = np.full((height, width, 3), BENCH_GREY, np.uint8)
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    y, x = (height - h) // 2, (width - w) // 2
    frame[y : y + h, x : x + w] = image[:, :, :3]
    return frame


def load_image(path: Path) -> np.ndarray:
    """A corpus image as BGR; ValueError naming the file when OpenCV cannot read it."""
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise ValueError(f"{path}: not an image OpenCV can read")
    return image
