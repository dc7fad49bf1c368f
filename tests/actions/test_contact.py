"""Contact actions: the offer closed; the practice's answers to practical questions (the
practice's details in responses: tests/brainnetwork/test_nlg.py)."""

import re

from rasa_sdk.executor import CollectingDispatcher

from actions.contact import ActionCloseContactOffer
from tests.conftest import make_tracker


def slot_values(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_declining_closes_the_offer():
    events = await ActionCloseContactOffer().run(CollectingDispatcher(), make_tracker("nee", "deny"), {})
    assert slot_values(events) == {"contact_offered": False}


async def practical(intent, domain, answers):
    from unittest import mock

    from actions.contact import ActionAnswerPracticalQuestion
    from brainnetwork.practice import parse_practice

    practice = parse_practice({"name": "BrainNetwork", "phone": "085 000 0000", "email": "info@example.org",
                               "practical_answers": answers})
    dispatcher = CollectingDispatcher()
    with mock.patch("actions.contact.current_practice", return_value=practice):
        await ActionAnswerPracticalQuestion().run(dispatcher, make_tracker("?", intent), domain)
    return dispatcher.messages


async def test_a_practical_question_gets_the_practices_own_answer(domain):
    (message,) = await practical("practice_waiting_time", domain, {"waiting_time": "Ongeveer drie weken."})
    assert message["response"] == "utter_practice_waiting_time"
    text = domain["responses"]["utter_practice_waiting_time"][0]["text"].format(**message)
    assert "Ongeveer drie weken." in text


async def test_without_an_answer_it_says_honestly_the_practice_can_tell(domain):
    (message,) = await practical("practice_costs", domain, {})
    assert message["response"] == "utter_practice_costs_ask_the_practice"
    text = domain["responses"][message["response"]][0]["text"].format(**message)
    assert "085 000 0000" in text and "info@example.org" in text and not re.search(r"\{\w+\}", text)
