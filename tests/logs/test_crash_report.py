"""Crash hooks: a report file for main-thread and worker-thread exceptions, never a silent exit."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from inspector_app import crash

TOKEN = "st-0c1d2e3f4a5b6c7d"


@pytest.mark.expect_log("inspector_app.crash", "^unhandled exception in outbox-worker$")
def test_worker_thread_exception_writes_report_and_notifies(tmp_path: Path) -> None:
    log_path = tmp_path / "app.log"
    log_path.write_text("earlier line\n", encoding="utf-8")
    notified: list[tuple[Path, Path | None]] = []
    handler = crash.install(
        report_dir=tmp_path, log_path=log_path, notify=lambda r, lp: notified.append((r, lp))
    )
    try:

        def boom() -> None:
            raise ValueError(f"worker failed, Authorization: Bearer {TOKEN}")

        worker = threading.Thread(target=boom, name="outbox-worker")
        worker.start()
        worker.join()
    finally:
        handler.uninstall()
    assert len(notified) == 1
    report, reported_log = notified[0]
    assert reported_log == log_path
    text = report.read_text(encoding="utf-8")
    assert "thread: outbox-worker" in text
    assert "ValueError: worker failed" in text
    assert "earlier line" in text
    assert TOKEN not in text
    assert threading.excepthook is not handler._on_thread


@pytest.mark.expect_log("inspector_app.crash", "^unhandled exception in MainThread$")
@pytest.mark.expect_log("inspector_app.crash", "^crash notification failed; report is ")
def test_failing_notifier_still_leaves_a_report(tmp_path: Path, capsys) -> None:
    def broken(report: Path, log_path: Path | None) -> None:
        raise OSError("no display")

    handler = crash.install(report_dir=tmp_path, log_path=None, notify=broken)
    try:
        report = handler.handle(KeyError, KeyError("x"), None, "MainThread")
    finally:
        handler.uninstall()
    assert report is not None and report.exists()
    assert str(report) in capsys.readouterr().err


def test_main_thread_crash_in_a_process(tmp_path: Path) -> None:
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from inspector_app import crash, logs\n"
        f"path = logs.setup(directory=Path({str(tmp_path)!r}), console=False)\n"
        "logging.getLogger('inspector_app.station').info('opened station')\n"
        "crash.install()\n"
        "raise RuntimeError('main thread failure')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1
    assert f"crash report written to {reports[0]}" in done.stderr
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: main thread failure" in text
    assert "opened station" in text
    log_text = (tmp_path / "inspector-app.log").read_text(encoding="utf-8")
    assert "CRITICAL inspector_app.crash" in log_text
