"""The messages a bench fires to customers, from the domain facts to the stored record.

Kept apart from bench.py, like payload.py: one small place maps a step (the parcel
received, the decision, the item sent back) to the template's facts and to the wire record
the server receives. The verdict screen's preview and finalize call the same
`decision_message`, so the inspector sees exactly what the customer will receive.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod

from inspector_app.domain.checklist import ChecklistRun
from inspector_app.domain.returns import Return
from inspector_app.domain.texts import Phrase
from inspector_app.domain.verdict import (
    VerdictChoice,
    VerdictError,
    finding_problems,
    settle_deductions,
)
from inspector_app.messages import MessageCatalog, MessageFacts, MessageKind, RenderedMessage
from inspector_app.messages.lint import leaks
from inspector_app.storage.customer_messages import NewMessage
from inspector_app.wire import (
    CustomerMessageRecord,
    MessageAttachment,
    MessageFinding,
    MessageStep,
    message_id,
)

_CONTEXT = "Messages"
MAX_NOTE_CHARS = 200
"""The inspector's sentence: one sentence, as a customer service would add it."""


def note_problems(note: str, internal: list[str]) -> list[str]:
    """Why the inspector's sentence cannot go to the customer (empty: it can)."""
    problems: list[str] = []
    if "\n" in note.strip():
        problems.append(Phrase(_CONTEXT, "Write one sentence for the customer, on one line."))
    if len(note.strip()) > MAX_NOTE_CHARS:
        problems.append(
            Phrase(
                _CONTEXT,
                "The sentence for the customer is longer than {limit} characters.",
                limit=MAX_NOTE_CHARS,
            )
        )
    found = leaks(note, internal)
    if found:
        problems.append(
            Phrase(
                _CONTEXT,
                "The sentence for the customer names something internal ({words}); "
                "write it as you would to the customer.",
                words=", ".join(found),
            )
        )
    return problems


def decision_facts(
    run: ChecklistRun,
    ret: Return,
    choice: VerdictChoice,
    day: dt.date,
    *,
    note: str = "",
    sendback_tracking: str | None = None,
) -> MessageFacts:
    """The facts of a decision message; VerdictError when the customer could not be told
    why (a refusal without a finding, deductions that do not add up)."""
    findings = run.findings(choice.outcome, choice.grade)
    problems = finding_problems(findings, choice, ret.price, ret.currency)
    if problems:
        raise VerdictError(problems)
    deductions, _ = settle_deductions(findings, choice, ret.price, ret.currency)
    return MessageFacts(
        ret=ret,
        kind=MessageKind.for_step(MessageStep.DECISION, choice.outcome),
        day=day,
        grade=choice.grade,
        refund_amount=choice.refund_amount,
        findings=findings.outcome,
        grade_finding=findings.grade,
        deductions=tuple((d.finding, d.amount) for d in deductions),
        note=note.strip(),
        sendback_tracking=sendback_tracking or "",
    )


def record_of(
    facts: MessageFacts,
    message: RenderedMessage,
    *,
    trigger: str,
    fired_at: dt.datetime,
    inspection: str | None = None,
) -> CustomerMessageRecord:
    """The wire record of a rendered message, with its stable id and the findings that decided
    its outcome (the reasons the connector may report to the marketplace)."""
    step = facts.kind.step
    amounts = {finding.rule: amount for finding, amount in facts.deductions}
    return CustomerMessageRecord(
        id=message_id(step, facts.ret.id, inspection),
        step=step,
        trigger=trigger,
        return_id=facts.ret.id,
        inspection=uuid_mod.UUID(inspection) if inspection else None,
        fired_at=fired_at,
        language=message.language,
        subject=message.subject,
        body=message.body,
        attachments=[
            MessageAttachment(sha256=a.sha256, name=a.file_name) for a in message.attachments
        ],
        findings=[
            MessageFinding(
                rule=f.rule,
                text=f.text.get(message.language),
                photos=list(f.photos),
                amount=amounts.get(f.rule),
            )
            for f in facts.findings
        ],
        note=facts.note,
    )


def to_store(record: CustomerMessageRecord) -> NewMessage:
    """The row that keeps `record` frozen on the bench."""
    return NewMessage(
        id=str(record.id),
        return_id=record.return_id,
        inspection_uuid=str(record.inspection) if record.inspection else None,
        step=record.step.value,
        record=record.model_dump_json().encode(),
    )


def fire(
    catalog: MessageCatalog,
    facts: MessageFacts,
    *,
    trigger: str,
    fired_at: dt.datetime,
    language: str | None = None,
    inspection: str | None = None,
) -> CustomerMessageRecord:
    """Render `facts` (in `language`, default the customer's) into its record."""
    message = catalog.render(facts, language)
    return record_of(facts, message, trigger=trigger, fired_at=fired_at, inspection=inspection)
