"""The French interface, every screen walked as an inspector and a lead would: no English.

See tests/gui/french_walk.py for what counts as English and how to add a screen.
"""

from __future__ import annotations

from typing import Any

import pytest
from lead.server_lists import INSPECTOR, seed_closed_folder, seed_coded_plan
from live_server import PEOPLE
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.domain.returns import Outcome
from inspector_app.gui import i18n, worker_calls
from inspector_app.gui.lead_prompt import LeadPrompt
from inspector_app.gui.main_window import SCAN, VERDICT
from inspector_app.scanning.sources import CaptureSettings
from tools.gui_driver import PHOTOS, SMARTPHONE_ANSWERS

from .conftest import bench_settings
from .french_walk import (
    Screen,
    Walk,
    catalogue_english,
    checklist_english,
    english_in,
    mnemonic_clashes,
    read_screen,
    walk,
)


def _data_of(ret: Any) -> set[str]:
    product = ret.product
    return {
        ret.rma,
        ret.order_id,
        ret.id,
        product.model,
        product.sku,
        product.imei,
        product.serial,
        ret.customer_name,
        ret.reason_detail,
        *ret.tracking_numbers,
    }


def sign_in(w: Walk) -> list[QWidget]:
    shown = [w.window]
    w.driver.sign_in()
    people = w.window.sign_in.ui.inspector
    w.data |= {people.itemText(i) for i in range(people.count())}  # names are data
    return shown


def signed_in(w: Walk) -> list[QWidget]:
    return [w.window]


def camera_fails(w: Walk) -> list[tuple[str, str]]:
    """The camera's own error (a file that is not there), then the camera off again."""
    missing = "/nonexistent/bench-camera.avi"
    w.data.add(missing)
    scans = w.bench.app.scans
    scans.start(missing, CaptureSettings(), ["QRCode"], 2.0)
    status = w.window.scan_page.ui.cameraStatus
    w.driver.wait(lambda: missing in status.text())
    shown = w.read(w.window)
    scans.stop()
    return shown


def unknown_code(w: Walk) -> list[QWidget]:
    w.data.add("1Z999AA10000000000")
    w.driver.type_code("1Z999AA10000000000")
    w.driver.wait(lambda: "1Z999AA10000000000" in w.window.scan_page.ui.message.text())
    return [w.window]


def ineligible_card(w: Walk) -> list[QWidget]:
    late = next(r for r in w.demo.batch.returns if r.id in w.demo.batch.late)
    w.data |= _data_of(late) | {"Back Market"}  # the marketplace's name
    w.driver.type_code(late.rma)
    w.driver.wait_card()
    # its Care folder closed on Back Market (seeded): the server's sentence, by its code
    w.driver.wait(lambda: "Back Market" in w.window.card.ui.flags.text())
    return [w.window]


def back_and_eligible_card(w: Walk) -> list[QWidget]:
    QTest.keyClick(w.window.card, Qt.Key.Key_Escape)  # back to scanning
    w.driver.wait(lambda: w.window.current_page() == SCAN)
    w.data |= _data_of(w.demo.parcel)
    w.driver.type_code(w.demo.parcel.rma)
    w.driver.wait_card()
    return [w.window]


def checklist_sections(w: Walk) -> list[tuple[str, str]]:
    """Every section of the smartphone checklist, read when it opens (a completed section
    moves on by itself), and the last one once answered too."""
    drive = w.driver
    drive.start_inspection()
    w.bench.app.start_camera()  # photos need frames; the camera shows this same parcel
    texts = w.read(w.window)
    imei = w.demo.batch.device_codes[w.demo.parcel.id]
    w.data.add(imei)
    drive.answer("imei", imei)
    page = w.window.checklist
    sections = {
        item.id: index
        for index, section in enumerate(page.snapshot().template.sections)
        for item in section.items
    }
    read = set()  # sections whose texts were read (a complete one moves on by itself)
    for item_id, value in [*SMARTPHONE_ANSWERS, ("overview", None)]:
        while page.section_index < sections[item_id]:
            drive.next_section()
        if page.section_index not in read:
            read.add(page.section_index)
            texts += w.read(w.window)
        if value is not None:
            drive.answer(item_id, value)
        if item_id in PHOTOS:
            drive.take_photos(item_id, PHOTOS[item_id])
    texts += w.read(w.window)
    texts += w.read_modal(lambda: w.window.photos.take("overview"), _close)  # the camera
    first = page.snapshot().photos["overview"][0]
    texts += w.read_modal(lambda: w.window.photos.open("overview", first), _close)  # viewer
    photo = worker_calls.decode(w.bench.station.photo(first))
    label = i18n.show(page.snapshot().template.item("overview").label)
    texts += w.read_modal(lambda: w.window.photos.mark("overview", label, first, photo), _close)
    drive.next_section()
    drive.wait(lambda: w.window.current_page() == VERDICT)
    return texts


