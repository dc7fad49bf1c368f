"""Contact actions: the practice's details from practice.yml; the offer opened and closed."""

import re

from rasa_sdk.executor import CollectingDispatcher

from actions.contact import ActionCloseContactOffer, ActionPrepareContactDetails
from brainnetwork.practice import current_practice
from tests.conftest import make_tracker


def slot_values(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_contact_details_come_from_practice_yml(domain):
    events = await ActionPrepareContactDetails().run(CollectingDispatcher(), make_tracker("ja", "affirm"), domain)
    slots = slot_values(events)
    practice = current_practice()
    assert slots["practice_phone"] == practice.phone
    assert slots["practice_email"] == practice.email
    assert "contact_offered" not in slots
    assert set(slots) <= set(domain["slots"])  # Rasa logs an ERROR for every unknown slot
    (variant,) = domain["responses"]["utter_contact_details"]
    text = variant["text"].format(**slots)
    assert practice.phone in text and practice.email in text
    assert not re.search(r"\{\w+\}", text)


async def test_declining_closes_the_offer():
    events = await ActionCloseContactOffer().run(CollectingDispatcher(), make_tracker("nee", "deny"), {})
    assert slot_values(events) == {"contact_offered": False}
