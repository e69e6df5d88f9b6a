"""GUI test fixtures: the real station window over a temp data dir, a real server on loopback
(live_server from tests/conftest.py), and a camera that is a real video file of the parcel's
label played through OpenCV, exactly as a webcam would be read."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from inspector_app.domain.demo import DemoBatch, demo_batch  # noqa: E402
from inspector_app.domain.returns import ProductCategory, Return  # noqa: E402
from inspector_app.scanning.demo_video import Parcel, write_demo_video  # noqa: E402
from inspector_app.settings import Settings  # noqa: E402
from tools.gui_driver import BenchDriver  # noqa: E402

pytestmark = pytest.mark.gui


@dataclass
class Demo:
    batch: DemoBatch
    parcel: Return
    """An eligible smartphone return whose device carries the order's IMEI."""
    video: Path


def eligible_phone(batch: DemoBatch) -> Return:
    """The demo's eligible smartphone whose device carries the order's IMEI (tests and the
    press-count benchmark inspect it)."""
    return next(
        r
        for r in batch.returns
        if r.product.category is ProductCategory.SMARTPHONE
        and r.product.imei
        and r.id not in batch.late
        and r.id not in batch.mismatched
        and not r.reason.is_defect
        and r.tracking_numbers
    )


@pytest.fixture
def demo(tmp_path: Path) -> Demo:
    """Demo returns, and a camera video showing the chosen parcel's shipping label."""
    batch = demo_batch(40, dt.datetime.now(dt.UTC).date(), seed=11)
    parcel = eligible_phone(batch)
    return Demo(batch, parcel, label_video(tmp_path / "camera.avi", parcel))


def label_video(path: Path, parcel: Return, *, label_s: float = 2.0, empty_s: float = 1.0) -> Path:
    """A 960x540 camera video of `parcel`'s shipping label in view for `label_s`, then the
    empty bench for `empty_s`, looping as the camera file source plays it."""
    return write_demo_video(
        path,
        [Parcel(parcel.tracking_numbers[0], parcel.rma)],
        size=(960, 540),
        label_s=label_s,
        empty_s=empty_s,
    )


def bench_settings(
    server_url: str, token: str, camera: str, more: dict[str, Any] | None = None
) -> Settings:
    """The test bench's settings; `more` adds or overrides keys."""
    return Settings(
        {
            "server.url": server_url,
            "server.token": token,
            "station.name": "bench-1",  # the live server registers its token as bench-1
            "camera.source": camera,
            "camera.width": 960,
            "camera.height": 540,
            "ui.sounds": False,
            "sync.interval_s": 2.0,
            "scanning.debounce_s": 2.0,
            **(more or {}),
        },
        source="cli",
    )


class Bench:
    """A running station window and what tests need around it."""

    def __init__(
        self, qtbot: Any, data_dir: Path, settings: Settings, training: Any = None
    ) -> None:
        from PySide6.QtWidgets import QApplication

        from inspector_app.gui.launch import build, make_qt_app

        make_qt_app()
        self.app, self.window = build(settings, data_dir, save_settings=False, training=training)
        qtbot.addWidget(self.window)
        self.app.start()
        self.window.resize(1366, 768)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.driver = BenchDriver(self.window, qtbot.waitUntil)
        self.station = self.app.station
        self._closed = False

    def inspect_by_scanner(self, code: str) -> None:
        """Camera off, sign in, scan `code` with the handheld scanner, open its checklist."""
        self.app.scans.stop()
        self.driver.sign_in()
        self.driver.scanner_burst(code, self.window.scan_page.ui.code)
        self.driver.wait_card()
        self.driver.start_inspection()

    def wait_label_in_view(self, qtbot: Any, frames: int = 12) -> None:
        """Until the camera decoded `frames` more frames, the last one showing a label, and
        every lookup they might have started has answered: a parcel left in view had every
        chance to reopen by then."""
        stream = self.app.scans.stream
        start = stream.stats.decoded
        qtbot.waitUntil(
            lambda: stream.stats.decoded >= start + frames and bool(stream.latest().codes),
            timeout=60000,
        )
        qtbot.waitUntil(lambda: not self.window.bridge.pending())

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.window.close()
            self.app.shutdown()


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    """The interface in French (translations installed, French locale) for one test."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from inspector_app.gui import i18n

    installed = i18n.install(qapp, "fr")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def open_bench(qtbot: Any, data_dir: Path) -> Iterator[Any]:
    """A function opening the station window with given settings (closed after the test)."""
    benches: list[Bench] = []

    def opener(settings: Settings) -> Bench:
        bench = Bench(qtbot, data_dir, settings)
        benches.append(bench)
        return bench

    yield opener
    for bench in benches:
        bench.close()


@pytest.fixture
def online_bench(live_server: Any, demo: Demo, open_bench: Any) -> Bench:
    """The station, online with a seeded server, its camera playing the demo parcel."""
    live_server.add_returns(demo.batch.returns)
    return open_bench(
        bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    )
