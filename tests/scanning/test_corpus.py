"""decode() against the shared corpus of real barcode photos: read rate per format, no misread.

Skipped when ../shared/corpus is absent. Each photo is decoded as it is and centred in a
1280x720 bench frame (as the benchmark and a webcam see it: the code then covers a smaller part
of the frame, and other passes read it). Every returned text that is not the manifest's is a
misread, except where scoring.PRINTED and scoring.ALSO_PRINTED record what the picture shows.
"""

from __future__ import annotations

from collections import Counter

import pytest
import zxingcpp

from inspector_app.scanning import decode
from inspector_app.scanning.formats import our_format
from inspector_app.scanning.scoring import (
    ALSO_PRINTED,
    PRINTED,
    centred_frame,
    load_image,
    read_manifest,
    score_sample,
)

# Floors well under today's figures (docs/scanning.md), so a regression is caught.
FLOORS = {
    "code128": 1.0,
    "code39": 1.0,
    "itf": 1.0,
    "ean8": 1.0,
    "pdf417": 0.95,
    "datamatrix": 0.9,
    "qrcode": 0.85,
    "upca": 0.75,
    "ean13": 0.7,
}


def plain_zxing(image):
    return [(our_format(b), b.text) for b in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("framed", [False, True], ids=["photo", "720p-frame"])
def test_real_corpus_read_rate_beats_plain_zxing_with_zero_misreads(corpus_dir, framed):
    samples = read_manifest(corpus_dir / "real" / "manifest.csv")
    ours, plain, total = Counter(), Counter(), Counter()
    misreads = []
    for sample in samples:
        image = load_image(sample.path)
        if framed:
            image = centred_frame(image)
        result = score_sample(sample, [(d.format, d.text) for d in decode(image, budget_ms=None)])
        if result.misreads:
            misreads.append((sample.path.name, sample.expected[:40], result.misreads))
        total[sample.format] += 1
        ours[sample.format] += result.read
        plain[sample.format] += score_sample(sample, plain_zxing(image)).read

    assert misreads == []
    assert ours["none"] == 0
    rates = {fmt: f"{ours[fmt]}/{total[fmt]} (plain {plain[fmt]})" for fmt in total}
    assert sum(ours.values()) > sum(plain.values()) + 10, rates
    if framed:
        # In a 720p frame PDF417 and Data Matrix are searched in region crops only (their
        # detectors cost 5-20 ms on a whole noisy frame): a PDF417 or two can go unread.
        return
    for fmt in total:
        assert ours[fmt] >= plain[fmt], rates
    for fmt, floor in FLOORS.items():
        assert ours[fmt] / total[fmt] >= floor, rates


def _sample(corpus_dir, name):
    return next(
        s for s in read_manifest(corpus_dir / "real" / "manifest.csv") if s.path.name == name
    )


@pytest.mark.parametrize("name", sorted(PRINTED))
def test_disputed_rows_are_read_as_printed(corpus_dir, name):
    found = decode(load_image(_sample(corpus_dir, name).path), budget_ms=None)
    assert [d.text for d in found] == [PRINTED[name]]


@pytest.mark.parametrize("name", sorted(ALSO_PRINTED))
def test_a_second_real_code_in_the_picture_is_the_only_other_text(corpus_dir, name):
    sample = _sample(corpus_dir, name)
    frame = centred_frame(load_image(sample.path))
    texts = {d.text for d in decode(frame, budget_ms=None)}
    assert texts
    assert texts <= ALSO_PRINTED[name] | {sample.expected}
