"""A stolen or copied bench gives away as little as possible: its database and photos are
private to the account running it, and after the retention period a sent inspection (with
the customer's name and the device's IMEI in its payload) is gone from the file itself."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from station.support import NOW, fill_checklist, phones, verdict_for

from inspector_app.station import Station
from inspector_app.storage.db import DB_FILENAME

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _finalize(station: Station, return_id: str, supersedes: str | None = None) -> str:
    draft = station.start_inspection(return_id, inspector="b1", supersedes=supersedes)
    fill_checklist(draft)
    station.finalize(draft, verdict_for(draft))
    return draft.uuid


def test_database_and_photos_are_private_to_the_bench_account(bench, batch):
    station, _ = bench
    old = os.umask(0o022)
    try:
        uuid = _finalize(station, phones(batch)[0].id)
    finally:
        os.umask(old)
    data_dir = station.data_dir
    assert _mode(data_dir) == 0o700
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"):
        assert _mode(data_dir / name) == 0o600, name
    photos = station.inspection(uuid).photos
    assert photos
    for photo in photos:
        assert _mode(station.photos.path(photo.sha256)) == 0o600


def test_an_open_database_left_by_an_older_version_is_closed_to_others(tmp_path: Path):
    data_dir = tmp_path / "bench"
    Station.open(data_dir).close()
    data_dir.chmod(0o755)
    (data_dir / DB_FILENAME).chmod(0o644)
    Station.open(data_dir).close()
    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / DB_FILENAME) == 0o600


def test_retention_deletes_sent_inspections_from_the_file_itself(bench, batch):
    station, clock = bench
    sent, corrected, unsent = phones(batch)[:3]
    sent_uuid = _finalize(station, sent.id)
    corrected_uuid = _finalize(station, corrected.id)
    unsent_uuid = _finalize(station, unsent.id)
    for uuid in (sent_uuid, corrected_uuid):
        station.outbox.mark_sent(uuid, NOW)
    correction = station.start_inspection(corrected.id, inspector="b1", supersedes=corrected_uuid)

    clock.now = NOW + dt.timedelta(days=400)  # past retention, whatever the real date
    report = station.purge()

    assert report.inspections == 1
    assert station.inspection(sent_uuid) is None
    assert station.inspection(corrected_uuid).payload  # the draft correcting it still needs it
    assert station.inspection(unsent_uuid).payload  # never forgotten before the server has it
    fill_checklist(correction)
    station.finalize(correction, verdict_for(correction))
    station.close()
    stored = b"".join(
        p.read_bytes() for p in station.data_dir.iterdir() if p.name.startswith(DB_FILENAME)
    )
    assert sent.product.imei.encode() not in stored  # secure_delete: not even in free pages
    assert unsent.product.imei.encode() in stored
