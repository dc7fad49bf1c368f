"""What the assistant does when the dialogue policies are unsure of the next step."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction


class ActionCoreFallback(GuardedAction):
    """Asks the visitor to rephrase and forgets the message that led nowhere."""

    def name(self) -> Text:
        return "action_core_fallback"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_please_rephrase")
        return [UserUtteranceReverted()]
