"""`inspector-server marketplace check | pull --once | status`, registered into the server's
parser by register(). Every command takes `--base-url URL` (any http(s)://host:port, for a
preprod host or a mock); the token comes from RI_BACKMARKET_TOKEN or the configured file.

Exit codes: 0 success, 1 the marketplace failed (a poll stopped, a check refused), 2 the
configuration or the database cannot work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from inspector_app.marketplace.backmarket import config as bm_config
from inspector_app.marketplace.backmarket.client import BackMarketClient, MarketplaceError
from inspector_app.server.admin import AdminError
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.marketplace import outbound_cli
from inspector_app.server.marketplace.poller import cursor, last_report, poll_once
from inspector_app.server.marketplace.runner import connect, repeat_passes
from inspector_app.server.models import MarketplaceFolder

MAX_CLOCK_SKEW_S = 120.0
"""Care filters have minute resolution; more skew than this risks missing changes."""


def register(
    sub: argparse._SubParsersAction,
    database: Callable[[argparse.Namespace], Database],
    site: Callable[[argparse.Namespace], ServerConfig],
) -> None:
    """Add `marketplace` and its subcommands; `database(args)` opens the migrated database,
    `site(args)` the server's configuration (its photo store, for the photos problem reports
    and messages attach; which customer messages it sends)."""
    parser = sub.add_parser(
        "marketplace", help="the Back Market connector (see docs/marketplace.md)"
    )
    inner = parser.add_subparsers(dest="marketplace_command", metavar="ACTION", required=True)
    base = argparse.ArgumentParser(add_help=False)
    base.add_argument("--base-url", help="marketplace base URL, e.g. http://127.0.0.1:4010")
    p = inner.add_parser("check", parents=[base], help="credentials, headers, reachability, clock")
    p.set_defaults(handler=cmd_check)
    p = inner.add_parser("pull", parents=[base], help="poll Care folders into the returns")
    p.add_argument("--once", action="store_true", help="one full poll, then exit")
    p.set_defaults(handler=lambda args: cmd_pull(args, database(args)))
    p = inner.add_parser("status", parents=[base], help="the last poll, the cursor, problems")
    p.set_defaults(handler=lambda args: cmd_status(args, database(args)))
    outbound_cli.add_parsers(inner, base)
    inner.choices["outbox"].set_defaults(
        handler=lambda args: outbound_cli.cmd_outbox(args, database(args))
    )
    inner.choices["sending"].set_defaults(
        handler=lambda args: outbound_cli.cmd_sending(args, database(args))
    )

    def send(args: argparse.Namespace) -> int:
        config, db = _config(args), database(args)
        client = _client(config, db)
        _log_to_stderr()
        return outbound_cli.cmd_send(args, db, config, client, site(args))

    inner.choices["send"].set_defaults(handler=send)


def _config(args: argparse.Namespace) -> bm_config.BackMarketConfig:
    overrides = {"base_url": args.base_url} if args.base_url else None
    try:
        config = bm_config.load(Path(args.data_dir), overrides=overrides)
    except bm_config.MarketplaceConfigError as exc:
        raise AdminError(str(exc)) from exc
    if config is None:
        raise AdminError(
            f"Back Market is not configured: create {Path(args.data_dir) / bm_config.CONFIG_FILE} "
            "with a [backmarket] section (docs/marketplace.md)."
        )
    return config


def _client(config: bm_config.BackMarketConfig, db: Database | None = None) -> BackMarketClient:
    """A client for `config`; with `db`, its requests count against the budget every
    process of this server shares (the check's single request counts only locally)."""
    problems = config.problems()
    if problems:
        raise AdminError(" ".join(problems))
    return connect(config, db) if db is not None else BackMarketClient(config)


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("inspector_app")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def cmd_check(args: argparse.Namespace) -> int:
    config = _config(args)
    print(f"Base URL:        {config.base_url}")
    print(f"User-Agent:      {config.user_agent}")
    print(f"Accept-Language: {config['accept_language']}")
    print(f"Token:           from {config.token_source or 'nowhere'}")
    client = _client(config)
    try:
        result = client.check()
    except MarketplaceError as exc:
        print(f"FAILED ({exc.state}): {exc}")
        return 1
    finally:
        client.close()
    print(f"Reachable:       yes, token accepted ({result.elapsed_ms:.0f} ms)")
    if result.clock_skew_s is None:
        print("Clock:           the marketplace sent no Date header")
    else:
        print(
            f"Clock:           ours differs from the marketplace's by {result.clock_skew_s:+.0f} s"
        )
        if abs(result.clock_skew_s) > MAX_CLOCK_SKEW_S:
            print("FAILED: enable time synchronisation (NTP) on this server")
            return 1
    return 0


def cmd_pull(args: argparse.Namespace, db: Database) -> int:
    config = _config(args)
    client = _client(config, db)
    _log_to_stderr()

    def one_pass() -> tuple[bool, list[str]]:
        report = poll_once(db, client, config)
        return report.ok, report.lines()

    return repeat_passes(one_pass, client, once=args.once, interval_s=config["poll_interval_s"])


def cmd_status(args: argparse.Namespace, db: Database) -> int:
    config = _config(args)
    print(f"Base URL:  {config.base_url}")
    problems = config.problems()
    for problem in problems:
        print(f"Config:    {problem}")
    since = cursor(db) or f"none yet (the first poll looks back {config['first_poll_days']} days)"
    print(f"Cursor:    {since}")
    report = last_report(db)
    if report is None:
        print("Last poll: never")
    else:
        state = "completed" if report.ok else f"STOPPED ({report.stopped_state})"
        print(f"Last poll: {report.started_at} → {report.finished_at}, {state}")
        for line in report.lines():
            print(f"  {line}")
    with db.read() as session:
        by_arrival = dict(
            session.execute(
                select(MarketplaceFolder.arrival, func.count())
                .where(MarketplaceFolder.state != 9, MarketplaceFolder.problem == "")
                .group_by(MarketplaceFolder.arrival)
            ).all()
        )
        closed = session.scalar(
            select(func.count()).select_from(MarketplaceFolder).where(MarketplaceFolder.state == 9)
        )
        failing = session.execute(
            select(MarketplaceFolder.folder_id, MarketplaceFolder.problem)
            .where(MarketplaceFolder.problem != "")
            .order_by(MarketplaceFolder.folder_id)
            .limit(20)
        ).all()
    print(
        f"Open folders by arrival: {dict(sorted(by_arrival.items())) or 'none'}; closed: {closed}"
    )
    for folder_id, problem in failing:
        print(f"Problem:   folder {folder_id}: {problem}")
    print(f"As of:     {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}")
    return 1 if problems or (report is not None and not report.ok) else 0


def configured_for_serve(data_dir: Path | None) -> bm_config.BackMarketConfig | None:
    """For `serve`: Back Market's configuration when `data_dir` has one that can work (the
    poll and the outbound pass then run as jobs, runner.py); otherwise say why in the log
    and serve without it."""
    if data_dir is None:
        return None
    log = logging.getLogger("inspector_app.server.marketplace")
    try:
        config = bm_config.load(data_dir)
    except bm_config.MarketplaceConfigError as exc:
        log.error("Back Market not polled, nothing sent: %s", exc)
        return None
    if config is None:
        return None
    problems = config.problems()
    if problems:
        log.error("Back Market not polled, nothing sent: %s", " ".join(problems))
        return None
    log.info(
        "Back Market: polling %s every %.0f s, the outbound queue every %.0f s",
        config.base_url,
        config["poll_interval_s"],
        config["send_interval_s"],
    )
    return config
