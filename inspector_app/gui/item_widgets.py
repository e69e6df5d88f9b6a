"""One widget per checklist item kind, built for gloves and keyboards alike.

Every widget is a card with the question, a required mark, big answer controls and a strip
of thumbnails: "Take photo (P)" where the item asks for photos, "Add photo (Ctrl+P)" on the
others, so a fault the checklist did not foresee ("other faults", a scratch on an item that
asks no photo) can still be shown to the lead and, when a rule's finding names that item, to
the customer. Ctrl+P, unlike P, also works while typing into the item's field. Widgets do not keep
answers: they emit what the inspector did, and `show_state` paints the snapshot that comes
back after the station saved it, so what is on screen is always what was autosaved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.checklist import Item, ItemKind
from inspector_app.domain.checklist.shapes import shape_problem
from inspector_app.domain.codes import CodeError, normalize_code
from inspector_app.gui import i18n
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.theme import restyle, set_tone

THUMB = QSize(96, 72)


class ItemWidget(QFrame):
    """Base card: question, help, status line and optional photo strip."""

    answered = Signal(str, object)
    """(item id, value) the inspector gave."""
    cleared = Signal(str)
    photo_requested = Signal(str)
    """The inspector wants to take a photo for this item."""
    photo_opened = Signal(str, str)
    """(item id, sha256): show this photo in the viewer."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setProperty("itemCard", True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        title = i18n.show(item.label) + ("  *" if item.required else "")
        self.question = QLabel(title)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.question.setToolTip(self.tr("* required") if item.required else "")
        self._layout.addWidget(self.question)
        if item.help:
            help_label = QLabel(i18n.show(item.help))
            help_label.setWordWrap(True)
            help_label.setObjectName("hint")
            self._layout.addWidget(help_label)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(10)
        self._photo_button = QPushButton()
        self._photo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._photo_button.clicked.connect(lambda: self.photo_requested.emit(self.item.id))
        if item.kind is ItemKind.PHOTO:  # the button is the item's answer control
            self.controls.addWidget(self._photo_button)
            self.controls.addStretch(1)
            self._layout.addLayout(self.controls)
        else:
            # "Add photo" sits at the end of the answer row rather than on a row of its own,
            # so a 768-pixel bench screen shows a whole section's cards, not two of them.
            answer_row = QHBoxLayout()
            answer_row.setSpacing(16)
            answer_row.addLayout(self.controls, 1)
            answer_row.addWidget(self._photo_button, 0, Qt.AlignmentFlag.AlignTop)
            self._layout.addLayout(answer_row)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self._layout.addWidget(self.status)
        self._photo_row = QHBoxLayout()
        self._photo_row.setSpacing(8)
        self._photo_row.addStretch(1)
        self._layout.addLayout(self._photo_row)
        self._thumbs: list[QToolButton] = []
        self._asks = False
        """The item asks for photos now (a photo item, or a minimum in force): P takes one."""
        self._label_photo_button(asks=item.kind is ItemKind.PHOTO)

    # -- photos -----------------------------------------------------------------------------

    def wants_photos(self) -> bool:
        """The item declares photos (a photo item or a minimum, maybe conditional)."""
        item = self.item
        return item.kind is ItemKind.PHOTO or bool(item.photos_min or item.photos_min_when)

    def _label_photo_button(self, *, asks: bool) -> None:
        self._asks = asks
        button = self._photo_button
        if asks:
            button.setText(self.tr("Take photo (P)"))
            button.setToolTip(self.tr("P: take a photo for this item"))
        else:
            button.setText(self.tr("Add photo (Ctrl+P)"))
            button.setToolTip(
                self.tr("Ctrl+P: add a photo to this item, e.g. of a fault it does not ask about")
            )

    def show_photos(self, shas: list[str], pixmaps: dict[str, QPixmap], needed: int = 0) -> None:
        """Thumbnails for the item's photos (a grey tile until a thumbnail is loaded), and the
        photo button worded for whether the item asks for photos now."""
        asks = self.item.kind is ItemKind.PHOTO or needed > 0
        if asks != self._asks:
            self._label_photo_button(asks=asks)
        for thumb in self._thumbs:
            self._photo_row.removeWidget(thumb)
            thumb.deleteLater()
        self._thumbs = []
        for index, sha in enumerate(shas):
            thumb = QToolButton()
            thumb.setIconSize(THUMB)
            thumb.setFixedSize(THUMB + QSize(8, 8))
            thumb.setToolTip(self.tr("Open photo {n}").format(n=index + 1))
            pixmap = pixmaps.get(sha)
            if pixmap is not None:
                thumb.setIcon(pixmap)
            thumb.clicked.connect(lambda _=False, s=sha: self.photo_opened.emit(self.item.id, s))
            self._photo_row.insertWidget(index, thumb)
            self._thumbs.append(thumb)

    # -- state -------------------------------------------------------------------------------

    def show_state(self, snapshot: ChecklistSnapshot) -> None:
        """Paint the saved answer and what is still missing for this item."""
        needed = snapshot.photos_required.get(self.item.id, 0)
        have = len(snapshot.photos.get(self.item.id, []))
        if have < needed:
            # Unanswered questions are marked with * already; a missing photo is not obvious.
            self.status.setText(
                self.tr("Take {more} more photo(s): {have} of {needed}").format(
                    more=needed - have, have=have, needed=needed
                )
            )
            self.status.setStyleSheet("color: #6b4a00; font-size: 13pt;")
        elif self.wants_photos() and needed:
            self.status.setText(
                self.tr("{have} of {needed} photos ✔").format(have=have, needed=needed)
            )
            self.status.setStyleSheet("color: #0b5222; font-size: 13pt;")
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self.show_value(snapshot.answers_in_force.get(self.item.id))

    def show_value(self, value: Any) -> None:
        """Show the saved answer (None: unanswered). Kinds override this."""

    def set_current(self, current: bool) -> None:
        """Highlight the item the keyboard shortcuts act on."""
        self.setStyleSheet(
            'QFrame[itemCard="true"] { border: 3px solid #1450b8; }' if current else ""
        )

    def handle_key(self, key: int, text: str) -> bool:
        """Act on a shortcut key; True if it was used. P takes a photo where the item asks for
        photos (elsewhere Ctrl+P adds one: see ChecklistPage)."""
        if key == Qt.Key.Key_P and self._asks:
            self._photo_button.click()
            return True
        return False

    def focus_input(self) -> None:
        """Give the keyboard focus to the item's input, if it has a typed one."""


