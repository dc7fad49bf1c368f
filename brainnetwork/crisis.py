"""Crisis help lines: the one place their numbers are written down.

The crisis answer (`utter_crisis_help` in domain.yml) takes these values as template
variables, so the numbers a visitor sees always come from here.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

# 113 Zelfmoordpreventie, 112 and the huisarts(enpost), as given to visitors in crisis.
CRISIS_LINES: Mapping[str, str] = MappingProxyType(
    {
        "suicide_line_name": "113 Zelfmoordpreventie",
        "suicide_line_short": "113",
        "suicide_line_free": "0800-0113",
        "suicide_line_chat": "113.nl",
        "emergency_number": "112",
    }
)


def crisis_template_values() -> dict[str, str]:
    """Template variables for the crisis answer."""
    return dict(CRISIS_LINES)


def crisis_slot_values() -> dict:
    """The slots `action_prepare_crisis_help` sets: the numbers, and the offer of contact
    marked open. Also used by the Rasa process itself when the action server is down."""
    return {**crisis_template_values(), "contact_offered": True}
