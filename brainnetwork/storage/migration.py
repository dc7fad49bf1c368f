"""`migrate(url)`: the database of `url` brought to the newest schema, with Alembic
configured here in code (the scripts in migrations/; no alembic.ini).

It runs once before anything else uses the database: the launcher calls it before it
starts Rasa, the action server and the review app (`make run`, `make run-scaled`); the
review CLI before its command (`make review`, `make purge`, `make staff-user`); and
`python -m brainnetwork.storage upgrade` by hand (`make migrate`, the systemd units'
ExecStartPre). It

- gives an empty database every table;
- adopts a database made before migrations (tables made by create_all, no
  `alembic_version`, i.e. every installation until now): creates whichever of the
  baseline's tables it lacks, stamps the baseline revision, then upgrades; no row is lost;
- does all of it in one transaction whose first statement takes the schema's lock: on
  PostgreSQL a transaction-level advisory lock, on SQLite BEGIN IMMEDIATE (the database's
  one write lock). Processes that start at once (the launcher and a systemd unit, two
  machines of the scale-out) migrate one after the other, and the later ones find nothing
  left to do; a migration that fails changes nothing (both databases roll DDL back);
- raises MigrationFailed with one line an operator may log (the URL without its password).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from brainnetwork.storage.database import DatabaseUnavailable, error_reason, redacted, usable_engine
from brainnetwork.storage.migrations import baseline
from brainnetwork.storage.rasa_events import RASA_TABLES

logger = logging.getLogger(__name__)
# alembic's own INFO lines (the dialect, each step) say less than migrate's; warnings stay.
logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "4543fd3c26b4"  # versions/4543fd3c26b4_baseline.py: the tables of migrations/baseline.py
# The schema's advisory lock on PostgreSQL: one 64-bit key ("BNschema"), a key space apart
# from the conversations' locks (two 32-bit keys, brainnetwork.storage.database.LOCK_CLASS).
SCHEMA_LOCK = int.from_bytes(b"BNschema", "big")
# alembic's `context` and `op` are module-wide proxies: one migration at a time in a process.
_one_at_a_time = threading.Lock()


class MigrationFailed(RuntimeError):
    """The schema could not be brought up to date; the message is safe to log (no password)."""


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001 - alembic's hook
    """What migrations compare and change: everything but Rasa's tables (and their columns
    and indexes), so that autogenerate never proposes to drop or change them."""
    table = name if type_ == "table" else obj.table.name
    return table not in RASA_TABLES


def alembic_config(connection: Optional[Connection] = None) -> Config:
    """Alembic's configuration: the scripts in migrations/, run on `connection` (env.py)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> Optional[str]:
    """The revision the database is at; None before any migration ran."""
    return MigrationContext.configure(connection).get_current_revision()


def lock_schema(connection: Connection) -> None:
    """Holds the schema's lock until `connection`'s transaction ends. Must be the
    transaction's first statement (on SQLite it is what begins the transaction)."""
    backend = connection.dialect.name
    if backend == "sqlite":
        connection.execute(text("BEGIN IMMEDIATE"))
    elif backend == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(CAST(:key AS bigint))"), {"key": SCHEMA_LOCK})
    else:  # pragma: no cover - DATABASE_URL is SQLite or PostgreSQL
        raise ValueError(f"no schema lock for the database {backend}")


def adopt_tables_made_before_migrations(connection: Connection, config: Config) -> bool:
    """A database without `alembic_version` that holds some of the baseline's tables was
    made before migrations. It gets those it lacks (an action server that ran alone made
    only contact_requests) and is stamped at the baseline; its rows stay as they are.
    Returns whether it was such a database."""
    found = baseline.TABLES & set(inspect(connection).get_table_names())
    if not found:
        return False  # empty, or only Rasa's events: the baseline revision creates everything
    baseline.metadata.create_all(connection)  # checkfirst: only the missing tables
    command.stamp(config, BASELINE)
    return True


def migrate(url: str) -> str:
    """Brings the database of `url` to the newest schema (see the module's docstring);
    returns the revision it is at now. Raises MigrationFailed."""
    try:
        engine = usable_engine(url)
    except DatabaseUnavailable as error:
        raise MigrationFailed(str(error)) from error
    try:
        with _one_at_a_time, engine.connect() as connection, connection.begin():
            lock_schema(connection)
            before = current_revision(connection)
            config = alembic_config(connection)
            adopted = before is None and adopt_tables_made_before_migrations(connection, config)
            command.upgrade(config, "head")
            after = current_revision(connection)
    except Exception as error:  # noqa: BLE001 - whatever failed, the operator gets one clear line
        raise MigrationFailed(f"the schema of the database {redacted(url)} could not be brought up to date "
                              f"(nothing was changed): {error_reason(error, url)}") from error
    finally:
        engine.dispose()
    if adopted:
        logger.info("The database %s was made before migrations: stamped at the baseline %s.", redacted(url), BASELINE)
    if after != before:
        logger.info("Database schema of %s: revision %s -> %s", redacted(url), before or "none", after)
    return after
