"""Which reads of one frame are believed: fragments of a longer code, contradictions by votes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from inspector_app.scanning.consistency import believed, is_fragment
from inspector_app.scanning.formats import RETAIL, gtin13


@dataclass(frozen=True)
class Read:
    text: str
    format: str
    corners: tuple

    @property
    def key(self):
        return ("retail" if self.format in RETAIL else self.format, gtin13(self.format, self.text))


def band(x0, y0, x1, y1):
    """A read whose scan lines ran from row y0 to y1 between columns x0 and x1."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


EAN = Read("9780441014989", "ean13", band(560, 300, 710, 375))  # ean13-4_06 in a 720p frame


def test_a_upce_in_the_bars_below_the_eans_read_rows_is_a_fragment_of_it():
    piece = Read("01781004", "upce", band(555, 429, 640, 434))
    assert is_fragment(piece, EAN)
    assert believed([piece, EAN], {EAN.key: 1, piece.key: 2}) == [EAN]


@pytest.mark.parametrize(
    "corners",
    [
        band(800, 300, 880, 340),
        band(560, 520, 640, 560),
        band(300, 300, 380, 340),
        band(560, 440, 640, 470),  # a whole UPC-E printed just below the EAN's bars
    ],
    ids=["beside", "far-below", "left", "just-below"],
)
def test_a_upce_outside_the_eans_bars_is_its_own_code(corners):
    other = Read("01781004", "upce", corners)
    assert not is_fragment(other, EAN)
    assert believed([other, EAN], {}) == [other, EAN]


def test_fragments_follow_the_longer_code_when_it_is_turned():
    turned = Read("9780441014989", "ean13", ((300, 100), (300, 250), (225, 250), (225, 100)))
    piece = Read("01781004", "upce", ((175, 105), (175, 190), (170, 190), (170, 105)))
    assert is_fragment(piece, turned)
    assert not is_fragment(turned, piece)


def test_a_code128_is_never_a_fragment_of_an_ean():
    label = Read("1234", "code128", band(600, 320, 650, 330))
    assert not is_fragment(label, EAN)


MISREAD = Read("7784816073993", "ean13", band(406, 321, 723, 329))  # ean13-1_25's thin band
RIGHT = Read("9780140013993", "ean13", band(402, 265, 723, 475))


def test_of_two_codes_read_in_one_place_the_one_more_views_read_wins():
    assert believed([MISREAD, RIGHT], {MISREAD.key: 1, RIGHT.key: 2}) == [RIGHT]


@pytest.mark.parametrize("votes", [(1, 1), (2, 2), (3, 3)])
def test_a_tie_between_two_codes_in_one_place_reports_neither(votes):
    views = {MISREAD.key: votes[0], RIGHT.key: votes[1]}
    assert believed([MISREAD, RIGHT], views) == []


@pytest.mark.parametrize(
    ("votes", "winner"), [((1, 2), RIGHT), ((2, 1), MISREAD), ((3, 2), MISREAD), ((2, 5), RIGHT)]
)
def test_whichever_code_more_views_read_wins(votes, winner):
    views = {MISREAD.key: votes[0], RIGHT.key: votes[1]}
    assert believed([MISREAD, RIGHT], views) == [winner]


def test_codes_of_different_symbologies_in_one_place_do_not_compete():
    label = Read("RMA-1", "code128", RIGHT.corners)
    assert believed([label, RIGHT], {}) == [label, RIGHT]


def test_code128s_printed_close_together_on_a_label_are_all_believed():
    """A return label's tracking, routing and RMA codes: Code 128's mod-103 check does not
    let one symbol read as two valid codes, so neighbours do not compete."""
    tracking = Read("1Z999AA10123456784", "code128", band(300, 200, 900, 230))
    routing = Read("42075011", "code128", band(320, 260, 880, 280))
    rma = Read("RMA-12345678", "code128", band(400, 300, 700, 310))
    assert believed([tracking, routing, rma], {}) == [tracking, routing, rma]
