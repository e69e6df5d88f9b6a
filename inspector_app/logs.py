"""Logging for the station: one named logger per subsystem, rotated files, secrets masked.

Every module logs through `logging.getLogger(__name__)`, so records are named after their
subsystem (`inspector_app.sync.client`, `inspector_app.scanning.stream`, ...) and a support
engineer can filter a log by subsystem. `setup()` is called once by the entry point; it writes
to the platform's log directory, rotating so a bench that runs for months never fills its disk.

Tokens must never reach a log file or a crash report (they are credentials for the server),
so every handler carries a `SecretFilter` that rewrites bearer tokens, Authorization headers,
`token=`/`password=` pairs, passwords in URLs and any value registered with `hide()` before
anything is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path

from inspector_app import locations

ROOT_LOGGER = "inspector_app"
LOG_FILE_NAME = "inspector-app.log"
COMMAND_LOG_FILE_NAME = "inspector-cli.log"
"""Headless commands (self-test, config, ...) log apart from the window: on Windows a file
another process holds open cannot be rotated, and IT runs self-test while the app is open."""
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
MASK = "***"

FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

_PATTERNS = (
    # Authorization: Bearer abc / Authorization: Basic abc / 'Authorization': 'Bearer abc'
    re.compile(
        r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic|token)?\s*)([^\s'\",;}]+)"
    ),
    re.compile(r"(?i)(\bbearer\s+)([A-Za-z0-9._~+/=-]+)"),
    # passwords in URLs: http://user:secret@proxy:3128, rtsp://admin:secret@camera/stream
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)([^@/\s]+)(?=@)"),
    # token=abc, "token": "abc", password: abc, api_key=abc, ?access_token=abc
    re.compile(
        r"(?i)(\b[\w-]*(?:token|password|passwd|secret|api_?key)['\"]?\s*[:=]\s*['\"]?)"
        r"([^\s'\",;&}]+)"
    ),
)


class SecretFilter(logging.Filter):
    """Rewrites a record's message, arguments and traceback text with secrets masked."""

    def __init__(self) -> None:
        super().__init__()
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def hide(self, value: str) -> None:
        """Mask this exact value wherever it appears from now on (short values are ignored,
        masking them would garble ordinary words)."""
        if len(value) >= 6:
            with self._lock:
                self._values.add(value)

    def mask(self, text: str) -> str:
        """`text` with every known secret and secret-looking pair replaced by ***."""
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            text = text.replace(value, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
            record.exc_info = None
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


SECRETS = SecretFilter()


def hide(value: str) -> None:
    """Register a secret value (e.g. the station token) to be masked in every log line."""
    SECRETS.hide(value)


def mask(text: str) -> str:
    """Mask secrets in text that is written outside logging (crash reports, `config show`)."""
    return SECRETS.mask(text)


def setup(
    debug: bool = False,
    directory: Path | None = None,
    console: bool = True,
    file_name: str = LOG_FILE_NAME,
) -> Path | None:
    """Configure logging for this process; returns the log file path (None: console only).

    Without `debug`, our subsystems log INFO and third-party libraries WARNING; with it,
    everything logs DEBUG (HTTP requests included, masked). The console gets warnings only,
    unless `debug`, so a CLI command's output stays readable. A log directory that cannot be
    written (read-only home, full disk) must not stop the bench: logging then goes to the
    console, with a warning saying why.
    Calling it again replaces the handlers it installed, never stacks them.
    """
    directory = directory or locations.log_dir()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_inspector", False)]:
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = []
    path: Path | None = directory / file_name
    problem = ""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            directory / file_name, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        problem = f"cannot write logs in {directory} ({exc.strerror or exc}); console only"
        path = None
    else:
        file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
        handlers.append(file_handler)
    if console or path is None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(SECRETS)
        handler._inspector = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger(ROOT_LOGGER).setLevel(logging.DEBUG if debug else logging.INFO)
    logging.captureWarnings(True)
    if problem:
        logging.getLogger(__name__).warning(problem)
    return path


def current_log_file() -> Path | None:
    """The file `setup()` writes to in this process, if it has been called."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
