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
