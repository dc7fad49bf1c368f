"""brainnetwork.storage.migrate on SQLite and PostgreSQL: an empty database, one made before
migrations, the models against the migrations, a downgrade, and failures."""

from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, insert

from brainnetwork.storage import Base, MigrationFailed, migrate
from brainnetwork.storage.contact_requests import IntakeStore
from brainnetwork.storage.migration import BASELINE, alembic_config, head, include_object
from brainnetwork.storage.migrations import baseline
from brainnetwork.storage.rasa_events import events
from tests.stored import stored_request
from tests.brainnetwork.storage.conftest import (all_rows, build_schema_before_migrations, make_rasa_events_table,
                                                 revision_of, run_sql, schema_of, table_names)

PROJECT_TABLES = set(Base.metadata.tables)
MOMENT = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)
# One row in each table made before migrations.
ROWS = {
    "contact_requests": dict(
        id=1, reference="BN-ABCDEF", conversation_id="bezoeker-1", created_at=MOMENT, name="Sanne",
        contact_method="telefoon", phone="+31612345678", email=None, preferred_moment="dinsdagmiddag",
        preferred_start=MOMENT, preferred_end=MOMENT, reason="moe", status="new", notified_at=None,
        notify_error=None),
    "review_conversations": dict(
        sender_id="bezoeker-1", started_at=MOMENT, last_event_at=MOMENT, visitor_messages=1, channel="rest",
        topics="microbioom", first_message="wat is het microbioom?", crisis=False, fallback=False, contact=True,
        cancelled=False, search_text="wat is het microbioom?", last_event_id=1),
    "review_index_state": dict(id=1, last_event_id=1, version=2),
    "staff_users": dict(id=1, username="anne", password_hash="$argon2id$v=19$x", created_at=MOMENT, active=True),
    "staff_sessions": dict(token_hash="a" * 64, username="anne", csrf_token="c" * 64, created_at=MOMENT,
                           last_seen_at=MOMENT),
    "staff_audit_log": dict(id=1, at=MOMENT, actor="cli:anne", action="view", target="bezoeker-1", detail=""),
    "staff_login_failures": dict(id=1, at=MOMENT, username=None, client="127.0.0.1"),
}
EVENT = dict(id=1, sender_id="bezoeker-1", type_name="user", timestamp=MOMENT.timestamp(), intent_name="faq",
             action_name=None, data='{"event": "user", "text": "wat is het microbioom?"}')


def differences(url: str) -> list:
    """What alembic's autogenerate finds between the models and the database (as env.py
    compares them, Rasa's tables left out)."""
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object,
                                                               "compare_type": True})
        found = compare_metadata(context, Base.metadata)
    engine.dispose()
    return found


def fill(url: str, tables) -> None:
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        for name in tables:
            connection.execute(insert(baseline.metadata.tables[name]), ROWS[name])
        connection.execute(insert(events), EVENT)
    engine.dispose()


def alembic(url: str, operation, revision: str) -> None:
    """An alembic command (command.upgrade, command.downgrade) on `url`, in one transaction."""
    engine = create_engine(url, future=True)
    with engine.connect() as connection, connection.begin():
        operation(alembic_config(connection), revision)
    engine.dispose()


def as_before(rows: dict, before: dict) -> dict:
    """`rows` in the tables and columns that `before` has (a later revision may add some)."""
    return {table: [{column: row[column] for column in old[0]} for row in rows[table]]
            for table, old in before.items()}


def with_english_values(rows: dict) -> dict:
    """`rows` as revision 7c1e2f9a0b3d leaves them: contact methods stored in English."""
    english = {"telefoon": "phone", "e-mail": "email"}
    return {table: [{**row, "contact_method": english.get(row["contact_method"], row["contact_method"])}
                    if table == "contact_requests" else row for row in table_rows]
            for table, table_rows in rows.items()}


def test_the_baseline_is_the_first_revision_and_there_is_one_way_up():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert [script.revision for script in scripts.walk_revisions()][-1] == BASELINE
    assert len(scripts.get_heads()) == 1 and head() == scripts.get_current_head()
    assert baseline.TABLES == set(ROWS)


def test_an_empty_database_gets_every_table(new_database):
    url = new_database()
    assert migrate(url) == head()
    assert table_names(url) == PROJECT_TABLES | {"alembic_version"}
    assert migrate(url) == head()  # again: nothing to do


