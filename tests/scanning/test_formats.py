"""Format names, GTIN comparison and checksum flags."""

from __future__ import annotations

import pytest

from inspector_app.scanning.formats import checksum_protected, expand_upce, gtin13
from inspector_app.scanning.scoring import is_match


@pytest.mark.parametrize(
    ("upce", "upca"),
    [
        ("01234565", "012345000065"),  # last digit 5: manufacturer 5 digits
        ("04252614", "042100005264"),  # last digit 2
        ("01234133", "012300000413"),  # last digit 3
        ("01234143", "012340000013"),  # last digit 4 (check digit carried over)
        ("123456", "012345000065"),  # 6-digit body: number system 0, check computed
    ],
)
def test_upce_expansion(upce, upca):
    assert expand_upce(upce)[:11] == upca[:11]
    if len(upce) == 6:
        assert expand_upce(upce) == upca


def test_retail_codes_compare_as_gtin13():
    assert gtin13("upca", "036602301467") == "0036602301467"
    assert gtin13("upce", "01234565") == "0012345000065"
    assert gtin13("ean8", "96385074") == "96385074"
    assert gtin13("code128", "036602301467") == "036602301467"
    assert is_match("upca", "0036602301467", "ean13", "0036602301467")
    assert is_match("ean13", "0012345000065", "upce", "01234565")
    assert not is_match("ean13", "0012345000065", "upce", "01234575")
    assert not is_match("code128", "ABC", "code128", "ABD")


@pytest.mark.parametrize(
    ("fmt", "sid", "protected"),
    [
        ("code128", "]C0", True),
        ("qrcode", "]Q1", True),
        ("ean13", "]E0", True),
        ("code39", "]A0", False),
        ("code39", "]A1", True),
        ("code39", "]A3", True),
        ("itf", "]I0", False),
        ("itf", "]I1", True),
        ("itf", "", False),
    ],
)
def test_checksum_protection(fmt, sid, protected):
    assert checksum_protected(fmt, sid) is protected
