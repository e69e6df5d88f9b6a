"""Photos as a marketplace message can carry them: at most MAX_ATTACHMENT_BYTES each.

Bench photos are JPEGs of about 0.3 to 1 MB (photos.max_edge, photos.jpeg_quality), well
under the 3 MB a Back Market message accepts per file; a site that raises those settings, or a
PNG, can exceed it. `fit_photo` re-encodes such a photo, halving its size until it fits, so
the connector sends every photo a message names rather than dropping one.
"""

from __future__ import annotations

import io

from PIL import Image

from inspector_app.messages.fields import MAX_ATTACHMENT_BYTES

_QUALITY = 85
_SMALLEST_EDGE = 320


def fit_photo(data: bytes, limit: int = MAX_ATTACHMENT_BYTES) -> bytes:
    """`data` if it fits in `limit` bytes, else the same picture as a smaller JPEG.

    ValueError when it is not an image Pillow reads, or cannot be made small enough."""
    if len(data) <= limit:
        return data
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"not a readable photo: {exc}") from None
    image = image.convert("RGB")
    while True:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=_QUALITY, optimize=True)
        if out.tell() <= limit:
            return out.getvalue()
        if max(image.size) <= _SMALLEST_EDGE:
            raise ValueError(f"the photo stays over {limit} bytes even at {image.size}")
        image = image.resize((max(1, image.width // 2), max(1, image.height // 2)))
