"""packaging/debian_depends.py on this machine's real libraries and package database."""

from __future__ import annotations

import _sqlite3
import _ssl
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import debian_depends as dd  # noqa: E402

SSL_EXTENSION = _ssl.__file__  # links libssl and libcrypto
SQLITE_EXTENSION = _sqlite3.__file__  # links libsqlite3, not OpenSSL

pytestmark = pytest.mark.skipif(
    not (shutil.which("dpkg") and shutil.which("readelf")), reason="needs dpkg and binutils"
)


def fake_bundle(tmp_path: Path, *files: tuple[str, str]) -> Path:
    """A bundle folder holding copies of real ELF files under the given names."""
    for name, source in files:
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    return tmp_path


def test_what_a_bundled_binary_takes_from_the_system_becomes_a_package(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path, ("lib-dynload/_ssl.so", SSL_EXTENSION))
    required, optional = dd.system_needs(bundle)
    assert "libssl.so.3" in required
    assert optional == set()
    assert "libssl3" in dd.packages(required, dd.linker_cache())


def test_a_library_the_bundle_carries_is_not_a_dependency(tmp_path: Path) -> None:
    cache = dd.linker_cache()
    bundle = fake_bundle(
        tmp_path, ("_ssl.so", SSL_EXTENSION), ("libssl.so.3", cache["libssl.so.3"])
    )
    required, _ = dd.system_needs(bundle)
    assert "libssl.so.3" not in required
    assert "libcrypto.so.3" in required  # what the bundled libssl itself needs


def test_an_opencv_plugins_needs_are_only_recommended(tmp_path: Path) -> None:
    cache = dd.linker_cache()
    bundle = fake_bundle(
        tmp_path,
        ("cv2/libopencv_videoio_ffmpeg.so", cache["libssl.so.3"]),  # stands in: needs libcrypto
        ("_sqlite3.so", SQLITE_EXTENSION),
    )
    required, optional = dd.system_needs(bundle)
    assert "libsqlite3.so.0" in required
    assert "libcrypto.so.3" in optional
    assert "libc.so.6" in required  # needed by both: required wins
    assert "libc.so.6" not in optional


def test_needed_libraries_are_read_whatever_the_language(monkeypatch) -> None:
    """readelf translates its output; a French bench must not get an empty Depends."""
    monkeypatch.setenv("LANGUAGE", "fr")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert "libssl.so.3" in dd.needed(Path(SSL_EXTENSION))


def test_a_library_missing_from_the_system_is_a_clear_error(tmp_path: Path, capsys) -> None:
    with pytest.raises(dd.MissingLibraryError, match=r"libnowhere\.so\.9"):
        dd.packages({"libnowhere.so.9"}, dd.linker_cache())
    (tmp_path / "empty").mkdir()
    assert dd.main([str(tmp_path / "empty")]) == 0
    assert capsys.readouterr().out == "depends=\nrecommends=\n"
