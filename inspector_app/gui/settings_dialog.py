"""Station settings, generated from `inspector_app.settings.OPTIONS`.

One tab per section of the keys (server, camera, scanning, ...), one row per option with a
widget chosen by its declared type; help texts come from the declarations. Values set by IT
(machine file), the environment or the command line cannot be overridden here and are shown
read-only with where they come from; so are the keys the machine file locks. Until a lead or
an admin signs in, only the display preferences can be changed (`may_change_all`). The
server tab has Test connection; the camera tab a live preview of the chosen source. Saving
validates everything first, then writes the user file; nothing is stored if one value is
wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui import i18n
from inspector_app.gui.camera_view import CameraView
from inspector_app.gui.generated.ui_settings_dialog import Ui_SettingsDialog
from inspector_app.gui.i18n import QT_TRANSLATE_NOOP
from inspector_app.gui.scan_bridge import ScanBridge
from inspector_app.gui.theme import inset_spin_box, set_tone
from inspector_app.scanning import CaptureSettings
from inspector_app.settings import (
    DISPLAY_PREFERENCES,
    LOCKS_KEY,
    OPTIONS,
    Option,
    SettingError,
    Settings,
    coerce,
)

_LOCKED_SOURCES = ("env", "cli")
_SECTION_TITLES = {
    "server": QT_TRANSLATE_NOOP("SettingsDialog", "Server"),
    "station": QT_TRANSLATE_NOOP("SettingsDialog", "Station"),
    "camera": QT_TRANSLATE_NOOP("SettingsDialog", "Camera"),
    "scanning": QT_TRANSLATE_NOOP("SettingsDialog", "Scanning"),
    "photos": QT_TRANSLATE_NOOP("SettingsDialog", "Photos"),
    "ui": QT_TRANSLATE_NOOP("SettingsDialog", "Interface"),
    "sync": QT_TRANSLATE_NOOP("SettingsDialog", "Sync"),
    "retention": QT_TRANSLATE_NOOP("SettingsDialog", "Retention"),
    "policy": QT_TRANSLATE_NOOP("SettingsDialog", "Returns policy"),
    "labels": QT_TRANSLATE_NOOP("SettingsDialog", "Labels"),
}

TestConnection = Callable[[str, str, Callable[[bool, str], None]], None]
"""(url, token, report) -> None; calls report(ok, message) later, on the GUI thread."""


def _tr_setting(text: str) -> str:
    """A setting's label or help in the interface language (see i18n.settings_source)."""
    return QCoreApplication.translate("Settings", text)


