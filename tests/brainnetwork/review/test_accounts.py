"""Staff accounts: argon2 hashes, sessions that expire, lockout after failed logins."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import sessionmaker

from brainnetwork.review.accounts import (MAX_FAILED_LOGINS_PER_CLIENT, UNKNOWN_USERNAME, AccountError,
                                          Accounts)
from brainnetwork.storage import migrate
from brainnetwork.storage.staff import LoginFailure, StaffSession, StaffUser

PASSWORD = "lang-genoeg-wachtwoord"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'staff.db'}"
    migrate(url)
    engine = create_engine(url, future=True)
    accounts = Accounts(sessionmaker(bind=engine, future=True), idle_minutes=30, max_hours=8, clock=clock)
    accounts.create_user("Anne", PASSWORD)
    return accounts


def test_passwords_are_stored_as_argon2id_hashes(accounts):
    with accounts.sessions() as session:
        user = session.execute(select(StaffUser)).scalar_one()
    assert user.username == "anne" and user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_short_passwords_duplicates_and_odd_names_are_refused(accounts):
    with pytest.raises(AccountError, match="minstens 12"):
        accounts.create_user("bob", "kort")
    with pytest.raises(AccountError, match="bestaat al"):
        accounts.create_user("ANNE", PASSWORD)
    with pytest.raises(AccountError):
        accounts.create_user("<script>", PASSWORD)


def test_login_gives_a_session_whose_token_is_not_stored(accounts):
    assert accounts.attempt("anne", "verkeerd wachtwoord").token is None
    assert accounts.attempt("niemand", PASSWORD).token is None
    token = accounts.attempt(" Anne ", PASSWORD).token
    login = accounts.session_for(token)
    assert login.username == "anne" and len(login.csrf_token) > 30
    with accounts.sessions() as session:
        assert token not in {row.token_hash for row in session.execute(select(StaffSession)).scalars()}
    assert accounts.session_for("made-up") is None and accounts.session_for(None) is None


def test_sessions_expire_when_idle_and_after_the_maximum(accounts, clock):
    token = accounts.attempt("anne", PASSWORD).token
    clock.now += timedelta(minutes=29)
    assert accounts.session_for(token)
    clock.now += timedelta(minutes=31)
    assert accounts.session_for(token) is None
    token, logged_in = accounts.attempt("anne", PASSWORD).token, clock.now
    while accounts.session_for(token):  # in use every 29 minutes, but not longer than 8 hours
        clock.now += timedelta(minutes=29)
    assert timedelta(hours=8) < clock.now - logged_in <= timedelta(hours=8, minutes=29)


def test_logout_ends_the_session(accounts):
    token = accounts.attempt("anne", PASSWORD).token
    accounts.logout(token)
    assert accounts.session_for(token) is None


def test_five_wrong_passwords_lock_the_account_for_a_while(accounts):
    for _ in range(5):
        assert accounts.attempt("anne", "fout").token is None
    locked_out = accounts.attempt("anne", PASSWORD)  # the right password, refused for now
    assert locked_out.refused and locked_out.token is None


def test_a_new_password_ends_all_sessions(accounts):
    token = accounts.attempt("anne", PASSWORD).token
    accounts.set_password("anne", "een-ander-lang-wachtwoord")
    assert accounts.session_for(token) is None
    assert accounts.attempt("anne", "een-ander-lang-wachtwoord").token


def test_csrf_token_must_match(accounts):
    login = accounts.session_for(accounts.attempt("anne", PASSWORD).token)
    assert accounts.csrf_ok(login, login.csrf_token)
    other_first = "y" if login.csrf_token[0] == "x" else "x"  # a random token may start with "x" (1 in 64)
    assert not accounts.csrf_ok(login, None) and not accounts.csrf_ok(login, other_first + login.csrf_token[1:])


def failures(accounts):
    with accounts.sessions() as session:
        return [(row.username, row.client) for row in session.execute(select(LoginFailure)).scalars()]


def test_a_client_is_limited_whatever_names_it_tries(accounts):
    for n in range(MAX_FAILED_LOGINS_PER_CLIENT):
        assert accounts.attempt(f"naam{n}", "fout", client="203.0.113.9").token is None
    refused = accounts.attempt("anne", PASSWORD, client="203.0.113.9")
    assert refused.refused and refused.token is None and refused.username == "anne"
    assert accounts.attempt("anne", PASSWORD, client="198.51.100.1").token  # another client is let in


def test_failed_logins_are_shared_through_the_database_and_pruned(accounts, clock):
    """A second process (here a second Accounts on the same database) sees the same
    lockout; rows older than the lockout window go at the next attempt."""
    other = Accounts(accounts.sessions, clock=clock)
    for _ in range(5):
        assert accounts.attempt("anne", "fout", client="203.0.113.9").token is None
    assert other.attempt("anne", PASSWORD, client="198.51.100.1").refused
    assert len(failures(accounts)) == 5
    clock.now += timedelta(minutes=15, seconds=1)
    assert other.attempt("anne", PASSWORD, client="198.51.100.1").token
    assert failures(accounts) == []


def test_a_right_password_clears_only_that_clients_failures_for_the_account(accounts):
    for client in ("203.0.113.9", "203.0.113.9", "198.51.100.1"):
        accounts.attempt("anne", "fout", client=client).token
    assert accounts.attempt("anne", PASSWORD, client="203.0.113.9").token
    assert failures(accounts) == [("anne", "198.51.100.1")]


def test_an_unknown_name_is_never_kept(accounts):
    """Someone who types the password into the name field: that text is not stored."""
    attempt = accounts.attempt("Zomer2026!geheim", "anne", client="203.0.113.9")
    assert attempt.token is None and attempt.username is None and attempt.actor == UNKNOWN_USERNAME
    assert failures(accounts) == [(None, "203.0.113.9")]
    assert accounts.attempt(" ANNE ", "fout").actor == "anne"


def test_a_deactivated_account_cannot_log_in_and_its_sessions_end(accounts):
    token, other_token = accounts.attempt("anne", PASSWORD).token, accounts.attempt("anne", PASSWORD).token
    assert accounts.deactivate("Anne") == 2
    assert accounts.session_for(token) is None and accounts.session_for(other_token) is None
    assert accounts.attempt("anne", PASSWORD).token is None
    with pytest.raises(AccountError, match="geen account"):
        accounts.deactivate("niemand")


def test_a_session_is_valid_only_while_its_account_is_active(accounts):
    """Checked on every use: also when the account was switched off without ending its
    sessions (by hand in the database, say)."""
    token = accounts.attempt("anne", PASSWORD).token
    with accounts.sessions() as session:
        session.execute(update(StaffUser).values(active=False))
        session.commit()
    assert accounts.session_for(token) is None
