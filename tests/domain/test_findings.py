"""Findings: what a verdict tells the customer, with its photos and, for a partial refund,
each deduction and its amount."""

from __future__ import annotations

import hashlib
import textwrap
from decimal import Decimal

import pytest

from inspector_app.domain.checklist import ChecklistRun, TemplateError, load_template
from inspector_app.domain.returns import Grade, Outcome
from inspector_app.domain.verdict import (
    VerdictChoice,
    VerdictError,
    finding_problems,
    proposed_refund,
    settle_deductions,
)
from inspector_app.records.verdict_wire import build_verdict

from .builders import make_return

TEMPLATE = textwrap.dedent(
    """\
    id: shop
    version: 1
    category: smartphone
    title: {en: Phone, fr: Téléphone}
    sections:
      - id: main
        items:
          - id: locked
            kind: yes_no
            label: {en: Locked?, fr: Verrouillé ?}
            photos_min_when:
              - when: {item: locked, equals: true}
                min: 1
          - id: screen
            kind: choice
            label: Screen
            choices: [fine, cracked]
            photos_min_when:
              - when: {item: screen, equals: cracked}
                min: 2
          - id: charger
            kind: yes_no
            label: Charger returned?
          - id: overview
            kind: photo
            label: Overview
    rules:
      - id: locked
        label: Locked
        when: {item: locked, equals: true}
        outcome: refuse_send_back
        disposition: quarantine
        customer: {en: It is locked to your account., fr: Il est verrouillé sur votre compte.}
      - id: cracked
        label: Cracked
        when: {all: [{item: screen, equals: cracked}, {not: {item: locked, equals: true}}]}
        outcome: partial_refund
        deduct: 25%
        customer: {en: The screen is cracked., fr: L'écran est fissuré.}
      - id: no_charger
        label: No charger
        when: {item: charger, equals: false}
        outcome: partial_refund
        deduct: 20
        evidence: [overview]
        customer: {en: The charger is missing., fr: Le chargeur manque.}
      - id: scratched_grade
        label: Cracked grade
        when: {item: screen, equals: cracked}
        grade: fair
        customer: The screen glass is damaged.
      - id: fine
        label: Fine
        outcome: accept_full_refund
    """
)

PRICE = Decimal("400.00")


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


@pytest.fixture
def run() -> ChecklistRun:
    template = load_template(TEMPLATE, "shop.yaml")
    run = ChecklistRun(template, make_return(price=PRICE))
    run.add_photo("overview", sha("overview"))
    return run


def answer(
    run: ChecklistRun, *, locked: bool = False, screen: str = "fine", charger: bool = True
) -> None:
    run.answer("locked", locked)
    run.answer("screen", screen)
    run.answer("charger", charger)
    if locked:
        run.add_photo("locked", sha("lock"))
    if screen == "cracked":
        run.add_photo("screen", sha("crack1"))
        run.add_photo("screen", sha("crack2"))


def test_findings_follow_the_chosen_outcome_with_the_photos_that_show_them(
    run: ChecklistRun,
) -> None:
    answer(run, screen="cracked", charger=False)
    findings = run.findings(Outcome.PARTIAL_REFUND, Grade.FAIR)
    # Both partial-refund rules hold; only the first decided the outcome, both are reasons.
    assert [f.rule for f in findings.outcome] == ["cracked", "no_charger"]
    assert findings.outcome[0].photos == (sha("crack1"), sha("crack2"))
    assert findings.outcome[1].photos == (sha("overview"),), "evidence names the items to show"
    assert findings.outcome[0].text.get("fr") == "L'écran est fissuré."
    assert findings.grade is not None and findings.grade.rule == "scratched_grade"
    assert run.findings(Outcome.REFUSE_SEND_BACK, None).outcome == ()


def test_a_refusal_without_a_finding_is_refused_with_a_clear_error(run: ChecklistRun) -> None:
    answer(run, screen="cracked")
    choice = VerdictChoice(
        Outcome.REFUSE_SEND_BACK, None, "quarantine", override_reason="looks swapped"
    )
    findings = run.findings(choice.outcome, choice.grade)
    problems = finding_problems(findings, choice, PRICE)
    assert len(problems) == 1 and problems[0].startswith("A refusal must tell the customer why")
    with pytest.raises(VerdictError, match="A refusal must tell the customer why"):
        build_verdict(run.propose(), choice, PRICE, findings=findings)
    run.answer("locked", True)
    run.add_photo("locked", sha("lock"))
    findings = run.findings(choice.outcome, choice.grade)
    assert [f.rule for f in findings.outcome] == ["locked"]
    assert build_verdict(run.propose(), choice, PRICE, findings=findings).outcome is choice.outcome


