"""Conversations as staff read them: an index for the list, transcripts, erasure, purge.

Rasa stores a conversation as events (table `events`). `summarize` walks one
conversation's events once and derives what the list shows: start, length, topics and
the flags crisis, fallback / low confidence, contact requested and form cancelled.
`ConversationIndex` keeps that summary per conversation, so that the list, its filters
and its search stay fast with many thousands of conversations; `ReviewStore.refresh`
brings it up to date from the events added since the last refresh.

Erasing (`ReviewStore.delete`, `ReviewStore.purge`, `erase_form_answers`) and indexing
take the conversations' lock in the database (`brainnetwork.storage.database.lock_conversations`),
as the tracker store does when it saves a turn: an erased conversation is not brought
back by a turn that was in flight, and no index row outlives its events.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Dict, List, Optional
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, exists, func, inspect, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from brainnetwork.review.privacy import erase_stopped_forms
from brainnetwork.review.transcripts import FLAGS, Summary, Turn, summarize, transcript
from brainnetwork.storage.contact_requests import ContactRequest
from brainnetwork.storage.database import lock_conversations, make_engine
from brainnetwork.storage.rasa_events import events
from brainnetwork.storage.review_index import ConversationIndex, IndexState

logger = logging.getLogger(__name__)

PAGE_SIZE = 50
# Raise when `summarize` changes: the index is then rebuilt from the events.
INDEX_VERSION = 2


@dataclass(frozen=True)
class ListFilter:
    date_from: Optional[date] = None
    date_to: Optional[date] = None
    flag: Optional[str] = None
    search: str = ""

    def describe(self) -> str:
        """For the audit log: which filters, never the search words themselves."""
        parts = []
        if self.date_from:
            parts.append(f"van {self.date_from}")
        if self.date_to:
            parts.append(f"tot {self.date_to}")
        if self.flag:
            parts.append(f"vlag {self.flag}")
        if self.search:
            parts.append("met zoekterm")
        return ", ".join(parts) or "geen filter"


@dataclass
class Page:
    rows: List[ConversationIndex]
    total: int
    page: int
    pages: int


class ConversationNotFound(LookupError):
    pass


class ReviewStore:
    """Read and erase conversations in one database (DATABASE_URL), whose schema
    `brainnetwork.storage.migrate` has brought up to date."""

    def __init__(self, engine: Engine, low_confidence: float = 0.6, tz: str = "Europe/Amsterdam") -> None:
        self.engine = engine
        self.low_confidence = low_confidence
        self.tz = ZoneInfo(tz)
        self.sessions = sessionmaker(bind=engine, expire_on_commit=False, future=True)

    @classmethod
    def from_url(cls, url: str, low_confidence: float = 0.6, tz: str = "Europe/Amsterdam") -> "ReviewStore":
        return cls(make_engine(url), low_confidence, tz)

    # --- events ---------------------------------------------------------------------

    def has_events_table(self) -> bool:
        return inspect(self.engine).has_table("events")

    def _events_of(self, session: Session, sender_id: str) -> List[Dict[str, Any]]:
        result = session.execute(
            select(events.c.data).where(events.c.sender_id == sender_id).order_by(events.c.id)
        )
        return [json.loads(data) for (data,) in result]

    # --- the index ------------------------------------------------------------------

    def refresh(self, batch: int = 200) -> int:
        """Re-summarizes every conversation with events newer than the index; returns how many.

        Each batch of conversations is read and written under their locks, so that a
        conversation erased meanwhile gets no index row again."""
        if not self.has_events_table():
            return 0
        with self.sessions() as session:
            state = session.get(IndexState, 1) or IndexState(id=1, last_event_id=0, version=INDEX_VERSION)
            rebuild = state.version != INDEX_VERSION  # the summaries are derived differently now
            since = 0 if rebuild else state.last_event_id
            newest = session.execute(select(func.max(events.c.id))).scalar() or 0
            if newest <= since and not rebuild:
                return 0
            senders = sorted(s for (s,) in session.execute(
                select(events.c.sender_id).where(events.c.id > since).distinct()))
        if rebuild:
            with self.sessions() as session:
                session.execute(delete(ConversationIndex))
                session.commit()
        updated = 0
        for start in range(0, len(senders), batch):
            chunk = senders[start:start + batch]
            with self.sessions() as session:
                lock_conversations(session, chunk)
                rows: Dict[str, List[Dict[str, Any]]] = {sender: [] for sender in chunk}
                last_ids: Dict[str, int] = {}
                for sender, event_id, data in session.execute(
                    select(events.c.sender_id, events.c.id, events.c.data)
                    .where(events.c.sender_id.in_(chunk), events.c.id <= newest)
                    .order_by(events.c.id)
                ):
                    rows[sender].append(json.loads(data))
                    last_ids[sender] = event_id
                gone = [sender for sender, sender_rows in rows.items() if not sender_rows]
                if gone:  # erased since the list of senders was read
                    session.execute(delete(ConversationIndex).where(ConversationIndex.sender_id.in_(gone)))
                for sender, sender_rows in rows.items():
                    if sender_rows:
                        session.merge(self._index_row(summarize(
                            sender, sender_rows, self.low_confidence, last_ids[sender])))
                        updated += 1
                session.commit()
        with self.sessions() as session:
            state = session.get(IndexState, 1) or IndexState(id=1)
            state.last_event_id, state.version = newest, INDEX_VERSION
            session.merge(state)
            session.commit()
        return updated

    @staticmethod
    def _index_row(summary: Summary) -> ConversationIndex:
        return ConversationIndex(
            sender_id=summary.sender_id, started_at=summary.started_at,
            last_event_at=summary.last_event_at, visitor_messages=summary.visitor_messages,
            channel=summary.channel, topics=",".join(summary.topics)[:1000],
            first_message=summary.first_message, crisis=summary.crisis,
            fallback=summary.fallback, contact=summary.contact, cancelled=summary.cancelled,
            search_text=summary.search_text, last_event_id=summary.last_event_id,
        )

    def _filtered(self, query, filters: ListFilter):
        conditions = []
        if filters.date_from:
            conditions.append(ConversationIndex.started_at >= _day_start(filters.date_from, self.tz))
        if filters.date_to:
            conditions.append(ConversationIndex.started_at < _day_start(filters.date_to + timedelta(days=1), self.tz))
        if filters.flag:
            if filters.flag not in FLAGS:
                raise ValueError(f"unknown flag {filters.flag!r}")
            conditions.append(getattr(ConversationIndex, filters.flag).is_(True))
        for word in filters.search.lower().split()[:8]:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(or_(ConversationIndex.search_text.like(pattern, escape="\\"),
                                  ConversationIndex.sender_id == word))
        return query.where(and_(*conditions)) if conditions else query

    def list(self, filters: ListFilter = ListFilter(), page: int = 1, page_size: int = PAGE_SIZE) -> Page:
        self.refresh()
        with self.sessions() as session:
            total = session.execute(self._filtered(select(func.count()).select_from(ConversationIndex),
                                                   filters)).scalar() or 0
            pages = max(1, -(-total // page_size))
            page = min(max(1, page), pages)
            rows = list(session.execute(
                self._filtered(select(ConversationIndex), filters)
                .order_by(ConversationIndex.started_at.desc(), ConversationIndex.sender_id)
                .offset((page - 1) * page_size).limit(page_size)
            ).scalars())
        return Page(rows, total, page, pages)

    def all_ids(self, filters: ListFilter = ListFilter()) -> List[str]:
        self.refresh()
        with self.sessions() as session:
            return [s for (s,) in session.execute(
                self._filtered(select(ConversationIndex.sender_id), filters)
                .order_by(ConversationIndex.started_at.desc(), ConversationIndex.sender_id))]

    def summary(self, sender_id: str) -> ConversationIndex:
        self.refresh()
        with self.sessions() as session:
            row = session.get(ConversationIndex, sender_id)
            if row is None:
                raise ConversationNotFound(sender_id)
            return row

    def transcript(self, sender_id: str) -> List[Turn]:
        with self.sessions() as session:
            rows = self._events_of(session, sender_id) if self.has_events_table() else []
        if not rows:
            raise ConversationNotFound(sender_id)
        return transcript(rows, self.low_confidence)

    # --- contact requests -----------------------------------------------------------

    def contact_requests(self, conversation_id: Optional[str] = None) -> List[ContactRequest]:
        with self.sessions() as session:
            query = select(ContactRequest).order_by(ContactRequest.created_at.desc())
            if conversation_id is not None:
                query = query.where(ContactRequest.conversation_id == conversation_id)
            return list(session.execute(query).scalars())

    # --- erasure and retention ------------------------------------------------------

    def delete(self, sender_id: str) -> Dict[str, int]:
        """Erases a conversation: its events, its contact requests and its index row, under
        the conversation's lock (a turn in flight is then either stored before and erased
        with the rest, or finds its conversation gone and stores nothing)."""
        has_events = self.has_events_table()
        with self.sessions() as session:
            lock_conversations(session, [sender_id])
            removed = {
                "events": session.execute(delete(events).where(events.c.sender_id == sender_id)).rowcount
                if has_events else 0,
                "contact_requests": session.execute(
                    delete(ContactRequest).where(ContactRequest.conversation_id == sender_id)).rowcount,
                "index": session.execute(
                    delete(ConversationIndex).where(ConversationIndex.sender_id == sender_id)).rowcount,
            }
            session.commit()
        if not any(removed.values()):
            raise ConversationNotFound(sender_id)
        return removed

    def purge(self, older_than_days: int, now: Optional[datetime] = None, batch: int = 200) -> int:
        """Erases conversations whose last event is older than `older_than_days`, each
        under its lock and only if it is still that old then; and index rows whose
        conversation has no events any more. Returns how many conversations."""
        if older_than_days < 0:
            raise ValueError("days must be 0 or more")
        if not self.has_events_table():
            return 0
        cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=older_than_days)).timestamp()

        def old_among(senders: Optional[List[str]] = None):
            query = select(events.c.sender_id)
            if senders is not None:
                query = query.where(events.c.sender_id.in_(senders))
            return query.group_by(events.c.sender_id).having(func.max(events.c.timestamp) < cutoff)

        with self.sessions() as session:
            candidates = sorted(s for (s,) in session.execute(old_among()))
        purged = 0
        for start in range(0, len(candidates), batch):
            chunk = candidates[start:start + batch]
            with self.sessions() as session:
                lock_conversations(session, chunk)
                old = [s for (s,) in session.execute(old_among(chunk))]
                if old:
                    session.execute(delete(events).where(events.c.sender_id.in_(old)))
                    session.execute(delete(ConversationIndex).where(ConversationIndex.sender_id.in_(old)))
                session.commit()
            purged += len(old)
        self.remove_orphaned_index_rows()
        return purged

    def remove_orphaned_index_rows(self) -> int:
        """Deletes index rows whose conversation has no events (left by an erasure that
        crossed an index refresh, or by a tool that deleted events directly)."""
        with self.sessions() as session:
            removed = session.execute(delete(ConversationIndex).where(
                ~exists().where(events.c.sender_id == ConversationIndex.sender_id)),
                execution_options={"synchronize_session": False}).rowcount or 0
            session.commit()
        return removed


def erase_form_answers(session, sender_id: str, low_confidence: float) -> int:  # noqa: ANN001 - any Session
    """Rewrites the stored events of `sender_id` so that no answer to a contact form it
    stopped (or refused consent for) is kept (`privacy.erase_stopped_forms`), and its
    index row to match. Runs in the caller's transaction, which holds the conversation's
    lock; returns how many events were rewritten."""
    stored = list(session.execute(
        select(events.c.id, events.c.data).where(events.c.sender_id == sender_id).order_by(events.c.id)))
    rows = [json.loads(data) for _, data in stored]
    changed = erase_stopped_forms(rows)
    for position, data in changed.items():
        session.execute(update(events).where(events.c.id == stored[position][0]).values(data=json.dumps(data)))
    if changed and inspect(session.connection()).has_table(ConversationIndex.__tablename__):
        erased = [changed.get(position, data) for position, data in enumerate(rows)]
        session.merge(ReviewStore._index_row(summarize(sender_id, erased, low_confidence, stored[-1][0])))
    return len(changed)


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    """Midnight of `day` in the practice's time zone (staff think in local days)."""
    return datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
