"""Item kinds, and what counts as a valid answer for each.

One place decides what an answer may be, so the engine (answers typed at the bench, drafts
restored after a crash) and the template loader (literals written in conditions) agree.
Messages are written for the inspector at the bench, who sees them verbatim.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from inspector_app.domain.codes import normalize_code
from inspector_app.errors import UserError

MAX_TEXT_LENGTH = 2000
"""Longest free-text answer; the wire allows 4000, this leaves room for the override reason."""


class ItemKind(StrEnum):
    """What an item asks for; the values are the `kind:` words of a template."""

    YES_NO = "yes_no"
    CHOICE = "choice"
    NUMBER = "number"
    TEXT = "text"
    PHOTO = "photo"
    CODE_SCAN = "code_scan"


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a `choice` item: `value` is stored and sent, `label` is shown."""

    value: str
    label: str


class Answerable(Protocol):
    """The parts of an item that decide whether a value fits it."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> ItemKind: ...
    @property
    def label(self) -> str: ...
    @property
    def choices(self) -> tuple[Choice, ...]: ...
    @property
    def min(self) -> float | None: ...
    @property
    def max(self) -> float | None: ...
    @property
    def unit(self) -> str: ...


def _format_number(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    text = f"{value:g}"
    return f"{text} {unit}".strip() if unit and unit != "%" else f"{text}{unit}"


class AnswerError(UserError, ValueError):
    """An answer or photo that does not fit its item; the message says what is expected."""


def check_answer(item: Answerable, value: Any) -> bool | int | float | str:
    """The value to store for `item`, or AnswerError saying plainly what is expected.

    Text is stripped; codes are normalised (so a scanned IMEI compares equal to the order's
    however it was printed); whole-number floats stay floats, as typed.
    """
    kind = item.kind
    if kind is ItemKind.PHOTO:
        raise AnswerError(f"“{item.label}” takes photos, not an answer.")
    if value is None:
        raise AnswerError(f"“{item.label}” needs an answer.")
    if kind is ItemKind.YES_NO:
        if not isinstance(value, bool):
            raise AnswerError(f"“{item.label}”: answer yes or no.")
        return value
    if kind is ItemKind.CHOICE:
        allowed = [c.value for c in item.choices]
        if value not in allowed:
            shown = ", ".join(c.label for c in item.choices)
            raise AnswerError(f"“{item.label}”: pick one of: {shown}.")
        return value
    if kind is ItemKind.NUMBER:
        return _check_number(item, value)
    return _check_text(item, value)


def _check_text(item: Answerable, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(f"“{item.label}”: expected text.")
    if item.kind is ItemKind.CODE_SCAN:
        try:
            return normalize_code(value)
        except ValueError as exc:
            raise AnswerError(f"“{item.label}”: {exc}") from None
    text = value.strip()
    if not text:
        raise AnswerError(f"“{item.label}” needs an answer.")
    if len(text) > MAX_TEXT_LENGTH:
        raise AnswerError(
            f"“{item.label}”: at most {MAX_TEXT_LENGTH} characters, please shorten it."
        )
    if any((ord(c) < 32 and c not in "\n\t") or ord(c) == 127 for c in text):
        raise AnswerError(f"“{item.label}”: the text contains a control character.")
    return text


def _check_number(item: Answerable, value: Any) -> int | float:
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise AnswerError(f"“{item.label}”: enter a number.") from None
        if value.is_integer():
            value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AnswerError(f"“{item.label}”: enter a number.")
    if isinstance(value, float) and not math.isfinite(value):
        raise AnswerError(f"“{item.label}”: enter a number.")
    low, high = item.min, item.max
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            span = f"between {_format_number(low, item.unit)} and {_format_number(high, item.unit)}"
        elif low is not None:
            span = f"at least {_format_number(low, item.unit)}"
        else:
            span = f"at most {_format_number(high, item.unit)}"
        raise AnswerError(f"“{item.label}”: {_format_number(value, item.unit)} is not {span}.")
    return value
