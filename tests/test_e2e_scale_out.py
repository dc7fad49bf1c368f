"""Two Rasa instances behind HAProxy, sharing a PostgreSQL tracker store and a Redis lock
store (`make run-scaled`), started by the launcher as a user would.

The messages of each conversation are sent to both instances directly, interleaved and
at the same time, and through HAProxy; the database must then hold every message exactly
once, each turn whole (a message and then exactly the answers its sender got), in the
order in which the messages were handled. Through HAProxy, a conversation survives the
loss of the instance that was answering it, no message is handled twice when an instance
dies while it works, and the widget works (socket.io long polling and websockets, in
Chromium too); a visitor's two tabs on two instances both get every answer."""

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
import requests
from sqlalchemy import create_engine, text

from brainnetwork.lock_store import INSTANCE_ALIVE_S, INSTANCE_KEY_PREFIX
from brainnetwork.review.conversations import ReviewStore
from tests.conftest import free_port, postgres_database, redis_url, response_opening
from tests.running import WidgetClient, launch, shut_down

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
        stats_port = free_port()
        process, running = launch(trained_model, tmp_path_factory.mktemp("scaled"), RASA_INSTANCES="2",
                                  DATABASE_URL=url, LOCK_STORE_URL=redis_url(), HAPROXY_STATS_PORT=str(stats_port))
    except RuntimeError as error:
        drop()
        pytest.fail(str(error))
    running.database_url = url
    running.stats_url = f"http://127.0.0.1:{stats_port}"
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


def post_through_haproxy(url: str, sender: str, message: str) -> Tuple[List[str], str]:
    """Sends one message through HAProxy; returns the answer texts and the instance that
    answered (HAProxy names it to clients on this machine)."""
    answer = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                           timeout=120)
    assert answer.status_code == 200, answer.text
    return [m.get("text", "") for m in answer.json()], answer.headers["X-Rasa-Instance"]


def instance_states(stats_url: str) -> Dict[str, Dict[str, str]]:
    """Each instance's row of HAProxy's statistics (status UP/DOWN, scur: requests in it)."""
    lines = requests.get(f"{stats_url}/;csv", timeout=10).text.lstrip("# ").splitlines()
    header = lines[0].split(",")
    rows = [dict(zip(header, line.split(","))) for line in lines[1:] if line]
    return {row["svname"]: row for row in rows if row["pxname"] == "rasa" and row["svname"].startswith("rasa")}


