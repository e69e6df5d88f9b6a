"""`inspector-server` admin commands against a real database (SQLite; PostgreSQL when set)."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from inspector_app.records.return_records import return_to_wire
from inspector_app.records.returns_io import write_returns_csv
from inspector_app.server.app import create_app
from inspector_app.server.cli import main
from inspector_app.server.config import ServerConfig
from inspector_app.server.demo import bundled_checklists

from .builders import make_return

TOKEN = re.compile(r"token:\s+(ri_\S+)")
TOKEN_ID = re.compile(r"token id:\s+(tok_\w+)")


@pytest.fixture
def cli(db_url, tmp_path, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path), "--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def client_for(db_url, tmp_path) -> TestClient:
    return TestClient(create_app(ServerConfig(db_url=db_url, photo_dir=tmp_path / "photos")))


def test_init_add_station_import_publish_then_the_api_serves_it(cli, db_url, tmp_path):
    code, out, _ = cli("init")
    assert code == 0
    admin_token = TOKEN.search(out).group(1)
    code, out, _ = cli("add-station", "bench-7")
    station_token = TOKEN.search(out).group(1)
    export = tmp_path / "returns.csv"
    with export.open("w", newline="", encoding="utf-8") as fh:
        write_returns_csv([make_return(1), make_return(2)], fh)
    code, out, _ = cli("import-returns", str(export))
    assert code == 0, out
    assert "Imported 2 new" in out
    code, out, _ = cli("publish-checklist", *map(str, bundled_checklists()))
    assert code == 0
    assert "smartphone version 3: published" in out
    code, out, _ = cli("publish-checklist", str(bundled_checklists()[0]))
    assert "already published" in out

    with client_for(db_url, tmp_path) as client:
        auth = {"Authorization": f"Bearer {station_token}"}
        assert client.get("/api/v1/returns/lookup?code=RMA-00002", headers=auth).status_code == 200
        ids = {c["id"] for c in client.get("/api/v1/checklists", headers=auth).json()}
        assert "smartphone" in ids
        admin = {"Authorization": f"Bearer {admin_token}"}
        assert client.get("/api/v1/inspectors", headers=admin).status_code == 200


def test_add_user_with_pin_and_revoke(cli, db_url, tmp_path):
    cli("init")
    code, out, _ = cli("add-user", "Jane Doe", "--role", "lead", "--pin", "246802")
    assert code == 0
    token, token_id = TOKEN.search(out).group(1), TOKEN_ID.search(out).group(1)
    with client_for(db_url, tmp_path) as client:
        auth = {"Authorization": f"Bearer {token}"}
        assert (
            client.get("/api/v1/reports/daily-intake?date=2026-11-26", headers=auth).status_code
            == 200
        )
        code, out, _ = cli("tokens")
        assert f"{token_id}\tlead\tjane-doe\tactive" in out
        assert token not in out
        assert cli("revoke", token_id)[0] == 0
        assert (
            client.get("/api/v1/reports/daily-intake?date=2026-11-26", headers=auth).status_code
            == 401
        )


def test_admin_errors_are_plain_messages_with_exit_code_2(cli, tmp_path):
    cli("init")
    code, _, err = cli("revoke", "tok_nothere")
    assert code == 2
    assert "no token with id 'tok_nothere'" in err
    code, _, err = cli("add-user", "X", "--role", "inspector", "--pin", "12")
    assert code == 2
    assert "PIN" in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\nversion: 1\ncategory: smartphone\n", encoding="utf-8")
    code, _, err = cli("publish-checklist", str(broken))
    assert code == 2
    assert "broken.yaml" in err


def test_republishing_changed_text_under_same_version_is_refused(cli, tmp_path):
    cli("init")
    source = bundled_checklists()[0]
    cli("publish-checklist", str(source))
    changed = tmp_path / source.name
    changed.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    code, _, err = cli("publish-checklist", str(changed))
    assert code == 2
    assert "immutable" in err


def test_import_reports_bad_rows_and_keeps_good_ones(cli, tmp_path):
    cli("init")
    good = return_to_wire(make_return(3)).model_dump(
        mode="json", exclude={"inspected", "updated_at"}
    )
    export = tmp_path / "returns.json"
    export.write_text(json.dumps([good, {"id": "BROKEN"}]), encoding="utf-8")
    code, out, err = cli("import-returns", str(export))
    assert code == 1
    assert "Imported 1 new" in out
    assert "returns.json:" in err


def test_unreachable_database_is_a_plain_message(tmp_path, capsys):
    code = main(
        ["--data-dir", str(tmp_path), "--db", "postgresql+psycopg://u:p@127.0.0.1:1/x", "init"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot use the database" in err
    assert "u:p" not in err
