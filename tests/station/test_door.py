"""What the GUI and the CLI ask of the station instead of reaching into its store: people,
photos, the queue (find, retry on the station's clock, the support zip) and the sync status."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from inspector_app.domain.demo import DemoBatch
from inspector_app.errors import UserError
from inspector_app.station import Connectivity, OutboxState, Station, StationError, SyncStatus
from inspector_app.storage.inspectors import Inspector

from .support import NOW, Clock, fill_checklist, phones, verdict_for


def finalized(station: Station, batch: DemoBatch, which: int = 0) -> str:
    draft = station.start_inspection(phones(batch)[which].id, inspector="badge-1")
    fill_checklist(draft)
    return station.finalize(draft, verdict_for(draft)).uuid


def test_people_and_badges_are_the_active_inspectors(station: Station) -> None:
    station.add_inspector("badge-2", "Zoé", "1234")
    station.add_inspector("badge-1", "Adam", "1234")
    station.inspectors.put(Inspector("badge-3", "Gone", active=False), "x")
    assert [p.name for p in station.people()] == ["Adam", "Zoé"]
    assert station.check_badge(" badge-2 ").person.name == "Zoé"
    assert station.check_badge("badge-3").person is None
    assert station.check_badge("nobody").person is None


def test_photo_bytes_come_through_the_station(station: Station, batch: DemoBatch) -> None:
    draft = station.start_inspection(phones(batch)[0].id, inspector="badge-1")
    fill_checklist(draft)
    [sha, *_] = [s for shas in draft.run.photos.values() for s in shas]
    assert station.photo(sha).startswith(b"\xff\xd8\xff")


def test_retry_is_on_the_station_clock_and_wakes_the_worker(
    station: Station, batch: DemoBatch, clock: Clock
) -> None:
    uuid = finalized(station, batch)
    station.outbox.park(uuid, "The server refused it.")
    clock.now = NOW + dt.timedelta(days=3)  # the station's clock, not the wall clock
    woken: list[bool] = []
    station.sync.add_waker(lambda: woken.append(True))
    station.retry(uuid)
    entry = station.outbox.get(uuid)
    assert (entry.state, entry.next_attempt_at) == (OutboxState.PENDING, clock.now)
    assert woken == [True]
    assert station.sync_status.pending == 1


def test_find_queued_by_prefix_and_a_refused_retry_is_a_user_error(
    station: Station, batch: DemoBatch
) -> None:
    uuid = finalized(station, batch)
    assert [e.inspection_uuid for e in station.find_queued(uuid[:8].upper())] == [uuid]
    assert station.find_queued("ffffffff") == []
    station.outbox.mark_sent(uuid, NOW)
    with pytest.raises(UserError, match="no unsent outbox entry"):
        station.retry(uuid)


def test_export_writes_the_support_zip(station: Station, batch: DemoBatch, tmp_path: Path) -> None:
    uuid = finalized(station, batch)
    bundle = station.export_queued(uuid, tmp_path / "support.zip")
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read("payload.json") == station.inspection(uuid).payload
        entry = json.loads(archive.read("entry.json"))
        assert (entry["inspection_uuid"], entry["state"]) == (uuid, "pending")
        photos = [n for n in archive.namelist() if n.startswith("photos/")]
        assert len(photos) == len(entry["photos"]) > 0
    with pytest.raises(StationError, match="not in this bench's queue"):
        station.export_queued("0" * 32, tmp_path / "none.zip")


def test_sync_status_is_observed_through_the_station(station: Station, batch: DemoBatch) -> None:
    seen: list[SyncStatus] = []
    unsubscribe = station.subscribe_sync(seen.append)
    finalized(station, batch)
    unsubscribe()
    finalized(station, batch, which=1)
    assert [s.pending for s in seen] == [1]
    assert station.sync_status.state is Connectivity.DISABLED
    assert station.sync_status.pending == 2
    station.wake_sync()  # no worker running: nothing to wake, nothing raised
