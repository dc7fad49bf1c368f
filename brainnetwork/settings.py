"""Every setting of the assistant, read from environment variables in one place.

The README's configuration table lists the same variables; keep both in step.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else default


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, got {value!r}") from error


@dataclass(frozen=True)
class Settings:
    """The assistant's settings; build one with `load_settings()`."""

    practice_file: Path
    spacy_fallback_dir: Path
    model_dir: Path
    rasa_port: int
    action_port: int
    log_level: str
    database_url: str
    intake_retention_days: int
    smtp: "SmtpSettings"
    widget_port: int
    widget_allowed_origins: tuple
    widget_socket_url: str
    widget_title: str
    widget_color: str
    review: "ReviewSettings"
    rasa_instances: int
    lock_store_url: str
    widget_session_secret: bytes = field(repr=False)


@dataclass(frozen=True)
class SmtpSettings:
    """Where the practice's notification of a new contact request goes (optional)."""

    host: str
    port: int
    user: str
    password: str = field(repr=False)
    starttls: bool
    use_ssl: bool
    sender: str
    recipient: str
    timeout_s: int

    @property
    def enabled(self) -> bool:
        return bool(self.host and self.recipient)


@dataclass(frozen=True)
class ReviewSettings:
    """The staff review app (conversation logs, contact requests)."""

    host: str
    port: int
    conversation_retention_days: int
    session_idle_minutes: int
    session_max_hours: int
    low_confidence: float
    secure_cookies: bool


def _float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a number, got {value!r}") from error


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "ja", "on"):
        return True
    if value in ("0", "false", "no", "nee", "off"):
        return False
    raise ValueError(f"{name} must be true or false, got {value!r}")


def _session_secret() -> bytes:
    """WIDGET_SESSION_SECRET, else a random secret kept in var/ (survives restarts)."""
    value = os.environ.get("WIDGET_SESSION_SECRET", "").strip()
    if value:
        return value.encode()
    path = PROJECT_ROOT / "var" / "widget_session_secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def load_settings() -> Settings:
    """Reads the settings from the environment (defaults suit a local run)."""
    return Settings(
        practice_file=_path("BRAINNETWORK_PRACTICE_FILE", PROJECT_ROOT / "practice.yml"),
        spacy_fallback_dir=_path(
            "BRAINNETWORK_SPACY_FALLBACK_DIR", PROJECT_ROOT / ".spacy" / "nl_fallback"
        ),
        model_dir=_path("BRAINNETWORK_MODEL_DIR", PROJECT_ROOT / "models"),
        rasa_port=_int("RASA_PORT", 5005),
        action_port=_int("ACTION_PORT", 5055),
        log_level=os.environ.get("LOG_LEVEL", "INFO").strip().upper() or "INFO",
        database_url=os.environ.get("DATABASE_URL", "").strip()
        or f"sqlite:///{PROJECT_ROOT / 'var' / 'intake.db'}",
        intake_retention_days=_int("INTAKE_RETENTION_DAYS", 90),
        smtp=SmtpSettings(
            host=os.environ.get("SMTP_HOST", "").strip(),
            port=_int("SMTP_PORT", 587),
            user=os.environ.get("SMTP_USER", "").strip(),
            password=os.environ.get("SMTP_PASSWORD", ""),
            starttls=_bool("SMTP_STARTTLS", True),
            use_ssl=_bool("SMTP_SSL", False),
            sender=os.environ.get("SMTP_FROM", "").strip() or "assistent@localhost",
            recipient=os.environ.get("INTAKE_NOTIFY_TO", "").strip(),
            timeout_s=_int("SMTP_TIMEOUT", 10),
        ),
        widget_port=_int("WIDGET_PORT", 8000),
        widget_allowed_origins=tuple(
            origin.strip().rstrip("/")
            for origin in os.environ.get(
                "WIDGET_ALLOWED_ORIGINS", "http://localhost:8000,http://127.0.0.1:8000"
            ).split(",")
            if origin.strip()
        ),
        widget_socket_url=os.environ.get("WIDGET_SOCKET_URL", "").strip()
        or f"http://localhost:{_int('RASA_PORT', 5005)}",
        widget_title=os.environ.get("WIDGET_TITLE", "").strip() or "BrainNetwork assistent",
        widget_color=os.environ.get("WIDGET_COLOR", "").strip() or "#2f6f6a",
        review=ReviewSettings(
            host=os.environ.get("REVIEW_HOST", "").strip() or "127.0.0.1",
            port=_int("REVIEW_PORT", 8001),
            conversation_retention_days=_int("CONVERSATION_RETENTION_DAYS", 90),
            session_idle_minutes=_int("REVIEW_SESSION_IDLE_MINUTES", 30),
            session_max_hours=_int("REVIEW_SESSION_MAX_HOURS", 8),
            low_confidence=_float("REVIEW_LOW_CONFIDENCE", 0.6),
            secure_cookies=_bool("REVIEW_SECURE_COOKIES", False),
        ),
        rasa_instances=_int("RASA_INSTANCES", 1),
        lock_store_url=os.environ.get("LOCK_STORE_URL", "").strip(),
        widget_session_secret=_session_secret(),
    )
