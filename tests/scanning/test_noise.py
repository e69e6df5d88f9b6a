"""The noise estimate that picks the order of the rescue passes."""

from __future__ import annotations

import cv2
import numpy as np

from inspector_app.scanning.decode import NOISY, VERY_NOISY, noise_level
from inspector_app.scanning.formats import TO_ZXING

from .helpers import barcode_image, on_bench


def test_print_is_not_grain_but_sensor_noise_is():
    label = on_bench(barcode_image("1Z999AA10123456784", TO_ZXING["code128"]))
    frame = cv2.cvtColor(label, cv2.COLOR_BGR2GRAY)
    assert noise_level(frame) < NOISY
    rng = np.random.default_rng(5)
    grainy = np.clip(frame + rng.normal(0, 12, frame.shape), 0, 255).astype(np.uint8)
    assert noise_level(grainy) >= VERY_NOISY
    assert noise_level(np.zeros((0, 0), np.uint8)) == 0.0
    assert noise_level(grainy[:1]) == 0.0  # one scan line: too little to judge
