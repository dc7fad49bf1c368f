"""The kinds of crisis a signal can have, and the signal itself."""

from __future__ import annotations

from dataclasses import dataclass

ACUTE = "acute"
SOMEONE_ELSE = "someone_else"
SELF_HARM = "self_harm"
SUICIDAL = "suicidal"
KINDS = (ACUTE, SOMEONE_ELSE, SELF_HARM, SUICIDAL)


@dataclass(frozen=True)
class CrisisSignal:
    """What the lexicon found: the kind of crisis and the name of the cue (never the words)."""

    kind: str
    cue: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown crisis kind {self.kind!r} for cue {self.cue!r}: one of {KINDS}")

    def __str__(self) -> str:
        return f"lexicon:{self.cue}"
