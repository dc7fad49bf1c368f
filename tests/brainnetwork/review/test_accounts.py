"""Staff accounts: argon2 hashes, sessions that expire, lockout after failed logins."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from brainnetwork.review.accounts import AccountError, Accounts
from brainnetwork.review.models import Base, StaffSession, StaffUser

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
    engine = create_engine(f"sqlite:///{tmp_path / 'staff.db'}", future=True)
    Base.metadata.create_all(engine)
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
    assert accounts.authenticate("anne", "verkeerd wachtwoord") is None
    assert accounts.authenticate("niemand", PASSWORD) is None
    token = accounts.authenticate(" Anne ", PASSWORD)
    login = accounts.session_for(token)
    assert login.username == "anne" and len(login.csrf_token) > 30
    with accounts.sessions() as session:
        assert token not in {row.token_hash for row in session.execute(select(StaffSession)).scalars()}
    assert accounts.session_for("made-up") is None and accounts.session_for(None) is None


def test_sessions_expire_when_idle_and_after_the_maximum(accounts, clock):
    token = accounts.authenticate("anne", PASSWORD)
    clock.now += timedelta(minutes=29)
    assert accounts.session_for(token)
    clock.now += timedelta(minutes=31)
    assert accounts.session_for(token) is None
    token, logged_in = accounts.authenticate("anne", PASSWORD), clock.now
    while accounts.session_for(token):  # in use every 29 minutes, but not longer than 8 hours
        clock.now += timedelta(minutes=29)
    assert timedelta(hours=8) < clock.now - logged_in <= timedelta(hours=8, minutes=29)


def test_logout_ends_the_session(accounts):
    token = accounts.authenticate("anne", PASSWORD)
    accounts.logout(token)
    assert accounts.session_for(token) is None


def test_five_wrong_passwords_lock_the_account_for_a_while(accounts):
    for _ in range(5):
        assert accounts.authenticate("anne", "fout") is None
    assert accounts.locked("anne")
    assert accounts.authenticate("anne", PASSWORD) is None


def test_a_new_password_ends_all_sessions(accounts):
    token = accounts.authenticate("anne", PASSWORD)
    accounts.set_password("anne", "een-ander-lang-wachtwoord")
    assert accounts.session_for(token) is None
    assert accounts.authenticate("anne", "een-ander-lang-wachtwoord")


def test_csrf_token_must_match(accounts):
    login = accounts.session_for(accounts.authenticate("anne", PASSWORD))
    assert accounts.csrf_ok(login, login.csrf_token)
    assert not accounts.csrf_ok(login, None) and not accounts.csrf_ok(login, "x" + login.csrf_token[1:])
