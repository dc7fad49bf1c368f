"""Every setting of the assistant, read from environment variables in one place.

The README's configuration table lists the same variables; keep both in step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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
    )
