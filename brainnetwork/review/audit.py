"""The audit log: every staff action (view, export, delete, status change, login) with
who and when. Entries name conversation ids and references, never message text."""

from __future__ import annotations

from typing import List

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from brainnetwork.storage.audit import AuditEntry
from brainnetwork.storage.base import utcnow


class AuditLog:
    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    def record(self, actor: str, action: str, target: str = "", detail: str = "") -> None:
        with self.sessions() as session:
            session.add(AuditEntry(at=utcnow(), actor=actor[:120], action=action[:40],
                                   target=target[:255], detail=detail[:500]))
            session.commit()

    def latest(self, limit: int = 200) -> List[AuditEntry]:
        with self.sessions() as session:
            return list(session.execute(
                select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).scalars())
