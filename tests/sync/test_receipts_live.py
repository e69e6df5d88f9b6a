"""Parcels received at a bench (the receiving mode) reach a real server exactly once: the
receipt is recorded at the scan with its "parcel received" message, waits while the bench is
offline, is sent once the server answers, and a bench killed between the server's answer
and its own note of it sends it again harmlessly: one receipt, one audit record, one
message on the server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.server.db import Database as ServerDatabase
from inspector_app.server.models import ReturnRow
from inspector_app.server.trust_models import AuditEvent
from inspector_app.station import ReceiveOutcome
from inspector_app.storage.queued import QueueState
from inspector_app.storage.receipts import ReceiptsRepo
from sync.helpers import ServerView, kill_after_the_answer, make_returns, open_station


def _on_server(live_server, return_id: str) -> tuple[object, list[str]]:
    """(received_at, places of its return_received audit events) as the server stored them."""
    db = ServerDatabase(live_server.config.db_url)
    try:
        with db.read() as session:
            received = session.get(ReturnRow, return_id).received_at
            places = list(
                session.scalars(
                    select(AuditEvent.place).where(
                        AuditEvent.kind == "return_received", AuditEvent.subject == return_id
                    )
                )
            )
    finally:
        db.close()
    return received, places


def test_received_offline_then_sent_once(
    live_server, server_view: ServerView, data_dir: Path, checklists_dir: Path
) -> None:
    [ret, other] = make_returns(2, prefix="RCV")
    live_server.add_returns([ret, other])
    station = open_station(data_dir, checklists_dir)  # no server configured: offline
    try:
        station.returns.upsert([ret, other])
        first = station.receive_scan([ret.tracking_numbers[0]], by="badge-0042")
        assert first.outcome is ReceiveOutcome.RECEIVED
        again = station.receive_scan([ret.rma], by="badge-0042")
        assert (again.outcome, again.at) == (ReceiveOutcome.ALREADY_RECEIVED, first.at)
        unknown = station.receive_scan(["1ZNOTAPARCEL0000"], by="badge-0042")
        assert unknown.outcome is ReceiveOutcome.NOT_FOUND
        assert "No return found" in str(unknown.message)
        assert [m.step for m in station.messages_of(ret.id)] == ["received"]
        assert station.receipts.get(ret.id).state is QueueState.PENDING
        assert station.receipts.get(other.id) is None
    finally:
        station.close()
    assert _on_server(live_server, ret.id) == (None, [])

    token = live_server.tokens["station"]
    station = open_station(data_dir, checklists_dir, live_server.url, token)
    try:
        report = station.sync_once()
        assert report.receipts_sent == 1, report.summary()
        assert station.receipts.get(ret.id).state is QueueState.SENT
        received, places = _on_server(live_server, ret.id)
        assert received is not None
        assert places == ["bench-1"]
        assert [step for _, step, rid, _ in server_view.customer_messages() if rid == ret.id] == [
            "received"
        ]
        # The feed now says it was received; this bench still knows when, to the minute.
        again = station.receive_scan([ret.rma], by="badge-0042")
        assert again.outcome is ReceiveOutcome.ALREADY_RECEIVED
        assert station.sync_once().receipts_sent == 0, "nothing twice"
    finally:
        station.close()


def test_killed_between_the_answer_and_the_mark(
    live_server, data_dir: Path, checklists_dir: Path
) -> None:
    [ret] = make_returns(1, prefix="KRC")
    live_server.add_returns([ret])
    token = live_server.tokens["station"]
    station = open_station(data_dir, checklists_dir)
    try:
        station.returns.upsert([ret])
        assert station.receive_scan([ret.rma], by="badge-0042").outcome is ReceiveOutcome.RECEIVED
    finally:
        station.close()

    kill_after_the_answer(
        ReceiptsRepo, "mark_sent", (data_dir, checklists_dir, live_server.url, token)
    )
    received, places = _on_server(live_server, ret.id)
    assert received is not None and places == ["bench-1"], "the server has it"

    station = open_station(data_dir, checklists_dir, live_server.url, token)
    try:
        assert station.receipts.get(ret.id).state is QueueState.PENDING, "the bench never noted it"
        assert station.sync_once().receipts_sent == 1
        assert station.receipts.get(ret.id).state is QueueState.SENT
    finally:
        station.close()
    assert _on_server(live_server, ret.id) == (received, ["bench-1"]), "still one receipt"


@pytest.mark.expect_log("inspector_app.sync", r"receipts .* refused by the server: ")
def test_a_return_the_server_does_not_know_is_parked_not_retried_forever(
    live_server, data_dir: Path, checklists_dir: Path
) -> None:
    [ret] = make_returns(1, prefix="GONE")  # cached on the bench, unknown to the server
    station = open_station(data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    try:
        station.returns.upsert([ret])
        assert station.receive_scan([ret.rma], by="badge-0042").outcome is ReceiveOutcome.RECEIVED
        report = station.sync_once()
        receipt = station.receipts.get(ret.id)
        assert receipt.state is QueueState.NEEDS_ATTENTION
        assert "return_not_found" in receipt.last_error
        assert report.receipts_sent == 0
    finally:
        station.close()
