"""Labels and messages around a real finalize: the message and send-back tracking travel in
the frozen payload, and a printer that is off changes nothing about the inspection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from station.support import TODAY, fill_checklist

from inspector_app.domain.demo import demo_batch
from inspector_app.domain.returns import Outcome
from inspector_app.domain.sendback import validate_sendback_tracking
from inspector_app.domain.verdict import VerdictChoice
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    PrinterError,
    PrinterTarget,
    ZplOutput,
    layout_label,
    print_intake_label,
    to_zpl,
)
from inspector_app.station import Station
from inspector_app.wire import InspectionPayload

RETURNS = demo_batch(5, TODAY, seed=3).returns


@pytest.fixture
def station(data_dir: Path) -> Iterator[Station]:
    st = Station.open(data_dir)
    st.returns.upsert(RETURNS)
    yield st
    st.close()


def test_refused_return_carries_message_and_tracking_and_survives_a_dead_printer(
    station: Station, closed_port: int, tcp_printer
) -> None:
    ret = RETURNS[0]
    draft = station.start_inspection(ret.id, inspector="badge-0042")
    fill_checklist(draft)
    draft.answer("tampering", True)  # the finding the refusal tells the customer
    fill_checklist(draft)
    verdict = VerdictChoice(
        outcome=Outcome.REFUSE_SEND_BACK,
        grade="fair",
        disposition="quarantine",
        override_reason="opened",
    )
    tracking = validate_sendback_tracking("1z 999 aa1 01 2345 6784", verdict.outcome, ret)
    message = station.preview_message(draft, verdict, sendback_tracking=tracking)
    result = station.finalize(draft, verdict, sendback_tracking=tracking)

    payload = InspectionPayload.model_validate_json(result.payload)
    assert payload.sendback_tracking == "1Z999AA10123456784"
    assert payload.customer_message == message.wire()
    assert tracking in payload.customer_message.body

    content = LabelContent.for_inspection(payload, ret)
    off = ZplOutput(PrinterTarget.parse(f"zpl:127.0.0.1:{closed_port}"))
    with pytest.raises(PrinterError, match="refused the connection"):
        print_intake_label(content, LabelSize.SMALL, off)
    record = station.inspection(str(payload.uuid))
    assert record.state == "final"
    assert record.payload == result.payload
    assert station.pending().pending == 1

    on = ZplOutput(PrinterTarget.parse(f"zpl:127.0.0.1:{tcp_printer.port}"))
    print_intake_label(content, LabelSize.SMALL, on)
    assert tcp_printer.wait_job() == to_zpl(layout_label(content, LabelSize.SMALL, 203))
    assert content.rma == ret.rma
    assert content.inspection_id == payload.uuid
