"""The Lead view: a shift lead's review of the intake across all benches.

Online it reads the server's lead endpoints through a LeadClient holding the lead's session;
when the server cannot be reached it says so in a banner and shows the bench's own figures
from the local store (BenchSource). Three tabs exist on the server only (parcels on their
way, the audit log, the marketplace plans and the lead's decisions on them: server_tabs.py,
plans.py); offline they say so. Every fetch, decision, export and PDF runs on the
StationBridge's worker threads; the window only renders what comes back.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui import i18n
from inspector_app.gui.bridges import OwnedCalls, StationBridge
from inspector_app.gui.failures import shown
from inspector_app.gui.generated.ui_lead_window import Ui_LeadWindow
from inspector_app.gui.lead import charts, columns, pdf
from inspector_app.gui.lead.detail import InspectionDialog, fetch_photos, preview
from inspector_app.gui.lead.plans import PlansTab
from inspector_app.gui.lead.server_tabs import AuditTab, ExpectedTab
from inspector_app.gui.lead.table import RowsModel, show_rows_in, write_csv
from inspector_app.gui.theme import set_tone
from inspector_app.lead.client import LeadClient, ServerRefusedError, ServerUnreachableError
from inspector_app.lead.snapshot import Snapshot, load

log = logging.getLogger(__name__)

TILE_STYLE = """
QFrame#kpiTile { background: #ffffff; border: 1px solid #c9ced6; border-radius: 10px; }
QLabel#kpiValue { font-size: 22pt; font-weight: 700; }
QLabel#kpiLabel { color: #4a5260; font-size: 11pt; }
QLabel#title { font-size: 20pt; font-weight: 700; }
QTableView { font-size: 11pt; }
"""


class KpiTile(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.value = QLabel("–")
        self.value.setObjectName("kpiValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(label)
        self.label.setObjectName("kpiLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.label)


class LeadWindow(QMainWindow):
    """The review window for one signed-in lead.

    `client` is a LeadClient with a lead session, or None when none could be opened;
    `bench` is the bench's own source for offline figures.
    """

    loaded = Signal(object)
    """A Snapshot is on screen."""
    exported = Signal(str)
    """A CSV or PDF was written (its path)."""
    detail_shown = Signal(object)
    """An InspectionDialog is open (for tests and screenshots)."""
    closed = Signal()
    """The lead closed the review (Close, Esc or the window's own close)."""

    def __init__(
        self,
        bridge: StationBridge,
        client: LeadClient | None,
        bench: Any,
        *,
        who: str,
        today: dt.date,
        offline_reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(TILE_STYLE)
        self.bridge = OwnedCalls(bridge, self)
        self.client = client
        self.bench = bench
        self.snapshot: Snapshot | None = None
        self.setWindowTitle(self.tr("Return Inspector — shift review ({name})").format(name=who))
        self._offline_reason = offline_reason
        self.tiles = {label: KpiTile(pdf.kpi_label(label)) for label in pdf.KPI_LABELS}
        for tile in self.tiles.values():
            self.ui.kpiLayout.addWidget(tile)
        self.models = {
            "inspectors": RowsModel(columns.INSPECTORS, self),
            "stations": RowsModel(columns.STATIONS, self),
            "waiting": RowsModel(columns.WAITING, self),
            "review": RowsModel(columns.REVIEW, self),
            "recurring": RowsModel(columns.RECURRING, self),
        }
        for key, model in self.models.items():
            show_rows_in(getattr(self.ui, f"{key}Table"), model)
            getattr(self.ui, f"{key}Export").clicked.connect(
                lambda _=False, k=key: self._choose_csv(k)
            )
        self.chart_views: list = []
        for edit in (self.ui.dateFrom, self.ui.dateTo):
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.expected = ExpectedTab(self, today)
        self.audit = AuditTab(self)
        self.plans = PlansTab(self)
        self.server_tabs = (self.expected, self.audit, self.plans)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self._choose_pdf)
        # Ctrl+Tab / Ctrl+Shift+Tab from anywhere in the window, not only from inside the
        # tabs: a lead on the keyboard reaches the Marketplace tab from the date fields.
        QShortcut(QKeySequence(QKeySequence.StandardKey.NextChild), self, lambda: self.step_tab(1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.PreviousChild), self, lambda: self.step_tab(-1)
        )
        self.ui.pdfButton.clicked.connect(self._choose_pdf)
        self.ui.reviewTable.doubleClicked.connect(lambda _index: self.open_selected())
        self.ui.openInspectionButton.clicked.connect(self.open_selected)
        self._set_banner()

    def step_tab(self, by: int) -> None:
        """Show the next (`by` = 1) or previous (-1) tab, round the end."""
        tabs = self.ui.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    # -- loading -----------------------------------------------------------------------------

    def dates(self) -> tuple[dt.date, dt.date]:
        first, last = self.ui.dateFrom.date().toPython(), self.ui.dateTo.date().toPython()
        return (first, last) if first <= last else (last, first)

    @property
    def online(self) -> bool:
        return self.client is not None and not self._offline_reason

    def source(self) -> Any:
        return self.client if self.online else self.bench

    def lead_client(self) -> LeadClient | None:
        """The lead session's client while the server answers for it, else None."""
        return self.client if self.online else None

    def offline_reason(self) -> str:
        """Why there is no lead session with the server now, in a sentence."""
        return self._offline_reason or self.tr("No lead session with the server.")

    def refresh(self) -> None:
        """Load the chosen range: from the server when there is a session, else the bench."""
        first, last = self.dates()
        if self.client is not None:
            self._offline_reason = ""
            self.bridge.call(
                load,
                self.client,
                first,
                last,
                network=True,
                done=self._show,
                failed=self._online_failed,
            )
        else:
            self._load_bench()
        for tab in self.server_tabs:
            tab.reload()

    def _load_bench(self) -> None:
        first, last = self.dates()
        self.bridge.call(
            load,
            self.bench,
            first,
            last,
            done=self._show,
            failed=self._failed(self.tr("Loading this bench's figures")),
        )

    def _online_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServerRefusedError) and exc.status == 401:
            # The session expired (after a shift) or was ended: the bench's figures still are.
            client, self.client = self.client, None
            if client is not None:
                self.bridge.call(client.close, network=True)
            self._offline_reason = self.tr(
                "The lead session has ended; sign out and in again to see every bench."
            )
            self._go_offline()
            return
        if isinstance(exc, ServerUnreachableError):
            self._offline_reason = i18n.error_text(exc)
            self._go_offline()
            return
        self._failed(self.tr("Loading the review"))(exc)

    def _go_offline(self) -> None:
        """The bench's own figures, and the server-only tabs saying why they are empty."""
        self._load_bench()
        for tab in self.server_tabs:
            tab.show_offline()

    def _failed(self, what: str) -> Any:
        def show(exc: BaseException) -> None:
            why = shown(exc, what)
            self.ui.banner.setText(self.tr("{what} failed: {why}").format(what=what, why=why))
            set_tone(self.ui.banner, "bad")

        return show

    def _set_banner(self) -> None:
        if self.online:
            self.ui.banner.setText("")
            set_tone(self.ui.banner, "none")
            return
        why = self.offline_reason()
        self.ui.banner.setText(
            self.tr(
                "Offline — {why} Showing this bench's own figures only (its inspections, its "
                "queue, the returns it knows); other benches are not included."
            ).format(why=why)
        )
        set_tone(self.ui.banner, "warn")

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        report = snapshot.report
        self._set_banner()
        for label, value in pdf.kpis(report):
            self.tiles[label].value.setText(value)
        self.models["inspectors"].set_rows(report.inspectors)
        self.models["stations"].set_rows(report.stations)
        self.models["waiting"].set_rows(snapshot.waiting)
        self.models["review"].set_rows(snapshot.review)
        self.models["recurring"].set_rows(snapshot.recurring)
        for key in self.models:
            getattr(self.ui, f"{key}Table").resizeColumnsToContents()
        self.ui.tabs.setTabText(
            1, self.tr("Flagged and overridden ({n})").format(n=len(snapshot.review))
        )
        self.ui.tabs.setTabText(4, self.tr("Waiting ({n})").format(n=report.waiting))
        self._show_charts(report)
        zone = self.tr("Days and hours of {zone}").format(zone=report.time_zone)
        for edit in (self.ui.dateFrom, self.ui.dateTo):
            edit.setToolTip(zone)
        self.loaded.emit(snapshot)

    def _show_charts(self, report: Any) -> None:
        grid = self.ui.chartGrid
        for view in self.chart_views:
            grid.removeWidget(view)
            view.deleteLater()
        self.chart_views = charts.chart_views(report)
        for i, view in enumerate(self.chart_views):
            grid.addWidget(view, i // 2, i % 2)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)

    # -- exports -----------------------------------------------------------------------------

    def _choose_csv(self, key: str) -> None:
        first, last = self.dates()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), f"{key}-{first}_{last}.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(key, path)

    def export_csv(self, key: str, path: str) -> None:
        """Write table `key` as shown to `path` (off the GUI thread)."""
        self.write_export(write_csv, path, self.models[key].csv_text())

    def write_export(self, job: Any, *args: Any, network: bool = False) -> None:
        """Run an export job off the GUI thread; `exported` says its path, the banner its
        failure. `network` for a job that fetches from the server first."""
        self.bridge.call(
            job,
            *args,
            network=network,
            done=lambda p: self.exported.emit(str(p)),
            failed=self._failed(self.tr("Exporting the CSV")),
        )

    def _choose_pdf(self) -> None:
        if self.snapshot is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save day report"),
            f"intake-{pdf.file_period(self.snapshot.report)}.pdf",
            "PDF (*.pdf)",
        )
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        """The shown report as a PDF; charts are drawn here, the file written off-thread."""
        if self.snapshot is None:
            return
        images = charts.report_images(self.snapshot.report)
        self.bridge.call(
            pdf.write_pdf_from_worker,
            path,
            self.snapshot,
            images,
            done=lambda p: self.exported.emit(str(p)),
            failed=self._failed(self.tr("Writing the PDF")),
        )

    # -- drill-down --------------------------------------------------------------------------

    def open_selected(self) -> None:
        rows = self.ui.reviewTable.selectionModel().selectedRows()
        if rows:
            self.open_inspection(self.models["review"].rows[rows[0].row()].uuid)

    def open_inspection(self, inspection_uuid: Any) -> None:
        source = self.source()
        self.bridge.call(
            source.inspection,
            inspection_uuid,
            network=source is self.client,
            done=self._show_detail,
            failed=self._failed(self.tr("Opening the inspection")),
        )

    def _show_detail(self, detail: Any) -> None:
        source = self.source()
        dialog = InspectionDialog(detail, self)
        dialog.export_requested.connect(
            lambda path: self.bridge.call(
                write_csv,
                path,
                dialog.answers.csv_text(),
                done=lambda p: self.exported.emit(str(p)),
                failed=self._failed(self.tr("Exporting")),
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if detail.inspection.photos:
            self.bridge.call(
                fetch_photos,
                source,
                detail,
                preview,
                network=source is self.client,
                done=dialog.show_photos,
                failed=lambda exc: dialog.photo_failed(i18n.error_text(exc)),
            )
        self.detail_shown.emit(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.client is not None:
            client = self.client
            self.client = None
            self.bridge.call(_end_session, client, network=True)
        super().closeEvent(event)
        self.closed.emit()


def _end_session(client: LeadClient) -> None:
    """Worker-thread job: end the lead session, then release the client's connections."""
    try:
        client.sign_out()
    finally:
        client.close()
