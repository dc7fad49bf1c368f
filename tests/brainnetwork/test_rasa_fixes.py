"""The fixes to Rasa 3.6 in the Rasa process (brainnetwork/rasa_fixes.py)."""

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, FollowupAction, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from brainnetwork import rasa_fixes
from brainnetwork.intake_texts import apology
from tests.conftest import ROOT, free_port

rasa_fixes.install()
DOMAIN = Domain.load([str(ROOT / "domain.yml"), str(ROOT / "data" / "responses")])


async def run_with_the_action_server_down(name):
    action = RemoteAction(name, EndpointConfig(f"http://localhost:{free_port()}/webhook"))
    return await action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(DOMAIN.responses),
                            DialogueStateTracker("bezoeker", DOMAIN.slots), DOMAIN)


async def test_the_offer_after_a_crisis_answer_does_not_need_the_action_server():
    events = await run_with_the_action_server_down("action_open_contact_offer")
    assert {e.key: e.value for e in events if isinstance(e, SlotSet)} == {"contact_offered": True}


async def test_other_actions_apologise_once_and_listen():
    events = await run_with_the_action_server_down("action_explain_symptoms")
    assert [type(e) for e in events] == [BotUttered, FollowupAction]
    assert events[0].text == apology() and events[1].action_name == "action_listen"


async def test_the_contact_offer_is_decided_in_the_rasa_process_as_the_action_server_would():
    from rasa.shared.core.events import UserUttered

    from brainnetwork.intake_texts import message

    tracker = DialogueStateTracker("bezoeker", DOMAIN.slots)
    tracker.update(UserUttered("wat is het microbioom?", {"name": "faq_microbioom"}))
    action = RemoteAction("action_maybe_offer_contact", EndpointConfig(f"http://localhost:{free_port()}/webhook"))
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    events = await action.run(CollectingOutputChannel(), nlg, tracker, DOMAIN)
    assert isinstance(events[0], BotUttered) and events[0].text == message("offer")["text"]
    assert {e.key: e.value for e in events if isinstance(e, SlotSet)} == {"contact_offered": True, "last_offer_turn": 1.0}
    for event in events:
        tracker.update(event)
    tracker.update(UserUttered("en wat is GABA?", {"name": "faq_gaba"}))
    assert await action.run(CollectingOutputChannel(), nlg, tracker, DOMAIN) == [], "at most once in four turns"


async def test_action_server_calls_reuse_one_kept_alive_connection():
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    peers = []

    async def webhook(request):
        peers.append(request.transport.get_extra_info("peername")[1])
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = TestServer(app)
    await server.start_server()
    try:
        endpoint = EndpointConfig(str(server.make_url("/webhook")))
        for _ in range(3):
            await endpoint.request(json={"next_action": "x"}, method="post")
    finally:
        await server.close()
    assert len(peers) == 3 and len(set(peers)) == 1


def test_action_responses_are_still_checked_against_rasas_schema():
    from jsonschema import ValidationError

    action = RemoteAction("action_explain_symptoms", None)
    assert action._validate_action_result({"events": [{"event": "slot", "name": "x", "value": 1}], "responses": []})
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": [{"geen": "event"}], "responses": []})


PROBE = """
import asyncio, gc, json, sys
if sys.argv[1] == "patched":
    from brainnetwork import rasa_fixes
    rasa_fixes.install()
from rasa.core.agent import Agent
from rasa.utils.tensorflow.models import RasaModel

agent = Agent.load(sys.argv[2])

async def probe():
    parsed = []
    for text in ["wat is het microbioom?", "ik slaap slecht door stress", "flurb", "ik wil een afspraak"]:
        result = await agent.parse_message(text)
        parsed.append([result["intent"]["name"], round(result["intent"]["confidence"], 4)])
    answers = await agent.handle_text("wat is GABA?", sender_id="probe")
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    models = [getattr(n._component, "model", None) for n in nodes if getattr(n, "_component", None)]
    eager = [m.run_eagerly for m in models if isinstance(m, RasaModel)]
    print(json.dumps({"parsed": parsed, "answers": [a.get("text") for a in answers], "eager": eager,
                      "frozen": gc.get_freeze_count()}))

asyncio.run(probe())
"""


@pytest.mark.e2e
def test_fast_loading_gives_the_same_answers_with_graphs(trained_model):
    """Weights built eagerly at load time (fast start) give exactly the answers of Rasa's
    own loading, and the models answer with graphs, not eagerly (fast turns)."""
    import json
    import os
    import subprocess
    import sys

    def probe(mode):
        result = subprocess.run([sys.executable, "-c", PROBE, mode, str(trained_model)], cwd=ROOT,
                                capture_output=True, text=True, timeout=300,
                                env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1])

    ours, rasas = probe("patched"), probe("rasa")
    assert ours["parsed"] == rasas["parsed"] and ours["answers"] == rasas["answers"]
    assert len(ours["eager"]) >= 1 and not any(ours["eager"])
    # The loaded model is out of the garbage collector's way (no full-collection pauses).
    assert ours["frozen"] > 100_000 and rasas["frozen"] == 0
