"""The conversation lock: one message of a conversation at a time, in order, also when
several Rasa instances share it through Redis."""

import asyncio
import threading
import uuid

import pytest
import redis
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.shared.exceptions import ConnectionException

from brainnetwork.lock_store import (INSTANCE_ALIVE_S, INSTANCE_KEY_PREFIX, KEY_PREFIX, ConversationLockStore,
                                     redacted_redis_url)
from tests.conftest import redis_url


@pytest.fixture(params=["redis", "memory"])
def store(request):
    return ConversationLockStore(url=redis_url() if request.param == "redis" else "")


@pytest.fixture
def conversation():
    return f"lock-test-{uuid.uuid4().hex}"


async def test_messages_of_one_conversation_are_handled_one_at_a_time_in_arrival_order(store, conversation):
    handled, inside = [], []

    async def handle(number: int) -> None:
        async with store.lock(conversation, wait_time_in_seconds=0.01):
            inside.append(number)
            assert len(inside) == 1, "two messages of one conversation were handled at once"
            await asyncio.sleep(0.02)
            handled.append(number)
            inside.remove(number)

    tasks = []
    for number in range(6):
        tasks.append(asyncio.ensure_future(handle(number)))
        await asyncio.sleep(0)  # each task takes its ticket before the next starts
    await asyncio.gather(*tasks)
    assert handled == list(range(6))
    assert store.get_lock(conversation) is None, "the lock is removed once nobody waits"


async def test_other_conversations_do_not_wait(store, conversation):
    async with store.lock(conversation):
        async with store.lock(conversation + "-other", wait_time_in_seconds=0.01):
            pass


def test_a_ticket_issued_by_another_instance_in_between_is_kept_where_rasas_own_store_loses_it(conversation):
    """Another instance issues a ticket between this instance's read and write."""
    url = redis_url()
    other_instance = ConversationLockStore(url=url)

    class Interrupted(ConversationLockStore):
        interrupted = False

        def change(self, conversation_id, change):
            def interrupted_change(lock):
                if not Interrupted.interrupted:
                    Interrupted.interrupted = True
                    other_instance.issue_ticket(conversation_id)
                return change(lock)

            return super().change(conversation_id, interrupted_change)

    ours = Interrupted(url=url).issue_ticket(conversation)
    assert ours == 1, "retried after the other instance took ticket 0"
    tickets = [t.number for t in other_instance.get_lock(conversation).tickets]
    assert sorted(tickets) == [0, 1], "both instances hold their own ticket"

    # Rasa 3.6's RedisLockStore, interrupted the same way, hands out ticket 0 twice.
    rasa_store = RedisLockStore(host="127.0.0.1", port=6379, db=1, key_prefix="rasatest")
    rasa_other = RedisLockStore(host="127.0.0.1", port=6379, db=1, key_prefix="rasatest")
    original_get = rasa_store.get_or_create_lock

    def get_then_other_instance_issues(conversation_id):
        lock = original_get(conversation_id)
        rasa_other.issue_ticket(conversation_id)
        return lock

    rasa_store.get_or_create_lock = get_then_other_instance_issues
    try:
        assert rasa_store.issue_ticket(conversation) == 0
        assert rasa_other.get_lock(conversation).tickets[0].number == 0
        assert len(rasa_other.get_lock(conversation).tickets) == 1, "the other instance's ticket was lost"
    finally:
        rasa_store.delete_lock(conversation)


