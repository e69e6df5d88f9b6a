"""GUI latency of the real station window. Goals: label in the camera feed → return card on
screen p95 <= 150 ms; longest event-loop stall while scanning and syncing <= 50 ms; cold
start to a ready window <= 2 s.

    xvfb-run -a .venv/bin/python benchmarks/gui_latency.py [--parcels 20] [--queued 40]

(QT_QPA_PLATFORM=offscreen works too.) What is measured:
- card latency: from the capture time of the camera frame whose label was accepted (the
  ScanEvent's frame timestamp) to the return card painted (a synchronous repaint right
  after the card is filled); the video cycles through --parcels different labels, and the
  driver goes back to scanning after each card, as an inspector would;
- stall: a 5 ms QTimer on the GUI thread records the largest gap between its ticks, minus
  5 ms, while the camera streams at 25 fps into the preview, parcels are looked up, and the
  sync worker drains --queued finalized inspections with 3 photos each to a real server
  (a subprocess on loopback, so its CPU is not ours);
- cold start: a fresh interpreter importing and building the whole app (station opened,
  migrations checked) until the window's first event-loop turn after show(), 5 runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._stats import run_queue_wait, summary  # noqa: E402

COLD_START_CHILD = """
import sys, time
t0 = time.monotonic()
from pathlib import Path
from PySide6.QtCore import QTimer
from inspector_app.gui.launch import build, make_qt_app
from inspector_app.settings import Settings
qt = make_qt_app()
app, window = build(Settings({"camera.source": sys.argv[2], "ui.sounds": False}),
                    Path(sys.argv[1]), save_settings=False)
app.start()
window.resize(1366, 768)
window.show()
def ready():
    print(f"READY {time.monotonic() - t0:.4f}", flush=True)
    qt.quit()
QTimer.singleShot(0, ready)
qt.exec()
app.shutdown()
from inspector_app.gui.launch import leave
leave(0)
"""


def cold_start(video: Path, runs: int = 5) -> list[float]:
    """Wall time from launching a fresh interpreter to the window's first idle turn."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            start = time.monotonic()
            out = subprocess.run(
                [sys.executable, "-c", COLD_START_CHILD, data, str(video)],
                capture_output=True,
                text=True,
                check=True,
                cwd=REPO,
                timeout=120,
            )
            elapsed = time.monotonic() - start
            line = next(x for x in out.stdout.splitlines() if x.startswith("READY"))
            assert float(line.split()[1]) <= elapsed
            times.append(elapsed)
    return times


def queue_inspections(data_dir: Path, batch: object, count: int) -> int:
    """Finalize `count` inspections (3+ photos each) straight through the Station, so the sync
    worker has a backlog to drain while the GUI is measured."""
    from station.support import fill_checklist, verdict_for

    from inspector_app.settings import Settings
    from inspector_app.station import Station

    with Station.open(data_dir, Settings({"station.name": "bench-latency"})) as station:
        station.returns.upsert(batch.returns)
        done = 0
        for ret in batch.returns:
            if done >= count:
                break
            try:
                draft = station.start_inspection(ret.id, inspector="badge-0042")
            except Exception:
                continue
            fill_checklist(draft)
            station.finalize(draft, verdict_for(draft))
            done += 1
    return done


class StallProbe:
    """A 5 ms timer on the GUI thread; a late tick is a stall of the event loop."""

    def __init__(self, window: object, app: object) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self.own: list[float] = []
        """Gaps less the time the GUI thread sat runnable waiting for a CPU (other processes'
        load on this shared machine), i.e. what our own process costs: work, GIL, locks."""
        self.slow: list[tuple[float, int, str]] = []
        """Gaps over 30 ms with the page shown and the sync state, to find their cause."""
        self._window, self._app = window, app
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._queued = run_queue_wait()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        gap = (now - self._last) / 1e9
        self._last = now
        self.gaps.append(gap)
        queued = run_queue_wait()
        self.own.append(max(0.0, gap - (queued - self._queued)))
        self._queued = queued
        if gap > 0.03:
            self.slow.append((gap, self._window.current_page(), str(self._app.sync.status.state)))


