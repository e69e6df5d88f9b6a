"""Screenshots of the label preview, the message preview and the printer settings page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.label_screenshots docs/screenshots

Widgets are built with real data (demo returns, the shipped templates, real label rendering)
and grabbed offscreen with QWidget.grab(); no display is needed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Disposition, Grade
from inspector_app.gui import theme
from inspector_app.gui.bridges import StationBridge
from inspector_app.gui.label_preview import LabelPreview
from inspector_app.gui.message_preview import MessagePreview
from inspector_app.gui.printer_settings import PrinterSettingsPage
from inspector_app.labels import LabelContent, LabelSize
from inspector_app.messages import MessageCatalog, MessageKind
from inspector_app.messages.examples import example_facts
from inspector_app.settings import Settings

TODAY = dt.date(2026, 11, 26)


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    widget.close()
    print(path)


def label_previews(out: Path) -> None:
    ret = demo_returns(3, TODAY, seed=4)[1]
    content = LabelContent(
        uuid.UUID("6b0e3f52-9c1d-4a8e-b7f4-2d5c8a913e60"),
        ret.rma,
        Disposition.REFURBISH,
        TODAY,
        Grade.VERY_GOOD,
        ret.product.model,
        "bench-03",
    )
    row = QWidget()
    layout = QHBoxLayout(row)
    small, large = LabelPreview(), LabelPreview()
    layout.addWidget(small, 3)
    layout.addWidget(large, 2)
    row.resize(1100, 560)
    small.show_label(content, LabelSize.SMALL, language="fr")
    small.set_status("Label sent to 10.0.0.20:9100.", ok=True)
    large.show_label(content, LabelSize.LARGE)
    large.set_status(
        "The label printer at 10.0.0.21:9100 refused the connection; is it switched on?", ok=False
    )
    _grab(row, out / "label-preview.png")


def message_preview(out: Path) -> None:
    facts = example_facts(MessageKind.PARTIAL_REFUND, with_optional=True)
    preview = MessagePreview()
    preview.resize(820, 460)
    preview.show_message(MessageCatalog.load().render(facts, "fr"))
    _grab(preview, out / "message-preview.png")


def printer_settings(out: Path) -> None:
    settings = Settings(
        {
            "labels.enabled": True,
            "labels.printer": "zpl:10.0.0.20:9100",
            "labels.size": "62x29mm",
            "station.name": "bench-03",
        }
    )
    bridge = StationBridge()
    with tempfile.TemporaryDirectory() as tmp:
        page = PrinterSettingsPage(
            settings, call=bridge.call, pdf_dir=Path(tmp) / "labels", catalog=MessageCatalog.load()
        )
        page.resize(1100, 760)
        page.templates.setCurrentRow(7)
        _grab(page, out / "printer-settings.png")
    bridge.run_sync_for_shutdown(lambda: None)


def main(app: QApplication, argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    theme.apply(app)
    label_previews(out)
    message_preview(out)
    printer_settings(out)
    return 0


if __name__ == "__main__":
    # The application outlives every widget the functions above made and dropped.
    APP = QApplication(sys.argv[:1])
    sys.exit(main(APP, sys.argv[1:]))
