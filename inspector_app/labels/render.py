"""Draw a laid-out label as an image (preview, PNG, PDF, OS printers) with Pillow.

Bars are drawn at whole-dot widths straight from python-barcode's module pattern rather than
through its ImageWriter, which scales in millimetres and blurs bar edges at thermal-printer
resolutions. The image is 1-bit: printers get exactly what the preview shows.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from inspector_app.labels.layout import BarcodeBox, LabelLayout, font


def render_image(layout: LabelLayout) -> Image.Image:
    """The label as a black-and-white image of layout.width x layout.height dots."""
    image = Image.new("L", (layout.width, layout.height), 255)
    draw = ImageDraw.Draw(image)
    for box in layout.texts:
        draw.text((box.x, box.y), box.text, fill=0, font=font(box.height, box.bold))
    _draw_bars(draw, layout.barcode)
    return image.point(lambda v: 255 if v >= 128 else 0, mode="1")


def _draw_bars(draw: ImageDraw.ImageDraw, bars: BarcodeBox) -> None:
    x = bars.x
    run_start = None
    for i, module in enumerate(bars.modules + "0"):
        if module == "1" and run_start is None:
            run_start = i
        elif module == "0" and run_start is not None:
            draw.rectangle(
                (
                    x + run_start * bars.module,
                    bars.y,
                    x + i * bars.module - 1,
                    bars.y + bars.height - 1,
                ),
                fill=0,
            )
            run_start = None


def png_bytes(layout: LabelLayout) -> bytes:
    """The label as PNG, tagged with its resolution so viewers show it at true size."""
    buffer = io.BytesIO()
    render_image(layout).save(buffer, "PNG", dpi=(layout.dpi, layout.dpi))
    return buffer.getvalue()


def pdf_bytes(layout: LabelLayout) -> bytes:
    """The label as a one-page PDF whose page is exactly the label stock."""
    buffer = io.BytesIO()
    render_image(layout).save(buffer, "PDF", resolution=float(layout.dpi))
    return buffer.getvalue()
