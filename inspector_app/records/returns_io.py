"""Reading and writing exports of return requests (CSV or JSON), for benches without a server
and for the server's `import-returns`.

Pure: text in, domain `Return`s and per-row errors out. Every row is validated against the
wire model `ReturnOut` (the same rules the server's feed obeys) plus the checks a bench relies
on (codes that can be looked up, a valid IMEI check digit, dates in order). A bad row is
reported with its line and skipped; the good rows are kept. Problems with the file as a whole
(not UTF-8, unknown columns, broken JSON) raise ReturnsFileError instead.
See docs/returns-import.md for the columns. Exports written here guard cells a spreadsheet
would evaluate (inspector_app.csv_cells), and reading undoes exactly that.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from pydantic import ValidationError

from inspector_app.csv_cells import unguard_cell, write_rows
from inspector_app.domain.codes import CodeError, candidate_codes, imei_check_digit_ok
from inspector_app.domain.demo import DemoBatch, demo_batch
from inspector_app.domain.returns import Return
from inspector_app.errors import UserError
from inspector_app.records.return_records import (
    PRODUCT_FIELDS,
    RECORD_FIELDS,
    return_from_wire,
    return_to_record,
)
from inspector_app.wire import ReturnOut

LIST_SEPARATOR = "|"
"""Separates several tracking numbers (or extra codes) in one CSV cell."""

LIST_COLUMNS = ("tracking_numbers", "extra_codes")
COLUMNS = RECORD_FIELDS
"""An export's columns: a return's flat record (see records.return_records)."""
REQUIRED_COLUMNS = (
    "id",
    "rma",
    "order_id",
    "category",
    "model",
    "reason",
    "ordered_at",
    "delivered_at",
    "requested_at",
)
MAX_FILE_BYTES = 512 * 1024 * 1024
_EXTRA = "\x00extra"
_DELIMITERS = (",", ";", "\t")


class ReturnsFileError(UserError, ValueError):
    """The file as a whole cannot be read as a returns export; the message says why."""


class RowError(NamedTuple):
    """A rejected row: its line in the CSV file (or its 1-based position in a JSON list)."""

    line: int
    message: str


@dataclass(slots=True)
class ImportResult:
    """The good rows of an export and the rejected ones: a bad row never stops the others."""

    returns: list[Return] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"] if p != "product") or "row"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _check_bench_rules(ret: Return) -> None:
    """Checks beyond the wire model that a bench depends on; ValueError says what is wrong."""
    for code in ret.codes():
        try:
            candidate_codes(code)
        except CodeError as exc:
            raise ValueError(f"code {code!r:.40}: {exc}") from None
    imei = ret.product.imei
    if imei and not imei_check_digit_ok(imei.replace(" ", "").replace("-", "")):
        raise ValueError(f"imei {imei!r:.40} is not a valid 15-digit IMEI (check digit)")
    if ret.delivered_at < ret.ordered_at:
        raise ValueError("delivered_at is before ordered_at")
    if ret.requested_at < ret.ordered_at:
        raise ValueError("requested_at is before ordered_at")
    if ret.received_at is not None and ret.received_at < ret.requested_at:
        raise ValueError("received_at is before requested_at")


def _accept(obj: Any, line: int, seen: set[str], result: ImportResult) -> None:
    """Validate one record and add it to `result` (or add its error)."""
    try:
        ret = return_from_wire(ReturnOut.model_validate(obj))
        _check_bench_rules(ret)
    except ValidationError as exc:
        result.errors.append(RowError(line, _describe(exc)))
        return
    except ValueError as exc:
        result.errors.append(RowError(line, str(exc)))
        return
    if ret.id in seen:
        result.errors.append(RowError(line, f"id {ret.id} appears twice; this row is skipped"))
        return
    seen.add(ret.id)
    result.returns.append(ret)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


def _csv_record(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row as the nested shape ReturnOut expects; empty optional cells are omitted."""
    record: dict[str, Any] = {"product": {}}
    for column, raw in row.items():
        cell = unguard_cell((raw or "").strip())
        if column in LIST_COLUMNS:
            record[column] = _split(cell)
        elif not cell and column not in REQUIRED_COLUMNS:
            continue
        elif column in PRODUCT_FIELDS:
            record["product"][column] = cell
        else:
            record[column] = cell
    return record


