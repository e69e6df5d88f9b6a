"""The shape a `code_scan` answer must have, so a stray label is never taken for the device's code.

A bench camera sees every label on the bench, and a handheld scanner reads whatever it is
pointed at; the answer to "scan the IMEI" must look like an IMEI before anyone compares it
with the order. One rule per item, decided here and used by the engine (every new answer)
and the bench window (which ignores a camera's non-fitting code instead of reporting it):

- an item with `pattern:` (a regular expression in the template) takes codes that match it
  entirely, after normalisation (upper case, no spaces or dashes);
- otherwise an item compared with the order's `imei` takes 15 digits whose last digit is the
  Luhn check digit of the first 14 (every real IMEI has one; `111111111111111` has not);
- otherwise an item compared with the order's `serial` takes 5 to 30 letters and digits
  (manufacturers' serials have that shape; a Dell service tag may be all letters);
- any other code-scan item takes any code.
"""

from __future__ import annotations

import re

from inspector_app.domain.codes import imei_check_digit_ok
from inspector_app.domain.texts import Phrase

SERIAL_SHAPE = re.compile(r"[0-9A-Z]{5,30}")
"""The default serial shape: 5 to 30 letters and digits."""

MAX_PATTERN_LENGTH = 200

_CONTEXT = "Checklist"


def compile_pattern(text: str) -> re.Pattern[str]:
    """A template's `pattern:` compiled; ValueError with a plain reason if it is not one."""
    if not text or len(text) > MAX_PATTERN_LENGTH:
        raise ValueError(f"a pattern is 1 to {MAX_PATTERN_LENGTH} characters")
    try:
        return re.compile(text)
    except re.error as exc:
        raise ValueError(f"not a regular expression ({exc})") from None


def shape_problem(compare_to: str, pattern: str, code: str) -> Phrase | None:
    """Why the normalised `code` cannot answer an item with these fields; None if it can.

    The reason is a sentence for the inspector, without the item's label (callers add it).
    """
    if pattern:
        fits = compile_pattern(pattern).fullmatch(code) is not None
        problem = Phrase(
            _CONTEXT, "{code} is not in the form this checklist expects here.", code=code
        )
    elif compare_to == "imei":
        fits = imei_check_digit_ok(code)
        problem = (
            Phrase(
                _CONTEXT, "{code} is not an IMEI: its last digit is not the check digit.", code=code
            )
            if len(code) == 15 and code.isdigit()
            else Phrase(_CONTEXT, "{code} is not an IMEI: an IMEI is 15 digits.", code=code)
        )
    elif compare_to == "serial":
        fits = SERIAL_SHAPE.fullmatch(code) is not None
        problem = Phrase(
            _CONTEXT, "{code} is not a serial number: 5 to 30 letters and digits.", code=code
        )
    else:
        return None
    return None if fits else problem
