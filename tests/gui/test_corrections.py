"""Corrections through the real window, against the live test server: the card of an
inspected return says by whom and when and offers "Correct this inspection" (Alt+C); this
bench's own fresh verdict is corrected at once, another bench's after a lead signs in at
the bench (wrong PIN first); a refused (409) inspection is corrected from the
needs-attention dialog and leaves the count. Each correction reaches the server once."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.gui.attention_dialog import AttentionDialog
from inspector_app.gui.main_window import CHECKLIST
from inspector_app.gui.photo_viewer import PhotoViewer
from inspector_app.server.photo_store import photo_key
from inspector_app.settings import Settings
from inspector_app.station import OutboxState, Station

from .test_photos import on_viewer
from .test_status_and_dialogs import OFFSCREEN_BOX

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from station.support import fill_checklist, jpeg, verdict_for
from sync.helpers import ServerView

LEAD, LEAD_PIN = "lead-0001", "432100"  # tests/live_server.py seeds them
REFUSED_409 = r"needs attention: The server refused \(409 "
_hues = itertools.count(0, 37)


def picture(item_id: str) -> bytes:
    """A real JPEG (the window decodes the photos a correction starts with), distinct per
    call."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv(next(_hues) % 360, 200, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    return bytes(data.data())


def _finalize_here(bench: Any, qtbot: Any, return_id: str) -> str:
    """An inspection with real photos finalized on the station's worker, as the verdict
    screen does; its UUID."""
    station = bench.station
    done: list[str] = []

    def inspect() -> str:
        draft = station.start_inspection(return_id, inspector="badge-0042")
        fill_checklist(draft, photo=picture)
        return station.finalize(draft, verdict_for(draft)).uuid

    bench.app.bridge.call(inspect, done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    return done[0]


def _other_bench(live_server: Any, demo: Any, tmp_path: Path) -> Station:
    """Another bench (bench-2) on the same server, with the demo's returns."""
    station = Station.open(
        tmp_path / "other",
        Settings(
            {
                "server.url": live_server.url,
                "server.token": live_server.add_station("bench-2"),
                "station.name": "bench-2",
            }
        ),
    )
    station.returns.upsert(demo.batch.returns)
    return station


def _inspect_and_send(station: Station, return_id: str) -> str:
    """Another bench's inspection, with real photos (a correction now starts with them, and
    the window makes their thumbnails), sent to the server."""
    draft = station.start_inspection(return_id, inspector="badge-0042")
    fill_checklist(draft, photo=picture)
    uuid = station.finalize(draft, verdict_for(draft)).uuid
    for _ in range(20):
        if station.sync_once().pending == 0:
            break
    assert station.outbox.get(uuid).state is OutboxState.SENT
    return uuid


def _scan_card(bench: Any, code: str) -> None:
    bench.driver.scanner_burst(code, bench.window.scan_page.ui.code)
    bench.driver.wait_card()


def _alt_c(window: Any) -> None:
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)


def _finish_correction(bench: Any, qtbot: Any) -> str:
    """Complete and finalize the correction open on the checklist page, on the station's
    worker as the verdict page does; its UUID."""
    draft = bench.window.session.draft
    done: list[str] = []

    def finish() -> str:
        fill_checklist(draft, photo=picture)
        return bench.station.finalize(draft, verdict_for(draft)).uuid

    bench.app.bridge.call(finish, done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    return done[0]


def _give_pin(qtbot: Any, prompt: Any, pin: str) -> None:
    """The lead types their PIN in the open LeadPrompt and presses Enter."""
    prompt.pin.setFocus()
    QTest.keyClicks(prompt.pin, pin, delay=90)
    qtbot.waitUntil(lambda: prompt.pin.text() == pin)
    QTest.keyClick(prompt.pin, Qt.Key.Key_Return)


def _sent(bench: Any, qtbot: Any, uuid: str) -> None:
    bench.station.wake_sync()
    qtbot.waitUntil(lambda: bench.station.outbox.get(uuid).state is OutboxState.SENT, timeout=30000)


def test_own_fresh_verdict_is_corrected_at_once_from_the_card(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any
) -> None:
    bench = online_bench
    window, card = bench.window, bench.window.card
    bench.app.scans.stop()
    bench.driver.sign_in()
    original = _finalize_here(bench, qtbot, demo.parcel.id)
    _sent(bench, qtbot, original)
    _scan_card(bench, demo.parcel.tracking_numbers[0])
    qtbot.waitUntil(lambda: card.ui.inspectedValue.text().startswith("by "))
    assert card.ui.inspectedValue.text().startswith("by Ines Inspector (badge-0042) on ")
    assert "shift lead" not in card.ui.inspectedValue.text()
    assert card.ui.sourceValue.text() == "this bench's list of returns"
    assert card.ui.correctButton.isVisible() and not card.ui.startButton.isVisible()
    _alt_c(window)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=20000)
    assert window.corrections.prompt is None  # no lead was needed
    draft = window.session.draft
    assert draft.run.answers == bench.station.inspection(original).answers
    correction = _finish_correction(bench, qtbot)
    _sent(bench, qtbot, correction)
    view = ServerView(live_server)
    try:
        assert view.superseded() == {original: correction}
    finally:
        view.close()


