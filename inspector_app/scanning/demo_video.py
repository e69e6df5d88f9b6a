"""A looping "bench camera" video of parcels arriving, for `make run`, demos and tests.

Each parcel is a shipping label (a Code 128 tracking number and, when given, a QR code of the
RMA) lying on the bench for a few seconds, with empty bench frames in between, so the stream
sees a label appear, stay, and leave, as at a real bench. Light camera noise and a slow drift
keep consecutive frames from being identical, which would flatter the decoder.

    python -m inspector_app.scanning.demo_video out.avi 1Z999AA10123456784:RMA-2024-0001 ...

Rendering a minute of 720p video takes the better part of a minute of CPU, so `make run`
renders it once into the user's cache (`cached_demo_video`) and reuses it at every start.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import inspect
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp

BENCH_BGR = (92, 120, 140)
"""A plywood-coloured bench."""

Progress = Callable[[int, int], None]
"""Called with (frames written, frames in all) while a video renders."""


@dataclass(frozen=True, slots=True)
class Parcel:
    """What one label carries: a tracking number (Code 128) and optionally an RMA (QR code)."""

    tracking: str
    rma: str = ""

    @classmethod
    def parse(cls, spec: str) -> Parcel:
        """`TRACKING` or `TRACKING:RMA`, as on the command line."""
        tracking, _, rma = spec.partition(":")
        if not tracking:
            raise ValueError(f"{spec!r}: a parcel needs a tracking number")
        return cls(tracking, rma)


def _symbol(text: str, fmt: zxingcpp.BarcodeFormat, scale: int) -> np.ndarray:
    barcode = zxingcpp.create_barcode(text, fmt)
    return np.array(zxingcpp.write_barcode_to_image(barcode, scale=scale))


def render_label(parcel: Parcel, width: int = 520) -> np.ndarray:
    """A white shipping label (grayscale) with the parcel's codes and a few printed lines."""
    code128 = _symbol(parcel.tracking, zxingcpp.BarcodeFormat.Code128, 2)
    if code128.shape[1] > width - 20:
        code128 = cv2.resize(
            code128, (width - 20, code128.shape[0]), interpolation=cv2.INTER_NEAREST
        )
    code128 = cv2.resize(code128, (code128.shape[1], 110), interpolation=cv2.INTER_NEAREST)
    qr = _symbol(parcel.rma, zxingcpp.BarcodeFormat.QRCode, 4) if parcel.rma else None
    height = 90 + code128.shape[0] + 40 + (qr.shape[0] if qr is not None else 0)
    label = np.full((height, width), 250, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(label, "RETURNS CENTER - DOCK B", (14, 30), font, 0.7, 20, 2)
    cv2.putText(label, f"TRACKING {parcel.tracking}", (14, 65), font, 0.55, 20, 1)
    y = 80
    x = (width - code128.shape[1]) // 2
    label[y : y + code128.shape[0], x : x + code128.shape[1]] = code128
    y += code128.shape[0] + 10
    if qr is not None:
        label[y : y + qr.shape[0], 14 : 14 + qr.shape[1]] = qr
        cv2.putText(label, parcel.rma, (qr.shape[1] + 30, y + qr.shape[0] // 2), font, 0.6, 20, 2)
    return label


def _bench(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    width, height = size
    bench = np.empty((height, width, 3), np.uint8)
    bench[:] = BENCH_BGR
    grain = rng.normal(0, 6, (height, 1, 1)).astype(np.int16)
    return np.clip(bench.astype(np.int16) + grain, 0, 255).astype(np.uint8)


def _place(frame: np.ndarray, label: np.ndarray, shift: int) -> None:
    """Put the label near the middle of the frame, shrunk if the frame is small."""
    height, width = frame.shape[:2]
    factor = min(1.0, 0.8 * height / label.shape[0], 0.6 * width / label.shape[1])
    if factor < 1.0:
        label = cv2.resize(label, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    h, w = label.shape
    y = (height - h) // 2
    x = min(max(0, (width - w) // 2 + shift), width - w)
    frame[y : y + h, x : x + w] = label[:, :, None]


def frame_count(parcels: int, *, fps: float, label_s: float, empty_s: float) -> int:
    """How many frames `write_demo_video` writes: each label after an empty bench, then one more."""
    empty = round(empty_s * fps)
    return parcels * (empty + round(label_s * fps)) + empty


def write_demo_video(
    path: Path,
    parcels: Sequence[Parcel],
    *,
    size: tuple[int, int] = (1280, 720),
    fps: float = 25.0,
    label_s: float = 3.0,
    empty_s: float = 1.5,
    seed: int = 7,
    progress: Progress | None = None,
) -> Path:
    """Write the video to `path` (.avi: MJPG, .mp4: mp4v) and return it.

    The video starts and ends with an empty bench, so a looping playback presents every
    parcel afresh. `progress`, if given, hears about every second of video written. Raises
    ValueError for an empty parcel list or a file OpenCV cannot write.
    """
    if not parcels:
        raise ValueError("the demo video needs at least one parcel")
    codec = "MJPG" if path.suffix.lower() == ".avi" else "mp4v"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*codec), fps, size)
    if not writer.isOpened():
        raise ValueError(f"cannot write a video to {path} (codec {codec})")
    rng = np.random.default_rng(seed)
    bench = _bench(size, rng)
    empty, shown = round(empty_s * fps), round(label_s * fps)
    total = frame_count(len(parcels), fps=fps, label_s=label_s, empty_s=empty_s)
    written = 0

    def write(frame: np.ndarray) -> None:
        nonlocal written
        writer.write(_noisy(frame, rng))
        written += 1
        if progress is not None and (written % max(1, round(fps)) == 0 or written == total):
            progress(written, total)

    try:
        for parcel in parcels:
            label = render_label(parcel)
            for _ in range(empty):
                write(bench)
            for i in range(shown):
                frame = bench.copy()
                _place(frame, label, shift=i // 4)
                write(frame)
        for _ in range(empty):
            write(bench)
    finally:
        writer.release()
    return path


def cached_demo_video(
    folder: Path, parcels: Sequence[Parcel], *, progress: Progress | None = None, **options: Any
) -> Path:
    """The demo video of `parcels` (an .avi in `folder`), rendered on first use, then reused.

    `options` are `write_demo_video`'s. The file name is a digest of everything the frames
    depend on (the parcels, the options, this module's code and the OpenCV, zxing-cpp and
    NumPy versions), so any change renders anew and the older render is removed. A render is
    written under a temporary name, checked to hold every frame, then renamed: a start that
    was killed or a full disk never leaves a truncated video to be reused.
    """
    bound = inspect.signature(write_demo_video).bind(folder, parcels, **options)
    bound.apply_defaults()
    inputs = {
        "parcels": [[p.tracking, p.rma] for p in parcels],
        "options": {k: v for k, v in bound.arguments.items() if k not in {"path", "parcels"}},
        "renderer": _renderer_fingerprint(),
    }
    digest = hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:16]
    video = folder / f"demo-{digest}.avi"
    if video.exists():
        return video
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"partial-{os.getpid()}-{digest}.avi"
    try:
        write_demo_video(partial, parcels, progress=progress, **options)
        capture = cv2.VideoCapture(str(partial))
        frames = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
        capture.release()
        expected = frame_count(
            len(parcels),
            fps=bound.arguments["fps"],
            label_s=bound.arguments["label_s"],
            empty_s=bound.arguments["empty_s"],
        )
        if frames != expected:
            raise ValueError(
                f"the demo video came out with {frames} of {expected} frames (is {folder} full?)"
            )
        partial.replace(video)
    finally:
        partial.unlink(missing_ok=True)
    for older in folder.glob("demo-*.avi"):
        if older != video:
            # Another demo may still be playing it (Windows refuses then): next time.
            with contextlib.suppress(OSError):
                older.unlink()
    return video


def _renderer_fingerprint() -> list[str]:
    """What else the pixels depend on: this module's code and the imaging libraries."""
    source = Path(__file__)
    code = (
        hashlib.sha256(source.read_bytes()).hexdigest()
        if source.is_file()
        else _package_version()  # a frozen build has no source; its version stands for it
    )
    try:
        zxing = importlib.metadata.version("zxing-cpp")
    except importlib.metadata.PackageNotFoundError:  # a frozen build: its version covers it
        zxing = ""
    return [code, cv2.__version__, zxing, np.__version__]


def _package_version() -> str:
    from inspector_app import __version__

    return __version__


def _noisy(frame: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The frame plus sensor-like grey noise of +-4, saturated (OpenCV: 2.5x NumPy's speed)."""
    noise = rng.integers(-4, 5, frame.shape[:2], dtype=np.int16)
    return cv2.add(frame, cv2.merge([noise] * frame.shape[2]), dtype=cv2.CV_8U)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write a demo video for the given parcels."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the video to write (.avi or .mp4)")
    parser.add_argument("parcels", nargs="+", help="TRACKING or TRACKING:RMA")
    parser.add_argument("--fps", type=float, default=25.0)
    args = parser.parse_args(argv)
    write_demo_video(args.output, [Parcel.parse(p) for p in args.parcels], fps=args.fps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
