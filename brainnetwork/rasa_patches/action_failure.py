"""The Dutch apology when the action server is down or a custom action fails.

What it changes: `RemoteAction.run`. When the call fails with a RasaException (server
unreachable, timeout, error answer), the visitor gets the apology with the practice's
direct details once, and the assistant listens again. The one action that only fills in
slots, the practice's details for `utter_contact_details`, is computed here instead, so
that the contact details never depend on the action server (the crisis answer and its
offer need no action at all: the domain and brainnetwork/policies/contact_offer.py). A
rejection (a form slot that does not validate) is passed on untouched.

Why: Rasa 3.6 logs "Failed to execute custom action" and the visitor hears nothing; worse,
the rules no longer match, and the core fallback (a custom action too) fails in turn, ten
times. Measured in tests/brainnetwork/rasa_patches/test_without_patches.py: with the action
server down and the patches off, a symptoms message gets no answer at all.

Written for Rasa 3.6.21 (`RemoteAction.run(output_channel, nlg, tracker, domain)`).
"""

from __future__ import annotations

import logging
from typing import Callable, Dict, Optional

logger = logging.getLogger(__name__)


def local_slot_values(action_name: str) -> Optional[Dict[str, object]]:
    """The slots an action would set, for the action that does nothing else; else None."""
    if action_name == "action_prepare_contact_details":
        from brainnetwork.practice import current_practice

        return current_practice().template_values()
    return None


def install() -> Callable[[], None]:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.core.events import BotUttered, FollowupAction, SlotSet
    from rasa.shared.exceptions import RasaException

    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):  # noqa: ANN001 - Rasa's types
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except RasaException as error:
            from brainnetwork.responses import apology

            local = local_slot_values(self.name())
            cause = type(error.__cause__ or error).__name__
            if local is not None:
                logger.error("Custom action %s failed (%s): computed in the Rasa process instead. "
                             "Is the action server running?", self.name(), cause)
                slots = {slot.name for slot in domain.slots}
                return [SlotSet(name, value) for name, value in local.items() if name in slots]
            logger.error("Custom action %s failed (%s): the visitor got the apology with the "
                         "practice's details. Is the action server running?", self.name(), cause)
            return [BotUttered(apology(), metadata={"utter_action": "utter_action_failed"}),
                    FollowupAction("action_listen")]

    RemoteAction.run = run
    return lambda: setattr(RemoteAction, "run", original)
