"""The contact form (`intake_form`): consent first, then the details, validated.

Slots, in order: consent, visitor_name, contact_method, phone or email, preferred_moment,
reason, confirmed. Each `validate_<slot>` returns `{slot: value}` or explains in Dutch
what is wrong and returns `{slot: None}`, so that the question is asked again. After
three failures on one question the visitor gets the practice's direct number and the
offer to stop. A question asked instead of an answer is answered, and the form goes on
where it was. At the summary a correction ("nee, mijn nummer is 06-87654321") changes
that field only.

What is said are the domain's responses (data/responses/intake.yml): the form asks with
`utter_ask_<slot>` itself, or through `action_ask_<slot>` below where the question names
values computed at the time.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from datetime import datetime
from typing import Any, Dict, List, Optional, Text
from zoneinfo import ZoneInfo

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.guard import GuardedAction, GuardedFormValidationAction
from actions.moments import match_moment
from actions.validators import clean_name, clean_reason, parse_email, parse_phone
from brainnetwork.complaints import complaint_content, join_dutch
from brainnetwork.practice import current_practice
from brainnetwork.settings import load_settings

FORM = "intake_form"
PHONE, EMAIL = "phone", "email"  # stored values; the texts say "telefoon" / "e-mail"
FAILURES = "intake_failures"
MAX_FAILURES = 3
# Intents answered in the middle of the form instead of being taken as an answer.
QUESTION_INTENTS = ("ask_why_data", "bot_challenge")
QUESTION_CONFIDENCE = 0.6
# A message counts as a question asked in between only when it reads as one: "ik slaap
# slecht" answers "waar wil je het over hebben?", even though it names an article topic.
_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:en\s+)?(?:wat|waarom|hoe|wie|welke?|wanneer|waar|hoeveel|kan|kun|kunnen|is|zijn|heeft|hebben|"
    r"doet|doen|helpt|helpen|mag|moet|klopt|bestaat|geldt|zou|werkt|wordt)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(?:ja|jawel|jazeker|ja hoor|ja graag|graag|akkoord|ok|oké|oke|prima|goed|klopt|yes|zeker)\b", re.I)
_NO = re.compile(r"^\s*(?:nee|neen|nope|liever niet|niet akkoord|no)\b", re.I)
_PHONE_WORDS = re.compile(r"\b(?:bel|bellen|gebeld|telefo\w*|mobiel|nummer|sms)", re.I)
_EMAIL_WORDS = re.compile(r"\b(?:e-?mail\w*|mail\w*)", re.I)
_NAME_CORRECTION = re.compile(r"\b(?:naam is|ik heet|heet ik)\s+(.+)$", re.I)


def now_at_practice() -> datetime:
    return datetime.now(ZoneInfo(current_practice().timezone))


def intent_of(tracker: Tracker) -> Dict[str, Any]:
    return tracker.latest_message.get("intent") or {}


def yes_or_no(tracker: Tracker, text: Text) -> Optional[bool]:
    intent = intent_of(tracker).get("name")
    if intent == "affirm" or _YES.match(text or ""):
        return True
    if intent == "deny" or _NO.match(text or ""):
        return False
    return None


def contact_method_in(text: Text) -> Optional[Text]:
    if parse_phone(text) or _PHONE_WORDS.search(text or ""):
        return PHONE
    if parse_email(text) or _EMAIL_WORDS.search(text or ""):
        return EMAIL
    return None


def complaint_labels(tracker: Tracker) -> List[Text]:
    """The Dutch labels of the complaints the visitor named earlier (value "fatigue": "vermoeidheid")."""
    content = complaint_content().complaints
    return [content[c].label for c in tracker.get_slot("complaints") or [] if c in content]


def reach(slots: Dict[str, Any]) -> Text:
    if slots.get("contact_method") == EMAIL:
        return f"e-mail ({slots.get('email')})"
    return f"telefoon ({slots.get('phone_display') or slots.get('phone')})"


class ValidateIntakeForm(GuardedFormValidationAction):
    def name(self) -> Text:
        return f"validate_{FORM}"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Text]:
        if tracker.get_slot("consent") is False:
            return []  # nothing more is asked, nothing is stored
        method = tracker.get_slot("contact_method")
        reach_slots = ["email"] if method == EMAIL else ["phone"] if method == PHONE else []
        return ["consent", "visitor_name", "contact_method", *reach_slots,
                "preferred_moment", "reason", "confirmed"]

    # --- shared behaviour -------------------------------------------------------

    def _answer_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """Answers a question asked instead of an answer; True if it did."""
        intent = intent_of(tracker)
        name = intent.get("name") or ""
        if intent.get("confidence", 0) < QUESTION_CONFIDENCE:
            return False
        if name.startswith("faq_") and not _QUESTION.search(tracker.latest_message.get("text") or ""):
            return False
        if name.startswith("faq_") or name in QUESTION_INTENTS:
            response = {"ask_why_data": "utter_why_we_ask", "bot_challenge": "utter_iamabot"}.get(name, f"utter_{name}")
            dispatcher.utter_message(response=response)
            return True
        return False

    def _reject(self, slot: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        """Explains what is wrong (`utter_invalid_<slot>`), or answers a question, and asks again."""
        if self._answer_question(dispatcher, tracker):
            return {slot: None}
        failures = dict(tracker.get_slot(FAILURES) or {})
        failures[slot] = failures.get(slot, 0) + 1
        dispatcher.utter_message(response=f"utter_invalid_{slot}")
        if failures[slot] == MAX_FAILURES:
            dispatcher.utter_message(response="utter_too_many_failures", **current_practice().template_values())
        return {slot: None, FAILURES: failures}

    # --- one validator per slot ---------------------------------------------------

    def validate_consent(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._reject("consent", dispatcher, tracker)
        return {"consent": answer}

    def validate_visitor_name(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if self._answer_question(dispatcher, tracker):
            return {"visitor_name": None}
        name = clean_name(str(value or ""))
        if name is None:
            return self._reject("visitor_name", dispatcher, tracker)
        return {"visitor_name": name}

    def validate_contact_method(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if self._answer_question(dispatcher, tracker):
            return {"contact_method": None}
        text = str(value or "")
        method = contact_method_in(text)
        if method is None:
            return self._reject("contact_method", dispatcher, tracker)
        slots: Dict[Text, Any] = {"contact_method": method}
        # "bel me op 06-12345678": the number is taken at once.
        phone, email = parse_phone(text), parse_email(text)
        if method == PHONE and phone:
            slots.update(phone=phone.e164, phone_display=phone.display)
        if method == EMAIL and email:
            slots["email"] = email
        return slots

    def validate_phone(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        phone = parse_phone(str(value or ""))
        if phone is None:
            return self._reject("phone", dispatcher, tracker)
        return {"phone": phone.e164, "phone_display": phone.display}

    def validate_email(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        email = parse_email(str(value or ""))
        if email is None:
            return self._reject("email", dispatcher, tracker)
        return {"email": email}

    def validate_preferred_moment(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if self._answer_question(dispatcher, tracker):
            return {"preferred_moment": None}
        practice = current_practice()
        moment, proposals = match_moment(str(value or ""), now_at_practice(), practice.opening_hours)
        if moment:
            return {
                "preferred_moment": moment.display,
                "preferred_start": moment.start.isoformat() if moment.start else None,
                "preferred_end": moment.end.isoformat() if moment.end else None,
            }
        if proposals:
            buttons = [{"title": p.title, "payload": p.title} for p in proposals]
            buttons.append({"title": "Maakt niet uit", "payload": "maakt niet uit"})
            dispatcher.utter_message(response="utter_closed_at_preferred_moment", buttons=buttons)
            return {"preferred_moment": None}
        return self._reject("preferred_moment", dispatcher, tracker)

    def validate_reason(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if self._answer_question(dispatcher, tracker):
            return {"reason": None}
        if tracker.get_slot("complaints") and yes_or_no(tracker, str(value or "")) is True:
            return {"reason": join_dutch(complaint_labels(tracker))}
        reason = clean_reason(str(value or ""))
        if reason is None:
            return self._reject("reason", dispatcher, tracker)
        return {"reason": reason}

    def validate_confirmed(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        text = str(value or "")
        answer = yes_or_no(tracker, text)
        if answer is True:
            return {"confirmed": True}
        corrections = self.corrections(text, tracker)
        if not corrections:
            if not self._answer_question(dispatcher, tracker):
                dispatcher.utter_message(response="utter_ask_correction")
            return {"confirmed": None}
        return {**corrections, "confirmed": None}  # the summary is shown again

    def corrections(self, text: Text, tracker: Tracker) -> Dict[Text, Any]:
        """The fields a correction such as "nee, mijn nummer is 06-87654321" changes."""
        phone, email = parse_phone(text), parse_email(text)
        if phone:
            return {"contact_method": PHONE, "phone": phone.e164, "phone_display": phone.display}
        if email:
            return {"contact_method": EMAIL, "email": email}
        name_match = _NAME_CORRECTION.search(text)
        if name_match and clean_name(name_match.group(1)):
            return {"visitor_name": clean_name(name_match.group(1))}
        moment, _ = match_moment(text, now_at_practice(), current_practice().opening_hours)
        if moment:
            return {
                "preferred_moment": moment.display,
                "preferred_start": moment.start.isoformat() if moment.start else None,
                "preferred_end": moment.end.isoformat() if moment.end else None,
            }
        return {}


class AskIntakeQuestion(GuardedAction):
    """Asks the question for `slot` with values computed now: `utter_ask_<slot>` with the
    practice's details. Rasa's form runs `action_ask_<slot>` where there is one, else it
    utters `utter_ask_<slot>` itself (the questions that need no values). Abstract."""

    @property
    @abstractmethod
    def slot(self) -> Text:
        """The form slot this action asks for."""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def response(self, tracker: Tracker) -> Text:
        return f"utter_ask_{self.slot}"

    def values(self, tracker: Tracker) -> Dict[str, Any]:
        return current_practice().template_values()

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(response=self.response(tracker), **self.values(tracker))
        return []


class ActionAskConsent(AskIntakeQuestion):
    """What is stored, why, who sees it and for how long."""

    slot = "consent"

    def values(self, tracker: Tracker) -> Dict[str, Any]:
        return {**super().values(tracker), "retention_days": retention_days()}


def retention_days() -> int:
    """The days after which the answers are gone: the contact request itself
    (INTAKE_RETENTION_DAYS) and the conversation that holds the same answers
    (CONVERSATION_RETENTION_DAYS), whichever is kept longer."""
    settings = load_settings()
    return max(settings.intake_retention_days, settings.review.conversation_retention_days)


class ActionAskPreferredMoment(AskIntakeQuestion):
    """The question names the opening hours."""

    slot = "preferred_moment"


class ActionAskReason(AskIntakeQuestion):
    """Offers the complaints named earlier as the reason, if there are any."""

    slot = "reason"

    def response(self, tracker: Tracker) -> Text:
        return "utter_ask_reason_with_complaints" if complaint_labels(tracker) else "utter_ask_reason"

    def values(self, tracker: Tracker) -> Dict[str, Any]:
        labels = complaint_labels(tracker)
        return {"complaints": join_dutch(labels)} if labels else {}


class ActionAskConfirmed(AskIntakeQuestion):
    """The summary of the answers, to confirm or correct."""

    slot = "confirmed"

    def values(self, tracker: Tracker) -> Dict[str, Any]:
        slots = tracker.slots
        return {
            "name": slots.get("visitor_name"),
            "reach": reach(slots),
            "moment": slots.get("preferred_moment"),
            "reason": slots.get("reason") or "(niet opgegeven)",
        }