@pytest.mark.qt_log_ignore("Corrupt JPEG data", "JPEG datastream contains no image")  # the damage
def test_a_photo_that_cannot_be_decoded_gets_a_placeholder_and_can_be_deleted(
    online_bench: Any, demo: Any, qtbot: Any
) -> None:
    """A stored photo whose bytes decode to no picture (its signature and SHA-256 are
    right, its pixels are not): the correction opens with a tile saying it cannot be
    shown in its place, the other photos' thumbnails beside it, and no error box; the
    viewer says so in words, offers no marking, and deletes it."""
    bench = online_bench
    window, station = bench.window, bench.station
    bench.app.scans.stop()
    bench.driver.sign_in()
    damaged: list[bytes] = []

    def damaged_first(item_id: str) -> bytes:
        if damaged:
            return picture(item_id)
        damaged.append(jpeg(item_id))  # JPEG-signed bytes no decoder reads
        return damaged[0]

    done: list[str] = []

    def inspect() -> str:
        draft = station.start_inspection(demo.parcel.id, inspector="badge-0042")
        fill_checklist(draft, photo=damaged_first)
        return station.finalize(draft, verdict_for(draft)).uuid

    bench.app.bridge.call(inspect, done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    shas = [p.sha256 for p in station.inspection(done[0]).photos]
    bad, good = shas[0], shas[1:]
    assert good, "the checklist takes more than one photo"
    _scan_card(bench, demo.parcel.tracking_numbers[0])
    _alt_c(window)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=20000)
    checklist = window.checklist
    qtbot.waitUntil(lambda: all(checklist.thumbnail(s) is not None for s in shas), timeout=20000)
    tile = window.photos.unreadable_tile().toImage()
    assert checklist.thumbnail(bad).toImage() == tile
    for sha in good:
        thumb = checklist.thumbnail(sha)
        assert thumb.toImage() != tile and thumb.width() == 96  # a real picture, scaled
    assert window.current_page() == CHECKLIST  # no error box came between

    # The viewer says so too, and the inspector deletes it (it cannot be marked).
    seen: list[tuple[str, str, bool]] = []

    def look_and_delete(viewer: PhotoViewer) -> None:
        seen.append(
            (viewer.ui.image.text(), viewer.ui.caption.text(), viewer.ui.markButton.isEnabled())
        )
        QTest.keyClick(viewer, Qt.Key.Key_M)  # nothing to draw on: stays open
        viewer.ui.deleteButton.click()

    item = next(p.item for p in station.inspection(done[0]).photos if p.sha256 == bad)
    on_viewer(look_and_delete)
    window.photos.open(item, bad)
    qtbot.waitUntil(lambda: bad not in checklist.snapshot().photos.get(item, []), timeout=20000)
    [(text, caption, markable)] = seen
    assert text == (
        "This photo cannot be shown: its file holds no picture. Delete it, or retake it."
    )
    assert caption.startswith("Photo 1 of ") and "×" not in caption
    assert not markable


@pytest.mark.qt_log_ignore(OFFSCREEN_BOX)
@pytest.mark.expect_log(
    "inspector_app.gui.failures", r"^correction authorisation failed: Wrong PIN"
)
def test_another_benchs_verdict_is_corrected_after_a_lead_signs_in_at_the_bench(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    bench = online_bench
    window, card = bench.window, bench.window.card
    other = _other_bench(live_server, demo, tmp_path)
    try:
        theirs = _inspect_and_send(other, demo.parcel.id)
    finally:
        other.close()
    bench.app.scans.stop()
    bench.driver.sign_in()
    qtbot.waitUntil(
        lambda: bench.station.returns.get(demo.parcel.id).inspected, timeout=30000
    )  # the feed brought the other bench's verdict
    _scan_card(bench, demo.parcel.tracking_numbers[0])
    qtbot.waitUntil(lambda: "another bench" in card.ui.inspectedValue.text())
    assert card.ui.inspectedValue.text() == (
        "at another bench: the server holds the verdict — correcting it needs a shift lead"
    )
    _alt_c(window)
    qtbot.waitUntil(lambda: window.corrections.prompt is not None, timeout=20000)
    prompt = window.corrections.prompt
    qtbot.waitUntil(prompt.isVisible)
    assert prompt.lead.currentData() == LEAD

    _give_pin(qtbot, prompt, "999999")
    qtbot.waitUntil(lambda: prompt.problem.text() == "Wrong PIN. Try again.", timeout=20000)
    assert window.current_page() != CHECKLIST
    _give_pin(qtbot, prompt, LEAD_PIN)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=30000)
    assert window.corrections.prompt is None
    assert window.session.badge == "badge-0042"  # the inspector is still the one signed in
    view = ServerView(live_server)
    try:  # the checklist starts from the other bench's answers
        stored = json.loads(view.raw(theirs))["answers"]
    finally:
        view.close()
    assert window.session.draft.run.answers == {a["item"]: a["value"] for a in stored}
    correction = _finish_correction(bench, qtbot)
    _sent(bench, qtbot, correction)
    view = ServerView(live_server)
    try:
        assert view.superseded() == {theirs: correction}
        assert view.inspection_count() == 2
        assert len(view.server_events("correction_stored")) == 1
    finally:
        view.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_BOX)
