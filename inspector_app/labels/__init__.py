"""Intake labels: what goes on them, how they are drawn, and where they are printed.

Qt-free; the OS printer output and the preview widget live in inspector_app.gui.

    content = LabelContent.for_inspection(payload, ret)   # wire.InspectionPayload + Return
    target = PrinterTarget.parse(settings["labels.printer"])       # ValueError on a typo
    output = output_for(target, pdf_dir=data_dir / "labels", system=qt_output_or_None)
    message = print_intake_label(content, LabelSize(settings["labels.size"]), output)
    # PrinterError (plain sentence) if the printer is off; the inspection is unaffected.

    layout = layout_label(content, LabelSize.SMALL, dpi=300)       # geometry in dots
    render_image(layout) / png_bytes(layout) / pdf_bytes(layout) / to_zpl(layout)
    inspection_id_from_barcode(scanned_text) -> uuid.UUID

Printing blocks for up to the timeout (ZPL over TCP): call it from a worker, never the GUI
thread. Send-back tracking validation is in `inspector_app.domain.sendback`.
"""

from inspector_app.labels.barcode_id import barcode_data, inspection_id_from_barcode
from inspector_app.labels.layout import (
    LabelContent,
    LabelError,
    LabelLayout,
    LabelSize,
    layout_label,
)
from inspector_app.labels.printing import (
    LabelOutput,
    PdfOutput,
    PrinterError,
    PrinterTarget,
    ZplOutput,
    output_for,
    print_intake_label,
    send_zpl,
)
from inspector_app.labels.render import pdf_bytes, png_bytes, render_image
from inspector_app.labels.zpl import to_zpl

__all__ = [
    "LabelContent",
    "LabelError",
    "LabelLayout",
    "LabelOutput",
    "LabelSize",
    "PdfOutput",
    "PrinterError",
    "PrinterTarget",
    "ZplOutput",
    "barcode_data",
    "inspection_id_from_barcode",
    "layout_label",
    "output_for",
    "pdf_bytes",
    "png_bytes",
    "print_intake_label",
    "render_image",
    "send_zpl",
    "to_zpl",
]
