"""Settings come from environment variables, with defaults for a local run."""

import pytest

from brainnetwork.settings import PROJECT_ROOT, load_settings


def test_defaults(monkeypatch):
    for name in ("RASA_PORT", "ACTION_PORT", "BRAINNETWORK_PRACTICE_FILE", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.rasa_port == 5005
    assert settings.action_port == 5055
    assert settings.practice_file == PROJECT_ROOT / "practice.yml"
    assert settings.log_level == "INFO"


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("RASA_PORT", "6005")
    monkeypatch.setenv("BRAINNETWORK_PRACTICE_FILE", str(tmp_path / "p.yml"))
    settings = load_settings()
    assert settings.rasa_port == 6005
    assert settings.practice_file == tmp_path / "p.yml"


def test_bad_number_names_the_variable(monkeypatch):
    monkeypatch.setenv("ACTION_PORT", "vijf")
    with pytest.raises(ValueError, match="ACTION_PORT"):
        load_settings()


def test_rest_and_the_action_server_are_closed_by_default(monkeypatch):
    for name in ("REST_INTEGRATION_NAME", "REST_TOKEN", "ACTION_HOST", "ACTION_SERVER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    access = load_settings().access
    assert not access.rest_open_to_integration
    assert access.action_host == "127.0.0.1" and access.action_server_token == ""


@pytest.mark.parametrize("env, message", [
    ({"REST_TOKEN": "t" * 40}, "go together"),
    ({"REST_INTEGRATION_NAME": "crm"}, "go together"),
    ({"REST_INTEGRATION_NAME": "crm", "REST_TOKEN": "kort"}, "at least 32"),
    ({"REST_INTEGRATION_NAME": "crm; rm", "REST_TOKEN": "t" * 40}, "short name"),
    ({"ACTION_SERVER_TOKEN": "kort"}, "ACTION_SERVER_TOKEN must be at least 32"),
])
def test_weak_or_half_access_settings_are_refused(monkeypatch, env, message):
    for name in ("REST_INTEGRATION_NAME", "REST_TOKEN", "ACTION_SERVER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message):
        load_settings()


def test_tokens_are_not_shown_in_the_settings_repr(monkeypatch):
    monkeypatch.setenv("REST_INTEGRATION_NAME", "crm")
    monkeypatch.setenv("REST_TOKEN", "r" * 40)
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "a" * 40)
    settings = load_settings()
    assert settings.access.rest_open_to_integration
    assert "r" * 40 not in repr(settings) and "a" * 40 not in repr(settings)


def test_a_configured_widget_secret_shorter_than_32_bytes_is_refused(monkeypatch):
    monkeypatch.setenv("WIDGET_SESSION_SECRET", "geheim")
    with pytest.raises(ValueError, match="WIDGET_SESSION_SECRET must be at least 32 bytes long"):
        load_settings()
    monkeypatch.setenv("WIDGET_SESSION_SECRET", "g" * 32)
    assert load_settings().widget_session_secret == b"g" * 32


def test_retention_and_session_lifetimes(monkeypatch):
    for name in ("PURGE_INTERVAL_MINUTES", "WIDGET_SESSION_MAX_HOURS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.review.purge_interval_minutes == 60 and settings.widget_session_max_hours == 24
    monkeypatch.setenv("PURGE_INTERVAL_MINUTES", "-5")
    with pytest.raises(ValueError, match="PURGE_INTERVAL_MINUTES must be 0 or more"):
        load_settings()
    monkeypatch.setenv("PURGE_INTERVAL_MINUTES", "0")
    monkeypatch.setenv("WIDGET_SESSION_MAX_HOURS", "0")
    with pytest.raises(ValueError, match="WIDGET_SESSION_MAX_HOURS must be 1 or more"):
        load_settings()


PROGRAMS = {  # every entry point that reads the settings, as the launcher or an operator starts it
    "launcher": ["brainnetwork.serve"],
    "action server": ["brainnetwork.action_server"],
    "review app": ["brainnetwork.review.web"],
    "review cli": ["brainnetwork.review", "list"],
    "schema migrations": ["brainnetwork.storage", "upgrade"],
    "widget server": ["brainnetwork.widget.server"],
}


@pytest.mark.parametrize("program", PROGRAMS)
@pytest.mark.parametrize("env, message", [
    ({"WIDGET_SESSION_SECRET": "kort"}, "Cannot start: WIDGET_SESSION_SECRET must be at least 32 bytes long"),
    ({"REST_INTEGRATION_NAME": "crm", "REST_TOKEN": "kort"}, "Cannot start: REST_TOKEN must be at least 32"),
])
def test_a_bad_setting_stops_a_program_with_its_message_alone(program, env, message):
    """Not a traceback around it: the message and exit code 2."""
    import os
    import subprocess
    import sys

    clean = {k: v for k, v in os.environ.items() if k not in (
        "WIDGET_SESSION_SECRET", "REST_INTEGRATION_NAME", "REST_TOKEN", "ACTION_SERVER_TOKEN")}
    done = subprocess.run([sys.executable, "-m", *PROGRAMS[program]], cwd=PROJECT_ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().startswith(message), done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""


def test_the_settings_error_is_a_value_error_with_a_clear_message(monkeypatch):
    from brainnetwork.settings import SettingsError

    monkeypatch.setenv("ACTION_PORT", "vijf")
    with pytest.raises(SettingsError, match="ACTION_PORT must be a whole number, got 'vijf'"):
        load_settings()


def test_scale_out_addresses_default_to_one_machine(monkeypatch):
    for name in ("RASA_HOST", "RASA_UPSTREAMS", "HAPROXY_BIND", "HAPROXY_STATS_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RASA_PORT", "6005")
    scale_out = load_settings().scale_out
    assert (scale_out.rasa_host, scale_out.upstreams) == ("", ())
    assert (scale_out.haproxy_bind, scale_out.haproxy_stats_port) == ("0.0.0.0:6005", 8404)


@pytest.mark.parametrize("value", ["10.0.0.2 --debug", "host;rm", "a/b"])
def test_a_rasa_host_that_is_not_an_address_is_refused(monkeypatch, value):
    monkeypatch.setenv("RASA_HOST", value)
    with pytest.raises(ValueError, match="RASA_HOST must be an address"):
        load_settings()


def test_rasa_host_may_be_ipv6(monkeypatch):
    for value in ("::1", "[fd00::2]"):
        monkeypatch.setenv("RASA_HOST", value)
        assert load_settings().scale_out.rasa_host == value.strip("[]")
