"""Code normalisation: examples from real labels, and properties over any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from inspector_app.domain.codes import (
    GS,
    MAX_CODE_LENGTH,
    MAX_RAW_LENGTH,
    CodeError,
    candidate_codes,
    imei_check_digit_ok,
    normalize_code,
)
from tests.domain.builders import ORDER_IMEI, make_return

KEY = re.compile(r"^[0-9A-Z]{1,64}$")
SEPARATORS = " -_./"
codes = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=40)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("1z 999 aa1 01 2345 6784", "1Z999AA10123456784"),
        ("  RMA-2026-000123\r\n", "RMA2026000123"),
        ("]C1" + "1Z999AA10123456784", "1Z999AA10123456784"),
        ("35-693803-564380-9", "356938035643809"),
        ("42094105" + GS + "9400111899223197428490", "9400111899223197428490"),
    ],
)
def test_labels_as_printed(raw: str, key: str) -> None:
    assert normalize_code(raw) == key


def test_impb_without_separator_yields_both_readings() -> None:
    raw = "420941059400111899223197428490"
    assert candidate_codes(raw) == [raw, "9400111899223197428490"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "empty"),
        (" - . ", "empty"),
        ("ABC\x00DEF", "control character"),
        ("ABC\x7f", "control character"),
        ("x" * (MAX_RAW_LENGTH + 1), "characters long"),
        ("9" * (MAX_CODE_LENGTH + 1), "at most 64"),
        ("ÅBC", "only letters and digits"),
        (12345, "must be text"),
    ],
)
def test_hopeless_input_is_refused_plainly(raw: object, words: str) -> None:
    with pytest.raises(CodeError, match=words):
        normalize_code(raw)  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_clean_key_or_a_code_error(raw: str) -> None:
    try:
        keys = candidate_codes(raw)
    except CodeError as exc:
        assert str(exc)
        return
    assert keys and all(KEY.match(k) for k in keys)
    assert len(set(keys)) == len(keys)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_normalisation_is_idempotent(raw: str) -> None:
    try:
        key = normalize_code(raw)
    except CodeError:
        return
    assert normalize_code(key) == key


@settings(max_examples=200, deadline=None)
@given(code=codes, data=st.data())
def test_separators_and_case_do_not_matter(code: str, data: st.DataObject) -> None:
    assume(not code.startswith(("420", "421")))
    typed = []
    for ch in code:
        typed.append(ch.lower() if data.draw(st.booleans()) else ch)
        typed.append(data.draw(st.sampled_from(["", "", "", *SEPARATORS])))
    padding = data.draw(st.sampled_from(["", " ", "\t", "\r\n"]))
    assert normalize_code(padding + "".join(typed) + padding) == code


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.text(max_size=10),
    bad=st.sampled_from([chr(c) for c in (*range(0, 9), *range(11, 29), 30, 31, 127)]),
    suffix=st.text(max_size=10),
)
def test_control_characters_inside_are_always_refused(prefix: str, bad: str, suffix: str) -> None:
    assume((prefix + bad + suffix).strip() == prefix.lstrip() + bad + suffix.rstrip())
    with pytest.raises(CodeError, match="control character"):
        normalize_code(prefix + "A" + bad + "B" + suffix)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=MAX_RAW_LENGTH + 1, max_size=MAX_RAW_LENGTH + 50))
def test_long_input_is_refused(raw: str) -> None:
    with pytest.raises(CodeError):
        normalize_code(raw)


def test_imei_check_digit() -> None:
    assert imei_check_digit_ok("356938035643809")
    assert not imei_check_digit_ok("356938035643800")
    assert not imei_check_digit_ok("35693803564380")
    assert not imei_check_digit_ok("35693803564380X")


def test_a_label_code_is_one_printed_on_the_parcel_never_the_devices_own() -> None:
    """While the device is checked, the camera still sees the parcel's labels: those codes are
    the parcel's (however they are read), the device's IMEI and serial are not."""
    ret = make_return(tracking_numbers=("1Z999AA10123456784",), extra_codes=("LBL-77",))
    assert ret.is_label_code("1z 999 aa1 01 2345 6784")
    assert ret.is_label_code("rma-1")
    assert ret.is_label_code("LBL 77")
    assert not ret.is_label_code(ORDER_IMEI)
    assert not ret.is_label_code("F2LXK0ABC123")
    assert not ret.is_label_code("")  # no key at all: not the parcel's
    assert set(ret.label_codes()) < set(ret.codes())


@pytest.mark.parametrize(
    ("payload", "keys"),
    [
        (  # ISO/IEC 15434 format 06: data identifiers 1J (licence plate), K (order) dropped
            "[)>\x1e06\x1d1JJJD014600006281230594\x1d2LFR75011\x1d7Q2.50KG"
            "\x1dKRMA-2026-000123\x1d12D2026\x1e\x04",
            ["JJD014600006281230594", "RMA2026000123"],
        ),
        (
            "https://trk.example.net/r?t=1Z999AA10123456784&rma=RMA-2026-000123&zip=75011",
            ["1Z999AA10123456784", "RMA2026000123"],
        ),
        (
            "UPX;1Z999AA10123456784;US;75011;RMA-2026-000123;06/20/2026;6.95;RET",
            ["1Z999AA10123456784", "RMA2026000123"],
        ),
        (
            "TRK:6A34835065722|RMA:RMA-36814174|TO:FR-44661|WT:2.50KG|D:12.03.2026",
            ["6A34835065722", "RMA36814174"],
        ),
    ],
    ids=["iso-15434", "tracking-url", "semicolons", "labelled-fields"],
)
def test_a_2d_codes_payload_gives_each_identifier_it_carries(payload: str, keys: list[str]) -> None:
    """Postcodes, weights, dates and carrier names are too short, or dates, to be taken for
    an identifier that could match a return by accident."""
    assert candidate_codes(payload) == keys


def test_a_payload_without_an_identifier_or_with_a_stray_control_character_is_refused() -> None:
    with pytest.raises(CodeError, match="None of this code's fields"):
        candidate_codes("[)>\x1e06\x1d2LFR75011\x1d7Q2.50KG\x1e\x04")
    with pytest.raises(CodeError, match="control character"):
        candidate_codes("[)>\x1e06\x1d1JJJD0146000062\x07\x1dKRMA-2026-000123\x1e\x04")
    with pytest.raises(CodeError, match="only letters and digits"):
        candidate_codes("FR;75011;2.50")
