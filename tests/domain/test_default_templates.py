"""Walk every default template the way an inspector would, and check what the rules propose."""

from __future__ import annotations

import pytest

from inspector_app.domain.checklist import (
    ChecklistTemplate,
    load_template_file,
)
from inspector_app.domain.returns import Return, ReturnReason

from .builders import CHECKLISTS, make_return, walk

TEMPLATES = {p.stem: load_template_file(p) for p in sorted(CHECKLISTS.glob("*.yaml"))}


@pytest.fixture(params=sorted(TEMPLATES))
def template(request: pytest.FixtureRequest) -> ChecklistTemplate:
    return TEMPLATES[request.param]


def return_for(template: ChecklistTemplate, **changes: object) -> Return:
    return make_return(category=template.category, **changes)


def test_a_perfect_device_is_accepted_and_restocked(template: ChecklistTemplate) -> None:
    run = walk(template, return_for(template))
    assert run.is_complete, run.missing()
    proposal = run.propose()
    assert proposal.outcome == "accept_full_refund"
    assert proposal.disposition == "restock"
    assert proposal.grade in ("premium", "excellent")
    assert run.flags() == []


def test_a_swapped_device_is_refused_and_quarantined(template: ChecklistTemplate) -> None:
    identity = template.sections[0].items[0]
    swapped = "490154203237518" if identity.compare_to == "imei" else "SWAPPED0000001"
    run = walk(template, return_for(template), **{identity.id: swapped})
    assert (run.propose().outcome, run.propose().disposition) == ("refuse_send_back", "quarantine")
    assert f"{identity.compare_to}_mismatch" in run.flags()
    evidence = template.sections[0].items[1]
    assert run.is_visible(evidence.id) and run.photos_required(evidence.id) >= 2


def test_a_claimed_defect_that_tests_fine_is_flagged(template: ChecklistTemplate) -> None:
    run = walk(template, return_for(template, reason=ReturnReason.FAULTY_ON_OPENING))
    assert run.propose().outcome == "refuse_send_back"
    assert "no_fault_found" in run.flags()


def fault(template: ChecklistTemplate) -> dict[str, object]:
    """One failed function test of this kind of device."""
    return {"video_ok": False} if template.id == "game_console" else {"charges": False}


def test_a_confirmed_defect_is_refunded_or_repaired(template: ChecklistTemplate) -> None:
    run = walk(template, return_for(template, reason=ReturnReason.WARRANTY), **fault(template))
    assert run.propose().outcome in ("repair", "replace")
    assert "no_fault_found" not in run.flags()
    early = walk(
        template, return_for(template, reason=ReturnReason.FAULTY_ON_OPENING), **fault(template)
    )
    assert early.propose().outcome == "accept_full_refund"


def test_a_dead_device_hides_its_function_tests(template: ChecklistTemplate) -> None:
    run = walk(template, return_for(template), powers_on=False)
    assert not any(run.is_visible(item_id) for item_id in fault(template))
    assert run.is_complete, run.missing()
    assert run.propose().outcome == "partial_refund"
    assert "customer_damage" in run.flags()


def test_smartphone_cracked_screen_needs_two_photos_and_grades_fair() -> None:
    template = TEMPLATES["smartphone"]
    run = walk(template, return_for(template), screen_condition="cracked")
    assert run.photos_required("screen_condition") == 2
    proposal = run.propose()
    assert (proposal.outcome, proposal.grade, proposal.disposition) == (
        "partial_refund",
        "fair",
        "repair",
    )


def test_smartphone_activation_lock_refuses() -> None:
    template = TEMPLATES["smartphone"]
    run = walk(template, return_for(template), activation_lock=True)
    assert run.propose().outcome == "refuse_send_back"
    assert run.flags() == ["activation_locked"]
    assert not run.is_visible("data_wiped")


def test_tablet_hidden_imei_scan_raises_no_flag() -> None:
    template = TEMPLATES["tablet"]
    run = walk(template, return_for(template), cellular=True, imei="356938035643817")
    assert run.flags() == ["imei_mismatch"]
    assert run.propose().rules[0] == "imei_mismatch"
    run.answer("cellular", False)
    assert "imei" in run.answers and "imei" not in run.answers_in_force()
    assert run.flags() == []
    assert run.propose().outcome == "accept_full_refund"


def test_cellular_watch_checks_its_imei_too() -> None:
    template = TEMPLATES["smartwatch"]
    run = walk(template, return_for(template), cellular=True, imei="356938035643817")
    assert run.flags() == ["imei_mismatch"]
    assert (run.propose().outcome, run.propose().disposition) == ("refuse_send_back", "quarantine")
