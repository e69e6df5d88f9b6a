"""The shift lead's review window, opened when a lead signs in at a bench.

`install(app, window)` plugs it into the station window without the window knowing about
it: the lead view listens to the window's public signals (a PIN submitted, the page changed)
and its Lead button, and becomes the app's `lead_view` factory (which shows that button).
A lead signing in with badge and PIN gets the review at once, over the lead session the
server opened when it checked that PIN (the station keeps it). After a badge scan, the review
asks for the PIN first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from inspector_app.gui import i18n
from inspector_app.gui.lead.window import LeadWindow
from inspector_app.gui.pages import Page
from inspector_app.lead.client import (
    ClientConfigError,
    LeadClient,
    ServerUnreachableError,
    SyncError,
)
from inspector_app.settings import Settings
from inspector_app.station import Role

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Connection:
    client: LeadClient | None
    why_offline: str = ""


def connect_lead(settings: Settings, badge: str, pin: str | None) -> Connection:
    """Worker-thread job: open a lead session on the server, or say why there is none."""
    if not settings["server.url"]:
        return Connection(
            None, QCoreApplication.translate("LeadViews", "This bench has no server configured.")
        )
    if not pin:
        return Connection(
            None, QCoreApplication.translate("LeadViews", "No PIN was given for the server.")
        )
    try:
        client = LeadClient.from_settings(settings)
    except ClientConfigError as exc:
        return Connection(None, i18n.error_text(exc))
    try:
        client.sign_in(badge, pin)
    except ServerUnreachableError as exc:
        client.close()
        return Connection(
            None,
            QCoreApplication.translate("LeadViews", "The server cannot be reached ({why}).").format(
                why=i18n.error_text(exc)
            ),
        )
    except SyncError as exc:
        client.close()
        return Connection(
            None,
            QCoreApplication.translate(
                "LeadViews", "The server refused the lead sign-in ({why})."
            ).format(why=i18n.error_text(exc)),
        )
    return Connection(client)


class LeadViews:
    """Opens and closes the lead's review window around the bench's sign-in and sign-out."""

    def __init__(self, app: Any, window: Any) -> None:
        self.app = app
        self.window = window
        self.view: LeadWindow | None = None
        self._pin: tuple[str, str] | None = None
        self._opened_for = ""
        window.sign_in.pin_submitted.connect(self._remember)
        window.page_changed.connect(self._page_changed)
        window.ui.leadButton.clicked.connect(self.open)

    def __call__(self) -> None:
        self.open()

    def _remember(self, badge: str, pin: str) -> None:
        self._pin = (badge, pin)

    def _page_changed(self, index: int) -> None:
        if index == Page.SIGN_IN:
            self._pin = None
            self._opened_for = ""
            self.close()
            return
        session = self.window.session
        if session.role is Role.LEAD and self._opened_for != session.badge:
            self.open()

    def open(self) -> None:
        """Show the review for whoever is signed in (a lead or an admin)."""
        session = self.window.session
        if session.role is None or not session.role.reviews_shifts:
            return
        self._opened_for = session.badge
        if self.view is not None:
            self.view.show()
            self.view.raise_()
            self.view.activateWindow()
            return
        pin = self._pin[1] if self._pin and self._pin[0] == session.badge else None
        self._pin = None
        held = self.app.station.lead_client
        if held is not None and held.session is not None and held.session.badge == session.badge:
            self.app.station.lead_client = None  # the review owns and ends it from now on
            self._show(Connection(held), session.badge, session.name)
            return
        if pin is None:
            pin, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("LeadViews", "Shift review"),
                QCoreApplication.translate(
                    "LeadViews", "Your PIN, to open the review of every bench on the server:"
                ),
                QLineEdit.EchoMode.Password,
            )
            pin = pin if ok else None
        self.app.bridge.call(
            connect_lead,
            self.app.settings,
            session.badge,
            pin,
            network=True,
            done=lambda found: self._show(found, session.badge, session.name),
        )

    def _show(self, found: Connection, badge: str, who: str) -> None:
        if self.window.session.badge != badge:  # signed out while connecting
            if found.client is not None:
                self.app.bridge.call(found.client.close, network=True)
            return
        station = self.app.station
        self.view = LeadWindow(
            self.app.bridge,
            found.client,
            station.bench_figures(),
            who=who,
            today=station.local_today(),
            offline_reason=found.why_offline,
            parent=self.window,
        )
        self.view.closed.connect(self._let_go)
        self.view.resize(1366, 768)
        self.view.show()
        self.view.refresh()

    def close(self) -> None:
        """Close the review (at sign-out); the window's `closed` lets go of it."""
        if self.view is not None:
            self.view.close()

    def _let_go(self) -> None:
        """The review was closed (by the lead or at sign-out): its lead session has ended, so
        the Lead button opens a new one."""
        view, self.view = self.view, None
        if view is not None:
            view.deleteLater()


def install(app: Any, window: Any) -> LeadViews:
    """Make the lead's review reachable from `window` (see the module docstring)."""
    views = LeadViews(app, window)
    app.lead_view = views
    return views
