"""The log watch every test runs under (tests/log_watch.py) sees what it is for: records
from any thread, at WARNING and above, except the ones a test declared."""

from __future__ import annotations

import logging
import threading

import pytest
from log_watch import ExpectedLog, LogWatch


@pytest.mark.expect_log("ri.selfcheck", "")  # what this test logs is for its own watch
def test_undeclared_warnings_and_errors_are_kept_from_every_thread() -> None:
    watch = LogWatch([ExpectedLog("ri.selfcheck.sync", r"server refused \d+")])
    logger = logging.getLogger("ri.selfcheck")
    logger.addHandler(watch)
    try:
        logger.info("an ordinary day")
        logging.getLogger("ri.selfcheck.sync.push").warning("server refused %d", 409)
        logging.getLogger("ri.selfcheck.gui").warning("server refused %d", 409)
        worker = threading.Thread(target=lambda: logger.error("listener failed: %s", "boom"))
        worker.start()
        worker.join()
        try:
            raise KeyError("x")
        except KeyError:
            logger.exception("settings listener failed")
    finally:
        logger.removeHandler(watch)
    assert watch.unexpected[:2] == [
        "WARNING ri.selfcheck.gui: server refused 409",
        "ERROR ri.selfcheck: listener failed: boom",
    ]
    assert watch.unexpected[2].startswith("ERROR ri.selfcheck: settings listener failed\n")
    assert "KeyError: 'x'" in watch.unexpected[2]
    assert len(watch.unexpected) == 3


def test_an_expectation_names_a_logger_and_its_children_only() -> None:
    expected = ExpectedLog("inspector_app.config", "is now called")
    record = logging.LogRecord(
        "inspector_app.config", logging.WARNING, "", 1, "x is now called y", None, None
    )
    assert expected.matches(record)
    record.name = "inspector_app.configuration"
    assert not expected.matches(record)
