"""Tables of the review app, and Rasa's `events` table as Rasa's SQLTrackerStore makes it.

The review tables live in the same database as the conversations (DATABASE_URL), so an
erasure request removes a conversation, its contact requests and its index row in one
transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (Boolean, Column, DateTime, Float, Integer, MetaData, String, Table,
                        Text)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# Rasa's own table (rasa.core.tracker_store.SQLTrackerStore.SQLEvent). Declared here only
# to query it; never created by this package.
rasa_metadata = MetaData()
events = Table(
    "events", rasa_metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


class ConversationIndex(Base):
    """One row per conversation, derived from its events: what the list view shows."""

    __tablename__ = "review_conversations"

    sender_id = Column(String(255), primary_key=True)
    started_at = Column(DateTime(timezone=True), nullable=False, index=True)
    last_event_at = Column(DateTime(timezone=True), nullable=False, index=True)
    visitor_messages = Column(Integer, nullable=False, default=0)
    channel = Column(String(32))
    topics = Column(String(1000), nullable=False, default="")
    first_message = Column(String(300), nullable=False, default="")
    crisis = Column(Boolean, nullable=False, default=False, index=True)
    fallback = Column(Boolean, nullable=False, default=False, index=True)
    contact = Column(Boolean, nullable=False, default=False, index=True)
    cancelled = Column(Boolean, nullable=False, default=False, index=True)
    search_text = Column(Text, nullable=False, default="")
    last_event_id = Column(Integer, nullable=False, default=0)


class IndexState(Base):
    """The highest event id already in the index (the index catches up from there)."""

    __tablename__ = "review_index_state"

    id = Column(Integer, primary_key=True)
    last_event_id = Column(Integer, nullable=False, default=0)
    version = Column(Integer, nullable=False, default=0)  # of the summaries' logic


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(80), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    active = Column(Boolean, nullable=False, default=True)


class StaffSession(Base):
    """A login. Only a hash of the cookie's token is stored."""

    __tablename__ = "staff_sessions"

    token_hash = Column(String(64), primary_key=True)
    username = Column(String(80), nullable=False, index=True)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    last_seen_at = Column(DateTime(timezone=True), nullable=False)


class AuditEntry(Base):
    """Who did what, when. Holds conversation ids and references, never message text."""

    __tablename__ = "staff_audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    actor = Column(String(120), nullable=False)
    action = Column(String(40), nullable=False)
    target = Column(String(255), nullable=False, default="")
    detail = Column(String(500), nullable=False, default="")


class LoginFailure(Base):
    """A failed login, kept only as long as the lockout window (rows older are pruned at
    every attempt). Both the per-account lockout and the per-client limit count these
    rows, so every process of the review app sees the same counts and nothing is held
    in memory. `username` is set only when the account exists: a password typed into the
    name field is never stored."""

    __tablename__ = "staff_login_failures"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, index=True)
    username = Column(String(80), index=True)
    client = Column(String(64), nullable=False, index=True)
