"""Shared timing summary for the benchmarks: median, p95, p99 in milliseconds."""

from __future__ import annotations

import statistics


def percentile(values: list[float], fraction: float) -> float:
    """The value `fraction` of the way up the sorted `values` (nearest rank, no interpolation)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def summary(label: str, seconds: list[float], goal: str = "") -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95, p99 = percentile(ms, 0.95), percentile(ms, 0.99)
    line = (
        f"{label}: n={len(ms)} median={statistics.median(ms):.3f} ms "
        f"p95={p95:.3f} ms p99={p99:.3f} ms max={ms[-1]:.3f} ms"
    )
    return f"{line}  [{goal}]" if goal else line


def run_queue_wait() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux; 0 elsewhere).

    On a shared machine other processes' load shows up in wall-clock timings; subtracting
    this wait separates what our code costs (including disk waits) from time spent queued.
    """
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as fh:
            return int(fh.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0
