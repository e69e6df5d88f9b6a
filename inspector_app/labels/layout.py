"""Where each piece of an intake label goes, in printer dots, for each supported label size.

The layout is computed once and drawn by two renderers: Pillow (preview, PNG, PDF, OS
printers) and ZPL (Zebra-style printers, which draw text and bars themselves at their own
resolution). Keeping geometry out of the renderers is what makes the preview show what the
thermal printer will print.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PIL import ImageFont

from inspector_app.domain.returns import Disposition, Grade, Return
from inspector_app.domain.vocabulary import DEFAULT_LANGUAGE, check_language, display_name
from inspector_app.errors import UserError
from inspector_app.labels.barcode_id import barcode_data
from inspector_app.locations import resource_path
from inspector_app.wire import InspectionPayload

QUIET_ZONE_MODULES = 10
"""Blank space each side of the bars, in modules (the Code 128 minimum)."""

_MIN_TEXT_DOTS = 12


class LabelError(UserError, ValueError):
    """A label that cannot be laid out (e.g. a resolution too coarse for the barcode)."""


class LabelSize(StrEnum):
    """The label stocks we lay out for; values match the `labels.size` setting."""

    SMALL = "62x29mm"
    """Brother QL-style die-cut address label, landscape."""
    LARGE = "4x6in"
    """The shipping-label stock of Zebra desktop printers, portrait."""

    @property
    def mm(self) -> tuple[float, float]:
        """(width, height) in millimetres."""
        return (62.0, 29.0) if self is LabelSize.SMALL else (101.6, 152.4)


@dataclass(frozen=True, slots=True)
class LabelContent:
    """What an intake label says about one finalized inspection."""

    inspection_id: uuid.UUID
    rma: str
    disposition: Disposition
    inspected_on: dt.date
    grade: Grade | None = None
    product: str = ""
    station: str = ""

    @classmethod
    def for_inspection(cls, payload: InspectionPayload, ret: Return) -> LabelContent:
        """The label of a finalized inspection (at finalize, or a reprint from its page)."""
        return cls(
            inspection_id=payload.uuid,
            rma=ret.rma,
            disposition=payload.verdict.disposition,
            inspected_on=payload.finalized_at.astimezone().date(),
            grade=payload.verdict.grade,
            product=ret.product.model,
            station=payload.station,
        )


@dataclass(frozen=True, slots=True)
class TextBox:
    """One line of text; (x, y) is the top-left of its cell, `height` the font size in dots."""

    x: int
    y: int
    height: int
    text: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class BarcodeBox:
    """A Code 128 symbol: `modules` is python-barcode's bar pattern ('1' = bar, '0' = space)."""

    x: int
    y: int
    module: int
    height: int
    data: str
    modules: str

    @property
    def width(self) -> int:
        return len(self.modules) * self.module


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """A label laid out at `dpi`: its size in dots and everything drawn on it."""

    size: LabelSize
    dpi: int
    width: int
    height: int
    texts: tuple[TextBox, ...]
    barcode: BarcodeBox


FONT_FILES = {False: "DejaVuSansCondensed.ttf", True: "DejaVuSansCondensed-Bold.ttf"}
"""Bundled in resources/fonts: a condensed face close to the Zebra font 0 that ZPL labels use,
with the accents French needs (Pillow's built-in face has none)."""


