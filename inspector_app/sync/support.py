"""A support bundle for one queued inspection: what IT sends on, or enters by hand.

Used by `inspector-app queue --export` and the GUI's Export button. The zip holds
`entry.json` (state, attempts, messages, times), `payload.json` (the exact bytes the bench
sends, so a replay by hand is byte-identical) and `photos/<sha256>.jpg` for every photo
still on this bench. It holds no token and no customer data beyond the return's id. The
file appears whole or not at all (written aside, then renamed), so IT never picks up half a
bundle from a bench that crashed or ran out of disk while writing it.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from inspector_app.atomic_write import write_atomically
from inspector_app.storage.outbox import OutboxEntry
from inspector_app.storage.photos import PhotoStore
from inspector_app.sync.needs_attention import attention_text


def export_entry(entry: OutboxEntry, photos: PhotoStore, station: str, path: Path) -> None:
    """Write the bundle for `entry` to `path` (a .zip)."""
    listed = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("payload.json", entry.payload)
        for photo in entry.photos:
            present = photos.exists(photo.sha256)
            if present:
                bundle.write(photos.path(photo.sha256), f"photos/{photo.sha256}.jpg")
            listed.append(
                {
                    "item": photo.item,
                    "sha256": photo.sha256,
                    "size": photo.size,
                    "on_this_bench": present,
                }
            )
        summary = {
            "inspection_uuid": entry.inspection_uuid,
            "return_id": entry.return_id,
            "station": station,
            "state": entry.state.value,
            "attempts": entry.attempts,
            "created_at": entry.created_at.isoformat(),
            "next_attempt_at": entry.next_attempt_at.isoformat(),
            "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
            "message": str(attention_text(entry.message)),  # words for support, not a code
            "last_error": entry.last_error,
            "photos": listed,
        }
        bundle.writestr("entry.json", json.dumps(summary, indent=2))
    write_atomically(path, buffer.getvalue())
