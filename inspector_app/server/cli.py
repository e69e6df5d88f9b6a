"""`inspector-server`: create the database, manage tokens and data, and serve the API.

Global options choose the instance: `--data-dir` (photos, and the SQLite file unless `--db`)
and `--db` (a SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db). Both also come
from RI_SERVER_DATA_DIR and RI_SERVER_DB_URL. Tokens are printed once and never again.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from inspector_app import __version__
from inspector_app.atomic_write import write_atomically
from inspector_app.server import access_cli, admin, ops_cli
from inspector_app.server.config import ServerConfig, parse_message_steps
from inspector_app.server.db import Database
from inspector_app.server.marketplace import commands as marketplace_commands
from inspector_app.wire import MessageStep

DATA_DIR_ENV = "RI_SERVER_DATA_DIR"
DB_URL_ENV = "RI_SERVER_DB_URL"


def _message_steps(text: str) -> frozenset[MessageStep]:
    try:
        return parse_message_steps(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _config(args: argparse.Namespace) -> ServerConfig:
    return ops_cli.config_from_args(args)


def _database(args: argparse.Namespace) -> Database:
    db = Database(_config(args).db_url)
    db.migrate()
    return db


def _print_token(label: str, token_id: str, secret: str) -> None:
    print(f"{label}\n  token id: {token_id}\n  token:    {secret}\n  (shown once; store it now)")


def cmd_init(args: argparse.Namespace) -> int:
    db = _database(args)
    with db.write() as session:
        token = admin.issue_admin_token(session)
    print(f"Database ready: {db.engine.url.render_as_string(hide_password=True)}")
    _print_token("Admin token", token.id, token.secret)
    return 0


def cmd_add_station(args: argparse.Namespace) -> int:
    with _database(args).write() as session:
        token = admin.add_station(session, args.name)
    _print_token(f"Station {args.name!r}", token.id, token.secret)
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    with _database(args).write() as session:
        token = admin.add_person(session, args.name, args.role, badge=args.badge, pin=args.pin)
    _print_token(f"{args.role.capitalize()} {args.name!r}", token.id, token.secret)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with _database(args).write() as session:
        admin.revoke(session, args.token_id)
    print(f"Revoked {args.token_id}")
    return 0


def cmd_tokens(args: argparse.Namespace) -> int:
    with _database(args).read() as session:
        for token_id, role, owner, revoked in admin.list_tokens(session):
            print(f"{token_id}\t{role}\t{owner}\t{'revoked' if revoked else 'active'}")
    return 0


def cmd_import_returns(args: argparse.Namespace) -> int:
    from inspector_app.records.returns_io import ReturnsFileError, parse_returns_file

    try:
        result = parse_returns_file(Path(args.file))
    except ReturnsFileError as exc:
        raise admin.AdminError(str(exc)) from exc
    for line, message in result.errors:
        print(f"{args.file}:{line}: {message}", file=sys.stderr)
    with _database(args).write() as session:
        report = admin.import_returns(session, result.returns)
    print(
        f"Imported {report.created} new, {report.updated} updated, {report.unchanged} unchanged; "
        f"{len(result.errors)} rows rejected"
    )
    return 1 if result.errors else 0


def cmd_import_inspections(args: argparse.Namespace) -> int:
    from inspector_app.records.inspections_file import InspectionsFileError
    from inspector_app.server.audit import Actor
    from inspector_app.server.inspection_import import import_inspections
    from inspector_app.server.photo_store import open_photo_store

    config = _config(args)
    db = _database(args)
    try:
        report = import_inspections(db, config, open_photo_store(config), args.file, Actor.cli())
    except InspectionsFileError as exc:
        raise admin.AdminError(f"{exc}; nothing was imported") from exc
    for refusal in report.refused:
        print(
            f"refused {refusal.inspection} (return {refusal.return_id}): {refusal.reason}",
            file=sys.stderr,
        )
    print(
        f"Imported {report.stored} new inspection(s), {report.replayed} already here, "
        f"{len(report.refused)} refused; {report.photos_stored} new photo(s), "
        f"{report.messages_stored} new customer message(s)"
    )
    return 1 if report.refused else 0


def cmd_publish_checklist(args: argparse.Namespace) -> int:
    db = _database(args)
    for name in args.files:
        path = Path(name)
        try:
            body = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise admin.AdminError(f"{path}: cannot read it as UTF-8 text ({exc})") from exc
        with db.write() as session:
            published = admin.publish_checklist(session, body, source=str(path))
        state = "published" if published.created else "already published"
        print(f"{published.id} version {published.version}: {state}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from inspector_app.server.demo import DEMO_PEOPLE, seed_demo

    config = _config(args)
    db = _database(args)
    station_token = None
    if args.station_token_file:
        station_token = Path(args.station_token_file).read_text(encoding="utf-8").strip()
    tokens = seed_demo(db, returns=args.returns, station_token=station_token)
    people = [{"badge": badge, "role": role, "pin": pin} for _, role, badge, pin in DEMO_PEOPLE]
    print(json.dumps({"demo_tokens": tokens, "demo_people": people}, indent=2), flush=True)
    if args.tokens_file:  # before the port file: a parent that sees the URL finds the tokens
        write_atomically(Path(args.tokens_file), json.dumps(tokens).encode("utf-8"))
    if args.until_stdin_closes:
        threading.Thread(target=_interrupt_at_end_of_stdin, daemon=True).start()
    listening = socket.socket(fileno=args.listen_fd) if args.listen_fd is not None else None
    return ops_cli.serve(
        config,
        db,
        host="127.0.0.1",
        port=args.port,
        port_file=args.port_file,
        listening=listening,
    )


def _interrupt_at_end_of_stdin() -> None:
    """Stop the server as Ctrl-C would once standard input ends.

    A parent that runs the demo server as its child holds that pipe: when the parent exits,
    even killed outright, the pipe closes and the child follows instead of lingering.
    """
    sys.stdin.read()
    signal.raise_signal(signal.SIGINT)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector-server", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        default=os.environ.get(DATA_DIR_ENV, "server-data"),
        help=f"photos and default SQLite file (env {DATA_DIR_ENV}; default ./server-data)",
    )
    parser.add_argument(
        "--db", default=os.environ.get(DB_URL_ENV), help=f"database URL (env {DB_URL_ENV})"
    )
    parser.add_argument(
        "--message-steps",
        type=_message_steps,
        metavar="STEPS",
        help="the steps this site tells customers about: received, decision, refund_sent, "
        "sent_back, comma-separated, or none (env RI_SERVER_MESSAGE_STEPS; default: all)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", help="create or upgrade the database; print a new admin token")
    p.set_defaults(handler=cmd_init)
    p = sub.add_parser("add-station", help="register a bench; print its token")
    p.add_argument("name")
    p.set_defaults(handler=cmd_add_station)
    p = sub.add_parser("add-user", help="register a person; print their token")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=admin.PERSON_ROLES)
    p.add_argument("--badge", help="badge id (default: derived from the name)")
    p.add_argument(
        "--pin", help="PIN for sign-in at benches: 4-12 digits, 6-12 for a lead or an admin"
    )
    p.set_defaults(handler=cmd_add_user)
    p = sub.add_parser("revoke", help="revoke a token by its id")
    p.add_argument("token_id")
    p.set_defaults(handler=cmd_revoke)
    p = sub.add_parser("tokens", help="list token ids, roles and owners (never the tokens)")
    p.set_defaults(handler=cmd_tokens)
    access_cli.register(sub, _database)
    p = sub.add_parser("import-returns", help="import returns from a CSV or JSON export")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import_returns)
    p = sub.add_parser(
        "import-inspections",
        help="store the inspections a bench exported (`inspector-app export-inspections`); "
        "importing again, or the bench's later sync, stores nothing twice",
    )
    p.add_argument("file")
    p.set_defaults(handler=cmd_import_inspections)
    p = sub.add_parser("publish-checklist", help="validate and publish checklist templates")
    p.add_argument("files", nargs="+", metavar="FILE.yaml")
    p.set_defaults(handler=cmd_publish_checklist)
    ops_cli.register(sub)
    marketplace_commands.register(sub, _database, _config)
    p = sub.add_parser("demo", help="seed demo data and serve on loopback; prints tokens")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--returns", type=int, default=60)
    p.add_argument("--port-file", help="write the bound URL to this file once listening")
    p.add_argument(
        "--listen-fd",
        type=int,
        help="serve the socket the parent already listens on (inherited file descriptor)",
    )
    p.add_argument("--tokens-file", help="write the demo tokens (JSON) to this file")
    p.add_argument(
        "--station-token-file",
        help="the demo bench's token, made by the parent (default: a new one)",
    )
    p.add_argument(
        "--until-stdin-closes",
        action="store_true",
        help="also stop when standard input ends (the parent that holds it has exited)",
    )
    p.set_defaults(handler=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except admin.AdminError as exc:
        print(f"inspector-server: {exc}", file=sys.stderr)
    except OperationalError as exc:
        print(f"inspector-server: cannot use the database: {exc.orig}", file=sys.stderr)
    except OSError as exc:
        print(f"inspector-server: {exc.strerror or exc}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
