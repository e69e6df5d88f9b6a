"""Settings' People and Hand-over tabs at a bench without a server, through the real window
and keyboard: whoever sets the bench up adds its first admin, who signs in with the PIN
checked at the bench, adds, resets and deactivates people, and exports the queue into the
file a server imports; a bench with a server has no such tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zipfile import ZipFile

from live_server import SeededServer
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from station.support import TODAY, fill_checklist, phones, verdict_for

from inspector_app.domain.demo import demo_batch
from inspector_app.gui.handover_page import HandOverPage
from inspector_app.gui.people_page import PeoplePage
from inspector_app.gui.settings_dialog import SettingsDialog
from inspector_app.server.cli import main as server_main
from inspector_app.settings import Settings

ALT = Qt.KeyboardModifier.AltModifier


def _in_settings(
    bench: Any, qtbot: Any, steps: Callable[[SettingsDialog, Any], None], tab: type = PeoplePage
) -> None:
    """Open Settings with Ctrl+, then, inside its modal loop, go to the `tab` by Ctrl+Tab,
    do `steps` and close it."""
    done: list[bool] = []
    failures: list[BaseException] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            tabs = dialog.ui.tabs
            for _ in range(tabs.count()):
                if isinstance(tabs.currentWidget(), tab):
                    break
                QTest.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            page = tabs.currentWidget()
            assert isinstance(page, tab)
            steps(dialog, page)
        except BaseException as exc:
            failures.append(exc)
        finally:
            dialog.reject()
            done.append(True)

    QTimer.singleShot(0, drive)
    bench.window.activateWindow()
    qtbot.waitUntil(bench.window.isActiveWindow)
    QTest.keyClick(bench.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(done))
    if failures:
        raise failures[0]


def _fill(page: PeoplePage, wait_until: Callable[..., None], **typed: str) -> None:
    """Reach each field by its Alt key and type into it at a person's pace (the scanner
    filter holds a fast burst)."""
    keys = {"badge": Qt.Key.Key_B, "name": Qt.Key.Key_N, "pin": Qt.Key.Key_P}
    for field, text in typed.items():
        QTest.keyClick(page, keys[field], ALT)
        assert QApplication.focusWidget() is getattr(page, field)
        QTest.keyClicks(QApplication.focusWidget(), text, delay=90)  # typed, not scanned
        widget = getattr(page, field)
        wait_until(lambda widget=widget, text=text: widget.text() == text)


def _did(page: PeoplePage, qtbot: Any, key: Qt.Key, said: str) -> None:
    QTest.keyClick(page, key, ALT)
    qtbot.waitUntil(lambda: said in page.status.text())


def test_an_admin_manages_people_from_settings(open_bench: Any, qtbot: Any) -> None:
    bench = open_bench(Settings({"ui.sounds": False, "camera.source": ""}, source="cli"))
    bench.app.scans.stop()
    qtbot.waitUntil(lambda: not bench.window._lead_known)

    def first_admin(_dialog: SettingsDialog, page: PeoplePage) -> None:
        _fill(page, qtbot.waitUntil, badge="admin-01", name="Ada Admin", pin="908172")
        QTest.keyClick(page, Qt.Key.Key_O, ALT)
        QTest.keyClick(page.role, Qt.Key.Key_End)  # Admin, the last role
        assert page.role.currentData() == "admin"
        _did(page, qtbot, Qt.Key.Key_A, "Ada Admin (admin-01) added.")

    _in_settings(bench, qtbot, first_admin)
    bench.driver.sign_in("admin-01", "908172")  # checked at the bench: it has no server

    def manage(_dialog: SettingsDialog, page: PeoplePage) -> None:
        qtbot.waitUntil(lambda: page.people.count() == 1)
        _fill(page, qtbot.waitUntil, badge="badge-1", name="Ines", pin="1234")
        _did(page, qtbot, Qt.Key.Key_A, "Ines (badge-1) added.")
        qtbot.waitUntil(lambda: page.people.count() == 2)
        page.people.setFocus()
        page.people.setCurrentRow(1)
        assert page.people.currentItem().data(Qt.ItemDataRole.UserRole) == "badge-1"
        _fill(page, qtbot.waitUntil, pin="5678")
        _did(page, qtbot, Qt.Key.Key_R, "New PIN set for badge-1.")
        _did(page, qtbot, Qt.Key.Key_D, "badge-1 can no longer sign in.")
        qtbot.waitUntil(lambda: "deactivated" in page.people.item(1).text())

    _in_settings(bench, qtbot, manage)
    station = bench.station
    assert {p.badge: p.active for p in station.people_here()} == {
        "admin-01": True,
        "badge-1": False,
    }
    assert station.inspectors.verify("badge-1", "5678") is None  # deactivated


def test_a_bench_with_a_server_has_no_people_tab(open_bench: Any, qtbot: Any) -> None:
    settings = Settings(
        {"ui.sounds": False, "camera.source": "", "server.url": "http://127.0.0.1:9"},
        source="cli",
    )
    bench = open_bench(settings)
    bench.app.scans.stop()
    qtbot.waitUntil(lambda: not bench.window._lead_known)
    seen: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, look)
            return
        tabs = dialog.ui.tabs
        seen.append([tabs.tabText(i) for i in range(tabs.count())])
        dialog.reject()

    QTimer.singleShot(0, look)
    bench.window.open_settings()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Labels and messages" in seen[0]
    assert "People" not in seen[0]
    assert "Hand-over" not in seen[0]


def test_the_people_tab_speaks_french(french: None, open_bench: Any, qtbot: Any) -> None:
    bench = open_bench(Settings({"ui.sounds": False, "camera.source": ""}, source="cli"))
    bench.app.scans.stop()
    bench.station.add_person("admin-01", "Ada Admin", "908172", role="admin")
    seen: list[tuple[str, list[str], list[str]]] = []

    def read(dialog: SettingsDialog, page: PeoplePage) -> None:
        tabs = dialog.ui.tabs
        qtbot.waitUntil(lambda: page.people.count() == 1)
        seen.append(
            (
                tabs.tabText(tabs.currentIndex()),
                [b.text() for b in (page.add_button, page.reset_button, page.deactivate_button)],
                [page.role.itemText(i) for i in range(page.role.count())],
            )
        )

    _in_settings(bench, qtbot, read)
    assert seen == [
        (
            "Personnes",
            [
                "&Ajouter la personne",
                "Ré&initialiser le PIN de la sélection",
                "&Désactiver la sélection",
            ],
            ["Contrôleur", "Chef d'équipe", "Administrateur"],
        )
    ]


def test_the_admin_exports_the_queue_for_the_server(
    open_bench: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    bench = open_bench(Settings({"ui.sounds": False, "camera.source": ""}, source="cli"))
    bench.app.scans.stop()
    station = bench.station
    batch = demo_batch(30, TODAY, seed=3)
    station.returns.upsert(batch.returns)
    draft = station.start_inspection(phones(batch)[0].id, inspector="badge-0042")
    fill_checklist(draft)
    queued = station.finalize(draft, verdict_for(draft)).uuid
    path = tmp_path / "bench-1.zip"
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, proposed: str, *_: Any, **__: Any) -> tuple[str, str]:
        asked.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def export(_dialog: SettingsDialog, page: HandOverPage) -> None:
        qtbot.waitUntil(lambda: page.waiting.text().endswith(": 1"))
        QTest.keyClick(page, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: page.status.text().startswith(f"Wrote {path}: 1 inspection(s)"))

    _in_settings(bench, qtbot, export, tab=HandOverPage)
    assert asked and asked[0].endswith(".zip")
    assert station.pending().pending == 1, "the queue stays"
    server = SeededServer(tmp_path / "server", returns=batch.returns)
    with ZipFile(path) as archive:
        assert f"inspections/{queued}.json" in archive.namelist()
    assert server_main(["--data-dir", str(server.workdir), "import-inspections", str(path)]) == 0
