"""End to end: the run command's launcher starts the trained assistant and its action
server on free ports, and a visitor holds a Dutch conversation over the REST channel.

Expected answers are read from the project's own content (responses, complaint
explanations, crisis numbers, practice.yml), never written out here.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid

import pytest
import requests

from brainnetwork.complaints import complaint_content
from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.practice import current_practice
from tests.conftest import ROOT, load_yaml

pytestmark = pytest.mark.e2e
FAQ = load_yaml(ROOT / "data" / "responses" / "faq.yml")["responses"]
DOMAIN = load_yaml(ROOT / "domain.yml")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def assistant(trained_model, tmp_path_factory):
    rasa_port, action_port = free_port(), free_port()
    log_path = tmp_path_factory.mktemp("e2e") / "assistant.log"
    env = dict(os.environ, RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port), RASA_TELEMETRY_DEBUG="true")
    env.pop("ACTION_SERVER_URL", None)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "brainnetwork.serve", "--model", str(trained_model)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 300
    while "assistant ready" not in log_path.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the assistant did not start:\n{log_path.read_text()[-4000:]}")
        time.sleep(1)
    yield f"http://localhost:{rasa_port}", log_path
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0, log_path.read_text()[-3000:]


class Visitor:
    def __init__(self, url):
        self.url = f"{url}/webhooks/rest/webhook"
        self.sender = f"e2e-{uuid.uuid4().hex[:8]}"

    def says(self, text):
        response = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        return response.json()


def text_of(response_name, source=None):
    return (source or DOMAIN["responses"])[response_name][0]["text"]


def test_a_dutch_conversation_over_rest(assistant):
    url, _ = assistant
    visitor = Visitor(url)

    (greeting,) = visitor.says("hallo")
    assert greeting["text"] == text_of("utter_greet")
    assert greeting["buttons"], "the greeting suggests topics"

    (answer,) = visitor.says("Wat is het microbioom precies?")
    assert answer["text"] == text_of("utter_faq_microbioom", FAQ)

    (answer,) = visitor.says("serotonine?")
    assert answer["text"] == text_of("utter_faq_serotonine", FAQ)
    assert "90–95%" in answer["text"]

    explanation, disclaimer, offer = visitor.says("ik ben altijd moe en heb vaak buikpijn")
    assert explanation["text"] == complaint_content().explain(["vermoeidheid", "darmklachten"])
    assert disclaimer["text"] == text_of("utter_not_a_diagnosis")
    assert [b["payload"] for b in offer["buttons"]] == ["/affirm", "/deny"]

    (details,) = visitor.says("ja graag")
    practice = current_practice()
    assert practice.phone in details["text"] and practice.email in details["text"]


def test_crisis_in_the_middle_of_a_conversation_comes_first(assistant):
    url, _ = assistant
    visitor = Visitor(url)
    visitor.says("wat kan ik zelf doen voor mijn darmflora?")
    crisis, offer = visitor.says("eigenlijk wil ik er gewoon een eind aan maken")
    for value in CRISIS_LINES.values():
        assert value in crisis["text"]
    assert "huisarts" in crisis["text"]
    assert offer["text"] == text_of("utter_offer_contact_after_crisis")


def test_the_safety_net_catches_a_misspelt_crisis_word(assistant):
    url, _ = assistant
    crisis, _ = Visitor(url).says("zelfmord")
    assert CRISIS_LINES["suicide_line_free"] in crisis["text"]


def test_bot_challenge_and_out_of_scope(assistant):
    url, _ = assistant
    visitor = Visitor(url)
    (answer,) = visitor.says("ben jij een robot?")
    assert answer["text"] == text_of("utter_iamabot")
    (answer,) = visitor.says("wat voor weer wordt het morgen?")
    assert answer["text"] == text_of("utter_out_of_scope")


def test_the_log_names_the_spacy_pipeline_and_shows_no_telemetry(assistant):
    _, log_path = assistant
    log = log_path.read_text()
    assert "spaCy: using the official Dutch model" in log or "using the FALLBACK Dutch pipeline" in log
    assert "Telemetry Event" not in log
