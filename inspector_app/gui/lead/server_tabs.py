"""The Lead view's tabs whose rows only the server has: parcels on their way ("Expected")
and the audit log. The marketplace plans (plans.py) are one too.

A bench knows neither the marketplace's parcels nor the other benches' acts, so unlike the
other tables these have no offline fallback: without a lead session the tab says it needs
the server, and why there is none, instead of showing an empty table that reads as "nothing
expected" or "nothing happened". Every fetch runs on the bridge's network lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableView, QWidget

from inspector_app.gui import i18n
from inspector_app.gui.failures import shown
from inspector_app.gui.lead import columns
from inspector_app.gui.lead.table import (
    RowsModel,
    day_text,
    fit_columns,
    show_rows_in,
    write_csv,
)
from inspector_app.gui.theme import set_tone
from inspector_app.lead.client import LeadClient, ServerRefusedError, ServerUnreachableError
from inspector_app.lead.snapshot import ServerList, load_audit, load_expected


class LeadWindow(Protocol):
    """What a tab uses of the Lead view's window (window.py, which builds the tabs)."""

    ui: Any
    bridge: Any
    audit: Any

    def lead_client(self) -> LeadClient | None: ...
    def offline_reason(self) -> str: ...
    def dates(self) -> tuple[dt.date, dt.date]: ...
    def write_export(self, job: Any, *args: Any, network: bool = False) -> None: ...
    def open_inspection(self, inspection_uuid: Any) -> None: ...


def lost_session(exc: BaseException) -> bool:
    """The server cannot answer for the lead any more: out of reach, or the session ended."""
    return isinstance(exc, ServerUnreachableError) or (
        isinstance(exc, ServerRefusedError) and exc.status == 401
    )


def refusal_text(exc: BaseException, what: str) -> str:
    """A server's refusal as a lead reads it: what kind of refusal, in the interface's
    language, then the server's own sentence (which names the plan, state or bound; some
    routes say it in the problem's title, others in its detail)."""
    problem = exc.problem if isinstance(exc, ServerRefusedError) else None
    sentence = problem and (problem.detail or problem.title)
    if not isinstance(exc, ServerRefusedError) or not sentence:
        return shown(exc, what)
    kinds = {
        403: QCoreApplication.translate("LeadWindow", "Not allowed"),
        404: QCoreApplication.translate("LeadWindow", "No longer there"),
        409: QCoreApplication.translate("LeadWindow", "Already changed"),
        422: QCoreApplication.translate("LeadWindow", "Not accepted"),
    }
    kind = kinds.get(exc.status, QCoreApplication.translate("LeadWindow", "Refused"))
    return QCoreApplication.translate("LeadWindow", "{kind}: {detail}").format(
        kind=kind, detail=sentence
    )


class ServerTab(QObject):
    """One server-only tab: its note line, its rows, and its loading.

    `fetch(client, *query())` runs off the GUI thread and returns a ServerList: `query` reads
    what the load asks for (a filter, the dates) from the widgets on the GUI thread when the
    load starts, since a widget read from the worker may already be deleted (the window closed
    while the load was out). `needs_server` says, for the offline note, why only the server
    has these rows.
    """

    loaded = Signal(object)
    """A ServerList is on screen (for tests and screenshots)."""

    def __init__(
        self,
        window: LeadWindow,
        note: QLabel,
        view: QTableView,
        model: RowsModel,
        *,
        fetch: Callable[..., ServerList],
        query: Callable[[], tuple[Any, ...]],
        needs_server: str,
        export: QPushButton,
        csv_name: Callable[[], str],
        controls: tuple[QWidget, ...] = (),
    ) -> None:
        super().__init__(window.ui.tabs)
        self.window = window
        self.host: QWidget = window.ui.tabs.window()
        """The Lead view's window as a widget: the parent of this tab's dialogs."""
        self.note = note
        self.view = view
        self.model = model
        self.fetch = fetch
        self.query = query
        self.needs_server = needs_server
        self.controls = (*controls, export)
        self.csv_name = csv_name
        self.found: ServerList | None = None
        show_rows_in(view, model)
        export.clicked.connect(self.choose_csv)

    def reload(self) -> None:
        client = self.window.lead_client()
        if client is None:
            self.show_offline()
            return
        self.window.bridge.call(
            self.fetch, client, *self.query(), network=True, done=self._show, failed=self._failed
        )

    def show_offline(self, why: str = "") -> None:
        """Empty the tab and say that it needs the server, and why there is none (`why`, or
        the window's reason)."""
        self.found = None
        self.model.set_rows([])
        for control in self.controls:
            control.setEnabled(False)
        self.note.setText(
            QCoreApplication.translate("LeadWindow", "Needs the server: {what} {why}").format(
                what=self.needs_server, why=why or self.window.offline_reason()
            )
        )
        set_tone(self.note, "warn")

    def _show(self, found: ServerList) -> None:
        if self.window.lead_client() is None:  # the session ended while this was on its way
            self.show_offline()
            return
        self.found = found
        self.model.set_rows(found.items)
        fit_columns(self.view)
        for control in self.controls:
            control.setEnabled(True)
        self.loaded.emit(found)

    def _failed(self, exc: BaseException) -> None:
        if lost_session(exc):
            self.show_offline(i18n.error_text(exc))
            return
        self.note.setText(
            refusal_text(exc, QCoreApplication.translate("LeadWindow", "Loading from the server"))
        )
        set_tone(self.note, "bad")

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.host,
            QCoreApplication.translate("LeadWindow", "Export CSV"),
            self.csv_name(),
            "CSV (*.csv)",
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        """The rows as shown, cells guarded (table.write_csv), written off the GUI thread."""
        self.window.write_export(write_csv, path, self.model.csv_text())


