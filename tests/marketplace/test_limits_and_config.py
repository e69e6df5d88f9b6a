"""The rate limiter on a driven clock, and the connector's configuration file and token."""

from __future__ import annotations

import os

import pytest

from inspector_app.marketplace.backmarket import config as bm_config
from inspector_app.marketplace.backmarket.limits import (
    DailyLimitReachedError,
    RateLimiter,
    Window,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_sliding_window_waits_exactly_until_a_slot_frees():
    clock = Clock()
    limiter = RateLimiter(
        {"global": (Window(10, 10.0),)}, safety=1.0, clock=clock, sleep=clock.sleep
    )
    for _ in range(10):
        limiter.acquire("care_folder", max_wait_s=60)
    assert clock.now == 1000.0
    limiter.acquire("care_folder", max_wait_s=60)
    assert clock.now == pytest.approx(1010.0)
    with pytest.raises(TimeoutError):
        for _ in range(20):
            limiter.acquire("care_folder", max_wait_s=1)


def test_block_after_429_delays_the_next_request():
    clock = Clock()
    limiter = RateLimiter({}, clock=clock, sleep=clock.sleep, scale=2.0)
    assert limiter.block() == 5.0
    limiter.acquire("care_list", max_wait_s=60)
    assert clock.now == pytest.approx(1005.0)


def test_daily_budget_is_refused_not_waited():
    clock = Clock()
    limits = {"care_refund": (Window(10, 86_400.0),)}
    limiter = RateLimiter(limits, clock=clock, sleep=clock.sleep)
    for _ in range(9):  # 90 % of 10
        limiter.acquire("care_refund", max_wait_s=60)
    with pytest.raises(DailyLimitReachedError) as caught:
        limiter.acquire("care_refund", max_wait_s=60)
    assert caught.value.wait_s == pytest.approx(86_400.0)
    assert clock.now == 1000.0


def test_config_file_env_token_and_user_agent(tmp_path):
    (tmp_path / "marketplace.toml").write_text(
        '[backmarket]\ncompany = "Acme"\ncontact_email = "it@acme.example"\n'
        'region = "na"\nenvironment = "preprod"\n'
        '[[backmarket.category_rules]]\npattern = "drone"\ncategory = "game_console"\n',
        encoding="utf-8",
    )
    config = bm_config.load(tmp_path, environ={bm_config.TOKEN_ENV: "s3cr3t"})
    assert config is not None
    assert config.base_url == "https://preprod.backmarket.com"
    assert config.user_agent == "BM-Acme-ReturnInspector;it@acme.example"
    assert config.token == "s3cr3t"
    assert config.token_source == bm_config.TOKEN_ENV
    assert "s3cr3t" not in repr(config)
    assert config.category_rules[0].category.value == "game_console"
    assert config.problems() == []


def test_token_file_and_unconfigured_instance(tmp_path):
    assert bm_config.load(tmp_path, environ={}) is None
    token = tmp_path / "bm.token"
    token.write_text("abc123\n", encoding="utf-8")
    os.chmod(token, 0o600)
    config = bm_config.load(
        tmp_path,
        overrides={"token_file": "bm.token", "base_url": "http://127.0.0.1:4010"},
        environ={},
    )
    assert config is not None
    assert config.token == "abc123"
    assert config.base_url == "http://127.0.0.1:4010"
    assert len(config.problems()) == 1  # company and e-mail missing


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[backmarket]\nbase_url = "ftp://x"\n', "base_url"),
        ('[backmarket]\nbase_url = "http://h:1/ws"\n', "no path"),
        ('[backmarket]\ncolour = "blue"\n', "no setting 'colour'"),
        ('[backmarket]\naccept_language = "french"\n', "locale"),
        ('[backmarket]\n[[backmarket.category_rules]]\npattern = "("\ncategory = "tablet"\n',
         "regular expression"),
        ('[backmarket]\n[[backmarket.category_rules]]\npattern = "x"\ncategory = "toaster"\n',
         "toaster"),
        ("[backmarket\n", "marketplace.toml"),
    ],
)  # fmt: skip
def test_bad_configuration_names_the_key(tmp_path, text, message):
    (tmp_path / "marketplace.toml").write_text(text, encoding="utf-8")
    with pytest.raises(bm_config.MarketplaceConfigError, match=message):
        bm_config.load(tmp_path, environ={})
