"""After the crisis answer: the offer of contact with the practice is marked open.

The crisis answer itself (`utter_crisis_help`) needs no action: its numbers are written
in the domain. The rule in data/rules/crisis.yml runs this action after it, then asks
whether the visitor would like the practice to contact them.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction
from actions.helpers import slots_from
from brainnetwork.crisis import OPEN_CONTACT_OFFER


class ActionOpenContactOffer(GuardedAction):
    def name(self) -> Text:
        return "action_open_contact_offer"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        return slots_from(OPEN_CONTACT_OFFER, domain)
