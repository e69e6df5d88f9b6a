"""Replace a file in one step, so a crash or full disk never leaves half a file behind.

For files that something reads whole later: station photos, the server's photos and port
file, saved label PDFs, the station's copy of published message templates, the server's
published templates. One helper, so every such file gets the same guarantee (content fsync'd,
rename, directory fsync'd) and the same recognisable temporary name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".incoming-"
"""Start of the name of a file being written; a leftover one is a crash's, safe to delete."""


def fsync_directory(path: Path) -> None:
    """Make a rename or a new entry in `path` survive power loss (POSIX needs the directory
    itself fsync'd). Windows cannot open a directory for fsync, and NTFS journals renames, so
    there it does nothing."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, rename it over `path`, and
    fsync the directory (and its parent, when the directory had to be created), so after
    `write_atomically` returns the new content is there even after a power cut.

    OSError propagates (the caller knows what to tell the user); the temporary file is removed.
    """
    folder = path.parent
    new_folder = not folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_directory(folder)
    if new_folder:
        fsync_directory(folder.parent)
