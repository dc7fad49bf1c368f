"""Every setting of the assistant, read from environment variables in one place.

The configuration table in docs/configuration.md lists the same variables (tests/test_docs.py checks both ways).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting the assistant cannot run with; the message names the variable and what
    to do. The programs' entry points show it alone (`load_settings_or_exit`)."""


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
        raise SettingsError(f"{name} must be a whole number, got {value!r}") from error


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
    access: "AccessSettings"
    scale_out: "ScaleOutSettings"
    widget_session_secret: bytes = field(repr=False)
    # How long a signed widget session id stays valid (brainnetwork.widget.sessions).
    widget_session_max_hours: int = 24
    # Whether the Rasa process installs brainnetwork.rasa_patches (RASA_PATCHES=off: Rasa as it ships).
    rasa_patches: bool = True


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
    # The address staff open when the app runs behind a reverse proxy, e.g.
    # https://review.praktijk.nl. An https:// address means: HSTS, `__Host-` cookies
    # (Secure), and the login limits take the client's address from the last
    # X-Forwarded-For entry of requests that come from loopback (the proxy).
    public_url: str = ""
    # The review app purges what is past the retention periods this often (0: never; then
    # cron runs `make purge`).
    purge_interval_minutes: int = 60

    @property
    def https(self) -> bool:
        """Staff reach the app over HTTPS only (a setting, never a request header)."""
        return self.secure_cookies or self.public_url.lower().startswith("https://")

    @property
    def behind_proxy(self) -> bool:
        return bool(self.public_url)


@dataclass(frozen=True)
class AccessSettings:
    """Who may reach the ways into the assistant that are not for visitors.

    REST (`/webhooks/rest/webhook`) answers requests from this machine only, unless
    REST_INTEGRATION_NAME and REST_TOKEN are both set: then a request from elsewhere is
    let in with `Authorization: Bearer <REST_TOKEN>`. The action server listens on
    ACTION_HOST (loopback by default); another address needs ACTION_SERVER_TOKEN, which
    Rasa then sends with every call (endpoints.yml). Without ACTION_SERVER_TOKEN the
    launcher makes a fresh one for each start. ACTION_SERVER_URL is where Rasa calls the
    actions (endpoints.yml); empty: the launcher's own action server."""

    rest_integration_name: str
    rest_token: str = field(repr=False)
    action_host: str
    action_server_token: str = field(repr=False)
    action_server_url: str = ""

    @property
    def rest_open_to_integration(self) -> bool:
        return bool(self.rest_integration_name and self.rest_token)


@dataclass(frozen=True)
class ScaleOutSettings:
    """Where the Rasa servers listen and how HAProxy reaches them (brainnetwork.haproxy).

    RASA_HOST: the interface a Rasa server listens on; empty: all interfaces with one
    instance (`make run`), loopback behind HAProxy. RASA_UPSTREAMS: `host:port` of every
    Rasa instance HAProxy sends to, comma-separated; empty: the instances the launcher
    starts itself. HAPROXY_BIND: HAProxy's `bind` (e.g. `:443 ssl crt /etc/haproxy/certs/
    assistent.pem`); empty: 0.0.0.0:RASA_PORT. HAPROXY_STATS_PORT: its statistics page,
    always on 127.0.0.1."""

    rasa_host: str
    upstreams: tuple
    haproxy_bind: str
    haproxy_stats_port: int


_HOST = re.compile(r"[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]")


def _upstreams() -> tuple:
    value = os.environ.get("RASA_UPSTREAMS", "").strip()
    upstreams = tuple(part.strip() for part in value.split(",") if part.strip())
    for upstream in upstreams:
        host, _, port = upstream.rpartition(":")
        if not (_HOST.fullmatch(host) and port.isdigit() and 0 < int(port) < 65536):
            raise SettingsError(f"RASA_UPSTREAMS must be host:port of each Rasa instance, comma-separated "
                                f"(e.g. 10.0.0.2:5005,10.0.0.3:5005), got {upstream!r}")
    return upstreams


