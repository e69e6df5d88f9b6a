"""Each outcome, in each language, for each default checklist: the customer reads the
findings that decided it, with their photos named, each deduction with its amount and the
total, and nothing internal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from domain.builders import CHECKLISTS, make_return, walk

from inspector_app.domain.checklist import ChecklistTemplate, load_template_file
from inspector_app.domain.returns import Outcome, ReturnReason
from inspector_app.domain.texts import format_money
from inspector_app.domain.verdict import VerdictChoice, proposed_refund
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.messages import MessageCatalog
from inspector_app.messages.lint import leaks, size_problems
from inspector_app.station.messages import decision_facts

TODAY = dt.date(2026, 11, 26)
TEMPLATES = {p.stem: load_template_file(p) for p in sorted(CHECKLISTS.glob("*.yaml"))}
INTERNAL = ["bench-01", "badge-0042", "Ines Inspector", "RET-1"]
MISSING_PARTS = {
    "accessories": "none",
    "charger_returned": False,
    "cables_returned": False,
}


def scenario(template: ChecklistTemplate, outcome: Outcome) -> tuple[VerdictChoice, object]:
    """A realistic inspection of this checklist that its rules decide as `outcome`, or, for
    an outcome it never proposes (replace, repair of earbuds), that the inspector decides on a
    warranty claim."""
    reason = ReturnReason.WITHDRAWAL
    answers: dict[str, object] = {}
    if outcome is Outcome.REFUSE_SEND_BACK:
        answers = {"tampering": True}
    elif outcome is Outcome.PARTIAL_REFUND:
        item_ids = {i.id for i in template.items}
        answers = {"powers_on": False} | {k: v for k, v in MISSING_PARTS.items() if k in item_ids}
    elif outcome in (Outcome.REPAIR, Outcome.REPLACE):
        reason = ReturnReason.WARRANTY
        answers = {"powers_on": False}
    ret = make_return(category=template.category, reason=reason, customer_name="Camille")
    run = walk(template, ret, **answers)
    assert run.is_complete, run.missing()
    proposal = run.propose()
    grade = proposal.grade
    refund = None
    if outcome is Outcome.PARTIAL_REFUND:
        refund = proposed_refund(run.findings(outcome, grade), ret.price)
    choice = VerdictChoice(
        outcome,
        grade,
        "quarantine" if outcome is Outcome.REFUSE_SEND_BACK else "repair",
        refund,
        override_reason="" if proposal.outcome is outcome else "the inspector's decision",
    )
    return choice, (run, ret)


@pytest.fixture(scope="module")
def catalog() -> MessageCatalog:
    return MessageCatalog.load()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_each_outcome_states_its_findings(
    catalog: MessageCatalog, name: str, outcome: Outcome, language: str
) -> None:
    template = TEMPLATES[name]
    choice, (run, ret) = scenario(template, outcome)
    if any(rule.outcome is outcome for rule in template.rules):
        assert run.propose().outcome is outcome, "the rules decide this scenario themselves"
    facts = decision_facts(run, ret, choice, TODAY, sendback_tracking="1Z999AA10123456784")
    message = catalog.render(facts, language)
    text = f"{message.subject}\n{message.body}"

    if outcome in (Outcome.REFUSE_SEND_BACK, Outcome.PARTIAL_REFUND):
        assert facts.findings, "a refusal or a partial refund always says why"
    for finding in facts.findings:
        assert finding.text.get(language) in message.body
    names = {a.sha256: f"photo {a.number}" for a in message.attachments}
    for finding in facts.findings:
        for sha in finding.photos:
            assert names[sha] in message.body, "each photo that shows a finding is named"
    assert [a.file_name for a in message.attachments] == [
        f"photo-{n}.jpg" for n in range(1, len(message.attachments) + 1)
    ]
    if outcome is Outcome.PARTIAL_REFUND:
        kept = Decimal(0)
        for _finding, amount in facts.deductions:
            assert format_money(amount, ret.currency, language) in message.body
            kept += amount
        assert kept == ret.price - choice.refund_amount
        assert format_money(kept, ret.currency, language) in message.body, "the total"
        assert format_money(choice.refund_amount, ret.currency, language) in message.subject
    assert leaks(text, INTERNAL) == []
    assert size_problems(message) == []
    assert message.body.startswith("Bonjour Camille" if language == "fr" else "Hello Camille")


def test_a_refusal_for_two_reasons_gives_both(catalog: MessageCatalog) -> None:
    template = TEMPLATES["smartphone"]
    ret = make_return(category=template.category, customer_name="Camille")
    run = walk(template, ret, tampering=True, activation_lock=True)
    choice = VerdictChoice(Outcome.REFUSE_SEND_BACK, None, "quarantine")
    facts = decision_facts(run, ret, choice, TODAY)
    assert [f.rule for f in facts.findings] == ["tampered", "activation_locked"]
    message = catalog.render(facts, "fr")
    assert "les points suivants" in message.body
    assert message.body.count("\n- ") == 2
    assert [a.file_name for a in message.attachments] == [
        "photo-1.jpg",
        "photo-2.jpg",
        "photo-3.jpg",
    ]  # two of the opened case, one of the lock screen
