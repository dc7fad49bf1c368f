"""The contact form's validation action, as Rasa calls it: slot candidates in, events out;
and the questions asked with values. What is said is recorded as the response's name and
the values it is filled in with (test_intake_responses.py renders them)."""

from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import (
    ActionAskConfirmed, ActionAskConsent, ActionAskPreferredMoment, ActionAskReason, ValidateIntakeForm,
)
from brainnetwork.practice import current_practice

FILLED = {
    "consent": True, "visitor_name": "Sanne", "contact_method": "phone",
    "phone": "+31612345678", "phone_display": "06 12345678",
    "preferred_moment": "dinsdag 1 december, 12:00-17:00", "reason": "vermoeidheid",
}


def form_tracker(
    slot: str, text: str, intent: str = "nlu_fallback", confidence: float = 0.9,
    slots: Optional[Dict[str, Any]] = None, value: Any = None,
) -> Tracker:
    """The tracker as the form hands it over: `text` just typed, `slot` just extracted."""
    return Tracker(
        sender_id="visitor-1",
        slots={**(slots or {}), "requested_slot": slot, slot: text if value is None else value},
        latest_message={"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []},
        events=[
            {"event": "user", "text": text},
            {"event": "slot", "name": slot, "value": text if value is None else value},
        ],
        paused=False, followup_action=None,
        active_loop={"name": "intake_form"}, latest_action_name="action_listen",
    )


async def validate(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateIntakeForm().run(dispatcher, tracker, domain)
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


def said(messages: List[dict], response: str) -> bool:
    return any(m.get("response") == response for m in messages)


async def ask(action, slots=None) -> dict:
    """The one message `action` (an action_ask_<slot>) sends."""
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, form_tracker(action.slot, "", slots=slots), {})
    (message,) = dispatcher.messages
    return message


async def test_consent_yes_goes_on_to_the_name(domain):
    slots, _ = await validate(form_tracker("consent", "/affirm", "affirm"), domain)
    assert slots["consent"] is True and slots["requested_slot"] == "visitor_name"


async def test_no_consent_ends_the_form_with_nothing_asked(domain):
    slots, _ = await validate(form_tracker("consent", "nee", "deny"), domain)
    assert slots["consent"] is False and slots["requested_slot"] is None


async def test_unclear_consent_is_asked_again(domain):
    slots, messages = await validate(form_tracker("consent", "misschien", "nlu_fallback"), domain)
    assert slots["consent"] is None and said(messages, "utter_invalid_consent")


@pytest.mark.parametrize(
    ("text", "method", "phone"),
    [("telefonisch", "phone", None), ("per e-mail", "email", None), ("bel me op 06-12345678", "phone", "+31612345678")],
)
async def test_contact_method(domain, text, method, phone):
    slots, _ = await validate(form_tracker("contact_method", text, slots={"consent": True, "visitor_name": "Sanne"}), domain)
    assert slots["contact_method"] == method
    assert slots.get("phone") == phone
    assert slots["requested_slot"] == ("preferred_moment" if phone else "phone" if method == "phone" else "email")


async def test_a_phone_number_is_normalised(domain):
    slots, _ = await validate(form_tracker("phone", "06 1234 5678", slots={"consent": True, "contact_method": "phone"}), domain)
    assert (slots["phone"], slots["phone_display"]) == ("+31612345678", "06 12345678")


async def test_three_wrong_answers_bring_the_direct_number_and_the_offer_to_stop(domain):
    failures: Dict[str, int] = {}
    for attempt in range(1, 4):
        tracker = form_tracker("phone", "weet ik niet", slots={"consent": True, "contact_method": "phone", "intake_failures": failures})
        slots, messages = await validate(tracker, domain)
        failures = slots["intake_failures"]
        assert slots["phone"] is None and said(messages, "utter_invalid_phone")
        assert said(messages, "utter_too_many_failures") is (attempt == 3)
    assert messages[-1]["practice_phone"] == current_practice().phone


async def test_a_question_instead_of_an_answer_is_answered_and_asked_again(domain):
    tracker = form_tracker("visitor_name", "wat is GABA eigenlijk?", "faq_gaba", 0.95, slots={"consent": True})
    slots, messages = await validate(tracker, domain)
    assert slots["visitor_name"] is None
    assert [m.get("response") for m in messages] == ["utter_faq_gaba"]
    assert "intake_failures" not in slots  # a question is not a mistake


async def test_why_do_you_want_my_number(domain):
    tracker = form_tracker("phone", "waarom wil je mijn nummer?", "ask_why_data", 0.9, slots={"consent": True, "contact_method": "phone"})
    slots, messages = await validate(tracker, domain)
    assert slots["phone"] is None and messages[0]["response"] == "utter_why_we_ask"


async def test_a_moment_outside_opening_hours_gets_the_nearest_open_moments(domain):
    slots, messages = await validate(form_tracker("preferred_moment", "zondagochtend", slots=FILLED), domain)
    assert slots["preferred_moment"] is None
    (proposal,) = messages
    assert proposal["response"] == "utter_closed_at_preferred_moment"
    assert len(proposal["buttons"]) == 4 and proposal["buttons"][-1]["payload"] == "maakt niet uit"


async def test_a_moment_within_opening_hours_is_kept_with_its_window(domain):
    slots, _ = await validate(form_tracker("preferred_moment", "maakt niet uit", slots=FILLED), domain)
    assert slots["preferred_moment"] == "geen voorkeur, zo snel mogelijk"


async def test_the_reason_is_prefilled_with_complaints_named_earlier(domain):
    tracker = form_tracker("reason", "/affirm", "affirm", slots={**FILLED, "reason": None, "complaints": ["fatigue", "gut_complaints"]})
    slots, _ = await validate(tracker, domain)
    assert slots["reason"] == "vermoeidheid en darmklachten"


async def test_summary_confirmed(domain):
    slots, _ = await validate(form_tracker("confirmed", "ja klopt", "affirm", slots=FILLED), domain)
    assert slots["confirmed"] is True and slots["requested_slot"] is None


async def test_a_correction_changes_that_field_only(domain):
    tracker = form_tracker("confirmed", "nee, mijn nummer is 06-87654321", "deny", slots=FILLED)
    slots, _ = await validate(tracker, domain)
    assert slots["phone"] == "+31687654321" and slots["confirmed"] is None
    assert "visitor_name" not in slots and "preferred_moment" not in slots
    assert slots["requested_slot"] == "confirmed"  # the summary is shown again


async def test_a_name_correction(domain):
    slots, _ = await validate(form_tracker("confirmed", "nee, mijn naam is Anna", "deny", slots=FILLED), domain)
    assert slots["visitor_name"] == "Anna" and "phone" not in slots


async def test_no_without_a_correction_asks_what_to_change(domain):
    slots, messages = await validate(form_tracker("confirmed", "nee", "deny", slots=FILLED), domain)
    assert slots["confirmed"] is None and said(messages, "utter_ask_correction")


async def test_the_consent_question_says_what_why_how_long_and_who(domain):
    question = await ask(ActionAskConsent())
    assert question["response"] == "utter_ask_consent"
    assert (question["retention_days"], question["practice_name"]) == (90, current_practice().name)
    (variant,) = domain["responses"]["utter_ask_consent"]
    assert "na {retention_days} dagen" in variant["text"] and "medewerkers van {practice_name}" in variant["text"]
    assert [b["payload"] for b in variant["buttons"]] == ["/affirm", "/deny"]


async def test_the_consent_question_names_the_longer_of_the_two_retention_periods(monkeypatch):
    """The answers are in the contact request and in the conversation; both must be gone
    by the day the visitor is told."""
    monkeypatch.setenv("INTAKE_RETENTION_DAYS", "30")
    monkeypatch.setenv("CONVERSATION_RETENTION_DAYS", "120")
    assert (await ask(ActionAskConsent()))["retention_days"] == 120
    monkeypatch.setenv("CONVERSATION_RETENTION_DAYS", "14")
    assert (await ask(ActionAskConsent()))["retention_days"] == 30


async def test_the_opening_hours_come_with_the_question_for_a_moment():
    question = await ask(ActionAskPreferredMoment())
    assert (question["response"], question["practice_hours"]) == (
        "utter_ask_preferred_moment", current_practice().opening_hours_text())


async def test_the_summary_lists_what_was_filled_in():
    summary = await ask(ActionAskConfirmed(), FILLED)
    assert summary["response"] == "utter_ask_confirmed"
    assert {key: summary[key] for key in ("name", "reach", "moment", "reason")} == {
        "name": "Sanne", "reach": "telefoon (06 12345678)", "moment": "dinsdag 1 december, 12:00-17:00",
        "reason": "vermoeidheid"}
    assert (await ask(ActionAskConfirmed(), {**FILLED, "reason": ""}))["reason"] == "(niet opgegeven)"


async def test_the_reason_question_mentions_earlier_complaints():
    question = await ask(ActionAskReason(), {"complaints": ["low_mood", "fatigue"]})
    assert (question["response"], question["complaints"]) == ("utter_ask_reason_with_complaints",
                                                              "somberheid en vermoeidheid")
    question = await ask(ActionAskReason(), {"complaints": []})
    assert question["response"] == "utter_ask_reason" and "complaints" not in question


def test_only_the_questions_that_need_values_have_an_action(domain):
    """The form asks the others with `utter_ask_<slot>` itself."""
    from actions.intake_form import AskIntakeQuestion

    asked_by_action = {cls.slot for cls in AskIntakeQuestion.__subclasses__()}
    assert asked_by_action == {"consent", "preferred_moment", "reason", "confirmed"}
    for slot in domain["forms"]["intake_form"]["required_slots"]:
        assert (f"action_ask_{slot}" in domain["actions"]) is (slot in asked_by_action), slot
        assert f"utter_ask_{slot}" in domain["responses"], slot


async def test_a_statement_that_names_an_article_topic_is_an_answer_not_a_question(domain):
    tracker = form_tracker("reason", "ik slaap slecht", "faq_stress_and_sleep", 0.9, slots={"consent": True})
    slots, messages = await validate(tracker, domain)
    assert slots["reason"] == "ik slaap slecht" and messages == []
