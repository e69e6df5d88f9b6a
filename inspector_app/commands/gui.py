"""The station window (`inspector-app` without a command) and `inspector-app demo`.

`demo` is what `make run` starts: the real reference server on loopback (a child process) seeded
with demo returns and people, a throw-away data directory, and, when no webcam is found, a
generated camera video of parcel labels cycling on a bench, so a newcomer sees the whole
flow with no hardware and no setup. Sign in as "Demo Inspector", PIN 1234.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.commands.demo_server import DemoServer, DemoServerError

if TYPE_CHECKING:
    from inspector_app.domain.returns import Return

log = logging.getLogger(__name__)

DEMO_PARCELS = 8


def register(subparsers: Any) -> None:
    """Add `demo` to the CLI."""
    demo = subparsers.add_parser(
        "demo",
        help="start the station with an embedded demo server and demo camera",
        description=__doc__.splitlines()[0],
    )
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep the demo data directory (printed at start) after exit",
    )
    demo.add_argument(
        "--camera", default="", help="camera source to use instead of the demo video (e.g. 0)"
    )
    demo.set_defaults(handler=run_demo)


def _settings(args: argparse.Namespace, overrides: dict[str, Any] | None = None) -> Any:
    from inspector_app import config

    settings = config.load(getattr(args, "set", None) or ())
    if overrides:
        settings.update(overrides, source="cli")
    return settings


def run_gui(args: argparse.Namespace) -> int:
    """Start the station window and run until it is closed, then end the process."""
    from inspector_app.gui.launch import leave

    return leave(_run_window(args))


def _run_window(
    args: argparse.Namespace, overrides: dict[str, Any] | None = None, data_dir: Path | None = None
) -> int:
    """The station window until it is closed; returns the exit code."""
    from inspector_app import config, locations, logs

    logs.setup(debug=getattr(args, "debug", False))
    try:
        settings = _settings(args, overrides)
    except config.ConfigError as exc:
        print(f"inspector-app: configuration problem:\n{exc}", file=sys.stderr)
        return 2
    data_dir = data_dir or Path(getattr(args, "data_dir", None) or locations.default_data_dir())
    from inspector_app.gui.launch import launch

    return launch(settings, data_dir, save_settings=overrides is None)


def run_demo(args: argparse.Namespace) -> int:
    """`inspector-app demo`: embedded server, demo data, demo camera; everything on loopback."""
    from inspector_app import locations, logs

    logs.setup(debug=getattr(args, "debug", False))
    root = (
        Path(args.data_dir)
        if getattr(args, "data_dir", None)
        else Path(tempfile.mkdtemp(prefix="inspector-demo-"))
    )
    root.mkdir(parents=True, exist_ok=True)
    print(f"Demo data in {root}. Sign in as Demo Inspector, PIN 1234 (badge-0042).")
    from inspector_app.gui.launch import leave

    server = DemoServer(root / "server")  # imports and seeds on the other core meanwhile
    threading.Thread(
        target=_report_if_it_fails, args=(server,), name="demo-server-watch", daemon=True
    ).start()
    code = 1
    try:
        camera = args.camera or _webcam() or str(demo_camera(locations.cache_dir() / "demo"))
        overrides = {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "station.name": "demo-bench",
            "camera.source": camera,
            "sync.interval_s": 5.0,
        }
        code = _run_window(args, overrides, data_dir=root / "station")
    finally:
        server.stop()
        if not args.keep and not getattr(args, "data_dir", None):
            import shutil

            shutil.rmtree(root, ignore_errors=True)
    return leave(code)


def _report_if_it_fails(server: DemoServer) -> None:
    """The window does not wait for the demo server: if it fails to start, say why on the
    terminal `make run` was typed in and in the log (the bench shows it as unreachable)."""
    try:
        server.wait()
    except DemoServerError as error:
        if not server.stopped:
            log.error("%s", error)
            print(f"inspector-app demo: {error}", file=sys.stderr)


def _webcam() -> str:
    """ "0" when this computer has a camera, else "" (the demo then plays its own video)."""
    from inspector_app.scanning.sources import list_devices

    return "0" if list_devices(range(1)) else ""


def start_demo_server(folder: Path) -> DemoServer:
    """The reference server on a free loopback port, seeded with demo data, once it serves."""
    server = DemoServer(folder)
    server.wait()
    return server


def demo_camera(folder: Path, today: dt.date | None = None, count: int = DEMO_PARCELS) -> Path:
    """A looping video of the first demo returns' parcel labels (same data the server has).

    Rendered into `folder` at the first start (with its progress on the terminal) and reused
    by every later one: the codes do not change from day to day.
    """
    from inspector_app.scanning.demo_video import Parcel, cached_demo_video

    returns = demo_camera_returns(today or dt.datetime.now(dt.UTC).date(), count)
    parcels = [
        Parcel(r.tracking_numbers[0] if r.tracking_numbers else r.rma, r.rma) for r in returns
    ]
    return cached_demo_video(
        folder, parcels, label_s=4.0, empty_s=2.0, progress=_show_render_progress
    )


def demo_camera_returns(today: dt.date, count: int = DEMO_PARCELS) -> list[Return]:
    """The demo returns whose labels the demo camera shows: the demo server's first ones
    (`training --demo-camera` shows them too, so its exercises are among them)."""
    from inspector_app.domain.demo import demo_returns

    return demo_returns(60, today, 7)[:count]


def _show_render_progress(done: int, total: int) -> None:
    """One terminal line, rewritten as the first start renders the demo video."""
    print(
        f"\rRendering the demo camera video (first start only): {100 * done // total}%",
        end="\n" if done == total else "",
        file=sys.stderr,
        flush=True,
    )
