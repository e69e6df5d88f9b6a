"""The verdict screen's money and parcel fields, through the real window and the real server:
the partial refund prefilled from the rules' deductions (with where it comes from), following
outcome and grade until the inspector types an amount, bounded by the price; and a refusal's
send-back tracking, required, checked against the return's own codes, scanned or typed,
carried in the payload and kept by the server in its own column."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from inspector_app.domain.codes import normalize_code
from inspector_app.domain.returns import Disposition, Outcome
from inspector_app.gui.main_window import VERDICT
from inspector_app.server.db import Database
from inspector_app.server.models import Inspection

OUTBOUND = "6A 1234 5678 901"
"""A La Poste-shaped tracking number on no label of the demo parcel."""


def _server_row(live_server: Any, uuid: str) -> tuple[Decimal | None, str | None] | None:
    """(refund_amount, sendback_tracking) as the server's columns keep them, or None."""
    db = Database(live_server.config.db_url)
    try:
        with db.read() as session:
            row = session.scalars(select(Inspection).where(Inspection.uuid == uuid)).first()
            return (row.refund_amount, row.sendback_tracking) if row is not None else None
    finally:
        db.close()


def _at_verdict(bench: Any, demo: Any, **walk: Any) -> Any:
    drive = bench.driver
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.complete_smartphone(demo.batch.device_codes[demo.parcel.id], **walk)
    return bench.window.verdict


def _choose(combo: Any, value: Any) -> None:
    """Pick `value` in a combo box by keyboard, as an inspector does (Up/Down on it)."""
    combo.setFocus()
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        QTest.keyClick(combo, key)


