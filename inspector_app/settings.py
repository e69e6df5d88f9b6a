"""Every station setting, declared once: key, type, default, label, and whether it is secret.

The GUI's settings dialog, `inspector-app config show`, the layered config loader and the
validation of IT's files are all generated from OPTIONS, so adding a setting is one entry
here, and renaming or dropping one is an entry in RENAMED or REMOVED as well (IT's files
outlive a release). Values are checked on the way in; reading returns the declared type.
This module is Qt-free: the GUI turns `Settings.subscribe` callbacks into a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from inspector_app.errors import UserError

DEFAULT_FORMATS = (
    "code128",
    "code39",
    "ean13",
    "ean8",
    "upca",
    "upce",
    "itf",
    "qrcode",
    "datamatrix",
    "pdf417",
)


@dataclass(frozen=True, slots=True)
class Option:
    """One declared setting. `kind` is one of str, int, float, bool, list (of str)."""

    key: str
    kind: type
    default: Any
    label: str
    help: str = ""
    secret: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


_LOCKABLE: tuple[Option, ...] = (
    Option(
        "server.url",
        str,
        "",
        "Server URL",
        "Base URL of the central server, e.g. "
        "https://returns.example.com; empty runs the bench standalone.",
    ),
    Option(
        "server.token",
        str,
        "",
        "Station token",
        "Issued by `inspector-server add-station`.",
        secret=True,
    ),
    Option(
        "server.verify_tls",
        bool,
        True,
        "Verify TLS certificates",
        "Turn off only for a lab server; never in production.",
    ),
    Option(
        "server.ca_bundle", str, "", "CA bundle", "PEM file of a private certificate authority."
    ),
    Option("server.proxy", str, "", "HTTP proxy", "e.g. http://proxy.example:3128"),
    Option("server.timeout_s", float, 10.0, "Network timeout (s)", minimum=1, maximum=120),
    Option("station.name", str, "bench-01", "Station name", "Shown to leads; one per bench."),
    Option(
        "station.badge_needs_pin",
        bool,
        False,
        "Badge sign-in also needs the PIN",
        "Leads and admins always type their PIN after scanning their badge.",
    ),
    Option(
        "station.country",
        str,
        "FR",
        "Country",
        "ISO code for public holidays.",
        choices=("FR", "DE", "ES", "IT", "BE", "NL", "GB", "US", "AT", "PT", "IE"),
    ),
    Option(
        "camera.source",
        str,
        "0",
        "Camera",
        "Device index (0, 1, ...), a video or image file, or an rtsp:// or http:// URL.",
    ),
    Option("camera.width", int, 1920, "Camera width", minimum=160, maximum=7680),
    Option("camera.height", int, 1080, "Camera height", minimum=120, maximum=4320),
    Option("camera.fps", int, 30, "Camera frame rate", minimum=1, maximum=120),
    Option(
        "camera.photo_source",
        str,
        "",
        "Photo camera",
        "A second camera for photos; empty uses the scanning camera.",
    ),
    Option(
        "scanning.formats", list, list(DEFAULT_FORMATS), "Barcode formats", choices=DEFAULT_FORMATS
    ),
    Option(
        "scanning.debounce_s", float, 3.0, "Ignore a repeated code for (s)", minimum=0, maximum=60
    ),
    Option("photos.jpeg_quality", int, 88, "JPEG quality", minimum=50, maximum=100),
    Option("photos.max_edge", int, 2048, "Photo long edge (px)", minimum=640, maximum=8192),
    Option("ui.sounds", bool, True, "Sounds"),
    Option("ui.language", str, "system", "Language", choices=("system", "en", "fr")),
    Option("ui.idle_signout_min", int, 15, "Sign out after idle (min)", minimum=1, maximum=480),
    Option(
        "ui.kiosk",
        bool,
        False,
        "Kiosk mode",
        "Full screen that cannot be closed; Settings and Quit only while a lead or an admin "
        "is signed in; an on-screen PIN pad and touch-sized buttons. Set it in the machine "
        "file; it takes effect at the next start.",
    ),
    Option(
        "ui.training_allowed",
        bool,
        False,
        "Training button on the sign-in page",
        "Opens a practice sandbox (demo returns, nothing sent or printed) in a window of "
        "its own; `inspector-app training` opens it too.",
    ),
    Option("sync.interval_s", float, 30.0, "Sync every (s)", minimum=2, maximum=3600),
    Option(
        "retention.days",
        int,
        30,
        "Keep sent inspections, photos and cached returns (days)",
        minimum=1,
        maximum=3650,
    ),
    Option("policy.window_days", int, 30, "Withdrawal window (days)", minimum=1, maximum=365),
    Option("policy.warranty_months", int, 12, "Warranty (months)", minimum=0, maximum=120),
    Option(
        "policy.transit_report_days",
        int,
        3,
        "Transit damage report (business days)",
        minimum=0,
        maximum=30,
    ),
    Option("labels.enabled", bool, False, "Print an intake label at finalize"),
    Option(
        "labels.printer",
        str,
        "pdf",
        "Label printer",
        "`pdf`, `system:<printer name>` or `zpl:<host>:<port>`.",
    ),
    Option("labels.size", str, "62x29mm", "Label size", choices=("62x29mm", "4x6in")),
)

LOCKS_KEY = "station.locked_settings"
_LOCKS = Option(
    LOCKS_KEY,
    list,
    [],
    "Settings only IT may change",
    "Read from the machine file only: these keys keep its value whatever the user file "
    "or the settings dialog says.",
    choices=tuple(o.key for o in _LOCKABLE),
)
_AFTER_STATION = 1 + max(i for i, o in enumerate(_LOCKABLE) if o.key.startswith("station."))
OPTIONS: tuple[Option, ...] = (
    *_LOCKABLE[:_AFTER_STATION],
    _LOCKS,
    *_LOCKABLE[_AFTER_STATION:],
)
"""Every setting, a section's keys together; LOCKS_KEY locks the others (see config.load)."""

