"""Inspections the server refused: the plain reason, and Retry / Export for each.

Nothing here deletes an entry: a refused inspection stays on the bench until a retry
succeeds (after the cause was fixed) or IT resolves it with the exported file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from inspector_app.gui.generated.ui_attention_dialog import Ui_AttentionDialog


class AttentionDialog(QDialog):
    """Lists entries; `retry(entry_id)` and `export(entry_id, path)` are station calls made
    by the caller through its bridge."""

    def __init__(
        self,
        retry: Callable[[str], None],
        export: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AttentionDialog()
        self.ui.setupUi(self)
        self._retry = retry
        self._export = export
        self._ids: list[str] = []
        table = self.ui.entries
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Return"), self.tr("Finalized"), self.tr("Tries"), self.tr("What to do")]
        )
        table.setColumnWidth(0, 170)
        table.setColumnWidth(1, 150)
        table.setColumnWidth(2, 60)
        self.ui.retryButton.clicked.connect(self._on_retry)
        self.ui.exportButton.clicked.connect(self._on_export)
        table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_entries(self, entries: Sequence[Any]) -> None:
        """Outbox entries (.inspection_uuid, .return_id, .created_at, .attempts, .message)."""
        table = self.ui.entries
        table.setRowCount(len(entries))
        self._ids = []
        for row, entry in enumerate(entries):
            when = getattr(entry, "created_at", None)
            cells = [
                str(getattr(entry, "return_id", "")),
                QLocale().toString(when.astimezone(), QLocale.FormatType.ShortFormat)
                if when
                else "",
                str(getattr(entry, "attempts", "")),
                str(getattr(entry, "message", "")),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, cell)
            self._ids.append(str(entry.inspection_uuid))
        table.resizeRowsToContents()
        if entries:
            table.selectRow(0)
        self._selection_changed()

    def selected_id(self) -> str | None:
        rows = self.ui.entries.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.ui.retryButton.setEnabled(chosen)
        self.ui.exportButton.setEnabled(chosen)

    def _on_retry(self) -> None:
        entry = self.selected_id()
        if entry is not None:
            self._retry(entry)

    def _on_export(self) -> None:
        entry = self.selected_id()
        if entry is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for IT"),
            f"inspection-{entry}.zip",
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self._export_to(entry, path)

    def _export_to(self, entry: str, path: str) -> None:
        self._export(entry, path)
