"""Photo files: content-addressed, atomic, validated names, a clear error on a full disk."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from inspector_app.storage.errors import PhotoMissingError, StorageError
from inspector_app.storage.photos import PhotoStore

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


def test_put_names_file_by_hash_and_reads_back(data_dir: Path) -> None:
    store = PhotoStore(data_dir / "photos")
    sha, size = store.put(JPEG)
    assert sha == hashlib.sha256(JPEG).hexdigest()
    assert size == len(JPEG)
    assert store.path(sha) == data_dir / "photos" / sha[:2] / f"{sha}.jpg"
    assert store.read(sha) == JPEG
    assert store.put(JPEG) == (sha, size)  # repeat is harmless
    assert list(store.hashes()) == [sha]
    assert not [p for p in store.root.rglob("*") if p.name.startswith(".incoming")]


@pytest.mark.parametrize("name", ["../../etc/passwd", "A" * 64, "ab", "/" + "a" * 63, "a" * 65])
def test_outside_names_never_reach_the_filesystem(data_dir: Path, name: str) -> None:
    store = PhotoStore(data_dir / "photos")
    with pytest.raises(ValueError, match="SHA-256"):
        store.path(name)
    with pytest.raises(ValueError):
        store.read(name)


def test_damaged_or_missing_file_is_reported(data_dir: Path) -> None:
    store = PhotoStore(data_dir / "photos")
    sha, _ = store.put(JPEG)
    store.path(sha).write_bytes(JPEG[:-1])
    with pytest.raises(PhotoMissingError, match="damaged"):
        store.read(sha)
    store.delete(sha)
    with pytest.raises(PhotoMissingError, match="missing"):
        store.read(sha)


def test_sweep_removes_old_leftovers_only(data_dir: Path) -> None:
    store = PhotoStore(data_dir / "photos")
    kept, _ = store.put(JPEG)
    orphan, _ = store.put(JPEG + b"orphan")
    fresh, _ = store.put(JPEG + b"fresh")
    half = store.root / kept[:2] / ".incoming-abc"
    half.write_bytes(b"half")
    an_hour_ago = time.time() - 2 * 3600
    for path in (store.path(kept), store.path(orphan), half):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert store.sweep(referenced={kept}) == 2
    assert sorted(store.hashes()) == sorted([kept, fresh])  # a fresh file may await its row
    assert not half.exists()
    assert store.sweep(referenced={kept}, older_than=dt.timedelta(0)) == 1


def test_unwritable_photo_dir_is_a_clear_error(data_dir: Path) -> None:
    store = PhotoStore(data_dir / "photos")
    sha = hashlib.sha256(JPEG).hexdigest()
    (store.root / sha[:2]).write_bytes(b"a file where a folder should be")
    with pytest.raises(StorageError, match="could not be saved"):
        store.put(JPEG)


_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from inspector_app.storage.errors import DiskFullError
    from inspector_app.storage.photos import PhotoStore

    store = PhotoStore(Path(sys.argv[1]))
    small = b"\\xff\\xd8\\xff" + b"small" * 100
    sha_small, _ = store.put(small)
    # Allow files of at most 64 KiB from now on: writing more fails like a full disk (EFBIG).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
    try:
        store.put(b"\\xff\\xd8\\xff" + b"big!" * 100_000)
    except DiskFullError as exc:
        print("ERROR:", exc)
    assert store.read(sha_small) == small
    print("FILES:", sorted(p.name for p in Path(sys.argv[1]).rglob("*") if p.is_file()))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_is_a_clear_error_and_loses_nothing(data_dir: Path) -> None:
    root = data_dir / "photos"
    out = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "ERROR: The disk holding" in out and "is full" in out
    assert "everything saved before is safe" in out
    small = hashlib.sha256(b"\xff\xd8\xff" + b"small" * 100).hexdigest()
    assert f"FILES: ['{small}.jpg']" in out  # the partial big file was removed


def test_storing_again_repairs_a_damaged_copy(data_dir: Path) -> None:
    store = PhotoStore(data_dir / "photos")
    sha, _ = store.put(JPEG)
    store.path(sha).write_bytes(b"\x00" * len(JPEG))  # same size, wrong bytes
    assert store.put(JPEG) == (sha, len(JPEG))
    assert store.read(sha) == JPEG
