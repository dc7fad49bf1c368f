"""The practice's details and opening hours, read from the one config file (practice.yml)."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from brainnetwork.settings import load_settings

logger = logging.getLogger(__name__)

# The practical questions practice.yml can answer (`practical_answers`), in the order of
# the intents `practice_<topic>`.
PRACTICAL_TOPICS = ("waiting_time", "referral", "costs", "language", "online", "location", "team", "intake",
                    "privacy")
# The keys of `opening_hours` in practice.yml, Monday first (datetime.weekday()).
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class PracticeConfigError(ValueError):
    """practice.yml is missing, unreadable or incomplete."""


@dataclass(frozen=True)
class Practice:
    name: str
    phone: str
    email: str
    website: str
    timezone: str
    # Weekday index (0 = Monday) to a list of (opens, closes).
    opening_hours: Dict[int, List[Tuple[time, time]]]
    example_details: bool = False
    callback_promise: str = "zo snel mogelijk"
    # topic -> the practice's own answer (only the topics it filled in)
    practical_answers: Dict[str, str] = None  # type: ignore[assignment]

    def practical_answer(self, topic: str) -> Optional[str]:
        """The practice's answer to a practical question, or None when it gave none."""
        return (self.practical_answers or {}).get(topic) or None

    def template_values(self) -> Dict[str, str]:
        """Template variables for responses that name the practice's details."""
        return {
            "practice_name": self.name,
            "practice_phone": self.phone,
            "practice_email": self.email,
            "practice_website": self.website,
            "practice_hours": self.opening_hours_text(),
            "callback_promise": self.callback_promise,
        }

    def opening_hours_text(self) -> str:
        """Opening hours in Dutch, days with equal hours grouped: "ma t/m wo 9:00-17:00"."""
        short = ("ma", "di", "wo", "do", "vr", "za", "zo")
        groups: List[Tuple[int, int, str]] = []
        for day in range(7):
            spans = self.opening_hours.get(day, [])
            if not spans:
                continue
            label = ", ".join(f"{_fmt(a)}-{_fmt(b)}" for a, b in spans)
            if groups and groups[-1][1] == day - 1 and groups[-1][2] == label:
                groups[-1] = (groups[-1][0], day, label)
            else:
                groups.append((day, day, label))
        parts = []
        for first, last, label in groups:
            days = short[first] if first == last else f"{short[first]} t/m {short[last]}"
            parts.append(f"{days} {label}")
        return "; ".join(parts) if parts else "op afspraak"


def _fmt(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def _parse_hours(day: str, spans: object) -> List[Tuple[time, time]]:
    if spans in (None, []):
        return []
    if not isinstance(spans, list):
        raise PracticeConfigError(f"opening_hours.{day} must be a list like ['09:00-17:00']")
    parsed = []
    for span in spans:
        match = _HOURS.match(str(span))
        if not match:
            raise PracticeConfigError(
                f"opening_hours.{day}: {span!r} is not of the form 'HH:MM-HH:MM'"
            )
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        try:
            opens, closes = time(h1, m1), time(h2, m2)
        except ValueError as error:
            raise PracticeConfigError(f"opening_hours.{day}: {span!r}: {error}") from error
        if closes <= opens:
            raise PracticeConfigError(f"opening_hours.{day}: {span!r} closes before it opens")
        parsed.append((opens, closes))
    return parsed


def _mapping(raw: dict, key: str, what: str, known: Tuple[str, ...], shape: str, source: str) -> dict:
    """raw[key] as a mapping whose keys are all `known`, or a PracticeConfigError."""
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise PracticeConfigError(f"{source}: {key} must {shape}")
    unknown = sorted(set(value) - set(known))
    if unknown:
        raise PracticeConfigError(
            f"{source}: unknown {what}(s) {', '.join(map(str, unknown))} in {key}; use {', '.join(known)}"
        )
    return value


def parse_practice(raw: object, source: str = "practice.yml") -> Practice:
    """Builds a Practice from the parsed YAML, with an operator-readable error if wrong."""
    if not isinstance(raw, dict):
        raise PracticeConfigError(f"{source}: expected a mapping of practice details")
    missing = [key for key in ("name", "phone", "email") if not str(raw.get(key) or "").strip()]
    if missing:
        raise PracticeConfigError(f"{source}: missing {', '.join(missing)}")
    hours_raw = _mapping(raw, "opening_hours", "weekday", WEEKDAY_KEYS, "map weekdays to hours", source)
    hours = {index: _parse_hours(day, hours_raw.get(day)) for index, day in enumerate(WEEKDAY_KEYS)}
    answers_raw = _mapping(raw, "practical_answers", "topic", PRACTICAL_TOPICS, "map topics to answers", source)
    answers = {topic: str(text).strip() for topic, text in answers_raw.items() if str(text or "").strip()}
    return Practice(
        name=str(raw["name"]).strip(),
        phone=str(raw["phone"]).strip(),
        email=str(raw["email"]).strip(),
        website=str(raw.get("website") or "").strip(),
        timezone=str(raw.get("timezone") or "Europe/Amsterdam").strip(),
        opening_hours=hours,
        example_details=bool(raw.get("example_details", False)),
        callback_promise=str(raw.get("callback_promise") or "zo snel mogelijk").strip(),
        practical_answers=answers,
    )


def read_practice(path: Optional[Path] = None) -> Practice:
    """Reads practice.yml (or BRAINNETWORK_PRACTICE_FILE)."""
    path = path or load_settings().practice_file
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise PracticeConfigError(
            f"Practice details not found at {path}; set BRAINNETWORK_PRACTICE_FILE"
        ) from error
    except yaml.YAMLError as error:
        raise PracticeConfigError(f"{path} is not valid YAML: {error}") from error
    practice = parse_practice(raw, str(path))
    if practice.example_details:
        logger.warning(
            "%s still holds EXAMPLE contact details; fill in the practice's real ones "
            "and set example_details: false",
            path,
        )
    return practice


@functools.lru_cache(maxsize=1)
def current_practice() -> Practice:
    """The practice details, read once per process."""
    return read_practice()
