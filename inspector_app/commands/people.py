"""`inspector-app people`: who may sign in at a bench without a server, managed by its admin.

    inspector-app people list
    inspector-app people add BADGE NAME [--role inspector|lead|admin] --admin BADGE
    inspector-app people reset-pin BADGE --admin BADGE
    inspector-app people deactivate BADGE --admin BADGE

The admin's PIN, then the new PIN where there is one, are asked at the terminal (or read
from standard input, one a line). The bench's first admin is added without `--admin`.
Every change is in the bench's audit log (`inspector-app events`). A bench with a server
takes its people from the server: these commands refuse to change them there. `list` needs
no PIN: it shows what the sign-in page shows, with the deactivated people too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from inspector_app.commands.prompts import ask_pin
from inspector_app.commands.station import open_station
from inspector_app.domain.people import Role

if TYPE_CHECKING:
    from inspector_app.station import Station


def register(subparsers: argparse._SubParsersAction) -> None:
    people = subparsers.add_parser(
        "people", help="people of a bench without a server: list, add, reset-pin, deactivate"
    )
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="everyone this bench knows").set_defaults(handler=list_command)

    add = sub.add_parser("add", help="add a person (their PIN is asked for)")
    add.add_argument("badge")
    add.add_argument("name")
    add.add_argument("--role", choices=[role.value for role in Role], default=Role.INSPECTOR.value)
    add.add_argument("--admin", default="", metavar="BADGE", help="the admin who adds them")
    add.set_defaults(handler=add_command)

    reset = sub.add_parser("reset-pin", help="give a person a new PIN")
    reset.add_argument("badge")
    reset.add_argument("--admin", required=True, metavar="BADGE")
    reset.set_defaults(handler=reset_pin_command)

    deactivate = sub.add_parser("deactivate", help="stop a person from signing in")
    deactivate.add_argument("badge")
    deactivate.add_argument("--admin", required=True, metavar="BADGE")
    deactivate.set_defaults(handler=deactivate_command)


def list_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with open_station(args) as station:
        people = station.people_here()
    for person in people:
        where = "added here" if person.local else "from the server"
        state = "" if person.active else "  DEACTIVATED"
        print(f"{person.badge}\t{person.name}\t{person.role}\t{where}{state}", file=out)
    return 0


def add_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    def add(station: Station) -> str:
        pin = ask_pin(f"New PIN of {args.name}: ")
        person = station.add_person(args.badge, args.name, pin, role=args.role)
        return f"added {person.name} ({person.badge}), {person.role}"

    return _as_admin(args, add, out)


def reset_pin_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    def reset(station: Station) -> str:
        station.reset_pin(args.badge, ask_pin(f"New PIN of {args.badge}: "))
        return f"new PIN set for {args.badge}"

    return _as_admin(args, reset, out)


def deactivate_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    def deactivate(station: Station) -> str:
        station.deactivate_person(args.badge)
        return f"{args.badge} can no longer sign in"

    return _as_admin(args, deactivate, out)


def _as_admin(
    args: argparse.Namespace, change: Callable[[Station], str], out: TextIO | None
) -> int:
    """Sign the admin in (their PIN asked for), make `change`, sign out; a refusal is one
    line on standard error and exit status 2 (the CLI prints a UserError so)."""
    with open_station(args) as station:
        if args.admin.strip():
            admin = args.admin.strip()
            if station.sign_in(admin, ask_pin(f"PIN of {admin}: ")) is None:
                print(f"Wrong badge or PIN for {admin}.", file=sys.stderr)
                return 2
        try:
            said = change(station)
        finally:
            station.sign_out()
    print(said, file=out or sys.stdout)
    return 0