def _rows(handle: TextIO) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(first line of the record, its cells by column) or (line, why it cannot be read)."""
    # Only the separator varies between exports (French Excel writes `;`); quoting is
    # always Excel's. csv.Sniffer guesses quoting too, and guesses wrong on a header
    # without quotes, so the separator is simply the most frequent one in the header.
    header_line = handle.readline()
    handle.seek(0)
    delimiter = max(_DELIMITERS, key=header_line.count)
    reader = csv.DictReader(handle, dialect=csv.excel, delimiter=delimiter, restkey=_EXTRA)
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if unknown or missing:
        problems = []
        if missing:
            problems.append("missing column(s) " + ", ".join(missing))
        if unknown:
            problems.append("unknown column(s) " + ", ".join(repr(u) for u in unknown))
        raise ReturnsFileError(
            "line 1: " + "; ".join(problems) + f". Expected columns: {', '.join(COLUMNS)}"
        )
    start = reader.line_num + 1
    while True:
        try:
            row: dict[str, str] | str = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row = f"not valid CSV: {exc}"
        yield start, row
        start = reader.line_num + 1


def parse_returns_csv(text: str) -> ImportResult:
    """Parse a CSV export (header row required; `,`, `;` or tab separated)."""
    result = ImportResult()
    seen: set[str] = set()
    handle = io.StringIO(text.removeprefix("\ufeff"), newline="")
    for line, row in _rows(handle):
        problem = row if isinstance(row, str) else _shape_problem(row)
        if isinstance(row, str) or problem:
            result.errors.append(RowError(line, problem))
        elif any((v or "").strip() for v in row.values()):
            _accept(_csv_record(row), line, seen, result)
    return result


def _shape_problem(row: dict[str, str]) -> str:
    if _EXTRA in row:
        return "more cells than header columns"
    if None in row.values():
        return "fewer cells than header columns"
    return ""


def parse_returns_json(text: str) -> ImportResult:
    """Parse a JSON export: a list of ReturnOut objects, or a feed page {"items": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReturnsFileError(f"line {exc.lineno}: not valid JSON: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        raise ReturnsFileError("a JSON export must be a list of returns")
    result = ImportResult()
    seen: set[str] = set()
    for index, obj in enumerate(data, start=1):
        _accept(obj, index, seen, result)
    return result


def parse_returns_text(text: str, filename: str = "") -> ImportResult:
    """Parse an export whose format is given by its name, or guessed from its first character."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text.lstrip("\ufeff \r\n\t")[:1] in "[{"):
        return parse_returns_json(text)
    return parse_returns_csv(text)


def parse_returns_file(path: Path) -> ImportResult:
    """Parse a CSV or JSON export file (format by extension, else by content)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReturnsFileError(f"{path.name} is {size} bytes; the limit is {MAX_FILE_BYTES}")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReturnsFileError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ReturnsFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    return parse_returns_text(text, path.name)


def _csv_cell(value: object) -> str:
    """One record value as parse_returns_csv reads it back."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_cells(ret: Return) -> list[str]:
    return [_csv_cell(value) for value in return_to_record(ret).values()]


def write_returns_csv(returns: Iterable[Return], handle: TextIO) -> int:
    """Write `returns` as a CSV export that parse_returns_csv reads back; returns the count."""
    rows = (_csv_cells(ret) for ret in returns)
    return write_rows(handle, itertools.chain([COLUMNS], rows)) - 1


def write_demo_csv(path: Path, n: int, today: dt.date, seed: int = 1) -> DemoBatch:
    """Write `n` demo returns (domain.demo) as an import CSV at `path` and return the batch."""
    batch = demo_batch(n, today, seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_returns_csv(batch.returns, handle)
    return batch
