"""`inspector-app self-test` against a real server on loopback and a real camera file."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from live_server import LiveServer


def self_test(env: dict[str, str], data_dir: Path, *settings: str) -> tuple[int, dict[str, dict]]:
    args = [sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir)]
    for setting in settings:
        args += ["--set", setting]
    done = subprocess.run(
        [*args, "self-test", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    results = {r["name"]: r for r in json.loads(done.stdout)}
    return done.returncode, results


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_all_checks_pass_on_a_configured_bench(
    loopback_server: LiveServer,
    camera_file: Path,
    data_dir: Path,
    station_env: dict[str, str],
) -> None:
    code, results = self_test(
        station_env,
        data_dir,
        f"server.url={loopback_server.url}",
        f"server.token={loopback_server.tokens['station']}",
        f"camera.source={camera_file}",
    )
    assert {name: r["status"] for name, r in results.items()} == {
        "data dir": "OK",
        "database": "OK",
        "camera": "OK",
        "decoder": "OK",
        "server": "OK",
        "token": "OK",
    }, results
    assert code == 0
    assert "320x240" in results["camera"]["detail"]
    assert (data_dir / "station.sqlite3").exists()


def test_wrong_token_and_missing_camera_fail(
    loopback_server: LiveServer,
    data_dir: Path,
    tmp_path: Path,
    station_env: dict[str, str],
) -> None:
    code, results = self_test(
        station_env,
        data_dir,
        f"server.url={loopback_server.url}",
        "server.token=st-not-a-real-token-000",
        f"camera.source={tmp_path / 'gone.mp4'}",
    )
    assert code == 1
    assert results["server"]["status"] == "OK"
    assert results["token"] == {
        "name": "token",
        "status": "FAIL",
        "detail": "token rejected by the server (HTTP 401)",
    }
    assert results["camera"]["status"] == "FAIL"
    assert results["camera"]["detail"].startswith("camera not usable:")
    assert results["decoder"]["status"] == "OK"


def test_unreachable_server_and_standalone(
    data_dir: Path, camera_file: Path, station_env: dict[str, str]
) -> None:
    code, results = self_test(
        station_env,
        data_dir,
        f"server.url=http://127.0.0.1:{free_port()}",
        "server.token=st-whatever-123",
        f"camera.source={camera_file}",
    )
    assert code == 1
    assert results["server"]["status"] == "FAIL"
    assert results["server"]["detail"].startswith("server not reachable:")

    code, results = self_test(station_env, data_dir, f"camera.source={camera_file}")
    assert results["server"]["status"] == results["token"]["status"] == "SKIP"


def test_unwritable_data_dir_fails(
    tmp_path: Path, camera_file: Path, station_env: dict[str, str]
) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    code, results = self_test(station_env, blocker / "station", f"camera.source={camera_file}")
    assert code == 1
    assert results["data dir"]["status"] == "FAIL"
    assert results["data dir"]["detail"].startswith("data directory not writable:")
