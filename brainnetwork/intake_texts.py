"""The texts of the contact request (brainnetwork/content/intake.yml), filled in."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Dict, List

import yaml

CONTENT_FILE = Path(__file__).with_name("content") / "intake.yml"


@functools.lru_cache(maxsize=1)
def intake_texts() -> Dict[str, Dict[str, Any]]:
    return yaml.safe_load(CONTENT_FILE.read_text(encoding="utf-8"))


def message(key: str, **values: Any) -> Dict[str, Any]:
    """{"text": ..., "buttons": [...]} for `dispatcher.utter_message(**message(...))`."""
    entry = intake_texts()[key]
    buttons: List[Dict[str, str]] = [
        {"title": title, "payload": payload} for title, payload in entry.get("buttons", [])
    ]
    return {"text": entry["text"].format(**values), "buttons": buttons}


GENERIC_APOLOGY = "Sorry, er ging bij mij iets mis. Probeer het later nog eens."


def apology() -> str:
    """The Dutch apology with the practice's direct details, for anything that fails."""
    try:
        from brainnetwork.practice import current_practice

        return message("action_failed", **current_practice().template_values())["text"]
    except Exception:  # noqa: BLE001 - even a broken practice.yml must not break the apology
        return GENERIC_APOLOGY
