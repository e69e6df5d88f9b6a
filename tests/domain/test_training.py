"""Training's scoring: a trainee's attempt against the trainer's reference, item by item."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Grade, Outcome
from inspector_app.domain.training import (
    GRADE_ITEM,
    OUTCOME_ITEM,
    Attempt,
    ExerciseError,
    load_exercises,
    score_exercise,
)
from inspector_app.locations import resource_path

START = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)

EXERCISES = """
seed: 7
returns: 10
exercises:
  - rma: RMA-10000005
    brief: {en: "IMEI {imei}, screen cracked", fr: "IMEI {imei}, écran fêlé"}
    answers: {imei: "{imei}", screen_condition: cracked, battery_health: 88, tampering: false}
    verdict: {outcome: partial_refund, grade: fair}
"""


def test_the_shipped_exercises_load_and_name_demo_returns() -> None:
    path = resource_path("training", "exercises.yaml")
    shipped = load_exercises(path.read_text(encoding="utf-8"), str(path))
    rmas = {r.rma for r in demo_returns(shipped.returns, START.date(), shipped.seed)}
    assert shipped.exercises
    assert {e.rma for e in shipped.exercises} <= rmas
    for exercise in shipped.exercises:
        assert not exercise.brief.missing, exercise.rma  # English and French


def test_codes_are_written_into_the_brief_and_the_reference() -> None:
    exercise = load_exercises(EXERCISES, "test.yaml").exercises[0]
    ret = next(r for r in demo_returns(10, START.date(), 7) if r.rma == exercise.rma)
    assert exercise.brief_for(ret, "fr") == f"IMEI {ret.product.imei}, écran fêlé"
    assert exercise.reference(ret)["imei"] == ret.product.imei


def test_missed_wrong_and_time() -> None:
    exercise = load_exercises(EXERCISES, "test.yaml").exercises[0]
    ret = next(r for r in demo_returns(10, START.date(), 7) if r.rma == exercise.rma)
    right = Attempt(
        answers={
            "imei": f" {ret.product.imei.lower()} ",
            "screen_condition": "cracked",
            "battery_health": 88.0,
            "tampering": False,
            "cameras_ok": True,  # not in the reference: not scored
        },
        outcome=Outcome.PARTIAL_REFUND,
        grade=Grade.FAIR,
        started_at=START,
        finalized_at=START + dt.timedelta(minutes=4, seconds=30),
    )
    score = score_exercise(exercise, ret, right)
    assert (score.seconds, score.missed, score.wrong, score.perfect) == (270.0, (), (), True)

    sloppy = Attempt(
        answers={"imei": ret.product.imei, "screen_condition": "visible_scratches", "tampering": 0},
        outcome=Outcome.ACCEPT_FULL_REFUND,
        grade=Grade.GOOD,
        started_at=START,
        finalized_at=START + dt.timedelta(minutes=2),
    )
    score = score_exercise(exercise, ret, sloppy)
    assert score.missed == ("battery_health",)
    assert score.wrong == ("screen_condition", "tampering", OUTCOME_ITEM, GRADE_ITEM)
    assert score.done and not score.perfect

    untouched = score_exercise(exercise, ret, None)
    assert (untouched.done, untouched.missed, untouched.wrong) == (
        False,
        ("imei", "screen_condition", "battery_health", "tampering"),
        (),
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("exercises: [\n", "not YAML"),
        ("seed: 1\n", "needs a list of `exercises`"),
        ("seed: 1\nreturns: 5\nexercises:\n  - rma: X\n", "exercise 1: 'verdict' is missing"),
        ("seed: one\nreturns: 5\nexercises: []\n", "`seed` and `returns` must be numbers"),
        (EXERCISES.replace("partial_refund", "maybe"), "'maybe'"),
    ],
)
def test_a_broken_file_names_the_problem(text: str, says: str) -> None:
    with pytest.raises(ExerciseError, match=r"^broken\.yaml: ") as caught:
        load_exercises(text, "broken.yaml")
    assert says in str(caught.value)
