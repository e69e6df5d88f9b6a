"""Corrections from the bench against the real server: this bench's own verdict directly,
another bench's with a lead's grant asked at the bench, a refused (409) inspection replaced
by the correction a lead authorised; each correction reaches the server exactly once."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import requests

from inspector_app import cli
from inspector_app.server.photo_store import photo_key
from inspector_app.station import Connectivity, CorrectionPath, OutboxState, StationError

from .helpers import (
    VERDICT,
    drain,
    make_returns,
    open_station,
    photo_bytes,
    queue_inspections,
)

LEAD, LEAD_PIN = "lead-0001", "432100"  # tests/live_server.py seeds them
REFUSED_409 = r"needs attention: The server refused \(409 "


def _benches(live_server, tmp_path, checklists_dir):
    """This bench (bench-1) and another one (bench-2) on the same server."""
    other = open_station(
        tmp_path / "other",
        checklists_dir,
        live_server.url,
        live_server.add_station("bench-2"),
        **{"station.name": "bench-2"},
    )
    bench = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    return other, bench


def _events(station) -> list:
    """Every event in the bench's own audit log."""
    return station.events.between(
        dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    )


def _bench_events(station) -> list[tuple[str, str, str]]:
    """(kind, actor, subject) of every event in the bench's own audit log."""
    return [(e.kind, e.actor, e.subject) for e in _events(station)]


def test_this_benchs_own_verdict_is_corrected_without_a_lead(
    live_server, server_view, tmp_path, checklists_dir
):
    ret = make_returns(1)[0]
    bench = open_station(
        tmp_path / "bench", checklists_dir, live_server.url, live_server.tokens["station"]
    )
    try:
        [original] = queue_inspections(bench, [ret])
        earlier = bench.earlier_verdict(ret.id)
        assert earlier is not None and earlier.inspection == original
        assert not earlier.needs_lead  # still queued: the server's day has not begun
        drain(bench)
        earlier = bench.earlier_verdict(ret.id)
        assert (earlier.inspector, earlier.inspector_name) == ("badge-0042", "Ines Inspector")
        assert earlier.finalized_at is not None and not earlier.needs_lead

        draft = bench.start_correction(ret.id, inspector="badge-0042")
        assert draft.run.answers == {"works": True}  # the earlier answers, to change
        kept = bench.inspection(original).photos[0].sha256
        assert draft.run.photos == {"front": [kept]}
        draft.answer("works", False)
        correction = bench.finalize(draft, VERDICT).uuid
        drain(bench)
        assert server_view.superseded() == {original: correction}
        assert server_view.inspection_count() == 2
        assert bench.outbox.get(correction).state is OutboxState.SENT
        # The correction is now the verdict; correcting it again is this bench's own too.
        assert bench.earlier_verdict(ret.id).inspection == correction
    finally:
        bench.close()


def test_another_benchs_verdict_is_corrected_with_a_lead_signed_in_at_the_bench(
    live_server, server_view, tmp_path, checklists_dir
):
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other, bench = _benches(live_server, tmp_path, checklists_dir)
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
        bench.sync_once()  # the feed says it is inspected; the people list has the lead
        earlier = bench.earlier_verdict(ret.id)
        assert earlier is not None and earlier.inspection is None and earlier.needs_lead
        with pytest.raises(StationError, match="needs a shift lead"):
            bench.start_correction(ret.id, inspector="badge-0042")
        with pytest.raises(StationError, match="Wrong PIN"):
            bench.authorise_correction(ret.id, LEAD, "999999")
        with pytest.raises(StationError, match="Only a shift lead"):
            bench.authorise_correction(ret.id, "badge-0042", "1234")
        assert not server_view.server_events("correction_authorised")

        authority = bench.authorise_correction(ret.id, LEAD, LEAD_PIN)
        assert (authority.supersedes, authority.granted_by) == (theirs, LEAD)
        draft = bench.start_correction(ret.id, "badge-0042", authority)
        assert draft.run.answers == {"works": True}  # the server's copy of their answers
        their_photo = other.inspection(theirs).photos[0].sha256
        assert (authority.photos[0].sha256, authority.photos_missing) == (their_photo, 0)
        assert draft.run.photos == {"front": [their_photo]}  # fetched with the grant
        assert bench.photo(their_photo) == other.photo(their_photo)
        draft.answer("works", False)
        correction = bench.finalize(draft, VERDICT).uuid
        drain(bench)
        drain(bench)  # a second drain sends nothing more
        assert server_view.superseded() == {theirs: correction}
        assert server_view.inspection_count() == 2
        assert len(server_view.server_events("correction_stored")) == 1
        assert len(server_view.server_events("correction_authorised")) == 1
        kinds = _bench_events(bench)
        assert ("correction_authorised", LEAD, ret.id) in kinds
        assert any("1 photo(s) fetched, 0 missing" in e.detail for e in _events(bench))
        assert ("sign_in_failed", "", LEAD) in kinds  # the wrong PIN counts toward the throttle
        assert ("sign_in_failed", "", "badge-0042") in kinds
    finally:
        other.close()
        bench.close()


