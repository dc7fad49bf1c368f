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


# --- A stopped contact form leaves nothing of its answers (issue 13, item 7) -----------

from rasa.shared.core.events import ActiveLoop, BotUttered, SessionStarted as Started, SlotSet  # noqa: E402
from sqlalchemy import create_engine, text as sql  # noqa: E402

from brainnetwork.review.conversations import ReviewStore  # noqa: E402

NAME, PHONE_TYPED, MOMENT_TYPED, REASON = "Pieter Post", "bel me op 06-12345678", "dinsdagmiddag", \
    "ik slaap slecht en pieker over mijn werk"
# What must be gone: what was typed, and what the form made of it.
ANSWERS = ("Pieter", "12345678", "dinsdag", "1 december", "slaap slecht", "pieker")
CRISIS_TEXT = "soms wil ik er niet meer zijn"


def said(text, intent="inform"):
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
             "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    return UserUttered(text, parse["intent"], [], parse, input_channel="rest", metadata={"page": text})


def asks(slot, question):
    return [SlotSet("requested_slot", slot), BotUttered(question), ActionExecuted("action_listen")]


def answered(slot, typed, *validated):
    """The visitor types an answer: Rasa's extraction, the form, the validated slots."""
    return [said(typed), SlotSet(slot, typed), ActionExecuted("intake_form"), *validated]


FORM_TURNS = [
    [ActionExecuted("action_session_start"), Started(), ActionExecuted("action_listen"),
     said("ik wil een afspraak", "request_contact"), ActionExecuted("utter_offer_contact"),
     BotUttered("Wil je dat de praktijk contact met je opneemt?"), ActionExecuted("action_listen")],
    [said("ja", "affirm"), ActionExecuted("intake_form"), ActiveLoop("intake_form"),
     *asks("consent", "Voordat ik iets noteer: ... Ga je daarmee akkoord?")],
    [*answered("consent", "ja", SlotSet("consent", True)), *asks("visitor_name", "Hoe heet je?")],
    [*answered("visitor_name", NAME, SlotSet("visitor_name", NAME)),
     *asks("contact_method", "Hoe wil je bereikt worden: telefonisch of per e-mail?")],
    [*answered("contact_method", PHONE_TYPED, SlotSet("contact_method", "phone"),
               SlotSet("phone", "+31612345678"), SlotSet("phone_display", "06 12345678")),
     *asks("preferred_moment", "Wanneer komt het je het beste uit?")],
    [*answered("preferred_moment", MOMENT_TYPED, SlotSet("preferred_moment", "dinsdag 1 december, 12:00-17:00"),
               SlotSet("preferred_start", "2026-12-01T12:00:00+01:00")),
     *asks("reason", "Wil je kort vertellen waar je contact over wilt?")],
    [*answered("reason", REASON, SlotSet("reason", REASON)),
     *asks("confirmed", f"Ik heb dit genoteerd:\n- Naam: {NAME}\n- Bereikbaar via: telefoon (06 12345678)\n"
                        f"- Voorkeursmoment: dinsdag 1 december, 12:00-17:00\n- Reden: {REASON}\n\nKlopt dit?")],
    [said(CRISIS_TEXT, "crisis"), ActionExecuted("utter_crisis_help"), BotUttered("Bel 113 ..."),
     ActionExecuted("intake_form"), ActiveLoop("intake_form"), ActionExecuted("action_listen")],
]
STOP_TURN = [said("laat maar, stop", "stop_form"), ActionExecuted("utter_intake_cancelled"),
             BotUttered("Oké, ik ben gestopt en heb niets opgeslagen."), ActionExecuted("action_cancel_intake"),
             ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("visitor_name", None),
             SlotSet("phone", None), SlotSet("reason", None), ActionExecuted("action_listen")]


async def hold(store, review, sender, turns):
    """Each turn as Rasa handles it (read, add, save); the review app looks in between."""
    for events in turns:
        tracker = await store.get_or_create_tracker(sender, append_action_listen=False)
        for event in events:
            tracker.update(event)
        await store.save(tracker)
        review.refresh()


