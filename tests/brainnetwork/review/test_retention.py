"""Retention runs by itself: the review app purges on a schedule (issue 13, item 8)."""

import asyncio
import logging
import time
from datetime import datetime, timedelta, timezone

import pytest
from aiohttp.test_utils import TestServer
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from brainnetwork.review import retention, web
from brainnetwork.review.service import PurgeResult
from brainnetwork.storage.contact_requests import ContactRequest, IntakeStore, NewRequest
from brainnetwork.tracker_store import ConversationStore

DAY = 86400
AUDITED = "SELECT count(*) FROM staff_audit_log WHERE actor = 'systeem:bewaartermijn' AND action = 'purge'"


async def conversation(store, sender, age_days):
    at = time.time() - age_days * DAY
    tracker = DialogueStateTracker(sender, slots=[])
    for event in (ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at),
                  UserUttered(f"mijn nummer is 06-12345678 ({sender})", {"name": "inform", "confidence": 0.9},
                              timestamp=at + 1)):
        tracker.update(event)
    await store.save(tracker)


def count(url, query):
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text(query)).scalar()
    engine.dispose()
    return found


@pytest.fixture
def old_and_new(database_url, monkeypatch):
    """A database with a conversation and a contact request past their retention, and recent ones."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("CONVERSATION_RETENTION_DAYS", "90")
    monkeypatch.setenv("INTAKE_RETENTION_DAYS", "90")
    store = ConversationStore(Domain.empty(), url=database_url)
    intake = IntakeStore.from_url(database_url)
    request = NewRequest("oud", "Sanne", "phone", "+31612345678", None, "maakt niet uit", None, None, "moe")
    old = intake.add(request)
    intake.add(NewRequest(**{**request.__dict__, "conversation_id": "nieuw"}))
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(ContactRequest.__table__.update().where(ContactRequest.reference == old.reference)
                           .values(created_at=datetime.now(timezone.utc) - timedelta(days=120)))
    engine.dispose()
    yield store
    store.engine.dispose()
    intake.engine.dispose()


async def test_the_running_review_app_erases_what_is_past_retention_by_itself(old_and_new, database_url,
                                                                             monkeypatch):
    await conversation(old_and_new, "oud", age_days=120)
    await conversation(old_and_new, "nieuw", age_days=1)
    apps = []
    monkeypatch.setattr(web.web, "run_app", lambda app, **_: apps.append(app))
    assert web.main([]) == 0  # the review app as the launcher starts it, without serving
    (app,) = apps
    assert count(database_url, "SELECT count(*) FROM review_conversations WHERE sender_id = 'oud'") == 1

    server = TestServer(app)
    await server.start_server()  # runs the app's start-up, as web.run_app does
    try:
        deadline = time.monotonic() + 60  # a generous bound: the first purge starts at once
        while not count(database_url, AUDITED) and time.monotonic() < deadline:  # its last step
            await asyncio.sleep(0.05)
    finally:
        await server.close()
    assert count(database_url, "SELECT count(*) FROM events WHERE sender_id = 'oud'") == 0
    assert count(database_url, "SELECT count(*) FROM review_conversations WHERE sender_id = 'oud'") == 0
    assert count(database_url, "SELECT count(*) FROM contact_requests WHERE conversation_id = 'oud'") == 0
    assert count(database_url, "SELECT count(*) FROM events WHERE sender_id = 'nieuw'") > 0
    assert count(database_url, "SELECT count(*) FROM contact_requests WHERE conversation_id = 'nieuw'") == 1
    assert count(database_url, AUDITED) == 1


async def test_the_purge_repeats_at_the_interval_and_survives_a_failure(monkeypatch, caplog):
    runs, pauses = [], []

    def purge_now(review):
        runs.append(review)
        if len(runs) == 1:
            raise OSError("database gone")
        return PurgeResult(2, 1)

    async def sleep(seconds):
        pauses.append(seconds)
        if len(pauses) == 3:
            raise asyncio.CancelledError

    monkeypatch.setattr(retention, "purge_now", purge_now)
    with caplog.at_level(logging.INFO), pytest.raises(asyncio.CancelledError):
        await retention.purge_periodically("review", 3600, sleep=sleep)
    assert len(runs) == 3 and pauses == [3600, 3600, 3600]
    assert "scheduled purge failed (OSError)" in caplog.text and "erased 2 conversation(s)" in caplog.text


def test_an_interval_of_zero_leaves_purging_to_cron(caplog):
    app = web.web.Application()
    retention.schedule_purge(app, None, 0)
    assert list(app.cleanup_ctx) == [] and "make purge" in caplog.text
