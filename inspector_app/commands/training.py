"""`inspector-app training`: the station window on a practice sandbox.

A new inspector practises on demo parcels with the bench's own camera and scanner; nothing
is synced and no label reaches a printer (station/training.py says how). Unlike `demo`,
no server runs, so the packaged build, which ships without the server, trains too. When
the window closes the trainer's score is printed here as well as shown in the window.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI imports every command's module: the station loads only when run
    from inspector_app.domain.training import TrainingScore


def register(subparsers: Any) -> None:
    """Add `training` to the CLI."""
    training = subparsers.add_parser(
        "training",
        help="practise in a sandbox: demo returns, nothing synced or printed",
        description=__doc__.splitlines()[0],
    )
    training.add_argument(
        "--sandbox",
        help="the sandbox folder, kept after exit (default: a new one, removed at exit); "
        "never a bench's data directory",
    )
    training.add_argument(
        "--demo-camera",
        action="store_true",
        help="play the demo's camera video of parcel labels, the practice parcels among them, "
        "instead of the bench's camera (a trainer's computer without one)",
    )
    training.set_defaults(handler=run_training)


def run_training(args: argparse.Namespace) -> int:
    """Open the sandbox, run the window on it until it closes, print the score."""
    from inspector_app import config
    from inspector_app.gui.i18n import pick_language
    from inspector_app.gui.launch import launch, leave
    from inspector_app.station import Station, open_sandbox
    from inspector_app.station.training import TRAINEE_PIN

    bench = config.load(getattr(args, "set", None) or ())
    if args.demo_camera:
        from inspector_app import locations
        from inspector_app.commands.gui import demo_camera

        bench.set("camera.source", str(demo_camera(locations.cache_dir() / "demo")), "cli")
    folder = Path(args.sandbox) if args.sandbox else Path(tempfile.mkdtemp(prefix="training-"))
    try:
        language = pick_language(bench["ui.language"])
        settings, training = open_sandbox(folder, bench, language=language)
        print(f"Training sandbox in {folder}. Sign in as {training.trainee}, PIN {TRAINEE_PIN}.")
        code = launch(settings, folder, save_settings=False, training=training)
        with Station.open(folder, settings) as station:
            print(score_text(training.score(station)))
    finally:
        if not args.sandbox:
            shutil.rmtree(folder, ignore_errors=True)
    return leave(code)


def score_text(score: TrainingScore) -> str:
    """The trainer's summary on the terminal: one line in all, one per parcel."""
    lines = [
        f"Training score: {score.perfect} of {len(score.exercises)} parcels without a fault, "
        f"{score.done} finalized, {_duration(score.seconds)} in all."
    ]
    for exercise in score.exercises:
        if exercise.seconds is None:
            lines.append(f"  {exercise.rma}: not finalized")
            continue
        missed = ", ".join(exercise.missed) or "none"
        wrong = ", ".join(exercise.wrong) or "none"
        lines.append(
            f"  {exercise.rma}: {_duration(exercise.seconds)}; missed: {missed}; wrong: {wrong}"
        )
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"
