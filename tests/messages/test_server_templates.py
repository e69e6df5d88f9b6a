"""The server's message-template API: admins publish (checked), stations pull, benches use them."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette nudges towards httpx2; httpx still works
    from starlette.testclient import TestClient

from inspector_app.domain.returns import Return
from inspector_app.messages import MessageCatalog, MessageKind, store_published
from inspector_app.messages.published import PublishedTemplate
from inspector_app.server import admin
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database

from .conftest import facts

URL = "/api/v1/message-templates"
REPAIR_FR = "Subject: Réparation {{ rma }}\n\nBonjour {{ customer_name }}, on répare.\n"


@dataclass
class Server:
    client: TestClient
    data_dir: Path
    tokens: dict[str, str]

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    data_dir = tmp_path / "server"
    config = ServerConfig.for_data_dir(data_dir)
    db = Database(config.db_url)
    app = create_app(config, db=db)
    with db.write() as session:
        tokens = {
            "station": admin.add_station(session, "bench-1").secret,
            "admin": admin.issue_admin_token(session).secret,
        }
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Server(client, data_dir, tokens)
    db.close()


def test_admin_publishes_and_a_bench_uses_it(
    server: Server, tmp_path: Path, returns: list[Return]
) -> None:
    put = server.client.put(
        f"{URL}/fr/repair", json={"text": REPAIR_FR}, headers=server.auth("admin")
    )
    assert put.status_code == 201, put.text
    published = PublishedTemplate.model_validate(put.json())
    assert (published.language, published.kind, published.text) == (
        "fr",
        MessageKind.REPAIR,
        REPAIR_FR,
    )
    again = server.client.put(
        f"{URL}/fr/repair", json={"text": REPAIR_FR}, headers=server.auth("admin")
    )
    assert again.status_code == 200
    assert again.json()["sha256"] == published.sha256

    pulled = server.client.get(URL, headers=server.auth("station"))
    assert pulled.status_code == 200
    items = [PublishedTemplate.model_validate(item) for item in pulled.json()]
    assert items == [PublishedTemplate.model_validate(again.json())]

    bench_dir = tmp_path / "bench" / "message_templates"
    assert store_published(bench_dir, [(t.language, t.kind, t.text) for t in items]) == []
    catalog = MessageCatalog.load(published_dir=bench_dir)
    message = catalog.render(facts(returns[1], MessageKind.REPAIR), "fr")
    assert message.subject == f"Réparation {returns[1].rma}"


def test_template_with_a_typo_is_refused_with_its_line(server: Server) -> None:
    text = REPAIR_FR.replace("{{ customer_name }}", "{{ customer_name }")
    answer = server.client.put(
        f"{URL}/fr/repair", json={"text": text}, headers=server.auth("admin")
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["code"] == "invalid_template"
    assert problem["line"] == 3
    assert problem["detail"] == "fr/repair.jinja, line 3: unexpected '}'"
    assert server.client.get(URL, headers=server.auth("station")).json() == []
    assert not (server.data_dir / "message_templates").exists()


def test_unknown_field_is_refused_at_publish_time(server: Server) -> None:
    text = "Subject: {{ rma }}\n\nRefund {{ refund_amount }}\n"
    answer = server.client.put(
        f"{URL}/en/refuse_send_back", json={"text": text}, headers=server.auth("admin")
    )
    assert answer.status_code == 422
    assert answer.json()["line"] == 3
    assert "'refund_amount' is not known for refuse_send_back" in answer.json()["detail"]


def test_only_admins_publish_and_withdraw(server: Server) -> None:
    for method in ("put", "delete"):
        kwargs = {"json": {"text": REPAIR_FR}} if method == "put" else {}
        answer = getattr(server.client, method)(
            f"{URL}/fr/repair", headers=server.auth("station"), **kwargs
        )
        assert answer.status_code == 403
        assert (
            server.client.request(method.upper(), f"{URL}/fr/repair", **kwargs).status_code == 401
        )


def test_withdraw_returns_to_the_shipped_template(server: Server) -> None:
    server.client.put(f"{URL}/en/replace", json={"text": REPAIR_FR}, headers=server.auth("admin"))
    assert (
        server.client.delete(f"{URL}/en/replace", headers=server.auth("admin")).status_code == 204
    )
    assert server.client.get(URL, headers=server.auth("station")).json() == []
    answer = server.client.delete(f"{URL}/en/replace", headers=server.auth("admin"))
    assert answer.status_code == 404
    assert answer.json()["code"] == "no_published_template"


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/de/repair", 404, "unknown_language"),
        ("/en/refund_everything", 422, "invalid_request"),
    ],
)
def test_unknown_language_or_kind(server: Server, path: str, status: int, code: str) -> None:
    answer = server.client.put(URL + path, json={"text": REPAIR_FR}, headers=server.auth("admin"))
    assert answer.status_code == status
    assert answer.json()["code"] == code


def test_malformed_body_is_refused(server: Server) -> None:
    for body in ({"text": ""}, {"text": "x", "extra": 1}, {}):
        answer = server.client.put(f"{URL}/en/repair", json=body, headers=server.auth("admin"))
        assert answer.status_code == 422
