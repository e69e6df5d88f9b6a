"""The keyboard-wedge detector: scanner bursts versus people typing."""

from __future__ import annotations

import pytest

from inspector_app.scanning.wedge import GS, Action, WedgeDetector, parse_scan


def type_keys(detector: WedgeDetector, text: str, start: float, gap: float):
    decisions = []
    t = start
    for char in text:
        decisions.append(detector.feed(char, t))
        t += gap
    return decisions, t


def test_a_fast_burst_ending_in_enter_is_a_scan_and_nothing_leaks():
    detector = WedgeDetector()
    decisions, _ = type_keys(detector, "1Z999AA10123456784\r", 100.0, 0.004)
    assert all(d.action is Action.HOLD and d.typed == "" for d in decisions[:-1])
    last = decisions[-1]
    assert last.action is Action.SCAN
    assert last.scan is not None and last.scan.text == "1Z999AA10123456784"
    assert not detector.holding


def test_tab_ends_a_scan_unless_disabled():
    assert WedgeDetector().feed("\t", 0).action is Action.PASS
    detector = WedgeDetector()
    decisions, _ = type_keys(detector, "ABCDEF\t", 0.0, 0.005)
    assert decisions[-1].action is Action.SCAN
    strict = WedgeDetector(tab_ends_scan=False)
    decisions, t = type_keys(strict, "ABCDEF\t", 0.0, 0.005)
    assert decisions[-1].action is Action.HOLD
    assert strict.flush(t + 1) == "ABCDEF\t"


def test_a_person_typing_gets_every_key_in_order():
    detector = WedgeDetector()
    decisions, t = type_keys(detector, "hello\r", 0.0, 0.12)
    replayed = "".join(d.typed for d in decisions)
    # each key is held, then handed back when the next one comes too late for a scanner
    assert replayed == "hello"
    assert decisions[-1].action is Action.PASS
    assert decisions[-1].typed == "o"
    assert detector.flush(t) == ""


def test_the_flush_timer_releases_a_lone_key():
    detector = WedgeDetector(max_gap_s=0.05)
    assert detector.feed("a", 1.0).action is Action.HOLD
    assert detector.next_deadline() == pytest.approx(1.05)
    assert detector.flush(1.02) == ""
    assert detector.flush(1.06) == "a"
    assert detector.next_deadline() is None


def test_a_short_fast_pair_then_enter_is_typing():
    detector = WedgeDetector()
    decisions, _ = type_keys(detector, "ok\r", 0.0, 0.01)
    assert decisions[-1].action is Action.PASS
    assert decisions[-1].typed == "ok"


def test_a_burst_that_stalls_before_enter_is_typing():
    detector = WedgeDetector()
    type_keys(detector, "ABCDEF", 0.0, 0.005)
    decision = detector.feed("\r", 1.0)
    assert decision.action is Action.PASS
    assert decision.typed == "ABCDEF"


def test_gs1_separators_and_aliases_and_aim_prefixes():
    detector = WedgeDetector(gs_aliases="~")
    decisions, _ = type_keys(detector, "]C1420123459400111~10ABC\r", 0.0, 0.003)
    scan = decisions[-1].scan
    assert scan is not None
    assert scan.text == f"42012345940011{'1'}{GS}10ABC"
    assert scan.symbology_id == "]C1"
    assert scan.format == "code128"
    assert scan.gs1


def test_parse_scan_without_prefix_and_with_leading_fnc1():
    assert parse_scan("1Z999").text == "1Z999"
    assert parse_scan("1Z999").symbology_id == ""
    gs1 = parse_scan(f"{GS}0109504000059101{GS}21ABC")
    assert gs1.gs1 and gs1.text == f"0109504000059101{GS}21ABC"
    qr = parse_scan("]Q1RMA-2024-0001")
    assert (qr.text, qr.format, qr.gs1) == ("RMA-2024-0001", "qrcode", False)


def test_release_gives_back_held_keys_for_non_text_keys():
    detector = WedgeDetector()
    detector.feed("x", 0.0)
    assert detector.release() == "x"
    assert detector.release() == ""


def test_bad_arguments():
    with pytest.raises(ValueError, match="one key"):
        WedgeDetector().feed("ab", 0.0)
    with pytest.raises(ValueError, match="GS alias"):
        WedgeDetector(gs_aliases="\r")
    with pytest.raises(ValueError, match="positive"):
        WedgeDetector(max_gap_s=0)


@pytest.mark.parametrize("suffix", ["\r\n", "\t\r", "\r\r"])
def test_a_two_key_suffix_is_swallowed_whole(suffix: str) -> None:
    """Scanners set to end with CR LF (or Tab Enter) send both keys; the second one must not
    press the focused button or move the focus."""
    detector = WedgeDetector()
    decisions, t = type_keys(detector, f"RMA2024000117{suffix}", 10.0, 0.003)
    assert decisions[-2].action is Action.SCAN
    assert decisions[-1].action is Action.DROP and decisions[-1].typed == ""
    # A person's Enter afterwards is theirs again.
    assert detector.feed("\r", t + 0.5).action is Action.PASS


def test_an_aim_prefixed_burst_keeps_its_symbology() -> None:
    detector = WedgeDetector()
    decisions, _ = type_keys(detector, "]C01ZV6K5G70261890021\r", 0.0, 0.002)
    scan = decisions[-1].scan
    assert scan is not None
    assert (scan.text, scan.symbology_id, scan.format) == ("1ZV6K5G70261890021", "]C0", "code128")
