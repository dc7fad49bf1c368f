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
