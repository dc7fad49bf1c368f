"""Patches to Rasa Open Source 3.6, for what Rasa offers no plugin point.

Each module changes one thing in the Rasa process and says what it changes, why, the
measurement that justifies it and the Rasa version it was written for. They are installed
by one explicit call, `install()`, in the Rasa process's entry point
(`brainnetwork.rasa_process`, which the launcher starts), never as a side effect of an
import. A Rasa version other than `RASA_VERSION` is not patched at all (the patches reach
into Rasa's internals), and the setting `RASA_PATCHES=off` turns them all off; Rasa then
behaves as it ships (tests/brainnetwork/rasa_patches/test_without_patches.py shows the
difference).
"""

from __future__ import annotations

import logging
from typing import Callable, List

logger = logging.getLogger(__name__)

# The Rasa release these patches were written for and tested with.
RASA_VERSION = "3.6.21"

# In the order they are installed.
PATCHES = (
    "action_failure",            # the Dutch apology when the action server is down
    "action_connections",        # kept-alive connections to the action server
    "action_result_validation",  # action responses checked with a validator compiled once
    "eager_model_loading",       # no training graph traced to load a model
    "frozen_model",              # the loaded model kept out of the garbage collector's way
)

_installed: List[str] = []
_undo: List[Callable[[], None]] = []


def install(enabled: bool = True, rasa_version: str = "") -> List[str]:
    """Installs every patch once; returns the names installed (none when `enabled` is
    false or Rasa is not the version they were written for)."""
    import importlib

    import rasa

    if _installed:
        return list(_installed)
    if not enabled:
        logger.info("Patches to Rasa are off (RASA_PATCHES=off): Rasa runs as it ships")
        return []
    version = rasa_version or rasa.__version__
    if version != RASA_VERSION:
        logger.error("Rasa %s is not the version the patches in brainnetwork/rasa_patches were written "
                     "for (%s): none installed. Check each patch against this version before changing "
                     "RASA_VERSION.", version, RASA_VERSION)
        return []
    for name in PATCHES:
        _undo.append(importlib.import_module(f"{__name__}.{name}").install())
        _installed.append(name)
    logger.info("Patches to Rasa %s installed: %s", version, ", ".join(_installed))
    return list(_installed)


def installed() -> List[str]:
    return list(_installed)


def uninstall() -> None:
    """Puts Rasa back as it ships (for tests that compare both)."""
    while _undo:
        _undo.pop()()
    _installed.clear()
