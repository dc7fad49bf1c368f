"""Follow-ups that lean on the previous answer: "hoe dan?", "waarom is dat?" (intent
`ask_elaboration`) and "en bij kinderen?" (intent `ask_specific_group`).

The previous answer is the latest article answer the assistant gave in this
conversation. Asked for more, the assistant gives the topic that explains it further
(`elaboration` in the answer's metadata), or says honestly that the article says no
more. Asked about a group, it says honestly that the article says nothing apart about
it, and who can tell.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction

ARTICLE_ANSWER_PREFIX = "utter_faq_"


def previous_article_answer(tracker: Tracker) -> Optional[Text]:
    """The response name of the latest article answer in the conversation, or None."""
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        name = (event.get("metadata") or {}).get("utter_action") or ""
        if name.startswith(ARTICLE_ANSWER_PREFIX):
            return name
    return None


def elaboration_of(answer: Text, domain: Dict[Text, Any]) -> Optional[Text]:
    for variant in (domain.get("responses") or {}).get(answer) or []:
        topic = (variant.get("metadata") or {}).get("elaboration")
        if topic:
            return f"utter_{topic}"
    return None


class ActionAnswerFollowUp(GuardedAction):
    def name(self) -> Text:
        return "action_answer_follow_up"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        previous = previous_article_answer(tracker)
        if previous is None:
            dispatcher.utter_message(response="utter_follow_up_without_topic")
        elif intent == "ask_specific_group":
            dispatcher.utter_message(response="utter_follow_up_specific_group")
        else:
            further = elaboration_of(previous, domain)
            dispatcher.utter_message(response=further or "utter_follow_up_nothing_more")
        return []
