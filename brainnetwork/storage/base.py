"""The one declarative base of every table this project owns.

Every model module of this package declares its tables on `Base`, so that `Base.metadata`
is the whole schema the migrations (brainnetwork/storage/migrations/) must produce; the
package imports them all. Tables are never made with `create_all` at run time: a database
gets them from `brainnetwork.storage.migrate`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utcnow() -> datetime:
    """Every stored moment is in UTC (SQLite hands it back naive, PostgreSQL aware)."""
    return datetime.now(timezone.utc)
