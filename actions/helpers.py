"""Helpers shared by the actions."""

from __future__ import annotations

from typing import Any, List, Mapping, Text

from rasa_sdk.events import EventType, SlotSet

# True while the assistant waits for a yes/no to its offer of contact.
CONTACT_OFFERED = "contact_offered"


def slots_from(values: Mapping[Text, Text], domain: Mapping[Text, Any]) -> List[EventType]:
    """One SlotSet event per template value that the domain has a slot for (Rasa logs an
    ERROR for every event that sets an unknown slot)."""
    slots = domain.get("slots") or {}
    return [SlotSet(name, value) for name, value in values.items() if name in slots]
