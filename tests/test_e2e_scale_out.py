"""Two Rasa instances behind the gateway, sharing a PostgreSQL tracker store and a Redis
lock store (`make run-scaled`), started by the launcher as a user would.

The messages of each conversation are sent to both instances directly, interleaved and
at the same time; the database must then hold every message exactly once, each turn
whole (a message and then exactly the answers its sender got), in the order in which
the messages were handled. Through the gateway, a conversation survives the loss of the
instance that was answering it."""

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Tuple

import pytest
import requests
from sqlalchemy import create_engine, text

from brainnetwork.gateway import Instance, rendezvous
from brainnetwork.intake_texts import intake_texts
from brainnetwork.review.conversations import ReviewStore
from tests.conftest import WidgetClient, launch, postgres_database, redis_url, shut_down

pytestmark = pytest.mark.e2e

# Distinct questions, so that every message and its answers can be told apart.
QUESTIONS = [
    "wat is de darm-hersenas?",
    "wat doet het microbioom?",
    "hoeveel serotonine wordt in de darmen gemaakt?",
    "welke voeding is goed voor mijn darmen?",
    "helpt beweging voor je darmen?",
    "wat doet stress met mijn buik?",
]
CONVERSATIONS = 8


@pytest.fixture(scope="module")
def scaled(trained_model, tmp_path_factory):
    url, drop = postgres_database()
    try:
        process, running = launch(trained_model, tmp_path_factory.mktemp("scaled"), RASA_INSTANCES="2",
                                  DATABASE_URL=url, LOCK_STORE_URL=redis_url())
    except RuntimeError as error:
        drop()
        pytest.fail(str(error))
    running.database_url = url
    yield running
    assert shut_down(process) == 0
    drop()


def post(url: str, sender: str, message: str) -> Tuple[List[str], float, float]:
    """Sends one message; returns the answer texts and when it was sent and answered."""
    sent = time.monotonic()
    answer = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                           timeout=120)
    assert answer.status_code == 200, answer.text
    return [m.get("text", "") for m in answer.json()], sent, time.monotonic()


def turns_in_database(database_url: str, sender: str) -> List[Tuple[str, List[str]]]:
    """The conversation as stored: each visitor message with the answers after it."""
    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
        ).all()
    engine.dispose()
    import json

    turns: List[Tuple[str, List[str]]] = []
    for type_name, data in rows:
        event = json.loads(data)
        if type_name == "user":
            turns.append((event["text"], []))
        elif type_name == "bot" and turns:
            turns[-1][1].append(event.get("text") or "")
    return turns


def duplicated_events(database_url: str, sender: str) -> int:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        total, distinct = connection.execute(
            text("SELECT count(*), count(DISTINCT data) FROM events WHERE sender_id = :s"), {"s": sender}
        ).one()
    engine.dispose()
    return total - distinct


def test_interleaved_messages_to_both_instances_are_each_stored_once_in_handling_order(scaled):
    a, b = scaled.instance_urls
    senders = [f"interleaved-{n}-{time.time_ns()}" for n in range(CONVERSATIONS)]
    jobs = []
    with ThreadPoolExecutor(max_workers=CONVERSATIONS * len(QUESTIONS)) as pool:
        for step, question in enumerate(QUESTIONS):
            for sender in senders:
                # Message k of every conversation goes to instance k mod 2, all at once:
                # the lock store alone keeps each conversation's turns apart.
                jobs.append((sender, question, pool.submit(post, (a, b)[step % 2], sender, question)))
            time.sleep(0.03)
        results = [(sender, question, job.result()) for sender, question, job in jobs]

    for sender in senders:
        handled = sorted(((answered, question, answers) for s, question, (answers, _, answered) in results
                          if s == sender))
        stored = turns_in_database(scaled.database_url, sender)
        assert sorted(q for q, _ in stored) == sorted(QUESTIONS), "every message is stored exactly once"
        assert stored == [(question, answers) for _, question, answers in handled], (
            "each stored turn holds exactly the answers its sender got, in the order they were handled")
        assert duplicated_events(scaled.database_url, sender) == 0


