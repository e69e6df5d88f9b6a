"""The complete example in docs/checklists.md loads and behaves as the page says."""

from __future__ import annotations

import re

from inspector_app.domain import eligibility
from inspector_app.domain.checklist import ChecklistRun, ItemKind, load_template
from inspector_app.domain.checklist.template import ORDER_FIELDS

from .builders import ORDER_IMEI, REPO, make_return

DOC = REPO / "docs" / "checklists.md"
SHA = "c" * 64


def example_text() -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(
        r"<!-- example:start -->\n```yaml\n(.*?)```\n<!-- example:end -->", text, re.S
    )
    assert found, "the example markers are missing from docs/checklists.md"
    return found.group(1)


def test_example_behaves_as_documented() -> None:
    template = load_template(example_text(), "docs/checklists.md")
    run = ChecklistRun(template, make_return())
    run.answer("imei", ORDER_IMEI)
    assert not run.is_visible("imei_evidence")
    run.answer("powers_on", True)
    run.answer("activation_lock", False)
    run.answer("screen", "flawless")
    run.answer("battery_health", 93)
    run.answer("charger", True)
    run.add_photo("overview", SHA)
    run.add_photo("overview", "d" * 64)
    assert run.is_complete
    proposal = run.propose()
    assert (proposal.outcome, proposal.grade, proposal.disposition) == (
        "accept_full_refund",
        "excellent",
        "refurbish",
    )
    assert proposal.rules == ("top_grade", "default")

    run.answer("battery_health", 75)
    assert run.propose().rules == ("worn_battery", "default")

    run.answer("screen", "cracked")
    assert run.photos_required("screen") == 2

    run.answer("powers_on", False)
    assert not run.is_visible("battery_health") and not run.is_visible("activation_lock")
    proposal = run.propose()
    assert (proposal.outcome, proposal.grade, proposal.disposition) == (
        "partial_refund",
        "fair",
        "repair",
    )

    run.answer("imei", "356938035643817")
    assert run.is_visible("imei_evidence") and run.photos_required("imei_evidence") == 2
    assert run.flags() == ["imei_mismatch"]
    assert (run.propose().outcome, run.propose().disposition) == ("refuse_send_back", "quarantine")


def test_reference_lists_every_eligibility_rule_and_kind() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in (*eligibility.RULES, *(k.value for k in ItemKind), *ORDER_FIELDS):
        assert f"`{name}`" in text, name