@cache
def font(height: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The label font at `height` dots."""
    return ImageFont.truetype(str(resource_path("fonts", FONT_FILES[bold])), height)


def text_width(text: str, height: int, bold: bool = False) -> int:
    """Width in dots of `text` drawn at `height`."""
    return int(font(height, bold).getlength(text))


class _Grid:
    """Millimetre-to-dot conversion and text fitting for one label at one resolution."""

    def __init__(self, size: LabelSize, dpi: int) -> None:
        self.dpi = dpi
        self.width, self.height = (self.dots(v) for v in size.mm)

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    def fit(
        self, text: str, x: int, y: int, height_mm: float, max_width: int, *, bold: bool = False
    ) -> TextBox:
        """A text box at (x, y), shrunk (then shortened with an ellipsis) to fit `max_width`."""
        height = self.dots(height_mm)
        while height > _MIN_TEXT_DOTS and text_width(text, height, bold) > max_width:
            height -= 1
        while len(text) > 1 and text_width(text, height, bold) > max_width:
            text = text[:-2] + "…"
        return TextBox(x, y, height, text, bold)

    def centred(self, text: str, y: int, height_mm: float, max_width: int) -> TextBox:
        """A text box fitted like `fit`, centred across the label."""
        box = self.fit(text, 0, y, height_mm, max_width)
        x = (self.width - text_width(box.text, box.height)) // 2
        return TextBox(x, y, box.height, box.text)

    def barcode(self, data: str, y: int, height: int, max_module: int) -> BarcodeBox:
        """The widest whole-dot Code 128 of `data` that fits the label with its quiet zones.
        (python-barcode is imported at the first label, not when the window opens.)"""
        from barcode import Code128

        modules = Code128(data).build()[0]
        module = min(max_module, self.width // (len(modules) + 2 * QUIET_ZONE_MODULES))
        if module < 1:
            raise LabelError(f"{self.dpi} dpi is too coarse for this label's barcode")
        x = (self.width - len(modules) * module) // 2
        return BarcodeBox(x, y, module, height, data, modules)


def layout_label(
    content: LabelContent, size: LabelSize, dpi: int = 300, language: str = DEFAULT_LANGUAGE
) -> LabelLayout:
    """Lay out `content` on `size` at `dpi` (203 or 300 for thermal printers, more for PDF)."""
    check_language(language)
    if not 100 <= dpi <= 1200:
        raise LabelError(f"{dpi} dpi is outside 100-1200")
    build = _layout_small if size is LabelSize.SMALL else _layout_large
    return build(content, _Grid(size, dpi), size, language)


def _verdict_line(content: LabelContent, language: str) -> str:
    parts = [display_name(content.grade, language)] if content.grade else []
    parts.append(display_name(content.disposition, language))
    return " · ".join(parts)


def _layout_small(
    content: LabelContent, grid: _Grid, size: LabelSize, language: str
) -> LabelLayout:
    d = grid.dots
    left, inner = d(2), grid.width - 2 * d(2)
    date = content.inspected_on.isoformat()
    date_height = d(3.0)
    date_width = text_width(date, date_height)
    texts = (
        grid.fit(content.rma, left, d(1.3), 4.4, inner - date_width - d(2), bold=True),
        TextBox(grid.width - left - date_width, d(1.8), date_height, date),
        grid.fit(_verdict_line(content, language), left, d(6.4), 3.4, inner),
    )
    bars = grid.barcode(barcode_data(content.inspection_id), d(10.6), d(12.0), max_module=d(0.5))
    caption = grid.centred(str(content.inspection_id), d(23.2), 2.5, inner)
    return LabelLayout(size, grid.dpi, grid.width, grid.height, (*texts, caption), bars)


_CAPTIONS = {
    "en": ("Return intake", "Grade", "Disposition", "Inspected", "Station"),
    "fr": ("Réception retour", "Grade", "Orientation", "Inspecté le", "Poste"),
}


def _layout_large(
    content: LabelContent, grid: _Grid, size: LabelSize, language: str
) -> LabelLayout:
    d = grid.dots
    left, inner = d(6), grid.width - 2 * d(6)
    title, grade, disposition, inspected, station = _CAPTIONS[language]
    texts = [
        grid.fit(title.upper(), left, d(6), 5.0, inner),
        grid.fit(content.rma, left, d(13), 13.0, inner, bold=True),
        grid.fit(content.product, left, d(29), 5.5, inner),
    ]
    rows = [
        (grade, display_name(content.grade, language) if content.grade else "—"),
        (disposition, display_name(content.disposition, language)),
        (inspected, content.inspected_on.isoformat()),
        (station, content.station or "—"),
    ]
    value_x = left + d(34)
    for i, (caption, value) in enumerate(rows):
        y = d(42 + 10 * i)
        texts.append(grid.fit(caption, left, y + d(1), 5.0, d(33)))
        texts.append(grid.fit(value, value_x, y, 7.0, inner - d(34), bold=True))
    bars = grid.barcode(barcode_data(content.inspection_id), d(88), d(40), max_module=d(0.5))
    texts.append(grid.centred(str(content.inspection_id), d(131), 4.5, inner))
    return LabelLayout(size, grid.dpi, grid.width, grid.height, tuple(texts), bars)
