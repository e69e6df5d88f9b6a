"""Handheld scanners that type: tell a scanner's burst of keys from a person typing.

A USB or Bluetooth scanner in keyboard-wedge mode "types" the code a few milliseconds per key
and ends with Enter (or Tab), wherever the focus is. The GUI's application-wide event filter
feeds every text key to a WedgeDetector, which answers for that key:

- HOLD: keep the key for now (it may be the start of a scan); nothing reaches the widget;
- PASS: let the key through, after first replaying `decision.typed` (held keys that turned out
  to be a person typing) into the focused widget;
- SCAN: swallow the key; `decision.scan` is the scanned code. Held keys are dropped, so no
  stray characters land in a text field;
- DROP: swallow the key, the rest of a scanner's suffix: scanners set to end with CR LF, or
  with Tab then Enter, send a second terminator right after the first, which would otherwise
  press the focused button or move the focus.

The filter also arms a timer for `next_deadline()` and calls `flush(now)` when it fires: a
person's keys are released a few tens of milliseconds late, which nobody notices. Keys without
text (arrows, F-keys, clicks) call `release()` first so held text is never reordered.

Scanners transmit the GS1 group separator (FNC1) as ASCII 29, which arrives as Ctrl+] on most
layouts; the GUI passes "\\x1d" for it, and `gs_aliases` maps a scanner's configured substitute
(some send "~" or "|") back to it. An AIM symbology prefix ("]C1" for GS1-128, ...), which
scanners can be set to send, is parsed off and reported. Timestamps are seconds (monotonic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto

GS = "\x1d"
TERMINATORS = frozenset({"\r", "\n", "\t"})
DEFAULT_MAX_GAP_S = 0.05
"""Longest pause inside a scan. Scanners send a key every 1-20 ms; people need 80+ ms per key,
and their fastest rolled pairs do not keep under 50 ms for four keys in a row."""
DEFAULT_MIN_LENGTH = 4
"""Shortest scan; shorter bursts are a person's quick pair of keys plus Enter."""

# AIM symbology identifier letter (ISO/IEC 15424) to our format names.
_AIM_FORMATS = {
    "A": "code39",
    "C": "code128",
    "E": "ean13",
    "I": "itf",
    "Q": "qrcode",
    "d": "datamatrix",
    "L": "pdf417",
}
# Identifiers whose data is a GS1 element string (FNC1 in first position).
_AIM_GS1 = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})


class Action(Enum):
    """The fate of one key; see the module doc."""

    PASS = auto()
    HOLD = auto()
    SCAN = auto()
    DROP = auto()


@dataclass(frozen=True, slots=True)
class WedgeScan:
    """A code from a handheld scanner: text (GS kept between GS1 fields, AIM prefix removed),
    the AIM identifier if the scanner sent one, the format it names and whether it is GS1."""

    text: str
    symbology_id: str = ""
    format: str = ""
    gs1: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with the key just fed; see the module doc."""

    action: Action
    typed: str = ""
    scan: WedgeScan | None = None


@dataclass(slots=True)
class _Burst:
    chars: list[str] = field(default_factory=list)
    first: float = 0.0
    last: float = 0.0


class WedgeDetector:
    """Decides, key by key, whether keys come from a scanner; pure Python, no Qt."""

    def __init__(
        self,
        *,
        max_gap_s: float = DEFAULT_MAX_GAP_S,
        min_length: int = DEFAULT_MIN_LENGTH,
        gs_aliases: str = "",
        tab_ends_scan: bool = True,
    ) -> None:
        if max_gap_s <= 0 or min_length < 1:
            raise ValueError("max_gap_s must be positive and min_length at least 1")
        if set(gs_aliases) & (TERMINATORS | {GS}):
            raise ValueError("a GS alias cannot be Enter, Tab or GS itself")
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self.gs_aliases = gs_aliases
        self.terminators = TERMINATORS if tab_ends_scan else TERMINATORS - {"\t"}
        self._burst = _Burst()
        self._scan_ended: float | None = None

    @property
    def holding(self) -> bool:
        """Whether keys are held back (the GUI then keeps its flush timer armed)."""
        return bool(self._burst.chars)

    def next_deadline(self) -> float | None:
        """When to call flush() if no key comes: the held keys are a person's by then."""
        return self._burst.last + self.max_gap_s if self._burst.chars else None

    def feed(self, char: str, timestamp: float) -> Decision:
        """Decide about one key's text (one character; Enter as "\\r", Tab as "\\t")."""
        if len(char) != 1:
            raise ValueError("feed() takes the text of one key")
        late = self._burst.chars and timestamp - self._burst.last > self.max_gap_s
        typed = self.release() if late else ""
        if char in self.terminators:
            if self._is_scan():
                scan = parse_scan("".join(self._burst.chars))
                self._burst = _Burst()
                self._scan_ended = timestamp
                return Decision(Action.SCAN, typed, scan)
            if self._suffix_goes_on(timestamp):
                self._scan_ended = timestamp
                return Decision(Action.DROP, typed)
            return Decision(Action.PASS, typed + self.release())
        self._scan_ended = None
        if not self._burst.chars:
            self._burst.first = timestamp
        self._burst.chars.append(GS if char in self.gs_aliases else char)
        self._burst.last = timestamp
        return Decision(Action.HOLD, typed)

    def flush(self, now: float) -> str:
        """Held text to replay as typed if the burst stalled by `now`; "" if still in time."""
        if self._burst.chars and now - self._burst.last >= self.max_gap_s:
            return self.release()
        return ""

    def release(self) -> str:
        """Give up the held keys (as a person's typing) and return them; "" if none."""
        text = "".join(self._burst.chars)
        self._burst = _Burst()
        return text

    def _suffix_goes_on(self, timestamp: float) -> bool:
        """Whether a terminator with nothing held is the second half of a scan's suffix."""
        ended = self._scan_ended
        return (
            not self._burst.chars and ended is not None and 0 <= timestamp - ended <= self.max_gap_s
        )

    def _is_scan(self) -> bool:
        return len(self._burst.chars) >= self.min_length


def parse_scan(raw: str) -> WedgeScan:
    """Split an AIM prefix off a scanned text and drop a GS1 leading FNC1 (sent as GS)."""
    symbology_id = ""
    if len(raw) >= 3 and raw[0] == "]" and raw[1].isalpha() and raw[2].isalnum():
        symbology_id, raw = raw[:3], raw[3:]
    gs1 = symbology_id in _AIM_GS1 or raw.startswith(GS)
    text = raw.lstrip(GS) if gs1 else raw
    fmt = _AIM_FORMATS.get(symbology_id[1:2], "")
    return WedgeScan(text, symbology_id, fmt, gs1)