def test_the_migrations_make_what_the_models_describe(new_database):
    url = new_database()
    make_rasa_events_table(url)  # in the database, but Rasa's: not compared
    migrate(url)
    assert differences(url) == []


def test_the_migrations_make_exactly_the_schema_create_all_made(new_database):
    """Same tables, columns, types, nullability, defaults (PostgreSQL: SERIAL), primary keys,
    indexes and unique constraints, with the same names, as before migrations."""
    before, migrated = new_database(), new_database()
    build_schema_before_migrations(before)
    alembic(migrated, command.upgrade, BASELINE)
    assert schema_of(migrated) == schema_of(before)
    assert set(schema_of(migrated)) == baseline.TABLES


def test_a_database_made_before_migrations_is_stamped_and_keeps_every_row(new_database, caplog):
    url = new_database()
    build_schema_before_migrations(url)
    make_rasa_events_table(url)
    fill(url, ROWS)
    before = all_rows(url)
    assert revision_of(url) is None and all(len(rows) == 1 for rows in before.values())
    with caplog.at_level("INFO", logger="brainnetwork.storage.migration"):
        assert migrate(url) == head()
    assert f"made before migrations: stamped at the baseline {BASELINE}" in caplog.text
    assert revision_of(url) == head() and as_before(all_rows(url), before) == with_english_values(before)
    assert differences(url) == []
    store = IntakeStore.from_url(url)  # the models read the old rows
    request = stored_request(store, "BN-ABCDEF")
    assert request.name == "Sanne" and request.contact_method == "phone"
    store.engine.dispose()


def test_a_database_with_only_some_of_the_tables_gets_the_others(new_database):
    """Before migrations an action server that ran alone made only contact_requests."""
    url = new_database()
    build_schema_before_migrations(url, {"contact_requests"})
    make_rasa_events_table(url)
    fill(url, ["contact_requests"])
    before = all_rows(url)
    assert migrate(url) == head()
    assert table_names(url) == PROJECT_TABLES | {"alembic_version", "events"}
    assert as_before(all_rows(url), before) == with_english_values(before) and all_rows(url)["staff_users"] == []
    assert differences(url) == []


def test_a_downgrade_to_base_and_an_upgrade_again(new_database):
    url = new_database()
    make_rasa_events_table(url)
    migrate(url)
    alembic(url, command.downgrade, "base")
    assert table_names(url) == {"alembic_version", "events"}  # Rasa's table is not ours to drop
    assert revision_of(url) is None
    assert migrate(url) == head()
    assert table_names(url) == PROJECT_TABLES | {"alembic_version", "events"}


def test_a_migration_that_fails_changes_nothing_and_says_why_in_one_line(new_database):
    url = new_database()
    run_sql(url, ["CREATE VIEW staff_users AS SELECT 1 AS id"])  # in the way of the last table made
    with pytest.raises(MigrationFailed) as failure:
        migrate(url)
    message = str(failure.value)
    assert "could not be brought up to date (nothing was changed)" in message and "staff_users" in message
    assert "\n" not in message
    assert table_names(url) == set()  # the tables made before the failure are gone again


def test_the_password_is_never_in_the_message():
    with pytest.raises(MigrationFailed) as failure:
        migrate("postgresql://rasa:geheim@127.0.0.1:1/bn")
    assert "geheim" not in str(failure.value) and "postgresql://rasa:***@127.0.0.1:1/bn" in str(failure.value)
    with pytest.raises(MigrationFailed, match="DATABASE_URL is not usable") as failure:
        migrate("geen url geheim")
    assert "geheim" not in str(failure.value)


@pytest.mark.parametrize("stored, english", [("telefoon", "phone"), ("e-mail", "email")])
def test_contact_methods_stored_in_dutch_become_english_and_back(new_database, stored, english):
    url = new_database()
    alembic(url, command.upgrade, BASELINE)
    run_sql(url, [f"INSERT INTO contact_requests (reference, conversation_id, created_at, name, contact_method, "
                  f"preferred_moment, status) VALUES ('BN-A', 'c', CURRENT_TIMESTAMP, 'Sanne', '{stored}', "
                  f"'maakt niet uit', 'new')"])
    migrate(url)
    assert [row["contact_method"] for row in all_rows(url)["contact_requests"]] == [english]
    alembic(url, command.downgrade, BASELINE)
    assert [row["contact_method"] for row in all_rows(url)["contact_requests"]] == [stored]
