"""What the assistant does when it is unsure what the visitor means.

A two-stage fallback, as in Rasa's own (and its Sara demo), but offering topics:
1. the first message in a row that the NLU is unsure of gets "Bedoel je...?" with the
   two or three most likely topics as buttons (each sends that topic's question);
2. a second one in a row gets a request to rephrase;
3. a third one gets the general topic menu.
The visitor's message keeps its `nlu_fallback` intent, so the review app lists it among
the candidates for new training data. Each topic's button title and question are in the
metadata of that topic's answer (`suggestion`), so they live with the answer they lead to.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction

FALLBACK_INTENT = "nlu_fallback"
MAX_SUGGESTIONS = 3
# Topics below this confidence are not worth offering.
MIN_SUGGESTION_CONFIDENCE = 0.08


def suggestion_for(intent: Text, domain: Dict[Text, Any]) -> Optional[Dict[Text, Text]]:
    """The button (title, payload) that leads to `intent`'s answer, if it has one."""
    responses = domain.get("responses") or {}
    for name in (f"utter_{intent}", f"utter_{intent}_ask_the_practice"):
        for variant in responses.get(name) or []:
            suggestion = (variant.get("metadata") or {}).get("suggestion")
            if suggestion:
                return {"title": suggestion["title"], "payload": suggestion["question"]}
    return None


def fallbacks_in_a_row(tracker: Tracker) -> int:
    """How many of the latest visitor messages, up to this one, the NLU was unsure of."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if ((event.get("parse_data") or {}).get("intent") or {}).get("name") != FALLBACK_INTENT:
            break
        count += 1
    return count


class ActionSuggestTopics(GuardedAction):
    """Offers the likely topics, then asks to rephrase, then shows the topic menu."""

    def name(self) -> Text:
        return "action_suggest_topics"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        in_a_row = fallbacks_in_a_row(tracker)
        buttons = self.likely_topics(tracker, domain) if in_a_row <= 1 else []
        if buttons:
            dispatcher.utter_message(response="utter_suggest_topics", buttons=buttons)
        elif in_a_row <= 2:
            dispatcher.utter_message(response="utter_ask_rephrase")
        else:
            dispatcher.utter_message(response="utter_please_rephrase")
        return []

    @staticmethod
    def likely_topics(tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Text]]:
        ranking = tracker.latest_message.get("intent_ranking") or []
        buttons = []
        for ranked in ranking:
            if ranked.get("confidence", 0.0) < MIN_SUGGESTION_CONFIDENCE:
                break
            suggestion = suggestion_for(ranked.get("name") or "", domain)
            if suggestion and suggestion not in buttons:
                buttons.append(suggestion)
            if len(buttons) == MAX_SUGGESTIONS:
                break
        return buttons


class ActionCoreFallback(GuardedAction):
    """The dialogue policies are unsure of the next step: ask to rephrase, and forget
    the message that led nowhere."""

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
