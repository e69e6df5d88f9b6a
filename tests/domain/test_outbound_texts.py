"""The outbound queue's sentences by code: what the server stores and sends rebuilds the
same sentence on the reader's side, and what a reader cannot rebuild gives None (the reader
then shows the English it was sent)."""

from __future__ import annotations

from inspector_app.domain.outbound_texts import as_data, from_data, said
from inspector_app.domain.texts import Phrase, translate
from inspector_app.wire import PhraseOut


def test_a_sentence_with_nested_sentences_travels_and_rebuilds_the_same() -> None:
    reasons = (said("partial_refund"), said("refund_above", amount="120 EUR", limit="100 EUR"))
    waiting = said("waiting_for_lead", reasons=reasons)
    sent = PhraseOut.of(waiting)
    assert sent is not None
    again = PhraseOut.model_validate_json(sent.model_dump_json()).phrase()
    assert (
        again
        == waiting
        == ("Waiting for a lead's approval: partial refund, refund of 120 EUR above 100 EUR")
    )
    french = {"partial refund": "remboursement partiel"}
    assert translate(again, "fr", lambda _context, source: french.get(source, "")).endswith(
        ": remboursement partiel, refund of 120 EUR above 100 EUR"
    )


def test_words_of_no_code_are_not_sent_by_code() -> None:
    assert as_data("Rejected by lead-0001: wrong item") is None
    assert as_data(Phrase("Outbound", "Nothing to send")) is None
    assert PhraseOut.of("plain words") is None


def test_what_this_build_cannot_rebuild_is_none() -> None:
    assert from_data({"code": "from_a_newer_server", "params": {}}) is None
    assert from_data({"code": "sent_again_by", "params": {}}) is None  # a parameter missing
    assert from_data({"code": "sent_again_by", "params": {"who": "a", "whom": "b"}}) is None
    nested_unknown = {"code": "waiting_for", "params": {"missing": {"code": "nope"}}}
    assert from_data(nested_unknown) is None
    assert from_data(None) is None
