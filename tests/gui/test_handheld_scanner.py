"""Handheld scanners as they really type (Shift per capital, AIM prefix, two-key suffixes), and
keys the wedge filter holds back that must still do their job when replayed (Space)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.gui.main_window import CARD, SCAN


def ups_parcel(demo: Any) -> Any:
    """A return whose tracking number is a UPS 1Z number: capitals among digits."""
    return next(r for r in demo.batch.returns if r.tracking_numbers[0].startswith("1Z"))


@pytest.mark.parametrize(("prefix", "suffix"), [("", "\r"), ("]C0", "\r\n"), ("", "\t")])
def test_a_hid_burst_with_capitals_opens_its_card_and_leaves_nothing_behind(
    online_bench: Any, demo: Any, qtbot: Any, prefix: str, suffix: str
) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.app.scans.stop()
    drive.sign_in()
    parcel = ups_parcel(demo)
    field = window.scan_page.ui.code
    field.setFocus()
    drive.scanner_burst(parcel.tracking_numbers[0], field, prefix=prefix, suffix=suffix)
    drive.wait_card()
    assert window.card.ui.rmaValue.text() == parcel.rma
    assert field.text() == ""
    # The suffix's second key (line feed after Enter) did not start the inspection.
    QTest.qWait(300)
    assert window.current_page() == CARD


def test_a_hid_scan_into_a_typed_pin_field_is_a_badge_not_pin_digits(
    live_server: Any, online_bench: Any, qtbot: Any
) -> None:
    """A badge with capitals scanned while the PIN field has the focus signs in by badge.

    The person is the server's, as at any bench that has one: one added at the bench alone
    would be deactivated by the bench's next people pull (the server's list wins), which on
    a loaded machine came after the add and before the scan."""
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.app.scans.stop()
    live_server.add_person("Xavier Kim", "inspector", "BADGE-XK7", "2468")
    bench.station.sync_once()  # as Settings' Sync now: the people list is pulled at once
    assert "BADGE-XK7" in {person.badge for person in bench.station.people()}
    page = window.sign_in
    page.ui.pin.setFocus()
    drive.scanner_burst("BADGE-XK7", page.ui.pin)
    qtbot.waitUntil(lambda: window.current_page() == SCAN, timeout=15000)
    assert "Xavier Kim" in window.ui.inspectorLabel.text()
    assert page.ui.pin.text() == ""


def test_space_presses_the_focused_button(online_bench: Any, demo: Any, qtbot: Any) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.inspect_by_scanner(demo.parcel.rma)
    drive.wait(lambda: window.current_page() != CARD)
    window.checklist.ui.backButton.setFocus()
    QTest.keyClick(window.checklist.ui.backButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() == CARD)
    window.card.ui.backButton.setFocus()
    QTest.keyClick(window.card.ui.backButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() == SCAN)


def test_a_badge_added_on_the_server_a_minute_ago_signs_in_at_once(
    live_server: Any, online_bench: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT adds a new hire on the server; the bench pulls its people list only every few
    minutes, so a badge it does not know is checked against the server before it is
    refused. A code the camera sees on the sign-in page (a parcel's label) never is."""
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.app.scans.stop()
    qtbot.waitUntil(lambda: window.sign_in.ui.inspector.count() > 0)
    asked: list[tuple[str, bool]] = []
    check = bench.station.check_badge

    def recorded(code: str, *, ask_server: bool = False) -> Any:
        asked.append((code, ask_server))
        return check(code, ask_server=ask_server)

    monkeypatch.setattr(bench.station, "check_badge", recorded)
    window.handle_scan(["1Z999AA10123456784"], "camera")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [("1Z999AA10123456784", False)]
    live_server.add_person("Nina New", "inspector", "BADGE-NN1", "1357")
    assert "BADGE-NN1" not in {person.badge for person in bench.station.people()}
    drive.scanner_burst("BADGE-NN1", window.sign_in.ui.pin)
    qtbot.waitUntil(lambda: window.current_page() == SCAN, timeout=20000)
    assert asked[-1] == ("BADGE-NN1", True)
    assert "Nina New" in window.ui.inspectorLabel.text()
