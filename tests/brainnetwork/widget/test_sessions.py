"""The widget's signed session ids expire, and its secret is kept safely (issue 13, item 10)."""

import os
import stat
import threading

import pytest

from brainnetwork.widget.sessions import MIN_SECRET_BYTES, kept_secret, sign, verify

SECRET = b"s" * 32
DAY = 24 * 3600
SESSION = "a" * 32


def test_a_signed_id_is_valid_until_it_expires():
    token = sign(SESSION, SECRET, now=1_000_000)
    assert verify(token, SECRET, DAY, now=1_000_000) == SESSION
    assert verify(token, SECRET, DAY, now=1_000_000 + DAY - 1) == SESSION
    assert verify(token, SECRET, DAY, now=1_000_000 + DAY + 1) is None  # expired: a new session


def test_forged_altered_and_old_style_tokens_are_refused():
    token = sign(SESSION, SECRET, now=1_000_000)
    session_id, issued, digest = token.split(".")
    assert verify(token, b"t" * 32, DAY, now=1_000_000) is None
    assert verify(f"{session_id}.{int(issued) + DAY}.{digest}", SECRET, DAY, now=1_000_000 + DAY) is None
    assert verify(f"{session_id}.{digest}", SECRET, DAY, now=1_000_000) is None  # without a time
    assert verify(sign("../../etc/passwd", SECRET), SECRET, DAY) is None
    assert verify({"id": token}, SECRET, DAY) is None
    assert verify(sign(SESSION, SECRET, now=1_000_000 + 3600), SECRET, DAY, now=1_000_000) is None  # from the future


def test_the_kept_secret_is_made_private_and_whole(tmp_path):
    umask = os.umask(0o022)  # what a shell usually has
    try:
        path = tmp_path / "var" / "widget_session_secret"
        secret = kept_secret(path)
        assert len(secret) >= MIN_SECRET_BYTES and path.read_bytes() == secret
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert kept_secret(path) == secret  # survives restarts
        assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    finally:
        os.umask(umask)


def test_processes_that_start_at_once_get_the_same_secret(tmp_path):
    path = tmp_path / "widget_session_secret"
    secrets, barrier = [], threading.Barrier(8)

    def start():
        barrier.wait()
        secrets.append(kept_secret(path))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(secrets) == 8 and len(set(secrets)) == 1


@pytest.mark.parametrize("kept", [b"", b"kort\n"])
def test_an_empty_or_short_kept_secret_is_replaced(tmp_path, kept, caplog):
    path = tmp_path / "widget_session_secret"
    path.write_bytes(kept)
    path.chmod(0o644)
    secret = kept_secret(path)
    assert len(secret) >= MIN_SECRET_BYTES and path.read_bytes() == secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and "too short" in caplog.text


def test_a_world_readable_kept_secret_is_made_private(tmp_path):
    path = tmp_path / "widget_session_secret"
    path.write_bytes(b"x" * 64)
    path.chmod(0o644)
    assert kept_secret(path) == b"x" * 64 and stat.S_IMODE(path.stat().st_mode) == 0o600