def test_tickets_stay_unique_under_contention_from_two_instances(conversation):
    url = redis_url()
    issued, errors = [], []

    def instance() -> None:
        store = ConversationLockStore(url=url)
        for _ in range(150):
            try:
                issued.append(store.issue_ticket(conversation, lock_lifetime=60))
            except LockError as error:  # pragma: no cover - reported below
                errors.append(error)

    threads = [threading.Thread(target=instance) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(issued) == list(range(300))
    ConversationLockStore(url=url).delete_lock(conversation)


def test_a_finished_instance_never_deletes_a_lock_with_a_waiting_ticket(conversation):
    url = redis_url()
    first, second = ConversationLockStore(url=url), ConversationLockStore(url=url)
    ticket = first.issue_ticket(conversation)
    waiting = second.issue_ticket(conversation)
    first.cleanup(conversation, ticket)
    lock = second.get_lock(conversation)
    assert lock is not None and not lock.is_locked(waiting)
    second.cleanup(conversation, waiting)
    assert second.get_lock(conversation) is None


def test_a_lock_left_by_a_crashed_instance_expires_in_redis(conversation):
    store = ConversationLockStore(url=redis_url())
    store.issue_ticket(conversation, lock_lifetime=30)
    ttl = redis.Redis.from_url(redis_url()).ttl(KEY_PREFIX + conversation)
    assert 0 < ttl <= 31
    store.delete_lock(conversation)


def die(store: ConversationLockStore) -> None:
    """What a killed instance leaves behind: its alive key stops being refreshed and expires."""
    store._stopped.set()
    store._alive_thread.join()
    redis.Redis.from_url(redis_url()).delete(INSTANCE_KEY_PREFIX + store.instance_id)


async def test_a_message_waiting_behind_a_dead_instance_goes_on_once_its_alive_key_expires(conversation):
    """An instance is killed while it handles a message of the conversation: the next
    message (on another instance) gets the lock as soon as the dead instance's alive key has
    expired, not after the ticket's 60 s lifetime."""
    killed, other = ConversationLockStore(url=redis_url()), ConversationLockStore(url=redis_url())
    killed.issue_ticket(conversation)  # handling, never finished
    waiting = asyncio.ensure_future(_enter(other, conversation))
    await asyncio.sleep(0.2)
    assert not waiting.done(), "the live holder's ticket is respected"
    die(killed)
    await asyncio.wait_for(waiting, timeout=5)
    assert other.get_lock(conversation) is None


async def _enter(store: ConversationLockStore, conversation: str) -> None:
    async with store.lock(conversation, wait_time_in_seconds=0.05):
        pass


def test_every_instance_keeps_its_alive_key_fresh_and_removes_it_when_it_stops():
    store = ConversationLockStore(url=redis_url())
    client = redis.Redis.from_url(redis_url())
    key = INSTANCE_KEY_PREFIX + store.instance_id
    assert 0 < client.ttl(key) <= INSTANCE_ALIVE_S
    assert store._alive_thread.is_alive() and store._alive_thread.daemon
    store.stop()
    assert not client.exists(key)


def test_only_the_tickets_of_the_dead_instance_are_released(conversation):
    first, second, third = (ConversationLockStore(url=redis_url()) for _ in range(3))
    dead_ticket = first.issue_ticket(conversation)
    live_ticket = second.issue_ticket(conversation)
    mine = third.issue_ticket(conversation)
    die(first)
    lock = third.get_lock(conversation)
    assert [t.number for t in lock.tickets] == [live_ticket, mine]
    assert lock.is_locked(mine), "the live instance's ticket still comes first"
    assert dead_ticket not in [t.number for t in lock.tickets]
    second.cleanup(conversation, live_ticket)
    assert not third.get_lock(conversation).is_locked(mine)
    third.cleanup(conversation, mine)


def test_a_lock_written_before_tickets_named_their_holder_is_still_read(conversation):
    from rasa.core.lock import TicketLock

    old = TicketLock(conversation)
    old.issue_ticket(30)
    redis.Redis.from_url(redis_url()).set(KEY_PREFIX + conversation, old.dumps(), ex=30)
    store = ConversationLockStore(url=redis_url())
    assert store.get_lock(conversation).now_serving == 0
    assert store.issue_ticket(conversation) == 1
    store.finish_serving(conversation, 0)
    assert not store.get_lock(conversation).is_locked(1)
    store.delete_lock(conversation)


def test_an_unreachable_redis_stops_rasa_with_the_url_without_password(caplog):
    url = "redis://:geheim@127.0.0.1:1/0"
    with pytest.raises(ConnectionException, match=r"redis://:\*\*\*@127.0.0.1:1/0"):
        ConversationLockStore(url=url)
    assert "geheim" not in caplog.text
    assert "Start Redis or fix LOCK_STORE_URL" in caplog.text
    assert redacted_redis_url("redis://127.0.0.1:6379/1") == "redis://127.0.0.1:6379/1"


def test_health_reports_a_redis_that_went_away():
    store = ConversationLockStore(url=redis_url())
    assert store.health() == {"ok": True, "store": "redis"}
    store._redis = redis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    assert store.health()["ok"] is False
    assert ConversationLockStore(url="").health() == {"ok": True, "store": "memory"}
