"""The domain's responses, with the practice's details always at hand.

A natural language generator (Rasa's plugin point for rendering responses, configured in
endpoints.yml as `nlg: type: brainnetwork.nlg.PracticeResponses`): Rasa's own templated
generator, which fills every response's `{practice_name}`, `{practice_phone}`,
`{practice_email}`, `{practice_website}`, `{practice_hours}` and `{callback_promise}` from
practice.yml (`brainnetwork.practice`). So `utter_contact_details` needs no custom action
and no slots, and the practice's details reach the visitor even when the action server is
down. Values an action sends with a response (rasa-sdk `utter_message(**kwargs)`) still
win; conditions, channels and variations are Rasa's.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from brainnetwork.practice import current_practice


class PracticeResponses(TemplatedNaturalLanguageGenerator):
    """Rasa's templated responses, with the practice's details as template values."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, domain: Optional[Domain] = None) -> None:
        super().__init__(domain.responses if domain else {})

    async def generate(
        self,
        utter_action: Text,
        tracker: DialogueStateTracker,
        output_channel: Text,
        **kwargs: Any,
    ) -> Optional[Dict[Text, Any]]:
        values = {**current_practice().template_values(), **kwargs}
        return await super().generate(utter_action, tracker, output_channel, **values)


__all__ = ["PracticeResponses"]
