"""Training mode through the real window, and from a build that ships without the server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inspector_app.locations import APP_DIR_NAME

# The station's process with the server's packages unimportable, as in the frozen build
# (packaging/bundle_contents.py excludes them): any import of them fails at once. Once the
# event loop runs the window is on screen; the child then names what it loaded of them and
# closes the window, and `training` prints the score.
WITHOUT_SERVER = """
import importlib.abc, sys

ABSENT = ("inspector_app.server", "fastapi", "uvicorn", "starlette")

def absent(name):
    return any(name == a or name.startswith(a + ".") for a in ABSENT)

class NotBundled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if absent(name):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotBundled())

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])

def on_screen():
    print("server modules:", sorted(m for m in sys.modules if absent(m)), flush=True)
    for window in app.topLevelWidgets():
        window.close()

QTimer.singleShot(0, on_screen)
from inspector_app.cli import main
main(["--set", "camera.source=none.avi", "training", "--sandbox", sys.argv[1]])
"""


def test_training_runs_without_the_server_package(
    tmp_path: Path, station_env: dict[str, str]
) -> None:
    sandbox = tmp_path / "sandbox"
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_SERVER, str(sandbox)],
        env=station_env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "server modules: []" in done.stdout, done.stdout + done.stderr
    assert "Training score: 0 of 2 parcels without a fault, 0 finalized" in done.stdout
    assert (sandbox / "training-sandbox.json").exists()
    real_data = Path(station_env["XDG_DATA_HOME"]) / APP_DIR_NAME
    assert not real_data.exists() or not any(real_data.iterdir())
