"""The widget's session ids: handed out by the server, signed, valid for a limited time.

A token is `<session id>.<issued at>.<signature>`: the conversation id (32 hex digits),
the Unix time it was issued, and an HMAC-SHA256 of both with the session secret. The
channel (brainnetwork.channels) signs a fresh token at every connection, so a visitor who
keeps chatting keeps a valid one; a token older than WIDGET_SESSION_MAX_HOURS, forged,
or in the old form without a time, is refused like an unknown one: the visitor gets a
new session, never an error.

The secret: WIDGET_SESSION_SECRET (at least 32 bytes, checked in brainnetwork.settings),
else a random one that `kept_secret` keeps in var/: created 0600 in one step (never empty,
never readable by others, the same for processes that start at once), and replaced when
it is too short to be a secret.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import time
from pathlib import Path
from typing import Any, Optional

from brainnetwork.files import make_private, write_private

logger = logging.getLogger(__name__)

MIN_SECRET_BYTES = 32
SESSION_ID = re.compile(r"[0-9a-f]{32}")
ISSUED = re.compile(r"[0-9]{1,12}")
# A token issued up to this far in the future is accepted (clocks of several instances).
CLOCK_SKEW_S = 300


def _digest(session_id: str, issued: str, secret: bytes) -> str:
    return hmac.new(secret, f"{session_id}.{issued}".encode(), hashlib.sha256).hexdigest()[:32]


def sign(session_id: str, secret: bytes, now: Optional[float] = None) -> str:
    """A token for `session_id`, issued now."""
    issued = str(int(time.time() if now is None else now))
    return f"{session_id}.{issued}.{_digest(session_id, issued, secret)}"


def verify(token: Any, secret: bytes, max_age_s: float, now: Optional[float] = None) -> Optional[str]:
    """The session id in `token` when it is signed with `secret` and younger than
    `max_age_s`; otherwise None (the caller then hands out a new session)."""
    if not isinstance(token, str) or token.count(".") != 2:
        return None
    session_id, issued, digest = token.split(".")
    if not SESSION_ID.fullmatch(session_id) or not ISSUED.fullmatch(issued):
        return None
    if not hmac.compare_digest(_digest(session_id, issued, secret), digest):
        return None
    age = (time.time() if now is None else now) - int(issued)
    if age > max_age_s or age < -CLOCK_SKEW_S:
        return None
    return session_id


def kept_secret(path: Path) -> bytes:
    """The secret kept in `path`, made (0600, atomically) when missing or too short."""
    for _ in range(3):
        try:
            kept = path.read_bytes().strip()
        except FileNotFoundError:
            kept = None
        if kept is not None and len(kept) >= MIN_SECRET_BYTES:
            make_private(path)
            return kept
        fresh = secrets.token_hex(32).encode()
        if kept is None:
            if write_private(path, fresh):
                return fresh
            continue  # another process made it just now: read that one
        logger.warning("The widget's session secret in %s was too short to be a secret; a new one is "
                       "made (open widget conversations start afresh).", path)
        write_private(path, fresh, replace=True)
        return fresh
    raise RuntimeError(f"cannot keep the widget's session secret in {path}")
