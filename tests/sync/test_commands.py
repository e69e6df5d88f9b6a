"""`inspector-app sync` and `inspector-app queue` on a bench with queued work."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

from inspector_app import cli
from sync.helpers import make_returns, open_station, queue_inspections

REPO = Path(__file__).resolve().parents[2]


def _run(capsys, data_dir, server, *argv: str) -> tuple[int, str, str]:
    code = cli.main(
        [
            "--data-dir",
            str(data_dir),
            "--set",
            f"server.url={server.url}",
            "--set",
            f"server.token={server.tokens['station']}",
            "--set",
            "server.timeout_s=5",
            *argv,
        ]
    )
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sync_once_and_queue_listing(live_server, server_view, tmp_path, checklists_dir, capsys):
    data_dir = tmp_path / "bench"
    with open_station(data_dir, checklists_dir) as station:
        uuids = queue_inspections(station, make_returns(2))
    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert code == 0
    assert "2 waiting for the server, 0 need attention" in out
    assert all(uuid in out for uuid in uuids)

    live_server.stop()
    code, out, _ = _run(capsys, data_dir, live_server, "sync", "--once")
    assert code == 1
    assert "offline" in out
    assert "refused the connection" in out

    live_server.start()
    code, out, _ = _run(capsys, data_dir, live_server, "sync", "--once")
    assert code == 0
    assert out.startswith("online: 2 delivered")
    assert set(server_view.inspections()) == set(uuids)
    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert "0 waiting for the server, 0 need attention" in out


def test_parked_entry_is_explained_exported_and_retried(
    live_server, tmp_path, checklists_dir, capsys
):
    returns = make_returns(1)
    with open_station(
        tmp_path / "other", checklists_dir, live_server.url, live_server.tokens["station"]
    ) as other:
        queue_inspections(other, returns)
        assert other.sync_once().delivered == 1
    data_dir = tmp_path / "bench"
    with open_station(data_dir, checklists_dir) as station:
        [uuid] = queue_inspections(station, returns)
        payload = station.inspection(uuid).payload
        photos = {p.sha256 for p in station.inspection(uuid).photos}
    _run(capsys, data_dir, live_server, "sync", "--once")

    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert "0 waiting for the server, 1 need attention" in out
    assert "NEEDS ATTENTION" in out
    assert "Another final inspection of this return" in out

    bundle = tmp_path / "support.zip"
    code, out, _ = _run(capsys, data_dir, live_server, "queue", "--export", uuid[:8], str(bundle))
    assert code == 0
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read("payload.json") == payload
        entry = json.loads(archive.read("entry.json"))
        assert entry["state"] == "needs_attention"
        assert "return_already_inspected" in entry["last_error"]
        assert {
            n.removeprefix("photos/").removesuffix(".jpg")
            for n in archive.namelist()
            if n.startswith("photos/")
        } == photos

    code, out, _ = _run(capsys, data_dir, live_server, "queue", "--retry", uuid[:8])
    assert code == 0
    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert "1 waiting for the server, 0 need attention" in out

    code, _, err = _run(capsys, data_dir, live_server, "queue", "--retry", "abc")
    assert code == 2
    assert "at least 6 characters" in err
    code, _, err = _run(capsys, data_dir, live_server, "queue", "--retry", "ffffffff")
    assert code == 2
    assert "No queued inspection" in err


def test_foreground_sync_runs_until_sigterm(live_server, server_view, tmp_path, checklists_dir):
    data_dir = tmp_path / "bench"
    with open_station(data_dir, checklists_dir) as station:
        uuids = queue_inspections(station, make_returns(2))
    command = [
        sys.executable,
        "-m",
        "inspector_app",
        "--data-dir",
        str(data_dir),
        "--set",
        f"server.url={live_server.url}",
        "--set",
        f"server.token={live_server.tokens['station']}",
        "sync",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO) as proc:
        for line in proc.stdout:
            if line.startswith("online") and "pending 0," in line:
                break
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    assert set(server_view.inspections()) == set(uuids)
