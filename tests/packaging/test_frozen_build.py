"""The real .deb, built by packaging/build-linux.sh, unpacked into a temporary root and run.

Slow (the build takes minutes), so it runs only with RI_TEST_PACKAGING=1; RI_PACKAGING_DEB
may name an already built .deb to test instead of building one.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from live_server import LiveServer

import inspector_app

REPO = Path(__file__).resolve().parents[2]
APP = Path("opt/return-inspector/inspector-app")
# What the FFmpeg plugin links against: recommended, not required (cameras work without).
FFMPEG = {"libavcodec.so.59", "libavformat.so.59", "libavutil.so.57", "libswscale.so.6"}
WINDOW_TIMEOUT_S = 60

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("RI_TEST_PACKAGING") != "1",
        reason="builds the bundle and .deb: set RI_TEST_PACKAGING=1",
    ),
    pytest.mark.xdist_group("frozen-build"),
    pytest.mark.slow,
    # the first test waits for the build: minutes, more if OpenCV is not compiled yet
    pytest.mark.timeout(3600),
]


@pytest.fixture(scope="module")
def deb(testrun_uid: str) -> Path:
    """The .deb, built once per test run even when xdist spreads this module over workers.

    Two concurrent builds would delete each other's package tree, so the build holds a lock
    and leaves a stamp naming the run; a worker that waited reuses the package.
    """
    given = os.environ.get("RI_PACKAGING_DEB")
    if given:
        return Path(given)
    built = REPO / "dist" / f"return-inspector_{inspector_app.__version__}_amd64.deb"
    build_dir = REPO / "build"
    build_dir.mkdir(exist_ok=True)
    stamp = build_dir / "frozen-build.stamp"
    with (build_dir / "frozen-build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built.exists() and stamp.exists() and stamp.read_text() == testrun_uid):
            subprocess.run(["packaging/build-linux.sh"], cwd=REPO, check=True, timeout=3600)
            stamp.write_text(testrun_uid)
    return built


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return target


def run(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in env.items() if k != "PYTHONPATH"}  # the bundle must stand alone
    return subprocess.run(
        [str(root / APP), *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )


def test_package_metadata_and_files(deb: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends", "Recommends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: return-inspector" in fields
    assert f"Version: {inspector_app.__version__}" in fields
    depends = re.search(r"^Depends: (.*)$", fields, re.MULTILINE)[1].split(", ")
    # the distribution's libraries come from their packages, with the distribution's updates
    for package in ("libssl3", "libsqlite3-0", "libstdc++6", "libpulse0", "libxcb-cursor0"):
        assert package in depends, depends
    assert len(depends) == len(set(depends)), depends
    assert "libavcodec59" in re.search(r"^Recommends: (.*)$", fields, re.MULTILINE)[1]
    conffiles = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    assert b"/etc/return-inspector/config.toml" in conffiles
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./usr/bin/inspector-app",
        "./usr/share/applications/return-inspector.desktop",
        "./usr/share/icons/hicolor/256x256/apps/return-inspector.png",
        "./etc/return-inspector/config.toml",
        f"./{APP}",
    ):
        assert re.search(rf" {re.escape(path)}$", listing, re.MULTILINE), path
    assert "root/root" in listing.splitlines()[0]
    for unwanted in ("fastapi", "uvicorn", "starlette", "QtWebEngine", "libQt6Quick", "pytest"):
        assert unwanted not in listing, unwanted


def test_version_and_shipped_config(root: Path, station_env: dict[str, str]) -> None:
    done = run(root, station_env, "--version")
    assert done.stdout.strip() == f"inspector-app {inspector_app.__version__}"
    shipped = root / "etc" / "return-inspector" / "config.toml"
    checked = run(root, station_env, "config", "check", str(shipped))
    assert checked.returncode == 0, checked.stdout
    launcher = (root / "usr" / "bin" / "inspector-app").read_text()
    assert "exec /opt/return-inspector/inspector-app" in launcher


def test_self_test_against_loopback_server(
    root: Path,
    loopback_server: LiveServer,
    camera_file: Path,
    data_dir: Path,
    station_env: dict[str, str],
) -> None:
    done = run(
        root,
        station_env,
        "--data-dir",
        str(data_dir),
        "--set",
        f"server.url={loopback_server.url}",
        "--set",
        f"server.token={loopback_server.tokens['station']}",
        "--set",
        f"camera.source={camera_file}",
        "self-test",
        "--json",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    statuses = {r["name"]: r["status"] for r in json.loads(done.stdout)}
    assert statuses == dict.fromkeys(
        ("data dir", "database", "camera", "decoder", "server", "token"), "OK"
    ), done.stdout
    assert loopback_server.tokens["station"] not in done.stdout + done.stderr


def test_bundled_libraries_resolve(root: Path) -> None:
    bundle = root / "opt" / "return-inspector"
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert dangling == []
    missing = set()
    for path in (root / "opt" / "return-inspector").rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            out = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, check=False
            ).stdout
            missing |= set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))
    assert missing <= FFMPEG
    bundled = {p.name for p in bundle.rglob("*.so*")}
    from_system = ("libavcodec", "libopenblas", "libssl", "libcrypto", "libsqlite3", "libstdc++")
    assert not {n for n in bundled if n.startswith(from_system)}, bundled


@pytest.fixture(params=[True, False], ids=["system-ffmpeg", "no-ffmpeg"])
def ffmpeg_env(request, station_env: dict[str, str], tmp_path: Path) -> tuple[bool, dict]:
    """The station's environment, and whether OpenCV finds its FFmpeg plugin in it. Pointed
    at an empty folder, it finds none; with the plugin present but the FFmpeg libraries
    missing, loading it fails, and OpenCV reports the same thing: no FFmpeg backend (we
    cannot remove this machine's FFmpeg to show that second case)."""
    env = dict(station_env)
    if not request.param:
        env["OPENCV_VIDEOIO_PLUGIN_PATH"] = str(tmp_path)
    return request.param, env


def test_video_files_play_through_the_system_ffmpeg(
    root: Path, mp4_file: Path, data_dir: Path, ffmpeg_env: tuple[bool, dict]
) -> None:
    """The bundle's OpenCV loads its FFmpeg plugin; without FFmpeg the error says what to do."""
    ffmpeg, env = ffmpeg_env
    args = ("--data-dir", str(data_dir), "--set", f"camera.source={mp4_file}", "self-test")
    done = run(root, env, *args, "--json")
    camera = next(r for r in json.loads(done.stdout) if r["name"] == "camera")
    if ffmpeg:
        assert camera["status"] == "OK", camera
    else:
        assert camera["status"] == "FAIL", camera
        assert "lacks the FFmpeg libraries" in camera["detail"], camera
        assert "packages Return Inspector recommends" in camera["detail"], camera


def _window_opens(root: Path, station_env: dict[str, str], log: str, *args: str) -> str:
    """Run the bundle with `args` until its window is ready, then stop it; its log (`log`:
    the window's own, or the command line's for a subcommand such as training)."""
    env = {k: v for k, v in station_env.items() if k != "PYTHONPATH"}
    log_file = Path(env["XDG_STATE_HOME"]) / "return-inspector" / "log" / log
    log_file.unlink(missing_ok=True)
    process = subprocess.Popen(
        [str(root / APP), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        while "window ready" not in (log_file.read_text() if log_file.exists() else ""):
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "no window"
            time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return log_file.read_text()


def test_window_opens_offscreen(root: Path, station_env: dict[str, str], data_dir: Path) -> None:
    """Forms, theme, translations, sounds and the station all load from the frozen build."""
    assert "Traceback" not in _window_opens(
        root, station_env, "inspector-app.log", "--data-dir", str(data_dir)
    )


def test_training_opens_from_the_bundle(
    root: Path, station_env: dict[str, str], tmp_path: Path
) -> None:
    """Training is for installed benches: the bundle carries no server package, and the
    sandbox (demo returns, practice checklists, its exercises) opens without one."""
    sandbox = tmp_path / "sandbox"
    log = _window_opens(
        root, station_env, "inspector-cli.log", "training", "--sandbox", str(sandbox)
    )
    assert "Traceback" not in log
    assert any(sandbox.iterdir())


def test_install_remove_purge_leave_nothing_behind(deb: Path, tmp_path: Path) -> None:
    """Install with dpkg into an empty root, remove (config kept), purge (nothing left)."""
    target = tmp_path / "system"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/log"):
        (target / folder).mkdir(parents=True)
    (target / "var/lib/dpkg/status").touch()
    dpkg = ["dpkg", f"--root={target}", "--force-depends", "--force-script-chrootless"]

    def files() -> set[str]:
        return {
            str(p.relative_to(target))
            for p in target.rglob("*")
            if p.is_file() and not p.is_relative_to(target / "var")
        }

    subprocess.run([*dpkg, "-i", str(deb)], check=True, capture_output=True)
    assert {
        "usr/bin/inspector-app",
        "etc/return-inspector/config.toml",
        "opt/return-inspector/inspector-app",
    } <= files()
    subprocess.run([*dpkg, "--remove", "return-inspector"], check=True, capture_output=True)
    assert files() == {"etc/return-inspector/config.toml"}
    subprocess.run([*dpkg, "--purge", "return-inspector"], check=True, capture_output=True)
    assert files() == set()
    assert not (target / "opt" / "return-inspector").exists()
