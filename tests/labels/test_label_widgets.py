"""The label preview, the OS-printer output (through Qt's PDF engine) and the printer
settings page with its Test print to a real loopback printer."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from inspector_app.gui.bridges import StationBridge
from inspector_app.gui.label_preview import LabelPreview, preview_image
from inspector_app.gui.printer_output import QtPrinterOutput
from inspector_app.gui.printer_settings import PrinterSettingsPage
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PrinterError,
    inspection_id_from_barcode,
    layout_label,
    print_intake_label,
)
from inspector_app.messages import MessageCatalog
from inspector_app.settings import SettingError, Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def bridge(qtbot) -> Iterator[StationBridge]:
    bridge = StationBridge()
    yield bridge
    bridge.run_sync_for_shutdown(lambda: None)


def make_page(qtbot, bridge: StationBridge, tmp_path: Path, printer: str) -> PrinterSettingsPage:
    settings = Settings({"labels.enabled": True, "labels.printer": printer, "labels.size": "4x6in"})
    page = PrinterSettingsPage(
        settings, call=bridge.call, pdf_dir=tmp_path / "labels", catalog=MessageCatalog.load()
    )
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize("size", list(LabelSize))
def test_os_printer_output_prints_the_label_page(
    content: LabelContent, size: LabelSize, tmp_path: Path, qtbot
) -> None:
    pdf = tmp_path / "printed.pdf"
    message = print_intake_label(content, size, QtPrinterOutput(pdf_file=pdf))
    assert message == f"Label sent to {pdf}."
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
    width_pt, height_pt = float(line.split()[2]), float(line.split()[4])
    assert (width_pt, height_pt) == pytest.approx(tuple(v * 72 / 25.4 for v in size.mm), abs=1)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [inspection_id_from_barcode(r.text) for r in found] == [content.inspection_id]


def test_unknown_os_printer_is_a_clear_error(content: LabelContent, qtbot) -> None:
    output = QtPrinterOutput("No Such Printer 42")
    with pytest.raises(PrinterError, match="no printer named 'No Such Printer 42'"):
        output.print_label(layout_label(content, LabelSize.SMALL, 300))


def test_label_preview_shows_the_label_and_asks_to_print(content: LabelContent, qtbot) -> None:
    preview = LabelPreview()
    qtbot.addWidget(preview)
    assert not preview.print_button.isEnabled()
    preview.show_label(content, LabelSize.SMALL)
    image = preview.picture.image
    assert image.width() / image.height() == pytest.approx(62 / 29, rel=0.01)
    with qtbot.waitSignal(preview.print_requested):
        preview.print_button.click()
    preview.set_status("Printer off", ok=False)
    assert preview.status.property("tone") == "bad"
    preview.clear()
    assert not preview.print_button.isEnabled()


def test_page_edits_the_printer_setting(bridge, tmp_path: Path, qtbot) -> None:
    page = make_page(qtbot, bridge, tmp_path, "zpl:zebra-3.local:6101:300")
    assert page.values() == {
        "labels.enabled": True,
        "labels.printer": "zpl:zebra-3.local:6101:300",
        "labels.size": "4x6in",
    }
    page.host.clear()
    with pytest.raises(SettingError, match="enter the label printer's address"):
        page.values()
    page.kind.setCurrentIndex(page.kind.findData("system"))
    assert page.values()["labels.printer"] == "system:"
    page.kind.setCurrentIndex(page.kind.findData("pdf"))
    page.label_size.setCurrentIndex(page.label_size.findData("62x29mm"))
    page.enabled.setChecked(False)
    assert page.values() == {
        "labels.enabled": False,
        "labels.printer": "pdf",
        "labels.size": "62x29mm",
    }


def test_test_print_reaches_the_network_printer(bridge, tcp_printer, tmp_path: Path, qtbot) -> None:
    page = make_page(qtbot, bridge, tmp_path, f"zpl:127.0.0.1:{tcp_printer.port}")
    with qtbot.waitSignal(page.test_finished, timeout=10000) as finished:
        page.test_button.click()
    assert finished.args == [True, f"Label sent to 127.0.0.1:{tcp_printer.port}."]
    job = tcp_printer.wait_job()
    assert job.startswith(b"^XA") and b"TEST-PRINT" in job
    assert page.test_button.isEnabled()


@pytest.mark.expect_log(
    "inspector_app.gui.failures", r"^test print failed: .* refused the connection"
)
def test_test_print_to_a_printer_that_is_off_says_so(
    bridge, closed_port: int, tmp_path: Path, qtbot
) -> None:
    page = make_page(qtbot, bridge, tmp_path, f"zpl:127.0.0.1:{closed_port}")
    with qtbot.waitSignal(page.test_finished, timeout=10000) as finished:
        page.test_button.click()
    ok, message = finished.args
    assert not ok
    assert "refused the connection; is it switched on" in message
    assert page.test_status.text() == message


def test_test_print_to_pdf_saves_a_file(bridge, tmp_path: Path, qtbot) -> None:
    page = make_page(qtbot, bridge, tmp_path, "pdf")
    with qtbot.waitSignal(page.test_finished, timeout=10000) as finished:
        page.test_button.click()
    assert finished.args[0] is True
    assert [p.suffix for p in (tmp_path / "labels").iterdir()] == [".pdf"]


def test_page_lists_every_template_with_its_origin(bridge, tmp_path: Path, qtbot) -> None:
    page = make_page(qtbot, bridge, tmp_path, "pdf")
    assert page.templates.count() == 16  # 8 kinds of message in 2 languages
    page.templates.setCurrentRow(8)
    subject, body = page.message.text()
    assert subject.startswith("Subject: Votre retour RMA-2026-004211")
    assert body.startswith("Bonjour Camille,")


def test_preview_image_made_on_the_bridge_is_shown(content: LabelContent, bridge, qtbot) -> None:
    preview = LabelPreview()
    qtbot.addWidget(preview)
    bridge.call(preview_image, content, LabelSize.LARGE, "fr", done=preview.show_image)
    qtbot.waitUntil(preview.print_button.isEnabled)
    image = preview.picture.image
    assert image.width() / image.height() == pytest.approx(4 / 6, rel=0.01)
