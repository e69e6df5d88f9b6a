"""Audible feedback, so an inspector looking at the parcel knows the scan's result.

Three sounds (found, not found, error; made by tools/make_sounds.py). `Feedback.play` always
emits `played(kind)`, which tests and the screenshot script observe; the audio itself is
produced only when the `ui.sounds` setting is on, and the QtMultimedia objects are made on
first use so a bench with sounds off (or without an audio device) never loads the backend.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from inspector_app.locations import resource_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

KINDS = ("found", "not_found", "error")


class Feedback(QObject):
    """Plays the feedback sound for a scan result."""

    played = Signal(str)
    """The kind just signalled: "found", "not_found" or "error"."""

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effects: dict[str, QSoundEffect] = {}

    def set_enabled(self, enabled: bool) -> None:
        """Follow the `ui.sounds` setting."""
        self._enabled = enabled

    def play(self, kind: str) -> None:
        """Signal `kind` and, with sounds on, play its sound without waiting for it."""
        if kind not in KINDS:
            raise ValueError(f"unknown sound {kind!r}")
        self.played.emit(kind)
        if self._enabled:
            self._effect(kind).play()

    def _effect(self, kind: str) -> QSoundEffect:
        effect = self._effects.get(kind)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
            effect.setVolume(0.8)
            self._effects[kind] = effect
        return effect
