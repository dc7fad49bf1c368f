"""The launcher: what it starts, and how it refuses to start with a clear message."""

import sys

from brainnetwork import serve
from brainnetwork.settings import load_settings


def test_action_server_and_rasa_commands(monkeypatch, tmp_path):
    monkeypatch.setenv("RASA_PORT", "6100")
    monkeypatch.setenv("ACTION_PORT", "6101")
    settings = load_settings()
    assert serve.action_server_command(settings) == [
        sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", "6101",
    ]
    run = serve.rasa_command(settings, tmp_path / "m.tar.gz", shell=False)
    assert run[1] == "run" and "--credentials" in run and run[run.index("--port") + 1] == "6100"
    assert serve.rasa_command(settings, tmp_path / "m.tar.gz", shell=True)[1] == "shell"


def test_rasa_finds_the_action_server_on_its_port(monkeypatch):
    monkeypatch.delenv("ACTION_SERVER_URL", raising=False)
    monkeypatch.setenv("ACTION_PORT", "6101")
    assert serve.child_env(load_settings())["ACTION_SERVER_URL"] == "http://localhost:6101/webhook"


def test_missing_model_is_a_clear_error(tmp_path, caplog):
    assert serve.main(["--model", str(tmp_path / "none.tar.gz")]) == 2
    assert "make model" in caplog.text


def test_broken_practice_file_is_a_clear_error(tmp_path, monkeypatch, caplog):
    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    practice = tmp_path / "practice.yml"
    practice.write_text("name: X\n")
    monkeypatch.setenv("BRAINNETWORK_PRACTICE_FILE", str(practice))
    assert serve.main(["--model", str(model)]) == 2
    assert "missing phone, email" in caplog.text
