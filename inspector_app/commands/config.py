"""`inspector-app config show|check|example`: what IT needs to see and validate settings.

`show` prints every effective setting and the layer it came from, so "why does this bench
talk to the wrong server" is answered in one command; secrets are masked. `check` validates
a file before it is rolled out to a hundred benches. `example` prints a commented file with
every setting, generated from the declarations (the .deb and the Windows installer ship it).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from inspector_app import config, locations, logs
from inspector_app.settings import BY_KEY, OPTIONS, Option

MASKED = "***"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("config", help="show, check or write configuration files")
    sub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="effective settings and where each comes from")
    show.set_defaults(handler=show_command)
    check = sub.add_parser("check", help="validate configuration files (errors give file:line)")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(handler=check_command)
    example = sub.add_parser("example", help="print a commented file listing every setting")
    example.set_defaults(handler=example_command)
    edit = sub.add_parser(
        "set",
        help="set KEY=VALUE in a file, keeping its comments (installers, configuration management)",
    )
    edit.add_argument("file", type=Path, metavar="FILE")
    edit.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    edit.set_defaults(handler=set_command)


def display_value(option: Option, value: Any) -> str:
    """How `config show` prints a value: secrets and URL passwords masked, lists joined."""
    if option.secret:
        return MASKED if value else "(not set)"
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return logs.mask(str(value)) if value != "" else "(empty)"  # e.g. a proxy URL's password


def display_source(option: Option, source: str) -> str:
    """The layer, with the variable name for environment overrides."""
    return f"env ({config.env_var(option.key)})" if source == "env" else source


def show_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    files = config.ConfigFiles.for_environment()
    settings = config.load(args.set)
    for label, path in (("machine file", files.machine), ("user file", files.user)):
        state = "present" if path.is_file() else "absent"
        print(f"{label + ':':14}{path} ({state})", file=out)
    print(f"{'data dir:':14}{args.data_dir or locations.default_data_dir()}", file=out)
    print(f"{'log dir:':14}{locations.log_dir()}", file=out)
    print(file=out)
    rows = [
        (option.key, display_value(option, value), display_source(option, source))
        for option, value, source in settings.items()
    ]
    key_width = max(len(r[0]) for r in rows)
    value_width = min(48, max(len(r[1]) for r in rows))
    print(f"{'SETTING':{key_width}}  {'VALUE':{value_width}}  SOURCE", file=out)
    for key, value, source in rows:
        print(f"{key:{key_width}}  {value:{value_width}}  {source}", file=out)
    return 0


def check_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    failed = False
    for path in args.files:
        values, problems = config.check_file(path)
        for problem in problems:
            print(problem, file=out)
        if problems:
            failed = True
        else:
            print(f"{path}: OK ({len(values)} settings)", file=out)
    return 1 if failed else 0


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in textwrap.wrap(text, width=86)]


def _range(option: Option) -> str:
    low, high = option.minimum, option.maximum
    if low is not None and high is not None:
        return f"range: {low:g} to {high:g}"
    return f"at least {low:g}" if low is not None else f"at most {high:g}"


def example_text() -> str:
    """A valid TOML file with every setting commented out at its default value."""
    lines = [
        "# Return Inspector station configuration.",
        "#",
        "# Layers, lowest precedence first: built-in defaults, this machine-wide file,",
        "# the user's file, RI_* environment variables (server.url -> RI_SERVER_URL),",
        "# then `--set key=value` on the command line.",
        "# Uncomment a line to set it. Validate with: inspector-app config check FILE",
        "# See what is in effect with: inspector-app config show",
    ]
    section = ""
    for option in OPTIONS:
        table, _, name = option.key.partition(".")
        if table != section:
            section = table
            lines += ["", f"[{table}]"]
        lines += ["", *_comment(option.label + (f": {option.help}" if option.help else ""))]
        if option.choices:
            lines += _comment("one of: " + ", ".join(option.choices))
        if option.minimum is not None or option.maximum is not None:
            lines += _comment(_range(option))
        lines.append(f"# {name} = {config.toml_value(option.default)}")
    return "\n".join(lines) + "\n"


def example_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    out.write(example_text())
    return 0


def set_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    written = config.set_in_file(args.file, args.assignments)
    for key, value in written.items():
        print(f"{args.file}: {key} = {display_value(BY_KEY[key], value)}", file=out)
    return 0
