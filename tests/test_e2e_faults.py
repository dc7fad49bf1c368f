"""Faults: the action server unreachable, and a model that cannot be loaded."""

import subprocess
import sys

import pytest
import requests

from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.responses import apology
from brainnetwork.practice import current_practice
from tests.conftest import ROOT, free_port
from tests.running import Visitor, launch, shut_down

pytestmark = pytest.mark.e2e


def test_action_server_down_gives_an_apology_and_the_conversation_goes_on(trained_model, tmp_path):
    # Rasa is told to call an action server on a port where nothing listens.
    dead = f"http://localhost:{free_port()}/webhook"
    process, running = launch(trained_model, tmp_path, ACTION_SERVER_URL=dead)
    try:
        crisis = Visitor(running.url).says("ik wil niet meer leven")
        crisis_text = " ".join(a.get("text", "") for a in crisis)
        for number in CRISIS_LINES.values():  # crisis help never depends on the action server
            assert number in crisis_text
        visitor = Visitor(running.url)
        answers = visitor.says("ik ben altijd moe en heb vaak buikpijn")  # a custom action
        texts = [a.get("text", "") for a in answers]
        assert texts.count(apology()) == 1 and current_practice().phone in apology()
        (answer,) = visitor.says("wat is het microbioom?")  # a plain answer still works
        assert answer["text"].startswith("Je microbioom")
        assert requests.get(f"{running.url}/webhooks/health/", timeout=10).status_code == 200
        assert "Custom action action_explain_symptoms failed" in running.log.read_text()
    finally:
        assert shut_down(process) == 0


def test_a_model_that_cannot_be_loaded_stops_the_run_command(tmp_path):
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(b"dit is geen model")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}", "RASA_PORT": str(free_port()),
           "ACTION_PORT": str(free_port()), "WIDGET_PORT": str(free_port()), "REVIEW_PORT": str(free_port())}
    result = subprocess.run([sys.executable, "-m", "brainnetwork.serve", "--model", str(broken)], cwd=ROOT,
                            env={**__import__("os").environ, **env}, capture_output=True, text=True, timeout=240)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "could not be loaded" in output and "make model" in output
