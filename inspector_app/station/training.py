"""Training mode's sandbox: a throw-away bench a new inspector practises on.

The sandbox is a bench of its own (its own data directory, database, queue and photos),
stocked with the demo returns and the default checklists, with one trainee who may sign
in. Its settings start from the real bench's, so the trainee practises with the bench's own
camera, scanner, language and policy, but everything that could leave the sandbox is
turned off and locked: no server (nothing syncs, no lead's PIN is checked remotely) and
labels into PDF files in the sandbox. Nothing here needs the server package: the packaged
build, which ships without it, trains too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Return
from inspector_app.domain.texts import Phrase, Translated
from inspector_app.domain.training import (
    Attempt,
    Exercise,
    Exercises,
    TrainingScore,
    load_exercises,
    score_exercise,
)
from inspector_app.locations import resource_path
from inspector_app.settings import LOCKS_KEY, Settings
from inspector_app.station.bench import Station, StationError
from inspector_app.storage.inspections import FINAL
from inspector_app.storage.types import utcnow
from inspector_app.wire import InspectionPayload

_CONTEXT = "Station"

MARK_FILE = "training-sandbox.json"
"""Written in a sandbox when it is made: a folder without it that is not empty is refused,
so training never opens (and fills with demo returns) a real bench's data directory."""

TRAINEE_BADGE = "training-01"
TRAINEE_NAME = Translated({"en": "Trainee", "fr": "Stagiaire"})
"""The trainee's name, in the language of the sandbox's window."""
TRAINEE_PIN = "1234"

SANDBOXED: dict[str, object] = {
    "server.url": "",
    "server.token": "",
    "labels.printer": "pdf",
    "station.name": "training",
    "ui.kiosk": False,
    "ui.training_allowed": False,
}
"""What a sandbox never takes from the real bench: the server (nothing is sent), the label
printer (labels go to PDF files in the sandbox), the bench's name, kiosk mode (a trainee
must be able to close the window) and the training button (no sandbox inside a sandbox)."""


def sandbox_settings(bench: Settings) -> Settings:
    """The real bench's settings with SANDBOXED forced and locked, so neither the trainee
    nor the settings dialog can point the sandbox at a server or a printer."""
    settings = Settings()
    for option, value, source in bench.items():
        if option.key != LOCKS_KEY:
            settings.set(option.key, value, source)
    settings.update(SANDBOXED, source="training")
    settings.set(LOCKS_KEY, sorted(SANDBOXED), source="training")
    return settings


@dataclass(frozen=True, slots=True)
class Training:
    """An open training session: its exercises, their returns, and when it began."""

    exercises: tuple[Exercise, ...]
    returns: dict[str, Return]
    """The demo return of each exercise, by RMA."""
    started_at: dt.datetime
    trainee: str
    """The name the trainee signs in under (the badge is TRAINEE_BADGE)."""

    def return_of(self, exercise: Exercise) -> Return:
        return self.returns[exercise.rma]

    def exercise_for(self, return_id: str) -> Exercise | None:
        """The exercise a return belongs to (None: a demo return no exercise uses)."""
        return next((e for e in self.exercises if self.returns[e.rma].id == return_id), None)

    def score(self, station: Station, now: dt.datetime | None = None) -> TrainingScore:
        """The trainee's score so far: each exercise's last finalized inspection against
        its reference, and the time since the session began."""
        attempts = _attempts(station)
        scores = tuple(
            score_exercise(e, self.return_of(e), attempts.get(self.return_of(e).id))
            for e in self.exercises
        )
        ended = now or station.clock()
        return TrainingScore((ended - self.started_at).total_seconds(), scores)

    def report(self, station: Station) -> TrainingReport:
        """The score for the trainer's dialog, with the labels of the items it names."""
        labels = {}
        for exercise in self.exercises:
            category = self.return_of(exercise).product.category.value
            stored = station.templates.latest_for(category)
            items = station.template(stored.id, stored.version).items if stored else ()
            labels[exercise.rma] = {item.id: item.label for item in items}
        return TrainingReport(self.score(station), labels)


@dataclass(frozen=True, slots=True)
class TrainingReport:
    """The score with what a person reads for each item: its label in the checklist."""

    score: TrainingScore
    labels: dict[str, dict[str, Translated]]
    """RMA -> item id -> the item's label in the checklist the parcel is inspected with."""

    def label(self, rma: str, item: str, language: str) -> str:
        """The item's label in `language` (its id when the checklist has no such item)."""
        found = self.labels.get(rma, {}).get(item)
        return found.get(language) if found is not None else item


def read_exercises() -> Exercises:
    """The practice set shipped in resources/training."""
    path = resource_path("training", "exercises.yaml")
    return load_exercises(path.read_text(encoding="utf-8"), str(path))


def open_sandbox(
    folder: Path,
    bench: Settings,
    *,
    language: str = "en",
    clock: Callable[[], dt.datetime] = utcnow,
) -> tuple[Settings, Training]:
    """Make (or reopen) the sandbox in `folder`: the settings to open its Station with, and
    the session; the trainee is named in `language`, the window's. StationError when
    `folder` holds something else than a sandbox."""
    exercises = read_exercises()
    _claim(folder)
    settings = sandbox_settings(bench)
    with Station.open(folder, settings, clock=clock) as station:
        demo = demo_returns(exercises.returns, station.today(), exercises.seed)
        station.returns.upsert(demo)
        trainee = TRAINEE_NAME.get(language)
        station.add_inspector(TRAINEE_BADGE, trainee, TRAINEE_PIN)
    by_rma = {r.rma: r for r in demo}
    unknown = [e.rma for e in exercises.exercises if e.rma not in by_rma]
    if unknown:
        raise StationError(
            Phrase(_CONTEXT, "No demo return {rma} for training.", rma=", ".join(unknown))
        )
    returns = {e.rma: by_rma[e.rma] for e in exercises.exercises}
    return settings, Training(exercises.exercises, returns, clock(), trainee)


def _claim(folder: Path) -> None:
    """Mark a new or empty `folder` as a sandbox; refuse one that holds anything else."""
    mark = folder / MARK_FILE
    if folder.exists() and any(folder.iterdir()) and not mark.exists():
        raise StationError(
            Phrase(
                _CONTEXT,
                "{folder} is not a training sandbox; training never uses a bench's data.",
                folder=str(folder),
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    if not mark.exists():
        mark.write_text(json.dumps({"training": True}), encoding="utf-8")


def _attempts(station: Station) -> dict[str, Attempt]:
    """The last finalized inspection of each return, as the score reads it."""
    attempts: dict[str, Attempt] = {}
    records = sorted(station.inspections.list(FINAL), key=lambda r: r.finalized_at or r.started_at)
    for record in records:
        if record.payload is None or record.finalized_at is None:
            continue
        payload = InspectionPayload.model_validate_json(record.payload)
        attempts[record.return_id] = Attempt(
            answers={a.item: a.value for a in payload.answers},
            outcome=payload.verdict.outcome,
            grade=payload.verdict.grade,
            started_at=record.started_at,
            finalized_at=record.finalized_at,
        )
    return attempts