def test_conversations_alternating_between_instances_keep_their_order_and_their_form(scaled):
    a, b = scaled.instance_urls
    texts = intake_texts()

    def conversation(number: int) -> Tuple[str, List[Tuple[str, List[str]]]]:
        sender = f"alternating-{number}-{time.time_ns()}"
        sent = []
        for step, message in enumerate([QUESTIONS[number % len(QUESTIONS)], "ik wil een afspraak", "ja", "ja",
                                        "Marieke", QUESTIONS[(number + 1) % len(QUESTIONS)]]):
            answers, _, _ = post((a, b)[step % 2], sender, message)
            sent.append((message, answers))
        return sender, sent

    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        conversations = list(pool.map(conversation, range(CONVERSATIONS)))
    for sender, sent in conversations:
        assert turns_in_database(scaled.database_url, sender) == sent
        # The instance that took "Marieke" knew the form the other instance had started.
        name_turn = sent[4][1]
        assert name_turn and name_turn[0].startswith(texts["ask_contact_method"]["text"].split("{")[0])


def instance_pid(port: int) -> int:
    """The process of the Rasa instance on `port` (from /proc, as ps would)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if any(part.endswith(b"rasa") for part in command) and str(port).encode() in command:
                return int(entry.name)
    raise AssertionError(f"no Rasa instance on port {port}")


def test_through_the_gateway_a_conversation_survives_the_loss_of_its_instance(scaled):
    ports = [int(url.rsplit(":", 1)[1]) for url in scaled.instance_urls]
    backends = [Instance(f"http://127.0.0.1:{port}") for port in ports]
    # A conversation that the gateway routes to the first instance while it is healthy.
    sender = next(s for s in (f"gateway-{time.time_ns()}-{n}" for n in range(1000))
                  if rendezvous(s, backends) is backends[0])
    texts = intake_texts()
    post(scaled.url, sender, "ik wil een afspraak")
    post(scaled.url, sender, "ja")
    (ask_name,), _, _ = post(scaled.url, sender, "ja")
    assert ask_name.startswith(texts["ask_visitor_name"]["text"].split("{")[0])

    os.kill(instance_pid(ports[0]), signal.SIGKILL)  # its instance dies
    # A message that reaches a dying instance gets "try again" (it is never sent twice);
    # within one health check the gateway knows and sends the conversation elsewhere.
    deadline = time.monotonic() + 10
    while (health := requests.get(f"{scaled.url}/webhooks/health/", timeout=10)).status_code == 200:
        assert time.monotonic() < deadline, "the gateway did not notice the dead instance"
        time.sleep(0.2)
    assert health.status_code == 503 and health.json()["status"] == "degraded"
    assert [i["ok"] for i in health.json()["instances"]] == [False, True]
    (ask_method,), _, _ = post(scaled.url, sender, "Pieter")
    assert ask_method.startswith(texts["ask_contact_method"]["text"].split("{")[0]), \
        "the other instance took over the form where it was"

    deadline = time.monotonic() + 180  # the launcher starts the instance again
    while requests.get(f"{scaled.url}/webhooks/health/", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, scaled.log.read_text()[-3000:]
        time.sleep(1)
    assert "starting it again" in scaled.log.read_text()

    store = ReviewStore.from_url(scaled.database_url)  # staff see one whole conversation
    visitor_texts = [t.text for t in store.transcript(sender) if t.kind == "visitor"]
    assert visitor_texts == ["ik wil een afspraak", "ja", "ja", "Pieter"]


async def test_the_widget_talks_through_the_gateway_over_socket_io(scaled):
    async with WidgetClient(scaled.url, scaled.widget_url) as widget:
        token = await widget.session()
        await widget.sio.emit("user_uttered", {"message": QUESTIONS[0]})
        answer = await widget.next("bot_uttered")
    assert "darm" in answer["text"].lower()
    async with WidgetClient(scaled.url, scaled.widget_url) as again:  # a reload, maybe on the other instance
        assert await again.session(token) == token
