"""The sync client's errors reach a French bench in French: a bad answer or a refusal is a
sentence of the client's, with the server's own words (a problem's code, a content type)
only as its parameters. A raw socket server gives the answers (tests/sync/raw_server.py)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sync.raw_server import RawServer, json_reply

from inspector_app.gui import i18n
from inspector_app.sync.client import BadAnswerError, ClientConfig, ServerClient, ServerRefusedError

from .french_walk import catalogue_english, english_in

PORTAL = json_reply(200, b"<html><body>Log in to the guest Wi-Fi</body></html>", "text/html")
REFUSED = json_reply(
    409,
    json.dumps({"title": "Conflict", "status": 409, "code": "payload_mismatch"}).encode(),
    "application/problem+json",
)


@pytest.mark.parametrize(
    ("behaviour", "error", "expected"),
    [
        pytest.param(PORTAL, BadAnswerError, "portail captif", id="captive-portal"),
        pytest.param(REFUSED, ServerRefusedError, "Le serveur a refusé (409", id="refused"),
    ],
)
def test_a_bad_answer_reads_in_french(
    french: None, behaviour: Any, error: type[Exception], expected: str
) -> None:
    with RawServer(behaviour) as server, pytest.raises(error) as caught:
        config = ClientConfig(base_url=server.url, token="tok_x", station="bench-t")
        ServerClient(config).put_inspection(str(uuid.uuid4()), b"{}")
    shown = i18n.error_text(caught.value)
    assert expected in shown
    data = {"text/html", "payload_mismatch", "server.url"}  # the server's words, a setting
    assert not english_in("sync error", [("error", shown)], catalogue_english(), data), shown
