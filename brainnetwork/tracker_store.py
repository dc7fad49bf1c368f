"""Where Rasa keeps the conversations: its SQL tracker store on DATABASE_URL, made loud.

Rasa 3.6 wraps every tracker store in `FailSafeTrackerStore`: when the database fails
while a conversation is saved, it logs one line and keeps that conversation in memory,
where it is lost at the next restart. And when the database is down at start-up,
Rasa's SQL store retries forever without saying why. `ConversationStore`

- checks the database before Rasa starts and refuses to start without it;
- logs every failed save or read as an ERROR for the operator (no personal data: the
  exception type and the database without its password);
- remembers the failure, so that `health()` (served by `HealthInput` at
  /webhooks/health/) reports the store as failing until a save succeeds again;
- saves a turn under the conversation's lock in the database
  (`brainnetwork.storage.database.lock_conversations`, also taken by every erasure), and stores
  nothing when the conversation was erased after the turn read it: Rasa's own store
  counts the stored events and re-inserts every event beyond that count, so an erasure
  during a turn would bring the whole session back;
- when a turn stops the contact form or refuses its consent, erases what the visitor
  answered in that form from the stored events and the review index, in the same
  transaction (`brainnetwork.review.conversations.erase_form_answers`): "ik heb niets
  opgeslagen" is then true.

Configured in endpoints.yml as `type: brainnetwork.tracker_store.ConversationStore`.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from typing import Any, Dict, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.exceptions import ConnectionException
from sqlalchemy import text

from brainnetwork.settings import load_settings
from brainnetwork.storage.database import (DatabaseUnavailable, check_reachable, lock_conversations, make_engine,
                                           redacted)

logger = logging.getLogger(__name__)

# How many events of its current session a tracker knows to be stored (set when it is
# read or saved); fewer in the database at the next save means they were erased.
STORED = "_brainnetwork_stored_events"


class ConversationStore(SQLTrackerStore):
    """Rasa's SQLTrackerStore on DATABASE_URL that fails loudly instead of silently."""

    def __init__(self, domain=None, event_broker=None, url: Optional[str] = None, **_: Any) -> None:
        settings = load_settings()
        self.url = url or settings.database_url
        self.low_confidence = settings.review.low_confidence  # for the review index
        try:
            check_reachable(self.url)
        except DatabaseUnavailable as error:
            logger.error("Conversations cannot be stored: %s. Rasa does not start without its "
                         "conversation database; fix DATABASE_URL or start the database.", error)
            raise ConnectionException(str(error)) from error
        make_engine(self.url).dispose()  # creates a SQLite file (0600) and its folder
        super().__init__(domain=domain, host=self.url, event_broker=event_broker)
        self.failed_operations = 0
        self.last_failure: Optional[Dict[str, Any]] = None
        logger.info("Conversations are stored in %s", redacted(self.url))

    def _failed(self, operation: str, error: Exception) -> None:
        self.failed_operations += 1
        self.last_failure = {"operation": operation, "error": type(error).__name__, "at": time.time()}
        logger.error(
            "CONVERSATION NOT STORED: %s on %s failed (%s). Rasa keeps this conversation in "
            "memory only; it is lost at a restart. The health check reports the failure.",
            operation, redacted(self.url), type(error).__name__,
        )

    async def save(self, tracker) -> None:
        try:
            await self.stream_events(tracker)
            self._insert_new_events(tracker)
        except Exception as error:
            self._failed("save", error)
            raise
        self.last_failure = None

    def _insert_new_events(self, tracker) -> None:
        """What Rasa's SQLTrackerStore.save stores, the same rows, but in one INSERT per
        turn: Rasa's ORM sends one INSERT ... RETURNING per event (five to seven round
        trips per turn on PostgreSQL, each blocking Rasa's event loop). Under the
        conversation's lock; nothing when the conversation was erased meanwhile; the
        answers of a contact form stopped in this turn erased."""
        from brainnetwork.review.privacy import stops_a_form

        with self.session_scope() as session:
            lock_conversations(session, [tracker.sender_id])
            stored = self._stored_count(session, tracker.sender_id)
            if stored < getattr(tracker, STORED, 0):
                logger.info("A conversation was erased while one of its turns was handled; "
                            "that turn is not stored.")
                session.rollback()
                return
            new = list(itertools.islice(tracker.events, stored, None))
            if new:
                rows = [event_row(tracker.sender_id, event) for event in new]
                session.execute(self.SQLEvent.__table__.insert(), rows)
                if any(stops_a_form(json.loads(row["data"])) for row in rows):
                    from brainnetwork.review.conversations import erase_form_answers

                    erase_form_answers(session, tracker.sender_id, self.low_confidence)
                stored = self._stored_count(session, tracker.sender_id)
            session.commit()
        setattr(tracker, STORED, stored)

    def _stored_count(self, session, sender_id: Text) -> int:  # noqa: ANN001 - a Session
        """How many events of the conversation's latest session are stored (Rasa's count)."""
        return self._event_query(session, sender_id, fetch_events_from_all_sessions=False).count()

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool):
        try:
            tracker = await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        except Exception as error:
            self._failed("read", error)
            raise
        if tracker is not None and not fetch_events_from_all_sessions:
            setattr(tracker, STORED, len(tracker.events))
        return tracker

    def health(self) -> Dict[str, Any]:
        """{"ok": bool, ...}: the database answers and the latest save did not fail."""
        report: Dict[str, Any] = {"store": "sql", "database": redacted(self.url),
                                  "failed_operations": self.failed_operations}
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:  # noqa: BLE001 - any failure means unhealthy
            report.update(ok=False, problem=f"database unreachable ({type(error).__name__})")
            return report
        if self.last_failure:
            report.update(ok=False, problem=f"the last {self.last_failure['operation']} failed "
                                            f"({self.last_failure['error']})")
            return report
        report["ok"] = True
        return report


def event_row(sender_id: Text, event) -> Dict[str, Any]:  # noqa: ANN001 - a Rasa Event
    """The `events` row of one event, as Rasa's SQLTrackerStore writes it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def innermost(store: Optional[TrackerStore]) -> Optional[TrackerStore]:
    """The store inside Rasa's FailSafeTrackerStore / AwaitableTrackerStore wrappers."""
    while store is not None and hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


def tracker_store_health(store: Optional[TrackerStore]) -> Dict[str, Any]:
    inner = innermost(store)
    if isinstance(inner, ConversationStore):
        return inner.health()
    return {"ok": False, "store": type(inner).__name__,
            "problem": "conversations are not stored in the database (Rasa fell back to "
                       "memory or endpoints.yml names another tracker store)"}
