"""deploy/: the systemd units, the environment file template and HAProxy's drop-in."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from brainnetwork import haproxy, serve
from brainnetwork.settings import PROJECT_ROOT, load_settings

DEPLOY = PROJECT_ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("brainnetwork-*.service"))
ENV_TEMPLATE = DEPLOY / "brainnetwork.env.example"


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string(path.read_text())
    return parser


def env_template() -> dict:
    values = {}
    for line in ENV_TEMPLATE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def test_there_is_a_unit_for_each_process_the_launcher_runs():
    names = {path.name for path in UNITS}
    assert names == {"brainnetwork-rasa@.service", "brainnetwork-actions.service", "brainnetwork-widget.service",
                     "brainnetwork-review.service"}


@pytest.mark.parametrize("path", UNITS, ids=lambda path: path.name)
def test_every_unit_restarts_as_the_launcher_restarts_a_rasa_instance(path):
    """At most MAX_RESTARTS restarts in RESTART_WINDOW_S: systemd counts starts, so the
    first start and MAX_RESTARTS more."""
    parsed = unit(path)
    assert parsed["Unit"]["StartLimitIntervalSec"] == str(serve.RESTART_WINDOW_S)
    assert parsed["Unit"]["StartLimitBurst"] == str(serve.MAX_RESTARTS + 1)
    assert parsed["Service"]["Restart"] == "on-failure"
    assert parsed["Service"]["EnvironmentFile"] == "/etc/brainnetwork/brainnetwork.env"
    assert parsed["Service"]["UMask"] == "0077" and parsed["Service"]["User"] == "brainnetwork"


def test_the_rasa_unit_runs_what_the_launcher_runs():
    command = unit(DEPLOY / "systemd" / "brainnetwork-rasa@.service")["Service"]["ExecStart"].replace("\\\n", " ")
    words = command.split()
    assert words[1:3] == ["run", "--model"]
    for option in ("--endpoints endpoints.yml", "--credentials credentials.yml", "--interface ${RASA_HOST}",
                   "--port %i"):
        assert option in " ".join(words)


def test_the_units_pass_systemd_analyze_verify(tmp_path):
    """The units as installed in /opt/brainnetwork, checked here with this checkout in its place."""
    program = shutil.which("systemd-analyze")
    if program is None:
        pytest.skip("systemd-analyze is not installed")
    names = []
    for path in UNITS:
        name = path.name.replace("@.service", "@5005.service")
        (tmp_path / name).write_text(path.read_text().replace("/opt/brainnetwork", str(PROJECT_ROOT)))
        names.append(str(tmp_path / name))
    result = subprocess.run([program, "verify", *names], capture_output=True, text=True)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


def test_haproxys_drop_in_renders_the_configuration_before_each_start():
    drop_in = (DEPLOY / "systemd" / "haproxy.service.d" / "brainnetwork.conf").read_text()
    starts = re.findall(r"^ExecStartPre=(.*)$", drop_in, re.MULTILINE)
    assert starts[0] == "" and "-m brainnetwork.haproxy --out /etc/haproxy/haproxy.cfg" in starts[1]
    assert "-c -q" in starts[2]


def test_the_environment_template_names_only_documented_settings():
    configuration = (PROJECT_ROOT / "docs" / "configuration.md").read_text()
    for name in env_template():
        assert f"`{name}`" in configuration, f"{name} is not in the configuration tables of docs/configuration.md"


def test_the_environment_template_cannot_run_with_its_placeholders(monkeypatch):
    for name, value in env_template().items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match="ACTION_SERVER_TOKEN|WIDGET_SESSION_SECRET"):
        load_settings()


def test_the_environment_template_with_its_secrets_gives_a_two_machine_haproxy(monkeypatch):
    for name, value in env_template().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "a" * 40)
    monkeypatch.setenv("WIDGET_SESSION_SECRET", "b" * 64)
    settings = load_settings()
    config = haproxy.render(settings, haproxy.upstreams(settings))
    assert "server rasa1 10.0.0.1:5005 check" in config and "server rasa2 10.0.0.2:5005 check" in config
    assert "    bind :443 ssl crt /etc/haproxy/certs/assistent.praktijk.nl.pem alpn http/1.1\n" in config
    assert serve.rasa_interface(settings) == "10.0.0.1"
