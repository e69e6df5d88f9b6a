"""Replace a file in one step, so a crash or full disk never leaves half a file behind.

For files that something reads whole later: station photos, the server's photos and port
file, saved label PDFs, the station's copy of published message templates, the server's
published templates. One helper, so every such file gets the same guarantee (content fsync'd,
rename, directory fsync'd) and the same recognisable temporary name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

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


def _inherit_mode_and_owner(fd: int, path: Path, new_mode: int) -> None:
    """Give the temporary file `fd` what replacing `path` must not change: an existing
    file's permission bits, owner and group (root editing a machine-wide file must not make
    it root-only), or `new_mode` for a new file. Only root may give a file away; anyone
    else's replacement stays theirs, as with any editor. Windows has ACLs: nothing to do."""
    if os.name == "nt":
        return
    try:
        old = path.stat()
    except FileNotFoundError:
        os.fchmod(fd, new_mode)
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(PermissionError):
            os.fchown(fd, old.st_uid, old.st_gid)


def write_atomically(path: Path, data: bytes, *, new_mode: int = 0o600) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, rename it over `path`, and
    fsync the directory (and its parent, when the directory had to be created), so after
    `write_atomically` returns the new content is there even after a power cut.

    A replaced file keeps its mode, owner and group; a new one gets `new_mode` (private by
    default: photos and exports hold personal data).
    OSError propagates (the caller knows what to tell the user); the temporary file is removed.
    """
    with atomic_file(path, new_mode=new_mode) as out:
        out.write(data)


@contextlib.contextmanager
def atomic_file(path: Path, *, new_mode: int = 0o600) -> Iterator[BinaryIO]:
    """write_atomically for a file too big to hold in memory (a bench's exported week of
    photos): the caller writes into the yielded file, which replaces `path` only when the
    block ends without an exception; otherwise it is removed and `path` is untouched."""
    folder = path.parent
    new_folder = not folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp")
    try:
        _inherit_mode_and_owner(fd, path, new_mode)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_directory(folder)
    if new_folder:
        fsync_directory(folder.parent)