def verdicts(w: Walk) -> list[tuple[str, str]]:
    """The verdict page and its message preview for each outcome the inspector may pick."""
    verdict = w.window.verdict
    language = verdict.message.language  # the customer here writes French
    language.setCurrentIndex(language.findData("fr"))
    language.activated.emit(language.currentIndex())
    texts = w.read(w.window)
    for outcome in (Outcome.REFUSE_SEND_BACK, Outcome.PARTIAL_REFUND, Outcome.REPAIR):
        verdict.ui.outcome.setCurrentIndex(verdict.ui.outcome.findData(outcome))
        QTest.qWait(50)
        texts += w.read(w.window)
    return texts


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def saved(w: Walk) -> list[QWidget]:
    """Finalized: the scan screen confirms it and waits for the next parcel."""
    verdict = w.window.verdict
    verdict.ui.outcome.setCurrentIndex(verdict.ui.outcome.findData(Outcome.ACCEPT_FULL_REFUND))
    w.driver.finalize()
    return [w.window]


def inspected_card(w: Walk) -> list[QWidget]:
    """The parcel just finalized, scanned again: by whom and when, Correct this inspection."""
    w.data |= {"Ines Inspector", "badge-0042"}  # who inspected it: names, not interface
    w.driver.type_code(w.demo.parcel.rma)
    w.driver.wait_card()
    card = w.window.card
    w.driver.wait(lambda: card.ui.inspectedValue.text() not in ("", "…"))
    return [w.window]


def lead_prompt(w: Walk) -> list[tuple[str, str]]:
    """A lead called to the bench for a correction, with a refusal shown."""
    QTest.keyClick(w.window.card, Qt.Key.Key_Escape)  # back to scanning
    w.data.add("Luc Lead")
    prompt = LeadPrompt([("lead-0001", "Luc Lead")], w.demo.parcel.rma, w.window)
    prompt.show()
    w.driver.wait(prompt.isVisible)
    prompt.show_problem(prompt.tr("Type the lead's PIN."))
    texts = w.read(prompt)
    prompt.reject()
    prompt.deleteLater()
    return texts


def needs_attention(w: Walk) -> list[tuple[str, str]]:
    return w.read_modal(w.window.open_attention, _close)


def settings_dialog(w: Walk) -> list[tuple[str, str]]:
    return w.read_modal(w.window.open_settings, _close)


def about_dialog(w: Walk) -> list[tuple[str, str]]:
    return w.read_modal(w.window.open_about, _close)


def lead_view(w: Walk) -> list[tuple[str, str]]:
    """A lead signs in at the bench: the Lead view opens; each of its tabs, read in turn."""
    w.window.sign_out()
    name, badge, pin = PEOPLE["lead"]
    # Back Market names its problem types in English (OTHER) and is a name itself.
    w.data |= {name, badge, INSPECTOR, "OTHER", "Back Market"}
    w.driver.sign_in(badge, pin)
    views = w.bench.app.lead_view
    w.driver.wait(lambda: views.view is not None and views.view.snapshot is not None)
    view = views.view
    w.driver.wait(lambda: all(tab.found is not None for tab in view.server_tabs))
    texts: list[tuple[str, str]] = []
    for index in range(view.ui.tabs.count()):
        view.ui.tabs.setCurrentIndex(index)
        texts += w.read(view)
    return texts


def lead_decisions(w: Walk) -> list[tuple[str, str]]:
    """The dialogs of a lead's decisions on the Marketplace tab's plan."""
    view = w.bench.app.lead_view.view
    plans = view.plans
    view.ui.tabs.setCurrentWidget(view.ui.plansTab)
    w.driver.wait(lambda: plans.plan() is not None)
    texts: list[tuple[str, str]] = []
    for decide in (plans.approve, plans.approve_other_amount, plans.reject):
        decide()
        dialog = plans.dialog
        texts += w.read(dialog)
        dialog.reject()
    return texts


