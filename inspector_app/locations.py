"""Where the station keeps things on disk: config files, logs, data, bundled resources.

One module so that the app, `config show`, `self-test`, the installers and the IT guide agree
on every path. Paths follow each platform's convention (platformdirs): IT expects logs and
data where other software puts them. The machine-wide config file has a fixed, well-known
location because installers and configuration-management tools write it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

# One directory name per platform family: Windows users expect CamelCase, Linux kebab-case.
APP_DIR_NAME = "ReturnInspector" if sys.platform == "win32" else "return-inspector"

MACHINE_CONFIG_ENV = "RI_MACHINE_CONFIG"
USER_CONFIG_ENV = "RI_USER_CONFIG"


def machine_config_file(environ: Mapping[str, str] = os.environ) -> Path:
    """The machine-wide file IT manages (overridable with RI_MACHINE_CONFIG, e.g. for tests)."""
    override = environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / APP_DIR_NAME / "config.toml"
    return Path("/etc") / APP_DIR_NAME / "config.toml"


def user_config_file(environ: Mapping[str, str] = os.environ) -> Path:
    """The per-user file the settings dialog writes (overridable with RI_USER_CONFIG)."""
    override = environ.get(USER_CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "config.toml"


def log_dir() -> Path:
    """The per-user log directory (Linux: ~/.local/state/return-inspector/log)."""
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache: things the station can always make again (the demo camera video)."""
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def default_data_dir() -> Path:
    """The per-user station data directory used when --data-dir is not given."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resources_root() -> Path:
    """The `resources/` directory, from a source checkout or from a PyInstaller bundle.

    A frozen build unpacks data files under `sys._MEIPASS`; the spec puts `resources/` and
    `ui/` there under the same names, so callers never need to know which case they are in.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path below `resources/` (e.g. `resource_path("sounds", "ok.wav")`), frozen or not."""
    return resources_root().joinpath(*parts)


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))
