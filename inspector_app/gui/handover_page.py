"""Settings' Hand-over tab at a bench without a server: its unsent inspections, exported as
one file for the server's administrator to import (Station.export_inspections).

A standalone bench's admin may have no terminal (a Windows bench), so the window offers what
`inspector-app export-inspections` does. The tab sits beside People, on the same terms (a
standalone bench, not a training sandbox, a lead or an admin for Settings beyond the display
preferences). `Alt+E` asks where to write the file, in Qt's own chooser (the same keys on
every bench); the queue stays as it is.

    page = HandOverPage(call=bridge.call, station=station)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.gui.failures import shown
from inspector_app.gui.label_preview import BridgeCall
from inspector_app.gui.theme import set_tone
from inspector_app.station import ExportSummary, QueueSummary, Station


class HandOverPage(QWidget):
    """How many inspections wait for a server, and the button that exports them."""

    def __init__(self, *, call: BridgeCall, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self._call = call
        self._station = station
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This bench has no server. Its finalized inspections wait here; export them "
                "into one file and give it to the server's administrator, who imports it. "
                "They stay queued: when this bench joins the server, nothing is stored twice."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.waiting = QLabel()
        column.addWidget(self.waiting)
        self.export_button = QPushButton(self.tr("&Export inspections for the server…"))
        self.export_button.clicked.connect(self._on_export)
        column.addWidget(self.export_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        set_tone(self.status, "none")
        column.addWidget(self.status)
        column.addStretch(1)
        self._count()

    def _count(self) -> None:
        self._call(self._station.pending, done=self._counted, failed=self._failed)

    def _counted(self, queue: QueueSummary) -> None:
        self.waiting.setText(
            self.tr("Inspections waiting for a server: {n}").format(
                n=queue.pending + queue.needs_attention
            )
        )

    def _on_export(self) -> None:
        name = f"{self._station.settings['station.name']}-{dt.date.today().isoformat()}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export inspections"),
            str(Path.home() / name),
            self.tr("Zip files (*.zip)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self._export_to(Path(path))

    def _export_to(self, path: Path) -> None:
        self.status.setText(self.tr("Writing {path}…").format(path=path))
        set_tone(self.status, "info")
        self._call(self._station.export_inspections, path, done=self._exported, failed=self._failed)

    def _exported(self, summary: ExportSummary) -> None:
        self.status.setText(
            self.tr(
                "Wrote {path}: {n} inspection(s), {photos} photo(s), {messages} customer "
                "message(s). On the server: inspector-server import-inspections FILE."
            ).format(
                path=summary.path,
                n=summary.inspections,
                photos=summary.photos,
                messages=summary.messages,
            )
        )
        set_tone(self.status, "ok")

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(shown(exc, "exporting inspections"))
        set_tone(self.status, "bad")
