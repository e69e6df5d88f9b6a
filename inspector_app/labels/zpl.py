"""The label as ZPL II, for Zebra-style thermal printers.

The printer draws text (its scalable font 0) and the Code 128 itself at its own resolution,
so the label stays sharp; positions come from the same layout the preview draws. Field data
goes through ^FH hex escapes so an RMA containing ^ or ~ cannot inject printer commands.
"""

from __future__ import annotations

from inspector_app.labels.layout import LabelLayout

_ESCAPED = {"^": "_5E", "~": "_7E", "_": "_5F"}


def _field(text: str) -> str:
    return "".join(_ESCAPED.get(ch, ch) for ch in text)


def to_zpl(layout: LabelLayout) -> bytes:
    """One label as a complete ^XA...^XZ job, UTF-8 (^CI28)."""
    lines = ["^XA", "^CI28", f"^PW{layout.width}", f"^LL{layout.height}", "^LH0,0"]
    for box in layout.texts:
        # Font 0 is already a bold face; `bold` only changes the Pillow rendering.
        lines.append(
            f"^FO{box.x},{box.y}^A0N,{box.height},{box.height}^FH_^FD{_field(box.text)}^FS"
        )
    bars = layout.barcode
    # '>;' starts the symbol in code set C: our payload is all digits (see barcode_id).
    lines.append(
        f"^FO{bars.x},{bars.y}^BY{bars.module},3,{bars.height}"
        f"^BCN,{bars.height},N,N,N^FD>;{bars.data}^FS"
    )
    lines.append("^PQ1")
    lines.append("^XZ")
    return ("\n".join(lines) + "\n").encode("utf-8")
