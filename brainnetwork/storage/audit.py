"""The audit log's table: who did what in the review app, and when
(brainnetwork.review.audit writes and reads it)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, String

from brainnetwork.storage.base import Base, utcnow


class AuditEntry(Base):
    """Who did what, when. Holds conversation ids and references, never message text."""

    __tablename__ = "staff_audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    actor = Column(String(120), nullable=False)
    action = Column(String(40), nullable=False)
    target = Column(String(255), nullable=False, default="")
    detail = Column(String(500), nullable=False, default="")
