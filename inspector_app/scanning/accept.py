"""Which decoded codes become scan events: misread guard, debounce, and a label's codes together.

Pure logic with explicit timestamps (no clock, no threads), so it is tested exactly:

- a code a check digit or error correction verified is accepted at once; one without (Code
  39, ITF without a check character; an EAN/UPC no second look could verify) once two views
  of one frame read it, or the same text was read in an earlier frame less than
  `confirm_window_s` ago: a random misread does not repeat itself;
- the codes read in the last `scene_s` (1 s) of frames are remembered, so a label whose
  tracking number one frame reads and whose RMA the next one does is one parcel: every event
  carries all of them, new ones first, and the station's `lookup_any` tries each. A frame
  with nothing barcode-like in it (the parcel has gone) forgets them at once;
- a code already reported is not reported again while it keeps being seen; it becomes new
  once it has been out of sight for `debounce_s` (the parcel left the bench). Out of sight
  means a decoded frame lacked it: a gap with no frame at all (a busy CPU, a slow decode, a
  camera that hiccups) proves nothing, so the parcel still on the bench is not scanned twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from inspector_app.scanning.decode import Decoded

CONFIRM_WINDOW_S = 1.0

SCENE_S = 1.0
"""How long a code read stays part of the scene: a parcel is turned, tilted and steadied in
about a second, and each of its codes may be readable in a different frame."""


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """A parcel presented to the camera, or more of its codes read.

    `codes`: every confirmed code of the scene (this frame's and those read in the last
    second), new ones first (pass their texts to Station.lookup_any); `new`: the codes not
    reported before; `timestamp`: monotonic seconds of the frame.
    """

    codes: tuple[Decoded, ...]
    new: tuple[Decoded, ...]
    timestamp: float

    @property
    def texts(self) -> list[str]:
        """The codes' texts in order, as Station.lookup_any takes them."""
        return [d.text for d in self.codes]


class Acceptor:
    """Turns the codes decoded in successive frames into ScanEvents (see the module doc)."""

    def __init__(
        self,
        debounce_s: float = 3.0,
        confirm_window_s: float = CONFIRM_WINDOW_S,
        scene_s: float = SCENE_S,
    ) -> None:
        if debounce_s < 0 or confirm_window_s <= 0 or scene_s <= 0:
            raise ValueError("debounce, confirmation and scene windows must be positive")
        self.debounce_s = debounce_s
        self.confirm_window_s = confirm_window_s
        self.scene_s = scene_s
        self._candidates: dict[tuple[str, str], float] = {}
        self._reported: dict[tuple[str, str], float] = {}  # code -> when it was last read
        self._missed: set[tuple[str, str]] = set()  # reported codes a later frame lacked
        self._scene: dict[tuple[str, str], tuple[Decoded, float]] = {}

    def feed(
        self, decoded: Iterable[Decoded], now: float, *, empty: bool = False
    ) -> ScanEvent | None:
        """The event for one frame's decoded codes at time `now`, or None if nothing is new.

        `empty`: the frame held nothing barcode-like, so the scene so far has left the view."""
        decoded = list(decoded)
        self._forget(now, {d.key for d in decoded})
        if empty:
            self._scene.clear()
        confirmed = [d for d in decoded if self._confirm(d, now)]
        new = {d.key: d for d in confirmed if d.key not in self._reported}
        for d in confirmed:
            self._reported[d.key] = now
            self._missed.discard(d.key)
            self._scene[d.key] = (d, now)
        if not new:
            return None
        # the rest of the scene, the most recently read first
        rest = sorted(
            (entry for key, entry in self._scene.items() if key not in new),
            key=lambda entry: entry[1],
            reverse=True,
        )
        news = tuple(new.values())
        return ScanEvent(news + tuple(d for d, _ in rest), news, now)

    def _confirm(self, decoded: Decoded, now: float) -> bool:
        if decoded.confirmed or decoded.key in self._reported:
            return True
        earlier = self._candidates.get(decoded.key)
        self._candidates[decoded.key] = now
        return earlier is not None and earlier < now

    def _forget(self, now: float, present: set[tuple[str, str]]) -> None:
        self._candidates = {
            k: t for k, t in self._candidates.items() if now - t <= self.confirm_window_s
        }
        self._missed |= self._reported.keys() - present
        self._reported = {
            k: t
            for k, t in self._reported.items()
            if k not in self._missed or now - t < self.debounce_s
        }
        self._missed &= self._reported.keys()
        self._scene = {k: e for k, e in self._scene.items() if now - e[1] <= self.scene_s}

    def reset(self) -> None:
        """Forget everything, e.g. after the inspector cancelled: the next read is new."""
        self._candidates.clear()
        self._reported.clear()
        self._missed.clear()
        self._scene.clear()