class ExpectedTab(ServerTab):
    """Marketplace parcels on their way, as of the bench's today, one group or all."""

    def __init__(self, window: LeadWindow, today: dt.date) -> None:
        ui = window.ui
        self.today = today
        super().__init__(
            window,
            ui.expectedNote,
            ui.expectedTable,
            RowsModel(columns.EXPECTED, window.ui.tabs),
            fetch=load_expected,
            query=lambda: (self.today, self.group()),
            needs_server=QCoreApplication.translate(
                "LeadWindow", "only the server follows the marketplace's parcels on their way here."
            ),
            export=ui.expectedExport,
            csv_name=lambda: f"expected-{self.group()}-{self.today}.csv",
            controls=(ui.expectedGroup,),
        )
        ui.expectedGroup.addItem(
            QCoreApplication.translate("LeadWindow", "Everything on its way"), "all"
        )
        for key, label in columns.EXPECTED_GROUPS.items():
            ui.expectedGroup.addItem(QCoreApplication.translate(columns.CONTEXT, label), key)
        ui.expectedGroup.currentIndexChanged.connect(lambda _i: self.reload())
        self.loaded.connect(self._counted)

    def group(self) -> str:
        return str(self.window.ui.expectedGroup.currentData() or "all")

    def _counted(self, found: ServerList) -> None:
        counts = " · ".join(
            f"{QCoreApplication.translate(columns.CONTEXT, label)} {found.counts.get(key, 0)}"
            for key, label in columns.EXPECTED_GROUPS.items()
        )
        self.note.setText(
            QCoreApplication.translate("LeadWindow", "As of {day}: {counts}").format(
                day=day_text(self.today), counts=counts
            )
        )
        set_tone(self.note, "none")
        self.window.ui.tabs.setTabText(
            self.window.ui.tabs.indexOf(self.window.ui.expectedTab),
            QCoreApplication.translate("LeadWindow", "Expected ({n})").format(
                n=sum(found.counts.values())
            ),
        )


class AuditTab(ServerTab):
    """The server's append-only audit log for the window's dates: who, when, where, what.

    The table shows every kind of event the server records, with no list of kinds here, so
    events a newer server adds show as they come."""

    def __init__(self, window: LeadWindow) -> None:
        ui = window.ui
        super().__init__(
            window,
            ui.auditNote,
            ui.auditTable,
            RowsModel(columns.AUDIT, window.ui.tabs),
            fetch=load_audit,
            query=window.dates,
            needs_server=QCoreApplication.translate(
                "LeadWindow", "the audit log of every bench is kept on the server."
            ),
            export=ui.auditExport,
            csv_name=lambda: "audit-{}_{}.csv".format(*self.window.dates()),
        )
        self.loaded.connect(self._counted)

    def _counted(self, found: ServerList) -> None:
        first, last = self.window.dates()
        self.note.setText(
            QCoreApplication.translate(
                "LeadWindow",
                "{n} events from {first} to {last} (server days in UTC; times shown on this "
                "computer's clock), newest first.",
            ).format(n=len(found.items), first=day_text(first), last=day_text(last))
        )
        set_tone(self.note, "none")

    def export_csv(self, path: str) -> None:
        """The server's own export of the range (every event, UTC, guarded cells): the
        record a lead hands to an auditor, not a copy of the screen."""
        client = self.window.lead_client()
        if client is None:
            self.show_offline()
            return
        first, last = self.window.dates()
        self.window.write_export(_save_audit, client, first, last, path, network=True)


def _save_audit(client: LeadClient, first: dt.date, last: dt.date, path: str) -> Path:
    """Worker-thread job: fetch the server's audit CSV and write it as it came."""
    target = Path(path)
    target.write_bytes(client.audit_csv(first, last))
    return target
