"""Layered configuration: defaults < machine file < user file < environment < command line.

IT sets site-wide values (server URL, token) in the machine-wide file without touching each
user's own settings; a user's file overrides it; environment variables and `--set` override
both for one run (support, tests). Every layer goes through the declarations in
`inspector_app.settings`, so a typo or a bad value is reported with the file and line instead
of being ignored.

Environment mapping: a setting `section.name` is read from `RI_SECTION_NAME`
(`server.url` -> `RI_SERVER_URL`, `server.timeout_s` -> `RI_SERVER_TIMEOUT_S`). Lists are
comma-separated, booleans accept 1/0, true/false, yes/no, on/off.

Keys outlive releases: a key in `settings.RENAMED` is read as its new name and one in
`settings.REMOVED` is ignored, each with a warning naming the file and line (or variable),
in every layer, so a release that renames a setting does not stop the benches still using
the old name.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from inspector_app import locations, logs
from inspector_app.atomic_write import write_atomically
from inspector_app.errors import UserError
from inspector_app.settings import (
    BY_KEY,
    LOCKS_KEY,
    OPTIONS,
    REMOVED,
    RENAMED,
    SettingError,
    Settings,
    coerce,
)

log = logging.getLogger(__name__)

ENV_PREFIX = "RI_"
MACHINE_FILE_MODE = 0o644
"""Mode of a configuration file `config set` creates: every bench account reads it. IT may
narrow it (e.g. 0640 root:bench when it holds the token); later edits keep what IT chose."""


class ConfigError(UserError, ValueError):
    """One or more problems in a configuration layer; `str()` gives `file:line: message` lines."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Problem:
    """A single configuration mistake, located as precisely as the layer allows."""

    where: str  # a file path, an environment variable or "--set"
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{_location(self.where, self.line)}: {self.message}"


def _location(where: str, line: int | None) -> str:
    return f"{where}:{line}" if line else where


def env_var(key: str) -> str:
    """The environment variable that overrides setting `key` (server.url -> RI_SERVER_URL)."""
    return ENV_PREFIX + key.upper().replace(".", "_")


_TABLE_RE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")


def _key_lines(text: str) -> dict[str, int]:
    """Map each dotted key to the line defining it (tomllib parses but does not locate).

    Only called on text tomllib has accepted, so a line scanner that follows table headers
    and skips multi-line strings is enough.
    """
    lines: dict[str, int] = {}
    table = ""
    in_string: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if in_string:
            if raw.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _TABLE_RE.match(raw)
        if header:
            table = _dotted(header.group(1))
            lines.setdefault(table, number)
            continue
        key = _KEY_RE.match(raw)
        if key:
            name = _dotted(key.group(1))
            lines.setdefault(f"{table}.{name}" if table else name, number)
            for quote in ('"""', "'''"):
                if raw.count(quote) % 2 == 1:
                    in_string = quote
    return lines


