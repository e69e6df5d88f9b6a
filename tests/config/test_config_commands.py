"""`inspector-app config show|check|example`, run as IT runs them (a separate process)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from inspector_app.settings import OPTIONS

TOKEN = "st-f00dfeedc0ffee42"


def run_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_show_lists_sources_and_masks_secrets(station_env: dict[str, str]) -> None:
    write(
        Path(station_env["RI_MACHINE_CONFIG"]),
        f'[server]\nurl = "https://returns.example.com"\ntoken = "{TOKEN}"\n',
    )
    write(Path(station_env["RI_USER_CONFIG"]), "[ui]\nsounds = false\n")
    env = {
        **station_env,
        "RI_STATION_NAME": "bench-07",
        "RI_SERVER_PROXY": "http://bench:proxy-pass-123@proxy.example:3128",
    }

    done = run_app(env, "--set", "camera.fps=15", "config", "show")

    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines() if line.strip()}
    assert rows["server.url"][1:] == ["https://returns.example.com", "machine"]
    assert rows["server.token"][1:] == ["***", "machine"]
    assert rows["ui.sounds"][1:] == ["false", "user"]
    assert rows["station.name"][1:] == ["bench-07", "env", "(RI_STATION_NAME)"]
    assert rows["camera.fps"][1:] == ["15", "cli"]
    assert rows["camera.width"][1:] == ["1920", "default"]
    assert rows["server.proxy"][1] == "http://bench:***@proxy.example:3128"
    assert f"{station_env['RI_MACHINE_CONFIG']} (present)" in done.stdout
    assert TOKEN not in done.stdout + done.stderr
    log_dir = Path(station_env["XDG_STATE_HOME"]) / "return-inspector" / "log"
    assert (log_dir / "inspector-cli.log").exists()  # commands log apart from the window
    assert all(TOKEN not in p.read_text() for p in log_dir.rglob("*.log"))


def test_show_refuses_a_broken_machine_file(station_env: dict[str, str]) -> None:
    write(Path(station_env["RI_MACHINE_CONFIG"]), '[server]\nurl = "x"\n\n[camera]\nfps = -1\n')
    done = run_app(station_env, "config", "show")
    assert done.returncode == 2
    assert f"{station_env['RI_MACHINE_CONFIG']}:5: camera.fps: -1 is below the minimum" in (
        done.stderr
    )


def test_check_reports_every_problem_with_its_line(
    tmp_path: Path, station_env: dict[str, str]
) -> None:
    good = write(tmp_path / "good.toml", '[server]\nurl = "https://x.example"\n')
    bad = write(
        tmp_path / "bad.toml",
        '[server]\nurl = "https://x.example"\nverify_tls = "maybe"\n'
        '[station]\ncountry = "XX"\n[nosuch]\nthing = 1\n',
    )
    done = run_app(station_env, "config", "check", str(good), str(bad))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{good}: OK (1 settings)",
        f"{bad}:3: server.verify_tls: expected bool, got 'maybe'",
        f"{bad}:5: station.country: 'XX' is not one of FR, DE, ES, IT, BE, NL, GB, US, AT, PT, IE",
        f"{bad}:7: unknown setting 'nosuch.thing'",
    ]


def test_check_syntax_error(tmp_path: Path, station_env: dict[str, str]) -> None:
    bad = write(tmp_path / "syntax.toml", '[server]\nurl = "https://x.example\n')
    done = run_app(station_env, "config", "check", str(bad))
    assert done.returncode == 1
    assert done.stdout.startswith(f"{bad}:2: not valid TOML")


def test_example_is_valid_and_covers_every_setting(
    tmp_path: Path, station_env: dict[str, str]
) -> None:
    done = run_app(station_env, "config", "example")
    assert done.returncode == 0
    example = write(tmp_path / "example.toml", done.stdout)
    assert run_app(station_env, "config", "check", str(example)).returncode == 0
    uncommented = "\n".join(
        line[2:] if line.startswith("# ") and " = " in line else line
        for line in done.stdout.splitlines()
    )
    full = write(tmp_path / "full.toml", uncommented)
    checked = run_app(station_env, "config", "check", str(full))
    assert checked.stdout.strip() == f"{full}: OK ({len(OPTIONS)} settings)"


def test_set_writes_into_the_shipped_example(tmp_path: Path, station_env: dict[str, str]) -> None:
    """What the Windows installer does with /SERVER= and /TOKEN=."""
    example = write(tmp_path / "config.toml", run_app(station_env, "config", "example").stdout)
    done = run_app(
        station_env,
        "config",
        "set",
        str(example),
        "server.url=https://returns.example.com",
        f"server.token={TOKEN}",
    )
    assert done.returncode == 0, done.stderr
    assert TOKEN not in done.stdout
    text = example.read_text()
    assert '[server]\nurl = "https://returns.example.com"\ntoken = ' in text
    assert "# Server URL" in text
    env = {**station_env, "RI_MACHINE_CONFIG": str(example)}
    shown = run_app(env, "config", "show").stdout
    assert re.search(r"server\.url\s+https://returns\.example\.com\s+machine", shown)

    refused = run_app(station_env, "config", "set", str(example), "server.timeout_s=0")
    assert refused.returncode == 2
    assert "server.timeout_s: 0.0 is below the minimum 1" in refused.stderr
