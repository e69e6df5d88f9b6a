"""The camera proposes, the inspector decides: a second parcel in view never replaces the card
or answers the IMEI; a code of the IMEI's shape is proposed only into an empty item; the parcel
sent back to scanning is not reopened while it is still in view.

Each test plays a real video through OpenCV showing more than one label, as a bench camera
sees the next parcel waiting beside the one being inspected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_app.gui.main_window import CARD, CHECKLIST, SCAN
from inspector_app.scanning.demo_video import Parcel, write_demo_video

from .conftest import bench_settings, label_video


def two_parcels(demo: Any) -> tuple[Any, Any]:
    """The demo's phone and another return whose label lies beside it."""
    other = next(r for r in demo.batch.returns if r.id != demo.parcel.id and r.tracking_numbers)
    return demo.parcel, other


def camera_bench(
    live_server: Any, demo: Any, open_bench: Any, tmp_path: Path, parcels: list[Parcel]
) -> Any:
    live_server.add_returns(demo.batch.returns)
    video = write_demo_video(
        tmp_path / "two.avi", parcels, size=(960, 540), label_s=2.5, empty_s=0.5
    )
    return open_bench(bench_settings(live_server.url, live_server.tokens["station"], str(video)))


def open_checklist(bench: Any, qtbot: Any, rma: str) -> None:
    """Sign in, type `rma` on the scan page, and start its inspection."""
    bench.driver.sign_in()
    bench.driver.type_code(rma)
    qtbot.waitUntil(lambda: bench.window.card.ui.rmaValue.text() == rma, timeout=30000)
    bench.driver.start_inspection()


def scans_seen(bench: Any) -> list[list[str]]:
    """Every camera scan event from now on, as the window receives them."""
    seen: list[list[str]] = []
    bench.app.scans.scanned.connect(lambda codes, _t: seen.append(list(codes)))
    return seen


def test_another_label_in_view_offers_a_switch_and_never_replaces_the_card(
    live_server: Any, demo: Any, open_bench: Any, tmp_path: Path, qtbot: Any
) -> None:
    first, second = two_parcels(demo)
    bench = camera_bench(
        live_server,
        demo,
        open_bench,
        tmp_path,
        [Parcel(first.tracking_numbers[0], first.rma), Parcel(second.tracking_numbers[0])],
    )
    window, drive = bench.window, bench.driver
    drive.sign_in()
    drive.wait_card(timeout=60000)
    shown = window.card.ui.rmaValue.text()
    assert shown in (first.rma, second.rma)
    other = second if shown == first.rma else first
    # The other label comes into view: a banner offers it, the card stays.
    qtbot.waitUntil(window.card.new_parcel.isVisible, timeout=60000)
    assert "New parcel seen" in window.card.new_parcel.text()
    assert window.card.ui.rmaValue.text() == shown
    assert window.current_page() == CARD
    # Enter switches, to a card (never straight into a checklist).
    assert other.rma in window.card.new_parcel.text()
    QTest.keyClick(window.card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.ui.rmaValue.text() != shown, timeout=20000)
    assert window.current_page() == CARD
    assert window.card.ui.rmaValue.text() == other.rma
    assert not window.card.offers_new_parcel()


def test_the_camera_never_answers_the_imei_with_a_label_nor_overwrites_a_typed_one(
    live_server: Any, demo: Any, open_bench: Any, tmp_path: Path, qtbot: Any
) -> None:
    first, second = two_parcels(demo)
    device = demo.batch.device_codes[first.id]
    bench = camera_bench(
        live_server,
        demo,
        open_bench,
        tmp_path,
        [
            Parcel(first.tracking_numbers[0], first.rma),
            Parcel(second.tracking_numbers[0], second.rma),
            Parcel(device),  # the box label with the phone's IMEI
        ],
    )
    window, drive = bench.window, bench.driver
    open_checklist(bench, qtbot, first.rma)
    assert window.checklist.current_item_id() == "imei"
    seen = scans_seen(bench)
    # The camera offers the device's IMEI (the only code of that shape in view).
    qtbot.waitUntil(lambda: drive.saved("imei", device), timeout=60000)
    # The inspector types another IMEI; the camera seeing the box label again leaves it.
    typed = "490154203237518"
    drive.answer("imei", typed)
    seen.clear()
    qtbot.waitUntil(lambda: any(device in codes for codes in seen), timeout=60000)
    qtbot.waitUntil(lambda: any(second.rma in codes for codes in seen), timeout=60000)
    qtbot.waitUntil(lambda: not window.bridge.pending())
    assert window.current_page() == CHECKLIST
    assert drive.saved("imei", typed)


def test_the_imei_item_ignores_labels_and_refuses_codes_of_the_wrong_shape(
    live_server: Any, demo: Any, open_bench: Any, tmp_path: Path, qtbot: Any
) -> None:
    first, second = two_parcels(demo)
    bench = camera_bench(
        live_server,
        demo,
        open_bench,
        tmp_path,
        [
            Parcel(first.tracking_numbers[0], first.rma),
            Parcel(second.tracking_numbers[0], second.rma),
        ],
    )
    window, drive = bench.window, bench.driver
    open_checklist(bench, qtbot, first.rma)
    seen = scans_seen(bench)
    qtbot.waitUntil(lambda: any(second.tracking_numbers[0] in c for c in seen), timeout=60000)
    qtbot.waitUntil(lambda: any(first.tracking_numbers[0] in c for c in seen), timeout=60000)
    qtbot.waitUntil(lambda: not window.bridge.pending())
    assert window.current_page() == CHECKLIST
    assert window.checklist.value_of("imei") is None
    # Typed by hand: fifteen ones are no IMEI; the item says so and stays empty.
    imei = drive.widget("imei")
    imei.field.setFocus()
    QTest.keyClicks(imei.field, "111111111111111", delay=60)
    QTest.keyClick(imei.field, Qt.Key.Key_Return, delay=60)
    qtbot.waitUntil(lambda: "not an IMEI" in imei.status.text())
    assert window.checklist.value_of("imei") is None


def test_a_card_sent_back_to_scanning_is_not_reopened_while_its_label_is_in_view(
    live_server: Any, demo: Any, open_bench: Any, tmp_path: Path, qtbot: Any
) -> None:
    parcel = demo.parcel
    live_server.add_returns(demo.batch.returns)
    # the label never leaves the view, even as the video loops
    video = label_video(tmp_path / "stays.avi", parcel, label_s=3.0, empty_s=0.0)
    bench = open_bench(bench_settings(live_server.url, live_server.tokens["station"], str(video)))
    window, drive = bench.window, bench.driver
    drive.sign_in()
    drive.type_code(parcel.rma)
    drive.wait_card()
    # The camera has seen the label while the card was shown (on a loaded machine the
    # stream may start late): what is under test is that it stays in view, not first sight.
    # Its first scan may come before the test could listen for it, and as the label never
    # leaves there is no second one: watch the decoded frames instead.
    bench.wait_label_in_view(qtbot)
    QTest.keyClick(window.card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_page() == SCAN)
    bench.wait_label_in_view(qtbot)
    assert window.current_page() == SCAN
