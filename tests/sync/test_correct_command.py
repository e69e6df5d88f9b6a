"""`inspector-app correct` against the real server and a real bench database: a correction
with new answers from the command line, this bench's own verdict directly, another bench's
with a lead's PIN; a bad answers file, a wrong answer or verdict refused with every problem,
and nothing changed."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from inspector_app import cli
from inspector_app.server.photo_store import photo_key
from inspector_app.station import OutboxState

from .helpers import drain, make_returns, open_station, photo_bytes, queue_inspections

INSPECTOR, PIN = "badge-0042", "1234"  # tests/live_server.py seeds them
LEAD, LEAD_PIN = "lead-0001", "432100"
FULL_REFUND = ["--outcome", "accept_full_refund", "--grade", "good", "--disposition", "restock"]


class Bench:
    """A bench's data directory, and `correct` run on it as a person at the terminal would
    (PINs one a line on standard input)."""

    def __init__(self, live_server, data_dir: Path, checklists_dir: Path, capsys) -> None:
        self.server, self.data_dir, self.checklists = live_server, data_dir, checklists_dir
        self.capsys = capsys

    def open(self):
        return open_station(
            self.data_dir, self.checklists, self.server.url, self.server.tokens["station"]
        )

    def correct(self, *args: str, pins: tuple[str, ...] = (PIN,)) -> tuple[int, str, str]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO("".join(f"{pin}\n" for pin in pins)))
            code = cli.main(
                [
                    "--data-dir",
                    str(self.data_dir),
                    "--set",
                    f"server.url={self.server.url}",
                    "--set",
                    f"server.token={self.server.tokens['station']}",
                    "--set",
                    "station.name=bench-1",  # the token's bench (open_station's default)
                    "correct",
                    *args,
                ]
            )
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err


def _answers(tmp_path: Path, content: object, name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return str(path)


def _unchanged(bench: Bench, original: str) -> None:
    """The bench as it was: no draft, one final inspection, the original still the verdict."""
    with bench.open() as station:
        assert station.drafts() == []
        assert [e.inspection_uuid for e in station.pending().entries] == []
        earlier = station.earlier_verdict(station.inspection(original).return_id)
        assert earlier is not None and earlier.inspection == original


def test_this_benchs_own_verdict_is_corrected_with_new_answers(
    live_server, server_view, tmp_path, checklists_dir, capsys
):
    ret = make_returns(1)[0]
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        [original] = queue_inspections(station, [ret])
        drain(station)  # sent, and the people list (the inspector's PIN) pulled
        kept = station.inspection(original).photos[0].sha256

    code, out, err = bench.correct(
        ret.id,
        "--badge",
        INSPECTOR,
        "--answers",
        _answers(tmp_path, {"works": False}),
        *FULL_REFUND,
        "--reason",
        "it does not start",
    )
    assert (code, err) == (0, "")
    correction = out.split()[0]
    assert f"{correction} corrects {original} on return {ret.id}: accept_full_refund" in out
    with bench.open() as station:
        record = station.inspection(correction)
        assert (record.state, record.supersedes) == ("final", original)
        assert record.answers == {"works": False}  # the file's answer over the earlier one
        assert [p.sha256 for p in record.photos] == [kept]  # the earlier photo, kept
        assert (record.inspector, record.decided_by) == (INSPECTOR, INSPECTOR)
        drain(station)
    assert server_view.superseded() == {original: correction}


def test_the_verdict_the_rules_cannot_propose_must_be_given(
    live_server, tmp_path, checklists_dir, capsys
):
    """The sync checklist has no rules: without --outcome and --disposition nothing is
    finalized, and the started correction is gone."""
    ret = make_returns(1)[0]
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        [original] = queue_inspections(station, [ret])
        drain(station)
    answers = _answers(tmp_path, {"works": False})
    code, out, err = bench.correct(ret.id, "--badge", INSPECTOR, "--answers", answers)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "The rules propose no outcome: give --outcome.",
        "The rules propose no disposition: give --disposition.",
    ]
    _unchanged(bench, original)
    code, _, err = bench.correct(
        ret.id, "--badge", INSPECTOR, "--answers", answers, "--outcome", "partial_refund",
        "--disposition", "restock", "--grade", "good",
    )  # fmt: skip
    assert code == 2 and "A partial refund needs an amount." in err
    _unchanged(bench, original)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"works": fals', r"answers.json: not JSON \(line 1, column 11: Expecting value\)"),
        ('["works"]', r"answers.json: one JSON object is expected, item id to answer"),
        ({"works": False, "colour": "red"}, r"^colour: checklist sync_check has no such item$"),
        ({"works": "maybe"}, r"^works: “Does it work\?”: answer yes or no\.$"),
        ({"works": None}, r"^works: Not answered: Does it work\?$"),
    ],
    ids=["bad JSON", "not an object", "unknown item", "wrong type", "required answer taken back"],
)
def test_a_wrong_answers_file_is_refused_and_nothing_changes(
    live_server, tmp_path, checklists_dir, capsys, *, content, said
):
    ret = make_returns(1)[0]
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        [original] = queue_inspections(station, [ret])
        drain(station)
    answers = _answers(tmp_path, content)
    code, out, err = bench.correct(ret.id, "--badge", INSPECTOR, "--answers", answers, *FULL_REFUND)
    assert (code, out) == (2, "")
    assert any(re.search(said, line) for line in err.splitlines()), err
    _unchanged(bench, original)
    with bench.open() as station:  # the earlier answers are what a correction starts from
        assert station.inspection(original).answers == {"works": True}


def test_a_file_that_is_not_json_is_refused_before_any_pin_is_asked(
    live_server, tmp_path, checklists_dir, capsys
):
    ret = make_returns(1)[0]
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        queue_inspections(station, [ret])
        drain(station)
        events = len(list(station.events.between(*_all_time())))
    code, _, err = bench.correct(
        ret.id, "--badge", INSPECTOR, "--answers", _answers(tmp_path, "works: no"), pins=()
    )
    assert code == 2 and "not JSON" in err
    with bench.open() as station:  # no sign-in was attempted: nothing in the audit log
        assert len(list(station.events.between(*_all_time()))) == events


def _all_time() -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC)


def test_another_benchs_verdict_needs_a_lead_and_is_corrected_with_the_leads_pin(
    live_server, server_view, tmp_path, checklists_dir, capsys
):
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other = open_station(
        tmp_path / "other",
        checklists_dir,
        live_server.url,
        live_server.add_station("bench-2"),
        **{"station.name": "bench-2"},
    )
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
    finally:
        other.close()
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        station.sync_once()  # the feed says it is inspected; the people list has the lead
    answers = _answers(tmp_path, {"works": False})

    code, _, err = bench.correct(ret.id, "--badge", INSPECTOR, "--answers", answers, pins=())
    assert code == 2 and "needs a shift lead" in err and "--lead BADGE" in err
    code, _, err = bench.correct(
        ret.id, "--badge", INSPECTOR, "--lead", LEAD, "--answers", answers, *FULL_REFUND,
        pins=(PIN, "999999"),
    )  # fmt: skip
    assert (code, err.strip()) == (2, "Wrong PIN. Try again.")
    with bench.open() as station:
        assert station.drafts() == [] and station.pending().entries == []

    code, out, err = bench.correct(
        ret.id, "--badge", INSPECTOR, "--lead", LEAD, "--answers", answers, *FULL_REFUND,
        "--reason", "screen dead", pins=(PIN, LEAD_PIN),
    )  # fmt: skip
    assert (code, err) == (0, "")
    correction = out.split()[0]
    assert f"corrects {theirs}" in out
    with bench.open() as station:
        assert station.inspection(correction).answers == {"works": False}
        drain(station)
        assert station.outbox.get(correction).state is OutboxState.SENT
    assert server_view.superseded() == {theirs: correction}


def test_a_photo_that_could_not_be_fetched_is_said_and_given_again(
    live_server, server_view, tmp_path, checklists_dir, capsys
):
    """Another bench's photo cannot be had (tampered on the server's disk): the command
    says so, refuses while the checklist misses it, and takes it from --photo."""
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other = open_station(
        tmp_path / "other",
        checklists_dir,
        live_server.url,
        live_server.add_station("bench-2"),
        **{"station.name": "bench-2"},
    )
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
        their_photo = other.inspection(theirs).photos[0].sha256
    finally:
        other.close()
    (live_server.config.photo_dir / photo_key(their_photo)).write_bytes(b"not the photo")
    bench = Bench(live_server, tmp_path / "bench", checklists_dir, capsys)
    with bench.open() as station:
        station.sync_once()
    answers = _answers(tmp_path, {})
    # The lead makes the correction: one PIN, the lead's own session grants it.
    code, _, err = bench.correct(
        ret.id, "--badge", LEAD, "--lead", LEAD, "--answers", answers, *FULL_REFUND,
        pins=(LEAD_PIN,),
    )  # fmt: skip
    assert code == 2
    assert err.splitlines() == [
        "1 photo(s) of the earlier inspection could not be fetched: the correction starts "
        "without them (take them again: --photo ITEM=FILE)",
        "front: Photograph the front: 0 of 1 photo taken",
    ]
    with bench.open() as station:
        assert station.drafts() == []
    retaken = tmp_path / "front.jpg"
    retaken.write_bytes(photo_bytes())
    code, out, err = bench.correct(
        ret.id, "--badge", LEAD, "--lead", LEAD, "--answers", answers, *FULL_REFUND,
        "--photo", f"front={retaken}", pins=(LEAD_PIN,),
    )  # fmt: skip
    assert code == 0 and f"corrects {theirs}" in out
    with bench.open() as station:
        correction = station.inspection(out.split()[0])
        assert [p.sha256 for p in correction.photos] != [their_photo]
        assert len(correction.photos) == 1
        drain(station)
    assert server_view.superseded() == {theirs: correction.uuid}
