"""Return-label frames: is the return found from one webcam frame? Ours vs plain zxing-cpp.

    .venv/bin/python -m benchmarks.return_labels ../shared/corpus [--count 360] [--seed 1000]
        [--cache DIR] [--budget MS]

Frames come from the corpus's make_labels.py (a parcel with a carrier's return label, tilted,
blurred, noisy, unevenly lit, at 1.5-4 px per module; some with two parcels, some with none),
rendered once into a cache folder outside the repository (~4 s a frame, one worker: the
machine is shared).
Seeds below 1000 are kept for scoring and refused by the generator.

For each frame and decoder: the decoded texts, normalised the way the station looks them up
(domain.codes.lookup_keys); "key found" when the return's key is among them (a two-parcel
frame needs both keys). Also each code role's read rate (tracking, routing, payload, rma),
misreads (a text not on the frame), anything read on a frame without a label, and the CPU
milliseconds of one thread per frame. The same frames upscaled to 1920x1080 give the cost
and the rate at 1080p (a 1080p webcam's frames hold the same label with more pixels; these
upscaled ones only say what the extra pixels cost).
Goals: key found >= 80% within the default budget; nothing read without a label; CPU per
720p frame median <= 12 ms without a code, <= 30 ms with a label.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from benchmarks._stats import percentile
from benchmarks.label_frames import LabelFrame, key_found, read_label_manifest
from inspector_app.scanning import decode
from inspector_app.scanning.decode import DEFAULT_BUDGET_MS

Decoder = Callable[[np.ndarray], list[str]]

DEFAULT_CACHE = Path.home() / ".cache" / "return-inspector" / "labels"


def labels(corpus: Path, cache: Path, seed: int, count: int) -> Path:
    """The folder of `count` frames for `seed`, made by the corpus's generator if missing."""
    folder = cache / f"seed{seed}-{count}"
    if not (folder / "manifest.csv").exists():
        print(f"rendering {count} label frames into {folder} (~{count * 2 // 60} min)...")
        subprocess.run(
            [
                sys.executable,
                str(corpus / "make_labels.py"),
                "--out",
                str(folder),
                "--count",
                str(count),
                "--seed",
                str(seed),
                "--jobs",
                "1",
            ],
            check=True,
        )
    return folder


def ours(budget_ms: float | None) -> Decoder:
    def read(frame: np.ndarray) -> list[str]:
        return [d.text for d in decode(frame, budget_ms=budget_ms)]

    return read


def plain_zxing(frame: np.ndarray) -> list[str]:
    """One zxing-cpp call with its defaults, except raw text (as ours), so both are
    normalised alike: its default HRI mode shows a 2D code's separators as pictures."""
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return [b.text for b in zxingcpp.read_barcodes(gray, text_mode=zxingcpp.TextMode.Plain)]


class Tally:
    """What one decoder did over the frames."""

    def __init__(self) -> None:
        self.keys = [0, 0]
        self.roles: dict[str, list[int]] = {}
        self.misreads = 0
        self.false_frames = [0, 0]
        self.ms_label: list[float] = []
        self.ms_empty: list[float] = []

    def add(self, frame: LabelFrame, texts: list[str], ms: float) -> None:
        if frame.kind == "none":
            self.false_frames[0] += bool(texts)
            self.false_frames[1] += 1
            self.ms_empty.append(ms)
            return
        self.ms_label.append(ms)
        self.keys[0] += key_found(frame, texts)
        self.keys[1] += 1
        truth = {c.text for c in frame.codes}
        self.misreads += sum(t not in truth for t in texts)
        for code in frame.codes:
            if code.in_view:
                role = self.roles.setdefault(code.role, [0, 0])
                role[0] += code.text in texts
                role[1] += 1


def run(frames: list[LabelFrame], decoders: dict[str, Decoder], upscale: bool) -> dict:
    tallies = {name: Tally() for name in decoders}
    for frame in frames:
        image = cv2.imread(str(frame.path), cv2.IMREAD_COLOR)
        if upscale:
            image = cv2.resize(image, (1920, 1080), interpolation=cv2.INTER_CUBIC)
        for name, decoder in decoders.items():
            started = time.thread_time()
            texts = decoder(image)
            tallies[name].add(frame, texts, (time.thread_time() - started) * 1000)
    return tallies


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "-"


def median_p95(values: list[float]) -> str:
    if not values:
        return "-"
    return f"median {statistics.median(values):.1f} p95 {percentile(values, 0.95):.1f}"


def report(title: str, tallies: dict[str, Tally]) -> None:
    print(f"\n== {title}")
    for name, t in tallies.items():
        print(
            f"{name:24} key found {pct(*t.keys):18}  misreads {t.misreads}  "
            f"read without a label: {t.false_frames[0]}/{t.false_frames[1]} frames"
        )
        roles = "  ".join(f"{role} {pct(*n)}" for role, n in sorted(t.roles.items()))
        print(f"{'':24} {roles}")
        print(
            f"{'':24} CPU ms per frame: with a label {median_p95(t.ms_label)}; "
            f"without {median_p95(t.ms_empty)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (make_labels.py)")
    parser.add_argument("--count", type=int, default=360)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_MS)
    parser.add_argument("--skip-1080p", action="store_true")
    args = parser.parse_args(argv)
    cv2.setNumThreads(1)  # figures are per core, as the goals are
    frames = read_label_manifest(
        labels(args.corpus, args.cache, args.seed, args.count) / "manifest.csv"
    )
    kinds = Counter(f.kind for f in frames)
    print(
        f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"{len(frames)} frames (seed {args.seed}: {dict(kinds)}); CPU ms of one thread"
    )
    decoders = {
        f"ours ({args.budget:g} ms budget)": ours(args.budget),
        "ours (no budget)": ours(None),
        "zxing-cpp, one call": plain_zxing,
    }
    report("1280x720 frames", run(frames, decoders, upscale=False))
    if not args.skip_1080p:
        del decoders["ours (no budget)"]
        report("the same frames upscaled to 1920x1080", run(frames, decoders, upscale=True))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
