"""Words people read, in every language we write in, kept apart from where they are shown.

Two kinds of text reach a person, and both are `str` subclasses whose value is the English
text, so code that logs, compares or prints them keeps working unchanged:

- `Translated`: text written by people in several languages as data (a checklist's
  question, a finding told to a customer). `get("fr")` picks the French; every one has
  English, which is also the fallback.
- `Phrase`: a sentence of the code (an eligibility explanation, an error), written in English
  with `{named}` placeholders under a translation context. The interface translates the
  source through its catalogue (resources/translations) and fills the placeholders in the
  same language (`translate`): dates and times in that language's one format, `Translated`
  values in that language, nested phrases translated too. `python -m inspector_app.gui.i18n
  --update` finds every `Phrase("Context", "source", ...)` written with literal strings, so
  the catalogue always knows them.

Dates and times have one format per language (`format_date`, `format_datetime`), shown in
the bench's local time, and so has money (`Money`, `format_money`); the CLI and logs read the
English value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

LANGUAGES: tuple[str, ...] = ("en", "fr")
"""Languages the app writes in (interface, checklists, customer messages)."""
DEFAULT_LANGUAGE = "en"
"""The language every text is written in first, and the fallback for any other."""

_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


def check_language(language: str) -> str:
    """Return `language` if we write in it, else raise ValueError naming the ones we do."""
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    return language


def format_date(day: dt.date, language: str = DEFAULT_LANGUAGE) -> str:
    """The one way a day is shown: `Tue 8 Dec 2026`, `mar. 8 déc. 2026`.

    Day names and months in letters are unambiguous in every country the benches run in
    (8/12 is August in one and December in another)."""
    check_language(language)
    weekday = _DAYS[language][day.weekday()]
    return f"{weekday} {day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def local_time(moment: dt.datetime) -> dt.datetime:
    """`moment` on this computer's clock; a naive value is taken as UTC (how it is stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def format_datetime(moment: dt.datetime, language: str = DEFAULT_LANGUAGE) -> str:
    """The one way a moment is shown, in local time: `Tue 8 Dec 2026 14:05`."""
    local = local_time(moment)
    return f"{format_date(local.date(), language)} {local:%H:%M}"


_CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def format_money(amount: Decimal, currency: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'€1,249.00' in English, '1 249,00 €' in French; unknown currencies keep their code."""
    check_language(language)
    digits = f"{amount.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    symbol = _CURRENCY_SYMBOLS.get(currency, currency)
    if language == "fr":
        digits = digits.replace(",", "\u202f").replace(".", ",")
        return f"{digits}\u00a0{symbol}"
    return f"{symbol}{digits}" if currency in _CURRENCY_SYMBOLS else f"{digits} {symbol}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount with its currency, written the reader's way when it fills a phrase."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)


class Translated(str):
    """A text given in several languages; its str value is the English one.

    Built from {language: text}; English is required, other languages are optional and fall
    back to English (`missing` lists them so a check can report an untranslated text).
    """

    _texts: dict[str, str]

    def __new__(cls, texts: Mapping[str, str]) -> Translated:
        if DEFAULT_LANGUAGE not in texts:
            raise ValueError(f"a translated text needs its {DEFAULT_LANGUAGE!r} version")
        for language in texts:
            check_language(language)
        value = super().__new__(cls, texts[DEFAULT_LANGUAGE])
        value._texts = dict(texts)
        return value

    @classmethod
    def only(cls, text: str) -> Translated:
        """A text written in English only."""
        return cls({DEFAULT_LANGUAGE: text})

    def get(self, language: str) -> str:
        """The text in `language`, or in English when it has not been translated."""
        return self._texts.get(language, self._texts[DEFAULT_LANGUAGE])

    @property
    def missing(self) -> tuple[str, ...]:
        """Languages this text has not been written in."""
        return tuple(language for language in LANGUAGES if language not in self._texts)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Translated, (self._texts,))


class Phrase(str):
    """A sentence of the code, shown in the reader's language; its str value is English.

    `context` and `source` are the catalogue's key; `params` fill the `{named}` placeholders.
    """

    context: str
    source: str
    params: dict[str, object]

    def __new__(cls, context: str, source: str, /, **params: object) -> Phrase:
        value = super().__new__(cls, source.format(**_filled(params, DEFAULT_LANGUAGE)))
        value.context = context
        value.source = source
        value.params = params
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_phrase, (self.context, self.source, self.params))


def _rebuild_phrase(context: str, source: str, params: dict[str, object]) -> Phrase:
    return Phrase(context, source, **params)


Catalogue = Callable[[str, str], str]
"""(context, English source) -> the source in the reader's language (Qt's catalogue in the
interface); an empty answer means "not translated", and the English source is used."""


def translate(value: object, language: str, catalogue: Catalogue | None = None) -> str:
    """`value` written in `language`: phrases through `catalogue`, translated texts by
    picking their language, dates, times and money in the language's format, a tuple as its
    items separated by commas, anything else as str."""
    if isinstance(value, Phrase):
        wording = value.source
        if language != DEFAULT_LANGUAGE and catalogue is not None:
            wording = catalogue(value.context, value.source) or value.source
        return wording.format(**_filled(value.params, language, catalogue))
    if isinstance(value, tuple):
        return ", ".join(translate(part, language, catalogue) for part in value)
    return _plain(value, language)


def _plain(value: object, language: str) -> str:
    """A value that is not a sentence, written the reader's way."""
    if isinstance(value, Translated):
        return value.get(language)
    if isinstance(value, dt.datetime):
        return format_datetime(value, language)
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, Money):
        return format_money(value.amount, value.currency, language)
    return str(value)


def _filled(
    params: Mapping[str, object], language: str, catalogue: Catalogue | None = None
) -> dict[str, str]:
    return {name: translate(value, language, catalogue) for name, value in params.items()}
