"""The checklist run: visibility, validation, completeness, proposals, flags, drafts."""

from __future__ import annotations

import json
import textwrap

import pytest

from inspector_app.domain.checklist import ChecklistRun, load_template
from inspector_app.domain.checklist.engine import MAX_PHOTOS
from inspector_app.domain.eligibility import Eligibility
from inspector_app.domain.returns import Return, ReturnReason

from .builders import ORDER_IMEI, make_return

TEMPLATE = load_template(
    textwrap.dedent(
        """\
        id: bench
        version: 2
        category: smartphone
        title: Bench test
        sections:
          - id: identity
            items:
              - id: imei
                kind: code_scan
                label: IMEI
                compare_to: imei
              - id: serial
                kind: code_scan
                label: Serial
                compare_to: serial
                required: false
          - id: screen
            items:
              - id: cracked
                kind: yes_no
                label: Screen cracked?
                photos_min_when:
                  - {when: {item: cracked, equals: true}, min: 2}
              - id: crack_size
                kind: choice
                label: Crack size
                choices: [hairline, spider]
                show_if: {item: cracked, equals: true}
              - id: spider_detail
                kind: photo
                label: Close-up of the spider crack
                show_if: {item: crack_size, equals: spider}
              - id: battery
                kind: number
                label: Battery health
                min: 0
                max: 100
                unit: "%"
              - id: notes
                kind: text
                label: Notes
                required: false
              - id: overview
                kind: photo
                label: Overview
                photos_min: 1
                required: false
        rules:
          - id: swap
            label: IMEI differs
            when: {item: imei, matches_order: false}
            outcome: refuse_send_back
            disposition: quarantine
          - id: defect_claim
            label: Defect claim
            when: {return: reason, in: [warranty]}
            outcome: repair
            flag: warranty_claim
          - id: ineligible
            label: Not eligible
            when: {return: eligible, equals: false}
            outcome: refuse_send_back
          - id: spider
            label: Spider crack
            when: {item: crack_size, equals: spider}
            grade: fair
            disposition: repair
          - id: worn_battery
            label: Worn battery
            when: {item: battery, below: 80}
            disposition: refurbish
          - id: default
            label: Accept
            outcome: accept_full_refund
            grade: very_good
            disposition: restock
        """
    ),
    "bench.yaml",
)

SHA_A = "a" * 64
SHA_B = "b" * 64


@pytest.fixture
def run(ret: Return) -> ChecklistRun:
    return ChecklistRun(TEMPLATE, ret)


def answer_all(run: ChecklistRun) -> None:
    run.answer("imei", ORDER_IMEI)
    run.answer("cracked", False)
    run.answer("battery", 91)
    run.add_photo("overview", SHA_A)


def test_show_if_follows_earlier_answers(run: ChecklistRun) -> None:
    assert not run.is_visible("crack_size")
    run.answer("cracked", True)
    assert run.is_visible("crack_size") and not run.is_visible("spider_detail")
    run.answer("crack_size", "spider")
    assert run.is_visible("spider_detail")
    run.answer("cracked", False)
    assert not run.is_visible("crack_size")
    assert not run.is_visible("spider_detail"), "a hidden answer must not show further items"


def test_hidden_answers_are_kept_but_ignored(run: ChecklistRun) -> None:
    run.answer("cracked", True)
    run.answer("crack_size", "spider")
    assert run.propose().grade == "fair"
    run.answer("cracked", False)
    assert run.answers["crack_size"] == "spider"
    assert "crack_size" not in run.answers_in_force()
    assert run.propose().grade == "very_good"
    run.answer("cracked", True)
    assert run.answers_in_force()["crack_size"] == "spider", "flipping back restores it"


def test_hidden_item_cannot_be_answered(run: ChecklistRun) -> None:
    with pytest.raises(ValueError, match="does not apply"):
        run.answer("crack_size", "spider")
    with pytest.raises(ValueError, match="does not apply"):
        run.add_photo("spider_detail", SHA_A)


@pytest.mark.parametrize(
    ("item", "value", "words"),
    [
        ("cracked", "yes", "answer yes or no"),
        ("cracked", 1, "answer yes or no"),
        ("battery", 101, "101% is not between 0% and 100%"),
        ("battery", -3, "is not between"),
        ("battery", "lots", "enter a number"),
        ("battery", float("nan"), "enter a number"),
        ("battery", True, "enter a number"),
        ("notes", "  ", "needs an answer"),
        ("notes", "bad\x07bell", "control character"),
        ("notes", "x" * 2001, "at most 2000 characters"),
        ("imei", "35\x00", "control character"),
        ("imei", "", "empty"),
        ("overview", "x", "takes photos"),
        ("nonexistent", 1, "no item 'nonexistent'"),
    ],
)
def test_bad_values_are_refused_plainly_and_change_nothing(
    run: ChecklistRun, item: str, value: object, words: str
) -> None:
    run.answer("battery", 50)
    run.answer("notes", "kept")
    run.answer("imei", ORDER_IMEI)
    before = run.answers
    with pytest.raises(ValueError, match=words):
        run.answer(item, value)
    assert run.answers == before


def test_values_are_normalised(run: ChecklistRun) -> None:
    run.answer("battery", "87,5")
    run.answer("notes", "  scuff on the left  ")
    run.answer("imei", " 35-693803-564380-9 ")
    assert run.answers == {"battery": 87.5, "notes": "scuff on the left", "imei": ORDER_IMEI}
    run.answer("crack_size" if run.is_visible("crack_size") else "battery", "90")
    assert run.answers["battery"] == 90 and isinstance(run.answers["battery"], int)


