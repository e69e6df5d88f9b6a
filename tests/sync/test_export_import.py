"""A standalone bench's inspections reach a server by file, exactly once: imported twice,
imported and then synced, or refused whole when the file is damaged or edited."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from live_server import SeededServer

from inspector_app.server.cli import main as server_main
from inspector_app.station import OutboxState, Station
from sync.helpers import ServerView, make_returns, open_station, queue_inspections


def _bench(data_dir: Path, checklists_dir: Path, server: SeededServer, n: int) -> Station:
    """A bench with no server configured that received and inspected `n` returns (the
    server knows the returns: IT imported the same list on both)."""
    returns = make_returns(n, prefix="X")
    server.add_returns(returns)
    station = open_station(data_dir, checklists_dir)
    station.returns.upsert(returns)
    for ret in returns:
        assert station.receive(ret.id)
    queue_inspections(station, returns)
    return station


def _import(server: SeededServer, path: Path) -> int:
    return server_main(["--data-dir", str(server.workdir), "import-inspections", str(path)])


def _stored(view: ServerView) -> tuple[list[str], set[str], list[str]]:
    """The inspections, photos and customer-message ids the server holds."""
    return view.inspections(), view.photos(), [m[0] for m in view.customer_messages()]


def test_importing_a_file_twice_stores_each_inspection_once(
    tmp_path: Path, data_dir: Path, checklists_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = SeededServer(tmp_path / "server")
    station = _bench(data_dir, checklists_dir, server, 3)
    path = tmp_path / "bench-1.zip"
    try:
        summary = station.export_inspections(path)
        assert (summary.inspections, summary.photos, summary.messages) == (3, 3, 6)
        assert station.pending().pending == 3, "exporting leaves the queue as it was"
        [event] = station.events.between(
            dt.datetime.min.replace(tzinfo=dt.UTC),
            dt.datetime.max.replace(tzinfo=dt.UTC),
            kind="inspections_exported",
        )
        assert event.subject == "bench-1.zip"
        queued = {e.inspection_uuid: e.payload for e in station.pending().entries}
    finally:
        station.close()
    view = ServerView(server)
    try:
        assert _import(server, path) == 0
        assert "Imported 3 new inspection(s), 0 already here, 0 refused" in capsys.readouterr().out
        first = _stored(view)
        assert sorted(first[0]) == sorted(queued)
        assert {uuid: view.raw(uuid) for uuid in first[0]} == queued, "byte for byte"
        assert (len(first[1]), len(first[2])) == (3, 6)

        assert _import(server, path) == 0
        assert "0 new inspection(s), 3 already here" in capsys.readouterr().out
        assert _stored(view) == first
        assert view.server_events("inspections_imported")[-1][0] == "admin"
    finally:
        view.close()


def test_a_bench_that_joins_the_server_after_the_import_sends_nothing_twice(
    live_server, server_view: ServerView, tmp_path: Path, data_dir: Path, checklists_dir: Path
) -> None:
    station = _bench(data_dir, checklists_dir, live_server, 2)
    path = tmp_path / "bench-1.zip"
    try:
        station.export_inspections(path)
    finally:
        station.close()
    assert _import(live_server, path) == 0
    imported = _stored(server_view)

    station = open_station(data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    try:
        report = station.sync_once()
        assert (report.sent, report.replayed) == (0, 2), report.summary()
        assert station.pending().pending == 0
        assert {e.state for e in station.outbox.list()} == {OutboxState.SENT}
        assert report.messages_sent == 4  # each acknowledged as a replay
    finally:
        station.close()
    assert _stored(server_view) == imported


def _rewritten(path: Path, change: str, data: bytes) -> Path:
    """A copy of the zip at `path` with the member whose name starts with `change`
    replaced by `data` (a consistent zip: only the hashes can tell)."""
    out = path.with_name(f"edited-{path.name}")
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(out, "w") as edited:
        replaced = False
        for info in original.infolist():
            body = original.read(info)
            if info.filename.startswith(change) and not replaced:
                body, replaced = data, True
            edited.writestr(info, body)
    assert replaced
    return out


@pytest.mark.parametrize(
    "edit",
    [
        ("inspections/", b'{"edited": true}'),
        ("photos/", b"\xff\xd8\xff\xe0 another photo"),
    ],
    ids=["payload", "photo"],
)
def test_an_edited_file_is_refused_whole(
    tmp_path: Path,
    data_dir: Path,
    checklists_dir: Path,
    capsys: pytest.CaptureFixture[str],
    edit: tuple[str, bytes],
) -> None:
    member, data = edit
    server = SeededServer(tmp_path / "server")
    station = _bench(data_dir, checklists_dir, server, 2)
    try:
        path = station.export_inspections(tmp_path / "bench-1.zip").path
    finally:
        station.close()
    edited = _rewritten(path, member, data)
    view = ServerView(server)
    try:
        assert _import(server, edited) == 2
        error = capsys.readouterr().err
        assert member in error
        assert "the file was damaged or edited; nothing was imported" in error
        assert _stored(view) == ([], set(), [])
    finally:
        view.close()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"inspection,verdict\n1,accept\n", "not a readable zip file"),
        (_zip({"payload.json": b"{}"}), "no manifest.json inside"),
        (
            _zip({"manifest.json": json.dumps({"format": "something else"}).encode()}),
            "manifest.json is not an inspections manifest of version 1 (format:",
        ),
        (
            _zip(
                {
                    "manifest.json": json.dumps(
                        {
                            "format": "return-inspector-inspections",
                            "version": 1,
                            "station": "bench-1",
                            "exported_at": "2026-12-01T10:00:00Z",
                            "inspections": [
                                {
                                    "uuid": "0b6f0a52-7d8e-4c4b-9a3e-3d0a5c1f2e4d",
                                    "return_id": "X00000",
                                    "sha256": "0" * 64,
                                }
                            ],
                        }
                    ).encode()
                }
            ),
            "is listed in the manifest but not in the file",
        ),
    ],
    ids=["not-a-zip", "no-manifest", "foreign-manifest", "missing-member"],
)
def test_a_malformed_file_is_refused_with_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, said: str
) -> None:
    server = SeededServer(tmp_path / "server")
    path = tmp_path / "file.zip"
    path.write_bytes(content)
    view = ServerView(server)
    try:
        assert _import(server, path) == 2
        error = capsys.readouterr().err
        assert said in error, error
        assert error.startswith(f"inspector-server: {path}: ")
        assert _stored(view) == ([], set(), [])
    finally:
        view.close()


def test_an_inspector_the_server_does_not_know_is_refused_with_how_to_add_them(
    tmp_path: Path, data_dir: Path, checklists_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = SeededServer(tmp_path / "server")
    returns = make_returns(2, prefix="U")
    server.add_returns(returns)
    station = open_station(data_dir, checklists_dir)
    try:
        station.add_inspector("badge-0777", "Nadia New", "2468")
        station.returns.upsert(returns)
        queue_inspections(station, returns[:1])
        queue_inspections(station, returns[1:], inspector="badge-0777")
        path = station.export_inspections(tmp_path / "bench-1.zip").path
    finally:
        station.close()
    view = ServerView(server)
    try:
        assert _import(server, path) == 1
        captured = capsys.readouterr()
        assert "1 new inspection(s), 0 already here, 1 refused" in captured.out
        assert "add-user 'Nadia New' --role inspector --badge badge-0777" in captured.err
        assert len(view.inspections()) == 1
        server.add_person("Nadia New", "inspector", badge="badge-0777", pin="2468")
        assert _import(server, path) == 0
        assert "1 new inspection(s), 1 already here, 0 refused" in capsys.readouterr().out
    finally:
        view.close()


def test_the_bench_command_writes_the_file_and_says_the_queue_stays(
    tmp_path: Path, data_dir: Path, checklists_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from inspector_app.cli import main as bench_main

    server = SeededServer(tmp_path / "server")
    _bench(data_dir, checklists_dir, server, 2).close()
    path = tmp_path / "out" / "bench-1.zip"
    argv = ["--data-dir", str(data_dir), "--set", "station.name=bench-1"]
    assert bench_main([*argv, "export-inspections", str(path)]) == 0
    said = capsys.readouterr().out
    assert f"wrote {path}: 2 inspection(s), 2 photo(s), 4 customer message(s)" in said
    assert "they stay queued here" in said
    assert _import(server, path) == 0


def test_a_photo_gone_from_the_bench_is_left_to_the_server_to_have(
    tmp_path: Path, data_dir: Path, checklists_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = SeededServer(tmp_path / "server")
    station = _bench(data_dir, checklists_dir, server, 2)
    try:
        [first, _] = station.pending().entries
        [photo] = first.photos
        station.photos.path(photo.sha256).unlink()
        summary = station.export_inspections(tmp_path / "bench-1.zip")
        assert (summary.inspections, summary.photos, summary.photos_absent) == (2, 1, 1)
    finally:
        station.close()
    view = ServerView(server)
    try:
        assert _import(server, summary.path) == 1
        captured = capsys.readouterr()
        assert f"refused {first.inspection_uuid}" in captured.err
        assert "Some referenced photos have not been uploaded" in captured.err
        assert len(view.inspections()) == 1  # the other one is stored
    finally:
        view.close()


def test_a_file_that_cannot_be_written_is_a_plain_refusal(
    tmp_path: Path, data_dir: Path, checklists_dir: Path
) -> None:
    from inspector_app.station import StationError

    (tmp_path / "a-file").write_text("not a folder")
    with open_station(data_dir, checklists_dir) as station:
        with pytest.raises(StationError, match=r"Cannot write .*a-file/bench-1\.zip"):
            station.export_inspections(tmp_path / "a-file" / "bench-1.zip")
        assert (tmp_path / "a-file").read_text() == "not a folder"
