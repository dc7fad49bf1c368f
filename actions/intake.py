"""The contact request around the form: offering it, storing it, stopping it.

- The offer of contact itself is not an action: brainnetwork.policies.contact_offer
  decides it in the Rasa process.
- `action_submit_intake` runs when the form is done: without consent nothing is stored
  and the visitor gets the practice's details; with it, the request is committed, the
  practice is e-mailed (if configured) and only then the visitor sees a confirmation
  with a reference code. If storing fails, the visitor is told so with the practice's
  direct details, never a false confirmation, and the log names no personal data. The
  e-mail holds the reference code and the way to the review app, nothing personal.
- `action_cancel_intake` stops the form and forgets what was filled in. What the visitor
  typed in the form is erased from the stored conversation in the same turn, by the
  tracker store (brainnetwork.tracker_store), also when consent is refused.

What is said are the domain's responses (data/responses/intake.yml), sent with the values
they name.
"""

from __future__ import annotations

import functools
import logging
from datetime import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction, where
from actions.intake_form import EMAIL, FAILURES, reach
from actions.notify import notification, review_address, send_async
from brainnetwork.practice import current_practice
from brainnetwork.settings import load_settings
from brainnetwork.storage.contact_requests import NewRequest, current_store
from brainnetwork.threads import off_loop

logger = logging.getLogger(__name__)

REFERENCE = "contact_request_ref"
FORM_SLOTS = (
    "consent", "visitor_name", "contact_method", "phone", "phone_display", "email",
    "preferred_moment", "preferred_start", "preferred_end", "reason", "confirmed", FAILURES,
)


def forget_form() -> List[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


def _time(value: Optional[str]) -> Optional[datetime]:
    return datetime.fromisoformat(value) if value else None


class ActionSubmitIntake(GuardedAction):
    def name(self) -> Text:
        return "action_submit_intake"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        practice = current_practice().template_values()
        slots = tracker.slots
        if slots.get("consent") is not True or slots.get("confirmed") is not True:
            dispatcher.utter_message(response="utter_consent_refused", **practice)
            return forget_form()

        method = slots.get("contact_method")
        request = NewRequest(
            conversation_id=tracker.sender_id,
            name=slots["visitor_name"],
            contact_method=method,
            phone=slots.get("phone") if method != EMAIL else None,
            email=slots.get("email") if method == EMAIL else None,
            preferred_moment=slots["preferred_moment"],
            preferred_start=_time(slots.get("preferred_start")),
            preferred_end=_time(slots.get("preferred_end")),
            reason=slots.get("reason") or "",
        )
        settings = load_settings()
        try:
            store = current_store()
            # Off the event loop: other visitors' actions go on while the database works.
            stored = await off_loop(store.add, request)
        except Exception as error:  # noqa: BLE001 - the visitor must hear it, whatever it is
            logger.error("Storing a contact request failed: %s at %s", type(error).__name__, where(error))
            dispatcher.utter_message(response="utter_intake_store_failed", **practice)
            return []  # the answers stay in the conversation; nothing is confirmed

        if settings.smtp.enabled:
            try:
                await send_async(notification(stored, settings.smtp, current_practice().name,
                                              review_address(settings.review)), settings.smtp)
                await off_loop(store.mark_notified, stored.reference)
            except Exception as error:  # noqa: BLE001 - the request is stored; report, go on
                logger.error(
                    "E-mail about contact request %s failed: %s", stored.reference, type(error).__name__
                )
                await off_loop(functools.partial(store.mark_notified, stored.reference, error=type(error).__name__))

        dispatcher.utter_message(response="utter_intake_confirmation", name=request.name,
                                 reference=stored.reference, reach=reach(slots), **practice)
        return [*forget_form(), SlotSet(REFERENCE, stored.reference)]


class ActionCancelIntake(GuardedAction):
    """The visitor stopped the form: nothing is stored, what was filled in is forgotten."""

    def name(self) -> Text:
        return "action_cancel_intake"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        return [ActiveLoop(None), SlotSet("requested_slot", None), *forget_form()]
