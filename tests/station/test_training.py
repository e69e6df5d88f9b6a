"""Training's sandbox: its own bench, stocked for practice, that nothing leaves; the score."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspector_app.domain.training import OUTCOME_ITEM
from inspector_app.settings import LOCKS_KEY, Settings
from inspector_app.station import Connectivity, Station, StationError, open_sandbox
from inspector_app.station.training import TRAINEE_BADGE, TRAINEE_PIN

from .support import Clock, fill_checklist, verdict_for


@pytest.fixture
def bench() -> Settings:
    """A real bench's settings: a server, a label printer, its camera."""
    return Settings(
        {
            "server.url": "https://returns.example.com",
            "server.token": "secret-station-token",
            "labels.printer": "zpl:10.0.0.5:9100",
            "labels.enabled": True,
            "camera.source": "2",
            "ui.language": "fr",
            "ui.training_allowed": True,
        },
        source="user",
    )


def test_the_sandbox_keeps_the_bench_hardware_and_nothing_that_leaves(
    tmp_path: Path, bench: Settings, clock: Clock
) -> None:
    settings, training = open_sandbox(tmp_path / "sandbox", bench, clock=clock)
    assert (settings["camera.source"], settings["ui.language"], settings["labels.enabled"]) == (
        "2",
        "fr",
        True,
    )
    assert settings["server.url"] == settings["server.token"] == ""
    assert settings["labels.printer"] == "pdf"
    assert settings["ui.training_allowed"] is False
    assert {"server.url", "server.token", "labels.printer"} <= set(settings[LOCKS_KEY])
    assert bench["server.url"] == "https://returns.example.com"  # the bench's own untouched
    with Station.open(tmp_path / "sandbox", settings, clock=clock) as station:
        assert station.sync_status.state is Connectivity.DISABLED
        assert station.sign_in(TRAINEE_BADGE, TRAINEE_PIN) is not None
        for exercise in training.exercises:
            assert station.lookup(exercise.rma).ret == training.return_of(exercise)


def test_a_bench_data_directory_is_never_a_sandbox(tmp_path: Path, bench: Settings) -> None:
    real = tmp_path / "bench"
    Station.open(real, bench).close()
    with pytest.raises(StationError, match="is not a training sandbox"):
        open_sandbox(real, bench)


def test_reopening_a_sandbox_keeps_its_work(tmp_path: Path, bench: Settings, clock: Clock) -> None:
    folder = tmp_path / "sandbox"
    settings, training = open_sandbox(folder, bench, clock=clock)
    ret = training.return_of(training.exercises[0])
    with Station.open(folder, settings, clock=clock) as station:
        station.start_inspection(ret.id, inspector=TRAINEE_BADGE)
    open_sandbox(folder, bench, clock=clock)
    with Station.open(folder, settings, clock=clock) as station:
        assert len(station.drafts()) == 1
        assert len(station.people()) == 1


def test_score_against_the_reference(tmp_path: Path, bench: Settings, clock: Clock) -> None:
    """The first exercise answered as its reference says, the second with a wrong screen,
    so the rules propose another verdict; the score sees both, and the time each took."""
    folder = tmp_path / "sandbox"
    settings, training = open_sandbox(folder, bench, clock=clock)
    first, second = training.exercises[:2]
    with Station.open(folder, settings, clock=clock) as station:
        assert training.score(station).done == 0
        for exercise, changes in ((first, {}), (second, {"screen_condition": "flawless"})):
            ret = training.return_of(exercise)
            draft = station.start_inspection(ret.id, inspector=TRAINEE_BADGE)
            for item, value in {**exercise.reference(ret), **changes}.items():
                draft.answer(item, value)
            fill_checklist(draft)  # the photos
            clock.now += dt.timedelta(minutes=3)
            station.finalize(draft, verdict_for(draft))
        clock.now += dt.timedelta(minutes=1)
        score = training.score(station)
        assert station.pending().pending == 2  # queued in the sandbox, never sent
    assert score.seconds == 7 * 60
    right, wrong = score.exercises[:2]
    assert (right.rma, right.seconds, right.perfect) == (first.rma, 180.0, True)
    assert wrong.missed == ()
    assert wrong.wrong[:2] == ("screen_condition", OUTCOME_ITEM)
    assert score.done == 2
    assert score.perfect == 1


def test_every_reference_item_is_in_its_parcels_checklist(
    tmp_path: Path, bench: Settings, clock: Clock
) -> None:
    """The exercises are data: a renamed checklist item would silently count as missed."""
    folder = tmp_path / "sandbox"
    settings, training = open_sandbox(folder, bench, clock=clock)
    with Station.open(folder, settings, clock=clock) as station:
        report = training.report(station)
    for exercise in training.exercises:
        assert set(exercise.answers) <= set(report.labels[exercise.rma]), exercise.rma
    first = training.exercises[0]
    assert report.label(first.rma, "genuine", "fr").startswith("Finition, marquages")
    assert report.label(first.rma, OUTCOME_ITEM, "fr") == OUTCOME_ITEM
