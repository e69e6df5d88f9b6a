"""`inspector-server --data-dir DIR marketplace outbox [--retry ID | --cancel ID]`,
`marketplace send --once` and `marketplace sending on|off`, run as the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marketplace.conftest import SCALE
from marketplace.outbound import World

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(server, fake, tmp_path):
    made = World(server, fake, tmp_path)
    settings = {
        "base_url": fake.url,
        "company": "Acme Refurb",
        "contact_email": "it@acme.example",
        "rate_scale": SCALE,
        "settle_s": 5.0,
        "approve_refunds_above": 1000.0,
    }
    lines = ["[backmarket]", *(f"{k} = {json.dumps(v)}" for k, v in settings.items())]
    (tmp_path / "marketplace.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    yield made
    made.close()


def _cli(world: World, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "inspector_app.server.cli", "--data-dir", str(tmp_path)]
    command += ["--db", world.server.config.db_url, "marketplace", *args]
    return subprocess.run(
        command,
        cwd=REPO,
        env={**os.environ, "RI_BACKMARKET_TOKEN": world.fake.token},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_dry_run_outbox_cancel_sending_on_retry_and_send(world: World, fake, tmp_path):
    world.add(1001, 1002)
    world.inspect(1001, message=False)
    world.inspect(1002, message=False)

    dry = _cli(world, tmp_path, "send", "--once")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "dry run (sending is off: nothing is sent); 2 verdicts planned" in dry.stdout
    assert [r for r in fake.requests if r.method == "POST"] == []

    listed = _cli(world, tmp_path, "outbox")
    assert listed.returncode == 0, listed.stderr
    assert "Sending: OFF" in listed.stdout and "Actions: 2 planned" in listed.stdout
    first, second = world.actions()
    assert f"{first.id:>6}  BM-1001" in listed.stdout and "Refund of 389.00 EUR" in listed.stdout

    cancelled = _cli(world, tmp_path, "outbox", "--cancel", str(second.id))
    assert cancelled.returncode == 0, cancelled.stdout
    assert f"Action {second.id}: cancelled." in cancelled.stdout

    on = _cli(world, tmp_path, "sending", "on")
    assert on.returncode == 0 and "Sending is on." in on.stdout
    retried = _cli(world, tmp_path, "outbox", "--retry", str(first.id))
    assert retried.returncode == 0, retried.stdout
    assert f"Action {first.id}: planned. Sent again by admin." in retried.stdout

    sent = _cli(world, tmp_path, "send", "--once")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Sent 1; held back 0; failed 0" in sent.stdout
    assert [r["orderline"] for r in fake.refunds] == [world.line(1001)["id"]]

    again = _cli(world, tmp_path, "outbox", "--cancel", str(first.id))
    assert again.returncode == 1 and "sent already" in again.stdout
    unknown = _cli(world, tmp_path, "outbox", "--retry", "999999")
    assert unknown.returncode == 1 and "There is no marketplace action 999999" in unknown.stdout
