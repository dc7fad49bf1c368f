"""The conversation index and transcripts, on conversations held with the running
assistant (SQLite and PostgreSQL)."""

from datetime import datetime, timedelta, timezone

import pytest

from brainnetwork.review.conversations import ConversationNotFound, ListFilter
from brainnetwork.review.transcripts import summarize, transcript
from tests.brainnetwork.review.conftest import EMAIL, count_rows

pytestmark = pytest.mark.e2e



def test_each_conversation_gets_its_flags(review, recorded):
    ids = recorded.ids
    crisis = review.store.summary(ids["crisis"])
    assert crisis.crisis and not crisis.contact and "crisis" in crisis.topics
    faq = review.store.summary(ids["faq"])
    assert faq.fallback and not faq.crisis and "microbiome" in faq.topics.split(",")
    assert faq.visitor_messages == 4 and faq.channel == "rest"
    contact = review.store.summary(ids["contact"])
    assert contact.contact and not contact.cancelled and not contact.crisis
    cancelled = review.store.summary(ids["cancelled"])
    assert cancelled.contact and cancelled.cancelled


def test_filter_by_flag_date_and_words(review, recorded):
    ids = recorded.ids
    crisis = review.store.list(ListFilter(flag="crisis"))
    assert [row.sender_id for row in crisis.rows] == [ids["crisis"]]
    cancelled = {row.sender_id for row in review.store.list(ListFilter(flag="cancelled")).rows}
    assert cancelled == {ids["cancelled"]}
    assert review.store.list().total == len(ids)
    today = datetime.now(timezone.utc).astimezone(review.store.tz).date()
    assert review.store.list(ListFilter(date_from=today, date_to=today)).total == len(ids)
    assert review.store.list(ListFilter(date_to=today - timedelta(days=1))).total == 0
    assert review.store.list(ListFilter(date_from=today + timedelta(days=1))).total == 0
    assert [r.sender_id for r in review.store.list(ListFilter(search="PLUGH")).rows] == [ids["faq"]]
    assert [r.sender_id for r in review.store.list(ListFilter(search="plugh microbioom")).rows] == [ids["faq"]]
    assert review.store.list(ListFilter(search="plugh zelfmoord")).total == 0
    assert {r.sender_id for r in review.store.list(ListFilter(search=EMAIL)).rows} == {ids["contact"], ids["personal"]}
    assert review.store.list(ListFilter(search="100%_niet")).total == 0  # LIKE wildcards are literal


def test_paging(review, recorded):
    first = review.store.list(page=1, page_size=2)
    second = review.store.list(page=2, page_size=2)
    last = review.store.list(page=99, page_size=2)
    assert first.total == len(recorded.ids) and first.pages == 3
    assert len(first.rows) == 2 and len(second.rows) == 2 and last.page == 3 and len(last.rows) == 1
    seen = [r.sender_id for page in (first, second, last) for r in page.rows]
    assert sorted(seen) == sorted(recorded.ids.values())


def test_transcript_shows_intents_answers_and_form_steps(review, recorded):
    turns = review.store.transcript(recorded.ids["contact"])
    visitor = [t for t in turns if t.kind == "visitor"]
    assert visitor[0].text == "ik wil een afspraak" and visitor[0].intent == "request_contact"
    assert 0 < visitor[0].confidence <= 1
    assert any(t.kind == "assistant" and recorded.reference in t.text for t in turns)
    form = [t.text for t in turns if t.kind == "form"]
    assert form[0] == "formulier gestart: intake_form" and "vraagt: consent" in form
    assert "vraagt: email" in form and form[-1] == "formulier afgesloten"
    assert all(a.at <= b.at for a, b in zip(turns, turns[1:]))
    fallback = [t for t in review.store.transcript(recorded.ids["faq"]) if t.low_confidence]
    assert fallback and fallback[0].intent == "nlu_fallback" and fallback[0].predicted != "nlu_fallback"


def test_index_catches_up_with_new_events(review, recorded):
    from sqlalchemy import insert
    import json

    before = review.store.summary(recorded.ids["faq"])
    now = datetime.now(timezone.utc).timestamp()
    event = {"event": "user", "timestamp": now, "text": "ik wil niet meer leven",
             "parse_data": {"intent": {"name": "crisis", "confidence": 0.99}, "entities": []},
             "input_channel": "rest"}
    from brainnetwork.storage.rasa_events import events

    with review.store.engine.begin() as connection:
        connection.execute(insert(events).values(sender_id=recorded.ids["faq"], type_name="user",
                                                 timestamp=now, intent_name="crisis", data=json.dumps(event)))
    assert review.store.refresh() == 1
    after = review.store.summary(recorded.ids["faq"])
    assert after.crisis and not before.crisis and after.visitor_messages == before.visitor_messages + 1
    assert review.store.refresh() == 0


