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


PRINTED = {"ean13-2_23.webp": "9784872348880", "ean13-2_28.webp": "9784872348880"}
"""Rows whose manifest text is not what the picture shows: for these two it gives
9780804816632, but the digits printed under the bars, and the only valid EAN-13 in them, read
9784872348880 (the row describes another book). The printed value is what counts as a read."""

ALSO_PRINTED = {
    "qrcode-2_16.webp": frozenset({"[外側QRコード]\r\n \r\n*ﾀﾞﾌﾞﾙQR*\r\nhttp://d-qr.net/ex/"}),
}
"""Codes genuinely in a picture besides the one its row names: `qrcode-2_16` is a "double QR",
an outer QR code drawn around an inner one; the manifest names the inner. Reading the outer is
neither a read of the row nor a misread."""


@dataclass(frozen=True, slots=True)
class Score:
    """How one decoder did on one sample."""

    read: bool
    misreads: list[tuple[str, str]]


def score_sample(sample: Sample, found: list[tuple[str, str]]) -> Score:
    """Whether `found` (format, text pairs) holds the sample's code, and which texts are wrong.

    The same rules for every decoder: PRINTED replaces a disputed row's text, ALSO_PRINTED
    lists other real codes in the picture."""
    expected = PRINTED.get(sample.path.name, sample.expected)
    others = ALSO_PRINTED.get(sample.path.name, frozenset())
    matches = [is_match(sample.format, expected, *f) for f in found]
    wrong = [f for f, ok in zip(found, matches, strict=True) if not ok and f[1] not in others]
    return Score(any(matches), wrong)


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
