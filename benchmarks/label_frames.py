"""Return-label frames of the corpus generator (make_labels.py), scored the way the bench uses
them: is the return's key among the lookup keys the decoded texts normalise to (domain.codes),
as Station.lookup_any would try them. Shared by benchmarks/return_labels.py and
benchmarks/label_video.py.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.codes import GS, candidate_codes, lookup_keys


@dataclass(frozen=True, slots=True)
class LabelCode:
    """One code of a return-label frame (corpus make_labels.py manifest): its role
    (tracking, routing, payload, rma), its text as TextMode.Plain reads it, whether it is
    in view, whether it finds the return, its corners and module size in frame pixels."""

    role: str
    text: str
    content: str
    in_view: bool
    return_key: bool
    quad: tuple[tuple[float, float], ...]
    module_px: float


@dataclass(frozen=True, slots=True)
class LabelFrame:
    """One frame of a return-label set: its image file, kind (single, two, none) and codes."""

    path: Path
    kind: str
    codes: tuple[LabelCode, ...]

    @property
    def keys(self) -> list[LabelCode]:
        return [c for c in self.codes if c.return_key]


def read_label_manifest(manifest: Path) -> list[LabelFrame]:
    """The frames of a make_labels.py manifest.csv (paths relative to its folder)."""
    with manifest.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        LabelFrame(
            manifest.parent / row["path"],
            row["kind"],
            tuple(
                LabelCode(
                    code["role"],
                    _plain_text(code["symbology"], code["content"]),
                    code["content"],
                    code["in_view"],
                    code["is_return_key"],
                    tuple(tuple(point) for point in code["quad"]),
                    code["module_px"],
                )
                for code in json.loads(row["barcodes"])
            ),
        )
        for row in rows
    ]


def _plain_text(symbology: str, content: str) -> str:
    """What TextMode.Plain returns for a code's content: a GS1-128's bracketed AIs become the
    raw element string, fields separated by GS where one of variable length ends."""
    if symbology != "gs1-128":
        return content
    return GS.join(ai + value for ai, value in re.findall(r"\((\d+)\)([^(]*)", content))


def key_found(frame: LabelFrame, texts: list[str]) -> bool:
    """Whether every return key of `frame` is among what its decoded `texts` normalise to."""
    keys = lookup_keys(texts)
    return all(candidate_codes(code.content)[0] in keys for code in frame.keys)