def test_a_correction_says_how_many_photos_it_could_not_fetch(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Another bench's photos cannot be had (swapped on the server's disk, so they fail
    their SHA-256): the correction opens without them and the checklist page says so."""
    bench = online_bench
    window, card = bench.window, bench.window.card
    other = _other_bench(live_server, demo, tmp_path)
    try:
        theirs = _inspect_and_send(other, demo.parcel.id)
        their_photos = [p.sha256 for p in other.inspection(theirs).photos]
    finally:
        other.close()
    for sha in their_photos:
        (live_server.config.photo_dir / photo_key(sha)).write_bytes(b"not the photo")
    bench.app.scans.stop()
    bench.driver.sign_in()
    qtbot.waitUntil(lambda: bench.station.returns.get(demo.parcel.id).inspected, timeout=30000)
    assert not window.checklist.notice.isVisible()
    _scan_card(bench, demo.parcel.tracking_numbers[0])
    qtbot.waitUntil(lambda: "another bench" in card.ui.inspectedValue.text())
    _alt_c(window)
    qtbot.waitUntil(lambda: window.corrections.prompt is not None, timeout=20000)
    qtbot.waitUntil(window.corrections.prompt.isVisible)
    _give_pin(qtbot, window.corrections.prompt, LEAD_PIN)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=30000)
    notice = window.checklist.notice
    qtbot.waitUntil(notice.isVisible)
    assert len(their_photos) > 1
    assert notice.text() == (
        f"{len(their_photos)} photos of the earlier inspection could not be fetched: "
        "take them again."
    )
    assert window.session.draft.run.photos == {}
    assert window.corrections.photos_missing_text(1) == (
        "One photo of the earlier inspection could not be fetched: take it again."
    )
    correction = _finish_correction(bench, qtbot)  # the photos taken again
    _sent(bench, qtbot, correction)
    retaken = {p.sha256 for p in bench.station.inspection(correction).photos}
    assert retaken and not retaken & set(their_photos)


@pytest.mark.qt_log_ignore(OFFSCREEN_BOX)
@pytest.mark.expect_log("inspector_app.sync.push", REFUSED_409)
def test_a_refused_inspection_is_corrected_from_the_needs_attention_dialog(
    online_bench: Any, live_server: Any, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    bench = online_bench
    window = bench.window
    bench.app.scans.stop()
    bench.driver.sign_in()
    qtbot.waitUntil(lambda: bench.app.sync.status.last_success_at is not None, timeout=20000)
    other = _other_bench(live_server, demo, tmp_path)
    try:
        theirs = _inspect_and_send(other, demo.parcel.id)
    finally:
        other.close()
    mine = _finalize_here(bench, qtbot, demo.parcel.id)  # before this bench heard of theirs
    bench.station.wake_sync()
    qtbot.waitUntil(window.status.attention.isVisible, timeout=30000)

    def when(ready: Callable[[], bool], then: Callable[[], None]) -> None:
        if ready():
            then()
        else:
            QTimer.singleShot(50, lambda: when(ready, then))

    def dialog() -> Any:
        shown = QApplication.activeModalWidget()
        return shown if isinstance(shown, AttentionDialog) else None

    def ready() -> bool:
        shown = dialog()
        return (
            shown is not None
            and shown.ui.correctButton.isEnabled()
            and QApplication.activeWindow() is shown
        )

    def give_up() -> None:
        shown = dialog()
        if shown is not None:
            shown.reject()

    QTimer.singleShot(
        50,
        lambda: when(
            ready,
            lambda: QTest.keyClick(
                dialog().windowHandle(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier
            ),
        ),
    )
    QTimer.singleShot(90000, give_up)
    window.open_attention()  # returns once Correct closed it
    qtbot.waitUntil(lambda: window.corrections.prompt is not None, timeout=20000)
    prompt = window.corrections.prompt
    qtbot.waitUntil(prompt.isVisible)
    _give_pin(qtbot, prompt, LEAD_PIN)
    qtbot.waitUntil(lambda: window.current_page() == CHECKLIST, timeout=30000)
    # What this bench saw, not the other bench's answers.
    assert window.session.draft.run.answers == bench.station.inspection(mine).answers
    correction = _finish_correction(bench, qtbot)
    refused = bench.station.outbox.get(mine)
    assert refused.state is OutboxState.DISMISSED
    assert refused.message == f"Replaced by correction {correction}"
    qtbot.waitUntil(lambda: not window.status.attention.isVisible(), timeout=20000)
    _sent(bench, qtbot, correction)
    view = ServerView(live_server)
    try:
        assert view.superseded() == {theirs: correction}
        assert mine not in view.inspections()
    finally:
        view.close()
