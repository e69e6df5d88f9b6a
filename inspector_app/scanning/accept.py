"""Which decoded codes become scan events: misread guard, debounce and multi-code grouping.

Pure logic with explicit timestamps (no clock, no threads), so it is tested exactly:

- a code whose checksum verified it is accepted at once; one without (Code 39, ITF without a
  check character) only once the same text was read in an earlier frame less than
  `confirm_window_s` ago: a random misread does not repeat itself;
- a code already reported is not reported again while it keeps being seen; it becomes new once
  it has been out of sight for `debounce_s` (the parcel left the bench);
- all confirmed codes of one frame are reported together, so a label with a tracking number
  and an RMA QR code is one event and the station's `lookup_any` picks the one it knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from inspector_app.scanning.decode import Decoded

CONFIRM_WINDOW_S = 1.0


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """A parcel presented to the camera.

    `codes`: every confirmed code in the frame, new ones first (pass their texts to
    Station.lookup_any); `new`: the codes not reported before; `timestamp`: monotonic seconds
    of the frame.
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

    def __init__(self, debounce_s: float = 3.0, confirm_window_s: float = CONFIRM_WINDOW_S) -> None:
        if debounce_s < 0 or confirm_window_s <= 0:
            raise ValueError("debounce and confirmation windows must be positive")
        self.debounce_s = debounce_s
        self.confirm_window_s = confirm_window_s
        self._candidates: dict[tuple[str, str], float] = {}
        self._reported: dict[tuple[str, str], float] = {}

    def feed(self, decoded: Iterable[Decoded], now: float) -> ScanEvent | None:
        """The event for one frame's decoded codes at time `now`, or None if nothing is new."""
        self._forget(now)
        confirmed = [d for d in decoded if self._confirm(d, now)]
        new = [d for d in confirmed if d.key not in self._reported]
        for d in confirmed:
            self._reported[d.key] = now
        if not new:
            return None
        seen = [d for d in confirmed if d not in new]
        return ScanEvent(tuple(new + seen), tuple(new), now)

    def _confirm(self, decoded: Decoded, now: float) -> bool:
        if decoded.checksum_protected or decoded.key in self._reported:
            return True
        earlier = self._candidates.get(decoded.key)
        self._candidates[decoded.key] = now
        return earlier is not None and earlier < now

    def _forget(self, now: float) -> None:
        self._candidates = {
            k: t for k, t in self._candidates.items() if now - t <= self.confirm_window_s
        }
        self._reported = {k: t for k, t in self._reported.items() if now - t < self.debounce_s}

    def reset(self) -> None:
        """Forget everything, e.g. after the inspector cancelled: the next read is new."""
        self._candidates.clear()
        self._reported.clear()
