"""Described complaints: what the article says about each one the visitor named.

Complaints come as `complaint` entities and causes the article names as `cause`, both
already mapped to canonical values by the NLU synonyms. The rule in
data/rules/symptoms.yml follows this with the disclaimer and (at most once every few
turns) the offer of contact.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction
from brainnetwork.complaints import complaint_content

COMPLAINT_ENTITY = "complaint"
CAUSE_ENTITY = "cause"
# Every complaint named in this conversation, for the contact request.
COMPLAINTS_SLOT = "complaints"


def entity_values(tracker: Tracker, entity: Text) -> List[Text]:
    """The distinct values of `entity` in the latest message, lower case."""
    values = (
        str(found.get("value", "")).strip().lower()
        for found in tracker.latest_message.get("entities", [])
        if found.get("entity") == entity
    )
    return list(dict.fromkeys(value for value in values if value))


class ActionExplainSymptoms(GuardedAction):
    def name(self) -> Text:
        return "action_explain_symptoms"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        content = complaint_content()
        complaints = entity_values(tracker, COMPLAINT_ENTITY)
        causes = entity_values(tracker, CAUSE_ENTITY)
        dispatcher.utter_message(text=content.explain(complaints, causes))

        known = [value for value in complaints if value in content.complaints]
        earlier = tracker.get_slot(COMPLAINTS_SLOT) or []
        return [SlotSet(COMPLAINTS_SLOT, list(dict.fromkeys([*earlier, *known])))]