class _ButtonsItem(ItemWidget):
    """Items answered by pressing one of a few big buttons (yes/no, choices)."""

    def __init__(
        self, item: Item, options: list[tuple[Any, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(item, parent)
        self._buttons: dict[Any, QPushButton] = {}
        # Short answers sit side by side; long choice labels go two to a row so none is cut.
        wide = sum(len(label) for _, label, _ in options) > 60
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for index, (value, label, shortcut) in enumerate(options):
            button = QPushButton(
                f"{shortcut} · {label}"
                if wide and shortcut
                else f"{label}  ({shortcut})"
                if shortcut
                else label
            )
            button.setMinimumSize(140, 56)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if wide:
                button.setStyleSheet("text-align: left; padding-left: 16px;")
            button.clicked.connect(lambda _=False, v=value: self.answered.emit(self.item.id, v))
            self._buttons[value] = button
            row, column = divmod(index, 2) if wide else (0, index)
            grid.addWidget(button, row, column)
        if not wide:
            grid.setColumnStretch(len(options), 1)
        self.controls.addLayout(grid, 1)

    def show_value(self, value: Any) -> None:
        for option, button in self._buttons.items():
            chosen = value is not None and option == value
            if button.property("answer") != chosen:
                button.setProperty("answer", chosen)
                restyle(button)

    def press(self, value: Any) -> None:
        self._buttons[value].click()


class YesNoItem(_ButtonsItem):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, [(True, self.tr("Yes"), "Y"), (False, self.tr("No"), "N")], parent)

    def handle_key(self, key: int, text: str) -> bool:
        if key == Qt.Key.Key_Y:
            self.press(True)
            return True
        if key == Qt.Key.Key_N:
            self.press(False)
            return True
        return super().handle_key(key, text)


class ChoiceItem(_ButtonsItem):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        options = [
            (c.value, i18n.show(c.label), str(i + 1) if i < 9 else "")
            for i, c in enumerate(item.choices)
        ]
        super().__init__(item, options, parent)
        self._values = [c.value for c in item.choices]

    def handle_key(self, key: int, text: str) -> bool:
        if text.isdigit() and 1 <= int(text) <= min(9, len(self._values)):
            self.press(self._values[int(text) - 1])
            return True
        return super().handle_key(key, text)


class _TypedItem(ItemWidget):
    """Items typed into a field, saved when the inspector presses Enter or leaves it."""

    def __init__(self, item: Item, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setMinimumWidth(320)
        self.field.editingFinished.connect(self._commit)
        self.controls.addWidget(self.field)
        self._saved: Any = None

    def _commit(self) -> None:
        text = self.field.text().strip()
        if not text:
            if self._saved is not None:
                self.cleared.emit(self.item.id)
            return
        try:
            value = self.convert(text)
        except ValueError as exc:
            self.status.setText(i18n.error_text(exc))
            self.status.show()
            return
        if value != self._saved:
            self.answered.emit(self.item.id, value)

    def convert(self, text: str) -> Any:
        """The value to save for what was typed; ValueError saying what is expected."""
        return text

    def show_value(self, value: Any) -> None:
        self._saved = value
        if not self.field.hasFocus():
            self.field.setText("" if value is None else self.display(value))

    def display(self, value: Any) -> str:
        return str(value)

    def focus_input(self) -> None:
        self.field.setFocus()
        self.field.selectAll()


class NumberItem(_TypedItem):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        bounds = ""
        if item.min is not None and item.max is not None:
            bounds = f"{item.min:g}–{item.max:g}"
        unit = i18n.show(item.unit)
        super().__init__(item, " ".join(p for p in (bounds, unit) if p), parent)
        self.field.setValidator(QDoubleValidator(self.field))
        self.field.setMaximumWidth(260)
        self.field.textEdited.connect(self._save_when_full)
        if unit:
            self.controls.addWidget(QLabel(unit))
        self.controls.addStretch(1)

    def _save_when_full(self, text: str) -> None:
        """Save a whole number as soon as no further digit could keep it within the maximum
        (91 of at most 100 is complete; 10 may become 100, so it waits for Enter): one key
        less per reading, and never a value cut short."""
        top, bottom = self.item.max, self.item.min
        if top is None or not text.isdigit():
            return
        if int(text) * 10 > top and (bottom is None or int(text) >= bottom):
            self._commit()

    def convert(self, text: str) -> Any:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise ValueError(self.tr("“{text}” is not a number.").format(text=text)) from None
        return int(number) if number.is_integer() else number

    def display(self, value: Any) -> str:
        return f"{value:g}" if isinstance(value, float) else str(value)


class TextItem(_TypedItem):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, self.tr("Type, then press Enter"), parent)


class CodeScanItem(_TypedItem):
    """A code scanned from the device (IMEI, serial).

    Only a code of the item's shape (domain/checklist/shapes.py) is an answer, typed or
    scanned. A handheld scan while the item is current answers it (the inspector pointed the
    scanner on purpose); the camera only proposes, and only into an empty item nobody is
    typing in: it never replaces what the inspector gave.
    """

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, self.tr("Scan or type the code"), parent)
        self.field.setStyleSheet('font-family: "DejaVu Sans Mono", monospace;')
        self.match = QLabel("")
        self.controls.addWidget(self.match, 1)

    def convert(self, text: str) -> Any:
        try:
            code = normalize_code(text)
        except CodeError as exc:
            raise ValueError(*exc.args) from None  # the sentence (a Phrase) kept to translate
        problem = shape_problem(self.item.compare_to, self.item.pattern, code)
        if problem:
            raise ValueError(problem)
        return code

    def fitting(self, codes: list[str], *, camera: bool) -> str | None:
        """The first of `codes` this item takes; None if none has its shape, or if the codes
        come from the camera and the item already has an answer or text being typed."""
        if camera and (self._saved is not None or self.field.text().strip()):
            return None
        for code in codes:
            try:
                return self.convert(code)
            except ValueError:
                continue
        return None

    def refuse(self, code: str) -> None:
        """A handheld scan of the wrong shape: say what was expected, keep the answer."""
        try:
            self.convert(code)
        except ValueError as exc:
            self.status.setText(i18n.error_text(exc))
            self.status.show()

    def refuse_label(self, code: str, rma: str) -> None:
        """A handheld scan of a parcel label's code: it is not the device's."""
        self.status.setText(
            self.tr("{code} is on the label of parcel {rma}, not on the device.").format(
                code=code, rma=rma
            )
        )
        self.status.show()

    def accept_scan(self, code: str) -> None:
        """A fitting scanned code (see `fitting`) is the answer."""
        self.field.setText(code)
        self.answered.emit(self.item.id, code)

    def show_state(self, snapshot: ChecklistSnapshot) -> None:
        super().show_state(snapshot)
        field = self.item.compare_to
        mismatch = f"{field}_mismatch" in snapshot.flags
        unverified = f"{field}_unverified" in snapshot.flags
        if self.item.id not in snapshot.answers_in_force or not field:
            self.match.setText("")
            set_tone(self.match, "none")
        elif mismatch:
            self.match.setText(self.tr("Does not match the order"))
            set_tone(self.match, "bad")
        elif unverified:
            self.match.setText(self.tr("Nothing to compare with on the order"))
            set_tone(self.match, "warn")
        else:
            self.match.setText(self.tr("Matches the order"))
            set_tone(self.match, "ok")


class PhotoItem(ItemWidget):
    """An item that is only photos."""


_KINDS: dict[ItemKind, type[ItemWidget]] = {
    ItemKind.YES_NO: YesNoItem,
    ItemKind.CHOICE: ChoiceItem,
    ItemKind.NUMBER: NumberItem,
    ItemKind.TEXT: TextItem,
    ItemKind.CODE_SCAN: CodeScanItem,
    ItemKind.PHOTO: PhotoItem,
}


def make_item_widget(item: Item, parent: QWidget | None = None) -> ItemWidget:
    """The widget for `item`'s kind."""
    return _KINDS[item.kind](item, parent)
