"""Which answer did the visitor get? The bot's messages, as a REST client sees them,
traced back to the response they came from, and so to an answer topic.

Every user-facing text lives in the domain (domain.yml and data/responses/);
placeholders ({practice_phone}) match anything.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

import yaml

from brainnetwork.responses import domain_responses
from brainnetwork.settings import PROJECT_ROOT

# Response name -> answer topic, for the responses whose topic is not in their name.
_TOPIC_OF = {
    "utter_crisis_help": "crisis",
    "utter_please_rephrase": "fallback",
    "utter_suggest_topics": "fallback",
    "utter_ask_rephrase": "fallback",
    "utter_follow_up_without_topic": "fallback",
    "utter_out_of_scope": "out_of_scope",
    "utter_not_a_diagnosis": "describe_symptoms",
    "utter_complaints_intro": "describe_symptoms",
    "utter_complaints_general": "describe_symptoms",
    "utter_contact_details": "request_contact",
    "utter_ask_consent": "request_contact",
    "utter_offer_contact": None,  # the offer after an answer is not an answer itself
    "utter_offer_contact_after_crisis": None,
}


def _pattern(text: str) -> re.Pattern:
    parts = re.split(r"\{\w+\}", text.strip())
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def _texts(node, name: str) -> Iterable[Tuple[str, str]]:
    for variant in node:
        if isinstance(variant, dict) and isinstance(variant.get("text"), str):
            yield name, variant["text"]


@functools.lru_cache(maxsize=4)
def response_patterns(root: Path = PROJECT_ROOT) -> List[Tuple[str, re.Pattern]]:
    """(response name, pattern) for every text the assistant can send."""
    entries: List[Tuple[str, str]] = []
    for name, variants in domain_responses(root).items():
        entries.extend(_texts(variants, name))
    # Longest first, so that a text that begins like a shorter one is not mistaken for it.
    entries.sort(key=lambda entry: -len(entry[1]))
    return [(name, _pattern(text)) for name, text in entries]


@functools.lru_cache(maxsize=1)
def intake_responses(root: Path = PROJECT_ROOT) -> FrozenSet[str]:
    """The responses of the contact form (data/responses/intake.yml)."""
    document = yaml.safe_load((root / "data" / "responses" / "intake.yml").read_text(encoding="utf-8"))
    return frozenset(document["responses"])


def response_of(text: str, root: Path = PROJECT_ROOT) -> Optional[str]:
    """The name of the response `text` was sent from, or None."""
    for name, pattern in response_patterns(root):
        if pattern.fullmatch(text.strip()) or (len(pattern.pattern) > 40 and pattern.match(text.strip())):
            return name
    return None


def topic_of_response(name: Optional[str]) -> Optional[str]:
    if name is None:
        return "unknown"
    if name in _TOPIC_OF:
        return _TOPIC_OF[name]
    for prefix in ("utter_crisis_", "utter_faq_", "utter_practice_"):
        if name.startswith(prefix):
            return "crisis" if prefix == "utter_crisis_" else name[len("utter_"):].replace("_ask_the_practice", "")
    if name in intake_responses():
        return "intake_form"
    return name[len("utter_"):] if name.startswith("utter_") else name


def answer_topic(messages: List[Dict], root: Path = PROJECT_ROOT) -> Tuple[str, List[str]]:
    """The topic of a reply (its first message that is an answer) and every response name."""
    names = [response_of(m.get("text") or "", root) for m in messages if m.get("text")]
    topic = None
    for name in names:
        candidate = topic_of_response(name)
        if candidate == "crisis":
            return "crisis", [str(n) for n in names]
        if topic is None and candidate is not None:
            topic = candidate
    return topic or ("silence" if not names else "unknown"), [str(n) for n in names]
