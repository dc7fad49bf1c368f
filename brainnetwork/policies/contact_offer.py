"""The offer of contact with the practice, as a dialogue policy.

Where contact fits (after the answers listed in `offer_after` in config.yml: some article
topics, a described complaint, a practical question), the assistant offers to have the
practice contact the visitor: the response `utter_offer_contact`, a yes/no question, and
the slots that let the rules in data/rules/contact.yml take the answer. An unasked offer
comes at most once every `offer_every_turns` visitor messages, unless the visitor's
message itself asked for contact ("wat is leaky gut, en kan ik een afspraak maken?").
After the practice's details (`always_offer_after`) the offer always comes. No offer once
a contact request is stored, nor while a form is open. After the crisis answer
(`crisis_answers`) its own offer (`crisis_offer_response`) always comes, so that the crisis
path needs neither the action server nor anything computed in its place.

Why a policy: the decision needs the conversation (turns, slots, the visitor's words) but
nothing outside it, so it is made in the Rasa process as Rasa's own policies are, with no
call to the action server; the response text lives in the domain. Rules end with the
answer; this policy, ranked above the RulePolicy, adds the offer after it and listens.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.core.constants import POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

# Slots (domain.yml): the offer is open; the visitor turn of the last offer; a stored request.
CONTACT_OFFERED = "contact_offered"
LAST_OFFER_TURN = "last_offer_turn"
REFERENCE = "contact_request_ref"

# A message that also asks for contact gets the offer after its answer, whenever the last was.
ASKS_FOR_CONTACT = re.compile(
    r"\b(?:afspraak|afspraakje|aanmelden|aanmelding|inschrijven|terugbellen|bel (?:me|mij)|contact (?:op)?nemen|"
    r"contact met (?:jullie|de praktijk|een psycholoog)|langskomen|intake(?:gesprek)? (?:plannen|maken|aanvragen)|"
    r"gesprek (?:plannen|maken|aanvragen)|kennismakingsgesprek)\b",
    re.IGNORECASE,
)


def visitor_turns(tracker: DialogueStateTracker) -> int:
    return sum(1 for event in tracker.events if isinstance(event, UserUttered))


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class ContactOfferPolicy(Policy):
    """Predicts `utter_offer_contact` after the answers where contact fits, when due."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # Above the RulePolicy (4), whose rules end with the answer and then listen.
            POLICY_PRIORITY: 5,
            "offer_response": "utter_offer_contact",
            # Answers after which an unasked offer fits, and those after which it always comes.
            "offer_after": [],
            "always_offer_after": [],
            # An unasked offer comes at most once in this many visitor messages.
            "offer_every_turns": 4,
            # After the crisis answer: its own offer, every time (but in a form).
            "crisis_answers": [],
            "crisis_offer_response": "utter_offer_contact_after_crisis",
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Optional[Any] = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._offer_after = frozenset(config["offer_after"])
        self._always_offer_after = frozenset(config["always_offer_after"])
        self._crisis_answers = frozenset(config["crisis_answers"])
        self._offers = frozenset({config["offer_response"], config["crisis_offer_response"]})

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        """Nothing to learn: where and how often are settings (config.yml)."""
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        events: List[Event] = []
        latest = tracker.latest_action_name
        if latest in self._offers:
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif latest in self._crisis_answers and not tracker.active_loop_name:
            probabilities[domain.index_for_action(self.config["crisis_offer_response"])] = 1.0
            events = [SlotSet(CONTACT_OFFERED, True)]
        elif self._offer_due(tracker, latest):
            probabilities[domain.index_for_action(self.config["offer_response"])] = 1.0
            events = [SlotSet(CONTACT_OFFERED, True), SlotSet(LAST_OFFER_TURN, float(visitor_turns(tracker)))]
        return self._prediction(probabilities, optional_events=events)

    def _offer_due(self, tracker: DialogueStateTracker, latest: Optional[Text]) -> bool:
        if latest not in self._offer_after | self._always_offer_after:
            return False
        if tracker.get_slot(REFERENCE) or tracker.active_loop_name:
            return False  # the request is in, or a form is being filled in
        if latest in self._always_offer_after:
            return True
        if ASKS_FOR_CONTACT.search(tracker.latest_message.text or ""):
            return True
        last = tracker.get_slot(LAST_OFFER_TURN)
        return last is None or visitor_turns(tracker) - last >= int(self.config["offer_every_turns"])