def test_each_deduction_has_its_amount_and_they_add_up_to_what_is_kept_back(
    run: ChecklistRun,
) -> None:
    answer(run, screen="cracked", charger=False)
    findings = run.findings(Outcome.PARTIAL_REFUND, Grade.FAIR)
    assert proposed_refund(findings, PRICE) == Decimal("280.00")  # 400 - 25% - 20
    choice = VerdictChoice(Outcome.PARTIAL_REFUND, Grade.FAIR, "repair", Decimal("280.00"))
    lines, problems = settle_deductions(findings, choice, PRICE)
    assert problems == []
    assert [(d.finding.rule, d.amount) for d in lines] == [
        ("cracked", Decimal("100.00")),
        ("no_charger", Decimal("20")),
    ]
    # The inspector refunds less without saying which deduction grew: refused, with the fix.
    other = VerdictChoice(Outcome.PARTIAL_REFUND, Grade.FAIR, "repair", Decimal("250.00"))
    lines, problems = settle_deductions(findings, other, PRICE)
    assert lines == [] and "refund €280.00 instead" in problems[0]
    # ... and accepted once the deduction they changed is given.
    split = VerdictChoice(
        Outcome.PARTIAL_REFUND,
        Grade.FAIR,
        "repair",
        Decimal("250.00"),
        deductions=(("cracked", Decimal("130.00")),),
    )
    lines, problems = settle_deductions(findings, split, PRICE)
    assert problems == [] and [d.amount for d in lines] == [Decimal("130.00"), Decimal("20")]


def test_a_single_finding_without_an_amount_takes_what_is_kept_back() -> None:
    template = load_template(TEMPLATE.replace("    deduct: 25%\n", ""), "shop.yaml")
    run = ChecklistRun(template, make_return(price=PRICE))
    run.add_photo("overview", sha("overview"))
    answer(run, screen="cracked")
    findings = run.findings(Outcome.PARTIAL_REFUND, None)
    assert proposed_refund(findings, PRICE) is None
    choice = VerdictChoice(Outcome.PARTIAL_REFUND, None, "repair", Decimal("310.00"))
    lines, problems = settle_deductions(findings, choice, PRICE)
    assert problems == [] and [d.amount for d in lines] == [Decimal("90.00")]


def test_a_partial_refund_without_a_deduction_finding_is_refused(run: ChecklistRun) -> None:
    answer(run)
    choice = VerdictChoice(
        Outcome.PARTIAL_REFUND, None, "refurbish", Decimal("300"), override_reason="scuffed"
    )
    problems = finding_problems(run.findings(choice.outcome, None), choice, PRICE)
    assert problems and problems[0].startswith("A partial refund must tell the customer")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("deduct: 25%", "deduct: 120%"),
        ("deduct: 25%", "deduct: lots"),
        ("deduct: 20\n", "deduct: 0\n"),
        ("deduct: 20\n", "deduct: 1.005\n"),
        ("evidence: [overview]", "evidence: [nothing]"),
        ("customer: The screen glass is damaged.", "customer: {fr: Verre abîmé}"),
        ("customer: The screen glass is damaged.", "customer: {en: Damaged, es: Dañado}"),
    ],
)
def test_bad_finding_fields_name_the_line(change: str, message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(TEMPLATE.replace(change, message, 1), "shop.yaml")
    assert caught.value.file == "shop.yaml" and caught.value.line > 1


def test_only_a_partial_refund_rule_deducts() -> None:
    text = TEMPLATE.replace(
        "outcome: refuse_send_back\n", "outcome: refuse_send_back\n    deduct: 10\n", 1
    )
    with pytest.raises(TemplateError, match="only a rule proposing partial_refund deducts"):
        load_template(text, "shop.yaml")


def test_untranslated_texts_and_unexplained_rules_are_listed() -> None:
    template = load_template(TEMPLATE, "shop.yaml")
    assert {u.field for u in template.untranslated} >= {
        "sections[0].title",
        "sections[0].items[1].label",
        "rules[3].customer",
    }
    assert all(u.languages == ("fr",) for u in template.untranslated)
    assert [r.id for r in template.unexplained_rules] == ["fine"]
