"""Contact with the practice: its details (from practice.yml) and the offer's yes/no."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction
from actions.helpers import CONTACT_OFFERED, slots_from
from brainnetwork.practice import current_practice


class ActionPrepareContactDetails(GuardedAction):
    """Fills the practice's details in for `utter_contact_details`."""

    def name(self) -> Text:
        return "action_prepare_contact_details"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        return slots_from(current_practice().template_values(), domain)


class ActionCloseContactOffer(GuardedAction):
    """The visitor said no to the offer of contact: it is no longer open."""

    def name(self) -> Text:
        return "action_close_contact_offer"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        return [SlotSet(CONTACT_OFFERED, False)]
