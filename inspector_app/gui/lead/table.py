"""Read-only tables of the Lead view, each exportable to CSV exactly as shown.

A table is a list of columns (header, how to read a cell from a row) over a list of rows
(wire models). The view shows the same text the CSV holds, so a lead who exports a table
gets what they saw, and the tests can read an export back and compare it with the screen;
the one difference is that a cell a spreadsheet would run as a formula is written with a
leading apostrophe (inspector_app.csv_cells).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from inspector_app.csv_cells import write_rows
from inspector_app.gui.i18n import LANGUAGES
from inspector_app.wire import CurrencyTotal

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "LeadTables"
WIDEST_COLUMN = 340
"""Pixels a column may take before its text is elided (see fit_columns)."""
LONG_CELL = 40
"""Characters from which a cell's text is also given as its tooltip."""
"""Translation context of the headers (columns.py) and of the words cells use."""


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    cell: Callable[[Any], object]
    numeric: bool = False


def header_text(column: Column) -> str:
    return QCoreApplication.translate(CONTEXT, column.header)


def _locale() -> QLocale:
    """The interface language's conventions; English when Qt's default is none we speak
    (the plain C locale of a test or a bare server)."""
    language = QLocale().name().split("_")[0]
    return QLocale(language if language in LANGUAGES else "en")


def day_text(day: dt.date) -> str:
    """A day as every screen of the bench writes it: `Tue 8 Dec 2026`, `mar. 8 déc. 2026`."""
    return _locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def moment_text(moment: dt.datetime) -> str:
    """A moment on this computer's clock (the site's), never in UTC: a lead reads local time."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()
    return f"{day_text(local.date())} {local:%H:%M}"


CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def money_text(money: CurrencyTotal) -> str:
    """An amount with its currency, the language's way (`€1,249.00`, `1 249,00 €`); a
    currency without a well-known symbol keeps its code (`1,249.00 CHF`)."""
    amount = float(money.total)
    symbol = CURRENCY_SYMBOLS.get(money.currency)
    if symbol is None:
        return f"{_locale().toString(amount, 'f', 2)} {money.currency}"
    return _locale().toCurrencyString(amount, symbol, 2)


def text_of(value: object) -> str:
    """How a cell reads on screen and in CSV: blank for none, numbers without noise, moments
    in local time, money with its currency."""
    if value is None:
        return ""
    for kind, text in _TEXTS:
        if isinstance(value, kind):
            return text(value)
    return str(value)


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("LeadTables", "yes")
    return QCoreApplication.translate("LeadTables", "no")


_TEXTS: tuple[tuple[type, Callable[[Any], str]], ...] = (
    (dt.datetime, moment_text),  # before date: a datetime is a date too
    (dt.date, day_text),
    (CurrencyTotal, money_text),
    (bool, _yes_no),  # before int, for the same reason
    (float, lambda value: f"{value:.1f}"),
)


class RowsModel(QAbstractTableModel):
    """Rows of wire models under fixed columns; `rows` keeps the models for drill-down."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(column.cell(self.rows[index.row()]))
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut to its width
            text = text_of(column.cell(self.rows[index.row()]))
            return text if len(text) > LONG_CELL else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_text(self.columns[section])
        return None

    def table(self) -> list[list[str]]:
        """Header row then every row, as the cells read on screen."""
        return [[header_text(c) for c in self.columns]] + [
            [text_of(c.cell(row)) for c in self.columns] for row in self.rows
        ]

    def csv_text(self) -> str:
        out = io.StringIO()
        write_rows(out, self.table())
        return out.getvalue()


def show_rows_in(view: QTableView, model: RowsModel) -> None:
    """Put `model` in `view` the way every Lead view table reads: whole rows selected one at
    a time, alternating colours, columns the lead can resize, the last one taking the rest."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()


def fit_columns(view: QTableView, widest: int = WIDEST_COLUMN) -> None:
    """Columns as wide as their text, none wider than `widest` pixels: one long sentence
    (a status, a detail) would otherwise push the other columns out of a 1366 px screen;
    its cell is elided and reads whole in its tooltip."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > widest:
            header.resizeSection(section, widest)


def write_csv(path: Path | str, text: str) -> Path:
    """Write an export with a BOM, so a spreadsheet opened by double-click reads UTF-8."""
    target = Path(path)
    target.write_text(text, encoding="utf-8-sig", newline="")
    return target
