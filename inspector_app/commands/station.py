"""`inspector-app import|lookup|pending|purge|events|export-inspections|demo-data`: the
bench's data, headless.

For IT and support at a bench without opening the window, and for standalone benches that
get their returns list as a file. Each command opens the station in --data-dir (default:
the per-user data directory) with the effective settings, like the GUI would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from inspector_app import config, locations

if TYPE_CHECKING:
    from inspector_app.station import Station


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="cache returns from a CSV or JSON export")
    imp.add_argument("file", type=Path, metavar="FILE", help="see docs/returns-import.md")
    imp.set_defaults(handler=import_command)

    look = subparsers.add_parser("lookup", help="find the return for one or more scanned codes")
    look.add_argument("codes", nargs="+", metavar="CODE")
    look.set_defaults(handler=lookup_command)

    pend = subparsers.add_parser("pending", help="inspections not yet on the server")
    pend.set_defaults(handler=pending_command)

    purge = subparsers.add_parser(
        "purge", help="forget returns, sent inspections and photos past retention"
    )
    purge.set_defaults(handler=purge_command)

    events = subparsers.add_parser(
        "events",
        help="the bench's audit log as CSV: sign-ins, discards, settings changes, dismissals",
    )
    events.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, metavar="DAY")
    events.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="DAY")
    events.add_argument("--kind", default=None, help="only events of this kind")
    events.set_defaults(handler=events_command)

    export = subparsers.add_parser(
        "export-inspections",
        help="write the unsent inspections, their photos and messages to one file for "
        "`inspector-server import-inspections` (they stay queued: a later sync is a replay)",
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=export_inspections_command)

    demo = subparsers.add_parser("demo-data", help="write realistic demo returns as an import CSV")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument("--count", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=demo_data_command)


def open_station(args: argparse.Namespace) -> Station:
    from inspector_app.station import Station

    data_dir = Path(args.data_dir) if args.data_dir else locations.default_data_dir()
    return Station.open(data_dir, config.load(args.set))


def import_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from inspector_app.records.returns_io import ReturnsFileError

    with open_station(args) as station:
        try:
            report = station.import_returns(args.file)
        except ReturnsFileError as exc:
            print(f"{args.file}: {exc}", file=sys.stderr)
            return 2
    for line, message in report.errors:
        print(f"{args.file}:{line}: {message}", file=sys.stderr)
    print(f"imported {report.imported} return(s), skipped {len(report.errors)} row(s)", file=out)
    return 1 if report.errors else 0


def export_inspections_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # read now: a default bound at import outlives a replaced stdout
    with open_station(args) as station:
        summary = station.export_inspections(args.file)
    print(
        f"wrote {summary.path}: {summary.inspections} inspection(s), {summary.photos} "
        f"photo(s), {summary.messages} customer message(s); they stay queued here, and a "
        "later sync to the same server stores nothing twice",
        file=out,
    )
    if summary.photos_absent:
        print(
            f"{summary.photos_absent} photo(s) are no longer on this bench (sent earlier with "
            "another inspection): the server must already hold them",
            file=out,
        )
    return 0


def lookup_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with open_station(args) as station:
        result = station.lookup_any(args.codes)
    if result.ret is None:
        print(result.message, file=sys.stderr)
        return 1
    ret, verdict = result.ret, result.eligibility
    print(f"return   {ret.id}  (matched {result.code})", file=out)
    print(f"rma      {ret.rma}   order {ret.order_id}", file=out)
    print(f"product  {ret.product.category.value}: {ret.product.model}", file=out)
    if ret.product.imei or ret.product.serial:
        print(
            f"device   IMEI {ret.product.imei or '-'}  serial {ret.product.serial or '-'}", file=out
        )
    print(f"reason   {ret.reason.value}  {ret.reason_detail}".rstrip(), file=out)
    if verdict is not None:
        state = "ELIGIBLE" if verdict.eligible else "NOT ELIGIBLE"
        print(f"{state}: {verdict.reason}", file=out)
    if result.inspected:
        print("already inspected", file=out)
    return 0


def pending_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with open_station(args) as station:
        summary = station.pending()
    print(
        f"pending {summary.pending}, needs attention {summary.needs_attention}, "
        f"sent {summary.sent}",
        file=out,
    )
    for entry in summary.entries:
        note = entry.message or entry.last_error
        print(
            f"  {entry.inspection_uuid}  {entry.return_id}  {entry.state.value}  "
            f"attempts {entry.attempts}  {note}".rstrip(),
            file=out,
        )
    return 0


EVENTS_HEADER = ("id", "at (UTC)", "kind", "actor", "station", "subject", "detail")


def events_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Every audit event of the bench from --from to --to (UTC days, both included; default
    the last 30 days), oldest first, as CSV whose cells no spreadsheet evaluates."""
    out = out or sys.stdout
    from inspector_app.csv_cells import write_rows

    last = args.date_to or dt.datetime.now(dt.UTC).date()
    first = args.date_from or last - dt.timedelta(days=29)
    start = dt.datetime.combine(first, dt.time(), dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC)
    with open_station(args) as station:
        rows = [
            (e.id, f"{e.at:%Y-%m-%d %H:%M:%S}", e.kind, e.actor, e.place, e.subject, e.detail)
            for e in station.events.between(start, end, args.kind)
        ]
    write_rows(out, [EVENTS_HEADER, *rows])
    return 0


def purge_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with open_station(args) as station:
        report = station.purge()
    print(
        f"forgot {report.returns} cached return(s), {report.inspections} sent inspection(s) "
        f"and {report.photos} sent photo(s)",
        file=out,
    )
    return 0


def demo_data_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from inspector_app.records.returns_io import write_demo_csv

    batch = write_demo_csv(args.file, args.count, dt.date.today(), args.seed)
    print(
        f"wrote {len(batch.returns)} demo returns to {args.file} "
        f"({len(batch.late)} late, {len(batch.mismatched)} with a swapped device)",
        file=out,
    )
    return 0
