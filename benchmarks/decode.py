"""Barcode decoding: ours vs plain zxing-cpp vs OpenCV vs ZBar, and the scan stream's frame rate.

    .venv/bin/python -m benchmarks.decode ../shared/corpus [--synthetic DIR | --make-synthetic]

For each image set (the corpus's real photos, each centred in a 1280x720 frame as a webcam would
show it; optionally the synthetic 720p bench frames of corpus/make_synthetic.py) and each
decoder: per format, the read rate, the misreads (any returned text that is not the expected
one; EAN/UPC compared as GTIN-13) and the median/p95 milliseconds per frame, on one thread.
Times are this thread's CPU time (all decoders run single-threaded), so a busy machine slows
the run but not the figures. Then ScanStream on 1280x720 videos with and without a label: the
frame rate it sustains at 25 fps and the CPU it uses, and its ceiling when frames come as fast
as it can take them (these two depend on the machine being otherwise idle). Also what decode()
costs besides its zxing-cpp reads (conversion, downscaling, noise estimate, region search,
crops), per 720p frame, over the corpus frames and over flat, black, white and noisy ones.
Goals: read rate above plain zxing-cpp with no misread; median <= 15 ms per frame without a
barcode and <= 25 ms with one; 25 fps on at most one core; pre-processing a small, bounded
time whatever the frame holds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from inspector_app.scanning import CameraSource, ScanStream, decode
from inspector_app.scanning.decode import DecodeStats
from inspector_app.scanning.demo_video import Parcel, write_demo_video
from inspector_app.scanning.formats import our_format
from inspector_app.scanning.scoring import (
    Sample,
    centred_frame,
    load_image,
    read_manifest,
    score_sample,
)

Reading = list[tuple[str, str]]
Decoder = Callable[[np.ndarray], Reading]


def ours(image: np.ndarray) -> Reading:
    return [(d.format, d.text) for d in decode(image)]


def plain_zxing(image: np.ndarray) -> Reading:
    return [(our_format(b) or str(b.format), b.text) for b in zxingcpp.read_barcodes(image)]


_OPENCV_TYPES = {"EAN_13": "ean13", "EAN_8": "ean8", "UPC_A": "upca", "UPC_E": "upce"}


def make_opencv() -> Decoder:
    barcodes, qr = cv2.barcode.BarcodeDetector(), cv2.QRCodeDetector()

    def read(image: np.ndarray) -> Reading:
        found: Reading = []
        try:  # OpenCV raises on payloads it cannot decode (e.g. QR Kanji mode): no read
            ok, texts, types, _ = barcodes.detectAndDecodeWithType(image)
            if ok:
                found += [
                    (_OPENCV_TYPES.get(k, k.lower()), t)
                    for t, k in zip(texts, types, strict=False)
                    if t
                ]
            ok, payloads, _, _ = qr.detectAndDecodeBytesMulti(image)
            if ok:
                found += [("qrcode", p.decode("utf-8", "replace")) for p in payloads if p]
        except (cv2.error, UnicodeDecodeError):
            return found
        return found

    return read


_ZBAR_TYPES = {
    "EAN13": "ean13",
    "EAN8": "ean8",
    "UPCA": "upca",
    "UPCE": "upce",
    "I25": "itf",
    "CODE39": "code39",
    "CODE128": "code128",
    "QRCODE": "qrcode",
    "PDF417": "pdf417",
}


def make_zbar() -> Decoder | None:
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError):
        print("ZBar (pyzbar + libzbar0) not installed: skipped", file=sys.stderr)
        return None

    def read(image: np.ndarray) -> Reading:
        gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        return [
            (_ZBAR_TYPES.get(s.type, s.type.lower()), s.data.decode("utf-8", "replace"))
            for s in pyzbar.decode(gray)
        ]

    return read


def score(decoder: Decoder, samples: list[Sample], frames: dict[Path, np.ndarray]) -> dict:
    """Per format: [images, read, misread, [ms...]]."""
    table: dict[str, list] = defaultdict(lambda: [0, 0, 0, []])
    for sample in samples:
        frame = frames[sample.path]
        started = time.thread_time()
        found = decoder(frame)
        elapsed = (time.thread_time() - started) * 1000
        row = table[sample.format]
        row[0] += 1
        result = score_sample(sample, found)
        row[1] += result.read
        row[2] += bool(result.misreads)
        row[3].append(elapsed)
    return table


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def print_table(title: str, results: dict[str, dict]) -> None:
    print(f"\n== {title}")
    print(
        f"{'decoder':12} {'format':10} {'read':>8} {'rate':>7} {'misreads':>8} "
        f"{'median ms':>9} {'p95 ms':>7}"
    )
    plain_rate = None
    for name, table in results.items():
        total = [0, 0, 0, []]
        for fmt in sorted(table):
            images, read, wrong, ms = table[fmt]
            rate = "-" if fmt == "none" else f"{read / images:.0%}"
            print(
                f"{name:12} {fmt:10} {read:>4}/{images:<3} {rate:>7} {wrong:>8} "
                f"{statistics.median(ms):>9.1f} {p95(ms):>7.1f}"
            )
            if fmt != "none":
                total[0] += images
                total[1] += read
            total[2] += wrong
            total[3] += ms
        if not total[0]:
            continue  # a set of empty frames: the "none" row says it all
        rate = total[1] / total[0]
        if name == "zxing-cpp":
            plain_rate = rate
        ratio = f"  ({rate / plain_rate:.2f}x zxing-cpp's rate)" if plain_rate else ""
        print(
            f"{name:12} {'ALL':10} {total[1]:>4}/{total[0]:<3} {rate:>7.1%} {total[2]:>8} "
            f"{statistics.median(total[3]):>9.1f} {p95(total[3]):>7.1f}{ratio}"
        )


def run_set(title: str, samples: list[Sample], decoders: dict[str, Decoder], centre: bool) -> None:
    frames = {}
    for sample in samples:
        image = load_image(sample.path)
        frames[sample.path] = centred_frame(image) if centre else image
    results = {name: score(decoder, samples, frames) for name, decoder in decoders.items()}
    # zxing-cpp first, so the others' ratios can refer to it
    ordered = {"zxing-cpp": results.pop("zxing-cpp"), **results}
    print_table(title, ordered)


def stream_rate(video: Path, seconds: float, max_decode_fps: float) -> tuple[float, float, list]:
    """Decoded frames per second, CPU cores used, and decode ms, over `seconds` of streaming."""
    stream = ScanStream(
        CameraSource(str(video), loop=True), max_decode_fps=max_decode_fps, debounce_s=1.0
    )
    stream.start()
    time.sleep(1.0)  # warm-up: open, first frames
    decoded, cpu, wall = stream.stats.decoded, time.process_time(), time.monotonic()
    time.sleep(seconds)
    decoded = stream.stats.decoded - decoded
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    stream.stop()
    return decoded / wall, cpu / wall, list(stream.stats.decode_ms)


def cost_breakdown_ms(frames: list[np.ndarray]) -> dict[str, list[float]]:
    """Per frame, CPU ms of decode()'s survey (conversion, downscaling, noise, region search),
    of its work outside zxing-cpp in all (also cutting crops and making their variants, which
    each read's forecast includes), and of decode() in all."""
    times: dict[str, list[float]] = defaultdict(list)
    for frame in frames:
        stats = DecodeStats()
        started = time.thread_time()
        decode(frame, stats=stats)
        elapsed = time.thread_time() - started
        times["survey"].append(stats.survey_s * 1000)
        times["outside zxing-cpp"].append((elapsed - stats.zxing_s) * 1000)
        times["decode"].append(elapsed * 1000)
    return times


def plain_frames() -> dict[str, list[np.ndarray]]:
    """720p frames with no code: the worst cases for anything whose cost depends on the data."""
    rng = np.random.default_rng(5)
    size = (720, 1280, 3)
    return {
        "flat grey": [np.full(size, 128, np.uint8)] * 20,
        "black": [np.zeros(size, np.uint8)] * 20,
        "white": [np.full(size, 255, np.uint8)] * 20,
        "sensor grain": [
            np.clip(rng.normal(128, 20, size), 0, 255).astype(np.uint8) for _ in range(20)
        ],
        "uniform noise": [rng.integers(0, 256, size, dtype=np.uint8) for _ in range(20)],
    }


def run_preprocessing(real: list[Sample]) -> None:
    print("\n== decode()'s work besides zxing-cpp reads, CPU ms per 1280x720 frame")
    groups = {"real corpus in 720p frames": [centred_frame(load_image(s.path)) for s in real]}
    groups |= plain_frames()
    for name, frames in groups.items():
        figures = "   ".join(
            f"{what} median {statistics.median(ms):5.2f} max {max(ms):5.2f}"
            for what, ms in cost_breakdown_ms(frames).items()
        )
        print(f"{name:26} {figures}")


def run_stream(workdir: Path, seconds: float) -> None:
    print("\n== ScanStream on 1280x720 MJPG videos (capture + JPEG decode + barcode decode)")
    parcel = [Parcel("1Z999AA10123456784", "RMA-2024-0001")]
    videos = {}
    for fps in (25, 240):
        videos["label", fps] = write_demo_video(
            workdir / f"label{fps}.avi", parcel, fps=fps, label_s=4, empty_s=0
        )
        videos["empty", fps] = write_demo_video(
            workdir / f"empty{fps}.avi", parcel, fps=fps, label_s=0, empty_s=4
        )
    for kind in ("empty", "label"):
        rate, cores, ms = stream_rate(videos[kind, 25], seconds, max_decode_fps=25)
        print(
            f"{kind:5} frames, camera at 25 fps: {rate:5.1f} fps decoded, {cores:.2f} CPU "
            f"cores, decode median {statistics.median(ms):.1f} ms  [goal: 25 fps, <= 1 core]"
        )
        rate, cores, ms = stream_rate(videos[kind, 240], seconds, max_decode_fps=1000)
        print(
            f"{kind:5} frames, as fast as possible: {rate:5.1f} fps decoded, {cores:.2f} CPU "
            f"cores (ceiling)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (holds real/)")
    parser.add_argument("--synthetic", type=Path, help="a make_synthetic.py output folder")
    parser.add_argument(
        "--make-synthetic",
        action="store_true",
        help="render the synthetic set into a temp folder first (~1 min)",
    )
    parser.add_argument("--stream-seconds", type=float, default=6.0)
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument(
        "--skip-others", action="store_true", help="compare with plain zxing-cpp only"
    )
    args = parser.parse_args(argv)
    cv2.setNumThreads(1)  # figures are per core, as the goals are
    print(
        f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"times are CPU ms of one thread"
    )

    decoders: dict[str, Decoder] = {"ours": ours, "zxing-cpp": plain_zxing}
    zbar = None if args.skip_others else make_zbar()
    if not args.skip_others:
        decoders["opencv"] = make_opencv()
    if zbar is not None:
        decoders["zbar"] = zbar
    real = read_manifest(args.corpus / "real" / "manifest.csv")
    run_preprocessing(real)
    run_set(
        f"real corpus ({len(real)} images), each centred in a 1280x720 frame",
        real,
        decoders,
        centre=True,
    )
    with tempfile.TemporaryDirectory(prefix="ri-bench-decode-") as tmp:
        synthetic = args.synthetic
        if args.make_synthetic:
            synthetic = Path(tmp) / "synthetic"
            subprocess.run(
                [
                    sys.executable,
                    str(args.corpus / "make_synthetic.py"),
                    "--out",
                    str(synthetic),
                    "--per-cell",
                    "7",
                    "--seed",
                    "1234",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        if synthetic is not None:
            samples = read_manifest(synthetic / "manifest.csv")
            run_set(
                f"synthetic 1280x720 bench frames ({len(samples)})", samples, decoders, centre=False
            )
            empties = [
                s
                for s in read_manifest(synthetic / "fps" / "manifest.csv")
                if s.format == "none" and "720p" in s.path.name
            ]
            run_set(
                f"synthetic empty 720p bench frames ({len(empties)})",
                empties * 5,
                decoders,
                centre=False,
            )
        if not args.skip_stream:
            run_stream(Path(tmp), args.stream_seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
