"""Fresh databases for the storage tests (a SQLite file, and PostgreSQL on 127.0.0.1:5432),
and what the tests read back from them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

import pytest
from sqlalchemy import MetaData, create_engine, inspect, select, text

from brainnetwork.storage.migration import current_revision
from tests.conftest import postgres_database

HERE = Path(__file__).resolve().parent


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request, tmp_path):
    """A maker of fresh, empty databases of one kind; each is dropped after the test."""
    drops = []

    def make() -> str:
        if request.param == "sqlite":
            drops.append(None)
            return f"sqlite:///{tmp_path / f'bn-{len(drops)}.db'}"
        url, drop = postgres_database()
        drops.append(drop)
        return url

    yield make
    for drop in drops:
        if drop:
            drop()


def run_sql(url: str, statements: Iterable[str]) -> None:
    """Runs `statements` in one transaction."""
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def build_schema_before_migrations(url: str, tables: Optional[Set[str]] = None) -> None:
    """The tables (all, or those named) exactly as `create_all` made them before
    migrations: the DDL it ran (before_migrations.<dialect>.sql), with their indexes."""
    script = (HERE / f"before_migrations.{create_engine(url).dialect.name}.sql").read_text()
    code = "\n".join(line for line in script.splitlines() if not line.startswith("--"))
    statements = [statement for statement in code.split(";") if statement.strip()]
    run_sql(url, [statement for statement in statements
                  if tables is None or re.search(r"(?:TABLE|ON) (\w+) \(", statement).group(1) in tables])


def make_rasa_events_table(url: str) -> None:
    """Rasa's own `events` table, made by Rasa's SQL tracker store as it makes it."""
    from rasa.core.tracker_store import SQLTrackerStore

    engine = create_engine(url, future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)
    engine.dispose()


def table_names(url: str) -> Set[str]:
    engine = create_engine(url, future=True)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def revision_of(url: str):
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        revision = current_revision(connection)
    engine.dispose()
    return revision


def all_rows(url: str) -> Dict[str, List[dict]]:
    """Every row of every table but alembic's, in primary-key order."""
    engine = create_engine(url, future=True)
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        rows = {name: [dict(row._mapping) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for name, table in metadata.tables.items() if name != "alembic_version"}
    engine.dispose()
    return rows


def schema_of(url: str) -> Dict[str, dict]:
    """Each table (but alembic's) as the database describes it: columns with their types,
    nullability and defaults, primary key, indexes and unique constraints with their names."""
    engine = create_engine(url, future=True)
    inspector = inspect(engine)
    described = {}
    for table in sorted(set(inspector.get_table_names()) - {"alembic_version"}):
        described[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                        for c in inspector.get_columns(table)],
            "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in inspector.get_indexes(table)),
            "unique": sorted((u["name"] or "", tuple(u["column_names"]))
                             for u in inspector.get_unique_constraints(table)),
        }
    engine.dispose()
    return described