def stored(url, sender):
    """Everything the database holds about `sender`: raw event data and the index row."""
    engine = create_engine(url)
    with engine.connect() as connection:
        data = "\n".join(d for (d,) in connection.execute(
            sql("SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}))
        index = " ".join(str(v) for row in connection.execute(
            sql("SELECT first_message, search_text, topics FROM review_conversations WHERE sender_id = :s"),
            {"s": sender}) for v in row)
    engine.dispose()
    return data, index


@pytest.fixture
def stores(database_url):
    store = ConversationStore(Domain.empty(), url=database_url)
    review = ReviewStore.from_url(database_url)
    yield store, review
    store.engine.dispose()
    review.engine.dispose()


async def test_a_stopped_form_leaves_none_of_its_answers_in_the_events_or_the_index(stores, database_url):
    store, review = stores
    await hold(store, review, "bezoeker-stop", FORM_TURNS)
    data, index = stored(database_url, "bezoeker-stop")
    assert all(answer in data for answer in ANSWERS) and NAME.lower() in index  # what there was to erase

    await hold(store, review, "bezoeker-stop", [STOP_TURN])
    data, index = stored(database_url, "bezoeker-stop")
    for answer in ANSWERS:
        assert answer.lower() not in data.lower(), answer
        assert answer.lower() not in index.lower(), answer
    assert CRISIS_TEXT in data and "ik wil een afspraak" in data  # not form answers: kept
    assert "ik ben gestopt en heb niets opgeslagen" in data
    assert review.summary("bezoeker-stop").cancelled and review.summary("bezoeker-stop").crisis

    tracker = await store.retrieve("bezoeker-stop")  # the conversation goes on as before
    assert tracker.active_loop_name is None and tracker.get_slot("visitor_name") is None
    await hold(store, review, "bezoeker-stop", [[said("wat is GABA?", "faq_gaba"), ActionExecuted("action_listen")]])
    assert "wat is GABA?" in stored(database_url, "bezoeker-stop")[0]


async def test_refused_consent_leaves_nothing_of_what_was_typed(stores, database_url):
    store, review = stores
    refusal = [*answered("consent", f"nee, ik ben {NAME} en wil niet", SlotSet("consent", False)),
               ActiveLoop(None), SlotSet("requested_slot", None), ActionExecuted("action_submit_intake"),
               BotUttered("Helemaal goed, ik sla niets op."), SlotSet("consent", None), ActionExecuted("action_listen")]
    await hold(store, review, "bezoeker-nee", [*FORM_TURNS[:2], refusal])
    data, index = stored(database_url, "bezoeker-nee")
    assert "Pieter" not in data and "pieter" not in index
    assert "ik sla niets op" in data


async def test_a_submitted_form_keeps_its_answers(stores, database_url):
    store, review = stores
    confirm = [*answered("confirmed", "ja", SlotSet("confirmed", True)), ActiveLoop(None),
               SlotSet("requested_slot", None), ActionExecuted("action_submit_intake"),
               BotUttered(f"Dank je wel, {NAME}. Je verzoek is opgeslagen onder referentie BN-K7Q2XM."),
               SlotSet("contact_request_ref", "BN-K7Q2XM"), ActionExecuted("action_listen")]
    await hold(store, review, "bezoeker-ja", [*FORM_TURNS[:7], confirm])
    data, _ = stored(database_url, "bezoeker-ja")
    assert all(answer in data for answer in ANSWERS)


# --- An erasure during a turn sticks (issue 13, item 9) --------------------------------

async def test_a_conversation_erased_during_a_turn_is_not_brought_back_by_that_turn(stores, database_url):
    store, review = stores
    await hold(store, review, "bezoeker-wis", FORM_TURNS[:4])
    tracker = await store.retrieve("bezoeker-wis")  # a turn begins...
    review.delete("bezoeker-wis")  # ...staff erase the conversation meanwhile...
    tracker.update(said("06-12345678"))
    tracker.update(BotUttered("Wanneer komt het je het beste uit?"))
    await store.save(tracker)  # ...and the turn ends
    data, index = stored(database_url, "bezoeker-wis")
    assert data == "" and index == ""  # Rasa's own store would have stored the whole session again
    assert store.health()["ok"]

    await hold(store, review, "bezoeker-wis", [[said("hallo", "greet"), ActionExecuted("action_listen")]])
    data, _ = stored(database_url, "bezoeker-wis")  # a later message starts afresh
    assert "hallo" in data and "Pieter" not in data


@pytest.mark.e2e
def test_the_running_assistant_keeps_nothing_of_a_stopped_form_or_a_refused_consent(assistant):
    from tests.running import Visitor

    stopping, refusing = Visitor(assistant.url), Visitor(assistant.url)
    for message in ("ik wil een afspraak", "ja", "ja", NAME, PHONE_TYPED, "stop"):
        replies = stopping.says(message)
    assert any("niets opgeslagen" in reply.get("text", "") for reply in replies), replies
    for message in ("ik wil een afspraak", "ja", f"nee, ik ben {NAME} en wil dat liever niet"):
        replies = refusing.says(message)
    assert any("ik sla niets op" in reply.get("text", "") for reply in replies), replies
    url = f"sqlite:///{assistant.database}"
    for visitor in (stopping, refusing):
        data, index = stored(url, visitor.sender)
        assert "ik wil een afspraak" in data  # the conversation is kept...
        assert "Pieter" not in data and "12345678" not in data and "pieter" not in index  # ...its answers not
