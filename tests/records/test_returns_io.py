"""Import of returns exports: good rows kept, bad rows reported by line, files checked whole."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from inspector_app.domain.demo import demo_batch
from inspector_app.records.return_records import return_to_wire
from inspector_app.records.returns_io import (
    COLUMNS,
    ReturnsFileError,
    parse_returns_csv,
    parse_returns_file,
    parse_returns_json,
    write_demo_csv,
    write_returns_csv,
)

TODAY = dt.date(2026, 11, 26)
HEADER = ",".join(COLUMNS)
GOOD = (
    "R1,RMA-1,O-1,smartphone,iPhone 13,SKU1,356938035643809,,withdrawal,,Ana,FR,EUR,"
    "399.00,2026-11-01,2026-11-03,2026-11-10,,1Z999AA10123456784|LA123456785FR,,given"
)


def test_round_trip_of_demo_returns(tmp_path: Path) -> None:
    batch = write_demo_csv(tmp_path / "r.csv", 300, TODAY, seed=5)
    result = parse_returns_file(tmp_path / "r.csv")
    assert result.errors == []
    assert result.returns == batch.returns


def test_several_tracking_numbers_in_one_cell() -> None:
    result = parse_returns_csv(f"{HEADER}\n{GOOD}\n")
    assert result.errors == []
    (ret,) = result.returns
    assert ret.tracking_numbers == ("1Z999AA10123456784", "LA123456785FR")
    assert ret.received_at is None
    assert str(ret.price) == "399.00"


def test_bad_rows_are_reported_by_line_and_good_rows_kept() -> None:
    rows = [
        HEADER,
        GOOD,
        GOOD.replace("R1,RMA-1", "R2,RMA-2").replace("smartphone", "toaster"),
        GOOD.replace("R1,RMA-1", "R3,RMA-3").replace("2026-11-03", "2026-13-03"),
        GOOD.replace("R1,RMA-1", "R4,RMA-4").replace("356938035643809", "356938035643808"),
        GOOD,  # duplicate id
        '"R5","RMA-5",only three cells',
        GOOD.replace("R1,RMA-1", "R6,RMA-6").replace(",FR,", ",France,"),
        GOOD.replace("R1,RMA-1", "R7,RMA-7").replace("2026-11-10", "2026-10-10"),
        GOOD.replace("R1,RMA-1", "R8,RMA-8") + ",extra",
        GOOD.replace("R1,RMA-1", "R9,RMA\x01-9"),
        "",
        GOOD.replace("R1,RMA-1", "R10,RMA-10"),
    ]
    result = parse_returns_csv("\n".join(rows) + "\n")
    assert [r.id for r in result.returns] == ["R1", "R10"]
    by_line = dict(result.errors)
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "category" in by_line[3]
    assert "delivered_at" in by_line[4]
    assert "IMEI" in by_line[5]
    assert "appears twice" in by_line[6]
    assert "fewer cells" in by_line[7]
    assert "country" in by_line[8]
    assert "requested_at is before ordered_at" in by_line[9]
    assert "more cells" in by_line[10]
    assert "control character" in by_line[11]


def test_line_numbers_count_quoted_newlines() -> None:
    multi = GOOD.replace(",Ana,", ',"Ana\nmarie",')
    bad = GOOD.replace("R1,RMA-1", "R2,RMA-2").replace("withdrawal", "bored")
    result = parse_returns_csv(f"{HEADER}\n{multi}\n{bad}\n")
    assert [line for line, _ in result.errors] == [4]


def test_semicolon_separated_excel_export_with_bom() -> None:
    text = "\ufeff" + HEADER.replace(",", ";") + "\n" + GOOD.replace(",", ";") + "\n"
    result = parse_returns_csv(text)
    assert result.errors == []
    assert result.returns[0].id == "R1"


def test_header_problems_refuse_the_file() -> None:
    with pytest.raises(ReturnsFileError, match=r"line 1: missing column\(s\) rma"):
        parse_returns_csv(HEADER.replace("rma,", "") + "\n")
    with pytest.raises(ReturnsFileError, match=r"unknown column.*'tracking'"):
        parse_returns_csv(HEADER.replace("tracking_numbers", "tracking") + "\n")


def test_json_list_and_feed_page(tmp_path: Path) -> None:
    batch = demo_batch(20, TODAY, seed=2)
    items = [json.loads(return_to_wire(r).model_dump_json()) for r in batch.returns]
    items[3]["reason"] = "nope"
    del items[5]["rma"]
    result = parse_returns_json(json.dumps(items))
    assert [line for line, _ in result.errors] == [4, 6]
    assert len(result.returns) == 18
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"items": items[:2], "next_cursor": "1", "has_more": False}))
    assert len(parse_returns_file(path).returns) == 2


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(HEADER.encode() + b"\n" + GOOD.replace("Ana", "Zo\xe9").encode("latin-1"))
    with pytest.raises(ReturnsFileError, match="not UTF-8"):
        parse_returns_file(latin)
    broken = tmp_path / "x.json"
    broken.write_text('[{"id": 1,')
    with pytest.raises(ReturnsFileError, match="not valid JSON"):
        parse_returns_file(broken)
    with pytest.raises(ReturnsFileError, match="cannot be read"):
        parse_returns_file(tmp_path / "missing.csv")


def test_writer_output_is_parseable() -> None:
    buffer = io.StringIO()
    batch = demo_batch(5, TODAY, seed=9)
    assert write_returns_csv(batch.returns, buffer) == 5
    assert parse_returns_csv(buffer.getvalue()).returns == batch.returns
