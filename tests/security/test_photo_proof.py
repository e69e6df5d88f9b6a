"""A photo counts as on the server only when the server says so: a captive portal's 200 to
HEAD is no proof, and after the server lists photos as missing they are uploaded at once,
not asked about again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete
from sync.fault_proxy import FaultProxy
from sync.helpers import VERDICT, make_returns, open_station, photo_bytes

from inspector_app.server.db import Database
from inspector_app.server.models import Photo


def _inspect(station, ret, photo: bytes) -> str:
    station.returns.upsert([ret])
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    draft.answer("works", True)
    draft.add_photo("front", photo)
    return station.finalize(draft, VERDICT).uuid


def test_a_captive_portal_answering_head_does_not_park_inspections(
    live_server, server_view, data_dir: Path, checklists_dir: Path
):
    dropped: list[str] = []

    def plan(_index: int, method: str, path: str) -> str:
        if method == "HEAD":
            return "captive"
        if method == "PUT" and "/photos/" in path and not dropped:
            dropped.append(path)
            return "drop_before"  # the first upload is lost: the entry will be retried
        return "pass"

    with FaultProxy(live_server.port, plan) as proxy:
        station = open_station(data_dir, checklists_dir, proxy.url, live_server.tokens["station"])
        try:
            uuid = _inspect(station, make_returns(1)[0], photo_bytes())
            station.sync_once()
            assert station.pending().pending == 1  # the lost upload: retry later
            station.sync_once()
            assert proxy.counts["captive"] >= 1, "the retry asked HEAD, through the portal"
            queue = station.pending()
            assert (queue.needs_attention, queue.pending) == (0, 0), queue.entries
        finally:
            station.close()
    assert uuid in server_view.inspections()


def test_photos_the_server_lists_as_missing_are_uploaded_without_asking(
    live_server, server_view, data_dir: Path, checklists_dir: Path
):
    seen: list[tuple[str, str]] = []
    busy: list[str] = []

    def plan(_index: int, method: str, path: str) -> str:
        seen.append((method, path))
        if method == "HEAD":
            return "captive"
        if method == "PUT" and "/inspections/" in path and len(busy) == 1:
            busy.append(path)
            return "status_503"  # the second inspection's first try fails: it is retried
        return "pass"

    photo = photo_bytes()
    first_ret, second_ret = make_returns(2)
    with FaultProxy(live_server.port, plan) as proxy:
        station = open_station(data_dir, checklists_dir, proxy.url, live_server.tokens["station"])
        try:
            _inspect(station, first_ret, photo)
            station.sync_once()
            busy.append("first sent")
            sha = next(iter(server_view.photos()))
            server = Database(live_server.config.db_url)
            with server.write() as session:  # the server lost it (restored from a backup)
                session.execute(delete(Photo).where(Photo.sha256 == sha))
            server.close()
            second = _inspect(station, second_ret, photo)
            station.sync_once()
            seen.clear()
            station.sync_once()
            queue = station.pending()
            assert (queue.needs_attention, queue.pending) == (0, 0), queue.entries
        finally:
            station.close()
    assert second in server_view.inspections()
    photo_requests = [method for method, path in seen if sha in path]
    assert photo_requests == ["PUT"], seen
    assert proxy.counts["status_503"] == 1
