"""The review app never waits for its database on the event loop: every handler's SQL runs
on executor threads, and while one request's SQL is held the app answers others.

A conversation written straight into a fresh database (SQLite, PostgreSQL), so that
these tests need no trained assistant. Waits are on threading events, never on sleeps."""

import asyncio
import json
import threading
import time

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import event

from brainnetwork.storage.contact_requests import NewRequest
from brainnetwork.storage.rasa_events import events, rasa_metadata
from brainnetwork.review.service import Review
from brainnetwork.review.web import create_app
from tests.brainnetwork.review.conftest import with_review_settings
from tests.brainnetwork.review.test_web import PASSWORD, csrf_of, log_in

SENDER = "loop-visitor-1"
HOLD_S = 30  # how long a held call waits at most; reached only when the loop is blocked


def conversation_events():
    now = time.time()
    return [
        {"event": "user", "timestamp": now - 60, "text": "wat is het microbioom?",
         "parse_data": {"intent": {"name": "faq_microbiome", "confidence": 0.91}}},
        {"event": "bot", "timestamp": now - 59, "text": "Het microbioom is ..."},
        {"event": "user", "timestamp": now - 30, "text": "xyzzy plugh",
         "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 0.2}}},
    ]


@pytest.fixture
async def app(empty_url):
    """(client, review, reference): the app on a database with one conversation and its
    contact request, and the account anne."""
    review = Review(empty_url, with_review_settings())
    review.accounts.create_user("anne", PASSWORD)
    rasa_metadata.create_all(review.store.engine)
    with review.store.engine.begin() as connection:
        for data in conversation_events():
            connection.execute(events.insert().values(
                sender_id=SENDER, type_name=data["event"], timestamp=data["timestamp"],
                intent_name=(data.get("parse_data") or {}).get("intent", {}).get("name"), data=json.dumps(data)))
    stored = review.intake.add(NewRequest(
        conversation_id=SENDER, name="Sanne", contact_method="email", phone=None, email="sanne@example.nl",
        preferred_moment="maakt niet uit", preferred_start=None, preferred_end=None, reason="moe"))
    client = TestClient(TestServer(create_app(review)))
    await client.start_server()
    yield client, review, stored.reference
    await client.close()
    review.store.engine.dispose()


async def every_route(client, reference):
    """Each route of the app once (and the paths that refuse), with the answer expected."""
    assert (await log_in(client, password="helemaal fout")).status == 401
    assert (await log_in(client)).status == 303
    gets = {"/": 200, "/conversations": 200, "/conversations?flag=fallback&search=plugh&from=2020-01-01": 200,
            f"/conversations/{SENDER}": 200, "/conversations/bestaat-niet": 404,
            f"/conversations/{SENDER}/export.json": 200, "/conversations/bestaat-niet/export.csv": 404,
            "/conversations/export.csv?flag=fallback": 200, "/candidates.yml": 200, "/requests": 200,
            "/audit": 200, "/health": 200, "/static/review.css": 200, "/favicon.ico": 204}
    for path, status in gets.items():
        assert (await client.get(path)).status == status, path
    token = await csrf_of(client)
    posts = [(f"/requests/{reference}/status", {"status": "contacted"}, 200),
             (f"/requests/{reference}/status", {"status": "weg"}, 400),
             ("/requests/BN-ONBEKEND/status", {"status": "closed"}, 404),
             (f"/conversations/{SENDER}/delete", {}, 200),
             (f"/conversations/{SENDER}/delete", {"confirm": "yes"}, 200),
             ("/conversations/bestaat-niet/delete", {"confirm": "yes"}, 404),
             ("/logout", {}, 200)]
    for path, data, status in posts:
        assert (await client.post(path, data={"csrf": token, **data})).status == status, path
    assert (await client.get("/conversations", allow_redirects=False)).status == 303  # the session ended
    for _ in range(5):
        await log_in(client, password="fout fout fout")
    assert (await log_in(client)).status == 429  # refused, and audited as such


async def test_no_request_runs_sql_on_the_event_loop(app):
    client, review, reference = app
    loop_thread, on_loop, off_loop = threading.get_ident(), [], []

    def seen(_connection, _cursor, statement, *_):
        (on_loop if threading.get_ident() == loop_thread else off_loop).append(statement.split(None, 1)[0])

    event.listen(review.store.engine, "before_cursor_execute", seen)
    try:
        await every_route(client, reference)
    finally:
        event.remove(review.store.engine, "before_cursor_execute", seen)
    assert on_loop == []
    assert {"SELECT", "INSERT", "UPDATE", "DELETE"} <= set(off_loop)  # the listener did see the work
    actions = {entry.action for entry in review.audit.latest()}
    assert {"login_failed", "login", "list", "view", "export", "candidates", "list_requests", "view_audit",
            "status", "delete", "logout", "login_locked"} <= actions


def held(real, entered, released, waits):
    """`real`, held until the test releases it. Were it called on the event loop, nothing
    else could be answered meanwhile: the wait would end by its time-out only (and the
    test fail, however fast the machine)."""
    def call(*args, **kwargs):
        entered.set()
        waits.append(released.wait(HOLD_S))
        return real(*args, **kwargs)
    return call


@pytest.mark.parametrize("path, target, name", [
    ("/conversations", "accounts", "session_for"),  # the login middleware, on every request
    ("/conversations", "review", "list"),
    (f"/conversations/{SENDER}", "review", "conversation"),
    ("/conversations/export.csv", "review", "export_list"),
    ("/requests", "review", "contact_requests"),
    ("/audit", "review", "audit_log"),
])
async def test_a_held_database_call_leaves_the_app_answering(app, monkeypatch, path, target, name):
    client, review, _ = app
    assert (await log_in(client)).status == 303
    owner = review.accounts if target == "accounts" else review
    entered, released, waits = threading.Event(), threading.Event(), []
    monkeypatch.setattr(owner, name, held(getattr(owner, name), entered, released, waits))
    slow = asyncio.ensure_future(client.get(path))
    assert await asyncio.get_running_loop().run_in_executor(None, entered.wait, HOLD_S)
    health = await client.get("/health")  # answered while the other request's call is held
    released.set()
    response = await slow
    assert health.status == 200 and waits == [True]
    assert response.status == 200
