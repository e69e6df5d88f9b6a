"""The needs-attention dialog in the reader's language: the reason the sync parked an entry
with (stored as a code, or as English text by earlier versions) and when it was finalized,
in the interface's one date and time format."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from station.support import fill_checklist, phones, verdict_for

from inspector_app.domain.demo import demo_batch
from inspector_app.domain.texts import format_datetime
from inspector_app.gui.attention_dialog import AttentionDialog, first_sentence
from inspector_app.station import OutboxState, Station
from inspector_app.sync.client import ServerRefusedError
from inspector_app.sync.needs_attention import CONTEXT, attention_text, park_message
from inspector_app.wire import Problem

ALREADY_INSPECTED_BEFORE = (
    "Another final inspection of this return is already on the server (from another bench or "
    "an earlier one). A shift lead should compare the two: if this one is right, inspect the "
    "parcel again as a correction of the other; if not, dismiss this entry with a reason (it "
    "stays on this bench, unsent). IT can export it with `inspector-app queue --export ID FILE`."
)
"""What versions that stored English text stored (worded before the bench could correct)."""


def test_parked_reasons_and_dates_are_shown_in_french(
    french: None, data_dir: Any, qtbot: Any
) -> None:
    station = Station.open(data_dir)
    try:
        batch = demo_batch(20, dt.datetime.now(dt.UTC).date(), seed=3)
        station.returns.upsert(batch.returns)
        uuids = []
        for ret in phones(batch)[:2]:
            draft = station.start_inspection(ret.id, inspector="badge-0042")
            fill_checklist(draft)
            uuids.append(station.finalize(draft, verdict_for(draft)).uuid)
        refused = Problem(title="Conflict", status=409, code="return_already_inspected")
        code = park_message(ServerRefusedError("409 Conflict", 409, refused, None))
        station.outbox.park(uuids[0], code)  # what the sync stores now
        station.outbox.park(uuids[1], ALREADY_INSPECTED_BEFORE)  # what earlier versions stored
        entries = [e for e in station.pending().entries if e.state is OutboxState.NEEDS_ATTENTION]
    finally:
        station.close()
    dialog = AttentionDialog(
        retry=lambda _e: None, export=lambda _e, _p: None, dismiss=lambda _e, _r: None
    )
    qtbot.addWidget(dialog)
    dialog.show_entries(entries)
    english = attention_text(code)
    french_words = QCoreApplication.translate(CONTEXT, english)
    assert french_words != english and french_words.startswith("Une autre")
    table = dialog.ui.entries
    # Each row says the first sentence; the selected entry's whole advice is under the list
    # (the whole of it in a row was cut after a few lines).
    assert [table.item(row, 3).text() for row in range(2)] == [first_sentence(french_words)] * 2
    assert first_sentence(french_words) != french_words
    for row in range(2):
        table.selectRow(row)
        assert dialog.ui.advice.text() == french_words
    by_row = {table.item(row, 0).text(): row for row in range(2)}
    for entry in entries:
        shown = table.item(by_row[entry.return_id], 1).text()
        assert shown == format_datetime(entry.created_at, "fr")  # "mer. 2 déc. 2026 11:57"
