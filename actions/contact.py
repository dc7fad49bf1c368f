"""Contact with the practice: the offer's yes/no and the practical questions (answers from
practice.yml). The practice's details in responses come from brainnetwork/nlg.py."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction
from actions.helpers import CONTACT_OFFERED
from brainnetwork.practice import PRACTICAL_TOPICS, current_practice


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


class ActionAnswerPracticalQuestion(GuardedAction):
    """A practical question about the practice (intent `practice_<topic>`): the practice's
    own answer from practice.yml, or, where it gave none, the honest answer that the
    practice can tell, with its direct details. It never makes an answer up."""

    def name(self) -> Text:
        return "action_answer_practical_question"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        topic = intent[len("practice_"):] if intent.startswith("practice_") else ""
        if topic not in PRACTICAL_TOPICS:
            dispatcher.utter_message(response="utter_please_rephrase")
            return []
        practice = current_practice()
        answer = practice.practical_answer(topic)
        if answer:
            dispatcher.utter_message(response=f"utter_practice_{topic}", practice_answer=answer,
                                     **practice.template_values())
        else:
            dispatcher.utter_message(response=f"utter_practice_{topic}_ask_the_practice",
                                     **practice.template_values())
        return []