def test_a_tampered_photo_of_another_benchs_verdict_is_refused_and_the_correction_says_so(
    live_server, tmp_path, checklists_dir
):
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other, bench = _benches(live_server, tmp_path, checklists_dir)
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
        bench.sync_once()
        their_photo = other.inspection(theirs).photos[0].sha256
        # Someone with the server's disk swaps the file: the bytes no longer hash to the name.
        (live_server.config.photo_dir / photo_key(their_photo)).write_bytes(b"not the photo")
        authority = bench.authorise_correction(ret.id, LEAD, LEAD_PIN)
        assert (authority.photos, authority.photos_missing) == ((), 1)
        assert not bench.photos.exists(their_photo)  # never entered this bench's store
        draft = bench.start_correction(ret.id, "badge-0042", authority)
        assert draft.run.answers == {"works": True} and draft.run.photos == {}
        assert any("0 photo(s) fetched, 1 missing" in e.detail for e in _events(bench))
    finally:
        other.close()
        bench.close()


def test_a_bench_token_cannot_read_another_benchs_photos_through_the_lead_route(
    live_server, tmp_path, checklists_dir
):
    """Only a lead's session reads an inspection's photos; the bench's own token, which
    it holds without any grant, is refused."""
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other, bench = _benches(live_server, tmp_path, checklists_dir)
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
        their_photo = other.inspection(theirs).photos[0].sha256
        answer = requests.get(
            f"{live_server.url}/api/v1/lead/inspections/{theirs}/photos/{their_photo}",
            headers=live_server.headers("station"),
            timeout=30,
        )
        assert answer.status_code == 403
    finally:
        other.close()
        bench.close()


@pytest.mark.expect_log("inspector_app.sync.push", REFUSED_409)
def test_a_refused_inspection_is_replaced_by_the_correction_a_lead_authorised(
    live_server, server_view, tmp_path, checklists_dir
):
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other, bench = _benches(live_server, tmp_path, checklists_dir)
    try:
        [theirs] = queue_inspections(other, [ret])
        drain(other)
        bench.returns.upsert([ret])
        draft = bench.start_inspection(ret.id, inspector="badge-0042")
        draft.answer("works", False)
        draft.add_photo("front", photo_bytes())
        mine = bench.finalize(draft, VERDICT).uuid
        assert bench.sync_once().parked == 1
        assert bench.earlier_verdict(ret.id).needs_lead  # the server holds theirs

        authority = bench.authorise_correction(ret.id, LEAD, LEAD_PIN)
        assert authority.supersedes == theirs
        draft = bench.start_correction(ret.id, "badge-0042", authority)
        # What this bench saw (its refused answers and photo), not the other bench's.
        assert draft.run.answers == {"works": False}
        assert draft.run.photos == {"front": [bench.inspection(mine).photos[0].sha256]}
        correction = bench.finalize(draft, VERDICT).uuid
        refused = bench.outbox.get(mine)
        assert refused.state is OutboxState.DISMISSED
        assert refused.message == f"Replaced by correction {correction}"
        assert bench.pending().needs_attention == 0
        drain(bench)
        assert server_view.superseded() == {theirs: correction}
        assert mine not in server_view.inspections()
        assert bench.sync_status.needs_attention == 0
    finally:
        other.close()
        bench.close()


def test_without_the_server_a_lead_cannot_authorise_and_nothing_changes(
    live_server, tmp_path, checklists_dir
):
    ret = make_returns(1)[0]
    live_server.add_returns([ret])
    other, bench = _benches(live_server, tmp_path, checklists_dir)
    try:
        queue_inspections(other, [ret])
        drain(other)
        bench.sync_once()
        live_server.stop()
        with pytest.raises(StationError, match="cannot be reached"):
            bench.authorise_correction(ret.id, LEAD, LEAD_PIN)
        assert bench.drafts() == []
        assert bench.earlier_verdict(ret.id).needs_lead
    finally:
        other.close()
        bench.close()


@pytest.mark.expect_log("inspector_app.sync.push", r"needs attention: The server refused \(403 ")
def test_a_late_correction_is_authorised_from_the_command_line_and_sent_again(
    live_server, server_view, tmp_path, checklists_dir, capsys
):
    ret = make_returns(1)[0]
    data_dir = tmp_path / "bench"
    bench = open_station(data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    try:
        [original] = queue_inspections(bench, [ret])
        drain(bench)
        # The server received it more than a day ago; the bench sent it just now.
        server_view.received_earlier(original, dt.timedelta(days=2))
        draft = bench.start_correction(ret.id, inspector="badge-0042")
        draft.answer("works", False)
        correction = bench.finalize(draft, VERDICT).uuid
        report = bench.sync_once()  # parked: the token is fine, the bench goes on syncing
        assert (report.parked, report.state) == (1, Connectivity.ONLINE)
        assert bench.correctable() == {correction: CorrectionPath.RESEND}
    finally:
        bench.close()

    def queue_correct(pin: str) -> tuple[int, str, str]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(pin + "\n"))
            code = cli.main(
                [
                    "--data-dir",
                    str(data_dir),
                    "--set",
                    f"server.url={live_server.url}",
                    "--set",
                    f"server.token={live_server.tokens['station']}",
                    "queue",
                    "--correct",
                    correction[:8],
                    "--lead",
                    LEAD,
                ]
            )
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _, err = queue_correct("999999")
    assert (code, err.strip()) == (2, "Wrong PIN. Try again.")
    code, out, _ = queue_correct(LEAD_PIN)
    assert code == 0
    assert f"{correction} authorised by {LEAD}" in out
    bench = open_station(data_dir, checklists_dir, live_server.url, live_server.tokens["station"])
    try:
        drain(bench)
        assert bench.outbox.get(correction).state is OutboxState.SENT
        assert server_view.superseded() == {original: correction}
        assert server_view.inspection_count() == 2
    finally:
        bench.close()