def run(parcels: int, queued: int) -> None:
    from live_server import LiveServer
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from inspector_app.domain.demo import demo_batch
    from inspector_app.gui.launch import build, make_qt_app
    from inspector_app.gui.main_window import CARD, SCAN
    from inspector_app.scanning.demo_video import Parcel, write_demo_video
    from inspector_app.settings import Settings
    from tools.gui_driver import BenchDriver, poll_until

    root = Path(tempfile.mkdtemp(prefix="gui-latency-"))
    batch = demo_batch(max(parcels, queued) + 20, dt.datetime.now(dt.UTC).date(), seed=3)
    video = write_demo_video(
        root / "camera.avi",
        [
            Parcel(r.tracking_numbers[0], r.rma)
            for r in batch.returns[:parcels]
            if r.tracking_numbers
        ],
        label_s=1.5,
        empty_s=1.0,
    )
    cold = cold_start(video)
    server = LiveServer(root / "server", returns=batch.returns)
    server.start()
    queued = queue_inspections(root / "station", batch, queued)

    make_qt_app()
    settings = Settings(
        {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "camera.source": str(video),
            "ui.sounds": False,
            "sync.interval_s": 2.0,
            "scanning.debounce_s": 1.0,
        },
        source="cli",
    )
    app, window = build(settings, root / "station", save_settings=False)
    app.start()
    window.resize(1366, 768)
    window.show()
    probe = StallProbe(window, app)
    drive = BenchDriver(window, poll_until)
    drive.sign_in()

    latencies: list[float] = []

    def shown(scan_time: float) -> None:
        window.card.repaint()
        latencies.append(time.monotonic() - scan_time)
        QTimer.singleShot(300, window.back_to_scan)

    window.card_shown.connect(shown)
    deadline = time.monotonic() + 40 + parcels * 3
    while len(latencies) < parcels and time.monotonic() < deadline:
        poll_until(lambda: window.current_page() in (SCAN, CARD), 5000)
        QApplication.processEvents()
        time.sleep(0.001)
    drained = app.sync.status.pending == 0
    probe.timer.stop()
    app.shutdown()
    window.close()
    server.close()

    gaps, slow = probe.gaps, probe.slow
    stalls = [max(0.0, g - 0.005) for g in gaps]
    print(summary("label -> return card", latencies, "goal p95 <= 150 ms"))
    print(
        f"GUI event-loop stall while scanning and syncing {queued} inspections: "
        f"max={max(stalls) * 1000:.1f} ms "
        f"p99={sorted(stalls)[int(len(stalls) * 0.99)] * 1000:.1f} ms over {len(gaps)} ticks"
        f"  [goal max <= 50 ms]; queue drained: {drained}"
    )
    own = [max(0.0, g - 0.005) for g in probe.own]
    print(
        f"  the same less CPU run-queue wait (other processes' load): "
        f"max={max(own) * 1000:.1f} ms p99={sorted(own)[int(len(own) * 0.99)] * 1000:.1f} ms"
    )
    for gap, page, state in slow:
        print(f"  a {gap * 1000:.0f} ms tick gap on page {page} with sync {state}")
    print(summary("cold start to ready window", cold, "goal <= 2000 ms"))
    print(
        f"ratios to goal: card p95 {sorted(latencies)[int(len(latencies) * 0.95)] / 0.150:.2f}, "
        f"stall {max(stalls) / 0.050:.2f}, cold start median "
        f"{statistics.median(cold) / 2.0:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=20)
    parser.add_argument("--queued", type=int, default=40)
    args = parser.parse_args()
    run(args.parcels, args.queued)


if __name__ == "__main__":
    from inspector_app.gui.launch import leave

    main()
    leave(0)
