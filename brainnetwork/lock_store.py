"""The lock that lets one conversation's messages be handled one at a time, in order.

Rasa takes a ticket lock per conversation before it handles a message. Its Redis lock
store (Rasa 3.6) changes a lock by reading it, changing it in Python and writing it
back, with nothing in between to stop another Rasa instance doing the same:

- two instances that issue a ticket at the same moment both read "no lock", both get
  ticket 0 and both handle their message at once; each then saves the conversation
  from its own copy, and the SQL tracker store drops the events of one of them;
- an instance that finishes deletes the lock while another has just issued a ticket in
  it, and that message fails with "Could not acquire lock".

`ConversationLockStore` makes every change to a lock one atomic step. On Redis (LOCK_STORE_URL
set, required for more than one Rasa instance) each change is an optimistic transaction
(WATCH / MULTI / EXEC, retried when another instance changed the lock in between); in
memory (one instance, the default) the event loop already makes each change atomic.

A ticket also names the instance that holds it, and every instance keeps a short-lived
"alive" key in Redis fresh from a background thread. An instance that dies (killed, out
of memory, its machine gone) stops refreshing its key; seconds later the next change of
the lock drops its tickets, so the visitor's next message is answered at once by another
instance instead of waiting out the ticket's lifetime (60 s, as long as HAProxy waits for
an answer: the visitor got a 504). An instance that is stopped (SIGTERM) removes its key
as Rasa's web server stops (`release_on_stop`), so the others take its conversations
over at once.

Configured in endpoints.yml as `type: brainnetwork.lock_store.ConversationLockStore`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import uuid
from typing import Any, Callable, Dict, Iterable, Optional, Text, Tuple

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.shared.exceptions import ConnectionException

from brainnetwork.settings import load_settings

logger = logging.getLogger(__name__)

KEY_PREFIX = "brainnetwork:lock:"
INSTANCE_KEY_PREFIX = "brainnetwork:instance:"
SOCKET_TIMEOUT_S = 5
# An instance's "alive" key lives this long and is refreshed four times in that span: a
# live instance survives three failed refreshes in a row, a dead one frees its tickets
# within INSTANCE_ALIVE_S.
INSTANCE_ALIVE_S = 12

# A change of a lock: gets the lock (None when there is none), returns the lock to keep
# (None deletes it) and the change's result.
Change = Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]


def redacted_redis_url(url: str) -> str:
    """The URL without its password, for logs and error messages."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
        return url
    except ValueError:
        return "<invalid LOCK_STORE_URL>"


