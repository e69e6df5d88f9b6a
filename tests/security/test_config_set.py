"""`sudo inspector-app config set /etc/return-inspector/config.toml key=value` must leave the
machine file as IT made it: rewriting it as a root-only file stopped every bench account from
starting ("Permission denied")."""

from __future__ import annotations

import os
import pwd
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX owners and permission bits")


def _config_set(env: dict[str, str], path: Path, *assignments: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "inspector_app", "config", "set", str(path), *assignments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_config_set_keeps_the_files_mode(tmp_path: Path, station_env: dict[str, str]) -> None:
    machine = tmp_path / "etc" / "config.toml"
    machine.parent.mkdir()
    machine.write_text("[server]\ntimeout_s = 10\n", encoding="utf-8")
    machine.chmod(0o640)
    _config_set(station_env, machine, "server.url=https://returns.example.com")
    assert stat.S_IMODE(machine.stat().st_mode) == 0o640
    assert 'url = "https://returns.example.com"' in machine.read_text(encoding="utf-8")

    fresh = tmp_path / "etc" / "new.toml"
    _config_set(station_env, fresh, "ui.sounds=false")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # every bench account reads it


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root, as sudo")
def test_config_set_as_root_keeps_the_files_owner_and_group(
    tmp_path: Path, station_env: dict[str, str]
) -> None:
    nobody = pwd.getpwnam("nobody")
    machine = tmp_path / "config.toml"
    machine.write_text("[server]\ntimeout_s = 10\n", encoding="utf-8")
    os.chown(machine, nobody.pw_uid, nobody.pw_gid)
    machine.chmod(0o644)
    _config_set(station_env, machine, "server.timeout_s=20")
    after = machine.stat()
    assert (after.st_uid, after.st_gid) == (nobody.pw_uid, nobody.pw_gid)
    assert stat.S_IMODE(after.st_mode) == 0o644