def _scale_out(rasa_port: int) -> ScaleOutSettings:
    rasa_host = os.environ.get("RASA_HOST", "").strip()
    if rasa_host and not (_HOST.fullmatch(rasa_host) or re.fullmatch(r"[0-9A-Fa-f:.]+", rasa_host)):
        raise SettingsError(f"RASA_HOST must be an address or host name, got {rasa_host!r}")
    bind = os.environ.get("HAPROXY_BIND", "").strip()
    if bind and not bind.isprintable():
        raise SettingsError("HAPROXY_BIND must be one line, e.g. ':443 ssl crt /etc/haproxy/certs/assistent.pem'")
    return ScaleOutSettings(
        rasa_host=rasa_host.strip("[]"),
        upstreams=_upstreams(),
        haproxy_bind=bind or f"0.0.0.0:{rasa_port}",
        haproxy_stats_port=_positive("HAPROXY_STATS_PORT", 8404),
    )


MIN_TOKEN_CHARS = 32


def _token(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if value and len(value) < MIN_TOKEN_CHARS:
        raise SettingsError(f"{name} must be at least {MIN_TOKEN_CHARS} characters long "
                         "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')")
    if value and not value.isprintable():
        raise SettingsError(f"{name} must not contain spaces or control characters")
    return value


def _access() -> AccessSettings:
    name = os.environ.get("REST_INTEGRATION_NAME", "").strip()
    token = _token("REST_TOKEN")
    if bool(name) != bool(token):
        raise SettingsError("REST_INTEGRATION_NAME and REST_TOKEN go together: set both to let that "
                         "integration use REST from another machine, or neither")
    if name and not (len(name) <= 64 and all(c.isalnum() or c in " ._-" for c in name)):
        raise SettingsError(f"REST_INTEGRATION_NAME must be a short name (letters, digits, space . _ -), got {name!r}")
    return AccessSettings(
        rest_integration_name=name,
        rest_token=token,
        action_host=os.environ.get("ACTION_HOST", "").strip() or "127.0.0.1",
        action_server_token=_token("ACTION_SERVER_TOKEN"),
        action_server_url=os.environ.get("ACTION_SERVER_URL", "").strip(),
    )


def _float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError as error:
        raise SettingsError(f"{name} must be a number, got {value!r}") from error


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "ja", "on"):
        return True
    if value in ("0", "false", "no", "nee", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, got {value!r}")


def _public_url(name: str) -> str:
    value = os.environ.get(name, "").strip().rstrip("/")
    if value and not value.lower().startswith(("http://", "https://")):
        raise SettingsError(f"{name} must start with https:// (or http://), got {value!r}")
    return value


def _session_secret() -> bytes:
    """WIDGET_SESSION_SECRET (32 bytes or more), else a random secret kept in var/
    (0600, survives restarts; brainnetwork.widget.sessions)."""
    from brainnetwork.widget.sessions import MIN_SECRET_BYTES, kept_secret

    value = os.environ.get("WIDGET_SESSION_SECRET", "").strip()
    if value:
        if len(value.encode()) < MIN_SECRET_BYTES:
            raise SettingsError(
                f"WIDGET_SESSION_SECRET must be at least {MIN_SECRET_BYTES} bytes long, got "
                f"{len(value.encode())}: it signs the widget's session ids, and a short one can be "
                "guessed. Make one with python -c 'import secrets; print(secrets.token_hex(32))', "
                "or leave it unset for a random one kept in var/.")
        return value.encode()
    return kept_secret(PROJECT_ROOT / "var" / "widget_session_secret")


def _positive(name: str, default: int) -> int:
    value = _int(name, default)
    if value < 1:
        raise SettingsError(f"{name} must be 1 or more, got {value}")
    return value


def _not_negative(name: str, default: int) -> int:
    value = _int(name, default)
    if value < 0:
        raise SettingsError(f"{name} must be 0 or more, got {value}")
    return value


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
            public_url=_public_url("REVIEW_PUBLIC_URL"),
            purge_interval_minutes=_not_negative("PURGE_INTERVAL_MINUTES", 60),
        ),
        rasa_instances=_int("RASA_INSTANCES", 1),
        lock_store_url=os.environ.get("LOCK_STORE_URL", "").strip(),
        access=_access(),
        scale_out=_scale_out(_int("RASA_PORT", 5005)),
        widget_session_secret=_session_secret(),
        widget_session_max_hours=_positive("WIDGET_SESSION_MAX_HOURS", 24),
        rasa_patches=_bool("RASA_PATCHES", True),
    )


def load_settings_or_exit() -> Settings:
    """`load_settings()` for a program's entry point: a setting it cannot run with ends the
    program with the message alone on stderr (no traceback) and exit code 2."""
    try:
        return load_settings()
    except SettingsError as error:
        print(f"Cannot start: {error}", file=sys.stderr)
        raise SystemExit(2) from None
