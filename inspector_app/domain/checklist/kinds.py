"""Item kinds, and what counts as a valid answer for each.

One place decides what an answer may be, so the engine (answers typed at the bench, drafts
restored after a crash) and the template loader (literals written in conditions) agree.
Messages are written for the inspector at the bench, as phrases the interface shows in the
inspector's language (with the item's question in that language too).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from inspector_app.domain.codes import normalize_code
from inspector_app.domain.texts import Phrase, Translated
from inspector_app.errors import UserError

_CONTEXT = "Checklist"

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
    label: Translated


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


def _quantity(value: float, unit: str) -> str:
    """75% or 300 cycles (the unit in the reader's language)."""
    number = f"{value:g}"
    if not unit or unit == "%":
        return f"{number}{unit}"
    return Phrase(_CONTEXT, "{number} {unit}", number=number, unit=unit)


class AnswerError(UserError, ValueError):
    """An answer or photo that does not fit its item; the message says what is expected."""


def check_answer(item: Answerable, value: Any) -> bool | int | float | str:
    """The value to store for `item`, or AnswerError saying plainly what is expected.

    Text is stripped; codes are normalised (so a scanned IMEI compares equal to the order's
    however it was printed); whole-number floats stay floats, as typed.
    """
    kind = item.kind
    if kind is ItemKind.PHOTO:
        raise AnswerError(
            Phrase(_CONTEXT, "“{label}” takes photos, not an answer.", label=item.label)
        )
    if value is None:
        raise AnswerError(Phrase(_CONTEXT, "“{label}” needs an answer.", label=item.label))
    if kind is ItemKind.YES_NO:
        if not isinstance(value, bool):
            raise AnswerError(Phrase(_CONTEXT, "“{label}”: answer yes or no.", label=item.label))
        return value
    if kind is ItemKind.CHOICE:
        allowed = [c.value for c in item.choices]
        if value not in allowed:
            choices = tuple(c.label for c in item.choices)
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "“{label}”: pick one of: {choices}.",
                    label=item.label,
                    choices=choices,
                )
            )
        return value
    if kind is ItemKind.NUMBER:
        return _check_number(item, value)
    return _check_text(item, value)


def _check_text(item: Answerable, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(Phrase(_CONTEXT, "“{label}”: expected text.", label=item.label))
    if item.kind is ItemKind.CODE_SCAN:
        try:
            return normalize_code(value)
        except ValueError as exc:
            raise AnswerError(
                Phrase(_CONTEXT, "“{label}”: {problem}", label=item.label, problem=exc.args[0])
            ) from None
    text = value.strip()
    if not text:
        raise AnswerError(Phrase(_CONTEXT, "“{label}” needs an answer.", label=item.label))
    if len(text) > MAX_TEXT_LENGTH:
        raise AnswerError(
            Phrase(
                _CONTEXT,
                "“{label}”: at most {limit} characters, please shorten it.",
                label=item.label,
                limit=MAX_TEXT_LENGTH,
            )
        )
    if any((ord(c) < 32 and c not in "\n\t") or ord(c) == 127 for c in text):
        raise AnswerError(
            Phrase(_CONTEXT, "“{label}”: the text contains a control character.", label=item.label)
        )
    return text


def _check_number(item: Answerable, value: Any) -> int | float:
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise AnswerError(
                Phrase(_CONTEXT, "“{label}”: enter a number.", label=item.label)
            ) from None
        if value.is_integer():
            value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AnswerError(Phrase(_CONTEXT, "“{label}”: enter a number.", label=item.label))
    if isinstance(value, float) and not math.isfinite(value):
        raise AnswerError(Phrase(_CONTEXT, "“{label}”: enter a number.", label=item.label))
    low, high = item.min, item.max
    if (low is not None and value < low) or (high is not None and value > high):
        given = _quantity(value, item.unit)
        if low is not None and high is not None:
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "“{label}”: {value} is not between {low} and {high}.",
                    label=item.label,
                    value=given,
                    low=_quantity(low, item.unit),
                    high=_quantity(high, item.unit),
                )
            )
        if low is not None:
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "“{label}”: {value} is not at least {low}.",
                    label=item.label,
                    value=given,
                    low=_quantity(low, item.unit),
                )
            )
        assert high is not None  # out of range, and not below a minimum: above the maximum
        raise AnswerError(
            Phrase(
                _CONTEXT,
                "“{label}”: {value} is not at most {high}.",
                label=item.label,
                value=given,
                high=_quantity(high, item.unit),
            )
        )
    return value
