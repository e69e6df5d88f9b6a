"""The message the customer will receive, previewed on the verdict screen before finalize.

API for the verdict screen:

    preview = MessagePreview(parent)
    preview.show_message(catalog.render(ret, verdict, decided_on=today))  # wire.CustomerMessage
    preview.language_changed.connect(self._render_in)   # str: re-render in that language
    preview.show_problem("No template for ...")     # when rendering failed: shown, never raised
    preview.clear()

Read-only on purpose: the text is generated from the verdict, so what the inspector sees is
what travels with the inspection; wording is changed by publishing a template on the server.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.gui.theme import set_tone
from inspector_app.wire import CustomerMessage

_LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class MessagePreview(QWidget):
    """Subject and body of the customer message, with the language it is written in."""

    language_changed = Signal(str)
    """The inspector picked another language (two-letter code) for this customer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Message to the customer"))
        heading = self.title.font()
        heading.setBold(True)
        self.title.setFont(heading)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(_LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName(self.tr("Message language"))
        self.language.activated.connect(self._picked)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.language)
        self.subject = QLabel("")
        self.subject.setObjectName("messageSubject")
        self.subject.setWordWrap(True)
        bold = self.subject.font()
        bold.setBold(True)
        self.subject.setFont(bold)
        self.body = QPlainTextEdit()
        self.body.setObjectName("messageBody")
        self.body.setReadOnly(True)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.subject)
        column.addWidget(self.body, 1)
        column.addWidget(self.problem)

    def _picked(self, index: int) -> None:
        # A bound method, not a lambda holding `self`: PySide deletes such a connection
        # badly when the widget goes away ("shared QObject was deleted directly").
        self.language_changed.emit(self.language.itemData(index))

    def show_message(self, message: CustomerMessage) -> None:
        """Show `message` and select its language."""
        self.problem.hide()
        index = self.language.findData(message.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self.subject.setText(self.tr("Subject: {subject}").format(subject=message.subject))
        self.body.setPlainText(message.body)

    def show_problem(self, text: str) -> None:
        """Say why there is no message (the inspection can still be finalized)."""
        self.subject.setText("")
        self.body.clear()
        self.problem.setText(text)
        set_tone(self.problem, "warn")
        self.problem.show()

    def clear(self) -> None:
        self.subject.setText("")
        self.body.clear()
        self.problem.hide()

    def text(self) -> tuple[str, str]:
        """(subject line as shown, body), for tests and accessibility checks."""
        return self.subject.text(), self.body.toPlainText()
