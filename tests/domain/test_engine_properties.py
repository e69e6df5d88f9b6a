"""Random inspections on the default templates keep the engine's promises."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.domain.checklist import (
    ChecklistRun,
    ChecklistTemplate,
    Item,
    ItemKind,
    load_template_file,
)
from inspector_app.domain.eligibility import EligibilityPolicy
from inspector_app.domain.returns import ReturnReason

from .builders import CHECKLISTS, ORDER_IMEI, make_return

TEMPLATES = [load_template_file(p) for p in sorted(CHECKLISTS.glob("*.yaml"))]
SHAS = [f"{n:064x}" for n in range(6)]


def values(item: Item) -> st.SearchStrategy[object]:
    """Plausible and implausible answers alike; the engine must refuse the bad ones cleanly."""
    good = {
        ItemKind.YES_NO: st.booleans(),
        ItemKind.CHOICE: st.sampled_from([c.value for c in item.choices] or ["x"]),
        ItemKind.NUMBER: st.integers(-10, 120),
        ItemKind.TEXT: st.text(max_size=20),
        ItemKind.CODE_SCAN: st.sampled_from([ORDER_IMEI, "F2LXK0ABC123", "SWAP1", "a-b", ""]),
        ItemKind.PHOTO: st.none(),
    }[item.kind]
    return st.one_of(good, st.sampled_from([None, "junk", 3.5, True]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(TEMPLATES),
    reason=st.sampled_from(ReturnReason),
    data=st.data(),
)
def test_random_inspections_keep_the_invariants(
    template: ChecklistTemplate, reason: ReturnReason, data: st.DataObject
) -> None:
    ret = make_return(category=template.category, reason=reason)
    run = ChecklistRun(template, ret, EligibilityPolicy().evaluate(ret, ret.requested_at))
    for _ in range(data.draw(st.integers(1, 40))):
        pool = run.visible_items() if data.draw(st.integers(0, 3)) else template.items
        item = data.draw(st.sampled_from(pool))
        action = data.draw(st.sampled_from(["answer", "answer", "clear", "photo", "unphoto"]))
        before = run.to_state()
        try:
            if action == "answer":
                run.answer(item.id, data.draw(values(item)))
            elif action == "clear":
                run.clear(item.id)
            elif action == "photo":
                run.add_photo(item.id, data.draw(st.sampled_from(SHAS)))
            else:
                run.remove_photo(item.id, data.draw(st.sampled_from(SHAS)))
        except ValueError as exc:
            assert str(exc), "refusals say why"
            assert run.to_state() == before, "a refused change changes nothing"

    visible = {i.id for i in run.visible_items()}
    in_force = run.answers_in_force()
    assert set(in_force) <= visible and set(in_force) <= set(run.answers)
    assert all(run.answers[k] == v for k, v in in_force.items())
    assert set(run.photos_in_force()) <= visible
    assert {m.item_id for m in run.missing()} <= visible
    assert run.is_complete == (not run.missing())
    for item in template.items:
        if item.show_if is not None and item.id in visible:
            assert all(ref in visible for ref in _referenced(item))
    proposal = run.propose()
    assert proposal == run.propose(), "proposing is a pure function of the state"
    assert all(rule in template.rules for rule in proposal.fired)
    assert all(f.replace("_", "").isalpha() and f.islower() for f in run.flags())

    state = json.loads(json.dumps(run.to_state()))
    resumed = ChecklistRun.from_state(template, ret, state, run.eligibility)
    assert resumed.to_state() == run.to_state()
    assert resumed.missing() == run.missing()
    assert resumed.propose() == proposal and resumed.flags() == run.flags()


def _referenced(item: Item) -> set[str]:
    """Item ids a show_if names (walks the condition objects)."""
    found: set[str] = set()
    stack = [item.show_if]
    while stack:
        cond = stack.pop()
        if hasattr(cond, "item"):
            found.add(cond.item)
        stack.extend(getattr(cond, "parts", ()))
        if hasattr(cond, "part"):
            stack.append(cond.part)
    return found
