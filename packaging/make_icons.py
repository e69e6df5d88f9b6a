"""Render the application icon (PNG for Linux, ICO for Windows) at build time.

Drawn from code so the repository holds no opaque binary and the icon can be regenerated at
any size: a parcel with a check mark, in the station's colours.
Usage: python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
PARCEL = (196, 140, 78)
PARCEL_EDGE = (120, 80, 40)
TAPE = (236, 214, 170)
CHECK = (30, 140, 70)


def draw(size: int = SIZE) -> Image.Image:
    """The icon at `size` pixels square, transparent background."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle(
        (2 * unit, 4 * unit, 14 * unit, 14 * unit),
        radius=unit,
        fill=PARCEL,
        outline=PARCEL_EDGE,
        width=max(1, round(unit / 2)),
    )
    pen.rectangle((7 * unit, 4 * unit, 9 * unit, 14 * unit), fill=TAPE)
    pen.ellipse(
        (8 * unit, 1 * unit, 15.5 * unit, 8.5 * unit),
        fill=(255, 255, 255),
        outline=CHECK,
        width=max(1, round(unit * 0.6)),
    )
    pen.line(
        (9.8 * unit, 4.9 * unit, 11.3 * unit, 6.4 * unit, 13.8 * unit, 3.2 * unit),
        fill=CHECK,
        width=max(2, round(unit)),
        joint="curve",
    )
    return image


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(out_dir / "inspector-app.png")
    icon.save(out_dir / "inspector-app.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
