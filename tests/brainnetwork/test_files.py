"""Files of the assistant are for its own user only (issue 13, item 10)."""

import os
import stat

import pytest

from brainnetwork.files import private_dir, write_private


@pytest.fixture
def shell_umask():
    """The umask a shell usually has (files 0644), restored afterwards."""
    umask = os.umask(0o022)
    yield
    os.umask(umask)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_an_export_of_the_review_cli_is_written_for_the_owner_only(shell_umask, tmp_path, monkeypatch):
    from brainnetwork.review import cli

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'bn.db'}")
    assert cli.main(["export", "--format", "csv", "-o", str(tmp_path / "gesprekken.csv")]) == 0
    assert mode(tmp_path / "gesprekken.csv") == 0o600
    assert mode(tmp_path / "db" / "bn.db") == 0o600 and mode(tmp_path / "db") == 0o700


def test_the_launcher_gives_every_process_it_starts_the_private_umask(shell_umask, tmp_path):
    from brainnetwork import serve

    assert serve.main(["--model", str(tmp_path / "missing.tar.gz")]) == 2  # stops early, umask set
    current = os.umask(0o022)
    assert current == 0o077


def test_a_private_file_is_whole_from_the_start_and_never_replaced_unasked(shell_umask, tmp_path):
    path = tmp_path / "a" / "b" / "secret"
    assert write_private(path, b"first") is True
    assert write_private(path, b"second") is False and path.read_bytes() == b"first"
    assert write_private(path, b"third", replace=True) is True and path.read_bytes() == b"third"
    assert mode(path) == 0o600 and mode(tmp_path / "a") == 0o700 and mode(tmp_path / "a" / "b") == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["secret"]


def test_an_existing_folder_keeps_its_mode(shell_umask, tmp_path):
    (tmp_path / "shared").mkdir(mode=0o755)
    private_dir(tmp_path / "shared" / "mine")
    assert mode(tmp_path / "shared") == 0o755 and mode(tmp_path / "shared" / "mine") == 0o700
