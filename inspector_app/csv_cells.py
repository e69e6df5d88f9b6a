"""CSV cells a spreadsheet cannot run: every CSV the project writes goes through here.

A spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
leading tab or carriage return can hide such a start; a formula can fetch a URL with the
sheet's data (`=HYPERLINK`) or, in older Excel, start a program (`=cmd|...`). Any text in our
exports may come from a person or a parcel (an override reason, a customer's name, a badge
typed at a sign-in), so, following OWASP's rule, such a cell is written with a leading
apostrophe, which spreadsheets show as text and do not evaluate. Plain numbers (`-12.50`)
stay as they are: they are not formulas, and a lead sums them.

`unguard_cell` undoes `guard_cell` exactly, for the importer that reads our own exports back.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def _needs_guard(text: str) -> bool:
    if text.startswith("'"):
        return _needs_guard(text[1:])  # keeps guard/unguard exact for "'=x"
    return text.startswith(_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text)


def guard_cell(value: object) -> str:
    """`value` as a CSV cell that no spreadsheet evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if _needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """The value guard_cell wrote `text` for."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text


def write_rows(handle: TextIO, rows: Iterable[Iterable[object]]) -> int:
    """Write `rows` as CSV with every cell guarded; returns the number of rows.

    Lines end in CRLF (RFC 4180): the csv module quotes a cell holding any character of the
    line terminator, so with CRLF a stray CR or LF inside a cell is quoted too, and the file
    still reads back row by row.
    """
    writer = csv.writer(handle, lineterminator="\r\n")
    count = 0
    for row in rows:
        writer.writerow([guard_cell(cell) for cell in row])
        count += 1
    return count
