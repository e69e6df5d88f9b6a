"""Unhandled exceptions: log them, write a crash report, tell the user where it is.

A bench that vanishes without a word is the worst failure for an inspector and for support,
so `install()` hooks both the main thread (`sys.excepthook`) and worker threads
(`threading.excepthook`). Each crash becomes a self-contained text file (versions, platform,
traceback, the tail of the log) in the log directory that IT can attach to a ticket.
Qt-free: the GUI passes a `notify` callback (gui/crash_dialog.py) that shows the dialog;
command-line use prints the report path on stderr.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from inspector_app import __version__, locations, logs

log = logging.getLogger(__name__)

LOG_TAIL_LINES = 200

Notify = Callable[[Path, Path | None], None]
"""Called as notify(report_path, log_path) after a report is written, from the crashing thread."""


def _log_tail(log_path: Path | None) -> str:
    if log_path is None or not log_path.is_file():
        return "(no log file)"
    with log_path.open(encoding="utf-8", errors="replace") as handle:
        lines = handle.readlines()[-LOG_TAIL_LINES:]
    return "".join(lines)


def format_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str,
    log_path: Path | None,
) -> str:
    """The crash report text, secrets masked."""
    stack = "".join(traceback.format_exception(exc_type, exc, tb))
    text = "\n".join(
        (
            "Return Inspector crash report",
            f"time: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
            f"version: {__version__}{' (frozen build)' if locations.is_frozen() else ''}",
            f"python: {sys.version.split()[0]} on {platform.platform()}",
            f"process: {os.getpid()}, thread: {thread_name}",
            f"log file: {log_path or '(none)'}",
            "",
            "Traceback",
            stack,
            f"Last {LOG_TAIL_LINES} log lines",
            _log_tail(log_path),
        )
    )
    return logs.mask(text)


def write_report(directory: Path, text: str) -> Path:
    """Write a report under a name that sorts by time and never collides between processes."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"crash-{stamp}-{os.getpid()}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _print_notice(report: Path, log_path: Path | None) -> None:
    print(f"inspector-app: unexpected error; crash report written to {report}", file=sys.stderr)
    if log_path:
        print(f"inspector-app: log file: {log_path}", file=sys.stderr)


class CrashHandler:
    """The installed hooks; `uninstall()` restores the previous ones (tests, nested apps)."""

    def __init__(self, report_dir: Path, log_path: Path | None, notify: Notify | None) -> None:
        self.report_dir = report_dir
        self.log_path = log_path
        self.notify = notify or _print_notice
        self.reports: list[Path] = []
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self._on_main
        threading.excepthook = self._on_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_thread

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread_name: str,
    ) -> Path | None:
        """Log, write the report and notify; never raises (a crash in the crash handler
        would hide the original error)."""
        try:
            log.critical("unhandled exception in %s", thread_name, exc_info=(exc_type, exc, tb))
            report = write_report(
                self.report_dir, format_report(exc_type, exc, tb, thread_name, self.log_path)
            )
        except Exception:
            # Last resort: the user must still see something; stderr is all that is left.
            traceback.print_exception(exc_type, exc, tb)
            return None
        self.reports.append(report)
        try:
            self.notify(report, self.log_path)
        except Exception:
            log.exception("crash notification failed; report is %s", report)
            _print_notice(report, self.log_path)
        return report

    def _on_main(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, threading.current_thread().name)

    def _on_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread else "unknown thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)


def install(
    report_dir: Path | None = None,
    log_path: Path | None = None,
    notify: Notify | None = None,
) -> CrashHandler:
    """Hook unhandled exceptions of every thread. Defaults: reports beside the log file."""
    log_path = log_path or logs.current_log_file()
    if report_dir is None:
        report_dir = log_path.parent if log_path else locations.log_dir()
    return CrashHandler(report_dir, log_path, notify)
