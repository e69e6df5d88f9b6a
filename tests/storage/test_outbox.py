"""The outbox API the sync worker drives: due, sent, retry later, park, retry now."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.storage.db import Database
from inspector_app.storage.inspections import InspectionsRepo
from inspector_app.storage.outbox import OutboxCounts, OutboxError, OutboxRepo, OutboxState

T0 = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def _finalized(db: Database, uuid: str, at: dt.datetime) -> None:
    repo = InspectionsRepo(db)
    repo.create_draft(uuid, "R-" + uuid, "b1", ("smartphone", 1), started_at=at)
    repo.add_photo(uuid, "front", "ab" * 32, 123)
    repo.finalize(
        uuid, f'{{"uuid": "{uuid}"}}'.encode(), {"x": True}, at, keep_photos={("front", "ab" * 32)}
    )


def test_lifecycle(db: Database) -> None:
    outbox = OutboxRepo(db)
    _finalized(db, "u1", T0)
    _finalized(db, "u2", T0 + dt.timedelta(seconds=1))
    assert outbox.counts() == OutboxCounts(pending=2)
    due = outbox.due(T0 + dt.timedelta(seconds=5))
    assert [e.inspection_uuid for e in due] == ["u1", "u2"]
    assert due[0].payload == b'{"uuid": "u1"}'
    assert due[0].return_id == "R-u1"
    assert [(p.item, p.size) for p in due[0].photos] == [("front", 123)]
    assert outbox.due(T0 - dt.timedelta(seconds=1)) == []

    outbox.schedule_retry("u1", T0 + dt.timedelta(minutes=1), "connection refused")
    assert [e.inspection_uuid for e in outbox.due(T0 + dt.timedelta(seconds=5))] == ["u2"]
    assert outbox.next_due_at() == T0 + dt.timedelta(seconds=1)
    entry = outbox.get("u1")
    assert (entry.attempts, entry.last_error) == (1, "connection refused")

    outbox.park("u2", "The server refused the inspection: template unknown.")
    assert outbox.counts() == OutboxCounts(pending=1, needs_attention=1)
    assert outbox.list((OutboxState.NEEDS_ATTENTION,))[0].message.startswith("The server")
    outbox.retry("u2", now=T0)
    assert outbox.get("u2").state is OutboxState.PENDING
    assert outbox.get("u2").message == ""

    outbox.mark_sent("u1", T0 + dt.timedelta(minutes=2))
    assert outbox.get("u1").sent_at == T0 + dt.timedelta(minutes=2)
    assert outbox.counts() == OutboxCounts(pending=1, sent=1)
    with pytest.raises(OutboxError):
        outbox.retry("u1", now=T0)
    with pytest.raises(OutboxError):
        outbox.mark_sent("nope")


def test_an_attempt_that_ends_after_the_entry_was_parked_leaves_it_as_parked(db: Database) -> None:
    """The sync's attempt began while the entry waited; a person (or the sync's own refusal
    path) parked it before the attempt's failure was recorded: the parked entry keeps its
    count and error, so two exports of it made around that moment are the same bytes."""
    outbox = OutboxRepo(db)
    _finalized(db, "u1", T0)
    outbox.park("u1", "Two benches inspected this parcel: ask your lead.")
    parked = outbox.get("u1")
    outbox.schedule_retry("u1", T0 + dt.timedelta(minutes=1), "connection refused")
    assert outbox.get("u1") == parked
    with pytest.raises(OutboxError):
        outbox.schedule_retry("nope", T0, "x")


def test_naive_times_are_refused(db: Database) -> None:
    _finalized(db, "u1", T0)
    with pytest.raises(Exception, match="naive"):
        OutboxRepo(db).schedule_retry("u1", dt.datetime(2026, 1, 1), "x")
