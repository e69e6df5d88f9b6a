"""Training mode's rules: the practice parcels and how a trainee's inspection is scored.

The exercises are data (resources/training/exercises.yaml), written by whoever trains the
inspectors: a brief of what the trainee finds in a demo parcel and the reference answers it
implies. Scoring compares what the trainee recorded with that reference, item by item, so
the trainer sees which questions were skipped or answered wrongly, not only a number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from inspector_app.domain.returns import Grade, Outcome, Return
from inspector_app.domain.texts import Translated
from inspector_app.errors import UserError

OUTCOME_ITEM = "outcome"
GRADE_ITEM = "grade"
"""The names the score gives a wrong verdict, beside the checklist's item ids."""


class ExerciseError(UserError, ValueError):
    """The exercises file does not say what training needs; the message names the place."""


@dataclass(frozen=True, slots=True)
class Exercise:
    """One practice parcel: a demo return, its brief, and the reference answers."""

    rma: str
    brief: Translated
    """What the trainee finds in the parcel; `{serial}` and `{imei}` are the device's codes."""
    answers: Mapping[str, Any]
    outcome: Outcome
    grade: Grade | None = None

    def brief_for(self, ret: Return, language: str) -> str:
        """The brief in `language` with the device's codes written in."""
        return self.brief.get(language).format_map(_codes(ret))

    def reference(self, ret: Return) -> dict[str, Any]:
        """The reference answers, with the device's codes written into code answers."""
        codes = _codes(ret)
        return {
            item: value.format_map(codes) if isinstance(value, str) else value
            for item, value in self.answers.items()
        }


@dataclass(frozen=True, slots=True)
class Exercises:
    """The practice set: which demo returns the sandbox holds, and the exercises on them."""

    seed: int
    returns: int
    exercises: tuple[Exercise, ...]


@dataclass(frozen=True, slots=True)
class ExerciseScore:
    """How one practice parcel went. `seconds` is None when it was not finalized."""

    rma: str
    seconds: float | None
    missed: tuple[str, ...]
    """Reference items the trainee left unanswered (all of them when not finalized)."""
    wrong: tuple[str, ...]
    """Items answered otherwise than the reference; OUTCOME_ITEM or GRADE_ITEM for the
    verdict."""

    @property
    def done(self) -> bool:
        return self.seconds is not None

    @property
    def perfect(self) -> bool:
        return self.done and not self.missed and not self.wrong


@dataclass(frozen=True, slots=True)
class TrainingScore:
    """The trainer's summary: the whole session's time and each exercise's result."""

    seconds: float
    exercises: tuple[ExerciseScore, ...]

    @property
    def done(self) -> int:
        return sum(1 for e in self.exercises if e.done)

    @property
    def perfect(self) -> int:
        return sum(1 for e in self.exercises if e.perfect)


@dataclass(frozen=True, slots=True)
class Attempt:
    """What the trainee finalized for a parcel: the answers in force and the verdict."""

    answers: Mapping[str, Any]
    outcome: Outcome
    grade: Grade | None
    started_at: dt.datetime
    finalized_at: dt.datetime


def score_exercise(exercise: Exercise, ret: Return, attempt: Attempt | None) -> ExerciseScore:
    """Compare an attempt (None: never finalized) with the exercise's reference."""
    reference = exercise.reference(ret)
    if attempt is None:
        return ExerciseScore(exercise.rma, None, tuple(reference), ())
    missed = tuple(item for item in reference if attempt.answers.get(item) is None)
    wrong = [
        item
        for item, expected in reference.items()
        if item not in missed and not _same(expected, attempt.answers[item])
    ]
    if attempt.outcome is not exercise.outcome:
        wrong.append(OUTCOME_ITEM)
    if exercise.grade is not None and attempt.grade is not exercise.grade:
        wrong.append(GRADE_ITEM)
    seconds = (attempt.finalized_at - attempt.started_at).total_seconds()
    return ExerciseScore(exercise.rma, seconds, missed, tuple(wrong))


def load_exercises(text: str, source: str) -> Exercises:
    """Parse the exercises file; ExerciseError names `source` and what is wrong."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ExerciseError(f"{source}: not YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), list):
        raise ExerciseError(f"{source}: needs a list of `exercises`")
    exercises = []
    for number, entry in enumerate(data["exercises"], start=1):
        try:
            exercises.append(_exercise(entry))
        except KeyError as exc:
            raise ExerciseError(f"{source}: exercise {number}: {exc} is missing") from None
        except (TypeError, ValueError) as exc:
            raise ExerciseError(f"{source}: exercise {number}: {exc}") from None
    try:
        return Exercises(int(data["seed"]), int(data["returns"]), tuple(exercises))
    except (KeyError, TypeError, ValueError) as exc:
        raise ExerciseError(f"{source}: `seed` and `returns` must be numbers ({exc})") from None


def _exercise(entry: Mapping[str, Any]) -> Exercise:
    verdict = entry["verdict"]
    grade = verdict.get("grade")
    return Exercise(
        rma=str(entry["rma"]),
        brief=Translated(entry["brief"]),
        answers=dict(entry["answers"]),
        outcome=Outcome(verdict["outcome"]),
        grade=Grade(grade) if grade else None,
    )


def _codes(ret: Return) -> dict[str, str]:
    return {"serial": ret.product.serial, "imei": ret.product.imei}


def _same(expected: Any, given: Any) -> bool:
    """Equal as the trainee would mean it: numbers by value, codes without case or spaces."""
    if isinstance(expected, bool) or isinstance(given, bool):
        return expected is given
    if isinstance(expected, int | float) and isinstance(given, int | float):
        return float(expected) == float(given)
    return _plain(expected) == _plain(given)


def _plain(value: Any) -> str:
    return "".join(str(value).split()).upper()
