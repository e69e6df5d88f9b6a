"""`inspector-server serve` and the other operations commands, registered by cli.build_parser.

`serve --workers N` runs N worker processes behind one socket. Workers share nothing but the
database and the photo store, so more than one needs PostgreSQL: SQLite is the embedded
single-process default, and a second process serving the same SQLite file is refused
rather than left to fail later with "database is locked".
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy.engine import make_url

from inspector_app.atomic_write import write_atomically
from inspector_app.server.admin import AdminError
from inspector_app.server.config import ConfigError, ServerConfig
from inspector_app.server.db import Database

WORKERS_ENV = "RI_SERVER_WORKERS"
SQLITE_SERVE_LOCK_SUFFIX = ".serve-lock"


@contextmanager
def _sole_server_of(db_url: str) -> Iterator[None]:
    """Refuse to be the second process serving a SQLite file. The lock is held while the
    block runs; the kernel drops it when the process dies, even by kill -9."""
    database = make_url(db_url).database
    if not database or database == ":memory:" or os.name == "nt":
        yield
        return
    import fcntl

    with Path(database + SQLITE_SERVE_LOCK_SUFFIX).open("ab") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AdminError(
                f"another inspector-server is already serving {database}; SQLite allows one "
                "serving process. For more processes or machines use PostgreSQL "
                "(--db postgresql+psycopg://user:password@host/dbname)"
            ) from None
        yield


def serve(
    config: ServerConfig,
    db: Database,
    *,
    host: str,
    port: int,
    port_file: str | None = None,
    workers: int = 1,
    listening: socket.socket | None = None,
) -> int:
    """Serve `config` on host:port until SIGTERM/SIGINT; `db` is migrated already.

    `listening`: a socket the parent process already listens on (the demo's), served instead
    of binding host:port."""
    if workers < 1:
        raise AdminError("--workers must be at least 1")
    if db.is_sqlite and workers > 1:
        raise AdminError(
            f"--workers {workers} needs PostgreSQL: SQLite is for one process. Pass "
            "--db postgresql+psycopg://user:password@host/dbname (or set RI_SERVER_DB_URL), "
            "or serve with --workers 1"
        )
    from inspector_app.server.app import create_app
    from inspector_app.server.logs import configure_logging
    from inspector_app.server.serving import bind, make_server, run_workers, url_of

    sole = _sole_server_of(config.db_url) if db.is_sqlite else nullcontext()
    with sole, listening or bind(host, port) as sock:
        configure_logging()
        url = url_of(sock)
        logging.getLogger("inspector_app.server").info(
            "listening", extra={"fields": {"url": url, "workers": workers}}
        )
        print(f"Serving {url}/api/v1 with {workers} worker(s) (Ctrl-C stops)", flush=True)
        if port_file:  # whoever waits for it must never read half a URL
            write_atomically(Path(port_file), url.encode("utf-8"))
        if workers == 1:
            make_server(create_app(config, db=db, migrate=False)).run(sockets=[sock])
        else:
            db.close()  # the supervisor itself serves nothing; each worker opens its own pool
            run_workers(config, sock, workers)
    return 0


def config_from_args(args: argparse.Namespace) -> ServerConfig:
    """The instance chosen by --data-dir and --db, with the RI_SERVER_* environment applied
    (and --message-steps over RI_SERVER_MESSAGE_STEPS when both are given)."""
    try:
        config = ServerConfig.for_data_dir(Path(args.data_dir), args.db)
        config = config.with_environment(os.environ)
    except ConfigError as exc:
        raise AdminError(str(exc)) from None
    if args.message_steps is not None:
        config = dataclasses.replace(config, message_steps=args.message_steps)
    return config


def _migrated(config: ServerConfig) -> Database:
    db = Database(config.db_url)
    db.migrate()
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    db = _migrated(config)
    return serve(
        config,
        db,
        host=args.host,
        port=args.port,
        port_file=args.port_file,
        workers=args.workers,
    )


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring the schema to this version's newest migration, then stop (for upgrades)."""
    from alembic.runtime.migration import MigrationContext

    db = _migrated(config_from_args(args))
    try:
        with db.engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
    finally:
        db.close()
    print(f"Database at revision {revision}: {db.engine.url.render_as_string(hide_password=True)}")
    return 0


def _moment(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_jobs(args: argparse.Namespace) -> int:
    """Each job's lease and its last runs, newest first."""
    from inspector_app.server.jobs import job_report

    db = _migrated(config_from_args(args))
    try:
        with db.read() as session:
            report = job_report(session, runs=args.runs)
    finally:
        db.close()
    if not report:
        print("No job has run yet (jobs start with `serve`).")
    for lease, runs in report:
        state = f"held by {lease.holder} until {_moment(lease.expires_ms)}"
        if not lease.holder or lease.expires_ms == 0:
            state = "free"
        print(f"{lease.name}: {state}; generation {lease.generation}")
        for run in runs:
            took = (
                f"{(run.finished_ms - run.started_ms) / 1000:.1f} s"
                if run.finished_ms is not None
                else "unfinished"
            )
            print(
                f"  {_moment(run.started_ms)}  {run.outcome or '-':8} {took:>12}  "
                f"{run.holder}  {run.detail}"
            )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the operations commands to inspector-server's parser."""
    p = sub.add_parser("serve", help="serve the API (one process, or --workers N on PostgreSQL)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    p.add_argument("--port-file", help="write the bound URL to this file once listening")
    p.add_argument(
        "--workers",
        type=int,
        default=os.environ.get(WORKERS_ENV, "1"),
        help=f"worker processes; more than 1 needs PostgreSQL (env {WORKERS_ENV}; default 1)",
    )
    p.set_defaults(handler=cmd_serve)
    p = sub.add_parser("migrate", help="bring the database to this version's schema, then stop")
    p.set_defaults(handler=cmd_migrate)
    p = sub.add_parser("jobs", help="the server's jobs: who holds each, and its last runs")
    p.add_argument("--runs", type=int, default=5, help="runs to show per job (default 5)")
    p.set_defaults(handler=cmd_jobs)
