"""Configuration layers: precedence, sources, env mapping, errors located by file and line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector_app import config
from inspector_app.config import ConfigError, ConfigFiles
from inspector_app.settings import REMOVED, RENAMED, Settings


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> ConfigFiles:
    return ConfigFiles(tmp_path / "etc" / "config.toml", tmp_path / "home" / "config.toml")


def test_each_layer_overrides_the_one_below(files: ConfigFiles) -> None:
    write(
        files.machine,
        '[server]\nurl = "https://machine.example"\ntimeout_s = 20\n'
        '[station]\nname = "bench-machine"\n[camera]\nfps = 15\n',
    )
    write(files.user, '[server]\ntimeout_s = 30\n[station]\nname = "bench-user"\n')
    environ = {"RI_STATION_NAME": "bench-env", "RI_CAMERA_FPS": "25"}

    settings = config.load(["camera.fps=12"], environ=environ, files=files)

    assert (settings["server.url"], settings.source("server.url")) == (
        "https://machine.example",
        "machine",
    )
    assert (settings["server.timeout_s"], settings.source("server.timeout_s")) == (30.0, "user")
    assert (settings["station.name"], settings.source("station.name")) == ("bench-env", "env")
    assert (settings["camera.fps"], settings.source("camera.fps")) == (12, "cli")
    assert settings.source("ui.sounds") == "default"


def test_missing_files_are_absent_layers(files: ConfigFiles) -> None:
    settings = config.load(environ={}, files=files)
    assert all(source == "default" for _, _, source in settings.items())


def test_environment_mapping_and_conversions(files: ConfigFiles) -> None:
    environ = {
        "RI_SERVER_VERIFY_TLS": "no",
        "RI_SCANNING_FORMATS": "qrcode, code128",
        "RI_SERVER_TIMEOUT_S": "12.5",
        "RI_TEST_PG_URL": "postgresql://not-a-setting",  # unrelated RI_ names are ignored
    }
    settings = config.load(environ=environ, files=files)
    assert settings["server.verify_tls"] is False
    assert settings["scanning.formats"] == ["qrcode", "code128"]
    assert settings["server.timeout_s"] == 12.5
    assert config.env_var("server.timeout_s") == "RI_SERVER_TIMEOUT_S"


def test_machine_file_location_can_be_overridden(tmp_path: Path) -> None:
    target = tmp_path / "machine.toml"
    found = ConfigFiles.for_environment(
        {"RI_MACHINE_CONFIG": str(target), "RI_USER_CONFIG": str(tmp_path / "u.toml")}
    )
    assert found == ConfigFiles(target, tmp_path / "u.toml")


def test_errors_name_file_and_line(files: ConfigFiles) -> None:
    write(
        files.machine,
        '# site config\n[server]\nurl = "https://x"\n\n'
        'timout_s = 5\n[camera]\nfps = 500\nwidth = "wide"\n',
    )
    with pytest.raises(ConfigError) as caught:
        config.load(environ={}, files=files)
    lines = str(caught.value).splitlines()
    where = str(files.machine)
    assert lines[0] == f"{where}:5: unknown setting 'server.timout_s'"
    assert lines[1] == f"{where}:7: camera.fps: 500 is above the maximum 120"
    assert lines[2].startswith(f"{where}:8: camera.width: expected int")


def test_toml_syntax_error_has_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.toml", '[server]\nurl = "https://x"\ntoken = unquoted\n')
    values, problems = config.check_file(path)
    assert values == {}
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}:3: not valid TOML")


def test_multiline_strings_do_not_confuse_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "c.toml", '[server]\nproxy = """\nfps = 1\n"""\n[camera]\nfps = 0\n')
    _, problems = config.check_file(path)
    assert [p.line for p in problems] == [6]


def test_bad_environment_and_cli_values_are_reported(files: ConfigFiles) -> None:
    with pytest.raises(ConfigError) as caught:
        config.load(
            ["nonsense", "ui.language=klingon"], environ={"RI_CAMERA_FPS": "fast"}, files=files
        )
    text = str(caught.value)
    assert "RI_CAMERA_FPS: camera.fps: expected int, got 'fast'" in text
    assert "--set: expected KEY=VALUE, got 'nonsense'" in text
    assert "--set: ui.language: 'klingon' is not one of" in text


def test_unreadable_file_is_an_error(files: ConfigFiles) -> None:
    files.machine.parent.mkdir(parents=True)
    files.machine.write_bytes(b'[server]\nurl = "\xff\xfe"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        config.load(environ={}, files=files)


def test_save_user_writes_only_user_values_and_round_trips(files: ConfigFiles) -> None:
    write(files.machine, '[server]\nurl = "https://machine.example"\n')
    settings = config.load(environ={}, files=files)
    settings.set("ui.sounds", False, source="user")
    settings.set("scanning.formats", ["qrcode"], source="user")
    config.save_user(settings, files.user)

    text = files.user.read_text()
    assert "machine.example" not in text
    reloaded = config.load(environ={}, files=files)
    assert reloaded["ui.sounds"] is False
    assert reloaded["scanning.formats"] == ["qrcode"]
    assert reloaded.source("ui.sounds") == "user"
    assert reloaded.source("server.url") == "machine"


def test_loaded_token_is_masked_in_logs(files: ConfigFiles) -> None:
    from inspector_app import logs

    write(files.machine, '[server]\ntoken = "st-9f8e7d6c5b4a"\n')
    config.load(environ={}, files=files)
    assert logs.mask("failed with st-9f8e7d6c5b4a in url") == "failed with *** in url"


def test_defaults_match_a_fresh_settings_object(files: ConfigFiles) -> None:
    loaded = config.load(environ={}, files=files)
    fresh = Settings()
    assert [(o.key, v) for o, v, _ in loaded.items()] == [(o.key, v) for o, v, _ in fresh.items()]


def test_set_in_file_keeps_comments_and_replaces_values(tmp_path: Path) -> None:
    path = write(
        tmp_path / "config.toml",
        '# site file\n[server]\n# the URL\nurl = "https://old.example"\n\n'
        "[camera]\nfps = 15 # slow camera\n",
    )
    config.set_in_file(
        path,
        [
            "server.url=https://new.example",
            "server.token=st-abc123",
            "camera.fps=20",
            "ui.sounds=off",
        ],
    )
    text = path.read_text()
    assert text.startswith("# site file\n[server]\n")
    assert "# the URL\n" in text
    assert 'url = "https://new.example"' in text and "old.example" not in text
    assert 'token = "st-abc123"' in text
    assert "fps = 20\n" in text
    assert "[ui]\nsounds = false\n" in text
    values, problems = config.check_file(path)
    assert problems == []
    assert values["server.url"] == "https://new.example"
    assert values["camera.fps"] == 20


def test_set_in_file_creates_a_file_and_refuses_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    config.set_in_file(path, ['server.url=https://x.example/"quoted"'])
    assert config.check_file(path)[0] == {"server.url": 'https://x.example/"quoted"'}
    before = path.read_text()
    with pytest.raises(ConfigError, match=r"camera\.fps: expected int"):
        config.set_in_file(path, ["camera.fps=fast"])
    assert path.read_text() == before


def test_set_in_file_refuses_to_edit_a_broken_file(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.toml", "[server\nurl = 1\n")
    with pytest.raises(ConfigError, match=r"broken.toml:1: not valid TOML"):
        config.set_in_file(path, ["server.url=https://x.example"])
    assert path.read_text() == "[server\nurl = 1\n"


# -- keys that changed between releases ---------------------------------------------------


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release that renamed server.address to server.url and dropped camera.flash."""
    monkeypatch.setitem(RENAMED, "server.address", "server.url")
    monkeypatch.setitem(REMOVED, "camera.flash", "the bench camera never had a flash")