class ConversationLockStore(LockStore):
    """Rasa's ticket lock with atomic changes, on Redis or in memory."""

    def __init__(self, endpoint_config: Any = None, url: Optional[str] = None) -> None:
        self.url = url if url is not None else load_settings().lock_store_url
        self._memory: Dict[Text, TicketLock] = {}
        self._redis = None
        self.instance_id = uuid.uuid4().hex
        self._alive_thread: Optional[threading.Thread] = None
        self._stopped = threading.Event()
        if self.url:
            import redis

            try:
                self._redis = redis.Redis.from_url(self.url, socket_timeout=SOCKET_TIMEOUT_S,
                                                   socket_connect_timeout=SOCKET_TIMEOUT_S)
                self._redis.ping()
            except (redis.RedisError, ValueError) as error:
                logger.error("Cannot reach the lock store %s (%s): Rasa does not start without it, "
                             "because conversations could be handled twice at once. Start Redis or "
                             "fix LOCK_STORE_URL.", redacted_redis_url(self.url), type(error).__name__)
                raise ConnectionException(f"cannot reach the lock store {redacted_redis_url(self.url)}") from error
            logger.info("Conversation locks are kept in Redis at %s", redacted_redis_url(self.url))
            self._keep_alive_once()
            self._alive_thread = threading.Thread(target=self._keep_alive, name="lock-store-alive", daemon=True)
            self._alive_thread.start()
        else:
            logger.info("Conversation locks are kept in memory (one Rasa instance)")
        super().__init__()

    def health(self) -> Dict[str, Any]:
        if self._redis is None:
            return {"ok": True, "store": "memory"}
        try:
            self._redis.ping()
        except Exception as error:  # noqa: BLE001 - any client error means unreachable
            return {"ok": False, "store": "redis", "problem": f"lock store unreachable ({type(error).__name__})"}
        return {"ok": True, "store": "redis"}

    def _key(self, conversation_id: Text) -> str:
        return KEY_PREFIX + conversation_id

    # Liveness of the instances that hold tickets.
    def _keep_alive_once(self) -> None:
        self._redis.set(INSTANCE_KEY_PREFIX + self.instance_id, b"1", ex=INSTANCE_ALIVE_S)

    def _keep_alive(self) -> None:
        while not self._stopped.wait(INSTANCE_ALIVE_S / 4):
            try:
                self._keep_alive_once()
            except Exception as error:  # noqa: BLE001 - logged; the next refresh tries again
                logger.warning("Could not tell the lock store that this instance is alive (%s); other "
                               "instances take over its conversations after %s s without it.",
                               type(error).__name__, INSTANCE_ALIVE_S)

    def stop(self) -> None:
        """Stops refreshing this instance's alive key and removes it: its tickets are free."""
        self._stopped.set()
        if self._alive_thread is not None:
            self._alive_thread.join(timeout=SOCKET_TIMEOUT_S)
        if self._redis is not None:
            self._redis.delete(INSTANCE_KEY_PREFIX + self.instance_id)

    def _dead_instances(self, reader: Any, holders: Iterable[str]) -> set:
        holders = sorted(set(holders))
        if not holders:
            return set()
        alive = reader.mget([INSTANCE_KEY_PREFIX + holder for holder in holders])
        return {holder for holder, flag in zip(holders, alive) if flag is None}

    def _read(self, reader: Any, serialised: Optional[bytes]) -> Tuple[Optional[TicketLock], Dict[int, str]]:
        """The stored lock without expired tickets and without tickets of dead instances,
        and which instance holds each remaining ticket."""
        lock, holders = _loads(serialised)
        if lock is None:
            return None, {}
        dead = self._dead_instances(reader, holders.values())
        for number, holder in list(holders.items()):
            if holder in dead:
                logger.warning("Conversation lock: ticket %s was held by an instance that stopped "
                               "answering; it is released.", number)
                lock.remove_ticket_for(number)
                del holders[number]
        if not lock.is_someone_waiting():
            return None, {}
        numbers = {t.number for t in lock.tickets}
        return lock, {n: h for n, h in holders.items() if n in numbers}

    # Reads and plain writes (Rasa's LockStore interface).
    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        if self._redis is None:
            return self._memory.get(conversation_id)
        return self._read(self._redis, self._redis.get(self._key(conversation_id)))[0]

    def delete_lock(self, conversation_id: Text) -> None:
        self.change(conversation_id, lambda lock: (None, None))

    def save_lock(self, lock: TicketLock) -> None:
        self.change(lock.conversation_id, lambda _: (lock, None))

    # Every read-modify-write of Rasa's LockStore, made atomic.
    def change(self, conversation_id: Text, change: Change) -> Any:
        """Applies `change` to the lock of `conversation_id` as one atomic step. Tickets
        that `change` adds are held by this instance."""
        if self._redis is None:
            lock, result = change(self._memory.get(conversation_id))
            if lock is None or not lock.is_someone_waiting():
                self._memory.pop(conversation_id, None)
            else:
                self._memory[conversation_id] = lock
            return result

        key = self._key(conversation_id)
        outcome: Dict[str, Any] = {}

        def transaction(pipe) -> None:  # noqa: ANN001 - redis-py's Pipeline
            lock, holders = self._read(pipe, pipe.get(key))
            before = {t.number for t in lock.tickets} if lock is not None else set()
            lock, outcome["result"] = change(lock)
            pipe.multi()
            if lock is None or not lock.is_someone_waiting():
                pipe.delete(key)
            else:
                current = {t.number for t in lock.tickets}
                holders = {n: h for n, h in holders.items() if n in current}
                holders.update(dict.fromkeys(current - before, self.instance_id))
                # Expires with the last ticket, so a crashed instance leaves nothing behind.
                expires_in = max(1, int(max(t.expires for t in lock.tickets) - time.time()) + 1)
                pipe.set(key, _dumps(lock, holders), ex=expires_in)

        self._redis.transaction(transaction, key)
        return outcome.get("result")

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: Optional[TicketLock]):
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self.change(conversation_id, issue)
        except Exception as error:  # noqa: BLE001 - Rasa expects a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        def drop_expired(lock: Optional[TicketLock]):
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self.change(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def finish(lock: Optional[TicketLock]):
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self.change(conversation_id, finish)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        # Removing the ticket and deleting an empty lock are one step: the lock is never
        # deleted under a ticket that another instance has just issued.
        self.finish_serving(conversation_id, ticket_number)


def _dumps(lock: TicketLock, holders: Dict[int, str]) -> str:
    return json.dumps({"lock": json.loads(lock.dumps()), "holders": {str(n): h for n, h in holders.items()}})


def _loads(serialised: Optional[bytes]) -> Tuple[Optional[TicketLock], Dict[int, str]]:
    """The lock without expired tickets, and the holder of each ticket. A lock written
    before tickets named their holder (a plain TicketLock) has no holders."""
    if not serialised:
        return None, {}
    stored = json.loads(serialised)
    holders = {int(n): h for n, h in stored.get("holders", {}).items()} if "lock" in stored else {}
    lock = TicketLock.from_dict(stored["lock"] if "lock" in stored else stored)
    lock.remove_expired_tickets()
    if not lock.is_someone_waiting():
        return None, {}
    return lock, holders


async def release_on_stop(agent: Any) -> None:
    """Frees this instance's tickets when Rasa stops (its agent's lock store, if it is
    ours): called by a listener of the web server (brainnetwork.channels)."""
    lock_store = getattr(agent, "lock_store", None)
    if isinstance(lock_store, ConversationLockStore):
        await asyncio.get_running_loop().run_in_executor(None, lock_store.stop)
        logger.info("Conversation locks of this instance released")
