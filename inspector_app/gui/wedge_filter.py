"""Handheld scanners anywhere in the app: an application-wide key filter around WedgeDetector.

A keyboard-wedge scanner types the code into whatever has the focus. This filter sees every
key first, lets `inspector_app.scanning.wedge.WedgeDetector` decide whether it belongs to a
scanner's burst, swallows the burst and emits `scanned`, and replays keys that turned out to
be a person typing (a few tens of milliseconds late, unnoticeable) into the focused widget,
so no stray characters from a scan land in a text field and typing still works everywhere.

A scanner is a USB keyboard, so it types what a keyboard would: Shift pressed and released
around every capital letter or symbol, AltGr for characters of the third level on some
layouts, Ctrl+] for GS1's separator, Ctrl+J for a line feed after Enter. Modifier keys alone
are no text and do not end a burst; a key whose modifiers make it text (Shift, AltGr) is text.
Keys replayed after a hold keep their key code, so Space pressed on a focused button still
presses it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from inspector_app.scanning.wedge import GS, Action, WedgeDetector

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _key_text(event: QKeyEvent) -> str:
    """The character a key stands for in the detector's terms, or "" for a non-text key."""
    key = event.key()
    if key in _ENTER_KEYS:
        return "\r"
    if key == Qt.Key.Key_Tab:
        return "\t"
    text = event.text()
    if text in (GS, "\n"):
        return text
    if len(text) == 1 and text.isprintable():
        return text
    return ""


def _is_shortcut(event: QKeyEvent, char: str) -> bool:
    """Ctrl or Alt with a key is a shortcut, except what scanners type that way: GS (Ctrl+]),
    a line feed (Ctrl+J) and AltGr characters (which some systems report as Ctrl+Alt)."""
    held = event.modifiers() & _CTRL_ALT
    if not held or char in (GS, "\n"):
        return False
    return held != _CTRL_ALT


class WedgeFilter(QObject):
    """Install on the QApplication; `scanned(text)` for each handheld-scanner code."""

    scanned = Signal(str)

    def __init__(
        self, detector: WedgeDetector | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._held_release = 0
        self._keys: list[tuple[str, int, Qt.KeyboardModifier]] = []
        """The held keys as pressed (text, key code, modifiers), oldest first."""
        self._target: QWidget | None = None
        """Where the held keys were going; they are replayed there (not to whatever has the
        focus by then, which may have moved or be nothing in an inactive window)."""

    def holding(self) -> bool:
        """Keys are held until the filter knows whether a person typed them (a few tens of
        milliseconds): what a typed key waits before it reaches its widget."""
        return bool(self._keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not watched.isWidgetType():
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            return self._swallow_release(event)  # type: ignore[arg-type]
        if kind != QEvent.Type.KeyPress:
            return False
        return self._key_press(watched, event)  # type: ignore[arg-type]

    def _key_press(self, watched: QWidget, key_event: QKeyEvent) -> bool:
        """Feed one key press to the detector; True when it is held or part of a scan."""
        if key_event.key() in _MODIFIER_KEYS:
            return False  # Shift before a scanner's capital: no text, and no end of the burst
        char = _key_text(key_event)
        if not char or _is_shortcut(key_event, char):
            self._replay(self.detector.release())  # held text first, never reordered
            return False
        decision = self.detector.feed(char, self._timestamp(key_event))
        self._replay(decision.typed)
        self._target = watched
        if decision.action is Action.PASS:
            self._timer.stop()
            return False
        self._held_release += 1
        if decision.action is Action.DROP:
            return True
        self._keys.append((char, key_event.key(), key_event.modifiers()))
        if decision.action is Action.SCAN:
            self._timer.stop()
            self._keys.clear()
            if decision.scan is not None and decision.scan.text:
                self.scanned.emit(decision.scan.text)
            return True
        # No further key within the detector's gap: the held keys were a person's.
        self._timer.start(int(self.detector.max_gap_s * 1000) + 1)
        return True

    def _swallow_release(self, event: QKeyEvent) -> bool:
        """Swallow the releases of keys whose press we swallowed (widgets expect pairs)."""
        if self._held_release > 0 and _key_text(event):
            self._held_release -= 1
            return True
        return False

    @staticmethod
    def _timestamp(event: QKeyEvent) -> float:
        """Seconds: the window system's key time when it has one (a busy GUI thread then does
        not make a person's queued keys look like a fast burst), else the monotonic clock."""
        if event.timestamp():
            return event.timestamp() / 1000.0
        return time.monotonic()

    def _flush(self) -> None:
        self._replay(self.detector.release())

    def _replay(self, text: str) -> None:
        """Deliver held keys to the focused widget as if typed now, with their own key codes
        and modifiers (the detector gives back `text`, the oldest held keys first)."""
        if not text:
            return
        keys, self._keys = self._keys[: len(text)], self._keys[len(text) :]
        target = self._target if self._target is not None and isValid(self._target) else None
        target = target or QApplication.focusWidget() or QApplication.activeWindow()
        if target is None:
            return
        self._replaying = True
        try:
            for char, key, modifiers in keys:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, char))
        finally:
            self._replaying = False
