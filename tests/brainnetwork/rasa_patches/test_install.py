"""Installing the patches: one explicit call, a version guard, an off switch, and undone."""

import subprocess
import sys

from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.utils.tensorflow.models import RasaModel

from brainnetwork import rasa_patches
from tests.conftest import ROOT


def test_an_unknown_rasa_version_is_not_patched(caplog):
    assert rasa_patches.install(rasa_version="3.7.0") == []
    assert rasa_patches.installed() == [] and "not the version" in caplog.text


def test_the_setting_turns_them_off():
    assert rasa_patches.install(enabled=False) == [] and rasa_patches.installed() == []


def test_uninstall_puts_rasa_back_as_it_ships():
    before = (RemoteAction.run, RemoteAction.__init__, RemoteAction._validate_action_result,
              RasaModel.__dict__["load"], Agent.load_model)
    rasa_patches.install()
    assert RemoteAction.run is not before[0] and Agent.load_model is not before[4]
    rasa_patches.uninstall()
    after = (RemoteAction.run, RemoteAction.__init__, RemoteAction._validate_action_result,
             RasaModel.__dict__["load"], Agent.load_model)
    assert after == before and rasa_patches.installed() == []


def test_importing_the_project_patches_nothing():
    """Only the Rasa process's entry point installs them (no side effect of an import)."""
    probe = ("import brainnetwork.channels, brainnetwork.tracker_store, brainnetwork.lock_store;"
             "from brainnetwork import rasa_patches; print(rasa_patches.installed())")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_entry_point_installs_them_unless_switched_off(monkeypatch):
    from brainnetwork import rasa_process

    calls = []
    monkeypatch.setattr(rasa_patches, "install", lambda enabled=True: calls.append(enabled) or [])
    monkeypatch.setattr("rasa.__main__.main", lambda: calls.append(sys.argv[:2]))
    rasa_process.main(["--version"])
    monkeypatch.setenv("RASA_PATCHES", "off")
    rasa_process.main(["--version"])
    assert calls == [True, ["rasa", "--version"], False, ["rasa", "--version"]]
