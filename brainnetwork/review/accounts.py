"""Staff accounts and their sessions.

Passwords are hashed with argon2id (argon2-cffi). A session is a random token in an
HttpOnly cookie; the database keeps only its SHA-256. Sessions end after
REVIEW_SESSION_IDLE_MINUTES without use and REVIEW_SESSION_MAX_HOURS after login, and
as soon as the account is deactivated or its password is reset.
Each session has its own CSRF token, required on every change.

Logging in: argon2 is slow on purpose, so the web app checks passwords on a small pool
of threads (`attempt_async`), never on its event loop. Failed logins are rows in the
database (`LoginFailure`), pruned after the lockout window: MAX_FAILED_LOGINS for one
account, or MAX_FAILED_LOGINS_PER_CLIENT from one client address, within LOCKOUT_S
refuse further attempts without checking the password at all.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from brainnetwork.storage.staff import LoginFailure, StaffSession, StaffUser

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_LOGINS = 5  # per account
MAX_FAILED_LOGINS_PER_CLIENT = 20  # per client address, whatever the names tried
LOCKOUT_S = 15 * 60
# How the audit log names a login attempt for an account that does not exist: the text
# typed into the name field may be a password.
UNKNOWN_USERNAME = "(onbekende gebruikersnaam)"
# Password checks in flight at once; more wait their turn, off the event loop.
PASSWORD_WORKERS = 2
_password_work = ThreadPoolExecutor(max_workers=PASSWORD_WORKERS, thread_name_prefix="argon2")
_hasher = PasswordHasher()
# Verified against when the user does not exist, so that both cases take as long.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A Dutch message for the person creating an account."""


@dataclass(frozen=True)
class Login:
    username: str
    csrf_token: str


@dataclass(frozen=True)
class LoginAttempt:
    """What a login attempt came to."""

    token: Optional[str] = None  # the new session's, when the password was right
    username: Optional[str] = None  # the account's name when it exists, else None
    refused: bool = False  # too many failed logins: the password was not checked

    @property
    def actor(self) -> str:
        """For the audit log: an existing account's name, never what else was typed."""
        return self.username or UNKNOWN_USERNAME


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything here is stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class Accounts:
    def __init__(self, sessions: sessionmaker, idle_minutes: int = 30, max_hours: int = 8,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.sessions = sessions
        self.idle = timedelta(minutes=idle_minutes)
        self.max_age = timedelta(hours=max_hours)
        self.lockout = timedelta(seconds=LOCKOUT_S)
        self.clock = clock

    # --- accounts -------------------------------------------------------------------

    def create_user(self, username: str, password: str) -> None:
        username = username.strip().lower()
        if not username or len(username) > 80 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
            raise AccountError("Gebruikersnaam: letters, cijfers, punt, streepje of liggend streepje.")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens lang zijn.")
        with self.sessions() as session:
            session.add(StaffUser(username=username, password_hash=_hasher.hash(password),
                                  created_at=self.clock()))
            try:
                session.commit()
            except IntegrityError as error:
                raise AccountError(f"Er bestaat al een account '{username}'.") from error

    def set_password(self, username: str, password: str) -> int:
        """A new password; ends all the account's sessions (returns how many)."""
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens lang zijn.")
        with self.sessions() as session:
            user = self._user(session, username)
            user.password_hash = _hasher.hash(password)
            ended = self._end_sessions(session, user.username)
            session.commit()
            return ended

    def deactivate(self, username: str) -> int:
        """The account can no longer log in; ends all its sessions (returns how many)."""
        with self.sessions() as session:
            user = self._user(session, username)
            user.active = False
            ended = self._end_sessions(session, user.username)
            session.commit()
            return ended

    @staticmethod
    def _user(session: Session, username: str) -> StaffUser:
        name = username.strip().lower()
        user = session.execute(select(StaffUser).where(StaffUser.username == name)).scalar_one_or_none()
        if user is None:
            raise AccountError(f"Er is geen account '{name}'.")
        return user

    @staticmethod
    def _end_sessions(session: Session, username: str) -> int:
        return session.execute(delete(StaffSession).where(StaffSession.username == username)).rowcount

    def usernames(self) -> List[str]:
        with self.sessions() as session:
            return [u for (u,) in session.execute(select(StaffUser.username).order_by(StaffUser.username))]

    # --- logging in -----------------------------------------------------------------

    def _locked(self, session: Session, username: Optional[str], client: Optional[str]) -> bool:
        """Too many recent failed logins for this account (or from this client)."""
        since = self.clock() - self.lockout
        session.execute(delete(LoginFailure).where(LoginFailure.at < since))  # keeps the table small

        def failures(*where) -> int:
            return session.execute(select(func.count()).select_from(LoginFailure).where(*where)).scalar_one()

        if username and failures(LoginFailure.username == username) >= MAX_FAILED_LOGINS:
            return True
        return client is not None and failures(LoginFailure.client == client) >= MAX_FAILED_LOGINS_PER_CLIENT

    def attempt(self, username: str, password: str, client: str = "") -> LoginAttempt:
        """Checks a login from `client` (its address). Slow on purpose (argon2): the web
        app calls `attempt_async`."""
        username, client = username.strip().lower()[:80], client[:64]
        with self.sessions() as session:
            user = session.execute(select(StaffUser).where(StaffUser.username == username)).scalar_one_or_none()
            known = user.username if user else None
            stored, active = (user.password_hash, user.active) if user else (_DUMMY_HASH, False)
            refused = self._locked(session, known, client)
            session.commit()  # the pruning; no transaction stays open during the slow check
            if refused:
                return LoginAttempt(username=known, refused=True)
            if not (_verify(stored, password) and active):
                session.add(LoginFailure(at=self.clock(), username=known, client=client))
                session.commit()
                return LoginAttempt(username=known)
            session.execute(delete(LoginFailure).where(LoginFailure.username == known, LoginFailure.client == client))
            if _hasher.check_needs_rehash(stored):
                user.password_hash = _hasher.hash(password)
            token, now = secrets.token_urlsafe(32), self.clock()
            session.add(StaffSession(token_hash=_digest(token), username=known,
                                     csrf_token=secrets.token_urlsafe(32), created_at=now, last_seen_at=now))
            session.commit()
            return LoginAttempt(token=token, username=known)

    async def attempt_async(self, username: str, password: str, client: str = "") -> LoginAttempt:
        """`attempt` on the password threads: the event loop keeps serving meanwhile."""
        return await asyncio.get_running_loop().run_in_executor(
            _password_work, self.attempt, username, password, client)

    def session_for(self, token: Optional[str]) -> Optional[Login]:
        """The login behind a cookie's token, if it has not expired and its account is
        still active; refreshes its idle timer. Called on every request."""
        if not token:
            return None
        now = self.clock()
        with self.sessions() as session:
            row = session.get(StaffSession, _digest(token))
            if row is None:
                return None
            active = session.execute(
                select(StaffUser.active).where(StaffUser.username == row.username)).scalar_one_or_none()
            if (not active or now - _aware(row.last_seen_at) > self.idle
                    or now - _aware(row.created_at) > self.max_age):
                session.delete(row)
                session.commit()
                return None
            row.last_seen_at = now
            session.commit()
            return Login(row.username, row.csrf_token)

    def logout(self, token: Optional[str]) -> None:
        if token:
            with self.sessions() as session:
                session.execute(delete(StaffSession).where(StaffSession.token_hash == _digest(token)))
                session.commit()

    @staticmethod
    def csrf_ok(login: Login, submitted: Optional[str]) -> bool:
        return bool(submitted) and hmac.compare_digest(login.csrf_token, submitted)
