"""Crisis help lines: the one place their numbers are written down.

The crisis answers (`utter_crisis_help` and its variants in domain.yml) carry these
numbers in their text, so that they never depend on the action server;
tests/test_content.py checks every variant against this list.
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

