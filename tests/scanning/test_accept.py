"""The acceptor: misread guard, debounce and a label's codes together, with explicit time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inspector_app.scanning.accept import Acceptor
from inspector_app.scanning.decode import Decoded

BOX = ((0, 0), (10, 0), (10, 10), (0, 10))


def code(text: str, fmt: str = "code128", protected: bool = True) -> Decoded:
    return Decoded(text, fmt, BOX, protected)


def test_a_protected_code_is_reported_once_while_it_stays_in_view():
    acceptor = Acceptor(debounce_s=2.0)
    event = acceptor.feed([code("1Z999")], now=10.0)
    assert event is not None and event.texts == ["1Z999"]
    for t in (10.04, 11.0, 12.5, 14.0):  # still on the bench: never again
        assert acceptor.feed([code("1Z999")], now=t) is None


def test_a_code_is_new_again_once_out_of_sight_for_the_debounce_time():
    acceptor = Acceptor(debounce_s=2.0)
    acceptor.feed([code("1Z999")], now=0.0)
    assert acceptor.feed([], now=1.0) is None
    assert acceptor.feed([code("1Z999")], now=1.9) is None
    assert acceptor.feed([], now=3.0) is None
    assert acceptor.feed([code("1Z999")], now=4.0) is not None


def test_a_pause_without_frames_is_not_the_parcel_leaving():
    """A busy CPU or a slow decode can leave seconds between two decoded frames: with no
    frame that lacked the code, the parcel never left, so it is not scanned a second time."""
    acceptor = Acceptor(debounce_s=2.0)
    assert acceptor.feed([code("1Z999")], now=0.0) is not None
    assert acceptor.feed([code("1Z999")], now=5.0) is None
    assert acceptor.feed([], now=6.0) is None
    assert acceptor.feed([code("1Z999")], now=7.1) is not None


def test_an_unprotected_code_needs_a_second_frame_within_the_window():
    acceptor = Acceptor(debounce_s=2.0, confirm_window_s=1.0)
    assert acceptor.feed([code("12345", "itf", protected=False)], now=0.0) is None
    assert acceptor.feed([code("12845", "itf", protected=False)], now=0.1) is None  # misread
    assert acceptor.feed([code("12345", "itf", protected=False)], now=2.0) is None  # too late
    event = acceptor.feed([code("12345", "itf", protected=False)], now=2.5)
    assert event is not None and event.texts == ["12345"]
    assert acceptor.feed([code("12845", "itf", protected=False)], now=5.0) is None


def test_codes_of_one_label_come_together_and_new_ones_first():
    acceptor = Acceptor(debounce_s=2.0)
    first = acceptor.feed([code("RMA-1", "qrcode")], now=0.0)
    assert first is not None and first.texts == ["RMA-1"]
    later = acceptor.feed([code("RMA-1", "qrcode"), code("1Z999")], now=0.1)
    assert later is not None
    assert later.texts == ["1Z999", "RMA-1"]
    assert [d.text for d in later.new] == ["1Z999"]


def test_codes_read_in_different_frames_of_one_scene_come_together():
    """The tracking number in one frame, the RMA in the next: the second event carries both,
    so the lookup can try either; a code read more than a second ago has left the scene."""
    acceptor = Acceptor(debounce_s=3.0, scene_s=1.0)
    assert acceptor.feed([code("1Z999")], now=0.0) is not None
    second = acceptor.feed([code("RMA-1", "qrcode")], now=0.4)
    assert second is not None and second.texts == ["RMA-1", "1Z999"]
    assert [d.text for d in second.new] == ["RMA-1"]
    third = acceptor.feed([code("JJD01")], now=1.3)
    assert third is not None and third.texts == ["JJD01", "RMA-1"]


def test_a_frame_with_nothing_barcode_like_ends_the_scene():
    """The parcel has gone: the next parcel's event must not carry the previous one's codes."""
    acceptor = Acceptor(debounce_s=3.0, scene_s=1.0)
    acceptor.feed([code("1Z999")], now=0.0)
    assert acceptor.feed([], now=0.2, empty=True) is None
    event = acceptor.feed([code("RMA-2")], now=0.4)
    assert event is not None and event.texts == ["RMA-2"]


def test_an_unprotected_code_two_views_of_one_frame_agree_on_is_accepted_at_once():
    """A Code 39 RMA without check character read by two cuts of the same frame: a random
    misread does not repeat itself in another view either. Read by one view, it waits."""
    acceptor = Acceptor(debounce_s=3.0)
    once = code("RMA20260123", "code39", protected=False)
    assert acceptor.feed([once], now=0.0) is None
    twice = replace(code("RMA20260124", "code39", protected=False), views=2)
    event = acceptor.feed([twice], now=0.1)
    assert event is not None and event.texts == ["RMA20260124"]


def test_an_unconfirmed_code_never_rides_along_in_the_scene():
    """A misread seen once is not part of the scene: a later protected code's event does not
    carry it, so it cannot open a wrong return."""
    acceptor = Acceptor(debounce_s=3.0)
    assert acceptor.feed([code("RMA2O260123", "code39", protected=False)], now=0.0) is None
    event = acceptor.feed([code("1Z999")], now=0.1)
    assert event is not None and event.texts == ["1Z999"]


def test_upca_and_ean13_readings_of_one_item_are_one_code():
    acceptor = Acceptor(debounce_s=2.0)
    assert acceptor.feed([code("036602301467", "upca")], now=0.0) is not None
    assert acceptor.feed([code("0036602301467", "ean13")], now=0.1) is None


def test_reset_forgets_debounced_codes():
    acceptor = Acceptor(debounce_s=5.0)
    acceptor.feed([code("1Z999")], now=0.0)
    acceptor.reset()
    assert acceptor.feed([code("1Z999")], now=0.1) is not None


def test_windows_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        Acceptor(debounce_s=-1)
