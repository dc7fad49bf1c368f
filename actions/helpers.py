"""Helpers shared by the actions."""

from __future__ import annotations

from typing import List, Mapping, Text

from rasa_sdk.events import EventType, SlotSet

# True while the assistant waits for a yes/no to its offer of contact.
CONTACT_OFFERED = "contact_offered"


def slots_from(values: Mapping[Text, Text]) -> List[EventType]:
    """One SlotSet event per template value, for responses that name them."""
    return [SlotSet(name, value) for name, value in values.items()]
