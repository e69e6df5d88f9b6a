"""The verdict screen shows the customer's message as it will be received, photos included,
and takes one sentence of the inspector's own, which is stored with the decision."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.domain.returns import Outcome


def _at_verdict(bench: Any, demo: Any) -> Any:
    drive = bench.driver
    drive.sign_in()
    drive.wait_card(timeout=30000)
    drive.start_inspection()
    drive.complete_smartphone(demo.batch.device_codes[demo.parcel.id])
    return bench.window.verdict


def _partial_refund(verdict: Any, price: Decimal, qtbot: Any) -> None:
    """A partial refund of the price less the cracked screen's deduction (its rule's)."""
    rules = {r.id: r for r in verdict.window().checklist.snapshot().template.rules}
    refund = price - rules["cracked_screen"].deduct.of(price)
    verdict.ui.outcome.setCurrentIndex(verdict.ui.outcome.findData(Outcome.PARTIAL_REFUND))
    verdict.ui.refund.setValue(float(refund))
    qtbot.waitUntil(lambda: verdict.customer_message() is not None)


def _type_note(verdict: Any, text: str) -> None:
    note = verdict.message.note
    note.setFocus()
    note.selectAll()
    QTest.keyClicks(note, text)


@pytest.mark.expect_log(
    "inspector_app.gui.failures",
    r"^rendering the customer message failed: .* names something internal",
)
def test_the_message_shows_its_photos_and_the_inspectors_sentence_is_kept(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    bench = online_bench
    verdict = _at_verdict(bench, demo)
    verdict.ui.overrideReason.setPlainText("Customer damage, photographed")
    _partial_refund(verdict, demo.parcel.price, qtbot)
    preview = verdict.message
    message = verdict.customer_message()
    # The cracked screen is the deduction; its two photos are named in the text and shown.
    assert message.attachments
    names = [a.file_name for a in message.attachments]
    assert preview.photo_names() == names == [f"photo-{n}.jpg" for n in range(1, len(names) + 1)]
    assert preview.photos.isVisible()
    assert preview.photos_title.isVisible()
    photos = [preview.photos.item(i) for i in range(preview.photos.count())]
    assert all(not photo.icon().isNull() for photo in photos)  # the thumbnails themselves
    assert "photo 1" in preview.body.toPlainText()

    # A sentence naming this bench is refused with the reason, before finalize.
    station_name = bench.station.settings["station.name"]
    _type_note(verdict, f"Checked twice on {station_name}.")
    qtbot.waitUntil(preview.problem.isVisible)
    assert station_name in preview.problem.text()
    assert verdict.customer_message() is None

    sentence = "We kept the original box aside for you."
    _type_note(verdict, sentence)
    qtbot.waitUntil(lambda: sentence in preview.body.toPlainText())
    body = preview.body.toPlainText()
    # Enter in the sentence goes to Finalize: a half-typed sentence is never sent.
    QTest.keyClick(preview.note, Qt.Key.Key_Return)
    assert verdict.ui.finalizeButton.hasFocus()
    bench.driver.finalize()

    stored = [
        json.loads(m.record)
        for m in bench.station.messages_of(demo.parcel.id)
        if m.step == "decision"
    ]
    assert len(stored) == 1
    assert stored[0]["note"] == sentence
    assert stored[0]["body"] == body
    assert [a["name"] for a in stored[0]["attachments"]] == names
