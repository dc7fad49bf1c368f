"""The review app's index of conversations: one summary row per conversation, and how far
the index has read Rasa's events (brainnetwork.review.conversations keeps both up to date).

They live in the same database as the conversations (DATABASE_URL), so that an erasure
removes a conversation, its contact requests and its index row in one transaction.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text

from brainnetwork.storage.base import Base


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
