"""Fixtures for packaging tests: a real reference server on loopback and a recorded camera
file (the station's environment, `station_env`, is shared from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from live_server import LiveServer


@pytest.fixture(scope="session")
def loopback_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The reference server on loopback (one per worker; these tests only read from it)."""
    server = LiveServer(tmp_path_factory.mktemp("server"), station="bench-packaging")
    server.start()
    yield server
    server.close()


def write_recording(path: Path, fourcc: str) -> Path:
    """A one-second recording of a bench getting lighter, in the codec `fourcc`."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*fourcc), 10, (320, 240))
    for shade in range(0, 250, 25):
        writer.write(np.full((240, 320, 3), shade, dtype=np.uint8))
    writer.release()
    return path


@pytest.fixture(scope="session")
def camera_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short MJPEG recording, opened through OpenCV's FFmpeg backend like a real camera file."""
    return write_recording(tmp_path_factory.mktemp("camera") / "bench.avi", "MJPG")


@pytest.fixture(scope="session")
def mp4_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An MPEG-4 recording: only FFmpeg plays it (OpenCV's own reader knows MJPEG only)."""
    return write_recording(tmp_path_factory.mktemp("camera") / "bench.mp4", "mp4v")
