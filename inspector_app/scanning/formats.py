"""Our barcode format names, their zxing-cpp counterparts, and what protects each against misreads.

Settings, the wire and the GUI speak in the short lowercase names of settings.DEFAULT_FORMATS;
zxing-cpp speaks in BarcodeFormat values and human names ("Code 128"). Keeping the mapping in one
place means a new format is one line here.

A misread is worse than no read (the inspector would open the wrong return), so every result
carries whether its symbology verified a check digit or error-correction code. Code 39 and ITF
only have an optional check character: zxing-cpp reports in the AIM symbology identifier
modifier whether it verified one.
"""

from __future__ import annotations

from collections.abc import Iterable

import zxingcpp

from inspector_app.errors import UserError
from inspector_app.settings import DEFAULT_FORMATS

_ZX = zxingcpp.BarcodeFormat
TO_ZXING: dict[str, zxingcpp.BarcodeFormat] = {
    "code128": _ZX.Code128,
    "code39": _ZX.Code39,
    "ean13": _ZX.EAN13,
    "ean8": _ZX.EAN8,
    "upca": _ZX.UPCA,
    "upce": _ZX.UPCE,
    "itf": _ZX.ITF,
    "qrcode": _ZX.QRCode,
    "datamatrix": _ZX.DataMatrix,
    "pdf417": _ZX.PDF417,
}

# zxing-cpp's human format names (str(barcode.format)) and symbology names to ours. Families
# (Code 39 extended, ITF-14, QR Model 2...) fold into the name the user configured.
_FROM_ZXING_NAME = {
    "Code 128": "code128",
    "EAN-13": "ean13",
    "EAN-8": "ean8",
    "UPC-A": "upca",
    "UPC-E": "upce",
    "Data Matrix": "datamatrix",
    "PDF417": "pdf417",
}
_FROM_ZXING_SYMBOLOGY = {
    "Code 39": "code39",
    "ITF": "itf",
    "QR Code": "qrcode",
    "Data Matrix": "datamatrix",
    "PDF417": "pdf417",
    "Code 128": "code128",
}

ALWAYS_PROTECTED = frozenset(
    {"code128", "ean13", "ean8", "upca", "upce", "qrcode", "datamatrix", "pdf417"}
)
"""Formats whose check digit or Reed-Solomon code is mandatory, so a decode is self-verified."""

# AIM modifiers meaning "check character verified" (ISO/IEC 15424): Code 39 ]A1/]A3, ITF ]I1/]I3.
_VERIFIED_MODIFIERS = {"code39": ("1", "3"), "itf": ("1", "3")}

RETAIL = frozenset({"ean13", "ean8", "upca", "upce"})


class FormatError(UserError, ValueError):
    """An unknown barcode format name; the message lists the known ones."""


def zxing_formats(names: Iterable[str] | None) -> zxingcpp.BarcodeFormats:
    """The zxing-cpp format set for our `names` (None means every supported format)."""
    chosen = list(DEFAULT_FORMATS if names is None else names)
    unknown = [n for n in chosen if n not in TO_ZXING]
    if unknown:
        raise FormatError(
            f"unknown barcode format {unknown[0]!r}; known: {', '.join(DEFAULT_FORMATS)}"
        )
    if not chosen:
        raise FormatError("no barcode format selected")
    return zxingcpp.barcode_formats_from_str(",".join(TO_ZXING[n].name for n in chosen))


def our_format(barcode: zxingcpp.Barcode) -> str | None:
    """Our name for a zxing-cpp result's format, None for a symbology we do not configure."""
    name = _FROM_ZXING_NAME.get(str(barcode.format))
    return name or _FROM_ZXING_SYMBOLOGY.get(str(barcode.symbology))


def checksum_protected(fmt: str, symbology_identifier: str) -> bool:
    """True when the decode was verified by a check digit or error correction."""
    if fmt in ALWAYS_PROTECTED:
        return True
    modifiers = _VERIFIED_MODIFIERS.get(fmt, ())
    return len(symbology_identifier) >= 3 and symbology_identifier[2] in modifiers


def gtin13(fmt: str, text: str) -> str:
    """A retail code as its 13-digit GTIN, so EAN-13/UPC-A/UPC-E readings of one item compare equal.

    Decoders report the same item as UPC-A (12 digits), EAN-13 with a leading 0, or UPC-E
    (8 digits, zero-suppressed); anything that is not a retail code is returned unchanged.
    """
    if fmt not in RETAIL or not text.isdigit():
        return text
    if fmt == "upce" and len(text) in (6, 7, 8):
        text = expand_upce(text)
    return text.zfill(13) if len(text) in (12, 13) else text


def expand_upce(code: str) -> str:
    """Expand an 8-digit (or 6/7-digit) UPC-E to its 12-digit UPC-A."""
    digits = code
    if len(digits) == 6:
        digits = "0" + digits
    number, body = digits[0], digits[1:7]
    check = digits[7:8]
    last = body[5]
    if last in "012":
        upca = number + body[0:2] + last + "0000" + body[2:5]
    elif last == "3":
        upca = number + body[0:3] + "00000" + body[3:5]
    elif last == "4":
        upca = number + body[0:4] + "00000" + body[4]
    else:
        upca = number + body[0:5] + "0000" + last
    return upca + (check or _upc_check_digit(upca))


def _upc_check_digit(first11: str) -> str:
    odd = sum(int(c) for c in first11[0::2])
    even = sum(int(c) for c in first11[1::2])
    return str((10 - (odd * 3 + even) % 10) % 10)
