"""Write the station's feedback sounds to resources/sounds/ (16-bit mono WAV, made from tones).

Three sounds an inspector can tell apart without looking: `found` (two quick rising notes),
`not_found` (two falling notes, lower), `error` (three short low buzzes). Generated rather
than downloaded so their origin and licence are ours; rerun after changing a tone.
Usage: python -m tools.make_sounds [output_dir]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
VOLUME = 0.45

# (frequency Hz, duration s, waveform) per note; frequency 0 is a rest.
SOUNDS: dict[str, list[tuple[float, float, str]]] = {
    "found": [(988.0, 0.07, "sine"), (0.0, 0.02, "sine"), (1319.0, 0.11, "sine")],
    "not_found": [(659.0, 0.12, "sine"), (0.0, 0.03, "sine"), (440.0, 0.20, "sine")],
    "error": [(196.0, 0.09, "square"), (0.0, 0.05, "square")] * 3,
}


def _sample(freq: float, t: float, waveform: str) -> float:
    phase = math.sin(2 * math.pi * freq * t)
    if waveform == "square":
        return 0.6 if phase >= 0 else -0.6
    return phase


def render(notes: list[tuple[float, float, str]]) -> bytes:
    """16-bit little-endian PCM of the notes, each with a 5 ms fade in and out (no clicks)."""
    frames = bytearray()
    fade = int(RATE * 0.005)
    for freq, duration, waveform in notes:
        count = int(RATE * duration)
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade) if freq else 0.0
            value = VOLUME * envelope * _sample(freq, i / RATE, waveform)
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def write_all(out_dir: Path) -> list[Path]:
    """Write every sound as <name>.wav in out_dir and return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in SOUNDS.items():
        path = out_dir / f"{name}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(render(notes))
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/sounds")
    for written_path in write_all(target):
        print(written_path)
