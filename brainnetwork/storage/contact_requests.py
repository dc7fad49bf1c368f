"""Contact requests: their table and their store, for the intake actions (which store a
request and record its notification) and the review app (which lists them, changes their
status and purges them) alike.

Nothing connects at import time: `current_store()` builds the engine when
the first request is stored. The table is there already: `brainnetwork.storage.migrate`
runs before the action server starts. A request is committed before the visitor sees a
confirmation. Old requests are deleted by the review app's scheduled purge
(brainnetwork.review.retention; or `make purge`), together with old conversations.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, Text, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from brainnetwork.settings import load_settings
from brainnetwork.storage.base import Base, utcnow
from brainnetwork.storage.database import lock_conversations, make_engine

STATUSES = ("new", "contacted", "closed")
# No 0/O, 1/I/L: easy to read out over the phone.
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    return "BN-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))


class ContactRequest(Base):
    __tablename__ = "contact_requests"

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), unique=True, nullable=False, index=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    name = Column(String(120), nullable=False)
    contact_method = Column(String(16), nullable=False)
    phone = Column(String(32))
    email = Column(String(320))
    preferred_moment = Column(String(200), nullable=False)
    preferred_start = Column(DateTime(timezone=True))
    preferred_end = Column(DateTime(timezone=True))
    reason = Column(Text)
    status = Column(String(16), nullable=False, default="new")
    notified_at = Column(DateTime(timezone=True))
    notify_error = Column(String(200))


@dataclass(frozen=True)
class NewRequest:
    conversation_id: str
    name: str
    contact_method: str  # "phone" or "email"
    phone: Optional[str]
    email: Optional[str]
    preferred_moment: str
    preferred_start: Optional[datetime]
    preferred_end: Optional[datetime]
    reason: str


class IntakeStore:
    """Contact requests in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, future=True)

    @classmethod
    def from_url(cls, url: str) -> "IntakeStore":
        return cls(make_engine(url))

    def add(self, request: NewRequest) -> ContactRequest:
        """Stores the request and commits; returns it with its reference code. Under the
        conversation's lock (brainnetwork.storage.database), as an erasure of the conversation: the
        request is stored either before an erasure, and erased with the rest, or after it."""
        for _ in range(5):
            row = ContactRequest(reference=new_reference(), created_at=utcnow(), **request.__dict__)
            with self._sessions() as session:
                lock_conversations(session, [request.conversation_id])
                session.add(row)
                try:
                    session.commit()
                    return row
                except IntegrityError:  # the rare reference collision: draw again
                    session.rollback()
        raise RuntimeError("could not draw a unique reference code")

    def mark_notified(self, reference: str, error: Optional[str] = None) -> None:
        """Records the notification's outcome; the request itself stays as it is."""
        with self._sessions() as session:
            row = session.execute(
                select(ContactRequest).where(ContactRequest.reference == reference)
            ).scalar_one()
            if error:
                row.notify_error = error[:200]
            else:
                row.notified_at, row.notify_error = utcnow(), None
            session.commit()

    def set_status(self, reference: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self._sessions() as session:
            row = session.execute(
                select(ContactRequest).where(ContactRequest.reference == reference)
            ).scalar_one()
            row.status = status
            session.commit()

    def purge(self, older_than_days: int, now: Optional[datetime] = None) -> int:
        """Deletes requests created more than `older_than_days` ago; returns how many."""
        if older_than_days < 0:
            raise ValueError("days must be 0 or more")
        cutoff = (now or utcnow()) - timedelta(days=older_than_days)
        with self._sessions() as session:
            result = session.execute(delete(ContactRequest).where(ContactRequest.created_at < cutoff))
            session.commit()
            return result.rowcount or 0


@functools.lru_cache(maxsize=4)
def store_for(url: str) -> IntakeStore:
    return IntakeStore.from_url(url)


def current_store() -> IntakeStore:
    """The store for DATABASE_URL, created on first use."""
    return store_for(load_settings().database_url)