def test_delete_erases_events_contact_requests_and_index(review, review_url, recorded):
    contact = recorded.ids["contact"]
    assert count_rows(review_url, "contact_requests", "conversation_id", contact) == 1
    removed = review.delete("anne", contact)
    assert removed["events"] > 10 and removed["contact_requests"] == 1
    for table, column in (("events", "sender_id"), ("contact_requests", "conversation_id"),
                          ("review_conversations", "sender_id")):
        assert count_rows(review_url, table, column, contact) == 0
    with pytest.raises(ConversationNotFound):
        review.store.transcript(contact)
    assert count_rows(review_url, "events", "sender_id", recorded.ids["faq"]) > 0  # the rest stays
    entry = review.audit.latest()[0]
    assert (entry.actor, entry.action, entry.target) == ("anne", "delete", contact)


def test_purge_erases_only_what_is_older_than_the_retention(review, review_url, recorded):
    assert review.store.purge(30) == 0
    assert review.store.purge(30, now=datetime.now(timezone.utc) + timedelta(days=31)) == len(recorded.ids)
    for sender_id in recorded.ids.values():
        assert count_rows(review_url, "events", "sender_id", sender_id) == 0
    assert review.store.list().total == 0


def test_purge_command_removes_old_contact_requests_too(review, review_url, recorded):
    result = review.purge("cron", conversation_days=90, intake_days=0)
    assert result.conversations == 0 and result.contact_requests == 1
    assert count_rows(review_url, "contact_requests", "conversation_id", recorded.ids["contact"]) == 0
    assert review.audit.latest()[0].action == "purge"


def test_summary_of_hand_made_events_flags_core_fallback():
    rows = [
        {"event": "user", "timestamp": 1.0, "text": "hm", "parse_data": {"intent": {"name": "greet", "confidence": 0.9}}},
        {"event": "action", "timestamp": 2.0, "name": "action_core_fallback"},
    ]
    summary = summarize("x", rows, 0.6)
    assert summary.fallback and summary.visitor_messages == 1 and summary.topics == []
    assert [t.kind for t in transcript(rows, 0.6)] == ["visitor", "action"]
    low = summarize("y", [{"event": "user", "timestamp": 1.0, "text": "?",
                           "parse_data": {"intent": {"name": "faq_gaba", "confidence": 0.5}}}], 0.6)
    assert low.fallback and low.topics == ["gaba"]
    assert summarize("z", rows, 0.6).started_at == datetime.fromtimestamp(1.0, tz=timezone.utc)


def test_answers_to_form_questions_are_not_low_confidence():
    def user(text, intent, confidence, t):
        return {"event": "user", "timestamp": t, "text": text,
                "parse_data": {"intent": {"name": intent, "confidence": confidence}}}

    rows = [
        user("ik wil een afspraak", "request_contact", 0.99, 1.0),
        {"event": "active_loop", "timestamp": 2.0, "name": "intake_form"},
        user("Marieke", "affirm", 0.41, 3.0),  # a name, read by the form
        {"event": "active_loop", "timestamp": 4.0, "name": None},
        user("hmm", "affirm", 0.41, 5.0),
    ]
    turns = [t for t in transcript(rows, 0.6) if t.kind == "visitor"]
    assert [t.in_form for t in turns] == [False, True, False]
    assert [t.low_confidence for t in turns] == [False, False, True]
    assert summarize("x", rows[:4], 0.6).fallback is False


def test_the_index_is_rebuilt_when_its_logic_changes(review, recorded):
    from brainnetwork.storage.review_index import IndexState

    assert review.store.list().total == len(recorded.ids)
    with review.store.sessions() as session:
        session.get(IndexState, 1).version = 1  # an index made by an older release
        session.commit()
    assert review.store.refresh() == len(recorded.ids)
    assert review.store.refresh() == 0


def test_transcript_shows_which_layer_raised_a_crisis_verdict(review, recorded):
    visitor = [t for t in review.store.transcript(recorded.ids["crisis"]) if t.kind == "visitor"]
    crisis = [t for t in visitor if t.intent == "crisis"]
    assert crisis and all(t.crisis_layers for t in crisis), "every crisis turn names its layers"
    assert {layer for t in crisis for layer in t.crisis_layers} <= {"lexicon", "classifier"}
    assert all(not t.crisis_layers for t in visitor if t.intent != "crisis")
