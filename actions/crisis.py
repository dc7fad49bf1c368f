"""Crisis help: fills the crisis numbers in, so that `utter_crisis_help` shows them.

The rule in data/rules/crisis.yml then sends the crisis answer and the offer of
contact; this action also marks that offer as open.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction
from actions.helpers import slots_from
from brainnetwork.crisis import crisis_slot_values


class ActionPrepareCrisisHelp(GuardedAction):
    def name(self) -> Text:
        return "action_prepare_crisis_help"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        return slots_from(crisis_slot_values(), domain)
