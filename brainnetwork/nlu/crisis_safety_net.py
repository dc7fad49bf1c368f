"""A Rasa NLU component that routes every message with a crisis signal to `crisis`.

It runs last in the pipeline, after the intent classifier and FallbackClassifier, and
overrides their verdict when
- the text holds a clear crisis signal (see `crisis_signals`), however the
  classifier ranked it, or
- the classifier gives `crisis` a confidence of at least `min_crisis_confidence`,
  even when another intent ranks higher.
A false alarm costs a visitor one careful message; a miss can cost far more.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from brainnetwork.nlu.crisis_signals import find_crisis_signal

logger = logging.getLogger(__name__)

CRISIS_SIGNAL_KEY = "crisis_signal"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisSafetyNet(GraphComponent):
    """Sets the intent to the crisis intent whenever a message signals distress."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"crisis_intent": "crisis", "min_crisis_confidence": 0.3}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._intent = config["crisis_intent"]
        self._min_confidence = float(config["min_crisis_confidence"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisSafetyNet":
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            reason = self.crisis_reason(message)
            if reason:
                self._route_to_crisis(message, reason)
        return messages

    def crisis_reason(self, message: Message) -> Optional[Text]:
        """Why `message` counts as a crisis, or None when it does not."""
        signal = find_crisis_signal(message.get(TEXT) or "")
        if signal:
            return signal
        for ranked in message.get(INTENT_RANKING_KEY) or []:
            if (
                ranked.get(INTENT_NAME_KEY) == self._intent
                and ranked.get("confidence", 0.0) >= self._min_confidence
            ):
                return "classifier"
        return None

    def _route_to_crisis(self, message: Message, reason: Text) -> None:
        current = message.get(INTENT) or {}
        if current.get(INTENT_NAME_KEY) != self._intent:
            logger.info("Crisis safety net overrode intent (signal: %s)", reason)
        ranking = [
            entry
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) != self._intent
        ]
        top = {INTENT_NAME_KEY: self._intent, "confidence": 1.0}
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
        message.set(CRISIS_SIGNAL_KEY, reason, add_to_output=True)
