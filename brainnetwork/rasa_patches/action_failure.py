"""The Dutch apology when the action server is down or a custom action fails.

What it changes: `RemoteAction.run`. When the call fails with a RasaException (server
unreachable, timeout, error answer), the visitor gets the apology with the practice's
direct details once, and the assistant listens again. A rejection (a form slot that does
not validate) is passed on untouched. Nothing else needs the action server to reach a
visitor in trouble: the crisis answer and its offer are the domain's and
brainnetwork/policies/contact_offer.py's, the practice's details brainnetwork/nlg.py's.

Why: Rasa 3.6 logs "Failed to execute custom action" and the visitor hears nothing; worse,
the rules no longer match, and the core fallback (a custom action too) fails in turn, ten
times. Measured in tests/brainnetwork/rasa_patches/test_without_patches.py: with the action
server down and the patches off, a symptoms message gets no answer at all.

Written for Rasa 3.6.21 (`RemoteAction.run(output_channel, nlg, tracker, domain)`).
"""

from __future__ import annotations

import logging
from typing import Callable

logger = logging.getLogger(__name__)


def install() -> Callable[[], None]:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.core.events import BotUttered, FollowupAction
    from rasa.shared.exceptions import RasaException

    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):  # noqa: ANN001 - Rasa's types
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except RasaException as error:
            from brainnetwork.responses import apology

            cause = type(error.__cause__ or error).__name__
            logger.error("Custom action %s failed (%s): the visitor got the apology with the "
                         "practice's details. Is the action server running?", self.name(), cause)
            return [BotUttered(apology(), metadata={"utter_action": "utter_action_failed"}),
                    FollowupAction("action_listen")]

    RemoteAction.run = run
    return lambda: setattr(RemoteAction, "run", original)