class _Field:
    """A widget for one option, with typed get/set."""

    def __init__(self, option: Option) -> None:
        self.option = option
        kind = option.kind
        if kind is bool:
            self.widget: QWidget = QCheckBox(_tr_setting(option.label))
        elif kind is int:
            box = QSpinBox()
            box.setRange(int(option.minimum or 0), int(option.maximum or 1_000_000))
            inset_spin_box(box)
            self.widget = box
        elif kind is float:
            decimal_box = QDoubleSpinBox()
            decimal_box.setDecimals(1)
            decimal_box.setRange(option.minimum or 0.0, option.maximum or 1e6)
            inset_spin_box(decimal_box)
            self.widget = decimal_box
        elif kind is list:
            lst = QListWidget()
            for choice in option.choices:
                entry = QListWidgetItem(choice)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(entry)
            lst.setMaximumHeight(190)
            self.widget = lst
        elif option.choices:
            combo = QComboBox()
            combo.addItems(list(option.choices))
            self.widget = combo
        else:
            line = QLineEdit()
            if option.secret:
                line.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
            self.widget = line
        self.widget.setObjectName(option.key.replace(".", "_"))
        self.widget.setToolTip(_tr_setting(option.help) if option.help else "")

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.setValue(value)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                entry = w.item(i)
                entry.setCheckState(
                    Qt.CheckState.Checked if entry.text() in value else Qt.CheckState.Unchecked
                )
        elif isinstance(w, QComboBox):
            w.setCurrentText(str(value))
        else:
            cast(QLineEdit, w).setText(str(value))

    def get(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        if isinstance(w, QListWidget):
            return [
                w.item(i).text()
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
        if isinstance(w, QComboBox):
            return w.currentText()
        return cast(QLineEdit, w).text().strip()


class SettingsDialog(QDialog):
    """Edits a Settings object; `accepted` means it was validated and updated."""

    def __init__(
        self,
        settings: Settings,
        test_connection: TestConnection | None = None,
        extra_tabs: list[tuple[str, QWidget]] | None = None,
        parent: QWidget | None = None,
        *,
        may_change_all: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._test_connection = test_connection if may_change_all else None
        self._may_change_all = may_change_all
        self._fields: dict[str, _Field] = {}
        self._preview: ScanBridge | None = None
        forms: dict[str, QFormLayout] = {}
        self._extra = [page for _, page in extra_tabs or []]
        edited_elsewhere = {
            key for page in self._extra if hasattr(page, "values") for key in page.values()
        }
        for option in OPTIONS:
            if option.key in edited_elsewhere:
                continue  # an extra tab (e.g. the printer page) edits these
            section = option.key.split(".")[0]
            if section not in forms:
                forms[section] = self._add_tab(section)
            self._add_row(forms[section], option)
        self._add_server_test(forms["server"])
        self._token_typed = False
        token = self._fields["server.token"].widget
        assert isinstance(token, QLineEdit)
        token.textEdited.connect(self._note_token_typed)
        self._add_camera_preview(forms["camera"])
        for title, widget in extra_tabs or []:
            widget.setEnabled(may_change_all)
            self.ui.tabs.addTab(widget, title)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        save.clicked.connect(self._save)
        set_tone(self.ui.error, "none")
        if not may_change_all:
            self.ui.error.setText(
                self.tr(
                    "Only the display preferences can be changed now: a lead or an admin "
                    "signs in to change the rest."
                )
            )
            set_tone(self.ui.error, "info")

    def field(self, key: str) -> QWidget:
        """The widget editing `key` (tests and the screenshot script fill it)."""
        return self._fields[key].widget

    def _add_tab(self, section: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        title = _SECTION_TITLES.get(section, section.capitalize())
        self.ui.tabs.addTab(scroll, QCoreApplication.translate("SettingsDialog", title))
        return form

    def _add_row(self, form: QFormLayout, option: Option) -> None:
        field = _Field(option)
        field.set(self._settings[option.key])
        self._fields[option.key] = field
        source = self._settings.source(option.key)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field.widget)
        notes = [_tr_setting(option.help)] if option.help else []
        if option.key == LOCKS_KEY or option.key in self._settings[LOCKS_KEY]:
            notes.append(self.tr("Locked by IT (machine configuration)."))
            field.widget.setEnabled(False)
        elif not self._may_change_all and option.key not in DISPLAY_PREFERENCES:
            field.widget.setEnabled(False)
        if source in _LOCKED_SOURCES or source == "machine":
            notes.append(
                self.tr("Set by {source}.").format(
                    source={
                        "machine": self.tr("IT (machine configuration)"),
                        "env": self.tr("an environment variable"),
                        "cli": self.tr("the command line"),
                    }[source]
                )
            )
            if source in _LOCKED_SOURCES:
                field.widget.setEnabled(False)
        if notes:
            hint = QLabel(" ".join(notes))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setStyleSheet("font-size: 11pt; color: #4a5260;")
            column.addWidget(hint)
        label = "" if option.kind is bool else _tr_setting(option.label)
        form.addRow(label, holder)

    # -- server test ----------------------------------------------------------------------------

    def _add_server_test(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._test)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow("", holder)
        self.test_button.setEnabled(self._test_connection is not None)

    def _test(self) -> None:
        if self._test_connection is None:
            return
        self.test_button.setEnabled(False)
        url, token = self._fields["server.url"].get(), self._fields["server.token"].get()
        saved = self._settings
        if saved["server.token"] and url.strip() != saved["server.url"] and not self._token_typed:
            # The saved token goes only where it was meant to: whoever types a new URL (a
            # look-alike host, their own laptop) must also type the token they mean to send.
            self._tested(False, self.tr("Type the station token again to test another server."))
            return
        self.test_result.setText(self.tr("Connecting…"))
        set_tone(self.test_result, "info")
        self._test_connection(url, token, self._tested)

    def _note_token_typed(self, _text: str) -> None:
        self._token_typed = True

    def _tested(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(message)
        set_tone(self.test_result, "ok" if ok else "bad")

    # -- camera preview ---------------------------------------------------------------------------

    def _add_camera_preview(self, form: QFormLayout) -> None:
        self.preview_button = QPushButton(self.tr("Show camera preview"))
        self.preview_button.clicked.connect(self._toggle_preview)
        self.preview_view = CameraView()
        self.preview_view.setMinimumSize(QSize(420, 240))
        self.preview_view.hide()
        self.preview_status = QLabel("")
        self.preview_status.setWordWrap(True)
        form.addRow("", self.preview_button)
        form.addRow("", self.preview_view)
        form.addRow("", self.preview_status)

    def _toggle_preview(self) -> None:
        if self._preview is not None:
            self._stop_preview()
            return
        bridge = ScanBridge(self)
        bridge.frame.connect(
            lambda image, size, _outlines: self.preview_view.show_frame(image, size)
        )
        bridge.status.connect(lambda state, message: self.preview_status.setText(message or state))
        self.preview_view.show()
        bridge.set_preview_size(QSize(420, 240))
        editing = {key: field.get() for key, field in self._fields.items()}
        bridge.start(
            editing["camera.source"],
            CaptureSettings.from_settings(editing),
            editing["scanning.formats"],
            1.0,
        )
        self._preview = bridge
        self.preview_button.setText(self.tr("Stop camera preview"))

    def _stop_preview(self) -> None:
        if self._preview is not None:
            self._preview.stop()
            self._preview.deleteLater()
            self._preview = None
        self.preview_view.hide()
        self.preview_button.setText(self.tr("Show camera preview"))

    def done(self, result: int) -> None:
        self._stop_preview()
        super().done(result)

    # -- saving --------------------------------------------------------------------------------

    def _save(self) -> None:
        changes: dict[str, Any] = {}
        problems: list[str] = []
        for key, field in self._fields.items():
            if not field.widget.isEnabled():
                continue
            try:
                value = coerce(field.option, field.get())
            except SettingError as exc:
                problems.append(i18n.error_text(exc))
                continue
            if value != self._settings[key]:
                changes[key] = value
        for page in self._extra:
            if hasattr(page, "values") and page.isEnabled():
                try:
                    changes.update(
                        {k: v for k, v in page.values().items() if v != self._settings[k]}
                    )
                except SettingError as exc:
                    problems.append(i18n.error_text(exc))
        if problems:
            self.ui.error.setText("\n".join(problems))
            set_tone(self.ui.error, "bad")
            return
        self._settings.update(changes, source="user")
        self.accept()