def _dotted(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and key not in BY_KEY:
            flat.update(_flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def _check_values(
    values: Mapping[str, Any],
    where: str,
    lines: Mapping[str, int],
    layer_keys: Iterable[str] = (),
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate against the declarations, under the keys' current names; returns the good
    values and every problem found. `layer_keys`: other keys the same layer gives (beside
    `values`), so an old key given beside its new name yields to it."""
    good: dict[str, Any] = {}
    problems: list[Problem] = []
    in_layer = {*values, *layer_keys}
    for name, given in values.items():
        location = _location(where, lines.get(name))
        key = _current_key(name, location, in_layer)
        if key is None:
            continue
        option = BY_KEY.get(key)
        if option is None:
            problems.append(Problem(where, lines.get(name), f"unknown setting {key!r}"))
            continue
        value = _current_lock_names(given, location) if key == LOCKS_KEY else given
        try:
            good[key] = coerce(option, value)
        except SettingError as exc:
            problems.append(Problem(where, lines.get(name), str(exc)))
    return good, problems


def _current_key(key: str, location: str, in_layer: set[str]) -> str | None:
    """The declared key `key` stands for: itself, its new name (with a warning saying where
    the old one is, so IT can update it), or None for a removed key, or for an old key
    given beside its new name (the new one is the deliberate edit)."""
    if key in REMOVED:
        log.warning("%s: setting %r is no longer used (%s); ignored", location, key, REMOVED[key])
        return None
    new = RENAMED.get(key)
    if new is None:
        return key
    if new in in_layer:
        log.warning(
            "%s: setting %r is now %r, which is also set; %r is ignored", location, key, new, key
        )
        return None
    log.warning("%s: setting %r is now called %r; please rename it there", location, key, new)
    return new


def _current_lock_names(value: Any, location: str) -> Any:
    """The machine file's list of locked keys under their current names: a renamed key
    stays locked under its new name and a removed one drops out, each with a warning,
    where an old name would otherwise be refused as not lockable."""
    if not isinstance(value, str | list):
        return value  # coerce() says what is wrong with it
    names = value.split(",") if isinstance(value, str) else value
    current = (_current_key(str(name).strip(), location, set()) for name in names)
    return list(dict.fromkeys(name for name in current if name))


def check_text(text: str, where: str) -> tuple[dict[str, Any], list[Problem]]:
    """Parse and validate the text of a config file; problems carry line numbers."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        return {}, [Problem(where, line, f"not valid TOML: {_strip_position(str(exc))}")]
    return _check_values(_flatten(table), where, _key_lines(text))


def _line_from_message(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _strip_position(message: str) -> str:
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", message)


def check_file(path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """Read, parse and validate one config file (for `config check` and for loading)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return {}, [Problem(str(path), None, f"not UTF-8 text ({exc.reason})")]
    except OSError as exc:
        return {}, [Problem(str(path), None, f"cannot read: {exc.strerror or exc}")]
    return check_text(text, str(path))


def environment_values(environ: Mapping[str, str]) -> tuple[dict[str, Any], list[Problem]]:
    """Settings given as RI_* variables. Other RI_* names (tests, file overrides) are ignored."""
    good: dict[str, Any] = {}
    problems: list[Problem] = []
    known = [*BY_KEY, *RENAMED, *REMOVED]
    given = {key: environ[env_var(key)] for key in known if env_var(key) in environ}
    for key, value in given.items():
        checked, found = _check_values({key: value}, env_var(key), {}, layer_keys=given)
        good.update(checked)
        problems.extend(found)
    return good, problems


def override_values(assignments: Iterable[str]) -> tuple[dict[str, Any], list[Problem]]:
    """Settings given as `--set key=value` on the command line."""
    raw: dict[str, Any] = {}
    problems: list[Problem] = []
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        if not sep or not key.strip():
            problems.append(Problem("--set", None, f"expected KEY=VALUE, got {assignment!r}"))
            continue
        raw[key.strip()] = value
    good, found = _check_values(raw, "--set", {})
    return good, problems + found


@dataclass(frozen=True, slots=True)
class ConfigFiles:
    """The two files that take part in loading, as found on this machine."""

    machine: Path
    user: Path

    @classmethod
    def for_environment(cls, environ: Mapping[str, str] = os.environ) -> ConfigFiles:
        return cls(locations.machine_config_file(environ), locations.user_config_file(environ))


def _unlocked(values: dict[str, Any], locked: set[str], path: Path) -> dict[str, Any]:
    """`values` without the keys the machine file locks (LOCKS_KEY itself always is): a
    bench user cannot change what IT fixed, e.g. the server URL or the retention period."""
    ignored = sorted(key for key in values if key in locked)
    if ignored:
        log.warning("%s: ignoring %s, locked by the machine file", path, ", ".join(ignored))
    return {key: value for key, value in values.items() if key not in locked}


def load(
    overrides: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
    files: ConfigFiles | None = None,
) -> Settings:
    """Build the effective settings from every layer, or raise ConfigError listing all problems.

    A broken layer stops the load rather than being skipped: a bench quietly running with
    the wrong server or without its token is worse than one that says what to fix.
    Missing files are simply absent layers.
    """
    environ = os.environ if environ is None else environ
    files = files or ConfigFiles.for_environment(environ)
    layers: list[tuple[str, dict[str, Any]]] = []
    problems: list[Problem] = []
    locked = {LOCKS_KEY}
    for name, path in (("machine", files.machine), ("user", files.user)):
        if path.is_file():
            values, found = check_file(path)
            if name == "machine":
                locked.update(values.get(LOCKS_KEY, ()))
            else:
                values = _unlocked(values, locked, path)
            layers.append((name, values))
            problems.extend(found)
    for name, (values, found) in (
        ("env", environment_values(environ)),
        ("cli", override_values(overrides)),
    ):
        layers.append((name, values))
        problems.extend(found)
    if problems:
        raise ConfigError(problems)
    settings = Settings()
    for name, values in layers:
        settings.update(values, source=name)
    for option in OPTIONS:
        if option.secret and settings[option.key]:
            logs.hide(settings[option.key])
    log.debug("configuration loaded from %s and %s", files.machine, files.user)
    return settings


def toml_value(value: Any) -> str:
    """`value` as one line of TOML (tomli_w wraps long arrays over several lines)."""
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return tomli_w.dumps({"v": value}).strip()[len("v = ") :]


def set_in_file(path: Path, assignments: Iterable[str]) -> dict[str, Any]:
    """Set `key=value` pairs in a config file, keeping its comments and layout.

    For installers and configuration management (the Windows installer's /SERVER= and
    /TOKEN=, an Ansible task): an existing `key = ...` line is replaced, a missing key is
    added under its table, a missing table is appended. The file must be valid before and
    is validated after; it is replaced atomically, keeping its mode, owner and group (a
    new file is MACHINE_FILE_MODE). Returns the values written.
    """
    values, problems = override_values(assignments)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if not problems:
        problems = check_text(text, str(path))[1]
    if problems:
        raise ConfigError(problems)
    lines = text.splitlines()
    for key, value in values.items():
        table, _, name = key.partition(".")
        rendered = f"{name} = {toml_value(value)}"
        found = _key_lines("\n".join(lines))
        if key in found and lines[found[key] - 1].lstrip().startswith(name):
            lines[found[key] - 1] = rendered
        elif table in found:  # after the table's last key, or its header
            siblings = [n for k, n in found.items() if k.startswith(table + ".")]
            lines.insert(max([found[table], *siblings]), rendered)
        else:
            lines += ["", f"[{table}]", rendered]
    new_text = "\n".join(lines) + "\n"
    written, problems = check_text(new_text, str(path))
    if problems or any(written.get(k) != v for k, v in values.items()):
        raise ConfigError(problems or [Problem(str(path), None, "edit could not be applied")])
    write_atomically(path, new_text.encode("utf-8"), new_mode=MACHINE_FILE_MODE)
    return values


def save_user(settings: Settings, path: Path | None = None) -> Path:
    """Write the values whose source is "user" to the user file, atomically.

    Values from the machine file, the environment or `--set` are not copied, so IT's later
    changes to the machine file still reach a user who has changed something else.
    """
    path = path or locations.user_config_file()
    tables: dict[str, dict[str, Any]] = {}
    for option, value, source in settings.items():
        if source == "user":
            section, _, name = option.key.partition(".")
            tables.setdefault(section, {})[name] = value
    write_atomically(path, tomli_w.dumps(tables).encode("utf-8"))
    return path
