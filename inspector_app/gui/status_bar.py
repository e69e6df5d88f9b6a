"""The status bar: connection state, what is still queued, and what needs attention.

Always visible, so an inspector sees at a glance that the bench is offline (work goes on,
inspections queue). Something refused that needs a person is louder: `banner`, a full-width
amber bar the window puts above its pages, and the status bar then never says "Everything
sent" beside it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from inspector_app.station import Connectivity

_COLOURS = {
    Connectivity.ONLINE: "#1e8e3e",
    Connectivity.SYNCING: "#1450b8",
    Connectivity.OFFLINE: "#9aa1ab",
    Connectivity.TOKEN_REJECTED: "#c5221f",
    Connectivity.DISABLED: "#9aa1ab",
}


class StationStatusBar(QStatusBar):
    """Shows a sync state; the attention button opens the needs-attention dialog."""

    attention_requested = Signal()
    token_prompt_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection = QLabel()
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.station = QLabel()
        self.attention = QPushButton()
        self.attention.setStyleSheet("background: #fff2cc; border-color: #d89c00;")
        self.attention.clicked.connect(self.attention_requested)
        self.banner = QPushButton()
        self.banner.setObjectName("attentionBanner")
        self.banner.setStyleSheet(
            "background: #fff2cc; color: #5c3c00; border: 2px solid #d89c00;"
            "font-size: 15pt; font-weight: 700; padding: 10px; text-align: left;"
        )
        self.banner.clicked.connect(self.attention_requested)
        self.banner.hide()
        self.token = QPushButton(self.tr("Token rejected: fix in Settings"))
        self.token.setStyleSheet("background: #fde3e1; border-color: #c5221f;")
        self.token.clicked.connect(self.token_prompt_requested)
        for widget in (self.connection, self.pending, self.last_sync):
            self.addWidget(widget)
        self.addPermanentWidget(self.token)
        self.addPermanentWidget(self.attention)
        self.addPermanentWidget(self.station)
        self.show_state(Connectivity.OFFLINE, 0, 0, None)

    def set_station_name(self, name: str) -> None:
        self.station.setText(self.tr("Bench: {name}").format(name=name))

    def show_state(
        self,
        state: Connectivity,
        pending: int,
        attention: int,
        last_success: dt.datetime | None,
    ) -> None:
        """Render one sync state (Connectivity documents each)."""
        words = {
            Connectivity.ONLINE: self.tr("Online"),
            Connectivity.SYNCING: self.tr("Syncing…"),
            Connectivity.OFFLINE: self.tr("Offline: inspections are kept and sent later"),
            Connectivity.TOKEN_REJECTED: self.tr("Server refused this bench's token"),
            Connectivity.DISABLED: self.tr("Standalone: no server configured"),
        }[state]
        self.connection.setText(f"<span style='color:{_COLOURS[state]}'>●</span> {words}")
        if attention:
            self.pending.setText(
                self.tr("Not everything sent: {n} waiting, {m} need attention").format(
                    n=pending, m=attention
                )
            )
        elif pending:
            self.pending.setText(self.tr("{n} waiting to send").format(n=pending))
        else:
            self.pending.setText(self.tr("Everything sent"))
        if last_success is not None:
            # the time as every screen writes it (24-hour, local), not the locale's "6:13 AM"
            when = f"{last_success.astimezone():%H:%M}"
            self.last_sync.setText(self.tr("last sync {time}").format(time=when))
        else:
            self.last_sync.setText("")
        self.attention.setText(self.tr("⚠ {n} need attention").format(n=attention))
        self.attention.setVisible(attention > 0)
        self.banner.setText(
            self.tr(
                "⚠ {n} inspection(s) the server refused need attention. "
                "They are kept here; open them to retry or export."
            ).format(n=attention)
        )
        self.banner.setVisible(attention > 0)
        self.token.setVisible(state is Connectivity.TOKEN_REJECTED)
        self.setProperty("syncState", state.value)
