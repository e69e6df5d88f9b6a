"""`inspector-app sync` and `inspector-app queue`: the outbox, headless, for IT and support.

    inspector-app sync --once            one round now; prints what it did; exit 1 if offline
    inspector-app sync                   the background sync in the foreground, until Ctrl-C
    inspector-app queue                  what waits for the server, and what needs a person
    inspector-app queue --retry ID       send a parked (or waiting) inspection again now
    inspector-app queue --export ID FILE a zip for support: the entry, its exact payload bytes
                                         and its photos
    inspector-app queue --dismiss ID --reason TEXT --by BADGE
                                         leave a parked inspection unsent (the server's
                                         verdict stands); kept here with who, when and why;
                                         `--retry ID` sends it after all
    inspector-app queue --correct ID --lead BADGE
                                         a shift lead authorises a parked correction
                                         (PIN asked for, or read from standard input)
                                         and it is sent again

ID is an inspection UUID or an unambiguous prefix of one (at least 6 characters).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from inspector_app import config, locations
from inspector_app.commands.prompts import ask_pin

if TYPE_CHECKING:
    from inspector_app.station import OutboxEntry, Station, SyncStatus

MIN_PREFIX = 6


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="send queued inspections and pull returns")
    sync.add_argument(
        "--once", action="store_true", help="one round now (ignoring the backoff), then exit"
    )
    sync.set_defaults(handler=sync_command)

    queue = subparsers.add_parser("queue", help="list, retry, dismiss or export queued inspections")
    action = queue.add_mutually_exclusive_group()
    action.add_argument("--retry", metavar="ID", help="send this inspection again now")
    action.add_argument(
        "--export",
        nargs=2,
        metavar=("ID", "FILE"),
        help="write this entry, its payload and photos to a zip for support",
    )
    action.add_argument(
        "--dismiss", metavar="ID", help="leave this parked inspection unsent (--reason, --by)"
    )
    action.add_argument(
        "--correct",
        metavar="ID",
        help="a lead authorises this parked correction, which is sent again (--lead)",
    )
    queue.add_argument("--reason", default="", help="why it is dismissed (with --dismiss)")
    queue.add_argument(
        "--by", default="", metavar="BADGE", help="the badge of who dismisses it (with --dismiss)"
    )
    queue.add_argument(
        "--lead",
        default="",
        metavar="BADGE",
        help="the badge of the authorising lead (with --correct)",
    )
    queue.set_defaults(handler=queue_command)


def _open(args: argparse.Namespace) -> Station:
    from inspector_app.station import Station

    data_dir = Path(args.data_dir) if args.data_dir else locations.default_data_dir()
    return Station.open(data_dir, config.load(args.set))


def sync_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from inspector_app.station import Connectivity

    out = out or sys.stdout

    with _open(args) as station:
        if args.once:
            report = station.sync_once()
            print(report.summary(), file=out)
            for error in report.errors:
                print(f"  {error}", file=out)
            return 0 if report.state is Connectivity.ONLINE else 1
        return _run_in_foreground(station, out)


def _run_in_foreground(station: Station, out: TextIO) -> int:
    """Run the worker until SIGINT or SIGTERM, printing each change of state."""
    stop = threading.Event()

    def request_stop(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    unsubscribe = station.subscribe_sync(lambda status: _print_status(status, out))
    try:
        _print_status(station.sync_status, out)
        station.start_sync()
        stop.wait()
    finally:
        unsubscribe()
        station.stop_sync()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _print_status(status: SyncStatus, out: TextIO) -> None:
    last = status.last_success_at.strftime("%H:%M:%S") if status.last_success_at else "never"
    line = (
        f"{status.state.value:14} pending {status.pending}, needs attention "
        f"{status.needs_attention}, last success {last}"
    )
    if status.last_error:
        line += f" | {status.last_error}"
    print(line, file=out, flush=True)


def queue_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout

    with _open(args) as station:
        if args.retry or args.dismiss or args.correct or args.export:
            return _queue_action(station, args, out)
        entries = station.pending().entries
        dismissed = station.dismissed()
    _print_queue(entries, out)
    for entry in dismissed:
        print(f"  {entry.inspection_uuid}  return {entry.return_id}  DISMISSED", file=out)
        print(f"      {entry.message}", file=out)
    return 0


def _queue_action(station: Station, args: argparse.Namespace, out: TextIO) -> int:
    """The one action `queue` was asked for (--retry, --dismiss, --correct or --export)."""
    if args.retry:
        return _act(
            station,
            args.retry,
            station.retry,
            "{uuid} will be sent at the next sync (run `inspector-app sync --once` to send it now)",
            out,
        )
    if args.dismiss:
        if not args.by.strip():
            print("Say who dismisses it: --by BADGE.", file=sys.stderr)
            return 2
        return _act(
            station,
            args.dismiss,
            lambda uuid: station.dismiss(uuid, args.reason, args.by),
            "{uuid} dismissed: it stays on this bench, unsent",
            out,
        )
    if args.correct:
        return _correct(station, args.correct, args.lead, out)
    entry = _find(station, args.export[0])
    if entry is None:
        return 2
    path = station.export_queued(entry.inspection_uuid, Path(args.export[1]))
    print(f"wrote {path}", file=out)
    return 0


def _act(station: Station, key: str, action: Callable[[str], None], said: str, out: TextIO) -> int:
    """Do `action` to the entry `key` names; print `said` (with its {uuid}) or why not."""
    from inspector_app.errors import UserError

    entry = _find(station, key)
    if entry is None:
        return 2
    try:
        action(entry.inspection_uuid)
    except UserError as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    print(said.format(uuid=entry.inspection_uuid), file=out)
    return 0


def _correct(station: Station, key: str, lead: str, out: TextIO) -> int:
    """A lead authorises the parked correction `key` names (PIN from the terminal, or the
    first line of standard input), then it is queued again. A refusal that takes a new
    inspection is the window's: a checklist does not run here."""
    from inspector_app.errors import UserError
    from inspector_app.station import CorrectionPath

    entry = _find(station, key)
    if entry is None:
        return 2
    path = station.correctable().get(entry.inspection_uuid)
    if path is None:
        print(
            f"{entry.inspection_uuid} is not a refusal a correction resolves; "
            "see `inspector-app queue`.",
            file=sys.stderr,
        )
        return 2
    if path is CorrectionPath.REINSPECT:
        print(
            f"The server holds another verdict on return {entry.return_id}: correcting it is a "
            "new inspection, started in the window (needs attention, Correct), where a lead "
            f"authorises it. Or dismiss this one: --dismiss {entry.inspection_uuid[:8]}.",
            file=sys.stderr,
        )
        return 2
    if not lead.strip():
        print("Say which shift lead authorises it: --lead BADGE.", file=sys.stderr)
        return 2
    pin = ask_pin(f"PIN of {lead.strip()}: ")
    try:
        station.authorise_correction(entry.return_id, lead, pin)
        station.retry(entry.inspection_uuid)
    except UserError as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    print(
        f"{entry.inspection_uuid} authorised by {lead.strip()}; it will be sent at the next "
        "sync (run `inspector-app sync --once` to send it now)",
        file=out,
    )
    return 0


