"""The practice's staff accounts for the review app, their logins and failed logins
(brainnetwork.review.accounts decides what they mean)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, String

from brainnetwork.storage.base import Base, utcnow


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(80), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    active = Column(Boolean, nullable=False, default=True)


class StaffSession(Base):
    """A login. Only a hash of the cookie's token is stored."""

    __tablename__ = "staff_sessions"

    token_hash = Column(String(64), primary_key=True)
    username = Column(String(80), nullable=False, index=True)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    last_seen_at = Column(DateTime(timezone=True), nullable=False)


class LoginFailure(Base):
    """A failed login, kept only as long as the lockout window (rows older are pruned at
    every attempt). Both the per-account lockout and the per-client limit count these
    rows, so every process of the review app sees the same counts and nothing is held
    in memory. `username` is set only when the account exists: a password typed into the
    name field is never stored."""

    __tablename__ = "staff_login_failures"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, index=True)
    username = Column(String(80), index=True)
    client = Column(String(64), nullable=False, index=True)
