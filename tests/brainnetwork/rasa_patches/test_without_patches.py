"""The assistant with the patches off, compared with the patches on: the same NLU and the same
answers, except for the documented differences (brainnetwork/rasa_patches): with the action
server down Rasa itself gives no answer where the patches give the apology; the model loads
without tracing a training graph and is frozen for the garbage collector."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, free_port

PROBE = """
import asyncio, gc, json, sys
from brainnetwork import rasa_patches
rasa_patches.install(enabled=sys.argv[1] == "on")
from rasa.core.agent import Agent
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

agent = Agent.load(sys.argv[2], action_endpoint=EndpointConfig(sys.argv[3]))

async def probe():
    parsed = []
    for text in ["wat is het microbioom?", "ik slaap slecht door stress", "flurb", "ik wil een afspraak",
                 "ik wil niet meer leven"]:
        result = await agent.parse_message(text)
        parsed.append([result["intent"]["name"], round(result["intent"]["confidence"], 4)])
    answers = {}
    for sender, text in [("faq", "wat is GABA?"), ("crisis", "ik wil niet meer leven"),
                         ("symptoms", "ik ben altijd moe en heb vaak buikpijn")]:
        replies = await agent.handle_text(text, sender_id=sender)
        answers[sender] = [reply.get("text") for reply in replies]
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    models = [getattr(n._component, "model", None) for n in nodes if getattr(n, "_component", None)]
    eager = [m.run_eagerly for m in models if isinstance(m, RasaModel)]
    print(json.dumps({"parsed": parsed, "answers": answers, "eager": eager, "frozen": gc.get_freeze_count()}))

asyncio.run(probe())
"""


def probe(mode, model):
    down = f"http://127.0.0.1:{free_port()}/webhook"  # the action server is down
    result = subprocess.run([sys.executable, "-c", PROBE, mode, str(model), down], cwd=ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.e2e
def test_patches_on_and_off_differ_only_where_documented(trained_model):
    from brainnetwork.responses import apology

    ours, rasas = probe("on", trained_model), probe("off", trained_model)
    # Same understanding, and the same answers where no custom action is needed.
    assert ours["parsed"] == rasas["parsed"]
    assert ours["answers"]["faq"][0] == rasas["answers"]["faq"][0]
    # The crisis answer is in the domain: the same with or without the action server.
    assert ours["answers"]["crisis"][0] == rasas["answers"]["crisis"][0] and "113" in ours["answers"]["crisis"][0]
    # Documented difference: with the action server down Rasa says nothing; the patches apologise.
    assert apology() in ours["answers"]["symptoms"] and apology() not in rasas["answers"]["symptoms"]
    # Fast loading still answers with graphs, and the loaded model is out of the collector's way.
    assert len(ours["eager"]) >= 1 and not any(ours["eager"])
    assert ours["frozen"] > 100_000 and rasas["frozen"] == 0
