"""Helpers shared by the actions."""

from __future__ import annotations

# True while the assistant waits for a yes/no to its offer of contact.
CONTACT_OFFERED = "contact_offered"
