"""Inspections the server refused: the plain reason, and Retry / Export / Correct / Dismiss.

Nothing here deletes an entry: a refused inspection stays on the bench until a retry
succeeds (after the cause was fixed), IT resolves it with the exported file, or a person
dismisses it with a reason because the server's verdict stands (it then stays on the bench,
unsent, with who, when and why; `Station.dismiss` checks the reason), or a person corrects
it when this bench's inspection is right (Correct, Alt+C: a shift lead authorises it, then
the correction replaces it, or a correction refused for want of a lead is sent again).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from inspector_app.gui import i18n
from inspector_app.gui.generated.ui_attention_dialog import Ui_AttentionDialog
from inspector_app.gui.theme import set_tone


class AttentionDialog(QDialog):
    """Lists entries; `retry(entry_id)`, `export(entry_id, path)` and `dismiss(entry_id,
    reason)` are station calls made by the caller through its bridge (a refused dismissal
    comes back through `show_problem`); `correct(entry_id, return_id)` starts a correction
    of an entry `show_entries` was told is correctable (the caller closes the dialog)."""

    def __init__(
        self,
        retry: Callable[[str], None],
        export: Callable[[str, str], None],
        dismiss: Callable[[str, str], None],
        parent: QWidget | None = None,
        *,
        correct: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AttentionDialog()
        self.ui.setupUi(self)
        self._retry = retry
        self._export = export
        self._dismiss = dismiss
        self._correct = correct
        self._ids: list[str] = []
        self._advice: list[str] = []
        self._returns: dict[str, str] = {}
        self._correctable: Collection[str] = ()
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
        self.ui.dismissButton.clicked.connect(self._on_dismiss)
        self.ui.correctButton.clicked.connect(self._on_correct)
        self.ui.correctButton.setVisible(correct is not None)
        # Enter in the reason dismisses; the dialog must not see it (it would press Retry).
        self.ui.dismissReason.installEventFilter(self)
        self.ui.dismissReason.textEdited.connect(lambda _text: self.show_problem(""))
        table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_entries(self, entries: Sequence[Any], correctable: Collection[str] = ()) -> None:
        """Outbox entries (.inspection_uuid, .return_id, .created_at, .attempts, .message);
        `correctable`: the ids Correct applies to (Station.correctable)."""
        table = self.ui.entries
        table.setRowCount(len(entries))
        self._ids = []
        self._advice = []
        self._correctable = correctable
        self._returns = {str(e.inspection_uuid): str(getattr(e, "return_id", "")) for e in entries}
        self.ui.dismissReason.clear()  # a reason belongs to the entry it dismissed
        for row, entry in enumerate(entries):
            when = getattr(entry, "created_at", None)
            advice = i18n.show(getattr(entry, "message", ""))  # a stored code's words, translated
            cells = [
                str(getattr(entry, "return_id", "")),
                i18n.show(when) if when else "",  # the one date and time format of the UI
                str(getattr(entry, "attempts", "")),
                first_sentence(advice),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, cell)
            self._ids.append(str(entry.inspection_uuid))
            self._advice.append(advice)
        table.resizeRowsToContents()
        if entries:
            table.selectRow(0)
        self._selection_changed()

    def _selected_row(self) -> int | None:
        rows = self.ui.entries.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> str | None:
        row = self._selected_row()
        return None if row is None else self._ids[row]

    def _selection_changed(self) -> None:
        row = self._selected_row()
        self.ui.advice.setText("" if row is None else self._advice[row])
        selected = self.selected_id()
        chosen = selected is not None
        self.ui.correctButton.setEnabled(selected in self._correctable)
        self.ui.retryButton.setEnabled(chosen)
        self.ui.exportButton.setEnabled(chosen)
        self.ui.dismissButton.setEnabled(chosen)
        self.ui.dismissReason.setEnabled(chosen)

    def show_problem(self, text: str) -> None:
        """Why the last action was refused ("" clears it); the reason field gets the keyboard
        (a reason too short is the usual cause)."""
        self.ui.problem.setText(text)
        set_tone(self.ui.problem, "bad" if text else "none")
        if text:
            self.ui.dismissReason.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.dismissReason
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_dismiss()
            return True
        return super().eventFilter(watched, event)

    def _on_dismiss(self) -> None:
        entry = self.selected_id()
        if entry is None:
            return
        reason = self.ui.dismissReason.text().strip()
        if not reason:
            self.show_problem(self.tr("Type why this inspection is not to be sent, then Dismiss."))
            return
        self.show_problem("")
        self._dismiss(entry, reason)

    def _on_correct(self) -> None:
        entry = self.selected_id()
        if entry is not None and entry in self._correctable and self._correct is not None:
            self._correct(entry, self._returns[entry])

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


def first_sentence(text: str) -> str:
    """The first sentence of an entry's advice, for its row: the whole advice (up to eight
    lines) did not fit a row and was cut; the selected entry's shows in full below the list."""
    head, stop, rest = text.partition(". ")
    return f"{head}." if stop and rest else text
