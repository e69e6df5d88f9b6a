"""Messages at every step, fired by the bench once each, across restarts; a refusal needs a
finding; the inspector's sentence stays with the inspection; the preview is what is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.domain.demo import DemoBatch
from inspector_app.domain.returns import Outcome, Return, ReturnReason
from inspector_app.domain.verdict import VerdictChoice, VerdictError
from inspector_app.station import Station
from inspector_app.wire import CustomerMessageRecord, InspectionPayload, MessageStep

from .support import Clock, fill_checklist, jpeg, phones, verdict_for

TRACKING = "1Z999AA10123456784"


def records(station: Station, return_id: str) -> list[CustomerMessageRecord]:
    return [
        CustomerMessageRecord.model_validate_json(m.record) for m in station.messages_of(return_id)
    ]


def steps(station: Station, return_id: str) -> list[MessageStep]:
    return [r.step for r in records(station, return_id)]


def refusable(station: Station, ret: Return):
    """A draft whose checklist finds the phone opened: the rules propose refusing it."""
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)
    draft.answer("tampering", True)
    fill_checklist(draft)
    return draft


def test_parcel_received_fires_once_across_a_restart(
    data_dir: Path, station: Station, batch: DemoBatch, clock: Clock
) -> None:
    ret = phones(batch)[0]
    assert station.receive(ret.id) is True
    assert station.receive(ret.id) is False, "a second scan of the same parcel"
    station.start_inspection(ret.id, inspector="badge-0042")
    station.close()
    reopened = Station.open(data_dir, clock=clock)
    try:
        assert reopened.receive(ret.id) is False
        reopened.start_inspection(ret.id, inspector="badge-0042")
        [record] = records(reopened, ret.id)
        assert record.step is MessageStep.RECEIVED and record.trigger == "scan"
        assert ret.rma in record.subject and ret.product.model in record.body
    finally:
        reopened.close()


def test_an_inspection_started_without_a_scan_still_says_received(
    station: Station, batch: DemoBatch
) -> None:
    ret = phones(batch)[1]
    station.start_inspection(ret.id, inspector="badge-0042")
    [record] = records(station, ret.id)
    assert (record.step, record.trigger) == (MessageStep.RECEIVED, "inspection_started")


def test_finalize_fires_the_decision_and_sent_back_once_across_a_restart(
    data_dir: Path, station: Station, batch: DemoBatch, clock: Clock
) -> None:
    ret = phones(batch)[2]
    draft = refusable(station, ret)
    verdict = verdict_for(draft)
    assert verdict.outcome is Outcome.REFUSE_SEND_BACK
    preview = station.preview_message(draft, verdict, language="fr", sendback_tracking=TRACKING)
    result = station.finalize(draft, verdict, message_language="fr", sendback_tracking=TRACKING)
    station.close()
    reopened = Station.open(data_dir, clock=clock)
    try:
        with pytest.raises(Exception, match="already final"):
            reopened.finalize(draft, verdict, sendback_tracking=TRACKING)
        received, decision, sent_back = records(reopened, ret.id)
    finally:
        reopened.close()
    assert [received.step, decision.step, sent_back.step] == [
        MessageStep.RECEIVED,
        MessageStep.DECISION,
        MessageStep.SENT_BACK,
    ]
    # What the inspector previewed is exactly what is stored and travels in the payload.
    assert (decision.subject, decision.body, decision.language) == (
        preview.subject,
        preview.body,
        "fr",
    )
    payload = InspectionPayload.model_validate_json(result.payload)
    assert payload.customer_message.body == decision.body
    assert str(decision.inspection) == result.uuid
    assert [f.rule for f in decision.findings] == ["tampered"]
    tampering_photos = draft.run.photos_in_force()["tampering"]
    assert [a.sha256 for a in decision.attachments] == tampering_photos
    assert [a.name for a in decision.attachments] == ["photo-1.jpg", "photo-2.jpg"]
    assert "Voir photo 1, photo 2." in decision.body
    assert TRACKING in decision.body and TRACKING in sent_back.body


def test_a_refusal_without_a_finding_is_refused_at_finalize(
    station: Station, batch: DemoBatch
) -> None:
    ret = phones(batch)[3]
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)
    draft.answer("powers_on", True)  # a working phone: no rule refuses it
    fill_checklist(draft)
    refusal = VerdictChoice(
        Outcome.REFUSE_SEND_BACK, None, "quarantine", override_reason="customer was rude"
    )
    with pytest.raises(VerdictError) as caught:
        station.finalize(draft, refusal, sendback_tracking=TRACKING)
    assert caught.value.problems == [
        "A refusal must tell the customer why, and no finding of this checklist explains one: "
        "answer the item that shows the problem (its rule then proposes the refusal), or "
        "choose another outcome."
    ]
    assert station.inspection(draft.uuid).state == "draft"
    assert steps(station, ret.id) == [MessageStep.RECEIVED], "no decision was fired"


def test_the_inspectors_sentence_is_checked_and_kept(station: Station, batch: DemoBatch) -> None:
    station.add_inspector("badge-0042", "Ines Inspector", "1234")
    ret = phones(batch)[4]
    draft = refusable(station, ret)
    verdict = verdict_for(draft)
    for note in ("Checked by Ines Inspector.", "Seen at bench-01.", "Line one\nline two"):
        with pytest.raises(VerdictError):
            station.preview_message(draft, verdict, note=note)
    note = "We kept the SIM card you left in the tray for you."
    station.finalize(draft, verdict, note=note, sendback_tracking=TRACKING)
    decision = records(station, ret.id)[1]
    assert decision.note == note and note in decision.body


def test_a_partial_refund_states_each_deduction_and_the_total(
    station: Station, batch: DemoBatch
) -> None:
    ret = next(
        r for r in phones(batch) if r.reason is ReturnReason.WITHDRAWAL and r.id not in batch.late
    )
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)  # does not power on: a deduction of half the price
    draft.answer("accessories", "none")
    verdict = verdict_for(draft)
    assert verdict.outcome is Outcome.PARTIAL_REFUND
    station.finalize(draft, verdict, message_language="en")
    decision = records(station, ret.id)[1]
    assert [(f.rule, f.amount) for f in decision.findings[:2]] == [
        ("does_not_power_on", (ret.price / 2).quantize(ret.price)),
        ("missing_accessories", 20),
    ]
    assert "Total deducted:" in decision.body
    assert sum(f.amount for f in decision.findings[:2]) == ret.price - verdict.refund_amount


def test_photos_over_the_marketplace_limit_are_not_attached(
    station: Station, batch: DemoBatch
) -> None:
    """A refusal for several reasons names and attaches at most 10 photos."""
    ret = phones(batch)[6]
    draft = refusable(station, ret)
    for n in range(12):
        draft.add_photo("tampering", jpeg(f"seal {n}"))
    preview = station.preview_message(draft, verdict_for(draft))
    assert len(preview.attachments) == 10
    assert "photo 10" in preview.body and "photo 11" not in preview.body


def test_a_photo_on_an_item_that_asks_none_is_kept_and_shown_where_it_is_evidence(
    station: Station, batch: DemoBatch
) -> None:
    """Any shown item takes photos ("Add photo"): they travel with the inspection, and the
    customer sees one when its item is what a finding rests on, not otherwise."""
    ret = next(
        r for r in phones(batch) if r.reason is ReturnReason.WITHDRAWAL and r.id not in batch.late
    )
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)  # does not power on: a finding that rests on powers_on
    dead = draft.add_photo("powers_on", jpeg("black screen"))
    note = draft.add_photo("other_faults", jpeg("scratch"))
    verdict = verdict_for(draft)
    assert verdict.outcome is Outcome.PARTIAL_REFUND
    preview = station.preview_message(draft, verdict)
    attached = [a.sha256 for a in preview.attachments]
    assert dead in attached and note not in attached
    result = station.finalize(draft, verdict)
    payload = InspectionPayload.model_validate_json(result.payload)
    sent = {(p.item, p.sha256) for p in payload.photos}
    assert {("powers_on", dead), ("other_faults", note)} <= sent
    assert station.photo(note) and station.photo(dead)
