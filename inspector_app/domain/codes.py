"""Normalisation of anything scanned or typed at the bench into a lookup key.

The same function runs on the station, on the server and at import time, so a code matches
whatever way it reached us: a carrier label printed with spaces, a handheld scanner that
prefixes AIM symbology identifiers, a GS1-128 label that puts a routing postcode (AI 420)
in front of the tracking number, a person typing in lower case, or a carrier's Data Matrix or
QR code that packs several fields into one payload (an ISO/IEC 15434 envelope, a tracking
URL, a delimited list): each field long enough to be an identifier is a candidate.

All the identifiers we look up (tracking numbers, RMAs, order ids, IMEIs, serials) are
case-free, so keys are upper-cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlsplit

from inspector_app.domain.texts import Phrase
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

RS, EOT = "\x1e", "\x04"
"""ISO/IEC 15434 record separator and end of transmission, around a 2D code's fields."""

# ISO/IEC 15434: "[)>" RS, a two-digit format, GS, fields separated by GS, RS, EOT.
_ENVELOPE = re.compile(r"^\[\)>\x1e(\d\d)\x1d(.*?)\x1e?\x04?$", re.DOTALL)
# ANSI MH10.8.2 data identifier in front of a format 06 field: "1J", "K", "12D"...
_DATA_IDENTIFIER = re.compile(r"^\d{0,3}[A-Z]")
_FIELD_DELIMITERS = re.compile(r"[;|,&]")
# a shipping date, which cleaned would pass for an eight-digit order number
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$")
# a field's own label: "TRK:", "rma=", "REF 1:"
_FIELD_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9 ]{0,11}[:=]")

MIN_FIELD_LENGTH = 8
"""Shortest payload field taken for an identifier: tracking numbers, RMAs and order ids are
longer; postcodes, weights, dates and country codes are shorter, and must not match a return
by accident."""


_CONTEXT = "Codes"


class CodeError(UserError, ValueError):
    """A scanned or typed code that can never identify a return; the message (a Phrase) says
    why."""


def _check_raw(raw: str) -> str:
    if not isinstance(raw, str):
        raise CodeError(Phrase(_CONTEXT, "A code must be text."))
    if len(raw) > MAX_RAW_LENGTH:
        raise CodeError(
            Phrase(
                _CONTEXT,
                "This code is {length} characters long; parcel codes are much shorter.",
                length=len(raw),
            )
        )
    text = _AIM_PREFIX.sub("", raw.strip())
    bad = [c for c in text if (ord(c) < 32 and c != GS) or ord(c) == 127]
    if bad:
        raise CodeError(
            Phrase(
                _CONTEXT,
                "The code contains a control character ({character}); "
                "check the scanner's suffix settings.",
                character=f"0x{ord(bad[0]):02X}",
            )
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
            identifying = [(ai, value) for ai, value in pairs if ai not in _ROUTING_AIS]
            return [text for ai, value in identifying for text in (ai + value, value)]
    parts = [p for p in text.split(GS) if p]
    kept: list[str] = []
    for part in parts:
        digits = _clean(part)
        if digits.startswith(_ROUTING_AIS) and len(parts) > 1 and digits.isdigit():
            continue
        kept.append(part)
    return kept


def _envelope_fields(raw: str) -> list[str] | None:
    """The fields of an ISO/IEC 15434 envelope without their data identifiers, or None when
    `raw` is not one. A control character other than the separators is refused."""
    match = _ENVELOPE.match(raw) if isinstance(raw, str) else None
    if match is None:
        return None
    fields = match.group(2).split(GS)
    for field in fields:
        _check_raw(field)
    if match.group(1) == "06":
        return [_DATA_IDENTIFIER.sub("", field) for field in fields]
    return fields


def _payload_fields(text: str) -> list[str]:
    """The values of a tracking URL's query or of a delimited list, labels removed; [] for
    text that is neither."""
    if text.lower().startswith(("http://", "https://")):
        return [value for _, value in parse_qsl(urlsplit(text).query)]
    if not _FIELD_DELIMITERS.search(text):
        return []
    return [_FIELD_LABEL.sub("", part).strip() for part in _FIELD_DELIMITERS.split(text)]


def _field_keys(fields: Iterable[str]) -> list[str]:
    """Keys of the fields that can be identifiers (letters and digits, MIN_FIELD_LENGTH to
    MAX_CODE_LENGTH long once cleaned, not a date)."""
    keys = (_clean(field) for field in fields if not _DATE.match(field.strip()))
    return [k for k in keys if MIN_FIELD_LENGTH <= len(k) <= MAX_CODE_LENGTH and _ALLOWED.match(k)]


def candidate_codes(raw: str) -> list[str]:
    """Every plausible lookup key in `raw`, the most likely first.

    Raises CodeError when nothing in it can be a code. The station and the server try the
    candidates in order, so a label scanned with or without its routing prefix still matches,
    and a 2D code's payload is found by any of its fields.
    """
    fields = _envelope_fields(raw)
    if fields is not None:
        keys = _field_keys(fields)
        if not keys:
            raise CodeError("None of this code's fields can identify a parcel.")
        return list(dict.fromkeys(keys))
    text = _check_raw(raw)
    keys = _field_keys(_payload_fields(text))
    if keys:
        return list(dict.fromkeys(keys))
    candidates: list[str] = []
    for part in _gs1_parts(text) or [text]:
        key = _clean(part)
        if not key:
            continue
        if not _ALLOWED.match(key):
            raise CodeError(Phrase(_CONTEXT, "A parcel code holds only letters and digits."))
        if len(key) > MAX_CODE_LENGTH:
            raise CodeError(
                Phrase(
                    _CONTEXT,
                    "This code is {length} characters long; parcel codes are at most {limit}.",
                    length=len(key),
                    limit=MAX_CODE_LENGTH,
                )
            )
        candidates.append(key)
        strip = _IMPB_LENGTHS.get(len(key))
        if strip and key.isdigit() and key.startswith("420"):
            candidates.append(key[strip:])
    if not candidates:
        raise CodeError(Phrase(_CONTEXT, "The code is empty."))
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
