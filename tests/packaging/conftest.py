"""Fixtures for packaging tests: a real reference server on loopback, a recorded camera file,
and an environment that keeps the station's config, logs and data inside tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from live_server import LiveServer

REPO = Path(__file__).resolve().parents[2]


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


@pytest.fixture
def station_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a station process whose config, logs and data stay in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RI_")}
    env.update(
        {
            "RI_MACHINE_CONFIG": str(tmp_path / "etc" / "config.toml"),
            "RI_USER_CONFIG": str(tmp_path / "user" / "config.toml"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env
