"""Staff accounts and their sessions.

Passwords are hashed with argon2id (argon2-cffi). A session is a random token in an
HttpOnly cookie; the database keeps only its SHA-256. Sessions end after
REVIEW_SESSION_IDLE_MINUTES without use and REVIEW_SESSION_MAX_HOURS after login.
Each session has its own CSRF token, required on every change.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from brainnetwork.review.models import StaffSession, StaffUser

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_LOGINS = 5
LOCKOUT_S = 15 * 60
_hasher = PasswordHasher()
# Verified against when the user does not exist, so that both cases take as long.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A Dutch message for the person creating an account."""


@dataclass(frozen=True)
class Login:
    username: str
    csrf_token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything here is stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Accounts:
    def __init__(self, sessions: sessionmaker, idle_minutes: int = 30, max_hours: int = 8,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.sessions = sessions
        self.idle = timedelta(minutes=idle_minutes)
        self.max_age = timedelta(hours=max_hours)
        self.clock = clock
        self._failures: Dict[str, List[float]] = {}

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

    def set_password(self, username: str, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens lang zijn.")
        with self.sessions() as session:
            user = session.execute(select(StaffUser).where(StaffUser.username == username.lower())).scalar_one_or_none()
            if user is None:
                raise AccountError(f"Er is geen account '{username}'.")
            user.password_hash = _hasher.hash(password)
            session.execute(delete(StaffSession).where(StaffSession.username == user.username))
            session.commit()

    def usernames(self) -> List[str]:
        with self.sessions() as session:
            return [u for (u,) in session.execute(select(StaffUser.username).order_by(StaffUser.username))]

    # --- logging in -----------------------------------------------------------------

    def locked(self, username: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._failures.get(username.lower(), []) if now - t < LOCKOUT_S]
        self._failures[username.lower()] = recent
        return len(recent) >= MAX_FAILED_LOGINS

    def authenticate(self, username: str, password: str) -> Optional[str]:
        """The new session's token if the password is right (and not locked out), else None."""
        username = username.strip().lower()
        if self.locked(username):
            return None
        with self.sessions() as session:
            user = session.execute(
                select(StaffUser).where(StaffUser.username == username, StaffUser.active.is_(True))
            ).scalar_one_or_none()
            try:
                _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
                ok = user is not None
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok:
                self._failures.setdefault(username, []).append(time.monotonic())
                return None
            self._failures.pop(username, None)
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            token, now = secrets.token_urlsafe(32), self.clock()
            session.add(StaffSession(token_hash=_digest(token), username=username,
                                     csrf_token=secrets.token_urlsafe(32), created_at=now, last_seen_at=now))
            session.commit()
            return token

    def session_for(self, token: Optional[str]) -> Optional[Login]:
        """The login behind a cookie's token, if it has not expired; refreshes its idle timer."""
        if not token:
            return None
        now = self.clock()
        with self.sessions() as session:
            row = session.get(StaffSession, _digest(token))
            if row is None:
                return None
            if now - _aware(row.last_seen_at) > self.idle or now - _aware(row.created_at) > self.max_age:
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
