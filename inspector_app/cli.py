"""`inspector-app`: the GUI by default, subcommands for headless work (IT, support, tests).

Each subsystem contributes its subcommands from a module in inspector_app/commands that
defines `register(subparsers)`; the module list below is the only place to add one. Heavy
imports (Qt, OpenCV) stay inside the command functions so `--version` and `config show`
start instantly.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from inspector_app import __version__, crash, logs
from inspector_app.config import ConfigError
from inspector_app.errors import UserError

COMMAND_MODULES: tuple[str, ...] = (
    "inspector_app.commands.config",
    "inspector_app.commands.selftest",
    "inspector_app.commands.station",
    "inspector_app.commands.gui",
    "inspector_app.commands.training",
    "inspector_app.commands.scanning",
    "inspector_app.commands.labels",
    "inspector_app.commands.checklists",
    "inspector_app.commands.sync",
    "inspector_app.commands.people",
    "inspector_app.commands.correct",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, subcommands included (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="inspector-app",
        description="Return Inspector station. Without a command, starts the station window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument("--data-dir", help="station data directory (default: per-user data dir)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a setting for this run (repeatable); see `config show`",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `inspector-app` and `python -m inspector_app`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    logs.setup(
        debug=args.debug,
        file_name=logs.LOG_FILE_NAME if handler is None else logs.COMMAND_LOG_FILE_NAME,
    )
    crash.install()
    try:
        if handler is None:
            gui = importlib.import_module("inspector_app.commands.gui")
            return int(gui.run_gui(args) or 0)
        return int(handler(args) or 0)
    except ConfigError as exc:
        print(f"inspector-app: configuration error\n{exc}", file=sys.stderr)
        return 2
    except UserError as exc:  # meant for the person at the terminal: one line, no traceback
        print(f"inspector-app: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
