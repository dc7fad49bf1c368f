"""Connects the complaints a visitor describes to what the article says about them.

The texts live in brainnetwork/content/complaints.yml; this module only composes them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import yaml

CONTENT_FILE = Path(__file__).with_name("content") / "complaints.yml"
# Enough to connect what the visitor said without a wall of text.
MAX_COMPLAINTS = 3
MAX_CAUSES = 2


@dataclass(frozen=True)
class Explanation:
    label: str
    text: str
    article_sections: Tuple[str, ...]


@dataclass(frozen=True)
class ComplaintContent:
    intro: str
    general: Explanation
    complaints: Dict[str, Explanation]
    causes: Dict[str, Explanation]

    def explain(self, complaints: Sequence[str], causes: Sequence[str] = ()) -> str:
        """One chat message for the named complaint and cause values (unknown ones skipped)."""
        known = [value for value in dict.fromkeys(complaints) if value in self.complaints]
        known_causes = [value for value in dict.fromkeys(causes) if value in self.causes]
        if known:
            labels = [self.complaints[value].label for value in known]
            lines = [self.intro.format(complaints=join_dutch(labels))]
            lines += [f"- {self.complaints[value].text}" for value in known[:MAX_COMPLAINTS]]
        else:
            lines = [self.general.text]
        lines += [f"- {self.causes[value].text}" for value in known_causes[:MAX_CAUSES]]
        return "\n".join(lines)

    def all_explanations(self) -> List[Explanation]:
        return [self.general, *self.complaints.values(), *self.causes.values()]


def join_dutch(items: Sequence[str]) -> str:
    """["a", "b", "c"] -> "a, b en c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def _explanation(key: str, raw: dict) -> Explanation:
    return Explanation(
        label=str(raw.get("label") or key),
        text=str(raw["text"]).strip(),
        article_sections=tuple(raw.get("article_sections") or ()),
    )


def parse_content(raw: dict) -> ComplaintContent:
    return ComplaintContent(
        intro=str(raw["intro"]).strip(),
        general=_explanation("general", raw["general"]),
        complaints={k: _explanation(k, v) for k, v in (raw.get("complaints") or {}).items()},
        causes={k: _explanation(k, v) for k, v in (raw.get("causes") or {}).items()},
    )


@functools.lru_cache(maxsize=1)
def complaint_content() -> ComplaintContent:
    """The complaint explanations, read once per process."""
    return parse_content(yaml.safe_load(CONTENT_FILE.read_text(encoding="utf-8")))
