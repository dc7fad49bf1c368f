"""Connects the complaints a visitor describes to what the article says about them.

The texts are domain responses (data/responses/complaints.yml): `utter_complaints_intro`,
`utter_complaints_general`, `utter_complaint_<value>` and `utter_cause_<value>`; this
module only composes them into one message.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Dict, List, Sequence, Tuple

from brainnetwork.responses import domain_responses

COMPLAINT_PREFIX, CAUSE_PREFIX = "utter_complaint_", "utter_cause_"
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


def join_dutch(items: Sequence[str]) -> str:
    """["a", "b", "c"] -> "a, b en c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def _explanation(key: str, variants: List[Dict[str, Any]], needs_label: bool = False) -> Explanation:
    (variant,) = variants
    metadata = variant.get("metadata") or {}
    if needs_label and not metadata.get("label"):
        # The value is an English identifier; the visitor is told the complaint's Dutch name.
        raise ValueError(f"the response for complaint {key!r} has no `label` in its metadata")
    return Explanation(
        label=str(metadata.get("label") or key),
        text=str(variant["text"]).strip(),
        article_sections=tuple(metadata.get("article_sections") or ()),
    )


def parse_content(responses: Dict[str, List[Dict[str, Any]]]) -> ComplaintContent:
    """The complaint explanations among the domain's `responses`."""
    def named(prefix: str, needs_label: bool = False) -> Dict[str, Explanation]:
        return {name[len(prefix):]: _explanation(name[len(prefix):], variants, needs_label)
                for name, variants in responses.items() if name.startswith(prefix)}

    return ComplaintContent(
        intro=str(responses["utter_complaints_intro"][0]["text"]).strip(),
        general=_explanation("general", responses["utter_complaints_general"]),
        complaints=named(COMPLAINT_PREFIX, needs_label=True),
        causes=named(CAUSE_PREFIX),
    )


@functools.lru_cache(maxsize=1)
def complaint_content() -> ComplaintContent:
    """The complaint explanations, read once per process."""
    return parse_content(domain_responses())
