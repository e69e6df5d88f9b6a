"""`inspector-app label test` and `inspector-app message check|preview`: IT and admin tools.

`label test` prints a sample intake label on the configured (or given) printer, so IT can
set up a Zebra without an inspection. `message check` runs the publish-time check on
template files before they are published, printing `file, line N: problem`;
`message preview` shows what a template says with example data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import TextIO

from inspector_app import config, locations
from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PrinterError,
    PrinterTarget,
    output_for,
    print_intake_label,
)
from inspector_app.messages import MessageCatalog, MessageTemplateError, check_template
from inspector_app.messages.catalog import SUFFIX
from inspector_app.messages.fields import example_fields

_OUTCOMES = [o.value for o in Outcome]


def register(subparsers: argparse._SubParsersAction) -> None:
    label = subparsers.add_parser("label", help="intake label tools")
    label_sub = label.add_subparsers(dest="label_command", metavar="ACTION", required=True)
    test = label_sub.add_parser("test", help="print a sample label on the label printer")
    test.add_argument("--printer", help="pdf, zpl:<host>:<port>[:<dpi>] (default: labels.printer)")
    test.add_argument(
        "--size", choices=[s.value for s in LabelSize], help="label stock (default: labels.size)"
    )
    test.set_defaults(handler=label_test_command)

    message = subparsers.add_parser("message", help="customer message template tools")
    message_sub = message.add_subparsers(dest="message_command", metavar="ACTION", required=True)
    check = message_sub.add_parser(
        "check", help="check template files before publishing (errors give file, line)"
    )
    check.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=f"<language>/<outcome>{SUFFIX}, or any file with --language/--outcome",
    )
    _add_language_outcome(check, required=False)
    check.set_defaults(handler=message_check_command)
    preview = message_sub.add_parser("preview", help="a template filled in with example data")
    _add_language_outcome(preview, required=True)
    preview.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="a template file (default: the one in force on this bench)",
    )
    preview.set_defaults(handler=message_preview_command)


def _add_language_outcome(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--language", choices=LANGUAGES, required=required)
    parser.add_argument("--outcome", choices=_OUTCOMES, required=required)


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else locations.default_data_dir()


def label_test_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    settings = config.load(args.set)
    try:
        target = PrinterTarget.parse(args.printer or settings["labels.printer"])
        output = output_for(target, pdf_dir=_data_dir(args) / "labels")
        content = LabelContent(
            uuid.uuid4(),
            "TEST-PRINT",
            Disposition.RESTOCK,
            dt.date.today(),
            Grade.EXCELLENT,
            "Test label",
            settings["station.name"],
        )
        print(
            print_intake_label(content, LabelSize(args.size or settings["labels.size"]), output),
            file=out,
        )
    except (ValueError, PrinterError) as exc:
        print(f"error: {exc}", file=out)
        return 1
    return 0


def _language_outcome(path: Path, args: argparse.Namespace) -> tuple[str, Outcome]:
    """From --language/--outcome, else from a path shaped like <language>/<outcome>.jinja."""
    language = args.language or path.parent.name
    outcome = args.outcome or path.name.removesuffix(SUFFIX)
    if language not in LANGUAGES or outcome not in _OUTCOMES:
        raise MessageTemplateError(
            0, f"name it <language>/<outcome>{SUFFIX} or give --language and --outcome", str(path)
        )
    return language, Outcome(outcome)


def message_check_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    failed = 0
    for path in args.files:
        try:
            language, outcome = _language_outcome(path, args)
            check_template(path.read_text(encoding="utf-8"), language, outcome, str(path))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{path}: cannot read: {exc}", file=out)
            failed += 1
        except MessageTemplateError as exc:
            print(exc, file=out)
            failed += 1
        else:
            print(f"{path}: OK ({language}, {outcome.value})", file=out)
    return 1 if failed else 0


def message_preview_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    language, outcome = args.language, Outcome(args.outcome)
    try:
        if args.file:
            template = check_template(
                args.file.read_text(encoding="utf-8"), language, outcome, str(args.file)
            )
        else:
            catalog = MessageCatalog.load(published_dir=_data_dir(args) / "message_templates")
            template = catalog.get(language, outcome)
        subject, body = template.render(example_fields(outcome, language, with_optional=True))
    except (OSError, UnicodeDecodeError, MessageTemplateError) as exc:
        print(f"error: {exc}", file=out)
        return 1
    print(f"Subject: {subject}\n\n{body}", end="", file=out)
    return 0