def all_healthy_again(running, deadline_s: float = 240) -> None:
    """Waits until the launcher has started a killed instance again and HAProxy uses it."""
    deadline = time.monotonic() + deadline_s  # a bound for a broken run, not a measure
    while requests.get(f"{running.url}/webhooks/health/", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, running.log.read_text()[-3000:]
        time.sleep(1)


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


@pytest.mark.parametrize("route", ["both instances in turn", "through HAProxy"])
def test_interleaved_messages_are_each_stored_once_in_handling_order(scaled, route):
    a, b = scaled.instance_urls
    # Directly, message k of every conversation goes to instance k mod 2, all at once: the
    # lock store alone keeps each conversation's turns apart. Through HAProxy the
    # conversations are spread over both instances.
    urls = (a, b) if route == "both instances in turn" else (scaled.url, scaled.url)
    senders = [f"interleaved-{n}-{time.time_ns()}" for n in range(CONVERSATIONS)]
    jobs = []
    with ThreadPoolExecutor(max_workers=CONVERSATIONS * len(QUESTIONS)) as pool:
        for step, question in enumerate(QUESTIONS):
            for sender in senders:
                jobs.append((sender, question, pool.submit(post, urls[step % 2], sender, question)))
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
        assert name_turn and name_turn[0].startswith(response_opening("utter_ask_contact_method"))


def instance_pid(port: int) -> int:
    """The process of the Rasa instance on `port` (from /proc, as ps would)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            rasa = any(part.endswith(b"rasa") or part == b"brainnetwork.rasa_process" for part in command)
            if rasa and str(port).encode() in command:
                return int(entry.name)
    raise AssertionError(f"no Rasa instance on port {port}")


def kill(port: int) -> None:
    """SIGKILLs the instance on `port`; back once its listening socket is closed (the last of
    its threads has exited). A message that comes in the instant before may still be accepted
    by the kernel for the dying process; its visitor is then asked to send it again."""
    import socket

    os.kill(instance_pid(port), signal.SIGKILL)
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
        except ConnectionRefusedError:
            return
        time.sleep(0.01)


def instance_port(scaled, name: str) -> int:
    """The port of HAProxy's server `name` (rasa1, rasa2: the launcher's instances in order)."""
    return int(scaled.instance_urls[int(name[len("rasa"):]) - 1].rsplit(":", 1)[1])


def test_through_haproxy_a_conversation_survives_the_loss_of_its_instance(scaled):
    sender = f"haproxy-{time.time_ns()}"
    _, instance = post_through_haproxy(scaled.url, sender, "ik wil een afspraak")
    assert post_through_haproxy(scaled.url, sender, "ja")[1] == instance, "a conversation stays on its instance"
    (ask_name,), _ = post_through_haproxy(scaled.url, sender, "ja")
    assert ask_name.startswith(response_opening("utter_ask_visitor_name"))

    kill(instance_port(scaled, instance))  # its instance dies
    # The next message finds the instance gone (connection refused): HAProxy marks it down
    # at once and sends the message, never delivered, to the other instance, which takes
    # the form over where it was.
    (ask_method,), other = post_through_haproxy(scaled.url, sender, "Pieter")
    assert other != instance
    assert ask_method.startswith(response_opening("utter_ask_contact_method")), \
        "the other instance took over the form where it was"
    # By then the monitors' URL reports the loss, and the statistics name the instance.
    health = requests.get(f"{scaled.url}/webhooks/health/", timeout=10)
    assert (health.status_code, health.json()) == (503, {"ok": False, "status": "degraded"})
    assert instance_states(scaled.stats_url)[instance]["status"].startswith("DOWN")

    all_healthy_again(scaled)  # the launcher starts the instance again
    assert "starting it again" in scaled.log.read_text()
    assert {row["status"] for row in instance_states(scaled.stats_url).values()} == {"UP"}

    store = ReviewStore.from_url(scaled.database_url)  # staff see one whole conversation
    visitor_texts = [t.text for t in store.transcript(sender) if t.kind == "visitor"]
    assert visitor_texts == ["ik wil een afspraak", "ja", "ja", "Pieter"]


def alive_instances() -> set:
    """The lock store's alive keys in Redis: one per running Rasa instance (and per store
    that other tests of this process left running)."""
    import redis

    return set(redis.Redis.from_url(redis_url()).scan_iter(match=INSTANCE_KEY_PREFIX + "*"))


def exited(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "\nState:\tZ" in status.read_text()
    except FileNotFoundError:
        return True


def test_an_instance_that_is_stopped_frees_its_conversations_at_once(scaled):
    """SIGTERM (a deploy, a stopped machine): the instance removes its alive key as it stops,
    so the other instance takes its conversations over at once, not after the key's
    lifetime (INSTANCE_ALIVE_S)."""
    before = alive_instances()
    pid = instance_pid(instance_port(scaled, "rasa2"))
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 120  # a bound for a broken run, not a measure
    while not exited(pid):
        assert time.monotonic() < deadline, "the instance did not stop"
        time.sleep(0.05)
    stopped_at = time.monotonic()
    gone = before - alive_instances()
    assert time.monotonic() - stopped_at < INSTANCE_ALIVE_S / 2 and len(gone) == 1, \
        "the stopped instance's alive key is gone as it exits"
    # HAProxy has seen it go (it stopped listening before it exited), then sees it again
    # once the launcher has started it anew.
    while not instance_states(scaled.stats_url)["rasa2"]["status"].startswith("DOWN"):
        assert time.monotonic() < deadline, "HAProxy still sends to the stopped instance"
        time.sleep(0.1)
    all_healthy_again(scaled)


def test_no_message_is_handled_twice_when_an_instance_dies_while_it_works(scaled):
    """Messages in flight on an instance that is killed: each one that got an answer is
    stored exactly once, each one that did not at most once (HAProxy never sends a
    delivered message again), and every other conversation goes on."""
    senders = [f"inflight-{n}-{time.time_ns()}" for n in range(12)]
    where = {sender: post_through_haproxy(scaled.url, sender, QUESTIONS[0])[1] for sender in senders}
    victim = "rasa1"
    assert set(where.values()) == {"rasa1", "rasa2"}, "the conversations are spread over both instances"

    def send(sender: str):
        answer = requests.post(f"{scaled.url}/webhooks/rest/webhook",
                               json={"sender": sender, "message": QUESTIONS[1]}, timeout=120)
        return answer.status_code, answer.json()

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        jobs = {sender: pool.submit(send, sender) for sender in senders}
        deadline = time.monotonic() + 60
        while int(instance_states(scaled.stats_url)[victim]["scur"] or 0) == 0:  # requests in it now
            assert time.monotonic() < deadline and not all(job.done() for job in jobs.values()), \
                "no message was in flight on the instance"
            time.sleep(0.005)
        os.kill(instance_pid(instance_port(scaled, victim)), signal.SIGKILL)
        answers = {sender: job.result() for sender, job in jobs.items()}

    lost = [sender for sender, (status, _) in answers.items() if status != 200]
    assert lost, "a message was in flight on the killed instance"
    for sender in lost:
        assert where[sender] == victim
        assert answers[sender] == (502, {"error": "Je bericht kwam niet goed aan. Wil je het nog een keer sturen?"})
    for sender in senders:
        stored = [question for question, _ in turns_in_database(scaled.database_url, sender)]
        assert stored.count(QUESTIONS[0]) == 1
        if sender in lost:  # it may have been handled before the instance died, but only once
            assert stored.count(QUESTIONS[1]) <= 1, "a message was handled twice"
        else:
            assert stored.count(QUESTIONS[1]) == 1
        assert duplicated_events(scaled.database_url, sender) == 0
    # Those visitors send their next message: their conversations go on (on the other
    # instance, or on theirs once the launcher has started it again).
    for sender in lost:
        answers, _ = post_through_haproxy(scaled.url, sender, QUESTIONS[2])
        assert answers
        assert [q for q, _ in turns_in_database(scaled.database_url, sender)].count(QUESTIONS[2]) == 1
    all_healthy_again(scaled)


async def test_the_widget_talks_through_haproxy_over_socket_io_long_polling(scaled):
    async with WidgetClient(scaled.url, scaled.widget_url) as widget:  # long polling: sticky sessions
        token = await widget.session()
        for question in QUESTIONS[:3]:  # several requests of one engine.io session
            await widget.sio.emit("user_uttered", {"message": question})
            answer = await widget.next("bot_uttered")
        assert len(widget.sio.eio.http.cookie_jar) == 0, "HAProxy keeps the session cookie to itself"
    assert answer["text"]
    async with WidgetClient(scaled.url, scaled.widget_url) as again:  # a reload, maybe on the other instance
        resumed = await again.session(token)
        assert resumed.split(".")[0] == token.split(".")[0], "the same conversation, signed afresh"


async def test_a_visitors_two_tabs_on_two_instances_both_get_every_answer(scaled):
    """Tab one is connected to the first instance, tab two to the second; a message sent in
    tab one is answered in both (the answers go through Redis to every instance)."""
    first, second = scaled.instance_urls
    async with WidgetClient(first, scaled.widget_url) as one, WidgetClient(second, scaled.widget_url) as two:
        token = await one.session()
        await two.session(token)
        await one.sio.emit("user_uttered", {"message": QUESTIONS[0]})
        in_one = await one.next("bot_uttered")
        in_two = await two.next("bot_uttered", timeout=30)
        assert in_two == in_one and "darm" in in_one["text"].lower()
        await two.sio.emit("user_uttered", {"message": QUESTIONS[1]})  # and the other way round
        assert await one.next("bot_uttered", timeout=30) == await two.next("bot_uttered")


def test_the_widget_in_chromium_talks_and_resumes_through_haproxy(scaled, browser):
    """The demo page's widget reaches the assistant through HAProxy (its socket URL is
    RASA_PORT), answers, and after a reload the conversation goes on."""
    from playwright.sync_api import expect

    from tests.conftest import SCREENSHOTS, ask, bot_messages, open_widget

    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(scaled.widget_url)
        open_widget(page)
        ask(page, "ik wil een afspraak")
        ask(page, "ja")
        expect(bot_messages(page).last).to_contain_text(response_opening("utter_ask_consent")[:40])
        count = page.locator(".bn-msg").count()
        page.reload()  # a new socket.io connection through HAProxy, resuming the session
        expect(page.locator(".bn-msg")).to_have_count(count)
        ask(page, "ja")
        expect(bot_messages(page).last).to_contain_text(response_opening("utter_ask_visitor_name")[:40])
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "widget-through-haproxy.png"))
    finally:
        context.close()
