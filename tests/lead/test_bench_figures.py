"""Offline, the Lead view shows the bench's own figures: what this bench finalized and what
its returns cache knows, computed by the same code as the server's report."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from station.support import NOW, TODAY, Clock, fill_checklist, jpeg, phones, verdict_for

from inspector_app.domain.demo import demo_batch
from inspector_app.domain.returns import Outcome
from inspector_app.domain.verdict import VerdictChoice
from inspector_app.lead.snapshot import load
from inspector_app.station import Station


@pytest.fixture
def bench(data_dir):
    clock = Clock(NOW)
    station = Station.open(data_dir, clock=clock)
    batch = demo_batch(30, TODAY, seed=5)
    station.returns.upsert(batch.returns)
    station.add_inspector("badge-0201", "Eva Ek", "2222")
    yield station, clock, batch
    station.close()


def test_bench_figures_match_what_it_finalized(bench):
    station, clock, batch = bench
    done = []
    for k, ret in enumerate(phones(batch)[:5]):
        clock.now = NOW + dt.timedelta(minutes=10 * k)
        draft = station.start_inspection(ret.id, inspector="badge-0201")
        clock.now += dt.timedelta(minutes=3 + k)
        fill_checklist(draft)
        verdict = verdict_for(draft)
        if k == 1:  # the inspector keeps back more than the template's deduction
            verdict = VerdictChoice(
                outcome=Outcome.PARTIAL_REFUND,
                grade="fair",
                disposition="refurbish",
                refund_amount=Decimal("12.50"),
                override_reason="Scratched back, customer agreed",
                deductions=(("does_not_power_on", ret.price - Decimal("12.50")),),
            )
        if k == 2:  # opened: the rules propose the refusal
            draft.answer("tampering", True)
            draft.add_photo("tampering", jpeg("seal"))
            draft.add_photo("tampering", jpeg("screws"))
            verdict = verdict_for(draft)
            assert verdict.outcome is Outcome.REFUSE_SEND_BACK
        station.finalize(draft, verdict)
        done.append((ret, verdict, 3 + k))
    name = station.settings["station.name"]
    source = station.bench_figures()
    snap = load(source, TODAY, TODAY)
    got = snap.report
    outcomes = Counter(v.outcome.value for _, v, _ in done)
    refunds = sum(
        (
            v.refund_amount if v.outcome is Outcome.PARTIAL_REFUND else r.price
            for r, v, _ in done
            if v.outcome in (Outcome.ACCEPT_FULL_REFUND, Outcome.PARTIAL_REFUND)
        ),
        Decimal(0),
    )
    inspected_ids = {r.id for r, _, _ in done}
    assert got.source == "bench"
    assert got.inspected == len(done)
    assert (got.accepted, got.partial, got.refused) == (
        outcomes["accept_full_refund"],
        outcomes["partial_refund"],
        outcomes["refuse_send_back"],
    )
    assert got.refunds_total == refunds
    assert [(r.currency, r.total) for r in got.refunds] == [("EUR", refunds)]
    assert got.overridden == sum(bool(v.override_reason) for _, v, _ in done)
    assert got.received == sum(r.received_at == TODAY for r in batch.returns)
    assert got.waiting == sum(
        r.received_at is not None and r.received_at <= TODAY and r.id not in inspected_ids
        for r in batch.returns
    )
    assert got.median_inspection_seconds == 60 * sorted(m for _, _, m in done)[2]
    assert [(i.badge, i.name, i.inspected) for i in got.inspectors] == [
        ("badge-0201", "Eva Ek", len(done))
    ]
    assert [(s.name, s.inspected, s.pending) for s in got.stations] == [
        (name, len(done), len(done))
    ]  # nothing sent: all still queued
    assert sum(t.inspected for t in got.trend) == len(done)
    overridden = {r.id for r, v, _ in done if v.override_reason}
    assert overridden <= {i.return_id for i in snap.review}
    # The review's Refund cell is the money paid back, a full refund's price included.
    paid = {
        r.id: v.refund_amount if v.outcome is Outcome.PARTIAL_REFUND else r.price
        for r, v, _ in done
        if v.outcome in (Outcome.ACCEPT_FULL_REFUND, Outcome.PARTIAL_REFUND)
    }
    assert [i.refund_amount for i in snap.review] == [paid.get(i.return_id) for i in snap.review]
    assert any(i.outcome is Outcome.ACCEPT_FULL_REFUND for i in snap.review)
    rmas = {r.id: r.rma for r, _, _ in done}
    assert all(i.rma == rmas[i.return_id] and i.inspector_name == "Eva Ek" for i in snap.review)
    detail = source.inspection(snap.review[0].uuid)
    assert detail.inspection.answers
    photo = detail.inspection.photos[0]
    assert len(source.photo(detail.inspection.uuid, photo.sha256)) == photo.size
