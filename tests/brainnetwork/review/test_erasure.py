"""Erasure and purge of brainnetwork.review.conversations on hand-made conversations (no
running assistant): what is erased stays erased (issue 13, item 9)."""

import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy import create_engine, insert, text

from brainnetwork.review.conversations import ReviewStore
from brainnetwork.storage import migrate
from brainnetwork.storage.database import lock_conversations
from brainnetwork.storage.rasa_events import events
from brainnetwork.storage.review_index import ConversationIndex
from tests.conftest import erasure_waiting_for_the_lock, postgres_database, user_event_row as event

DAY = 86400


@pytest.fixture
def review(database_url):
    engine = create_engine(database_url, future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)  # Rasa's events table
    engine.dispose()
    store = ReviewStore.from_url(database_url)
    yield store
    store.engine.dispose()


def test_a_purge_also_removes_index_rows_whose_conversation_is_gone(review):
    now = time.time()
    with review.engine.begin() as connection:
        connection.execute(insert(events), [event("oud", now - 120 * DAY), event("nieuw", now - DAY)])
    review.refresh()
    with review.sessions() as session:  # left by an index refresh that crossed an erasure
        session.add(ReviewStore._index_row(_summary("gewist")))
        session.commit()
    assert review.purge(90) == 1
    with review.sessions() as session:
        assert sorted(row.sender_id for row in session.query(ConversationIndex)) == ["nieuw"]


def _summary(sender):
    from brainnetwork.review.transcripts import summarize

    return summarize(sender, [{"event": "user", "timestamp": time.time(), "text": "bel 06-12345678",
                               "parse_data": {"intent": {"name": "inform"}}}], 0.6)


def test_an_erasure_waits_for_a_turn_being_stored_and_then_erases_it_too():
    """PostgreSQL: a turn being stored holds the conversation's lock (as the tracker
    store's save does); an erasure started meanwhile waits for it and erases what it
    stored, instead of leaving the turn's events behind."""
    url, drop = postgres_database()
    engine = create_engine(url, future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)
    migrate(url)
    review = ReviewStore.from_url(url)
    try:
        with engine.begin() as connection:
            connection.execute(insert(events), [event("bezoeker", time.time() - 60)])
        saving = engine.connect()
        turn = saving.begin()
        lock_conversations(saving, ["bezoeker"])  # the tracker store saving a turn...
        saving.execute(insert(events), [event("bezoeker", time.time(), "dinsdagmiddag graag")])
        erasure = erasure_waiting_for_the_lock(review, engine, "bezoeker")  # ...while staff erase it
        turn.commit()
        saving.close()
        erasure.join(60)
        with engine.connect() as connection:
            left = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = 'bezoeker'")).scalar()
        assert left == 0
    finally:
        review.engine.dispose()
        engine.dispose()
        drop()