SCREENS = [
    Screen("sign-in", sign_in),
    Screen("scanning", signed_in),
    Screen("scanning: the camera fails", camera_fails),
    Screen("scanning: an unknown code", unknown_code),
    Screen("return card: not eligible", ineligible_card),
    Screen("return card: eligible", back_and_eligible_card),
    Screen("checklist: every section", checklist_sections),
    Screen("verdict and message, each outcome", verdicts),
    Screen("saved, next parcel", saved),
    Screen("return card: inspected", inspected_card),
    Screen("a lead authorises a correction", lead_prompt),
    Screen("needs attention", needs_attention),
    Screen("settings", settings_dialog),
    Screen("about", about_dialog),
    Screen("the Lead view, every tab", lead_view),
    Screen("a lead's decisions on a marketplace plan", lead_decisions),
]


# The offscreen platform cannot size a dialog's native window; the platform's limit.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
# The walk picks each outcome on the verdict page; a refusal with no finding has no message.
@pytest.mark.expect_log(
    "inspector_app.gui.failures", "^rendering the customer message failed: A refusal must tell"
)
@pytest.mark.expect_log("inspector_app.scanning", "^camera: Camera file /nonexistent/")
def test_the_french_interface_shows_no_english(
    french: None, live_server: Any, demo: Any, open_bench: Any, qtbot: Any
) -> None:
    live_server.add_returns(demo.batch.returns)
    seed_coded_plan(live_server)  # the Marketplace tab's sentences come from the server
    late = next(r for r in demo.batch.returns if r.id in demo.batch.late)
    seed_closed_folder(live_server, late.id, folder_id=4242)  # the card's Back Market line
    settings = bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    bench = open_bench(settings)
    bench.app.scans.stop()  # the walk types its codes; the camera must not open other cards
    # The application's name, this bench's, and "English" as its speakers write it in the
    # message's language list are names, not interface text.
    state = Walk(bench, qtbot, demo, data={"Return Inspector", settings["station.name"], "English"})
    findings = walk(state, SCREENS)
    report = "\n".join(str(f) for f in findings)
    assert not findings, f"English in the French interface ({len(findings)}):\n{report}"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.expect_log(
    "inspector_app.gui.failures", "^rendering the customer message failed: A refusal must tell"
)
@pytest.mark.expect_log("inspector_app.scanning", "^camera: Camera file /nonexistent/")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_controls_of_a_screen_answer_the_same_alt_key(
    *, language: str, request: Any, live_server: Any, demo: Any, open_bench: Any, qtbot: Any
) -> None:
    """Every screen of the walk, in each language: an Alt key reaches one control, and a
    field's label keeps its Alt key whatever the code sets it to."""
    if language == "fr":
        request.getfixturevalue("french")
    live_server.add_returns(demo.batch.returns)
    seed_coded_plan(live_server)
    late = next(r for r in demo.batch.returns if r.id in demo.batch.late)
    seed_closed_folder(live_server, late.id, folder_id=4242)  # the walk waits for its line
    settings = bench_settings(live_server.url, live_server.tokens["station"], str(demo.video))
    bench = open_bench(settings)
    bench.app.scans.stop()  # the walk types its codes; the camera must not open other cards
    state = Walk(bench, qtbot, demo, reader=mnemonic_clashes)
    clashes = [f"  [{s.name}] {key}: {who}" for s in SCREENS for key, who in read_screen(state, s)]
    assert not clashes, f"Alt keys in {language} ({len(clashes)}):\n" + "\n".join(clashes)


def test_the_reader_tells_english_from_french_and_data() -> None:
    known = catalogue_english() | checklist_english()
    question = "Does the phone power on (charge 10 minutes first if it seems dead)?  *"
    texts = [
        ("button", "Take photo"),  # shown without the catalogue
        ("label", question),  # a checklist question shown without its French
        ("hint", "Scan the parcel, then press Enter"),  # English the catalogue never saw
        ("button", "Prendre une photo"),
        ("label", "Issue"),  # French, though also an English word of the catalogue
        ("label", "Connecté : Ines Inspector"),  # a name is data
        ("hint", "Délivré par `inspector-server add-station`."),  # a command
    ]
    found = english_in("screen", texts, known, data={"Ines Inspector"})
    assert [(f.text, f.why) for f in found] == [
        ("Take photo", "untranslated: 'Take photo'"),
        (question, f"untranslated: {question[:-3]!r}"),
        ("Scan the parcel, then press Enter", "English words: enter, parcel, press, the, then"),
    ]
