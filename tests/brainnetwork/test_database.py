"""The one database: URLs without passwords in messages, SQLite in write-ahead mode."""

import pytest
from sqlalchemy import text

from brainnetwork.database import DatabaseUnavailable, check_reachable, make_engine, redacted


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

    from brainnetwork.database import check_reachable, create_if_missing
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
