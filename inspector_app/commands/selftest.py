"""`inspector-app self-test`: what IT runs after an install to know the bench will work.

Each check exercises the real subsystem the station uses (the same Station, camera source,
decoder and server client), not a look-alike, and reports OK, WARN, SKIP or FAIL with a
detail line. The failure messages are stable: docs/it-guide.md has a troubleshooting table
keyed by them. Exit status is 1 when any check fails, so deployment tools can gate on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from inspector_app import config, locations
from inspector_app.settings import Settings

MIN_FREE_BYTES = 500 * 1024 * 1024
"""Below this, photos soon stop fitting; a bench needs room for a few days offline."""

MAX_CLOCK_SKEW_S = 300
"""Deadlines (withdrawal window, transit report) are computed from the bench's clock."""

SELFTEST_CODE = "RI-SELFTEST-0042"


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str  # OK, WARN, SKIP or FAIL
    detail: str


class CheckError(Exception):
    """Raised inside a check; the message becomes the FAIL detail."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test", help="check data dir, database, cameras, decoder, server and token"
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.set_defaults(handler=selftest_command)


def check_data_dir(data_dir: Path) -> str:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / f".self-test-{os.getpid()}"
        with probe.open("wb") as handle:
            handle.write(b"probe")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as exc:
        raise CheckError(f"data directory not writable: {data_dir} ({exc.strerror})") from exc
    free = shutil.disk_usage(data_dir).free
    if free < MIN_FREE_BYTES:
        raise CheckError(f"low disk space: {free // 2**20} MB free in {data_dir}")
    return f"{data_dir} ({free / 2**30:.1f} GB free)"


def check_database(data_dir: Path, settings: Settings) -> str:
    from inspector_app.station import Station

    station = Station.open(data_dir, settings)
    try:
        pending = station.pending()
    finally:
        station.close()
    return (
        f"opened and migrated; {pending.pending} queued, {pending.needs_attention} need attention"
    )


def check_cameras(settings: Settings) -> str:
    from inspector_app.scanning.sources import (
        CameraError,
        CameraSource,
        CaptureSettings,
        list_devices,
    )

    devices = list_devices()
    found = ", ".join(map(str, devices)) if devices else "none"
    source = CameraSource(settings["camera.source"], CaptureSettings.from_settings(settings))
    try:
        source.open()
        frame = source.read()
    except CameraError as exc:
        raise CheckError(f"camera not usable: {exc}") from exc
    finally:
        source.close()
    height, width = frame.shape[:2]
    return f"{source.description} gives {width}x{height}; devices found: {found}"


def check_decoder() -> str:
    import barcode
    import numpy as np
    from barcode.writer import ImageWriter

    from inspector_app.scanning.decode import decode

    image = barcode.get("code128", SELFTEST_CODE, writer=ImageWriter()).render(
        {"write_text": False, "module_width": 0.3, "quiet_zone": 6.0}
    )
    results = decode(np.asarray(image.convert("L")), ["code128"], budget_ms=None)
    texts = [r.text for r in results]
    if texts != [SELFTEST_CODE]:
        raise CheckError(f"decoder returned {texts!r} for the built-in test label")
    return f"read Code 128 {SELFTEST_CODE!r}"


def check_server(settings: Settings) -> str:
    from inspector_app.sync.client import ClientConfigError, ServerClient, SyncError

    try:
        client = ServerClient.from_settings(settings)
    except ClientConfigError as exc:
        raise CheckError(str(exc)) from exc
    try:
        health = client.health()
    except SyncError as exc:
        raise CheckError(f"server not reachable: {exc}") from exc
    finally:
        client.close()
    skew = abs((health.time - dt.datetime.now(dt.UTC)).total_seconds())
    detail = f"{client.base_url} answers, server version {health.version}, API v{health.api}"
    if skew > MAX_CLOCK_SKEW_S:
        raise CheckError(f"clock differs from the server's by {skew:.0f} s; fix the time sync")
    return detail


def check_token(settings: Settings) -> str:
    from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError

    if not settings["server.token"]:
        raise CheckError("no station token: set server.token")
    client = ServerClient.from_settings(settings)
    try:
        templates = client.checklists()
    except ServerRefusedError as exc:
        if exc.status in (401, 403):
            raise CheckError(f"token rejected by the server (HTTP {exc.status})") from exc
        raise CheckError(f"server refused the request: {exc}") from exc
    except SyncError as exc:
        raise CheckError(f"server not reachable: {exc}") from exc
    finally:
        client.close()
    return f"accepted; {len(templates)} checklist templates available"


def _last_line(exc: Exception) -> str:
    """The most specific line of a long message (e.g. NumPy's import advice ends with the
    real error), so the table stays one line per check."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run_checks(data_dir: Path, settings: Settings) -> list[CheckResult]:
    """Run every check in order; a failing check never stops the following ones."""
    standalone = not settings["server.url"]
    checks: list[tuple[str, Callable[[], str] | None]] = [
        ("data dir", lambda: check_data_dir(data_dir)),
        ("database", lambda: check_database(data_dir, settings)),
        ("camera", lambda: check_cameras(settings)),
        ("decoder", check_decoder),
        ("server", None if standalone else lambda: check_server(settings)),
        ("token", None if standalone else lambda: check_token(settings)),
    ]
    results = []
    for name, check in checks:
        if check is None:
            results.append(CheckResult(name, "SKIP", "standalone bench (server.url not set)"))
            continue
        try:
            results.append(CheckResult(name, "OK", check()))
        except CheckError as exc:
            results.append(CheckResult(name, "FAIL", str(exc)))
        except Exception as exc:  # a bug or an unforeseen state: report it, keep checking
            results.append(CheckResult(name, "FAIL", f"{type(exc).__name__}: {_last_line(exc)}"))
    return results


def print_table(results: list[CheckResult], out: TextIO) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'CHECK':{width}}  RESULT  DETAIL", file=out)
    for result in results:
        print(f"{result.name:{width}}  {result.status:6}  {result.detail}", file=out)


def selftest_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    settings = config.load(args.set)
    data_dir = Path(args.data_dir) if args.data_dir else locations.default_data_dir()
    results = run_checks(data_dir, settings)
    if args.json:
        json.dump([asdict(r) for r in results], out, indent=2)
        out.write("\n")
    else:
        print_table(results, out)
    return 1 if any(r.status == "FAIL" for r in results) else 0
