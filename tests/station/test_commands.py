"""`inspector-app demo-data | import | lookup | pending` as IT runs them, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "RI_MACHINE_CONFIG": str(tmp_path / "machine.toml"),
        "RI_USER_CONFIG": str(tmp_path / "user.toml"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "inspector_app", "--data-dir", str(tmp_path / "bench"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_import_lookup_pending(tmp_path: Path) -> None:
    csv_path = tmp_path / "returns.csv"
    made = _run(tmp_path, "demo-data", str(csv_path), "--count", "40", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "wrote 40 demo returns" in made.stdout

    with csv_path.open("a", encoding="utf-8") as fh:
        fh.write("BAD1,RMA-B,1,smartphone,X,,,,bored,,,,,,2026-11-01,2026-11-02,2026-11-03,,,,\n")
    imported = _run(tmp_path, "import", str(csv_path))
    assert imported.returncode == 1  # some rows were skipped
    assert "imported 40 return(s), skipped 1 row(s)" in imported.stdout
    assert f"{csv_path}:42: reason" in imported.stderr

    rma = csv_path.read_text(encoding="utf-8").splitlines()[1].split(",")[1]
    found = _run(tmp_path, "lookup", rma.lower())
    assert found.returncode == 0, found.stderr
    assert f"rma      {rma}" in found.stdout
    assert "ELIGIBLE" in found.stdout

    missing = _run(tmp_path, "lookup", "1Z999AA10000000000")
    assert missing.returncode == 1
    assert "No return found for 1Z999AA10000000000" in missing.stderr

    pending = _run(tmp_path, "pending")
    assert pending.returncode == 0
    assert "pending 0, needs attention 0, sent 0" in pending.stdout


def test_a_database_it_cannot_open_is_one_plain_line(tmp_path: Path) -> None:
    (tmp_path / "bench").mkdir()
    (tmp_path / "bench" / "station.sqlite3").write_bytes(b"not a database" * 200)
    result = _run(tmp_path, "pending")
    assert result.returncode == 2
    assert result.stderr.startswith("inspector-app: The station database")
    assert "Traceback" not in result.stderr
