"""Nothing goes to Rasa's vendor: telemetry and crash reports are off in this project.

RASA_TELEMETRY_DEBUG=true makes Rasa print each telemetry event instead of sending it,
so these tests can see whether an event would have been sent without sending anything.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brainnetwork.serve import child_env
from brainnetwork.settings import load_settings
from tests.conftest import ROOT

RASA = str(Path(sys.executable).with_name("rasa"))


def run_validate(command, home):
    env = {k: v for k, v in os.environ.items() if k != "RASA_TELEMETRY_ENABLED"}
    env.update({"HOME": str(home), "RASA_TELEMETRY_DEBUG": "true"})
    # A user config that has telemetry switched on, as `rasa` writes it by default.
    config = home / ".config" / "rasa" / "global.yml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("metrics:\n  enabled: true\n  rasa_user_id: test\n  date: 2026-01-01 00:00:00\n")
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


def test_plain_rasa_from_the_venv_sends_no_telemetry(tmp_path):
    output = run_validate([RASA, "data", "validate"], tmp_path)
    assert "Validating intents" in output
    assert "Telemetry Event" not in output


def test_the_check_above_would_see_an_event_if_telemetry_were_on(tmp_path):
    """Control: switched on explicitly, the same command does report an event."""
    force_on = (
        "import os, sys; os.environ['RASA_TELEMETRY_ENABLED'] = 'true'; "
        "sys.argv = ['rasa', 'data', 'validate']; from rasa.__main__ import main; main()"
    )
    output = run_validate([sys.executable, "-c", force_on], tmp_path)
    assert "Telemetry Event" in output


def test_the_launcher_switches_telemetry_off_whatever_the_environment(monkeypatch):
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "true")
    assert child_env(load_settings())["RASA_TELEMETRY_ENABLED"] == "false"


def test_error_reporting_is_not_initialised(monkeypatch):
    import rasa.telemetry
    import sentry_sdk

    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "false")
    monkeypatch.setattr(sentry_sdk, "init", lambda *a, **k: pytest.fail("sentry initialised"))
    assert rasa.telemetry.is_telemetry_enabled() is False
    rasa.telemetry.initialize_error_reporting()


def test_the_makefile_exports_telemetry_off():
    assert "export RASA_TELEMETRY_ENABLED := false" in (ROOT / "Makefile").read_text()
