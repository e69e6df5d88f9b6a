"""Customer messages reach a real server once each: after their inspection, across a bench
restart, and again as a replay when an answer was lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from inspector_app.storage.customer_messages import MessageState
from inspector_app.storage.models import CustomerMessageRow
from sync.helpers import VERDICT, ServerView, make_returns, open_station, photo_bytes


def test_each_step_reaches_the_server_once(
    live_server, server_view: ServerView, data_dir: Path, checklists_dir: Path
) -> None:
    [ret] = make_returns(1, prefix="M")
    live_server.add_returns([ret])
    token = live_server.tokens["station"]
    station = open_station(data_dir, checklists_dir, live_server.url, token)
    try:
        station.returns.upsert([ret])
        assert station.receive(ret.id)
        draft = station.start_inspection(ret.id, inspector="badge-0042")
    finally:
        station.close()  # the bench restarts between the scan and the verdict
    station = open_station(data_dir, checklists_dir, live_server.url, token)
    try:
        [draft] = station.drafts()
        assert station.receive(ret.id) is False
        draft.answer("works", True)
        draft.add_photo("front", photo_bytes())
        station.finalize(draft, VERDICT)
        # The decision waits for its inspection (and its photos) to reach the server.
        assert [m.step for m in station.customer_messages.due()] == ["received"]
        report = station.sync_once()
        assert report.messages_sent == 2, report.summary()
        stored = server_view.customer_messages()
        assert [(step, rid) for _, step, rid, _ in stored] == [
            ("received", ret.id),
            ("decision", ret.id),
        ]
        bench = {m.id: m.record for m in station.messages_of(ret.id)}
        assert {mid: raw for mid, _, _, raw in stored} == bench, "byte for byte"

        # An answer lost on the way: the bench sends both again; the server keeps one each.
        with station.db.write() as session:
            session.execute(
                update(CustomerMessageRow).values(state=MessageState.PENDING.value, sent_at=None)
            )
        assert station.sync_once().messages_sent == 2
        assert server_view.customer_messages() == stored
        assert {m.state for m in station.messages_of(ret.id)} == {MessageState.SENT}
    finally:
        station.close()
