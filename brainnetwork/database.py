"""One SQL database for everything the assistant keeps: Rasa's conversation events
(table `events`), contact requests, and the staff review app's tables.

DATABASE_URL chooses it: a SQLite file under var/ by default, PostgreSQL in production.
Engines are made on demand, never at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

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
    """An engine for `url`. For a SQLite file: its folder is created when missing, and the
    file is switched to write-ahead logging, so that Rasa, the action server and the
    review app can read while one of them writes (the mode stays with the file)."""
    parsed = make_url(url)
    engine = create_engine(url, future=True, **engine_options(url))
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)

        @event.listens_for(engine, "connect")
        def write_ahead_log(connection, _record):  # noqa: ANN001 - SQLAlchemy's hook
            connection.execute("PRAGMA journal_mode=WAL")

    return engine


def check_reachable(url: str) -> None:
    """Connects once and runs SELECT 1; raises DatabaseUnavailable with a clear message."""
    try:
        engine = make_engine(url)
    except Exception as error:  # noqa: BLE001 - bad URL, missing driver
        raise DatabaseUnavailable(f"DATABASE_URL is not usable ({type(error).__name__})") from error
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any driver error means unreachable
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
        raise DatabaseUnavailable(f"cannot reach the database {redacted(url)}: {reason}") from error
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
