"""Action server hygiene: an action that fails says sorry in Dutch and leaks nothing.

rasa-sdk answers an exception with HTTP 500 and a body holding the exception text and
the whole request, i.e. the conversation with any personal data in it, and logs the
same. Every action here derives from `GuardedAction` (or `GuardedFormValidationAction`):
their `run` catches the exception, logs only the action's name, the exception's type
and where it happened, and sends the visitor an apology with the practice's direct
contact details.
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
import logging
import traceback
from pathlib import Path
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker, utils
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.interfaces import ActionExecutionRejection

from brainnetwork.responses import apology

logger = logging.getLogger(__name__)


def where(error: BaseException) -> str:
    """'actions/intake.py:42' for the innermost frame: a place, never a value."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).parent.name}/{Path(frame.filename).name}:{frame.lineno}"


def apologise(dispatcher: CollectingDispatcher) -> None:
    dispatcher.messages.clear()  # nothing half-done reaches the visitor
    dispatcher.utter_message(text=apology())


def guard(run):
    @functools.wraps(run)
    async def guarded_run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        try:
            return await utils.call_potential_coroutine(run(self, dispatcher, tracker, domain))
        except ActionExecutionRejection:
            raise  # Rasa's own signal that a form could not use the message
        except Exception as error:  # noqa: BLE001 - the point of this wrapper
            logger.error("Action %s failed: %s at %s", self.name(), type(error).__name__, where(error))
            apologise(dispatcher)
            return []

    guarded_run.guarded = True
    return guarded_run


class _Guarded:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not getattr(cls.run, "guarded", False):
            cls.run = guard(cls.run)


class GuardedAction(_Guarded, Action, ABC):
    """Base of every custom action (see module docstring). Abstract: not registered."""

    @abstractmethod
    def name(self) -> Text:
        """The action's name in the domain."""


class GuardedFormValidationAction(_Guarded, FormValidationAction, ABC):
    """Base of every form validation action (see module docstring). Abstract."""

    @abstractmethod
    def name(self) -> Text:
        """validate_<form name>."""
