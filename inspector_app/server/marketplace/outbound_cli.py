"""`inspector-server marketplace outbox | send | sending`: the outbound queue at the command
line (registered by commands.register, which owns the configuration and the client).

    marketplace outbox                  every unfinished action, then the latest finished
    marketplace outbox --retry ID       send a failed (parked), planned or held action again
    marketplace outbox --cancel ID      give an action up (nothing of it has left)
    marketplace send --once             one pass: plan, read back, send what is due
    marketplace sending on|off          leave the dry run (or go back to it)

Exit codes: 0 done, 1 the request could not be done (the message says why) or a send pass
stopped, 2 the configuration or the database cannot work.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter

from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.server.audit import Actor
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.marketplace import outbox
from inspector_app.server.marketplace.runner import repeat_passes
from inspector_app.server.marketplace.sender import send_once
from inspector_app.server.photo_store import open_photo_store


def add_parsers(inner: argparse._SubParsersAction, base: argparse.ArgumentParser) -> None:
    """The outbound subcommands; the caller sets each one's handler."""
    p = inner.add_parser("outbox", parents=[base], help="the outbound queue; retry or cancel")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--retry", type=int, metavar="ID", help="send action ID again")
    which.add_argument("--cancel", type=int, metavar="ID", help="give action ID up")
    p = inner.add_parser("send", parents=[base], help="send the outbound queue")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p = inner.add_parser("sending", parents=[base], help="turn sending on, or back to dry run")
    p.add_argument("switch", choices=("on", "off"))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def cmd_outbox(args: argparse.Namespace, db: Database) -> int:
    if args.retry is not None or args.cancel is not None:
        try:
            with db.write() as session:
                if args.retry is not None:
                    action = outbox.retry(session, args.retry, Actor.cli(), _now())
                else:
                    action = outbox.cancel(
                        session, args.cancel, Actor.cli(), "cancelled at the command line", _now()
                    )
                print(f"Action {action.id}: {outbox.LABELS[action.status]}. {action.reason}")
        except outbox.OutboxError as exc:
            print(f"inspector-server: {exc}")
            return 1
        return 0
    with db.read() as session:
        on = outbox.sending_enabled(session)
        rows = outbox.outbox_rows(session)
    if on:
        print("Sending: on")
    else:
        print(
            "Sending: OFF (dry run: verdicts are planned and shown, nothing is sent; "
            "`marketplace sending on` starts sending)"
        )
    counts = Counter(outbox.LABELS[action.status] for action, _ in rows)
    print("Actions: " + (", ".join(f"{n} {label}" for label, n in counts.items()) or "none"))
    for action, currency in rows:
        why = action.reason
        if action.marketplace_said:
            why += f' The marketplace said: "{action.marketplace_said}"'
        print(
            f"{action.id:>6}  {action.return_id:<14} {action.kind:<13} "
            f"{outbox.LABELS[action.status]:<21} {outbox.describe(action, currency)}"
            + (f" | {why}" if why else "")
        )
    return 0


def cmd_send(
    args: argparse.Namespace,
    db: Database,
    config: BackMarketConfig,
    client: BackMarketClient,
    site: ServerConfig,
) -> int:
    photos = open_photo_store(site)

    def one_pass() -> tuple[bool, list[str]]:
        report = send_once(db, client, config, photos, site)
        return report.ok, report.lines()

    return repeat_passes(one_pass, client, once=args.once, interval_s=config["send_interval_s"])


def cmd_sending(args: argparse.Namespace, db: Database) -> int:
    on = args.switch == "on"
    with db.write() as session:
        changed = outbox.set_sending(session, on, Actor.cli())
    state = "on" if on else "off (dry run)"
    print(f"Sending is {state}{'' if changed else ', as it was'}.")
    if on and changed:
        print(
            "Verdicts planned during the dry run stay unsent; `marketplace outbox` lists them "
            "and `marketplace outbox --retry ID` sends one."
        )
    return 0
