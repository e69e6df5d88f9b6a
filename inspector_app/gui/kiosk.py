"""Kiosk mode (`ui.kiosk`): a bench on a touch screen that nobody but a lead can leave.

The window fills the screen and refuses to close; Settings and Quit show only while a lead
or an admin is signed in (the main window decides, see `MainWindow.may_administer`). This
module holds what a touch screen adds: the on-screen PIN pad and the larger targets.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QMainWindow, QPushButton, QWidget

TOUCH_STYLE = """
QPushButton { min-height: 64px; min-width: 96px; font-size: 17pt; }
QToolButton { min-height: 64px; padding: 0 10px; }
QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox { min-height: 56px; font-size: 17pt; }
QComboBox QAbstractItemView::item { min-height: 56px; }
QCheckBox::indicator, QRadioButton::indicator { width: 36px; height: 36px; }
QScrollBar:vertical { width: 28px; }
QScrollBar:horizontal { height: 28px; }
"""
"""Targets a finger hits (at least 64 px on a 1366x768 panel, about 12 mm on a 15" one)."""

PAD_KEY = 88
"""Side of a PIN pad key, in pixels."""


class PinPad(QWidget):
    """Digits, Erase and OK for a PIN field, for a screen without a keyboard. The digits go
    into `field` as if typed; OK emits `submitted`."""

    submitted = Signal()

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 8, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            row, column = divmod(index, 3)
            grid.addWidget(self._key(digit, digit, partial(field.insert, digit)), row, column)
        grid.addWidget(self._key("erase", "⌫", field.backspace), 3, 0)
        grid.addWidget(self._key("0", "0", partial(field.insert, "0")), 3, 1)
        grid.addWidget(self._key("ok", self.tr("OK"), self.submitted.emit), 3, 2)
        self.keys["erase"].setToolTip(self.tr("Erase the last digit"))
        self.keys["ok"].setProperty("role", "primary")

    def _key(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        key = QPushButton(text)
        key.setObjectName(f"pinPad_{name}")
        key.setFixedSize(PAD_KEY, PAD_KEY)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
        key.setStyleSheet("font-size: 24pt;")
        key.clicked.connect(lambda _=False: action())
        self.keys[name] = key
        return key


def apply_touch(window: QMainWindow) -> None:
    """Touch-sized targets in `window` and its dialogs, and no close button on its frame
    (the window refuses to close anyway, see MainWindow.closeEvent)."""
    window.setStyleSheet(window.styleSheet() + TOUCH_STYLE)
    window.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
