"""`inspector-server` commands about who may do what, and what they did: deactivate a
person, list and revoke lead sessions, read or export the audit log.

Registered into the main parser by cli.build_parser (kept apart from cli.py so that the
server's command groups grow in their own modules). Each command works through admin.py or
audit.py, in one transaction, and so leaves its own audit record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from inspector_app.atomic_write import write_atomically
from inspector_app.server import admin, audit
from inspector_app.server.audit import Actor
from inspector_app.server.db import Database
from inspector_app.server.lead_auth import revoke_session
from inspector_app.server.ops_cli import config_from_args

DatabaseOf = Callable[[argparse.Namespace], Database]


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction, database: DatabaseOf) -> None:
    """Add this module's commands to `sub`; `database` opens the migrated database."""

    def cmd_deactivate(args: argparse.Namespace) -> int:
        with database(args).write() as session:
            admin.deactivate(session, args.badge)
        print(f"Deactivated {args.badge}: their tokens and lead sessions are revoked")
        return 0

    def cmd_sessions(args: argparse.Namespace) -> int:
        with database(args).read() as session:
            for s in admin.list_sessions(session):
                print(
                    f"{s.id}\t{s.badge}\t{s.role}\t{s.station}\t"
                    f"opened {s.created_at:%Y-%m-%d %H:%M}Z\texpires {s.expires_at:%H:%M}Z"
                )
        return 0

    def cmd_revoke_session(args: argparse.Namespace) -> int:
        with database(args).write() as session:
            if not revoke_session(session, args.session_id, Actor.cli()):
                raise admin.AdminError(f"no lead session with id {args.session_id!r}")
        print(f"Revoked {args.session_id}")
        return 0

    def cmd_audit(args: argparse.Namespace) -> int:
        last = args.date_to or args.date_from
        zone = config_from_args(args).zone
        with database(args).read() as session:
            if args.csv:
                text = "".join(audit.export_csv(session, args.date_from, last, args.kind, zone))
                write_atomically(Path(args.csv), text.encode("utf-8"))
                print(f"Wrote {args.csv}")
                return 0
            page = audit.audit_page(
                session, args.date_from, last, kind=args.kind, limit=args.limit, zone=zone
            )
        for e in reversed(page.items):
            print(
                f"{e.at:%Y-%m-%d %H:%M:%S}Z\t{e.kind}\t{e.actor} ({e.role})\t{e.place}\t"
                f"{e.subject}\t{e.detail}"
            )
        if page.total > len(page.items):
            print(f"({page.total - len(page.items)} older events not shown)", file=sys.stderr)
        return 0

    p = sub.add_parser("deactivate", help="stop a person signing in; revoke their tokens")
    p.add_argument("badge")
    p.set_defaults(handler=cmd_deactivate)
    p = sub.add_parser("sessions", help="list live lead sessions (never their tokens)")
    p.set_defaults(handler=cmd_sessions)
    p = sub.add_parser("revoke-session", help="end a lead session by its id (ls_...)")
    p.add_argument("session_id")
    p.set_defaults(handler=cmd_revoke_session)
    p = sub.add_parser("audit", help="show or export the audit log of UTC days")
    p.add_argument("date_from", type=_day, metavar="FROM", help="first day, YYYY-MM-DD")
    p.add_argument("date_to", type=_day, metavar="TO", nargs="?", help="last day (default FROM)")
    p.add_argument("--kind", help="only events of this kind (e.g. lead_sign_in_failed)")
    p.add_argument("--limit", type=int, default=500, help="newest events shown (default 500)")
    p.add_argument("--csv", metavar="FILE", help="write every event of the range as CSV")
    p.set_defaults(handler=cmd_audit)
