"""Roles and the active flag are read from the person at every request; demoting or
deactivating someone revokes their tokens and sessions; a lead session dies with the bench
token that opened it; and the admin has commands to deactivate people and to list and
revoke sessions."""

from __future__ import annotations

from inspector_app.server import admin
from inspector_app.server.cli import main as server_cli
from inspector_app.server.models import Person

from .conftest import LEAD_BADGE, give_lead_a_pin, open_lead_session

REPORT = ("/api/v1/lead/report", {"date_from": "2026-11-26", "date_to": "2026-11-26"})


def _report(server, headers):
    path, params = REPORT
    return server.client.get(path, params=params, headers=headers)


def test_a_demoted_lead_loses_lead_reads_at_once(server):
    give_lead_a_pin(server)
    session_token = open_lead_session(server, server.auth()).json()["token"]
    as_session = {"Authorization": f"Bearer {session_token}"}
    assert _report(server, server.auth("lead")).status_code == 200
    with server.db.write() as session:
        admin.add_person(session, "Luc", "inspector", badge=LEAD_BADGE)
    assert _report(server, server.auth("lead")).status_code == 401
    assert _report(server, as_session).status_code == 401


def test_the_role_is_read_from_the_person_even_if_a_token_was_left(server):
    with server.db.write() as session:
        session.get(Person, LEAD_BADGE).role = "inspector"  # edited behind admin's back
    assert _report(server, server.auth("lead")).status_code == 403
    with server.db.write() as session:
        session.get(Person, "badge-0042").active = False
    answer = server.client.get("/api/v1/checklists", headers=server.auth("inspector"))
    assert answer.status_code == 401


def test_a_session_ends_with_the_bench_token_that_opened_it(server):
    give_lead_a_pin(server)
    token = open_lead_session(server, server.auth()).json()["token"]
    as_session = {"Authorization": f"Bearer {token}"}
    assert _report(server, as_session).status_code == 200
    with server.db.write() as session:
        admin.revoke(session, server.token_ids["station"])
    assert _report(server, as_session).status_code == 401


def test_admin_commands_deactivate_list_and_revoke_sessions(server, tmp_path, capsys):
    give_lead_a_pin(server)
    token = open_lead_session(server, server.auth()).json()["token"]
    as_session = {"Authorization": f"Bearer {token}"}
    base = ["--data-dir", str(tmp_path), "--db", server.config.db_url]
    assert server_cli([*base, "sessions"]) == 0
    listed = capsys.readouterr().out
    assert LEAD_BADGE in listed and "bench-1" in listed
    assert token not in listed
    session_id = next(line.split()[0] for line in listed.splitlines() if LEAD_BADGE in line)
    assert server_cli([*base, "revoke-session", session_id]) == 0
    assert _report(server, as_session).status_code == 401
    assert server_cli([*base, "deactivate", "badge-0042"]) == 0
    answer = server.client.get("/api/v1/checklists", headers=server.auth("inspector"))
    assert answer.status_code == 401
    with server.db.read() as session:
        assert session.get(Person, "badge-0042").active is False
    assert server_cli([*base, "deactivate", "badge-nobody"]) == 2
