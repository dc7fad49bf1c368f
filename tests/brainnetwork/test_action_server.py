"""The action server as the launcher starts it: on loopback, and nothing runs without the
token that Rasa sends (brainnetwork/action_server.py, endpoints.yml)."""

import ipaddress
import os
import signal
import socket
import subprocess

import pytest
import requests
from sqlalchemy import create_engine, inspect, text

from brainnetwork import action_server, serve
from brainnetwork.settings import PROJECT_ROOT, load_settings
from brainnetwork.storage import migrate
from tests.conftest import non_loopback_address
from tests.conftest import free_port


def forged_submit(conversation_id="bezoeker-echt"):
    """What an attacker would send: a contact request with made-up answers, "confirmed"."""
    slots = {"consent": True, "confirmed": True, "visitor_name": "Nep Naam", "contact_method": "phone",
             "phone": "+31612345678", "preferred_moment": "morgen", "reason": "vervalst"}
    return {"next_action": "action_submit_intake", "sender_id": conversation_id, "version": "3.6.21",
            "tracker": {"sender_id": conversation_id, "slots": slots, "latest_message": {}, "events": [],
                        "paused": False, "followup_action": None, "active_loop": {},
                        "latest_action_name": "action_listen"},
            "domain": {}}


def contact_requests(database_url):
    engine = create_engine(database_url, future=True)
    try:
        if not inspect(engine).has_table("contact_requests"):
            return 0
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM contact_requests")).scalar()
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    """The action server started as `brainnetwork.serve` starts it (command and environment)."""
    work = tmp_path_factory.mktemp("actions")
    port = free_port()
    saved = dict(os.environ)
    os.environ.update(ACTION_PORT=str(port), DATABASE_URL=f"sqlite:///{work / 'intake.db'}")
    for name in ("ACTION_HOST", "ACTION_SERVER_TOKEN", "ACTION_SERVER_URL", "INTAKE_NOTIFY_TO", "SMTP_HOST"):
        os.environ.pop(name, None)
    try:
        settings = load_settings()
        env = serve.child_env(settings)
        command = serve.action_server_command(settings)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    migrate(env["DATABASE_URL"])  # as the launcher does before it starts the action server
    log = open(work / "actions.log", "w")
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        if not serve.wait_for(f"http://127.0.0.1:{port}/health", process, 180):
            pytest.fail(f"the action server did not start:\n{(work / 'actions.log').read_text()[-3000:]}")
        yield {"port": port, "url": f"http://127.0.0.1:{port}", "token": env.get("ACTION_SERVER_TOKEN", ""),
               "database_url": env["DATABASE_URL"], "env": env}
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def listening_addresses(port):
    """The addresses on which some process listens on TCP `port` (Linux /proc)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, local_port = local.split(":")
            if state != "0A" or int(local_port, 16) != port:
                continue
            raw = b"".join(bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, len(address), 8))
            found.add(ipaddress.ip_address(raw))
    return found


def test_the_action_server_listens_on_loopback_only(running):
    addresses = listening_addresses(running["port"])
    assert addresses and all(address.is_loopback for address in addresses), addresses
    address = non_loopback_address()
    if address:
        with pytest.raises(OSError):
            socket.create_connection((address, running["port"]), timeout=10).close()


def test_a_call_without_the_token_runs_no_action(running):
    url = running["url"]
    for headers in ({}, {"Authorization": "Bearer " + "x" * 43}, {"Authorization": running["token"]},
                    {"Authorization": "Bearer " + running["token"][:-1]}):
        answer = requests.post(f"{url}/webhook", json=forged_submit(), headers=headers, timeout=30)
        assert answer.status_code == 401 and "token" in answer.json()["error"], headers
        assert requests.get(f"{url}/actions", headers=headers, timeout=30).status_code == 401
    assert contact_requests(running["database_url"]) == 0
    assert requests.get(f"{url}/health", timeout=30).json() == {"status": "ok"}  # the launcher's check stays open
    # Rasa, with the token, is served as before (here: the forged call, which shows it would work).
    answer = requests.post(f"{url}/webhook", json=forged_submit(),
                           headers={"Authorization": f"Bearer {running['token']}"}, timeout=60)
    assert answer.status_code == 200 and contact_requests(running["database_url"]) == 1


async def test_rasa_sends_the_token_of_endpoints_yml(running, monkeypatch):
    from rasa.core.actions.action import RemoteAction
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import read_endpoint_config

    from rasa.shared.exceptions import RasaException

    domain = Domain.load([str(PROJECT_ROOT / "domain.yml"), str(PROJECT_ROOT / "data" / "responses")])

    async def run_with(token):
        monkeypatch.setenv("ACTION_SERVER_URL", f"{running['url']}/webhook")
        monkeypatch.setenv("ACTION_SERVER_TOKEN", token)
        endpoint = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "action_endpoint")
        action = RemoteAction("action_explain_symptoms", endpoint)
        return await action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses),
                                DialogueStateTracker("bezoeker", domain.slots), domain)

    await run_with(running["token"])
    with pytest.raises(RasaException):  # refused: nothing ran (the patches turn this into the apology)
        await run_with("y" * 43)


def test_it_refuses_to_listen_beyond_loopback_without_a_token(monkeypatch, caplog):
    monkeypatch.setenv("ACTION_HOST", "0.0.0.0")
    monkeypatch.delenv("ACTION_SERVER_TOKEN", raising=False)
    assert action_server.main([]) == 2
    assert "ACTION_SERVER_TOKEN" in caplog.text
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "z" * 40)
    assert action_server.start_problem(load_settings()) is None
    monkeypatch.setenv("ACTION_HOST", "127.0.0.1")
    monkeypatch.delenv("ACTION_SERVER_TOKEN")
    assert action_server.start_problem(load_settings()) is None
