"""Fail a test on a WARNING or ERROR log record it did not declare.

The code logs and carries on where a failure must not stop the bench (a settings listener
that raises, a photo that cannot be read back, a server answer it cannot use), so a test can
pass while such a failure goes by unseen. `log_watch` (autouse, from tests/conftest.py) makes
the log part of what every test checks; a test that means to cause a record declares it with
`@pytest.mark.expect_log(logger, message_regex)` or, from inside, the `expect_log` fixture.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest


@dataclass(frozen=True, slots=True)
class ExpectedLog:
    """A WARNING or ERROR record a test means to cause: its logger (or a parent's name) and
    a regular expression its message contains."""

    logger: str
    message: str

    def matches(self, record: logging.LogRecord) -> bool:
        named = record.name == self.logger or record.name.startswith(self.logger + ".")
        return named and re.search(self.message, _message(record)) is not None


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except (TypeError, ValueError):  # the logging call's own bug: show it, do not hide it
        return f"{record.msg!r} % {record.args!r}"


class LogWatch(logging.Handler):
    """The WARNING and ERROR records logged while a test runs, from any thread (a worker's
    failure is the one most easily missed), that no expectation matches."""

    def __init__(self, expected: list[ExpectedLog]) -> None:
        super().__init__(logging.WARNING)
        self.expected = expected
        self.unexpected: list[str] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        if any(expected.matches(record) for expected in self.expected):
            return
        text = f"{record.levelname} {record.name}: {_message(record)}"
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        with self._guard:
            self.unexpected.append(text)


@pytest.fixture(autouse=True)
def log_watch(request: pytest.FixtureRequest) -> Iterator[LogWatch]:
    """Fail the test on a WARNING or ERROR log record it did not declare, with
    `@pytest.mark.expect_log(logger, message_regex)` or the `expect_log` fixture. Autouse and
    set up first, so records logged while other fixtures stop count too."""
    expected = [
        ExpectedLog(*marker.args, **marker.kwargs)
        for marker in request.node.iter_markers("expect_log")
    ]
    watch = LogWatch(expected)
    root = logging.getLogger()
    before = list(root.handlers)
    root.addHandler(watch)
    yield watch
    root.removeHandler(watch)
    _remove_handlers_of_logs_setup(root, keep=before)
    if watch.unexpected:
        pytest.fail(
            "unexpected log records (declare an expected one with @pytest.mark.expect_log):\n"
            + "\n".join(watch.unexpected),
            pytrace=False,
        )


def _remove_handlers_of_logs_setup(root: logging.Logger, keep: list[logging.Handler]) -> None:
    """Remove the handlers a test installed through `logs.setup` (commands run in process do):
    left behind, they write the next tests' records into a closed console stream ("Logging
    error" noise) and a dead test's log file."""
    for handler in [h for h in root.handlers if h not in keep]:
        if getattr(handler, "_inspector", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def expect_log(log_watch: LogWatch) -> Callable[[str, str], None]:
    """`expect_log(logger, message_regex)`: declare, from inside a test, a WARNING or ERROR
    record it means to cause (for expectations that depend on a parameter)."""

    def expect(logger: str, message: str) -> None:
        log_watch.expected.append(ExpectedLog(logger, message))

    return expect
