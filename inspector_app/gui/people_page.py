"""Settings' People tab at a bench without a server: its admin adds people, resets PINs and
deactivates them.

The tab is in the settings dialog only while the bench is standalone (a bench with a server
takes its people from it) and not a training sandbox (whose one person is the trainee). It
works for the admin signed in at the bench, or for whoever sets up a bench that has no admin
yet, who can add only an admin; the station decides both (Station.add_person, reset_pin,
deactivate_person) and audits each act, and this page shows its refusals as they are. Every
action has a key: Alt+A adds, Alt+R resets the selected person's PIN, Alt+D deactivates them.

    page = PeoplePage(call=bridge.call, station=station)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.failures import shown
from inspector_app.gui.label_preview import BridgeCall
from inspector_app.gui.theme import set_tone
from inspector_app.gui.vocabulary import name as role_name
from inspector_app.station import Inspector, Role, Station


class PeoplePage(QWidget):
    """Who may sign in at this standalone bench, and the admin's three acts on them."""

    def __init__(self, *, call: BridgeCall, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self._call = call
        self._station = station
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This bench has no server: its admin manages who signs in here. When it joins "
                "a server, the server's list replaces this one."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People"))
        self.people.setMinimumHeight(self.people.fontMetrics().height() * 7)  # a few rows
        column.addWidget(self.people, 1)

        form = QGridLayout()  # two fields a row: the page fits the dialog without scrolling
        self.badge = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        for place, (text, field) in enumerate(
            (
                (self.tr("&Badge"), self.badge),
                (self.tr("&Name"), self.name),
                (self.tr("R&ole"), self.role),
                (self.tr("New &PIN"), self.pin),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row, pair = divmod(place, 2)
            form.addWidget(label, row, pair * 2)
            form.addWidget(field, row, pair * 2 + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        column.addLayout(form)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add person"))
        self.reset_button = QPushButton(self.tr("&Reset PIN of selected"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate selected"))
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        set_tone(self.status, "none")
        column.addWidget(self.status)

        self.add_button.clicked.connect(self._add)
        self.reset_button.clicked.connect(self._reset_pin)
        self.deactivate_button.clicked.connect(self._deactivate)
        self.people.currentItemChanged.connect(self._selected)
        self._selected()
        self.reload()

    def reload(self) -> None:
        """Read the people again (off the GUI thread)."""
        self._call(self._station.people_here, done=self._show, failed=self._failed)

    def _show(self, people: list[Inspector]) -> None:
        """List `people`, keeping the selected person selected (a reset, then a deactivate)."""
        kept = self._selected_badge()
        self.people.clear()
        for person in people:
            text = f"{person.name} — {person.badge} — {role_name(person.role)}"
            if not person.active:
                text += " — " + self.tr("deactivated")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.badge)
            if not person.active:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
            if person.badge == kept:
                self.people.setCurrentItem(item)

    def _selected_badge(self) -> str:
        item = self.people.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _selected(self, *_: object) -> None:
        chosen = bool(self._selected_badge())
        self.reset_button.setEnabled(chosen)
        self.deactivate_button.setEnabled(chosen)

    def _add(self) -> None:
        self._call(
            self._station.add_person,
            self.badge.text(),
            self.name.text(),
            self.pin.text(),
            role=self.role.currentData(),
            done=lambda person: self._done(
                self.tr("{name} ({badge}) added.").format(name=person.name, badge=person.badge)
            ),
            failed=self._failed,
        )

    def _reset_pin(self) -> None:
        badge = self._selected_badge()
        self._call(
            self._station.reset_pin,
            badge,
            self.pin.text(),
            done=lambda _: self._done(self.tr("New PIN set for {badge}.").format(badge=badge)),
            failed=self._failed,
        )

    def _deactivate(self) -> None:
        badge = self._selected_badge()
        self._call(
            self._station.deactivate_person,
            badge,
            done=lambda _: self._done(
                self.tr("{badge} can no longer sign in.").format(badge=badge)
            ),
            failed=self._failed,
        )

    def _done(self, message: str) -> None:
        for field in (self.badge, self.name, self.pin):
            field.clear()
        self.status.setText(message)
        set_tone(self.status, "ok")
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.pin.clear()
        self.status.setText(shown(exc, "managing people"))
        set_tone(self.status, "bad")