@pytest.fixture
def warnings(
    caplog: pytest.LogCaptureFixture, expect_log: Callable[[str, str], None]
) -> pytest.LogCaptureFixture:
    """The loader's warnings, which are what tells IT to update an old key."""
    expect_log("inspector_app.config", r"setting '[a-z._]+' is (now|no longer)|locked by")
    caplog.set_level(logging.WARNING, "inspector_app.config")
    return caplog


def test_a_renamed_key_in_a_file_is_mapped_with_a_warning_naming_file_and_line(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    write(files.user, '[station]\nname = "bench-7"\n\n[server]\naddress = "https://r.example"\n')
    settings = config.load(environ={}, files=files)
    assert (settings["server.url"], settings.source("server.url")) == ("https://r.example", "user")
    assert f"{files.user}:5: setting 'server.address' is now called 'server.url'" in warnings.text


def test_a_renamed_key_in_the_environment_is_mapped_with_a_warning_naming_the_variable(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    settings = config.load(environ={"RI_SERVER_ADDRESS": "https://env.example"}, files=files)
    assert (settings["server.url"], settings.source("server.url")) == ("https://env.example", "env")
    assert "RI_SERVER_ADDRESS: setting 'server.address' is now called 'server.url'" in warnings.text


def test_a_renamed_key_on_the_command_line_is_mapped_with_a_warning(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    settings = config.load(["server.address=https://cli.example"], environ={}, files=files)
    assert (settings["server.url"], settings.source("server.url")) == ("https://cli.example", "cli")
    assert "--set: setting 'server.address' is now called 'server.url'" in warnings.text


def test_a_removed_key_is_ignored_with_a_warning_in_every_layer(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    write(files.machine, "[camera]\nfps = 20\nflash = true\n")
    settings = config.load(["camera.flash=off"], environ={"RI_CAMERA_FLASH": "1"}, files=files)
    assert settings["camera.fps"] == 20
    reason = "is no longer used (the bench camera never had a flash); ignored"
    assert f"{files.machine}:3: setting 'camera.flash' {reason}" in warnings.text
    assert f"RI_CAMERA_FLASH: setting 'camera.flash' {reason}" in warnings.text
    assert f"--set: setting 'camera.flash' {reason}" in warnings.text


def test_the_new_name_wins_over_the_old_one_in_the_same_layer(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    write(files.user, '[server]\naddress = "https://old.example"\nurl = "https://new.example"\n')
    environ = {
        "RI_SERVER_ADDRESS": "https://old-env.example",
        "RI_SERVER_URL": "https://env.example",
    }
    assert config.load(environ={}, files=files)["server.url"] == "https://new.example"
    assert config.load(environ=environ, files=files)["server.url"] == "https://env.example"
    assert f"{files.user}:2: setting 'server.address' is now 'server.url'" in warnings.text
    assert (
        "RI_SERVER_ADDRESS: setting 'server.address' is now 'server.url', which is also set"
        in warnings.text
    )
    assert "is now called" not in warnings.text


def test_a_lock_on_a_renamed_key_still_locks_it(
    files: ConfigFiles, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    write(
        files.machine,
        '[station]\nlocked_settings = ["server.address", "camera.flash"]\n\n'
        '[server]\naddress = "https://site.example"\n',
    )
    write(files.user, '[server]\naddress = "https://mine.example"\n')
    settings = config.load(environ={}, files=files)
    assert settings["station.locked_settings"] == ["server.url"]
    assert (settings["server.url"], settings.source("server.url")) == (
        "https://site.example",
        "machine",
    )
    assert f"{files.machine}:2: setting 'server.address' is now called" in warnings.text
    assert f"{files.machine}:2: setting 'camera.flash' is no longer used" in warnings.text
    assert "ignoring server.url, locked by the machine file" in warnings.text


def test_config_check_accepts_an_old_key_and_warns(
    tmp_path: Path, renamed: None, warnings: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path / "site.toml", '[server]\naddress = "https://r.example"\n')
    assert config.check_file(path) == ({"server.url": "https://r.example"}, [])
    assert f"{path}:2: setting 'server.address' is now called 'server.url'" in warnings.text


@pytest.mark.expect_log("inspector_app.config", "ignoring ui.kiosk, locked by the machine file")
def test_kiosk_mode_comes_from_the_machine_file_and_it_can_lock_it(files: ConfigFiles) -> None:
    write(files.machine, '[ui]\nkiosk = true\n[station]\nlocked_settings = ["ui.kiosk"]\n')
    write(files.user, "[ui]\nkiosk = false\n")
    settings = config.load(environ={}, files=files)
    assert (settings["ui.kiosk"], settings.source("ui.kiosk")) == (True, "machine")
    assert config.load(environ={}, files=ConfigFiles(files.user, files.user))["ui.kiosk"] is False
