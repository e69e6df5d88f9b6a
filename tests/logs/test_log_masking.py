"""Log files: rotation settings, subsystem names, and no token ever written."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app import logs

TOKEN = "st-5a4f1c0b9e8d7c6b"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    path = logs.setup(debug=True, directory=tmp_path / "log", console=False)
    yield path
    for handler in [h for h in root.handlers if h not in before[0]]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(before[1])


def read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.expect_log("inspector_app.sync.client", "")  # each secret-bearing message
@pytest.mark.parametrize(
    "message",
    [
        f"GET /api/v1/checklists headers={{'Authorization': 'Bearer {TOKEN}'}}",
        f"Authorization: Bearer {TOKEN}",
        f"retrying with bearer {TOKEN}",
        f"https://server/api/v1/returns?access_token={TOKEN}&limit=5",
        f'payload {{"token": "{TOKEN}", "name": "bench"}}',
        f"server.token={TOKEN}",
        f"proxy http://bench:{TOKEN}@proxy.example:3128 refused",
        f"opening rtsp://admin:{TOKEN}@10.0.0.5/stream1",
    ],
)
def test_secret_patterns_are_masked(log_file: Path, message: str) -> None:
    logging.getLogger("inspector_app.sync.client").warning(message)
    text = read(log_file)
    assert TOKEN not in text
    assert "***" in text
    assert "inspector_app.sync.client" in text


@pytest.mark.expect_log("inspector_app.scanning", "^request failed$")
def test_arguments_and_tracebacks_are_masked(log_file: Path) -> None:
    logs.hide("registered-secret-value")
    log = logging.getLogger("inspector_app.scanning")
    log.info("value %s in args", "registered-secret-value")
    try:
        raise RuntimeError(f"auth failed: Authorization: Bearer {TOKEN}")
    except RuntimeError:
        log.exception("request failed")
    text = read(log_file)
    assert "registered-secret-value" not in text
    assert TOKEN not in text
    assert "RuntimeError: auth failed" in text


def test_ordinary_text_is_untouched() -> None:
    message = "synced 3 inspections to https://returns.example.com in 0.4 s"
    assert logs.mask(message) == message


def test_debug_switch_controls_levels(tmp_path: Path, log_file: Path) -> None:
    logging.getLogger("inspector_app.storage").debug("debug line visible")
    assert "debug line visible" in read(log_file)
    quiet = logs.setup(debug=False, directory=tmp_path / "quiet", console=False)
    logging.getLogger("inspector_app.storage").debug("hidden debug")
    logging.getLogger("inspector_app.storage").info("info shown")
    logging.getLogger("urllib3.connectionpool").info("library chatter")
    text = read(quiet)
    assert "info shown" in text
    assert "hidden debug" not in text
    assert "library chatter" not in text


def test_setup_rotates_and_does_not_stack_handlers(tmp_path: Path, log_file: Path) -> None:
    logs.setup(directory=tmp_path / "again", console=False)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_inspector", False)]
    assert len(ours) == 1
    handler = ours[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == logs.MAX_BYTES
    assert handler.backupCount == logs.BACKUPS
    assert logs.current_log_file() == tmp_path / "again" / logs.LOG_FILE_NAME


@pytest.mark.expect_log("inspector_app.logs", r"cannot write logs in .*; console only")
@pytest.mark.expect_log("inspector_app.sync", "^still visible$")
def test_unwritable_log_directory_falls_back_to_the_console(
    tmp_path: Path, log_file: Path, capsys
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    assert logs.setup(directory=blocker / "log", console=False) is None
    logging.getLogger("inspector_app.sync").error("still visible")
    err = capsys.readouterr().err
    assert "cannot write logs in" in err
    assert "still visible" in err
    assert logs.current_log_file() is None
