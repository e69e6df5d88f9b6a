"""`inspector-app label test` and `inspector-app message check|preview`: IT and admin tools.

`label test` prints a sample intake label on the configured (or given) printer, so IT can
set up a Zebra without an inspection. `message check` runs the publish-time check on
template files before they are published, printing `file, line N: problem`, then lints every
template in force (with those files in place) against the checklists' findings: each
outcome's message rendered with each checklist's findings, in each language, checked for
internal words and the marketplace's limits (inspector_app.messages.lint). `message preview`
shows what a template says with example data, or with a checklist's findings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import TextIO

from inspector_app import config, locations
from inspector_app.domain.checklist import ChecklistTemplate, TemplateError, load_template_file
from inspector_app.domain.returns import Disposition, Grade
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PrinterError,
    PrinterTarget,
    output_for,
    print_intake_label,
)
from inspector_app.locations import resource_path
from inspector_app.messages import (
    MessageCatalog,
    MessageKind,
    MessageTemplateError,
    RenderedMessage,
    check_template,
)
from inspector_app.messages.catalog import SUFFIX
from inspector_app.messages.examples import example_facts
from inspector_app.messages.lint import lint, scenarios

_KINDS = [k.value for k in MessageKind]


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
        nargs="*",
        type=Path,
        metavar="FILE",
        help=f"<language>/<kind>{SUFFIX}, or any file with --language/--kind "
        "(none: lint the templates in force)",
    )
    _add_language_kind(check, required=False)
    _add_checklists(check)
    check.set_defaults(handler=message_check_command)
    preview = message_sub.add_parser("preview", help="a template filled in with example data")
    _add_language_kind(preview, required=True)
    preview.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="a template file (default: the one in force on this bench)",
    )
    preview.add_argument(
        "--checklist",
        type=Path,
        metavar="YAML",
        help="fill the findings from this checklist (all it gives for the outcome)",
    )
    preview.set_defaults(handler=message_preview_command)


def _add_language_kind(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--language", choices=LANGUAGES, required=required)
    parser.add_argument(
        "--kind",
        "--outcome",
        dest="kind",
        choices=_KINDS,
        required=required,
        help="a decision's outcome, or received, refund_sent, sent_back",
    )


def _add_checklists(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--checklist",
        dest="checklists",
        action="append",
        type=Path,
        metavar="YAML",
        help="lint with this checklist's findings (repeatable; default: the shipped ones)",
    )


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else locations.default_data_dir()


def label_test_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
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


def _language_kind(path: Path, args: argparse.Namespace) -> tuple[str, MessageKind]:
    """From --language/--kind, else from a path shaped like <language>/<kind>.jinja."""
    language = args.language or path.parent.name
    kind = args.kind or path.name.removesuffix(SUFFIX)
    if language not in LANGUAGES or kind not in _KINDS:
        raise MessageTemplateError(
            0, f"name it <language>/<kind>{SUFFIX} or give --language and --kind", str(path)
        )
    return language, MessageKind(kind)


def _checklists(paths: list[Path] | None) -> list[ChecklistTemplate]:
    """The checklists whose findings messages are linted with (the shipped ones by default)."""
    return [
        load_template_file(path)
        for path in paths or sorted(resource_path("checklists").glob("*.yaml"))
    ]


def message_check_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    failed = 0
    catalog = MessageCatalog.load(published_dir=_data_dir(args) / "message_templates")
    for path in args.files:
        try:
            language, kind = _language_kind(path, args)
            template = check_template(path.read_text(encoding="utf-8"), language, kind, str(path))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{path}: cannot read: {exc}", file=out)
            failed += 1
        except MessageTemplateError as exc:
            print(exc, file=out)
            failed += 1
        else:
            catalog.templates[language, kind] = template
            print(f"{path}: OK ({language}, {kind.value})", file=out)
    try:
        checklists = _checklists(args.checklists)
    except (OSError, TemplateError) as exc:
        print(f"error: {exc}", file=out)
        return 1
    station = config.load(args.set)["station.name"]
    problems = lint(catalog, checklists, internal=[station])
    for problem in problems:
        print(problem, file=out)
    names = ", ".join(t.id for t in checklists)
    print(
        f"lint: {len(problems)} problem(s) in the messages rendered with the findings of {names}",
        file=out,
    )
    return 1 if failed or problems else 0


def message_preview_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    language, kind = args.language, MessageKind(args.kind)
    try:
        catalog = MessageCatalog.load(published_dir=_data_dir(args) / "message_templates")
        if args.file:
            catalog.templates[language, kind] = check_template(
                args.file.read_text(encoding="utf-8"), language, kind, str(args.file)
            )
        facts = example_facts(kind, with_optional=True)
        if args.checklist:
            [template] = _checklists([args.checklist])
            facts = (
                next(f for _, f in scenarios(template) if f.kind is kind) if kind.outcome else facts
            )
        message = catalog.render(facts, language)
    except (OSError, UnicodeDecodeError, MessageTemplateError, TemplateError) as exc:
        print(f"error: {exc}", file=out)
        return 1
    print(_as_received(message), end="", file=out)
    return 0


def _as_received(message: RenderedMessage) -> str:
    """The message as the marketplace shows it: subject line first, then the attachments."""
    files = "".join(f"[attached: {a.file_name}]\n" for a in message.attachments)
    return f"Subject: {message.subject}\n\n{message.body}{files}"
