"""`inspector-app sync` and `inspector-app queue` on a bench with queued work."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from inspector_app import cli
from sync.helpers import make_returns, open_station, queue_inspections

REPO = Path(__file__).resolve().parents[2]
_SECOND = dt.timedelta(seconds=1)


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


@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: The server refused \(409 ")
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


@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: The server refused \(409 ")
def test_a_409_is_dismissed_with_a_reason_kept_and_audited(
    live_server, tmp_path, checklists_dir, capsys
):
    """The other bench's verdict stands: the parked entry leaves the count, is never sent,
    stays on the bench with who, when and why, is in the audit log, and can be sent after
    all."""
    returns = make_returns(1, prefix="D")
    with open_station(
        tmp_path / "other", checklists_dir, live_server.url, live_server.tokens["station"]
    ) as other:
        queue_inspections(other, returns)
        assert other.sync_once().delivered == 1
    data_dir = tmp_path / "bench"
    with open_station(data_dir, checklists_dir) as station:
        [uuid] = queue_inspections(station, returns)
    _run(capsys, data_dir, live_server, "sync", "--once")  # parked; the people arrive too

    def dismiss(*extra: str) -> tuple[int, str, str]:
        return _run(capsys, data_dir, live_server, "queue", "--dismiss", uuid[:8], *extra)

    code, _, err = dismiss("--reason", "Other bench's verdict stands")
    assert code == 2
    assert "--by BADGE" in err
    code, _, err = dismiss("--reason", "dup", "--by", "lead-0001")
    assert code == 2
    assert "8 to 500 characters" in err
    code, _, err = dismiss("--reason", "Other bench's verdict stands", "--by", "nobody-77")
    assert code == 2
    assert "No active person" in err
    code, out, _ = dismiss("--reason", "  Other bench's   verdict stands ", "--by", "lead-0001")
    assert code == 0
    assert f"{uuid} dismissed" in out

    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert "0 waiting for the server, 0 need attention" in out
    assert f"{uuid}  return {returns[0].id}  DISMISSED" in out
    assert "Dismissed by Luc Lead (lead-0001) on " in out
    code, _, err = dismiss("--reason", "Other bench's verdict stands", "--by", "lead-0001")
    assert code == 2
    assert "only an entry the server refused can be dismissed" in err

    with open_station(
        data_dir, checklists_dir, live_server.url, live_server.tokens["station"]
    ) as station:
        entry = station.outbox.get(uuid)
        assert entry.state.value == "dismissed"
        assert entry.message.endswith(": Other bench's verdict stands")
        assert "return_already_inspected" in entry.last_error  # the server's words stay
        assert station.pending().needs_attention == 0
        assert station.sync_once().delivered == 0  # never sent
        assert station.outbox.get(uuid).state.value == "dismissed"
        events = list(station.events.between(entry.created_at, station.clock() + _SECOND))
        [dismissal] = [e for e in events if e.kind == "inspection_dismissed"]
        assert (dismissal.actor, dismissal.subject) == ("lead-0001", uuid)
        assert dismissal.detail == "Other bench's verdict stands"

    code, _, _ = _run(capsys, data_dir, live_server, "queue", "--retry", uuid[:8])
    assert code == 0
    code, out, _ = _run(capsys, data_dir, live_server, "queue")
    assert "1 waiting for the server, 0 need attention" in out
    with open_station(data_dir, checklists_dir) as station:
        kinds = [
            e.kind for e in station.events.between(entry.created_at, station.clock() + _SECOND)
        ]
        assert kinds[-1] == "dismissal_withdrawn"
