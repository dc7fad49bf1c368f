"""Around the form: storing the request, the practice's e-mail, stopping.
What is said is recorded as the response's name and the values it is filled in with
(test_intake_responses.py renders them)."""

import logging

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ActionCancelIntake, ActionSubmitIntake
from brainnetwork.practice import current_practice
from brainnetwork.storage import contact_requests, migrate
from tests.stored import stored_requests

CONFIRMED = {
    "consent": True, "confirmed": True, "visitor_name": "Sanne", "contact_method": "phone",
    "phone": "+31612345678", "phone_display": "06 12345678",
    "preferred_moment": "dinsdag 1 december, 12:00-17:00",
    "preferred_start": "2026-12-01T12:00:00+01:00", "preferred_end": "2026-12-01T17:00:00+01:00",
    "reason": "vermoeidheid",
}


def tracker(slots=None):
    events = [{"event": "user", "text": "bericht"}]
    return Tracker("visitor-1", slots or {}, {"text": "", "intent": {}, "entities": []}, events,
                   False, None, {}, "action_listen")


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    migrate(url)
    monkeypatch.setenv("DATABASE_URL", url)
    yield contact_requests.store_for(url)
    contact_requests.store_for.cache_clear()


async def submit(slots):
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitIntake().run(dispatcher, tracker(slots), {})
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_a_confirmed_request_is_stored_before_it_is_confirmed(database):
    (confirmation,), slots = await submit(CONFIRMED)
    (row,) = stored_requests(database)
    assert (row.name, row.phone, row.status, row.conversation_id) == ("Sanne", "+31612345678", "new", "visitor-1")
    assert confirmation["response"] == "utter_intake_confirmation"
    assert (confirmation["reference"], confirmation["name"], confirmation["reach"]) == (
        row.reference, "Sanne", "telefoon (06 12345678)")
    assert confirmation["callback_promise"] == current_practice().callback_promise
    assert slots["contact_request_ref"] == row.reference
    assert slots["phone"] is None and slots["visitor_name"] is None  # forgotten in the conversation


async def test_without_consent_nothing_is_stored_and_the_details_are_given(database):
    (answer,), _ = await submit({"consent": False})
    assert stored_requests(database) == []
    assert answer["response"] == "utter_consent_refused"
    assert (answer["practice_phone"], answer["practice_email"]) == (current_practice().phone, current_practice().email)


async def test_a_failing_database_gives_no_false_confirmation(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    with caplog.at_level(logging.ERROR):
        (answer,), slots = await submit(CONFIRMED)
    contact_requests.store_for.cache_clear()
    assert answer["response"] == "utter_intake_store_failed" and "reference" not in answer
    assert answer["practice_phone"] == current_practice().phone
    assert "contact_request_ref" not in slots
    assert "Storing a contact request failed" in caplog.text
    for personal in ("Sanne", "612345678", "vermoeidheid"):
        assert personal not in caplog.text


async def test_the_practice_is_emailed_after_storing(database, smtp_server, monkeypatch):
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(smtp_server.port))
    monkeypatch.setenv("SMTP_STARTTLS", "false")
    monkeypatch.setenv("INTAKE_NOTIFY_TO", "praktijk@brainnetwork.example")
    await submit(CONFIRMED)
    (row,) = stored_requests(database)
    (mail,) = smtp_server.messages
    assert row.reference in mail["Subject"] and row.notified_at is not None
    assert "/requests" in mail.get_payload(decode=True).decode()
    whole = mail["Subject"] + mail.get_payload(decode=True).decode()
    for personal in ("Sanne", "612345678", "vermoeidheid", "dinsdag", "visitor-1"):
        assert personal not in whole


async def test_a_failed_e_mail_keeps_the_request_and_shows_the_failure(database, monkeypatch):
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", "1")
    monkeypatch.setenv("INTAKE_NOTIFY_TO", "praktijk@brainnetwork.example")
    (confirmation,), _ = await submit(CONFIRMED)
    (row,) = stored_requests(database)
    assert row.status == "new" and row.notify_error == "ConnectionRefusedError"
    assert confirmation["reference"] == row.reference


async def test_stopping_forgets_the_answers_and_ends_the_form():
    events = await ActionCancelIntake().run(CollectingDispatcher(), tracker(CONFIRMED), {})
    assert {"event": "active_loop", "name": None, "timestamp": None} in events
    forgotten = {e["name"] for e in events if e["event"] == "slot" and e["value"] is None}
    assert {"visitor_name", "phone", "reason", "consent"} <= forgotten


async def test_storing_a_request_leaves_the_event_loop_free(database, monkeypatch):
    """The database work runs on a thread: while it waits, the action server's loop serves
    others (here: the coroutine that lets it go on)."""
    import asyncio
    import threading

    from actions import intake

    entered, release = threading.Event(), threading.Event()
    real = intake.current_store()

    class HeldStore:
        def add(self, request):
            entered.set()
            assert release.wait(30), "the loop was blocked: nobody could release the store"
            return real.add(request)

        def mark_notified(self, *args, **kwargs):
            return real.mark_notified(*args, **kwargs)

    monkeypatch.setattr(intake, "current_store", HeldStore)
    task = asyncio.create_task(submit(CONFIRMED))
    assert await asyncio.get_running_loop().run_in_executor(None, entered.wait, 30)
    release.set()  # done by the loop, so only possible while the store waits off the loop
    (confirmation,), slots = await task
    assert slots["contact_request_ref"] == stored_requests(database)[0].reference
