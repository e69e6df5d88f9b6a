"""The headless station: lookup, drafts that survive restarts, durable finalize, corrections."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from inspector_app.domain.demo import DemoBatch, demo_batch
from inspector_app.domain.returns import ProductCategory
from inspector_app.domain.verdict import VerdictChoice, VerdictError
from inspector_app.locations import resource_path
from inspector_app.records.returns_io import write_returns_csv
from inspector_app.station import Station, StationError
from inspector_app.storage.errors import DiskFullError
from inspector_app.storage.inspections import InspectionStateError
from inspector_app.storage.outbox import OutboxState
from inspector_app.storage.returns_cache import CachedReturn
from inspector_app.wire import InspectionPayload

from .support import NOW, TODAY, Clock, fill_checklist, jpeg, phones
from .support import verdict_for as _verdict_for


def test_lookup_by_any_printed_code(station: Station, batch: DemoBatch) -> None:
    ret = batch.returns[0]
    for code in (ret.rma.lower(), ret.order_id, ret.tracking_numbers[0], ret.id):
        result = station.lookup(code)
        assert result.found and result.ret == ret, code
        assert result.eligibility is not None
        assert result.eligibility.reason
        assert not result.inspected
    spaced = " ".join(
        ret.tracking_numbers[0][i : i + 4] for i in range(0, len(ret.tracking_numbers[0]), 4)
    )
    assert station.lookup(spaced).ret == ret


def test_label_owner_knows_parcel_labels_but_not_device_codes(
    station: Station, batch: DemoBatch
) -> None:
    ret, other = phones(batch)[:2]
    for code in (ret.rma.lower(), ret.order_id, ret.tracking_numbers[0], ret.id):
        assert station.label_owner(code) == ret, code
    assert station.label_owner(other.tracking_numbers[0]) == other
    # A device code identifies a return too, but it is the answer to "scan the IMEI".
    assert station.lookup(ret.product.imei).ret == ret
    assert station.label_owner(ret.product.imei) is None
    assert station.label_owner("1Z999AA10000000000") is None
    assert station.label_owner("RMA\x07123") is None


def test_late_returns_are_not_eligible(station: Station, batch: DemoBatch) -> None:
    for rid in sorted(batch.late)[:5]:
        result = station.lookup(rid)
        assert result.eligibility is not None and not result.eligibility.eligible, rid


def test_unknown_and_bad_codes_say_why(station: Station, batch: DemoBatch) -> None:
    unknown = station.lookup("1Z999AA10000000000")
    assert not unknown.found
    assert unknown.message.startswith("No return found for 1Z999AA10000000000")
    bad = station.lookup("RMA\x07123")
    assert not bad.found and "control character" in bad.message
    assert station.lookup_any(["\x07", batch.returns[3].rma]).ret == batch.returns[3]
    assert "empty" in station.lookup("   ").message


def test_draft_is_autosaved_and_resumed_after_restart(
    data_dir: Path, station: Station, batch: DemoBatch, clock: Clock
) -> None:
    ret = phones(batch)[0]
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    first = draft.run.visible_items()[0]
    draft.answer(first.id, ret.product.imei)
    photo_item = next(
        i for i in draft.template.items if i.kind == "photo" and draft.run.is_visible(i.id)
    )
    sha = draft.add_photo(photo_item.id, jpeg())
    station.close()  # like a crash: nothing else is written on the way out

    reopened = Station.open(data_dir, clock=clock)
    try:
        (resumed,) = reopened.drafts()
        assert resumed.uuid == draft.uuid
        assert resumed.run.answers == {first.id: ret.product.imei}
        assert resumed.run.photos == {photo_item.id: [sha]}
        assert reopened.photos.read(sha).startswith(b"\xff\xd8")
    finally:
        reopened.close()


def test_finalize_is_complete_frozen_and_queued(station: Station, batch: DemoBatch) -> None:
    ret = phones(batch)[1]
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    with pytest.raises(StationError, match="not complete"):
        station.finalize(draft, _verdict_for(draft))
    fill_checklist(draft)
    with pytest.raises(VerdictError):
        station.finalize(draft, VerdictChoice("partial_refund", "good", "restock"))
    result = station.finalize(draft, _verdict_for(draft))

    payload = InspectionPayload.model_validate_json(result.payload)
    assert str(payload.uuid) == draft.uuid
    assert payload.station == "bench-01"
    assert payload.finalized_at == NOW
    assert {p.sha256 for p in payload.photos} == {
        s for shas in draft.run.photos_in_force().values() for s in shas
    }
    record = station.inspection(draft.uuid)
    assert record.state == "final" and record.payload == result.payload
    summary = station.pending()
    assert (summary.pending, summary.needs_attention) == (1, 0)
    (entry,) = summary.entries
    assert entry.payload == result.payload and entry.state is OutboxState.PENDING
    assert {p.sha256 for p in entry.photos} == {p.sha256 for p in payload.photos}
    assert station.lookup(ret.rma).inspected

    with pytest.raises(StationError, match="already final"):
        station.finalize(draft, _verdict_for(draft))
    with pytest.raises(InspectionStateError, match="cannot be changed"):
        draft.answer(draft.run.visible_items()[0].id, ret.product.imei)


def test_correction_supersedes_and_plain_reinspection_is_refused(
    station: Station, batch: DemoBatch
) -> None:
    ret = phones(batch)[2]
    first = station.start_inspection(ret.id, inspector="b1")
    fill_checklist(first)
    station.finalize(first, _verdict_for(first))

    again = station.start_inspection(ret.id, inspector="b2")
    fill_checklist(again)
    with pytest.raises(StationError, match="supersedes"):
        station.finalize(again, _verdict_for(again))
    late_fix = json.loads(
        station.finalize(again, _verdict_for(again), supersedes=first.uuid).payload
    )
    assert late_fix["supersedes"] == first.uuid

    with pytest.raises(StationError, match="cannot be corrected"):
        station.start_inspection(phones(batch)[3].id, inspector="b2", supersedes=first.uuid)
    fix = station.start_inspection(ret.id, inspector="b2", supersedes=first.uuid)
    fill_checklist(fix)
    payload = json.loads(station.finalize(fix, _verdict_for(fix)).payload)
    assert payload["supersedes"] == first.uuid
    assert station.pending().pending == 3


def test_discard_removes_draft_and_its_photos(station: Station, batch: DemoBatch) -> None:
    draft = station.start_inspection(phones(batch)[4].id, inspector="b1")
    fill_checklist(draft)
    shas = [s for v in draft.run.photos.values() for s in v]
    assert shas and all(station.photos.exists(s) for s in shas)
    station.discard(draft)
    assert station.drafts() == []
    assert not any(station.photos.exists(s) for s in shas)


def test_photos_must_be_images(station: Station, batch: DemoBatch) -> None:
    draft = station.start_inspection(phones(batch)[5].id, inspector="b1")
    photo_item = next(i for i in draft.run.visible_items() if i.kind == "photo")
    with pytest.raises(ValueError, match="JPEG or PNG"):
        draft.add_photo(photo_item.id, b"GIF89a....")
    sha = draft.add_photo(photo_item.id, jpeg())
    draft.remove_photo(photo_item.id, sha)
    assert not station.photos.exists(sha)


def test_import_keeps_good_rows(station: Station, tmp_path: Path) -> None:
    path = tmp_path / "returns.csv"
    header = (
        "id,rma,order_id,category,model,imei,reason,ordered_at,delivered_at,"
        "requested_at,tracking_numbers"
    )
    path.write_text(
        f"{header}\n"
        "N1,RMA-N1,9001,smartphone,Pixel 7,356938035643809,withdrawal,2026-11-01,2026-11-03,"
        "2026-11-10,1Z999AA10123456784|LA123456785FR\n"
        "N2,RMA-N2,9002,smartphone,Pixel 7,,bored,2026-11-01,2026-11-03,2026-11-10,\n",
        encoding="utf-8",
    )
    report = station.import_returns(path)
    assert report.imported == 1
    assert [line for line, _ in report.errors] == [3]
    assert station.lookup("LA 123 456 785 FR").ret.id == "N1"
    assert not station.lookup("RMA-N2").found


def test_inspector_sign_in(station: Station) -> None:
    station.add_inspector("badge-7", "Camille D.", "4321")
    assert station.sign_in("badge-7", "4321").name == "Camille D."
    assert station.sign_in("badge-7", "4322") is None
    assert station.sign_in("nobody", "4321") is None
    with pytest.raises(ValueError, match="PIN"):
        station.add_inspector("badge-8", "Léa", "12")


def test_retention_purges_old_returns_and_sent_photos_only(
    station: Station, batch: DemoBatch, clock: Clock
) -> None:
    sent, unsent, draft_ret = phones(batch)[6:9]
    done = []
    for ret in (sent, unsent):
        draft = station.start_inspection(ret.id, inspector="b1")
        fill_checklist(draft)
        station.finalize(draft, _verdict_for(draft))
        done.append(draft)
    station.outbox.mark_sent(done[0].uuid, NOW)
    station.start_inspection(draft_ret.id, inspector="b1")
    sent_photos = [p.sha256 for p in station.inspection(done[0].uuid).photos]
    unsent_photos = [p.sha256 for p in station.inspection(done[1].uuid).photos]

    clock.now = NOW + dt.timedelta(days=400)
    report = station.purge()
    assert report.photos == len(set(sent_photos))
    assert not any(station.photos.exists(s) for s in sent_photos)
    assert all(station.photos.exists(s) for s in unsent_photos)
    assert station.returns.get(unsent.id) is not None  # its inspection is still queued
    assert station.returns.get(draft_ret.id) is not None  # a draft needs it
    assert station.returns.get(sent.id) is None
    # Parcels not inspected yet may still arrive: the purge keeps them, however old.
    assert report.returns == 1
    assert station.lookup(batch.returns[-1].rma).found


def test_full_database_disk_is_a_clear_error_and_loses_nothing(
    station: Station, batch: DemoBatch, tmp_path: Path
) -> None:
    draft = station.start_inspection(phones(batch)[9].id, inspector="b1")
    first = draft.run.visible_items()[0]
    draft.answer(first.id, phones(batch)[9].product.imei)
    # SQLite's own size cap stands in for a full disk: it fails the same way (SQLITE_FULL).
    # Single-threaded use keeps one pooled connection, so the cap applies to what follows.
    with station.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        write_returns_csv(demo_batch(3000, TODAY, seed=99).returns, fh)
    with pytest.raises(DiskFullError, match=r"is full.*everything saved before is safe"):
        station.import_returns(big)
    with station.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    (resumed,) = station.drafts()
    assert resumed.run.answers == draft.run.answers
    assert station.returns.count() == len(batch.returns)  # the failed import left no half
    assert station.import_returns(big).imported == 3000


@pytest.mark.expect_log(
    "inspector_app.station", r"default checklist not installed: .*broken\.yaml:1"
)
def test_broken_default_template_is_skipped_not_fatal(
    data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "checklists"
    folder.mkdir()
    good = next(resource_path("checklists").glob("smartphone.yaml"))
    (folder / "smartphone.yaml").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.yaml").write_text("id: broken\nversion: zero\n", encoding="utf-8")
    with Station.open(data_dir, checklists_dir=folder) as station:
        assert [t.id for t in station.templates.list()] == ["smartphone"]
    assert "broken.yaml:1: category: this field is required" in caplog.text


def test_concurrent_writers_wait_instead_of_failing(station: Station, batch: DemoBatch) -> None:
    """The sync worker writes the outbox while the bench autosaves: neither may fail busy."""
    draft = station.start_inspection(phones(batch)[10].id, inspector="b1")
    first = draft.run.visible_items()[0]
    errors: list[BaseException] = []

    def bench() -> None:
        try:
            for i in range(60):
                station.inspections.save_answers(draft.uuid, {first.id: f"{i:015d}"})
        except BaseException as exc:
            errors.append(exc)

    def sync() -> None:
        try:
            for i in range(60):
                station.sync_state.set("cursor", str(i))
                station.returns.upsert(batch.returns[i % 10 : i % 10 + 2])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bench), threading.Thread(target=sync)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert station.sync_state.get("cursor") == "59"


def test_lookup_flags_returns_the_server_says_are_inspected(
    station: Station, batch: DemoBatch
) -> None:
    ret = batch.returns[20]
    station.returns.upsert([CachedReturn(ret, inspected=True)])
    result = station.lookup(ret.rma)
    assert result.inspected and result.message == "Already inspected."


_PHOTO_ON_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from inspector_app.station import Station
from inspector_app.storage.errors import DiskFullError

station = Station.open(Path(sys.argv[1]))
(draft,) = station.drafts()
item = sys.argv[2]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
try:
    draft.add_photo(item, b"\\xff\\xd8\\xff" + bytes(100_000))
except DiskFullError as exc:
    print("ERROR:", exc)
print("PHOTOS:", draft.run.photos)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_photo_on_a_full_disk_is_refused_and_the_draft_kept(
    data_dir: Path, station: Station, batch: DemoBatch
) -> None:
    ret = phones(batch)[11]
    draft = station.start_inspection(ret.id, inspector="b1")
    first = draft.run.visible_items()[0]
    draft.answer(first.id, ret.product.imei)
    item = next(i for i in draft.run.visible_items() if i.kind == "photo")
    kept = draft.add_photo(item.id, jpeg())
    station.close()

    out = subprocess.run(
        [sys.executable, "-c", _PHOTO_ON_FULL_DISK, str(data_dir), item.id],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "ERROR: The disk holding" in out and "take the photo again" in out
    assert f"PHOTOS: {{'{item.id}': ['{kept}']}}" in out

    with Station.open(data_dir) as reopened:
        (resumed,) = reopened.drafts()
        assert resumed.run.answers == {first.id: ret.product.imei}
        assert resumed.run.photos == {item.id: [kept]}
        assert not list((data_dir / "photos").rglob(".incoming-*"))


def test_prepare_parses_each_categorys_newest_checklist_and_loads_the_calendar(
    station: Station,
) -> None:
    """What the bench does off the GUI thread at start, so the first card and checklist do
    not wait for it: afterwards, those are answered from the caches."""
    from inspector_app.domain import eligibility
    from inspector_app.station import bench

    bench._parsed_template.cache_clear()
    eligibility._holidays.cache_clear()
    station.prepare()
    assert bench._parsed_template.cache_info().currsize == len(ProductCategory)
    assert eligibility._holidays.cache_info().currsize == 1  # the bench's country, this year
    parsed = bench._parsed_template.cache_info().misses
    stored = station.templates.latest_for("smartphone")
    assert stored is not None
    station.template(stored.id, stored.version)
    assert bench._parsed_template.cache_info().misses == parsed