def test_choice_refusal_lists_the_labels(run: ChecklistRun) -> None:
    run.answer("cracked", True)
    with pytest.raises(ValueError, match="pick one of: Hairline, Spider"):
        run.answer("crack_size", "medium")


def test_missing_lists_required_answers_and_photos(run: ChecklistRun) -> None:
    assert [m.item_id for m in run.missing()] == ["imei", "cracked", "battery", "overview"]
    answer_all(run)
    assert run.is_complete
    run.answer("cracked", True)
    assert [(m.item_id, m.message) for m in run.missing()] == [
        ("cracked", "Screen cracked?: 0 of 2 photos taken"),
        ("crack_size", "Not answered: Crack size"),
    ]
    run.add_photo("cracked", SHA_A)
    run.add_photo("cracked", SHA_A)
    assert run.photos_required("cracked") == 2 and run.photos["cracked"] == [SHA_A]
    run.add_photo("cracked", SHA_B)
    run.answer("crack_size", "spider")
    assert [m.item_id for m in run.missing()] == ["spider_detail"]
    assert run.photos_required("spider_detail") == 1, "a required photo item needs one photo"
    run.answer("crack_size", "hairline")
    assert run.is_complete
    run.clear("battery")
    assert [m.item_id for m in run.missing()] == ["battery"]


def test_photos_of_hidden_items_are_not_in_force(run: ChecklistRun) -> None:
    run.answer("cracked", True)
    run.answer("crack_size", "spider")
    run.add_photo("spider_detail", SHA_A)
    run.answer("crack_size", "hairline")
    assert run.photos == {"spider_detail": [SHA_A]}
    assert run.photos_in_force() == {}
    assert run.photos_required("spider_detail") == 0


def test_remove_photo_is_harmless_when_repeated(run: ChecklistRun) -> None:
    run.add_photo("overview", SHA_A)
    assert run.remove_photo("overview", SHA_A) is True
    assert run.remove_photo("overview", SHA_A) is False
    assert run.photos == {}


def test_photo_references_are_checked(run: ChecklistRun) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        run.add_photo("overview", "A" * 64)
    for n in range(MAX_PHOTOS):
        run.add_photo("overview", f"{n:064x}")
    with pytest.raises(ValueError, match="at most 100 photos"):
        run.add_photo("overview", SHA_A)


def test_proposal_takes_each_field_from_the_first_rule_that_sets_it(run: ChecklistRun) -> None:
    answer_all(run)
    proposal = run.propose()
    assert (proposal.outcome, proposal.grade, proposal.disposition) == (
        "accept_full_refund",
        "very_good",
        "restock",
    )
    assert proposal.rules == ("default",)
    run.answer("battery", 70)
    assert run.propose().disposition == "refurbish"
    assert run.propose().rules == ("worn_battery", "default")
    run.answer("imei", "356938035643817")
    proposal = run.propose()
    assert (proposal.outcome, proposal.grade, proposal.disposition) == (
        "refuse_send_back",
        "very_good",
        "quarantine",
    )
    assert proposal.rules == ("swap", "default")


def test_rules_see_the_return_and_its_eligibility() -> None:
    warranty = make_return(reason=ReturnReason.WARRANTY)
    run = ChecklistRun(TEMPLATE, warranty)
    assert run.propose().outcome == "repair"
    assert run.flags() == ["warranty_claim"]
    closed = Eligibility(False, "window_closed", "Too late.", None)
    late = ChecklistRun(TEMPLATE, make_return(), closed)
    assert late.propose().outcome == "refuse_send_back"
    assert late.propose().rules[0] == "ineligible"
    unknown = ChecklistRun(TEMPLATE, make_return())
    assert unknown.propose().outcome == "accept_full_refund", "no eligibility: rule stays off"


def test_code_scan_flags(run: ChecklistRun) -> None:
    assert run.flags() == []
    run.answer("imei", ORDER_IMEI)
    assert run.flags() == []
    run.answer("imei", "490154203237518")  # a valid IMEI, another device's
    assert run.flags() == ["imei_mismatch"]
    run.answer("serial", "f2lx-k0abc123")
    assert "serial_mismatch" not in run.flags()
    run.answer("serial", "F2LXK0ABC999")
    assert "serial_mismatch" in run.flags()


def test_unverifiable_code_is_flagged() -> None:
    run = ChecklistRun(TEMPLATE, make_return(imei=""))
    run.answer("imei", ORDER_IMEI)
    assert run.flags() == ["imei_unverified"]
    assert run.propose().outcome == "accept_full_refund"


def test_draft_round_trips_through_json(run: ChecklistRun, ret: Return) -> None:
    answer_all(run)
    run.answer("cracked", True)
    run.answer("crack_size", "spider")
    run.add_photo("spider_detail", SHA_B)
    run.answer("cracked", False)
    state = json.loads(json.dumps(run.to_state()))
    resumed = ChecklistRun.from_state(TEMPLATE, ret, state)
    assert resumed.answers == run.answers
    assert resumed.photos == run.photos
    assert resumed.missing() == run.missing() and resumed.propose() == run.propose()
    assert resumed.to_state() == run.to_state()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda s: s["template"].update(version=1), "bench v1, not bench v2"),
        (lambda s: s["answers"].update(battery=400), "not between"),
        (lambda s: s["answers"].update(gone=1), "no item 'gone'"),
        (lambda s: s["photos"].update(overview=["../../etc/passwd"]), "malformed photo"),
    ],
)
def test_damaged_draft_is_refused(run: ChecklistRun, ret: Return, change, words: str) -> None:
    answer_all(run)
    state = run.to_state()
    change(state)
    with pytest.raises(ValueError, match=words):
        ChecklistRun.from_state(TEMPLATE, ret, state)
