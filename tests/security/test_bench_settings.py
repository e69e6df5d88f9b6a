"""Settings at the bench: beyond the display preferences they need a lead or an admin, the
machine file can lock any key against the user file and the dialog, and Test connection
never sends the saved token to a URL someone just typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui.conftest import open_bench  # noqa: F401 (the GUI's station window fixture)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app import config
from inspector_app.gui.settings_dialog import SettingsDialog
from inspector_app.settings import Settings

SAVED = {"server.url": "https://returns.example.com", "server.token": "st-saved-secret"}


@pytest.mark.expect_log(
    "inspector_app.config", r"user\.toml: ignoring .*, locked by the machine file$"
)
def test_the_machine_file_locks_keys_the_user_file_cannot_change(tmp_path: Path) -> None:
    machine, user = tmp_path / "machine.toml", tmp_path / "user.toml"
    machine.write_text(
        '[server]\nurl = "https://returns.example.com"\n'
        '[station]\nlocked_settings = ["server.url", "retention.days"]\n',
        encoding="utf-8",
    )
    user.write_text(
        '[server]\nurl = "https://evil.example"\n[retention]\ndays = 3650\n'
        '[station]\nlocked_settings = []\nname = "bench-9"\n',
        encoding="utf-8",
    )
    settings = config.load(environ={}, files=config.ConfigFiles(machine, user))
    assert settings["server.url"] == "https://returns.example.com"
    assert settings["retention.days"] == 30
    assert settings["station.locked_settings"] == ["server.url", "retention.days"]
    assert settings["station.name"] == "bench-9"  # what is not locked stays the user's


def test_without_a_lead_only_display_preferences_change(qtbot: Any) -> None:
    settings = Settings(SAVED, source="machine")
    tested: list[tuple[str, str]] = []
    dialog = SettingsDialog(
        settings, lambda url, token, _report: tested.append((url, token)), may_change_all=False
    )
    qtbot.addWidget(dialog)
    for key in ("server.url", "server.token", "server.verify_tls", "retention.days"):
        assert not dialog.field(key).isEnabled(), key
    assert dialog.field("ui.language").isEnabled()
    assert not dialog.test_button.isEnabled()
    dialog.field("server.url").setText("https://evil.example")
    dialog.field("ui.sounds").setChecked(False)
    dialog._save()
    assert settings["server.url"] == SAVED["server.url"]
    assert settings["ui.sounds"] is False


def test_a_lead_still_cannot_change_what_it_locked(qtbot: Any) -> None:
    settings = Settings({**SAVED, "station.locked_settings": ["server.url"]}, source="machine")
    dialog = SettingsDialog(settings, may_change_all=True)
    qtbot.addWidget(dialog)
    assert not dialog.field("server.url").isEnabled()
    assert not dialog.field("station.locked_settings").isEnabled()
    assert dialog.field("server.token").isEnabled()


def test_test_connection_sends_the_saved_token_only_to_the_saved_server(qtbot: Any) -> None:
    settings = Settings(SAVED, source="user")
    tested: list[tuple[str, str]] = []
    dialog = SettingsDialog(settings, lambda url, token, _report: tested.append((url, token)))
    qtbot.addWidget(dialog)
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested == [(SAVED["server.url"], SAVED["server.token"])]
    dialog.field("server.url").setText("https://evil.example")
    dialog.test_button.setEnabled(True)
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert len(tested) == 1
    assert "token again" in dialog.test_result.text()
    token = dialog.field("server.token")
    token.clear()
    QTest.keyClicks(token, "st-typed-for-this-test")
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested[-1] == ("https://evil.example", "st-typed-for-this-test")


def test_the_window_asks_for_a_lead_before_the_full_settings(open_bench: Any, qtbot: Any) -> None:  # noqa: F811
    bench = open_bench(Settings({"ui.sounds": False, "camera.source": ""}, source="cli"))
    bench.app.scans.stop()
    opened: list[bool] = []
    bench.app.open_settings = lambda _parent, *, may_change_all: opened.append(may_change_all)
    bench.window._load_people()
    qtbot.waitUntil(lambda: not bench.window._lead_known)
    bench.window.open_settings()
    assert opened == [True]  # a new bench, no lead known yet: whoever sets it up

    bench.station.add_inspector("lead-0001", "Luc", "246813", role="lead")
    bench.station.add_inspector("badge-0007", "Camille D.", "4321")
    bench.window._load_people()
    qtbot.waitUntil(lambda: bench.window._lead_known)
    bench.window.open_settings()
    assert opened[-1] is False
    bench.window.handle_scan(["badge-0007"], "scanner")  # an inspector signs in by badge
    qtbot.waitUntil(lambda: bench.window.session.role == "inspector")
    bench.window.open_settings()
    assert opened[-1] is False
