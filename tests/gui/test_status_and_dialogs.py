"""Status bar, needs-attention Retry/Export, token rejected, settings, idle sign-out."""

from __future__ import annotations

import socket
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app import cli
from inspector_app.gui.attention_dialog import AttentionDialog
from inspector_app.gui.main_window import SIGN_IN
from inspector_app.gui.settings_dialog import SettingsDialog
from inspector_app.settings import OPTIONS, Settings
from inspector_app.station import OutboxState
from inspector_app.wire import new_token_secret

from .conftest import bench_settings
from .test_end_to_end import server_inspection

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from station.support import fill_checklist, verdict_for

# Message boxes on the offscreen test platform warn they cannot size a native window.
OFFSCREEN_BOX = "This plugin does not support propagateSizeHints"


def finalize_one(bench: Any, qtbot: Any, return_id: str) -> str:
    """An inspection finalized through the station worker, as the verdict screen does."""
    station = bench.station
    done: list[str] = []

    def inspect() -> str:
        draft = station.start_inspection(return_id, inspector="badge-0042")
        fill_checklist(draft)
        return station.finalize(draft, verdict_for(draft)).uuid

    bench.app.bridge.call(inspect, done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    return done[0]


def test_parked_entry_is_explained_retried_and_exported(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    bench = online_bench
    window = bench.window
    qtbot.waitUntil(lambda: bench.app.sync.status.last_success_at is not None, timeout=20000)
    live_server.stop()
    uuid = finalize_one(bench, qtbot, demo.parcel.id)
    # What the sync does on a 409: park with a sentence for the inspector.
    bench.station.outbox.park(uuid, "Two benches inspected this parcel: ask your lead.")
    bench.station.sync.refresh_counts()
    qtbot.waitUntil(window.status.attention.isVisible)
    assert "1 need attention" in window.status.attention.text()
    # Loud, across the page, and never beside a green "Everything sent".
    assert window.status.banner.isVisible()
    assert window.status.banner.width() > window.width() * 0.9
    assert "need attention" in window.status.banner.text()
    assert "Everything sent" not in window.status.pending.text()

    station = bench.station
    exported = tmp_path / "from-the-window.zip"
    written: list[Path] = []
    dialog = AttentionDialog(
        retry=lambda entry: bench.app.bridge.call(station.retry, entry),
        export=lambda entry, path: bench.app.bridge.call(
            station.export_queued, entry, path, done=written.append
        ),
        dismiss=lambda entry, reason: None,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show_entries(
        [e for e in station.pending().entries if e.state is OutboxState.NEEDS_ATTENTION]
    )
    assert dialog.ui.entries.item(0, 3).text().startswith("Two benches")
    dialog._export_to(uuid, str(exported))
    qtbot.waitUntil(lambda: written == [exported], timeout=20000)
    # IT gets the same bundle whether the bench's Export or `inspector-app queue --export`
    # made it: same files, same bytes in each.
    from_cli = tmp_path / "from-the-cli.zip"
    name = station.settings["station.name"]
    argv = ["--data-dir", str(bench.app.data_dir), "--set", f"station.name={name}"]
    assert cli.main([*argv, "queue", "--export", uuid, str(from_cli)]) == 0
    with zipfile.ZipFile(exported) as window_zip, zipfile.ZipFile(from_cli) as cli_zip:
        assert window_zip.namelist() == cli_zip.namelist()
        assert "payload.json" in window_zip.namelist()
        for name in window_zip.namelist():
            assert window_zip.read(name) == cli_zip.read(name), name
        assert window_zip.read("payload.json") == station.inspection(uuid).payload

    live_server.start()
    dialog.ui.retryButton.click()
    qtbot.waitUntil(lambda: server_inspection(live_server, uuid) is not None, timeout=60000)
    qtbot.waitUntil(lambda: not window.status.attention.isVisible(), timeout=20000)


@pytest.mark.qt_log_ignore(OFFSCREEN_BOX)
def test_rejected_token_is_shown_with_a_way_to_fix_it(
    live_server: Any, demo: Any, open_bench: Any, qtbot: Any
) -> None:
    live_server.revoke("station")
    bench = open_bench(
        bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    )
    window = bench.window
    qtbot.waitUntil(window.status.token.isVisible, timeout=30000)
    assert "refused" in window.status.connection.text()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        elif isinstance(box, SettingsDialog):
            seen.append("settings")
            box.reject()
        if len(seen) < 2:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.status.token.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "new station token" in seen[0]
    assert seen[1] == "settings"


def test_a_new_bench_says_it_is_getting_its_people_until_the_server_fails_to_answer(
    open_bench: Any, qtbot: Any
) -> None:
    """`make run` and a freshly installed bench sign nobody in before the first round brings
    the people: while it runs that is news to wait for; once it failed, a fault to fix."""
    silent = socket.create_server(("127.0.0.1", 0))  # listens, never answers: the round waits
    bench = open_bench(
        bench_settings(f"http://127.0.0.1:{silent.getsockname()[1]}", new_token_secret(), "")
    )
    shown = bench.window.sign_in.ui.error
    qtbot.waitUntil(lambda: shown.text() == "Getting the list of people from the server…")
    assert not bench.window.sign_in.ui.signInButton.isEnabled()
    silent.close()  # the waiting request is reset: the first round failed
    qtbot.waitUntil(lambda: shown.text().startswith("No inspectors are known"), timeout=30000)


def test_settings_dialog_covers_every_option_and_refuses_bad_values(qtbot: Any) -> None:
    settings = Settings({"server.url": "https://returns.example"}, source="user")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for option in OPTIONS:
        assert dialog.field(option.key) is not None
    dialog.field("station.name").setText("bench-7")
    dialog.field("camera.source").setText("")
    dialog.field("camera.source").setText("2")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings["station.name"] == "bench-7"
    assert settings["camera.source"] == "2"
    assert settings.source("station.name") == "user"


def test_settings_from_the_command_line_are_read_only(qtbot: Any) -> None:
    settings = Settings({"server.url": "https://returns.example"}, source="cli")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.field("server.url").isEnabled()
    assert dialog.field("station.name").isEnabled()


def test_idle_bench_signs_out_and_keeps_the_draft(online_bench: Any, demo: Any, qtbot: Any) -> None:
    bench, drive = online_bench, online_bench.driver
    window = bench.window
    bench.inspect_by_scanner(demo.parcel.rma)
    drive.answer("imei", demo.batch.device_codes[demo.parcel.id])
    window.idle.set_minutes(0.01)  # 600 ms
    window.idle.start()
    qtbot.waitUntil(lambda: window.current_page() == SIGN_IN, timeout=5000)
    assert "signed out" in window.sign_in.ui.error.text()
    assert [d.ret.id for d in bench.station.drafts()] == [demo.parcel.id]


def test_start_forgets_returns_cached_past_retention(
    open_bench: Any, data_dir: Path, demo: Any
) -> None:
    import datetime as dt

    from sqlalchemy import update

    from inspector_app.station import Station
    from inspector_app.storage.models import ReturnRow
    from inspector_app.storage.returns_cache import CachedReturn

    settings = bench_settings("", "", str(demo.video))
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=settings["retention.days"] + 1)
    kept = (
        demo.batch.returns[0]
        if demo.batch.returns[0].id != demo.parcel.id
        else demo.batch.returns[1]
    )
    late = next(r for r in demo.batch.returns if r.id not in (demo.parcel.id, kept.id))
    with Station.open(data_dir, settings) as earlier:
        earlier.returns.upsert([CachedReturn(demo.parcel, inspected=True), kept, late])
        with earlier.db.write() as session:
            session.execute(
                update(ReturnRow)
                .where(ReturnRow.id.in_([demo.parcel.id, late.id]))
                .values(cached_at=long_ago)
            )

    bench = open_bench(settings)
    bench.driver.wait(lambda: bench.station.returns.get(demo.parcel.id) is None)
    assert bench.station.returns.get(kept.id) is not None
    # A parcel not inspected yet may still arrive: its return outlives the retention period.
    assert bench.station.returns.get(late.id) is not None
