"""action_prepare_crisis_help fills the crisis numbers in from their one source."""

import re

from rasa_sdk.executor import CollectingDispatcher

from actions.crisis import ActionPrepareCrisisHelp
from brainnetwork.crisis import CRISIS_LINES
from tests.conftest import make_tracker


async def run(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ActionPrepareCrisisHelp().run(dispatcher, tracker, domain)
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_fills_every_crisis_number_and_opens_the_contact_offer(domain):
    messages, slots = await run(make_tracker("ik wil dood", "crisis"), domain)
    assert messages == []  # the rule sends utter_crisis_help right after
    assert {k: slots[k] for k in CRISIS_LINES} == dict(CRISIS_LINES)
    assert slots["contact_offered"] is True


async def test_the_crisis_answer_shows_113_0800_0113_112_and_the_huisarts(domain):
    (variant,) = domain["responses"]["utter_crisis_help"]
    _, slots = await run(make_tracker("ik wil dood", "crisis"), domain)
    text = variant["text"].format(**slots)
    assert not re.search(r"\{\w+\}", text), "every placeholder is filled"
    for number in ("113", "0800-0113", "113.nl", "112"):
        assert number in text
    assert "huisarts" in text and "huisartsenpost" in text
    assert "Dag en nacht" in text


async def test_every_placeholder_of_the_crisis_answer_is_a_slot_the_action_sets(domain):
    (variant,) = domain["responses"]["utter_crisis_help"]
    placeholders = set(re.findall(r"\{(\w+)\}", variant["text"]))
    assert placeholders == set(CRISIS_LINES)
    assert placeholders <= set(domain["slots"])