def _find(station: Station, key: str) -> OutboxEntry | None:
    """The entry whose UUID is `key` or starts with it; prints why when there is none."""
    key = key.strip().lower()
    if len(key) < MIN_PREFIX:
        print(f"Give at least {MIN_PREFIX} characters of the inspection ID.", file=sys.stderr)
        return None
    matches = station.find_queued(key)
    if len(matches) != 1:
        problem = "No queued inspection has" if not matches else "Several inspections have"
        print(f"{problem} an ID starting with {key}; see `inspector-app queue`.", file=sys.stderr)
        return None
    return matches[0]


def _print_queue(entries: list[OutboxEntry], out: TextIO) -> None:
    from inspector_app.station import OutboxState

    waiting = [e for e in entries if e.state is OutboxState.PENDING]
    parked = [e for e in entries if e.state is OutboxState.NEEDS_ATTENTION]
    print(f"{len(waiting)} waiting for the server, {len(parked)} need attention", file=out)
    for entry in waiting:
        when = entry.next_attempt_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        line = (
            f"  {entry.inspection_uuid}  return {entry.return_id}  "
            f"attempts {entry.attempts}  next try {when}"
        )
        print(line, file=out)
        if entry.last_error:
            print(f"      last error: {entry.last_error}", file=out)
    for entry in parked:
        print(f"  {entry.inspection_uuid}  return {entry.return_id}  NEEDS ATTENTION", file=out)
        print(f"      {entry.message}", file=out)
        print(f"      server said: {entry.last_error}", file=out)
