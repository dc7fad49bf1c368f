"""Fixes to Rasa 3.6 itself, installed in the Rasa process by the modules it loads from
this project (brainnetwork.channels, brainnetwork.tracker_store).

- Action server unreachable or failing: Rasa logs "Failed to execute custom action" and
  the visitor hears nothing. Here the visitor gets the Dutch apology with the practice's
  direct details and the conversation goes on. Rejections (a form slot that does not
  validate) are passed on untouched: Rasa needs them.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)
_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.core.events import BotUttered
    from rasa.shared.exceptions import RasaException

    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except RasaException as error:
            from brainnetwork.intake_texts import apology

            logger.error("Custom action %s failed (%s): the visitor got the apology with the "
                         "practice's details. Is the action server running?", self.name(),
                         type(error.__cause__ or error).__name__)
            return [BotUttered(apology(), metadata={"utter_action": "action_failed"})]

    RemoteAction.run = run
    _installed = True
