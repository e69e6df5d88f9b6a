"""Words people read: translated template texts, phrases of the code, one format per language."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from inspector_app.domain.eligibility import EligibilityPolicy
from inspector_app.domain.texts import (
    Money,
    Phrase,
    Translated,
    format_date,
    format_datetime,
    translate,
)

from .builders import make_return

FRENCH = {
    ("Test", "Deadline {day}, {amount}"): "Échéance {day}, {amount}",
    ("Test", "screen"): "écran",
    ("Test", "Broken: {what}"): "Cassé : {what}",
}


def catalogue(context: str, source: str) -> str:
    return FRENCH.get((context, source), "")


def test_translated_text_falls_back_to_english_and_says_what_is_missing() -> None:
    text = Translated({"en": "Screen glass", "fr": "Verre de l'écran"})
    assert text == "Screen glass" and isinstance(text, str)
    assert text.get("fr") == "Verre de l'écran" and text.missing == ()
    only = Translated.only("Band")
    assert only.get("fr") == "Band" and only.missing == ("fr",)
    with pytest.raises(ValueError, match="'en'"):
        Translated({"fr": "Bracelet"})
    with pytest.raises(ValueError, match="'de'"):
        Translated({"en": "Band", "de": "Armband"})
    assert pickle.loads(pickle.dumps(text)).get("fr") == "Verre de l'écran"


def test_a_phrase_is_english_until_translated_and_fills_each_value_the_readers_way() -> None:
    day = dt.date(2026, 12, 8)
    phrase = Phrase(
        "Test", "Deadline {day}, {amount}", day=day, amount=Money(Decimal("1249"), "EUR")
    )
    assert phrase == "Deadline Tue 8 Dec 2026, €1,249.00"
    french = translate(phrase, "fr", catalogue)
    assert french == "Échéance mar. 8 déc. 2026, 1\u202f249,00\u00a0€"
    # Nested phrases and translated texts follow the reader's language too.
    nested = Phrase(
        "Test",
        "Broken: {what}",
        what=(Phrase("Test", "screen"), Translated({"en": "back", "fr": "dos"})),
    )
    assert nested == "Broken: screen, back"
    assert translate(nested, "fr", catalogue) == "Cassé : écran, dos"
    # Without a translation the English wording stays, with French values.
    untranslated = Phrase("Test", "Nothing for {day}", day=day)
    assert translate(untranslated, "fr", catalogue) == "Nothing for mar. 8 déc. 2026"
    assert pickle.loads(pickle.dumps(phrase)).params == phrase.params


def test_one_date_and_time_format_per_language_in_local_time() -> None:
    moment = dt.datetime(2026, 12, 7, 23, 30, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert format_date(dt.date(2026, 12, 7)) == "Mon 7 Dec 2026"
    assert format_date(dt.date(2026, 2, 1), "fr") == "dim. 1 févr. 2026"
    assert format_datetime(moment, "en") == f"{format_date(local.date())} {local:%H:%M}"
    assert format_datetime(moment.replace(tzinfo=None), "fr").endswith(f"{local:%H:%M}")


def test_eligibility_explains_itself_in_the_readers_language() -> None:
    ret = make_return(requested_at=dt.date(2026, 12, 20))
    result = EligibilityPolicy(country="FR").evaluate(ret, dt.date(2026, 12, 21))
    assert not result.eligible and isinstance(result.reason, Phrase)
    assert "Requested on Sun 20 Dec 2026" in result.reason
    words = {
        ("Eligibility", "Requested on {asked}, after {window} closed ({closed})."): (
            "Demandé le {asked}, après la fermeture du {window} ({closed})."
        ),
        (
            "Eligibility",
            "the {days}-day withdrawal window",
        ): "délai de rétractation de {days} jours",
    }
    french = translate(result.reason, "fr", lambda c, s: words.get((c, s), ""))
    assert french.startswith("Demandé le dim. 20 déc. 2026, après la fermeture du délai de")
