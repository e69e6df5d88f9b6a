"""The GUI shows a UserError's own words and, for anything else, one plain sentence: a bug's
raw text never reaches the screen, its traceback goes to the log."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from inspector_app.gui.failures import shown
from inspector_app.gui.main_window import SIGN_IN
from inspector_app.station import StationError

from .conftest import bench_settings

GENERIC = "Something went wrong; the log has the details."


@pytest.mark.expect_log(
    "inspector_app.gui.failures", "^lookup failed: No return R1 on this bench.$"
)
def test_a_user_error_is_shown_in_its_own_words(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "inspector_app.gui.failures"):
        assert shown(StationError("No return R1 on this bench."), "lookup") == (
            "No return R1 on this bench."
        )
    assert caplog.records[-1].exc_info is None


@pytest.mark.expect_log("inspector_app.gui.failures", "^lookup failed$")
def test_anything_else_is_one_sentence_and_its_traceback_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        {}["x"]
    except KeyError as exc:
        bug = exc
    with caplog.at_level(logging.ERROR, "inspector_app.gui.failures"):
        assert shown(bug, "lookup") == GENERIC
    record = caplog.records[-1]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and record.exc_info[1] is bug
    assert "lookup failed" in record.getMessage()


@pytest.mark.expect_log(
    "inspector_app.gui.failures", "^badge sign-in failed($|: This bench is closed)"
)
def test_the_window_shows_a_bug_as_the_plain_sentence(
    open_bench: Any, demo: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bench = open_bench(bench_settings("", "", str(demo.video)))
    window = bench.window
    assert window.current_page() == SIGN_IN
    error = window.sign_in.ui.error

    def broken(_badge: str, **_how: Any) -> None:
        raise KeyError("x")

    bench.station.check_badge = broken  # a bug below the window, met by a badge scan
    with caplog.at_level(logging.ERROR, "inspector_app.gui.failures"):
        window.handle_scan(["badge-9"], "keyboard")
        qtbot.waitUntil(lambda: error.text() == GENERIC, timeout=20000)
    assert any(r.exc_info and isinstance(r.exc_info[1], KeyError) for r in caplog.records)
    # The people list is refreshed at each sync status change, at moments nobody chose (on a
    # loaded machine, after the answer): the answer to the scan stays on screen.
    window.ctx.sync.announce()
    qtbot.waitUntil(lambda: not window.bridge.pending())
    assert error.text() == GENERIC

    def refused(_badge: str, **_how: Any) -> None:
        raise StationError("This bench is closed for the night.")

    bench.station.check_badge = refused
    window.handle_scan(["badge-9"], "keyboard")
    qtbot.waitUntil(lambda: error.text() == "This bench is closed for the night.", timeout=20000)
