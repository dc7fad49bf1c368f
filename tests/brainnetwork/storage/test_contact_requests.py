"""Contact requests in SQL, on SQLite and on PostgreSQL (the store the intake actions and
the review app share)."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from brainnetwork.storage import contact_requests, migrate
from brainnetwork.storage.contact_requests import IntakeStore, NewRequest
from tests.stored import stored_request, stored_requests


def request(**changes):
    values = dict(
        conversation_id="visitor-1",
        name="Sanne",
        contact_method="phone",
        phone="+31612345678",
        email=None,
        preferred_moment="dinsdag 1 december, 12:00-17:00",
        preferred_start=datetime(2026, 12, 1, 11, 0, tzinfo=timezone.utc),
        preferred_end=datetime(2026, 12, 1, 16, 0, tzinfo=timezone.utc),
        reason="vermoeidheid",
    )
    return NewRequest(**{**values, **changes})


def test_a_request_is_committed_with_reference_and_status_new(database_url):
    store = IntakeStore.from_url(database_url)
    stored = store.add(request())
    assert stored.reference.startswith("BN-") and len(stored.reference) == 9
    # Read back through a fresh connection: it is really in the database.
    with store.engine.connect() as connection:
        row = connection.execute(
            text("SELECT name, phone, status, conversation_id FROM contact_requests WHERE reference = :r"),
            {"r": stored.reference},
        ).one()
    assert tuple(row) == ("Sanne", "+31612345678", "new", "visitor-1")


def test_references_are_unique(database_url, monkeypatch):
    store = IntakeStore.from_url(database_url)
    codes = iter(["BN-AAAAAA", "BN-AAAAAA", "BN-BBBBBB"])
    monkeypatch.setattr(contact_requests, "new_reference", lambda: next(codes))
    first, second = store.add(request()), store.add(request(name="Piet"))
    assert (first.reference, second.reference) == ("BN-AAAAAA", "BN-BBBBBB")


def test_status_changes_and_notification_outcome(database_url):
    store = IntakeStore.from_url(database_url)
    stored = store.add(request())
    store.mark_notified(stored.reference, error="SMTPConnectError")
    assert stored_request(store, stored.reference).notify_error == "SMTPConnectError"
    assert stored_request(store, stored.reference).status == "new"
    store.mark_notified(stored.reference)
    assert stored_request(store, stored.reference).notified_at is not None
    store.set_status(stored.reference, "contacted")
    assert stored_request(store, stored.reference).status == "contacted"
    with pytest.raises(ValueError):
        store.set_status(stored.reference, "lost")


def age(store, reference, days):
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE contact_requests SET created_at = :t WHERE reference = :r"),
            {"t": datetime.now(timezone.utc) - timedelta(days=days), "r": reference},
        )


def test_purge_deletes_only_requests_older_than_the_retention(database_url):
    store = IntakeStore.from_url(database_url)
    old, recent = store.add(request(name="Oud")), store.add(request(name="Nieuw"))
    age(store, old.reference, 100)
    age(store, recent.reference, 2)
    assert store.purge(90) == 1
    assert [r.name for r in stored_requests(store)] == ["Nieuw"]


def test_nothing_connects_at_import_time():
    """Importing the actions with an unreachable database works: no engine at import."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, DATABASE_URL="postgresql://nobody@127.0.0.1:1/none")
    done = subprocess.run(
        [sys.executable, "-c", "import actions.intake, actions.intake_form, brainnetwork.storage.contact_requests"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_request_stored_during_an_erasure_of_its_conversation_is_erased_too():
    """PostgreSQL: a contact request being stored holds its conversation's lock; an erasure
    of that conversation started meanwhile waits for it and erases the request too, instead
    of missing the row that is not committed yet. (On SQLite the database's single write
    lock already puts them one after the other.)"""
    import threading
    import time

    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import create_engine, event, insert

    from brainnetwork.review.conversations import ReviewStore
    from brainnetwork.storage.rasa_events import events
    from tests.conftest import erasure_waiting_for_the_lock, postgres_database, user_event_row as stored_event

    url, drop = postgres_database()
    engine = create_engine(url, future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)  # Rasa's events table
    migrate(url)
    store, review = IntakeStore.from_url(url), ReviewStore.from_url(url)
    flushed, go_on = threading.Event(), threading.Event()

    def hold_the_commit(_session, _context):  # the INSERT is sent, not committed yet
        flushed.set()
        go_on.wait(60)

    try:
        with engine.begin() as connection:
            connection.execute(insert(events), [stored_event("bezoeker", time.time() - 60)])
        event.listen(store._sessions, "after_flush", hold_the_commit)
        submit = threading.Thread(target=store.add, args=(request(conversation_id="bezoeker"),))
        submit.start()  # the visitor confirms the form...
        assert flushed.wait(60)
        erasure = erasure_waiting_for_the_lock(review, engine, "bezoeker")  # ...while staff erase it
        go_on.set()
        submit.join(60)
        erasure.join(60)
        with engine.connect() as connection:
            left = connection.execute(
                text("SELECT count(*) FROM contact_requests WHERE conversation_id = 'bezoeker'")).scalar()
            events_left = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = 'bezoeker'")).scalar()
        assert (left, events_left) == (0, 0)
    finally:
        go_on.set()
        store.engine.dispose()
        review.engine.dispose()
        engine.dispose()
        drop()
