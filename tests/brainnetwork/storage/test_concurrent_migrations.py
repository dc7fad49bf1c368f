"""Processes that migrate one database at once (the launcher and a systemd unit, two
machines of the scale-out) wait for each other on the schema's lock, and all succeed."""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection

from brainnetwork.storage import Base
from brainnetwork.storage.database import make_engine
from brainnetwork.storage.migration import head, lock_schema
from tests.brainnetwork.storage.conftest import revision_of, table_names
from tests.conftest import ROOT, postgres_database


def upgrade_process(url: str) -> subprocess.Popen:
    """`python -m brainnetwork.storage upgrade` (make migrate, the systemd units) on `url`."""
    env = dict(os.environ, DATABASE_URL=url, RASA_TELEMETRY_ENABLED="false")
    return subprocess.Popen([sys.executable, "-m", "brainnetwork.storage", "upgrade"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_until(condition, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def assert_all_upgraded(processes, url: str) -> None:
    for process in processes:
        output, _ = process.communicate(timeout=120)
        assert process.returncode == 0 and f"at revision {head()}, the newest" in output, output
    assert revision_of(url) == head()
    assert table_names(url) == set(Base.metadata.tables) | {"alembic_version"}


@contextmanager
def holding_the_schema_lock(url: str) -> Iterator[Connection]:
    """A connection that holds the schema's lock, as a first migration does, until the block ends."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.begin()
            lock_schema(connection)
            yield connection
            connection.rollback()  # the first migration ends: the others go on, one after the other
    finally:
        engine.dispose()


def test_two_processes_migrating_postgresql_at_once_wait_for_the_lock_and_both_succeed():
    url, drop = postgres_database()
    try:
        with holding_the_schema_lock(url) as connection:
            processes = [upgrade_process(url) for _ in range(2)]
            waiting = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                           "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
            wait_until(lambda: connection.execute(waiting).scalar() == 2)
        assert_all_upgraded(processes, url)
    finally:
        drop()


def opened_by(pid: int, path: Path) -> bool:
    """Whether process `pid` has the file `path` open (Linux /proc)."""
    folder = Path(f"/proc/{pid}/fd")
    try:
        return any(os.path.realpath(link) == str(path) for link in folder.iterdir())
    except OSError:
        return False


def test_two_processes_migrating_a_sqlite_file_at_once_wait_for_its_write_lock_and_both_succeed(tmp_path):
    path = tmp_path / "bn.db"
    url = f"sqlite:///{path}"
    with holding_the_schema_lock(url):  # BEGIN IMMEDIATE
        processes = [upgrade_process(url) for _ in range(2)]
        wait_until(lambda: all(opened_by(process.pid, path.resolve()) for process in processes))
        time.sleep(1)  # both at their own BEGIN IMMEDIATE, waiting (SQLite's busy timeout is 15 s)
        assert all(process.poll() is None for process in processes)
    assert_all_upgraded(processes, url)
