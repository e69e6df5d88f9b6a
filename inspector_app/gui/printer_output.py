"""Intake labels on an operating-system printer, through Qt's print support.

OS printers need Qt, hence this GUI module rather than inspector_app.labels (which stays
Qt-free); finalize and the settings page's Test print both build their output here:

    output = label_output(PrinterTarget.parse(text), pdf_dir=data_dir / "labels")

`QtPrinterOutput.print_label` may be called on the station bridge's worker thread: Qt
supports painting on a QPrinter outside the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from inspector_app.gui.label_preview import to_qimage
from inspector_app.labels import (
    LabelLayout,
    LabelOutput,
    PrinterError,
    PrinterTarget,
    output_for,
    render_image,
)
from inspector_app.labels.printing import PDF_DPI


class QtPrinterOutput:
    """Labels sent to an OS printer through QPrinter, page size set to the label stock.

    With `pdf_file`, Qt's own PDF engine stands in for the printer: the same page setup and
    painting, checkable without a printer (tests, and a user's 'print to file').
    """

    def __init__(self, name: str = "", pdf_file: Path | None = None) -> None:
        self.target = PrinterTarget("system", name=name, dpi=PDF_DPI)
        self.pdf_file = pdf_file

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.pdf_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.pdf_file))
            return printer
        info = (
            QPrinterInfo.printerInfo(self.target.name)
            if self.target.name
            else QPrinterInfo.defaultPrinter()
        )
        if info.isNull():
            which = f"named {self.target.name!r}" if self.target.name else "set as default"
            raise PrinterError(
                f"There is no printer {which} on this computer; check the printer setting."
            )
        printer.setPrinterName(info.printerName())
        return printer

    def print_label(self, layout: LabelLayout) -> str:
        printer = self._printer()
        width_mm, height_mm = layout.size.mm
        page = QPageSize(
            QSizeF(width_mm, height_mm),
            QPageSize.Unit.Millimeter,
            f"Label {layout.size.value}",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        printer.setPageLayout(
            QPageLayout(
                page,
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        printer.setFullPage(True)
        printer.setDocName(f"Intake label {layout.barcode.data}")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(
                f"The printer {printer.printerName() or self.pdf_file} "
                "could not start the job; is it installed and online?"
            )
        try:
            # Bars must stay crisp: scale without smoothing onto the whole page.
            area = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(area, to_qimage(render_image(layout)))
        finally:
            painter.end()
        where = self.pdf_file or printer.printerName()
        return f"Label sent to {where}."


def label_output(target: PrinterTarget, *, pdf_dir: Path) -> LabelOutput:
    """Where a label for `target` goes, OS printers included (what the bench prints with)."""
    return output_for(target, pdf_dir=pdf_dir, system=QtPrinterOutput(target.name))
