"""Rendered barcodes and bench frames for scanning tests."""

from __future__ import annotations

import numpy as np
import zxingcpp


def barcode_image(text: str, fmt: zxingcpp.BarcodeFormat, scale: int = 3) -> np.ndarray:
    """A rendered barcode (grayscale, with quiet zone)."""
    return np.array(
        zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(text, fmt), scale=scale)
    )


def on_bench(
    symbol: np.ndarray, size: tuple[int, int] = (1280, 720), at: tuple[int, int] | None = None
) -> np.ndarray:
    """`symbol` pasted on a grey BGR frame, centred unless `at` (x, y) is given."""
    width, height = size
    frame = np.full((height, width, 3), 110, np.uint8)
    h, w = symbol.shape[:2]
    x, y = at if at is not None else ((width - w) // 2, (height - h) // 2)
    frame[y : y + h, x : x + w] = symbol[:, :, None] if symbol.ndim == 2 else symbol
    return frame
