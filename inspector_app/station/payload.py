"""Turning a completed checklist run and the inspector's verdict into the frozen wire payload.

Kept apart from bench.py so the mapping from domain objects to the wire contract is in
one small place. The payload's bytes are made once, at finalize, and never rebuilt: every
resend is byte-identical, which is how the server tells a replay from a conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Mapping
from dataclasses import dataclass

from inspector_app.domain.checklist import ChecklistRun
from inspector_app.domain.verdict import VerdictChoice
from inspector_app.records.verdict_wire import build_verdict
from inspector_app.storage.inspections import InspectionRecord
from inspector_app.wire import (
    Answer,
    CustomerMessage,
    InspectionPayload,
    PhotoRef,
    TemplateRef,
)


@dataclass(frozen=True, slots=True)
class FinalizeResult:
    """A finalized inspection: its UUID, the exact bytes that will be sent, its flags."""

    uuid: str
    payload: bytes
    flags: tuple[str, ...]
    finalized_at: dt.datetime


def build_payload(
    *,
    run: ChecklistRun,
    photo_sizes: Mapping[str, int],
    record: InspectionRecord,
    station: str,
    verdict: VerdictChoice,
    finalized_at: dt.datetime,
    finalized_by: str,
    customer_message: CustomerMessage | None = None,
    sendback_tracking: str | None = None,
) -> InspectionPayload:
    """The wire payload of a complete run; VerdictError lists what is wrong with `verdict`.

    `photo_sizes` maps each attached photo's SHA-256 to its size in bytes (the store knows it).
    `finalized_by` is the inspector of the payload; who started the draft, if someone else,
    is its `started_by`.
    """
    ret = run.ret
    photos = [
        PhotoRef(item=item, sha256=sha, size=photo_sizes[sha])
        for item, shas in run.photos_in_force().items()
        for sha in shas
    ]
    return InspectionPayload(
        uuid=uuid_mod.UUID(record.uuid),
        return_id=record.return_id,
        station=station,
        inspector=finalized_by,
        started_by=record.inspector if record.inspector != finalized_by else None,
        template=TemplateRef(id=record.template_id, version=record.template_version),
        started_at=record.started_at,
        finalized_at=finalized_at,
        answers=[Answer(item=k, value=v) for k, v in run.answers_in_force().items()],
        photos=photos,
        flags=run.flags(),
        verdict=build_verdict(
            run.propose(),
            verdict,
            ret.price,
            ret.currency,
            findings=run.findings(verdict.outcome, verdict.grade),
        ),
        supersedes=uuid_mod.UUID(record.supersedes) if record.supersedes else None,
        customer_message=customer_message,
        sendback_tracking=sendback_tracking,
    )
