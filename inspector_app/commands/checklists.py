"""`inspector-app checklist check FILE...`: validate checklist templates before publishing.

Sellers and IT edit templates by hand (docs/checklists.md); this runs exactly the loader the
bench and the server use, and prints `file:line: field: message` for the first problem of
each file, or the id, version and content hash of a good one (the hash is what the server
compares to keep a published version immutable). A usable template may still get warnings:
texts not written in every language, and rules that decide an outcome or grade without a
sentence for the customer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from inspector_app.domain.checklist import TemplateError, load_template_file


def register(subparsers: argparse._SubParsersAction) -> None:
    checklist = subparsers.add_parser("checklist", help="checklist template tools")
    actions = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="check template files (errors give file:line: field: message)"
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE", help="YAML template")
    check.set_defaults(handler=checklist_check_command)


def checklist_check_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Check every file; exit status 1 if any is refused, 0 if all load."""
    out = out or sys.stdout
    failed = 0
    for path in args.files:
        try:
            template = load_template_file(path)
        except OSError as exc:
            print(f"{path}:1: (file): cannot read it ({exc.strerror or exc})", file=out)
            failed += 1
            continue
        except TemplateError as exc:
            print(exc, file=out)
            failed += 1
            continue
        items = len(template.items)
        print(
            f"{path}: ok: {template.id} v{template.version} ({template.category}), "
            f"{len(template.sections)} sections, {items} items, {len(template.rules)} rules, "
            f"sha256 {template.sha256}",
            file=out,
        )
        for gap in template.untranslated:
            print(
                f"{path}:{gap.line}: {gap.field}: warning: not written in "
                f"{', '.join(gap.languages)} (English is shown instead)",
                file=out,
            )
        for rule in template.unexplained_rules:
            print(
                f"{path}: rules.{rule.id}: warning: decides an outcome or grade but has no "
                "`customer` sentence, so customer messages cannot give this reason",
                file=out,
            )
    return 1 if failed else 0
