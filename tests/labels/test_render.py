"""Rendered labels decode back to the inspection id, at every size and printer resolution."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import uuid

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from inspector_app.labels import (
    LabelContent,
    LabelError,
    LabelSize,
    barcode_data,
    inspection_id_from_barcode,
    layout_label,
    pdf_bytes,
    png_bytes,
    render_image,
)
from inspector_app.labels.layout import text_width

IDS = [
    uuid.UUID("0f8e2a4c-51d3-4b7e-9a60-c2d1e8f43b17"),
    uuid.UUID(int=1),
    uuid.UUID(int=(1 << 128) - 1),
]


def decode_ids(image: Image.Image) -> list[uuid.UUID]:
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    return [inspection_id_from_barcode(r.text) for r in results]


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("inspection_id", IDS, ids=["typical", "smallest", "largest"])
def test_label_decodes_to_its_inspection_id(
    content: LabelContent, size: LabelSize, dpi: int, inspection_id: uuid.UUID
) -> None:
    content = dataclasses.replace(content, inspection_id=inspection_id)
    image = render_image(layout_label(content, size, dpi))
    assert decode_ids(image) == [inspection_id]


@pytest.mark.parametrize("size", list(LabelSize))
def test_label_image_is_the_label_stock_at_its_resolution(
    content: LabelContent, size: LabelSize
) -> None:
    layout = layout_label(content, size, 300)
    image = render_image(layout)
    width_mm, height_mm = size.mm
    assert image.size == (round(width_mm / 25.4 * 300), round(height_mm / 25.4 * 300))
    assert image.mode == "1"
    png = Image.open(io.BytesIO(png_bytes(layout)))
    assert png.size == image.size
    assert round(png.info["dpi"][0]) == 300


@pytest.mark.parametrize("size", list(LabelSize))
def test_pdf_label_page_is_the_stock_and_decodes(
    content: LabelContent, size: LabelSize, tmp_path
) -> None:
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(pdf_bytes(layout_label(content, size, 300)))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    width_pt, height_pt = (round(v * 72 / 25.4) for v in size.mm)
    assert _page_size(info.stdout) == pytest.approx((width_pt, height_pt), abs=1)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    assert decode_ids(Image.open(tmp_path / "page.png")) == [content.inspection_id]


def _page_size(pdfinfo: str) -> tuple[float, float]:
    line = next(x for x in pdfinfo.splitlines() if x.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]), float(parts[4])


@pytest.mark.parametrize("size", list(LabelSize))
def test_long_texts_are_shrunk_to_stay_on_the_label(content: LabelContent, size: LabelSize) -> None:
    content = dataclasses.replace(
        content,
        rma="RMA-" + "7" * 60,
        product="Very long model " * 8,
        station="a-station-with-a-long-name-" * 3,
    )
    layout = layout_label(content, size, 203, language="fr")
    for box in layout.texts:
        assert box.x >= 0
        assert box.x + text_width(box.text, box.height, box.bold) <= layout.width
    assert any(box.text.endswith("…") for box in layout.texts)
    assert decode_ids(render_image(layout)) == [content.inspection_id]


def test_french_label_shows_french_names(content: LabelContent) -> None:
    texts = [box.text for box in layout_label(content, LabelSize.LARGE, 300, "fr").texts]
    assert "Très bon" in texts
    assert "Reconditionnement" in texts


def test_label_without_grade(content: LabelContent) -> None:
    content = dataclasses.replace(content, grade=None)
    layout = layout_label(content, LabelSize.SMALL, 300)
    assert layout.texts[2].text == "Refurbish"


def test_barcode_payload_round_trips_and_rejects_other_codes() -> None:
    for inspection_id in IDS:
        data = barcode_data(inspection_id)
        assert len(data) == 40
        assert data.isdigit()
        assert inspection_id_from_barcode(data) == inspection_id
    for bad in ["", "1Z999AA10123456784", "1" * 39, "9" * 40, str(IDS[0])]:
        with pytest.raises(ValueError, match=r"intake label|too large"):
            inspection_id_from_barcode(bad)


def test_unusable_resolution_and_language_are_refused(content: LabelContent) -> None:
    with pytest.raises(LabelError, match="dpi"):
        layout_label(content, LabelSize.SMALL, 50)
    with pytest.raises(ValueError, match="language 'de'"):
        layout_label(content, LabelSize.SMALL, 300, language="de")


def test_bars_are_whole_dots_and_black_on_white(content: LabelContent) -> None:
    layout = layout_label(content, LabelSize.SMALL, 300)
    row = np.array(render_image(layout).convert("L"))[layout.barcode.y + 5]
    bars = row[layout.barcode.x : layout.barcode.x + layout.barcode.width] == 0
    expected = np.repeat([m == "1" for m in layout.barcode.modules], layout.barcode.module)
    assert (bars == expected).all()
