"""Every entry point that uses the database on its own brings its schema up to date first:
the launcher's preflight (make run, make run-scaled), the review CLI (make review, make
purge, make staff-user) and `python -m brainnetwork.storage` (make migrate)."""

from brainnetwork import serve, storage
from brainnetwork.review import cli as review_cli
from brainnetwork.settings import load_settings
from brainnetwork.storage import Base, MigrationFailed
from brainnetwork.storage import __main__ as storage_cli
from brainnetwork.storage.migration import head
from tests.brainnetwork.storage.conftest import revision_of, table_names

PROJECT_TABLES = set(Base.metadata.tables)


def test_the_launcher_migrates_before_it_starts_anything(tmp_path, monkeypatch):
    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'var' / 'bn.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert serve.preflight_problem(load_settings(), model, shell=False) is None
    assert revision_of(url) == head() and PROJECT_TABLES <= table_names(url)


def test_the_launcher_does_not_start_when_the_migration_fails(tmp_path, monkeypatch, caplog):
    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bn.db'}")

    def failing(url):
        raise MigrationFailed(f"the schema of the database {url} could not be brought up to date "
                              "(nothing was changed): disk I/O error")

    monkeypatch.setattr(storage, "migrate", failing)
    assert serve.main(["--model", str(model)]) == 2
    assert "Cannot start: the schema of the database" in caplog.text and "disk I/O error" in caplog.text


def test_the_review_cli_migrates_a_database_it_finds_without_tables(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'bn.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert review_cli.main(["purge"]) == 0  # make purge, e.g. from cron before the first start
    assert "Deleted 0 conversation(s) and 0 contact request(s)" in capsys.readouterr().out
    assert revision_of(url) == head() and PROJECT_TABLES <= table_names(url)


def test_the_storage_cli_upgrades_and_tells_the_revision(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'bn.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert storage_cli.main(["current"]) == 1  # behind: a monitor or a deploy script can tell
    assert "revision none (never migrated)" in capsys.readouterr().out
    assert storage_cli.main(["upgrade"]) == 0
    assert f"is at revision {head()}, the newest" in capsys.readouterr().out
    assert storage_cli.main(["current"]) == 0


def test_the_storage_cli_names_an_unreachable_database_without_its_password(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://rasa:geheim@127.0.0.1:1/bn")
    assert storage_cli.main(["upgrade"]) == 2
    error = capsys.readouterr().err
    assert "cannot reach the database postgresql://rasa:***@127.0.0.1:1/bn" in error and "geheim" not in error
