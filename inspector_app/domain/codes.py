"""Normalisation of anything scanned or typed at the bench into a lookup key.

The same function runs on the station, on the server and at import time, so a code matches
whatever way it reached us: a carrier label printed with spaces, a handheld scanner that
prefixes AIM symbology identifiers, a GS1-128 label that puts a routing postcode (AI 420)
in front of the tracking number, a person typing in lower case.

All the identifiers we look up (tracking numbers, RMAs, order ids, IMEIs, serials) are
case-free, so keys are upper-cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from inspector_app.errors import UserError

MAX_RAW_LENGTH = 512
"""Longest input we look at; a wedge burst or QR code longer than this is no parcel code."""

MAX_CODE_LENGTH = 64
"""Longest normalised key. Real codes top out near 34 characters (USPS IMpb with its 420 prefix)."""

GS = "\x1d"
"""ASCII group separator: how scanners transmit GS1 FNC1 between application identifiers."""

_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_BRACKETED_AI = re.compile(r"\((\d{2,4})\)([^()]*)")
_SEPARATORS = re.compile(r"[\s\-_./]+")
_ALLOWED = re.compile(r"^[0-9A-Z]+$")

# GS1 application identifiers that only route the parcel (ship-to postcode), never identify it.
_ROUTING_AIS = ("420", "421")
# USPS IMpb: 420 + 5- or 9-digit ZIP in front of a 22- or 26-digit tracking number, FNC1 often lost.
_IMPB_LENGTHS = {30: 8, 34: 12, 31: 12, 35: 12}


class CodeError(UserError, ValueError):
    """A scanned or typed code that can never identify a return; the message says why."""


def _check_raw(raw: str) -> str:
    if not isinstance(raw, str):
        raise CodeError("A code must be text.")
    if len(raw) > MAX_RAW_LENGTH:
        raise CodeError(f"This code is {len(raw)} characters long; parcel codes are much shorter.")
    text = _AIM_PREFIX.sub("", raw.strip())
    bad = [c for c in text if (ord(c) < 32 and c != GS) or ord(c) == 127]
    if bad:
        raise CodeError(
            f"The code contains a control character (0x{ord(bad[0]):02X}); "
            "check the scanner's suffix settings."
        )
    return text


def _clean(part: str) -> str:
    return _SEPARATORS.sub("", part).upper()


def _gs1_parts(text: str) -> list[str]:
    """Split a GS1 element string into the parts worth looking up, routing AIs removed."""
    if "(" in text:
        pairs = _BRACKETED_AI.findall(text)
        if pairs:
            # Printed labels bracket carrier prefixes (USPS "(92)") like real AIs, so keep
            # both readings; the lookup tries each.
            kept = [(ai, value) for ai, value in pairs if ai not in _ROUTING_AIS]
            return [text for ai, value in kept for text in (ai + value, value)]
    parts = [p for p in text.split(GS) if p]
    kept: list[str] = []
    for part in parts:
        digits = _clean(part)
        if digits.startswith(_ROUTING_AIS) and len(parts) > 1 and digits.isdigit():
            continue
        kept.append(part)
    return kept


def candidate_codes(raw: str) -> list[str]:
    """Every plausible lookup key in `raw`, the most likely first.

    Raises CodeError when nothing in it can be a code. The station and the server try the
    candidates in order, so a label scanned with or without its routing prefix still matches.
    """
    text = _check_raw(raw)
    candidates: list[str] = []
    for part in _gs1_parts(text) or [text]:
        key = _clean(part)
        if not key:
            continue
        if not _ALLOWED.match(key):
            raise CodeError("A parcel code holds only letters and digits.")
        if len(key) > MAX_CODE_LENGTH:
            raise CodeError(
                f"This code is {len(key)} characters long; parcel codes are at most "
                f"{MAX_CODE_LENGTH}."
            )
        candidates.append(key)
        strip = _IMPB_LENGTHS.get(len(key))
        if strip and key.isdigit() and key.startswith("420"):
            candidates.append(key[strip:])
    if not candidates:
        raise CodeError("The code is empty.")
    return list(dict.fromkeys(candidates))


def normalize_code(raw: str) -> str:
    """The primary lookup key for `raw` (see candidate_codes); CodeError if there is none."""
    return candidate_codes(raw)[0]


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes the digit string `body` (IMEIs, USPS tracking)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei_check_digit_ok(imei: str) -> bool:
    """Luhn check of a 15-digit IMEI; a scanned IMEI that fails it was misread or typed wrong."""
    if len(imei) != 15 or not imei.isdigit():
        return False
    return luhn_digit(imei[:-1]) == imei[-1]


def lookup_keys(codes: Iterable[str]) -> set[str]:
    """Every key under which a return carrying `codes` is found, for the station's cache
    index and the server's alike (one rule, so a code found on one is found on the other).

    A code that can never be a key (say a serial of punctuation) is skipped rather than
    refused: the return is still found by its other codes.
    """
    keys: set[str] = set()
    for code in codes:
        try:
            keys.update(candidate_codes(code))
        except CodeError:
            continue
    return keys
