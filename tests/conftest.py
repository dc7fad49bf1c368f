"""Shared fixtures: the project's files, trackers for action tests, the trained model."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker

from brainnetwork.serve import MODEL_NAME
from brainnetwork.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
MODEL = load_settings().model_dir / MODEL_NAME


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    """domain.yml with the responses from data/responses merged in, as Rasa sends it."""
    merged = load_yaml(ROOT / "domain.yml")
    for path in sorted((ROOT / "data" / "responses").glob("*.yml")):
        merged["responses"].update(load_yaml(path)["responses"])
    return merged


def nlu_examples(path: Path) -> Dict[str, List[str]]:
    """intent -> plain-text examples (entity annotations removed) of one NLU file."""
    import re

    examples: Dict[str, List[str]] = {}
    for block in load_yaml(path).get("nlu", []):
        if "intent" not in block:
            continue
        lines = [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
        plain = [re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", r"\1\2", line) for line in lines]
        examples.setdefault(block["intent"], []).extend(plain)
    return examples


@pytest.fixture(scope="session")
def training_examples() -> Dict[str, List[str]]:
    merged: Dict[str, List[str]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, lines in nlu_examples(path).items():
            merged.setdefault(intent, []).extend(lines)
    return merged


def make_tracker(
    text: str = "",
    intent: str = "",
    entities: Optional[List[Dict[str, Any]]] = None,
    slots: Optional[Dict[str, Any]] = None,
    sender_id: str = "test-visitor",
) -> Tracker:
    """A rasa-sdk Tracker whose latest message is `text` with `intent` and `entities`."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
    }
    return Tracker(
        sender_id=sender_id,
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture(scope="session")
def trained_model() -> Path:
    if not MODEL.exists():
        pytest.fail(f"No trained model at {MODEL}: run `make model` (make test does this).")
    return MODEL
