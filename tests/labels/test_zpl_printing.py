"""ZPL over raw TCP to a real loopback listener, printers that are off, and PDF output."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PdfOutput,
    PrinterError,
    PrinterTarget,
    ZplOutput,
    layout_label,
    output_for,
    print_intake_label,
    send_zpl,
    to_zpl,
)


def test_zpl_job_holds_the_layout(content: LabelContent) -> None:
    layout = layout_label(content, LabelSize.SMALL, 203)
    job = to_zpl(layout).decode("utf-8")
    assert job.startswith("^XA\n^CI28\n^PW496\n^LL232\n")
    assert job.endswith("^XZ\n")
    assert f"^BY{layout.barcode.module},3,{layout.barcode.height}" in job
    assert f"^FD>;{layout.barcode.data}^FS" in job
    assert "^FH_^FDRMA-2026-004211^FS" in job
    assert job.count("^FO") == len(layout.texts) + 1


def test_zpl_field_data_cannot_inject_commands(content: LabelContent) -> None:
    content = dataclasses.replace(content, rma="R^XZ~JA_1")
    job = to_zpl(layout_label(content, LabelSize.SMALL, 203)).decode("utf-8")
    assert "^FDR_5EXZ_7EJA_5F1^FS" in job
    assert job.count("^XZ") == 1


def test_print_sends_the_exact_job_to_the_printer(content: LabelContent, tcp_printer) -> None:
    target = PrinterTarget.parse(f"zpl:127.0.0.1:{tcp_printer.port}")
    message = print_intake_label(content, LabelSize.LARGE, ZplOutput(target), language="fr")
    assert tcp_printer.wait_job() == to_zpl(layout_label(content, LabelSize.LARGE, 203, "fr"))
    assert message == f"Label sent to 127.0.0.1:{tcp_printer.port}."


def test_zpl_at_300_dpi_lays_out_at_300_dpi(content: LabelContent, tcp_printer) -> None:
    target = PrinterTarget.parse(f"zpl:127.0.0.1:{tcp_printer.port}:300")
    print_intake_label(content, LabelSize.SMALL, ZplOutput(target))
    assert b"^PW732\n^LL343\n" in tcp_printer.wait_job()


def test_printer_switched_off_is_a_clear_error_and_nothing_else_breaks(
    content: LabelContent, closed_port: int, tcp_printer
) -> None:
    off = ZplOutput(PrinterTarget.parse(f"zpl:127.0.0.1:{closed_port}"))
    with pytest.raises(PrinterError, match=r"refused the connection; is it switched on"):
        print_intake_label(content, LabelSize.SMALL, off)
    on = ZplOutput(PrinterTarget.parse(f"zpl:127.0.0.1:{tcp_printer.port}"))
    print_intake_label(content, LabelSize.SMALL, on)
    assert tcp_printer.wait_job().startswith(b"^XA")


def test_unresponsive_printer_times_out_quickly(unresponsive_port: int) -> None:
    started = time.monotonic()
    with pytest.raises(PrinterError, match=r"did not answer within 0.3 s"):
        send_zpl(b"^XA^XZ", "127.0.0.1", unresponsive_port, timeout=0.3)
    assert time.monotonic() - started < 3


def test_unknown_printer_host_is_a_clear_error() -> None:
    with pytest.raises(PrinterError, match=r"address 'printer\.invalid' is unknown"):
        send_zpl(b"^XA^XZ", "printer.invalid", 9100, timeout=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pdf", PrinterTarget("pdf", dpi=300)),
        ("system:", PrinterTarget("system", dpi=300)),
        ("system:Brother QL-820NWB", PrinterTarget("system", name="Brother QL-820NWB", dpi=300)),
        ("zpl:10.0.0.20", PrinterTarget("zpl", host="10.0.0.20", port=9100, dpi=203)),
        (
            "zpl:zebra-3.local:6101:300",
            PrinterTarget("zpl", host="zebra-3.local", port=6101, dpi=300),
        ),
    ],
)
def test_printer_setting_parses(text: str, expected: PrinterTarget) -> None:
    assert PrinterTarget.parse(text) == expected
    assert PrinterTarget.parse(str(expected)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lpr:foo", "expected pdf, system"),
        ("pdf:somewhere", "expected pdf, system"),
        ("zpl:", "expected zpl:<host>:<port>"),
        ("zpl:host:port", "expected zpl:<host>:<port>"),
        ("zpl:host:70000", "outside 1-65535"),
        ("zpl:host:9100:250", "203, 300 or 600 dpi"),
    ],
)
def test_bad_printer_setting_is_refused_with_an_example(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PrinterTarget.parse(text)


def test_pdf_output_saves_one_file_per_inspection(content: LabelContent, tmp_path: Path) -> None:
    output = output_for(PrinterTarget.parse("pdf"), pdf_dir=tmp_path / "labels")
    assert isinstance(output, PdfOutput)
    message = print_intake_label(content, LabelSize.SMALL, output)
    message_again = print_intake_label(content, LabelSize.LARGE, output)
    files = list((tmp_path / "labels").iterdir())
    assert len(files) == 1
    assert files[0].read_bytes().startswith(b"%PDF")
    assert message == message_again == f"Label saved to {files[0]}."


def test_pdf_output_to_an_unusable_folder_is_a_clear_error(
    content: LabelContent, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "labels"
    not_a_folder.write_text("a file where the label folder should be")
    with pytest.raises(PrinterError, match=f"Could not save the label to {not_a_folder}"):
        print_intake_label(content, LabelSize.SMALL, PdfOutput(not_a_folder))
    assert not_a_folder.read_text() == "a file where the label folder should be"


def test_system_printer_needs_the_station_window(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="only available in the station window"):
        output_for(PrinterTarget.parse("system:Office"), pdf_dir=tmp_path)
