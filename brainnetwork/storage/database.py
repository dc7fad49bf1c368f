"""One SQL database for everything the assistant keeps: Rasa's conversation events
(table `events`), contact requests, and the staff review app's tables. This module makes
the connections to it; the tables are the other modules of brainnetwork.storage, made and
changed by its migrations.

DATABASE_URL chooses it: a SQLite file under var/ by default, PostgreSQL in production.
Engines are made on demand, never at import time. A SQLite file and its folder are
readable by their owner only (brainnetwork.files).

`lock_conversations` is the conversations' lock in the database: everything that writes
or erases a conversation's stored events takes it first (the tracker store's save, an
erasure, the purge, the review index), so that an erasure and a turn of the same
conversation never interleave, whichever process or Rasa instance runs them.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

from brainnetwork.files import private_sqlite_file

CONNECT_TIMEOUT_S = 5


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached; the message is safe to log (no password)."""


def redacted(url: str) -> str:
    """The URL without its password, for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL must not leak either
        return "<invalid DATABASE_URL>"


def engine_options(url: str) -> Dict[str, Any]:
    if make_url(url).get_backend_name() == "postgresql":
        return {"pool_pre_ping": True, "connect_args": {"connect_timeout": CONNECT_TIMEOUT_S}}
    return {"connect_args": {"timeout": 15}}


def make_engine(url: str) -> Engine:
    """An engine for `url`. For a SQLite file: it is created (0600, in a 0700 folder) when
    missing, and switched to write-ahead logging, so that Rasa, the action server and the
    review app can read while one of them writes (the mode stays with the file)."""
    parsed = make_url(url)
    engine = create_engine(url, future=True, **engine_options(url))
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        private_sqlite_file(parsed.database)

        @event.listens_for(engine, "connect")
        def write_ahead_log(connection, _record):  # noqa: ANN001 - SQLAlchemy's hook
            connection.execute("PRAGMA journal_mode=WAL")

    return engine


# The class of this project's advisory locks on PostgreSQL ("BN"), apart from anyone else's.
LOCK_CLASS = 0x424E


def lock_conversations(session, sender_ids: Iterable[str]) -> None:  # noqa: ANN001 - a Session or Connection
    """Takes the lock of each conversation in `sender_ids` until `session`'s transaction
    ends (a SQLAlchemy Session or Connection). Must be the transaction's first statement.

    PostgreSQL: a transaction-level advisory lock per conversation, taken in sorted
    order (two holders of several locks never wait for each other in a circle).
    SQLite: an immediate transaction, i.e. the database's single write lock, taken
    before anything is read, so that what is read is still true when it is written."""
    backend = (session.get_bind() if hasattr(session, "get_bind") else session).dialect.name
    if backend == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))
    elif backend == "postgresql":
        ordered = sorted(set(sender_ids))
        if ordered:  # one round trip; unnest yields the sorted array in its order
            session.execute(text("SELECT pg_advisory_xact_lock(:lock_class, hashtext(sender_id)) "
                                 "FROM unnest(CAST(:sender_ids AS text[])) AS sender_id"),
                            {"lock_class": LOCK_CLASS, "sender_ids": ordered})
    else:  # pragma: no cover - DATABASE_URL is SQLite or PostgreSQL
        raise ValueError(f"no conversation lock for the database {backend}")


def usable_engine(url: str) -> Engine:
    """`make_engine(url)`, or DatabaseUnavailable naming only the kind of problem: the
    error of a URL that cannot be parsed quotes the URL whole, password and all."""
    try:
        return make_engine(url)
    except Exception as error:  # noqa: BLE001 - bad URL, missing driver
        raise DatabaseUnavailable(f"DATABASE_URL is not usable ({type(error).__name__})") from error


def error_reason(error: Exception, url: str) -> str:
    """The first line of a database error (the driver's own message when there is one),
    short and without the password of `url`, for a message an operator may log."""
    lines = str(getattr(error, "orig", error)).strip().splitlines() or [type(error).__name__]
    reason = lines[0][:200]
    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001 - usable_engine already refused such a URL
        password = None
    return reason.replace(str(password), "***") if password else reason


def check_reachable(url: str) -> None:
    """Connects once and runs SELECT 1; raises DatabaseUnavailable with a clear message."""
    engine = usable_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any driver error means unreachable
        raise DatabaseUnavailable(f"cannot reach the database {redacted(url)}: {error_reason(error, url)}") from error
    finally:
        engine.dispose()


def create_if_missing(url: str) -> bool:
    """Creates the PostgreSQL database that `url` names when the server has none by that
    name (as Rasa's own SQL tracker store would); returns whether it did. A SQLite file
    is created on first use anyway. An unreachable server is left to `check_reachable`."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        return False
    admin = create_engine(parsed.set(database="postgres"), future=True, isolation_level="AUTOCOMMIT",
                          **engine_options(url))
    try:
        with admin.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            ).first()
            if exists:
                return False
            quoted = connection.dialect.identifier_preparer.quote(parsed.database)
            connection.execute(text(f"CREATE DATABASE {quoted}"))
            return True
    except Exception:  # noqa: BLE001 - no rights or no server: check_reachable explains
        return False
    finally:
        admin.dispose()
