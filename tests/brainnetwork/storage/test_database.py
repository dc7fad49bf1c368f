"""The one database: URLs without passwords in messages, SQLite in write-ahead mode."""

import pytest
from sqlalchemy import text

from brainnetwork.storage.database import DatabaseUnavailable, check_reachable, make_engine, redacted


def test_passwords_never_show():
    assert redacted("postgresql://rasa:geheim@db:5432/bn") == "postgresql://rasa:***@db:5432/bn"
    assert "geheim" not in redacted("not a url geheim")


def test_a_sqlite_file_gets_its_folder_and_write_ahead_logging(tmp_path):
    url = f"sqlite:///{tmp_path / 'var' / 'bn.db'}"
    check_reachable(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert (tmp_path / "var" / "bn.db").exists()


def test_an_unreachable_database_is_named_without_its_password():
    with pytest.raises(DatabaseUnavailable, match=r"postgresql://u:\*\*\*@127.0.0.1:1/x"):
        check_reachable("postgresql://u:pw@127.0.0.1:1/x")


def test_a_missing_postgresql_database_is_created_once():
    import uuid

    import psycopg2

    from brainnetwork.storage.database import check_reachable, create_if_missing
    from tests.conftest import POSTGRES_ADMIN_URL, postgres_database

    _, drop_probe = postgres_database()  # skips (or fails in CI) without PostgreSQL
    drop_probe()
    name = f"brainnetwork_test_{uuid.uuid4().hex[:10]}"
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        assert create_if_missing(url) is True
        check_reachable(url)
        assert create_if_missing(url) is False
    finally:
        admin = psycopg2.connect(POSTGRES_ADMIN_URL)
        admin.autocommit = True
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()
    assert create_if_missing("sqlite:///var/x.db") is False


def test_a_new_sqlite_database_and_its_folder_are_for_their_owner_only(tmp_path):
    """Issue 13, item 10: created 0600 in a 0700 folder, whatever the umask."""
    import os
    import stat

    url = f"sqlite:///{tmp_path / 'var' / 'sub' / 'bn.db'}"
    old_umask = os.umask(0o022)  # what a shell usually has
    try:
        check_reachable(url)
        engine = make_engine(url)
        with engine.connect() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            connection.execute(text("INSERT INTO t VALUES (1)"))
            connection.commit()
            files = sorted((tmp_path / "var" / "sub").iterdir())  # with SQLite's -wal and -shm
            assert [f.name for f in files] == ["bn.db", "bn.db-shm", "bn.db-wal"]
            for path in files:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        engine.dispose()
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "var").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "var" / "sub").stat().st_mode) == 0o700


def test_an_existing_world_readable_sqlite_database_is_made_private(tmp_path, caplog):
    import stat

    database = tmp_path / "bn.db"
    database.touch(mode=0o644)
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}").dispose()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600 and "could be read by other users" in caplog.text


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_conversation_lock_keeps_out_a_second_holder_until_the_first_is_done(backend, tmp_path):
    """Issue 13, item 9: a save and an erasure of one conversation never interleave."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from brainnetwork.storage.database import LOCK_CLASS, lock_conversations
    from tests.conftest import postgres_database

    drop = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'bn.db'}"
        make_engine(url).dispose()
    else:
        url, drop = postgres_database()
    first = make_engine(url)
    second = create_engine(url, future=True, connect_args={"timeout": 0} if backend == "sqlite" else {})
    try:
        with first.connect() as holder:
            holder.begin()
            lock_conversations(holder, ["bezoeker-1"])
            with second.connect() as other:
                if backend == "sqlite":
                    with pytest.raises(OperationalError, match="locked"):
                        lock_conversations(other, ["bezoeker-1"])
                else:
                    def free(sender):
                        return other.execute(text("SELECT pg_try_advisory_xact_lock(:c, hashtext(:s))"),
                                             {"c": LOCK_CLASS, "s": sender}).scalar()
                    assert free("bezoeker-1") is False and free("bezoeker-2") is True
            holder.rollback()
        with second.connect() as other:  # released with the first transaction
            other.begin()
            lock_conversations(other, ["bezoeker-1"])
            other.rollback()
    finally:
        first.dispose()
        second.dispose()
        if drop:
            drop()
