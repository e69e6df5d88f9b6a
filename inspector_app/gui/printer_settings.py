"""Label printer and customer-message settings, with a Test print.

API for the settings dialog (add it with `extra_tabs=[(title, page)]`, and leave the generated
rows of the `labels.*` keys out, since this page edits them):

    page = PrinterSettingsPage(settings, call=bridge.call, pdf_dir=data_dir / "labels",
                               catalog=MessageCatalog.load(published_dir=...))
    page.values()          # {"labels.enabled": ..., "labels.printer": ..., "labels.size": ...}
                           # SettingError naming the field if the printer is incomplete
    page.test_finished     # Signal(bool ok, str message) after a Test print

The Test print goes through the same printer output as finalize (printer_output.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.returns import Disposition, Grade
from inspector_app.gui import i18n, vocabulary
from inspector_app.gui.failures import shown
from inspector_app.gui.label_preview import BridgeCall, LabelPreview, print_in_background
from inspector_app.gui.message_preview import MessagePreview
from inspector_app.gui.printer_output import label_output
from inspector_app.gui.theme import inset_spin_box, set_tone
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PrinterError,
    PrinterTarget,
)
from inspector_app.labels.printing import ZPL_DPI, ZPL_PORT
from inspector_app.messages import MessageCatalog, MessageKind, MessageTemplateError
from inspector_app.messages.examples import example_facts
from inspector_app.settings import BY_KEY, SettingError, Settings, coerce

_KINDS = ("pdf", "system", "zpl")


def _test_content(station: str) -> LabelContent:
    return LabelContent(
        inspection_id=uuid.uuid4(),
        rma="TEST-PRINT",
        disposition=Disposition.RESTOCK,
        inspected_on=dt.date.today(),
        grade=Grade.EXCELLENT,
        product="Test label",
        station=station,
    )


class PrinterSettingsPage(QWidget):
    """Where intake labels print (with a Test print) and which message templates are in force."""

    test_finished = Signal(bool, str)
    """(ok, message) once a Test print has printed or failed."""

    def __init__(
        self,
        settings: Settings,
        *,
        call: BridgeCall,
        pdf_dir: Path,
        catalog: MessageCatalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._call = call
        self._pdf_dir = pdf_dir
        self._catalog = catalog
        self._sample = _test_content(settings["station.name"])
        column = QVBoxLayout(self)
        column.addWidget(self._build_label_group())
        column.addWidget(self._build_message_group(), 1)
        self._load(settings)

    # -- labels --------------------------------------------------------------------------------

    def _build_label_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Intake label"))
        form = QFormLayout()
        self.enabled = QCheckBox(BY_KEY["labels.enabled"].label)
        self.kind = QComboBox()
        for kind, text in zip(
            _KINDS,
            (
                self.tr("Save as PDF"),
                self.tr("Printer on this computer"),
                self.tr("Label printer on the network (ZPL)"),
            ),
            strict=True,
        ):
            self.kind.addItem(text, kind)
        self.system_name = QComboBox()
        self.system_name.setEditable(True)
        self.system_name.addItem(self.tr("Default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.system_name.addItem(name, name)
        self.host = QLineEdit()
        self.host.setPlaceholderText("10.0.0.20")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        inset_spin_box(self.port)
        self.dpi = QComboBox()
        for dpi in (203, 300, 600):
            self.dpi.addItem(f"{dpi} dpi", dpi)
        zpl_row = QHBoxLayout()
        zpl_row.setContentsMargins(0, 0, 0, 0)
        zpl_row.addWidget(self.host, 1)
        zpl_row.addWidget(QLabel(self.tr("port")))
        zpl_row.addWidget(self.port)
        zpl_row.addWidget(self.dpi)
        zpl = QWidget()
        zpl.setLayout(zpl_row)
        pdf_note = QLabel(self.tr("Labels are saved in {folder}").format(folder=self._pdf_dir))
        pdf_note.setWordWrap(True)
        self.destination = QStackedWidget()
        for widget in (pdf_note, self.system_name, zpl):
            self.destination.addWidget(widget)
        self.kind.currentIndexChanged.connect(self.destination.setCurrentIndex)
        self.label_size = QComboBox()
        for size in LabelSize:
            self.label_size.addItem(size.value, size.value)
        self.label_size.currentIndexChanged.connect(self._preview_label)
        self.test_button = QPushButton(self.tr("Test print"))
        self.test_button.clicked.connect(self.test_print)
        self.test_status = QLabel("")
        self.test_status.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_status, 1)
        self.preview = LabelPreview()
        self.preview.print_button.hide()
        self.preview.setMinimumHeight(170)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Print to"), self.kind)
        form.addRow("", self.destination)
        form.addRow(BY_KEY["labels.size"].label, self.label_size)
        form.addRow("", test_row)
        outer = QHBoxLayout(group)
        outer.addLayout(form, 3)
        outer.addWidget(self.preview, 2)
        return group

    def _load(self, settings: Settings) -> None:
        self.enabled.setChecked(settings["labels.enabled"])
        try:
            target = PrinterTarget.parse(settings["labels.printer"])
        except ValueError:
            target = PrinterTarget("pdf")
        self.kind.setCurrentIndex(_KINDS.index(target.kind))
        self.destination.setCurrentIndex(_KINDS.index(target.kind))
        if target.kind == "system":
            index = self.system_name.findData(target.name)
            if index < 0:
                self.system_name.addItem(target.name, target.name)
                index = self.system_name.count() - 1
            self.system_name.setCurrentIndex(index)
        self.host.setText(target.host)
        self.port.setValue(target.port if target.kind == "zpl" else ZPL_PORT)
        self.dpi.setCurrentIndex(self.dpi.findData(target.dpi if target.kind == "zpl" else ZPL_DPI))
        self.label_size.setCurrentIndex(self.label_size.findData(settings["labels.size"]))
        self._preview_label()

    def _target_text(self) -> str:
        kind = self.kind.currentData()
        if kind == "system":
            name = self.system_name.currentText().strip()
            return "system:" if name == self.system_name.itemText(0) else f"system:{name}"
        if kind == "zpl":
            host = self.host.text().strip()
            if not host:
                raise SettingError("labels.printer: enter the label printer's address")
            dpi = self.dpi.currentData()
            return str(PrinterTarget("zpl", host=host, port=self.port.value(), dpi=dpi))
        return "pdf"

    def values(self) -> dict[str, Any]:
        """The labels.* settings as edited; SettingError if they do not make a printer."""
        text = self._target_text()
        try:
            PrinterTarget.parse(text)
        except ValueError as exc:
            raise SettingError(f"labels.printer: {exc}") from None
        return {
            key: coerce(BY_KEY[key], value)
            for key, value in (
                ("labels.enabled", self.enabled.isChecked()),
                ("labels.printer", text),
                ("labels.size", self.label_size.currentData()),
            )
        }

    def _preview_label(self) -> None:
        self.preview.show_label(self._sample, LabelSize(self.label_size.currentData()))

    def test_print(self) -> None:
        """Print a sample label on the printer as edited (not yet saved), off the GUI thread."""
        try:
            values = self.values()
            target = PrinterTarget.parse(values["labels.printer"])
            output = label_output(target, pdf_dir=self._pdf_dir)
        except (SettingError, PrinterError) as exc:
            self._tested(False, i18n.error_text(exc))
            return
        self.test_button.setEnabled(False)
        self.test_status.setText(self.tr("Printing…"))
        set_tone(self.test_status, "info")
        print_in_background(
            self._call,
            self._sample,
            LabelSize(values["labels.size"]),
            output,
            language="en",
            done=lambda message: self._tested(True, message),
            failed=lambda exc: self._tested(False, shown(exc, "test print")),
        )

    def _tested(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_status.setText(message)
        set_tone(self.test_status, "ok" if ok else "bad")
        self.test_finished.emit(ok, message)

    # -- messages ------------------------------------------------------------------------------

    def _build_message_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Customer messages"))
        self.templates = QListWidget()
        for (language, kind), template in sorted(self._catalog.templates.items()):
            origin = (
                self.tr("published on the server")
                if template.source == "server"
                else self.tr("shipped")
            )
            item = QListWidgetItem(f"{language.upper()} · {vocabulary.name(kind)} — {origin}")
            item.setData(Qt.ItemDataRole.UserRole, (language, kind.value))
            self.templates.addItem(item)
        self.templates.currentItemChanged.connect(self._preview_template)
        self.message = MessagePreview()
        self.message.language.setEnabled(False)
        self.problems = QLabel("\n".join(self._catalog.problems))
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(self._catalog.problems))
        set_tone(self.problems, "warn")
        note = QLabel(
            self.tr(
                "Templates are published by an administrator on the server; "
                "the preview uses example data."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.templates, 1)
        left.addWidget(note)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.message, 3)
        column = QVBoxLayout(group)
        column.addWidget(self.problems)
        column.addLayout(row, 1)
        if self.templates.count():
            self.templates.setCurrentRow(0)
        return group

    def _preview_template(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.message.clear()
            return
        language, kind = item.data(Qt.ItemDataRole.UserRole)
        try:
            message = self._catalog.render(
                example_facts(MessageKind(kind), with_optional=True), language
            )
        except MessageTemplateError as exc:
            self.message.show_problem(i18n.error_text(exc))
            return
        self.message.show_message(message)
