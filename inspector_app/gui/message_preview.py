"""The message the customer will receive, previewed on the verdict screen before finalize.

API for the verdict screen:

    preview = MessagePreview(parent, with_note=True)
    preview.show_message(station.preview_message(...), thumbnail)  # a RenderedMessage
    preview.language_changed.connect(self._render_in)   # str: re-render in that language
    preview.note_changed.connect(self._render_again)    # str: the inspector's sentence
    preview.show_problem("No template for ...")     # when rendering failed: shown, never raised
    preview.clear()

The text is read-only on purpose: it is generated from the verdict, so what the inspector
sees is what travels with the inspection; wording is changed by publishing a template on the
server. The one thing the inspector writes is their own sentence (`note`), which the
template places and the station checks; the photos the message carries are shown under it
by their thumbnails and the names the customer sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.gui.theme import set_tone
from inspector_app.messages.fields import MAX_ATTACHMENTS
from inspector_app.station.messages import MAX_NOTE_CHARS

_LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

THUMB = QSize(56, 42)
PHOTO_CELL = QSize(96, 70)
"""One photo of the strip: its thumbnail and `photo-10.jpg` under it."""

Thumbnail = Callable[[str], "QPixmap | None"]
"""A photo's content hash -> its thumbnail, when the bench has it."""


def _photo_strip() -> QListWidget:
    """The photos a message carries, for the header (the screen has no height to spare): one
    icon and the file name the customer sees each, on one line."""
    strip = QListWidget()
    strip.setObjectName("messagePhotos")
    strip.setViewMode(QListView.ViewMode.IconMode)
    strip.setFlow(QListView.Flow.LeftToRight)
    strip.setWrapping(False)
    strip.setIconSize(THUMB)
    strip.setGridSize(PHOTO_CELL)
    strip.setFixedHeight(PHOTO_CELL.height() + 8)
    strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    strip.setSelectionMode(QListView.SelectionMode.NoSelection)
    strip.hide()
    return strip


class MessagePreview(QWidget):
    """Subject and body of the customer message, with the language it is written in."""

    language_changed = Signal(str)
    """The inspector picked another language (two-letter code) for this customer."""
    note_changed = Signal(str)
    """The inspector's own sentence changed (stripped)."""

    def __init__(self, parent: QWidget | None = None, *, with_note: bool = False) -> None:
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
        self.photos_title = QLabel("")
        self.photos_title.setObjectName("hint")
        self.photos_title.hide()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.photos_title)
        self.photos = _photo_strip()
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.photos, 1)
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
        self.body.setMinimumHeight(100)  # a few lines of the message, whatever the summary
        self.note = QLineEdit()
        self.note.setObjectName("messageNote")
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(self.tr("Add one sentence of your own (optional)"))
        self.note.setAccessibleName(self.tr("Your sentence for the customer"))
        self.note.textChanged.connect(self._note_edited)
        if not with_note:
            # Hidden before the layout adopts it; showing it now, without a parent, would
            # open it as a window of its own.
            self.note.hide()
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.subject)
        column.addWidget(self.body, 1)
        column.addWidget(self.note)
        column.addWidget(self.problem)

    def _picked(self, index: int) -> None:
        # A bound method, not a lambda holding `self`: PySide deletes such a connection
        # badly when the widget goes away ("shared QObject was deleted directly").
        self.language_changed.emit(self.language.itemData(index))

    def _note_edited(self, text: str) -> None:
        self.note_changed.emit(text.strip())

    def show_message(self, message: Any, thumbnail: Thumbnail | None = None) -> None:
        """Show `message` (a RenderedMessage, or a wire.CustomerMessage without photos) with
        the photos it carries, and select its language."""
        self.problem.hide()
        index = self.language.findData(message.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self.subject.setText(self.tr("Subject: {subject}").format(subject=message.subject))
        self.body.setPlainText(message.body)
        self._show_photos(getattr(message, "attachments", ()), thumbnail)

    def _show_photos(self, attachments: tuple[Any, ...], thumbnail: Thumbnail | None) -> None:
        self.photos.clear()
        self.photos.setVisible(bool(attachments))
        self.photos_title.setVisible(bool(attachments))
        self.photos_title.setText(
            self.tr("{n} photo(s) attached (at most {limit})").format(
                n=len(attachments), limit=MAX_ATTACHMENTS
            )
        )
        for attachment in attachments:
            pixmap = thumbnail(attachment.sha256) if thumbnail is not None else None
            icon = QIcon(pixmap) if pixmap is not None else QIcon()
            self.photos.addItem(QListWidgetItem(icon, attachment.file_name))
        # Each cell as wide as the longest name, so the customer's file names are read whole.
        self.photos.ensurePolished()
        metrics = self.photos.fontMetrics()
        widest = max((metrics.horizontalAdvance(a.file_name) for a in attachments), default=0)
        cell = QSize(max(PHOTO_CELL.width(), widest + 12), PHOTO_CELL.height())
        self.photos.setGridSize(cell)
        shown = min(len(attachments), 3)  # more scroll sideways
        self.photos.setFixedWidth(shown * cell.width() + 8)

    def photo_names(self) -> list[str]:
        """The names of the photos shown, as the customer receives them (for tests)."""
        return [self.photos.item(i).text() for i in range(self.photos.count())]

    def show_problem(self, text: str) -> None:
        """Say why there is no message (the inspection can still be finalized)."""
        self.subject.setText("")
        self.body.clear()
        self._show_photos((), None)
        self.problem.setText(text)
        set_tone(self.problem, "warn")
        self.problem.show()

    def clear(self) -> None:
        self.subject.setText("")
        self.body.clear()
        self._show_photos((), None)
        self.problem.hide()

    def reset_note(self) -> None:
        """A new verdict starts without a sentence of the inspector's."""
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)

    def text(self) -> tuple[str, str]:
        """(subject line as shown, body), for tests and accessibility checks."""
        return self.subject.text(), self.body.toPlainText()
