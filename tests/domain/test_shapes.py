"""What a code-scan item accepts: an IMEI is an IMEI, a serial a serial, a pattern is obeyed."""

from __future__ import annotations

import textwrap

import pytest

from inspector_app.domain.checklist import AnswerError, ChecklistRun, load_template
from inspector_app.domain.checklist.shapes import shape_problem
from inspector_app.domain.codes import luhn_digit

from .builders import ORDER_IMEI, make_return

TEMPLATE = load_template(
    textwrap.dedent(
        """\
        id: shapes
        version: 1
        category: tablet
        title: Shapes
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
              - id: board
                kind: code_scan
                label: Board number
                pattern: 'BRD[0-9]{6}'
              - id: anything
                kind: code_scan
                label: Sticker
        """
    ),
    "shapes.yaml",
)


@pytest.mark.parametrize(
    ("code", "fits"),
    [
        (ORDER_IMEI, True),
        ("490154203237518", True),
        ("111111111111111", False),  # 15 digits, wrong check digit
        (ORDER_IMEI[:-1] + str((int(ORDER_IMEI[-1]) + 1) % 10), False),
        (ORDER_IMEI[:14], False),  # no check digit
        (ORDER_IMEI[:14] + "27", False),  # an IMEISV is not the IMEI
        ("1Z999AA10123456784", False),  # the parcel's UPS tracking number
        ("RR123456785FR", False),
    ],
)
def test_an_imei_is_15_digits_with_its_luhn_digit(code: str, fits: bool) -> None:
    assert (shape_problem("imei", "", code) is None) is fits


def test_every_valid_body_gets_its_check_digit_accepted_and_others_refused() -> None:
    body = "35693803564380"
    good = body + luhn_digit(body)
    assert shape_problem("imei", "", good) is None
    wrong = [body + d for d in "0123456789" if d != good[-1]]
    assert all("check digit" in (shape_problem("imei", "", w) or "") for w in wrong)


def test_serials_and_patterns() -> None:
    assert shape_problem("serial", "", "F2LXK0ABC123") is None
    assert shape_problem("serial", "", "DFGHJKL") is None  # a Dell service tag, all letters
    assert shape_problem("serial", "", "AB12") is not None  # too short
    assert shape_problem("serial", "", "A" * 31) is not None
    assert shape_problem("", "BRD[0-9]{6}", "BRD123456") is None
    assert shape_problem("", "BRD[0-9]{6}", "BRD1234567") is not None  # the whole code
    assert shape_problem("serial", "BRD[0-9]{6}", "F2LXK0ABC123") is not None  # pattern wins
    assert shape_problem("", "", "ANYTHING1") is None


def test_the_run_refuses_a_code_of_the_wrong_shape_and_keeps_the_answer_it_had() -> None:
    run = ChecklistRun(TEMPLATE, make_return())
    run.answer("imei", ORDER_IMEI)
    with pytest.raises(AnswerError, match="“IMEI”: 111111111111111 is not an IMEI"):
        run.answer("imei", "111111111111111")
    with pytest.raises(AnswerError, match="“Board number”: BRD12 is not in the form"):
        run.answer("board", "brd-12")
    run.answer("board", "brd 123456")  # normalised before the shape is checked
    run.answer("anything", "1Z999AA10123456784")
    assert run.answers == {
        "imei": ORDER_IMEI,
        "board": "BRD123456",
        "anything": "1Z999AA10123456784",
    }


def test_a_draft_saved_before_the_rule_still_resumes_and_is_flagged() -> None:
    ret = make_return()
    state = ChecklistRun(TEMPLATE, ret).to_state()
    state["answers"] = {"imei": ORDER_IMEI[:-1] + "0"}
    resumed = ChecklistRun.from_state(TEMPLATE, ret, state)
    assert resumed.flags() == ["imei_mismatch", "imei_invalid"]
