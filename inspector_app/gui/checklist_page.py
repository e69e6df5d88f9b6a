"""The checklist screen: one section at a time, big answers, shortcuts, progress, photos.

Shortcuts act on the current item (outlined): Y/N answer a yes/no item, 1-9 pick a choice,
P takes a photo where the item asks for one, Ctrl+P adds one to any item (even while typing
in its field: a photo of the fault described under "other faults"), Enter moves on (to the
next unanswered item, then the next section; the answer that completes a section moves on
by itself, except into the verdict),
A ("All pass") gives every open question of the section that declares a no-defect answer
that answer in one save, and Ctrl+Z takes back what it gave (a section where it was used
waits for Enter, so every answer it gave stays on screen to be checked and changed),
Backspace goes back a section; E, while a scanned code does not match the order (the swap
banner across the page), goes to the evidence photos. Typing into a field is never taken
for a shortcut.
Sections whose items are all hidden by `show_if` are skipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from inspector_app.gui import i18n
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.fraud_banner import FraudBanner
from inspector_app.gui.generated.ui_checklist_page import Ui_ChecklistPage
from inspector_app.gui.item_widgets import CodeScanItem, ItemWidget, make_item_widget
from inspector_app.gui.theme import set_tone


class ChecklistPage(QWidget):
    """Renders snapshots; what the inspector does leaves through signals."""

    answered = Signal(str, object)
    answered_many = Signal(dict)
    """Several answers in one save (item id -> value; None clears the item): All pass and
    its undo."""
    cleared = Signal(str)
    photo_requested = Signal(str)
    photo_opened = Signal(str, str)
    finished = Signal()
    """The inspector moved past the last section with everything answered."""
    back_out = Signal()
    """Backspace on the first section: back to the return card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistPage()
        self.ui.setupUi(self)
        self.ui.nextButton.clicked.connect(self.advance)
        self.ui.backButton.clicked.connect(self.go_back)
        self.ui.allPassButton.clicked.connect(self.all_pass)
        self.ui.allPassButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.fraud = FraudBanner(with_button=True)
        self.fraud.evidence_requested.connect(self.go_to_evidence)
        self.ui.outer.insertWidget(0, self.fraud)
        self.notice = QLabel()
        """What the inspector must know about this inspection as it opens (a correction
        that started without photos that could not be fetched); hidden when none."""
        self.notice.setObjectName("checklistNotice")
        self.notice.setWordWrap(True)
        set_tone(self.notice, "warn")
        self.notice.hide()
        self.ui.outer.insertWidget(self.ui.outer.indexOf(self.ui.returnSummary) + 1, self.notice)
        self._snapshot: ChecklistSnapshot | None = None
        self._section = 0
        self._widgets: dict[str, ItemWidget] = {}
        self._current: str | None = None
        self._passed: dict[str, Any] = {}
        """What All pass gave in section `_passed_section` (item id -> answer): that section
        waits for Enter, and Ctrl+Z takes back those still as given."""
        self._passed_section = -1
        self._pixmaps: dict[str, QPixmap] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- state in -----------------------------------------------------------------------------

    def start(self, snapshot: ChecklistSnapshot, summary: str) -> None:
        """A new (or resumed) inspection: open the first section with something missing."""
        self._snapshot = snapshot
        self._pixmaps = {}
        self.ui.returnSummary.setText(summary)
        self.show_notice("")
        sections = snapshot.sections_with_items()
        self._section = next(
            (i for i in sections if snapshot.missing_in(i)), sections[0] if sections else 0
        )
        self._build_section()
        self._keep_focus()

    def show_notice(self, text: str) -> None:
        """Say `text` above the items until the next inspection starts ('' hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _keep_focus(self) -> None:
        """Keep the keyboard on this page: on the current item's field if it has one."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.setFocus()

    def show_snapshot(self, snapshot: ChecklistSnapshot) -> None:
        """The station saved a change: re-render (rebuilding only if items appeared/vanished).

        The answer that completes a section moves on to the next one by itself (the Enter it
        saves is one key in ten of a no-defect inspection), but never into the verdict, where
        an Enter pressed out of habit would finalize, and never after a photo: the inspector
        may take more than the minimum."""
        old = self._snapshot
        self._snapshot = snapshot
        later = [i for i in snapshot.sections_with_items() if i > self._section]
        if (
            old is not None
            and later
            and self._passed_section != self._section  # All pass: on screen until Enter
            and old.photos == snapshot.photos  # after a photo, another one may follow
            and old.missing_in(self._section)
            and not snapshot.missing_in(self._section)
        ):
            self._section = later[0]
            self._build_section()
            self._keep_focus()
        elif old is None or [i.id for i in old.visible_items(self._section)] != [
            i.id for i in snapshot.visible_items(self._section)
        ]:
            self._build_section()
        else:
            self._refresh()

    def set_thumbnail(self, sha: str, pixmap: QPixmap) -> None:
        self._pixmaps[sha] = pixmap
        self._refresh_photos()

    def thumbnail(self, sha: str) -> QPixmap | None:
        """The thumbnail of a photo of this inspection, once loaded."""
        return self._pixmaps.get(sha)

    def snapshot(self) -> ChecklistSnapshot | None:
        return self._snapshot

    @property
    def section_index(self) -> int:
        return self._section

    def current_item_id(self) -> str | None:
        return self._current

    def current_widget(self) -> ItemWidget | None:
        return self._widgets.get(self._current or "")

    def code_item(self) -> CodeScanItem | None:
        """The current item if it takes a scanned code (IMEI, serial), else None."""
        widget = self.current_widget()
        return widget if isinstance(widget, CodeScanItem) else None

    # -- rendering ------------------------------------------------------------------------------

    def _build_section(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        layout = self.ui.itemsLayout
        self.setFocus()  # off the widgets about to be deleted; the new current item takes it
        while layout.count():
            child = layout.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        self._widgets = {}
        for item in snapshot.visible_items(self._section):
            widget = make_item_widget(item, self.ui.itemsHost)
            widget.answered.connect(self.answered)
            widget.cleared.connect(self.cleared)
            widget.photo_requested.connect(self.photo_requested)
            widget.photo_opened.connect(self.photo_opened)
            layout.addWidget(widget)
            self._widgets[item.id] = widget
        layout.addStretch(1)
        self._current = None
        self._refresh()

    def _refresh(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        self.fraud.show_mismatches(snapshot.mismatches)
        section = snapshot.template.sections[self._section]
        sections = snapshot.sections_with_items()
        position = sections.index(self._section) + 1 if self._section in sections else 1
        self.ui.sectionTitle.setText(i18n.show(section.title))
        self.ui.sectionCounter.setText(
            self.tr("Section {n} of {total}").format(n=position, total=len(sections))
        )
        done, total = snapshot.progress()
        self.ui.progress.setMaximum(max(total, 1))
        self.ui.progress.setValue(done)
        for widget in self._widgets.values():
            widget.show_state(snapshot)
        self._refresh_photos()
        missing = snapshot.missing_in(self._section)
        given = self._still_passed()
        if missing:
            self.ui.missing.setText(
                self.tr("{n} thing(s) left to do in this section").format(n=len(missing))
            )
        elif given:
            self.ui.missing.setText(
                self.tr(
                    "All pass answered {n}: check each answer, change any with its key "
                    "(Ctrl+Z takes them back), then Enter"
                ).format(n=len(given))
            )
        else:
            self.ui.missing.setText(self.tr("Section complete ✔"))
        set_tone(self.ui.missing, "warn" if given and not missing else "none")
        self.ui.allPassButton.setVisible(bool(self._passable()))
        last = not [i for i in sections if i > self._section]
        self.ui.nextButton.setText(self.tr("Go to verdict") if last else self.tr("Next section"))
        self.ui.nextButton.setEnabled(not missing)
        self.ui.backButton.setText(
            self.tr("Back to return card") if self._is_first() else self.tr("Previous section")
        )
        if self._current not in self._widgets or self._is_done(self._current):
            self._set_current(self._first_open())

    def _passable(self) -> dict[str, Any]:
        """The section's open questions that declare a no-defect answer, with that answer."""
        snapshot = self._snapshot
        if snapshot is None:
            return {}
        return {
            item.id: item.no_defect
            for item in snapshot.visible_items(self._section)
            if item.no_defect is not None and item.id not in snapshot.answers_in_force
        }

    def _still_passed(self) -> dict[str, Any]:
        """What All pass gave that still stands as given."""
        if self._snapshot is None or self._passed_section != self._section:
            return {}
        answers = self._snapshot.answers_in_force
        return {k: v for k, v in self._passed.items() if answers.get(k) == v}

    def all_pass(self) -> None:
        """A: every open question of the section with a no-defect answer gets it, in one save.
        Questions already answered keep their answers; the section then waits for Enter."""
        answers = self._passable()
        if not answers:
            return
        if self._passed_section != self._section:
            self._passed, self._passed_section = {}, self._section
        self._passed.update(answers)
        self.answered_many.emit(answers)

    def undo_all_pass(self) -> None:
        """Ctrl+Z: take back the answers All pass gave that nobody has changed since."""
        given = self._still_passed()
        self._passed, self._passed_section = {}, -1
        if given:
            self.answered_many.emit(dict.fromkeys(given))

    def _refresh_photos(self) -> None:
        if self._snapshot is None:
            return
        for item_id, widget in self._widgets.items():
            widget.show_photos(
                self._snapshot.photos.get(item_id, []),
                self._pixmaps,
                self._snapshot.photos_required.get(item_id, 0),
            )

    def _is_done(self, item_id: str | None) -> bool:
        if item_id is None or self._snapshot is None:
            return True
        widget = self._widgets.get(item_id)
        return widget is None or self._snapshot.is_done(widget.item)

    def _first_open(self) -> str | None:
        for item_id in self._widgets:
            if not self._is_done(item_id):
                return item_id
        return next(iter(self._widgets), None)

    def _set_current(self, item_id: str | None) -> None:
        self._current = item_id
        for wid, each in self._widgets.items():
            each.set_current(wid == item_id)
        widget = self._widgets.get(item_id or "")
        if widget is not None:
            self.ui.scroll.ensureWidgetVisible(widget)
            if not self._is_done(item_id) and hasattr(widget, "field"):
                widget.focus_input()
            else:
                self.setFocus()

    def _is_first(self) -> bool:
        sections = self._snapshot.sections_with_items() if self._snapshot else []
        return not [i for i in sections if i < self._section]

    # -- navigation ------------------------------------------------------------------------------

    def advance(self) -> None:
        """Enter: to the next open item, else the next section, else the verdict."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        if snapshot.missing_in(self._section):
            open_item = self._first_open()
            if open_item is not None:
                self._set_current(open_item)
            return
        later = [i for i in snapshot.sections_with_items() if i > self._section]
        if later:
            self._section = later[0]
            self._build_section()
        elif snapshot.is_complete:
            self.finished.emit()

    def go_to_evidence(self, item_id: str) -> None:
        """The swap banner's path: the mismatching item's section, at its first open item
        (the evidence photos the mismatch calls for)."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        section = next(
            i
            for i, s in enumerate(snapshot.template.sections)
            if any(x.id == item_id for x in s.items)
        )
        if section != self._section:
            self._section = section
            self._build_section()
        self._set_current(self._first_open())
        self._keep_focus()

    def go_back(self) -> None:
        """Backspace: the previous section with visible items, or out to the return card."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        earlier = [i for i in snapshot.sections_with_items() if i < self._section]
        if not earlier:
            self.back_out.emit()
            return
        self._section = earlier[-1]
        self._build_section()
        self._keep_focus()

    def add_photo(self) -> None:
        """Ctrl+P: the capture dialog for the current item, whatever its kind."""
        if self._current is not None:
            self.photo_requested.emit(self._current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        typing = isinstance(focus, (QLineEdit, QPlainTextEdit))
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if control and event.key() == Qt.Key.Key_P:
            self.add_photo()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if typing:
                self.setFocus()
            self.advance()
        elif typing or not self._shortcut(event):
            super().keyPressEvent(event)

    def _shortcut(self, event: QKeyEvent) -> bool:
        """The page's keys outside a field, then the current item's; True if one acted."""
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        evidence = self.fraud.mismatching_item()
        actions = {
            Qt.Key.Key_Backspace: self.go_back,
            Qt.Key.Key_Down: lambda: self._move_current(1),
            Qt.Key.Key_Up: lambda: self._move_current(-1),
        }
        if control and key == Qt.Key.Key_Z:
            self.undo_all_pass()
        elif key in actions:
            actions[Qt.Key(key)]()
        elif key == Qt.Key.Key_A and self.ui.allPassButton.isVisible():
            self.all_pass()
        elif key == Qt.Key.Key_E and evidence:
            self.go_to_evidence(evidence)
        else:
            widget = self.current_widget()
            return widget is not None and widget.handle_key(key, event.text())
        return True

    def _move_current(self, step: int) -> None:
        ids = list(self._widgets)
        if not ids:
            return
        index = ids.index(self._current) if self._current in ids else 0
        self._set_current(ids[max(0, min(len(ids) - 1, index + step))])

    def value_of(self, item_id: str) -> Any:
        """The saved answer of an item (tests and the screenshot script read it)."""
        return self._snapshot.answers_in_force.get(item_id) if self._snapshot else None
