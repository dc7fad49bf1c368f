"""A Rasa NLU component that routes every message in distress to the `crisis` intent.

It runs last in the pipeline, after the intent classifier and FallbackClassifier, and
combines two layers:
- the **lexicon** (`crisis_signals`): statements and combinations of a method with an
  intention or a deed, idioms excluded, however the classifier ranked the message;
- the **classifier**: `crisis` with a confidence of at least `min_crisis_confidence`,
  even when another intent ranks higher. Where the lexicon recognises the crisis words in
  an everyday sense and finds no signal (an idiom, grief about someone else, a medicine
  question: `crisis_signals.everyday_sense`), the classifier alone decides only from
  `min_crisis_confidence_in_everyday_sense` (0.9). Over the crisis benchmark, the six
  check sets and the 644 real visitor questions, the classifier gave 328 such everyday
  messages (grief, "mijn basilicum is dood", "geen zin meer in netflix") up to 0.88; the
  one crisis message among them ("een tunnel zonder uitgang ... iedereen sleurt zich
  kapot aan mij") got 0.97 (round 8, docs/benchmarks/README.md).
Either one is enough: a false alarm costs a visitor one careful message, a miss can cost
far more. The verdict is recorded with the message (`crisis_signal`: which layers raised
it, the lexicon's cue and the kind), so that staff can review false alarms and misses,
and the kind is set as the `crisis_kind` entity, from which the slot of the same name
picks the crisis answer that fits (acute danger, someone else, self-harm, suicidal).
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from brainnetwork.nlu.crisis_signals import SUICIDAL, everyday_sense, find_crisis_signal

logger = logging.getLogger(__name__)

CRISIS_SIGNAL_KEY = "crisis_signal"
CRISIS_KIND_ENTITY = "crisis_kind"
EXTRACTOR = "CrisisSafetyNet"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisSafetyNet(GraphComponent):
    """Sets the intent to the crisis intent whenever a message signals distress."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"crisis_intent": "crisis", "min_crisis_confidence": 0.5,
                "min_crisis_confidence_in_everyday_sense": 0.9}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._intent = config["crisis_intent"]
        self._min_confidence = float(config["min_crisis_confidence"])
        self._min_confidence_in_everyday_sense = float(config["min_crisis_confidence_in_everyday_sense"])

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
            verdict = self.verdict(message)
            if verdict:
                self._route_to_crisis(message, verdict)
            elif (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == self._intent:
                self._set_aside(message)
        return messages

    def verdict(self, message: Message) -> Optional[Dict[Text, Any]]:
        """Which layers see a crisis in `message` (and the cue and kind), or None."""
        text = message.get(TEXT) or ""
        signal = find_crisis_signal(text)
        confidence = self._classifier_confidence(message)
        classifier = confidence >= self._min_confidence
        if (classifier and not signal and confidence < self._min_confidence_in_everyday_sense
                and everyday_sense(text)):
            classifier = False
        layers = []
        if signal:
            layers.append("lexicon")
        if classifier:
            layers.append("classifier")
        if not layers:
            return None
        return {
            "layers": layers,
            "cue": signal.cue if signal else None,
            "kind": signal.kind if signal else SUICIDAL,
            "classifier_confidence": round(confidence, 3),
        }

    def _classifier_confidence(self, message: Message) -> float:
        return max(
            (ranked.get("confidence", 0.0) for ranked in message.get(INTENT_RANKING_KEY) or []
             if ranked.get(INTENT_NAME_KEY) == self._intent),
            default=0.0,
        )

    def _set_aside(self, message: Message) -> None:
        """The classifier ranked `crisis` first for words in an everyday sense: the next
        intent takes its place, and the review app can see that this happened."""
        ranking = [e for e in message.get(INTENT_RANKING_KEY) or []
                   if e.get(INTENT_NAME_KEY) not in (self._intent, "nlu_fallback")]
        if not ranking:
            return
        confidence = self._classifier_confidence(message)
        logger.info("Crisis safety net set the classifier's crisis verdict aside (everyday sense)")
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(CRISIS_SIGNAL_KEY, {"layers": [], "set_aside": "everyday_sense",
                                        "classifier_confidence": round(confidence, 3)},
                    add_to_output=True)

    def _route_to_crisis(self, message: Message, verdict: Dict[Text, Any]) -> None:
        current = message.get(INTENT) or {}
        if current.get(INTENT_NAME_KEY) != self._intent:
            # The category of the signal, never the visitor's words.
            logger.info("Crisis safety net overrode intent (layers: %s, cue: %s)",
                        "+".join(verdict["layers"]), verdict["cue"])
        ranking = [
            entry
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) != self._intent
        ]
        top = {INTENT_NAME_KEY: self._intent, "confidence": 1.0}
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
        message.set(CRISIS_SIGNAL_KEY, verdict, add_to_output=True)
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != CRISIS_KIND_ENTITY]
        entities.append({"entity": CRISIS_KIND_ENTITY, "value": verdict["kind"], "start": 0, "end": 0,
                         "extractor": EXTRACTOR, "confidence_entity": 1.0})
        message.set(ENTITIES, entities, add_to_output=True)
