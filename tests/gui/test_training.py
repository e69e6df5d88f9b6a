"""Training mode through the real window, and from a build that ships without the server."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from inspector_app.commands.gui import demo_camera_returns
from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import ProductCategory
from inspector_app.gui.main_window import CHECKLIST, SCAN, VERDICT
from inspector_app.gui.training import ScoreDialog
from inspector_app.locations import APP_DIR_NAME
from inspector_app.settings import Settings
from inspector_app.station import Connectivity, Training, open_sandbox
from inspector_app.station.training import TRAINEE_BADGE, TRAINEE_PIN

from .conftest import Bench, label_video
from .french_walk import catalogue_english, english_in, mnemonic_clashes, readable_texts

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


Opener = Callable[..., tuple[Bench, Training, Any]]


def _settings(camera: str, **more: Any) -> Settings:
    return Settings(
        {
            "camera.source": camera,
            "camera.width": 960,
            "camera.height": 540,
            "ui.sounds": False,
            "scanning.debounce_s": 2.0,
            **more,
        },
        source="cli",
    )


@pytest.fixture
def open_training(tmp_path: Path, data_dir: Path, qtbot: Any) -> Iterator[Opener]:
    """Opens the window on a sandbox in the test's data directory, its camera showing the
    label of the practice set's phone; (bench, training, the phone's exercise)."""
    benches: list[Bench] = []

    def opener(**settings: Any) -> tuple[Bench, Training, Any]:
        _, training = open_sandbox(data_dir, Settings())
        phone = next(
            e
            for e in training.exercises
            if training.return_of(e).product.category is ProductCategory.SMARTPHONE
        )
        video = label_video(tmp_path / "camera.avi", training.return_of(phone))
        language = settings.get("ui.language", "en")
        sandboxed, training = open_sandbox(
            data_dir, _settings(str(video), **settings), language=language
        )
        bench = Bench(qtbot, data_dir, sandboxed, training)
        benches.append(bench)
        return bench, training, phone

    yield opener
    for bench in benches:
        bench.close()


def _end_training(window: Any, qtbot: Any) -> ScoreDialog:
    """Ctrl+Shift+E, and the score dialog once it is up."""
    window.activateWindow()  # back from a dialog the offscreen platform may not do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(
        window.windowHandle(),
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog: list[ScoreDialog] = []

    def shown() -> bool:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, ScoreDialog):
            dialog.append(modal)
        return bool(dialog)

    qtbot.waitUntil(shown, timeout=20000)
    return dialog[0]


# The offscreen platform cannot size a dialog's native window; the platform's limit.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_trainee_practises_and_the_trainer_reads_the_score(
    open_training: Opener, qtbot: Any
) -> None:
    bench, training, phone = open_training()
    window, drive = bench.window, bench.driver
    banner = window.training.banner
    first = training.exercises[0]
    assert window.sign_in.findChild(QPushButton, "trainingButton") is None  # none inside
    assert banner.isVisible() and "TRAINING" in banner.text()
    assert "Sign in as Trainee with the PIN 1234." in banner.text()

    # The camera sees the phone's label: its card, and the banner says what is in the box.
    drive.sign_in(TRAINEE_BADGE, TRAINEE_PIN)
    drive.wait_card(timeout=30000)
    ret = training.return_of(phone)
    assert f"Parcel 2 of 2 ({phone.rma})" in banner.text()
    assert ret.product.imei in banner.text()
    drive.start_inspection()
    assert window.current_page() == CHECKLIST and banner.isVisible()
    # As the brief says, but the frame's light wear missed (the default answers say flawless).
    reference = phone.reference(ret)
    drive.complete_smartphone(
        ret.product.imei,
        changed={
            item: reference[item]
            for item in ("battery_health", "original_packaging", "screen_condition")
        },
    )
    assert window.current_page() == VERDICT and banner.isVisible()
    drive.finalize()
    qtbot.waitUntil(lambda: f"Next parcel: scan or type {first.rma}" in banner.text())
    assert window.current_page() == SCAN

    dialog = _end_training(window, qtbot)
    text = dialog.text.text()
    assert "0 of 2 parcels without a fault, 1 finalized" in text
    assert f"<b>{first.rma}</b>: not finalized." in text
    assert "Missed: none. Wrong: Back, frame and camera lenses" in text, text
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # keep practising
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.isVisible()
    # Nothing left the sandbox: its one inspection waits in its own queue, sync is off.
    assert bench.station.sync_status.state is Connectivity.DISABLED
    QTest.keyClick(_end_training(window, qtbot), Qt.Key.Key_Return)  # close training
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_training_speaks_french(open_training: Opener, french: None, qtbot: Any) -> None:
    bench, training, phone = open_training(**{"ui.language": "fr"})
    window, drive = bench.window, bench.driver
    known = catalogue_english()
    ret = training.return_of(phone)
    data = {e.rma for e in training.exercises} | {ret.product.imei, "Ctrl+Maj+E"}
    data.add("Return Inspector")  # the product's name
    assert "Connectez-vous en tant que Stagiaire" in window.training.banner.text()
    assert english_in("training sign-in", readable_texts(window), known, data) == []
    drive.sign_in(TRAINEE_BADGE, TRAINEE_PIN)
    drive.wait_card(timeout=30000)
    data |= {ret.rma, ret.id, ret.order_id, ret.product.model, ret.product.sku}
    data |= {ret.customer_name, ret.reason_detail, *ret.tracking_numbers}
    texts = readable_texts(window)
    assert any(w.endswith("#trainingBanner") and ret.product.imei in t for w, t in texts)
    assert english_in("training card", texts, known, data) == []
    assert mnemonic_clashes(window) == []
    window.back_to_scan()
    dialog = _end_training(window, qtbot)
    assert english_in("training score", readable_texts(dialog), known, data) == []
    dialog.reject()


def test_the_sign_in_page_opens_training_where_the_site_allows_it(
    tmp_path: Path,
    data_dir: Path,
    qtbot: Any,
    station_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Alt+T starts `inspector-app training` as a second process (its sandbox in a new
    folder, here under the test's temporary directory) and lends it the camera."""
    for key, value in {**station_env, "TMPDIR": str(tmp_path)}.items():
        monkeypatch.setenv(key, value)
    video = label_video(tmp_path / "camera.avi", demo_returns(1, dt.date.today())[0])
    plain = Bench(qtbot, data_dir, _settings(str(video)))
    try:
        assert plain.window.sign_in.findChild(QPushButton, "trainingButton") is None
    finally:
        plain.close()
    bench = Bench(qtbot, data_dir, _settings(str(video), **{"ui.training_allowed": True}))
    try:
        window = bench.window
        button = window.sign_in.findChild(QPushButton, "trainingButton")
        assert button is not None and button.isVisible()
        assert mnemonic_clashes(window) == []  # Alt+T is the button's alone
        qtbot.waitUntil(lambda: bench.app.scans.stream is not None)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        launcher = window.training_launcher
        qtbot.waitUntil(
            lambda: (
                launcher.process is not None
                and launcher.process.state() is QProcess.ProcessState.Running
            )
        )
        assert bench.app.scans.stream is None  # the camera is the sandbox's now
        qtbot.waitUntil(
            lambda: any(tmp_path.glob("training-*/training-sandbox.json")), timeout=60000
        )
        launcher.process.kill()
        qtbot.waitUntil(lambda: launcher.process is None)
        assert bench.app.scans.stream is not None  # and the bench's again
    finally:
        bench.close()


def test_the_demo_camera_shows_every_practice_parcel(data_dir: Path) -> None:
    """`training --demo-camera` plays the demo's labels: each exercise's parcel is among them."""
    _, training = open_sandbox(data_dir, Settings())
    shown = demo_camera_returns(dt.date.today())
    assert {e.rma for e in training.exercises} <= {r.rma for r in shown}
