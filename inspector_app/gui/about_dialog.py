"""About: version, and where the logs and data are, for the person on the phone with IT."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app import __version__, locations
from inspector_app.gui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        server_url: str,
        log_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.version.setText(self.tr("Version {version}").format(version=__version__))
        logs = log_dir or locations.log_dir()
        link = QUrl.fromLocalFile(str(logs)).toString()
        self.ui.logDir.setText(f"<a href='{link}'>{logs}</a>")
        self.ui.dataDir.setText(str(data_dir))
        self.ui.server.setText(server_url or self.tr("none (standalone)"))
        self.ui.qtVersion.setText(f"Qt {qVersion()} · PySide6 {pyside_version}")
