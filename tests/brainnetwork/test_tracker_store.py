"""Conversations are stored in SQL, and a failing database is loud, never silent."""

import logging
import time

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import ConnectionException

from brainnetwork.channels import assistant_health
from brainnetwork.tracker_store import ConversationStore, tracker_store_health
from tests.conftest import postgres_database

SECRET_TEXT = "mijn nummer is 06-12345678"


def conversation(sender="bezoeker-1"):
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(UserUttered(SECRET_TEXT, {"name": "inform", "confidence": 0.9}))
    return tracker


async def test_conversations_are_saved_and_read_back(tmp_path):
    store = ConversationStore(Domain.empty(), url=f"sqlite:///{tmp_path / 'var' / 'bn.db'}")
    await store.save(conversation())
    again = await store.retrieve("bezoeker-1")
    assert again.latest_message.text == SECRET_TEXT
    assert store.health()["ok"] and tracker_store_health(FailSafeTrackerStore(store))["ok"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_each_turn_is_one_insert_with_exactly_the_rows_rasas_own_store_writes(backend, tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import BotUttered
    from sqlalchemy import event

    drop = None
    if backend == "sqlite":
        ours_url, rasas_url = f"sqlite:///{tmp_path / 'ours.db'}", f"sqlite:///{tmp_path / 'rasa.db'}"
    else:
        ours_url, drop_ours = postgres_database()
        rasas_url, drop_rasas = postgres_database()
        drop = (drop_ours, drop_rasas)
    try:
        ours = ConversationStore(Domain.empty(), url=ours_url)
        rasas = SQLTrackerStore(Domain.empty(), host=rasas_url)
        inserts = []
        event.listen(ours.engine, "before_cursor_execute",
                     lambda *args: inserts.append(args[2]) if args[2].startswith("INSERT") else None)
        tracker = conversation()
        for store in (ours, rasas):
            await store.save(tracker)
        assert len(inserts) == 1, "the first turn's three events in one statement"
        for turn in range(3):
            new = [BotUttered(f"antwoord {turn}"), ActionExecuted("action_listen"),
                   UserUttered(f"vraag {turn}", {"name": "faq_gaba", "confidence": 0.8})]
            for store in (ours, rasas):  # as Rasa does each turn: read, add, save
                tracker = await store.retrieve("bezoeker-1")
                for event in new:
                    tracker.update(event)
                await store.save(tracker)
        assert len(inserts) == 4

        def rows(url):
            from sqlalchemy import create_engine, text

            engine = create_engine(url)
            with engine.connect() as connection:
                found = connection.execute(text(
                    "SELECT sender_id, type_name, timestamp, intent_name, action_name, data FROM events ORDER BY id")).all()
            engine.dispose()
            return [tuple(row) for row in found]

        assert rows(ours_url) == rows(rasas_url) and len(rows(ours_url)) == 12
        assert [e["text"] for e in (await ours.retrieve("bezoeker-1")).as_dialogue().as_dict()["events"]
                if e["event"] == "user"] == [SECRET_TEXT, "vraag 0", "vraag 1", "vraag 2"]
    finally:
        for dropper in drop or ():
            dropper()


async def test_a_database_that_goes_away_is_reported_not_hidden(caplog):
    url, drop = postgres_database()
    store = ConversationStore(Domain.empty(), url=url)
    rasa_wrapper = FailSafeTrackerStore(store)  # as Rasa's Agent wraps every tracker store
    await rasa_wrapper.save(conversation())
    assert tracker_store_health(rasa_wrapper)["ok"]
    store.engine.dispose()
    drop()  # the database is gone

    caplog.set_level(logging.ERROR)
    await rasa_wrapper.save(conversation("bezoeker-2"))  # Rasa falls back to memory...
    report = tracker_store_health(rasa_wrapper)
    assert not report["ok"] and "unreachable" in report["problem"]  # ...but health says so
    assert store.failed_operations == 1
    assert "CONVERSATION NOT STORED" in caplog.text and SECRET_TEXT not in caplog.text


async def test_a_failed_save_keeps_health_failing_until_a_save_succeeds(tmp_path, caplog):
    store = ConversationStore(Domain.empty(), url=f"sqlite:///{tmp_path / 'bn.db'}")
    working = store.sessionmaker

    def broken():
        raise OSError("disk full")

    store.sessionmaker = broken
    with pytest.raises(OSError):
        await store.save(conversation())
    report = store.health()
    assert not report["ok"] and report["problem"] == "the last save failed (OSError)"
    store.sessionmaker = working
    await store.save(conversation())
    assert store.health()["ok"] and store.failed_operations == 1


def test_an_unreachable_database_stops_rasa_from_starting(caplog):
    started = time.monotonic()
    with pytest.raises(ConnectionException, match="cannot reach the database"):
        ConversationStore(Domain.empty(), url="postgresql://rasa:geheim@127.0.0.1:1/gesprekken")
    assert time.monotonic() - started < 15  # Rasa's own SQL store would retry forever
    assert "geheim" not in caplog.text and "Conversations cannot be stored" in caplog.text


def test_memory_is_not_a_conversation_store():
    report = tracker_store_health(FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty())))
    assert not report["ok"] and "not stored in the database" in report["problem"]


def test_health_without_a_model():
    assert assistant_health(None) == {"ok": False, "model": "not loaded", "problem": "no model is loaded"}


def test_the_run_command_refuses_an_unreachable_database(monkeypatch, tmp_path, caplog):
    from brainnetwork import serve

    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setenv("DATABASE_URL", "postgresql://rasa:geheim@127.0.0.1:1/gesprekken")
    assert serve.main(["--model", str(model)]) == 2
    assert "cannot reach the database postgresql://rasa:***@127.0.0.1:1/gesprekken" in caplog.text
    assert "geheim" not in caplog.text
