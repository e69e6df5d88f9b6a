"""Start of the frozen station to a mapped main window. Goal: <= 3 s.

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python benchmarks/bench_frozen_start.py \
        [--app dist/inspector-app/inspector-app] [--runs 5]

Each run uses a fresh data directory, config and log location (so every start also creates
and migrates the database, as on a new bench), starts the executable and polls the X server
(`xwininfo -root -tree`) until a window titled "Return Inspector" is mapped, then closes the
app. The first run is reported apart: it is the coldest (files not yet in the page cache,
the closest a benchmark can get to a first start after boot without dropping caches as root).

Also printed: the CPU time (user + system, from /proc) the app had used when its window
appeared, and the wall time minus the time the app's main thread waited for a CPU. On a
shared, loaded machine the wall time mostly measures the queue for a CPU; the other two
are what the start costs on an otherwise idle bench.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import summary

TITLE = '"Return Inspector"'
TIMEOUT_S = 60.0


def window_mapped() -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    return TITLE in tree


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of `pid` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def queue_wait_seconds(pid: int) -> float:
    """Time `pid`'s main thread has spent runnable but waiting for a CPU (Linux /proc).

    Wall time minus this is close to the wall time the start would take on an idle machine:
    the main thread is the start's critical path.
    """
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9


class Start(NamedTuple):
    """One start to a mapped window, in seconds."""

    wall: float
    cpu: float
    queued: float

    @property
    def unqueued(self) -> float:
        return self.wall - self.queued


def fresh_bench_environment(tmp: str) -> dict[str, str]:
    """This environment with config, logs and the machine file moved into `tmp`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RI_")}
    env.update(
        {
            "XDG_STATE_HOME": f"{tmp}/state",
            "XDG_CONFIG_HOME": f"{tmp}/config",
            "RI_MACHINE_CONFIG": f"{tmp}/machine.toml",
            "QT_QPA_PLATFORM": "xcb",
        }
    )
    return env


def time_to_window(command: list[str], env: dict[str, str], timeout_s: float = TIMEOUT_S) -> Start:
    """Start `command`, wait for its mapped window, close it."""
    with tempfile.TemporaryFile() as stderr:  # read only if the app dies first
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            while not window_mapped():
                if process.poll() is not None:
                    stderr.seek(0)
                    said = stderr.read().decode(errors="replace")[-3000:]
                    raise SystemExit(
                        f"{command} exited with {process.returncode} before a window:\n{said}"
                    )
                if time.perf_counter() - started > timeout_s:
                    raise SystemExit(f"no window after {timeout_s} s")
                time.sleep(0.01)
            wall = time.perf_counter() - started
            return Start(wall, cpu_seconds(process.pid), queue_wait_seconds(process.pid))
        finally:
            process.terminate()
            process.wait(timeout=30)


def one_start(app: Path) -> Start:
    with tempfile.TemporaryDirectory(prefix="ri-start-") as tmp:
        return time_to_window([str(app), "--data-dir", f"{tmp}/data"], fresh_bench_environment(tmp))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=Path("dist/inspector-app/inspector-app"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("needs an X display: run under xvfb-run")
    runs = [one_start(args.app) for _ in range(args.runs)]
    print(f"first start: {runs[0].wall * 1000:.0f} ms wall, {runs[0].cpu * 1000:.0f} ms CPU")
    print(summary("start to window (wall)", [r.wall for r in runs], "goal <= 3000 ms"))
    print(summary("start to window (wall minus run-queue wait)", [r.unqueued for r in runs]))
    print(summary("start to window (CPU)", [r.cpu for r in runs]))
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
