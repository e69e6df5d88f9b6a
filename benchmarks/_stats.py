"""Shared timing summary for the benchmarks: median, p95, p99 in milliseconds."""

from __future__ import annotations

import statistics


def summary(label: str, seconds: list[float], goal: str = "") -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    line = (f"{label}: n={len(ms)} median={statistics.median(ms):.3f} ms "
            f"p95={p95:.3f} ms p99={p99:.3f} ms max={ms[-1]:.3f} ms")
    return f"{line}  [{goal}]" if goal else line
