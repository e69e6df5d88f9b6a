"""Return labels rendered for the tests, and put in view of a simulated webcam.

A label carries what a carrier's return label does: a Code 128 tracking number, a GS1-128
routing code holding the tracking number, a Data Matrix of delimited fields and the seller's
RMA in Code 39 without a check character, among printed lines. `in_view` places it on a bench
frame through a pinhole camera (turned, tilted in 3D, at any scale), so each code's true
corners in the frame are known.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

TRACKING = "1Z4HHT4V0331904245"
ROUTING = "(420)75011(92)1Z4HHT4V0331904245"
ROUTING_TEXT = "42075011\x1d921Z4HHT4V0331904245"  # as TextMode.Plain reads it
PAYLOAD = "TRK:1Z4HHT4V0331904245|RMA:RMA-20260123|TO:FR-75011|WT:2.50KG"
RMA = "RMA-20260123"
TEXTS = {"tracking": TRACKING, "routing": ROUTING_TEXT, "payload": PAYLOAD, "rma": RMA}


@dataclass(frozen=True)
class Label:
    """A label image (grey, white paper) and each code's box (x0, y0, x1, y1) on it."""

    image: np.ndarray
    boxes: dict[str, tuple[int, int, int, int]]


@dataclass(frozen=True)
class Shot:
    """A bench frame (BGR) showing a label, and each code's four corners in the frame."""

    frame: np.ndarray
    corners: dict[str, np.ndarray]


def _symbol(content: str, fmt: zxingcpp.BarcodeFormat, module: int, **options: bool) -> np.ndarray:
    barcode = zxingcpp.create_barcode(content, fmt, **options)
    return np.array(zxingcpp.write_barcode_to_image(barcode, scale=module, add_quiet_zones=False))


def return_label(module: int = 4) -> Label:
    """A 4x6-inch-like return label at `module` pixels per narrow bar."""
    codes = {
        "tracking": _symbol(TRACKING, zxingcpp.BarcodeFormat.Code128, module),
        "routing": _symbol(ROUTING, zxingcpp.BarcodeFormat.Code128, module - 1, gs1=True),
        "payload": _symbol(PAYLOAD, zxingcpp.BarcodeFormat.DataMatrix, module + 1),
        "rma": _symbol(RMA, zxingcpp.BarcodeFormat.Code39, module - 1),
    }
    codes["tracking"] = cv2.resize(codes["tracking"], (codes["tracking"].shape[1], 40 * module))
    codes["routing"] = cv2.resize(codes["routing"], (codes["routing"].shape[1], 25 * module))
    codes["rma"] = cv2.resize(codes["rma"], (codes["rma"].shape[1], 20 * module))
    width = max(c.shape[1] for c in codes.values()) + 30 * module
    height = 34 * module + sum(c.shape[0] + 14 * module for c in codes.values()) + 6 * module
    label = np.full((height, width), 245, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(label, "RETURN - RETOUR", (8 * module, 14 * module), font, module / 2.5, 20, module)
    cv2.putText(
        label, "RETURNS DEPT  75011 PARIS", (8 * module, 24 * module), font, module / 5, 30, 2
    )
    boxes = {}
    y = 34 * module
    for role in ("payload", "routing", "tracking", "rma"):
        symbol = codes[role]
        h, w = symbol.shape
        x = (width - w) // 2 if role != "payload" else 10 * module
        label[y : y + h, x : x + w] = symbol
        boxes[role] = (x, y, x + w, y + h)
        if role == "payload":
            cv2.putText(
                label, "FR 750 1-01", (x + w + 8 * module, y + h // 2), font, module / 3, 20, 2
            )
        y += h + 14 * module
        cv2.line(label, (4 * module, y - 7 * module), (width - 4 * module, y - 7 * module), 0, 2)
    return Label(label, boxes)


def in_view(
    label: Label,
    size: tuple[int, int] = (1280, 720),
    *,
    turn: float = 0.0,
    tilt: tuple[float, float] = (0.0, 0.0),
    width_fraction: float = 0.5,
    blur: float = 0.0,
    noise: float = 0.0,
    seed: int = 1,
) -> Shot:
    """`label` on a cardboard-coloured bench, turned by `turn` degrees in its plane and tilted
    by `tilt` (degrees about the x and y axes) before a pinhole camera, its width
    `width_fraction` of the frame's; then lens blur and sensor noise."""
    width, height = size
    h, w = label.image.shape
    focal = 1.1 * width
    ax, ay, az = (math.radians(v) for v in (*tilt, turn))
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    rotation = rx @ ry @ rz
    distance = focal * w / (width_fraction * width)
    camera = np.array([[focal, 0, width / 2], [0, focal, height / 2], [0, 0, 1]])
    to_centre = np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]])
    homography = (
        camera @ np.column_stack([rotation[:, 0], rotation[:, 1], [0, 0, distance]]) @ to_centre
    )
    rng = np.random.default_rng(seed)
    bench = np.empty((height, width, 3), np.float32)
    bench[:] = (95, 135, 170)
    bench += rng.normal(0, 3, (height, width, 1)).astype(np.float32)
    paper = cv2.warpPerspective(
        label.image, homography, size, flags=cv2.INTER_AREA, borderValue=0
    ).astype(np.float32)
    mask = cv2.warpPerspective(
        np.ones((h, w), np.float32), homography, size, flags=cv2.INTER_LINEAR
    )
    frame = bench * (1 - mask[..., None]) + paper[..., None] * mask[..., None]
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise:
        frame += rng.normal(0, noise, frame.shape).astype(np.float32)
    corners = {}
    for role, (x0, y0, x1, y1) in label.boxes.items():
        box = np.float32([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]])
        corners[role] = cv2.perspectiveTransform(box, homography)[0]
    return Shot(np.clip(frame, 0, 255).astype(np.uint8), corners)