DISPLAY_PREFERENCES = ("ui.sounds", "ui.language")
"""What anyone may change at a bench; the rest of Settings needs a lead or an admin."""

BY_KEY: dict[str, Option] = {o.key: o for o in OPTIONS}

RENAMED: dict[str, str] = {}
"""Old key -> its new key. IT's files, RI_* variables and `--set` outlive a release, so a
file that still uses the old key keeps working: the loader reads it as the new key, with a
warning naming where it was (file:line), instead of refusing to start every bench that has
not been updated. Add an entry when renaming an Option; drop it a few releases later."""

REMOVED: dict[str, str] = {}
"""Old key -> why it went (a sentence for IT). Loading ignores it with a warning rather than
failing as for an unknown key: the key was right when IT wrote it."""


class SettingError(UserError, ValueError):
    """A value that does not fit its declaration; the message names the key."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _as_kind(kind: type, value: Any) -> Any:
    """Convert `value` to `kind`, accepting the strings that env vars and the CLI carry."""
    if kind is bool:
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        if isinstance(value, bool):
            return value
        raise ValueError(value)
    if kind is list:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return [str(v) for v in value]
    if kind in (int, float):
        if isinstance(value, bool):
            raise ValueError(value)
        return kind(value)
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def coerce(option: Option, value: Any) -> Any:
    """Return `value` as `option`'s type, or raise SettingError saying what was expected."""
    key = option.key
    try:
        value = _as_kind(option.kind, value)
    except (TypeError, ValueError):
        raise SettingError(f"{key}: expected {option.kind.__name__}, got {value!r}") from None
    if option.minimum is not None and value < option.minimum:
        raise SettingError(f"{key}: {value} is below the minimum {option.minimum}")
    if option.maximum is not None and value > option.maximum:
        raise SettingError(f"{key}: {value} is above the maximum {option.maximum}")
    if option.choices:
        chosen = value if isinstance(value, list) else [value]
        unknown = [v for v in chosen if v not in option.choices]
        if unknown:
            raise SettingError(f"{key}: {unknown[0]!r} is not one of {', '.join(option.choices)}")
    return value


Listener = Callable[[str, Any], None]


class Settings:
    """Typed values for every option, with where each came from and change notification."""

    def __init__(self, values: Mapping[str, Any] | None = None, source: str = "default") -> None:
        self._values: dict[str, Any] = {o.key: o.default for o in OPTIONS}
        self._sources: dict[str, str] = dict.fromkeys(self._values, "default")
        self._listeners: list[Listener] = []
        if values:
            self.update(values, source)

    def __getitem__(self, key: str) -> Any:
        if key not in BY_KEY:
            raise KeyError(f"unknown setting {key!r}")
        value = self._values[key]
        return list(value) if isinstance(value, list) else value

    def get(self, key: str) -> Any:
        """The typed value of `key` (KeyError for an undeclared key)."""
        return self[key]

    def source(self, key: str) -> str:
        """Which layer set `key`: default, machine, user, env, cli, or what the caller named."""
        return self._sources[key]

    def set(self, key: str, value: Any, source: str = "user") -> None:
        """Validate and store one value; listeners hear about real changes only."""
        option = BY_KEY.get(key)
        if option is None:
            raise SettingError(f"{key}: no such setting")
        value = coerce(option, value)
        changed = value != self._values[key]
        self._values[key] = value
        self._sources[key] = source
        if changed:
            for listener in list(self._listeners):
                listener(key, value)

    def update(self, values: Mapping[str, Any], source: str) -> None:
        """Set several values from one layer; all are validated before any is stored."""
        checked = {}
        for key, value in values.items():
            option = BY_KEY.get(key)
            if option is None:
                raise SettingError(f"{key}: no such setting")
            checked[key] = coerce(option, value)
        for key, value in checked.items():
            self.set(key, value, source)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(key, value)` after each change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def items(self) -> Iterable[tuple[Option, Any, str]]:
        """(option, value, source) for every declared setting, in declaration order."""
        for option in OPTIONS:
            yield option, self[option.key], self._sources[option.key]
