"""Who finalizes is who is signed in: a draft resumed by another inspector records both
people, in the bench's store, in the payload the server gets, and on the card."""

from __future__ import annotations

import json

from inspector_app.domain.demo import DemoBatch
from inspector_app.station import Station

from .support import fill_checklist, phones, verdict_for

OTHER, OTHER_PIN = "badge-0077", "5678"


def _started_by_0042(station: Station, batch: DemoBatch, index: int = 0) -> str:
    """A complete draft that badge-0042 started (and left); its return id."""
    ret = phones(batch)[index]
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)
    return ret.id


def test_a_draft_resumed_by_another_inspector_records_both(
    station: Station, batch: DemoBatch
) -> None:
    station.add_inspector("badge-0042", "Ines Inspector", "1234")
    station.add_inspector(OTHER, "Paul Other", OTHER_PIN)
    return_id = _started_by_0042(station, batch)
    assert station.sign_in(OTHER, OTHER_PIN) is not None
    [resumed] = station.drafts()
    result = station.finalize(resumed, verdict_for(resumed))
    payload = json.loads(result.payload)
    assert (payload["inspector"], payload["started_by"]) == (OTHER, "badge-0042")
    record = station.inspection(result.uuid)
    assert (record.inspector, record.finalized_by, record.decided_by) == (
        "badge-0042",
        OTHER,
        OTHER,
    )
    earlier = station.earlier_verdict(return_id)
    assert (earlier.inspector, earlier.inspector_name) == (OTHER, "Paul Other")
    assert (earlier.started_by, earlier.started_by_name) == ("badge-0042", "Ines Inspector")


def test_the_inspector_who_started_and_finalized_is_named_once(
    station: Station, batch: DemoBatch
) -> None:
    station.add_inspector("badge-0042", "Ines Inspector", "1234")
    return_id = _started_by_0042(station, batch)
    assert station.sign_in("badge-0042", "1234") is not None
    [draft] = station.drafts()
    payload = json.loads(station.finalize(draft, verdict_for(draft)).payload)
    assert (payload["inspector"], payload["started_by"]) == ("badge-0042", None)
    assert station.earlier_verdict(return_id).started_by == ""


def test_by_names_who_finalizes_whoever_is_signed_in(station: Station, batch: DemoBatch) -> None:
    return_id = _started_by_0042(station, batch, index=1)
    [draft] = station.drafts()  # nobody signed in: a headless caller says who finalizes
    payload = json.loads(station.finalize(draft, verdict_for(draft), by=OTHER).payload)
    assert (payload["inspector"], payload["started_by"]) == (OTHER, "badge-0042")
    assert station.earlier_verdict(return_id).inspector == OTHER