def _type(widget: Any, text: str, qtbot: Any, done: Any) -> None:
    """Type as a person does (keys far enough apart not to be a scanner's burst, which the
    wedge filter would take as a scan), until `done()` says the field took it."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text, delay=60)
    qtbot.waitUntil(done)


# Amounts typed key by key: the message preview refuses each one short of the deductions.
@pytest.mark.expect_log(
    "inspector_app.gui.failures",
    r"^rendering the customer message failed: The deductions add up to ",
)
@pytest.mark.expect_log("inspector_app.gui.failures", r"^finalize failed: That is the whole price")
def test_the_refund_is_prefilled_follows_the_verdict_and_keeps_a_typed_amount(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench = online_bench
    verdict = _at_verdict(bench, demo)
    ui = verdict.ui
    price = demo.parcel.price
    # The demo parcel came back for the seller's mistake: a full refund is proposed, and no
    # amount is asked.
    assert ui.outcome.currentData() == Outcome.ACCEPT_FULL_REFUND
    assert not ui.refund.isVisible() and not ui.refundOrigin.isVisible()
    # Choosing a partial refund proposes the price less the cracked screen's rule (25 %).
    _choose(ui.outcome, Outcome.PARTIAL_REFUND)
    proposed = price - (price * Decimal("0.25")).quantize(Decimal("0.01"))
    assert Decimal(f"{ui.refund.value():.2f}") == proposed
    origin = ui.refundOrigin.text()
    assert ui.refundOrigin.isVisible()
    assert origin.startswith("Proposed:")
    assert "Screen cracked while with the customer" in origin
    assert f"{proposed:,.2f}" in origin and f"{price:,.2f}" in origin
    # The summary opens with the verdict Finalize confirms, the amount written as money.
    first_line = ui.summary.toPlainText().splitlines()[0]
    assert first_line.startswith("Partial refund · ")
    assert f"€{proposed:,.2f}" in first_line

    # Another outcome hides it; coming back to the partial refund proposes it again.
    _choose(ui.outcome, Outcome.ACCEPT_FULL_REFUND)
    assert not ui.refund.isVisible() and not ui.refundOrigin.isVisible()
    _choose(ui.outcome, Outcome.PARTIAL_REFUND)
    assert Decimal(f"{ui.refund.value():.2f}") == proposed
    _choose(ui.grade, ui.grade.itemData(1))
    assert Decimal(f"{ui.refund.value():.2f}") == proposed

    # An amount typed by the inspector stays theirs, whatever else they change.
    _type(ui.refund, "123", qtbot, lambda: ui.refund.value() == 123)
    assert "Your amount" in ui.refundOrigin.text() and f"{proposed:,.2f}" in ui.refundOrigin.text()
    _choose(ui.grade, ui.grade.itemData(2))
    _choose(ui.outcome, Outcome.ACCEPT_FULL_REFUND)
    _choose(ui.outcome, Outcome.PARTIAL_REFUND)
    assert ui.refund.value() == 123

    # Never above the price paid: the field stops there, and the whole price is refused.
    ui.refund.setValue(float(price) * 3)
    assert Decimal(f"{ui.refund.value():.2f}") == price
    ui.overrideReason.setPlainText("The customer cracked the screen")
    QTest.mouseClick(ui.finalizeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "whole price" in ui.error.text())
    assert bench.window.current_page() == VERDICT

    # The proposal, as prefilled, is what is finalized and what the server records.
    _choose(ui.grade, verdict._proposal[1])
    _choose(ui.disposition, verdict._proposal[2])
    _type(
        ui.refund, f"{proposed:.2f}", qtbot, lambda: Decimal(f"{ui.refund.value():.2f}") == proposed
    )
    uuid = bench.driver.finalize()
    qtbot.waitUntil(lambda: _server_row(live_server, uuid) is not None, timeout=30000)
    assert _server_row(live_server, uuid) == (proposed, None)


def test_a_refusal_asks_for_the_send_back_tracking_and_the_server_keeps_it(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench = online_bench
    # Signs of tampering: the rules propose to refuse and send the phone back.
    verdict = _at_verdict(bench, demo, changed={"tampering": True}, photos={"tampering": 2})
    ui = verdict.ui
    assert ui.outcome.currentData() == Outcome.REFUSE_SEND_BACK
    assert ui.disposition.currentData() == Disposition.QUARANTINE
    assert ui.sendback.isVisible() and ui.sendbackLabel.isVisible()
    assert not ui.refund.isVisible()

    # Required: Enter on the verdict refuses to finalize and puts the keyboard in the field.
    verdict.setFocus()
    QTest.keyClick(verdict, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(ui.error.text()))
    assert "Scan the tracking number of the parcel going back" in ui.error.text()
    assert ui.sendback.hasFocus()
    assert bench.window.current_page() == VERDICT

    # The customer's own return label is the usual wrong scan: refused, saying so.
    inbound = demo.parcel.tracking_numbers[0]
    _type(ui.sendback, inbound, qtbot, lambda: ui.sendback.text() == inbound)
    QTest.keyClick(ui.sendback, Qt.Key.Key_Return)  # to Finalize first, never half-typed
    qtbot.waitUntil(ui.finalizeButton.hasFocus)
    QTest.keyClick(ui.finalizeButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "tracking number of the customer's return" in ui.error.text())
    assert ui.sendback.hasFocus()

    # A handheld scan of the outbound label fills the field (it does not look a parcel up).
    bench.driver.scanner_burst(OUTBOUND.replace(" ", ""), ui.sendback)
    qtbot.waitUntil(lambda: ui.sendback.text() == OUTBOUND.replace(" ", ""))
    assert bench.window.current_page() == VERDICT
    key = normalize_code(OUTBOUND)
    assert verdict.form().sendback_tracking == key
    qtbot.waitUntil(lambda: key in verdict.message.body.toPlainText())

    uuid = bench.driver.finalize()
    payload = bench.station.inspection(uuid).payload
    assert f'"sendback_tracking":"{key}"'.encode() in payload
    qtbot.waitUntil(lambda: _server_row(live_server, uuid) is not None, timeout=30000)
    assert _server_row(live_server, uuid) == (None, key)


@pytest.mark.expect_log(
    "inspector_app.gui.failures", r"^rendering the customer message failed: A refusal must tell"
)
def test_the_send_back_field_is_only_asked_for_a_refusal(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    verdict = _at_verdict(online_bench, demo)
    ui = verdict.ui
    assert not ui.sendback.isVisible()
    _choose(ui.outcome, Outcome.REFUSE_SEND_BACK)
    assert ui.sendback.isVisible()
    # Alt+T reaches it from anywhere on the page.
    ui.finalizeButton.setFocus()
    QTest.keyClick(ui.finalizeButton, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.sendback.hasFocus)
    _choose(ui.outcome, Outcome.PARTIAL_REFUND)
    assert not ui.sendback.isVisible()
