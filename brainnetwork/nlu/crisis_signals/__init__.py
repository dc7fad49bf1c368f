"""The crisis lexicon: signals of suicidal thoughts, self-harm and acute danger in Dutch
and Flemish text, combined rather than merely matched.

This is the first layer of crisis detection (the intent classifier is the second; see
`crisis_safety_net`). It works on normalised text (`normalise`): lower case, no accents
or punctuation, Flemish and chat forms spelled out ('k -> ik, ni/nie -> niet, da -> dat,
mn -> mijn), and everyday idioms that use the same words ("ik ga dood van de honger",
"de was ophangen", "doodmoe") blanked out before anything is matched. Then
- **statements** that are a signal by themselves (a wish to die, passive wishes,
  hopelessness and being a burden, farewell, self-harm, a lethal-dose question);
- **combinations**: a method or means (pills, a rope, a bridge, a knife...) counts only
  together with a first-person intention, a time marker or something already done,
  so that "hoeveel paracetamol mag ik per dag" stays a medicine question while
  "ik heb vanavond al mijn pillen klaargelegd" is a crisis.
A false alarm costs a visitor one careful message; a miss can cost far more, so where
a phrase is ambiguous between distress and idiom, and no idiom is recognised, it counts.

Each signal has a kind, which picks the crisis answer that fits (domain responses
`utter_crisis_help` with conditions on the `crisis_kind` slot):
`acute` (something taken or done, or a method with "now/tonight"), `someone_else`
(worry about a child, partner, friend, pupil...), `self_harm` (hurting oneself with no
wish to die expressed) and `suicidal` (everything else).
"""

from __future__ import annotations

import re
from typing import Optional

from brainnetwork.nlu.crisis_signals.everyday import everyday_sense
from brainnetwork.nlu.crisis_signals.kinds import ACUTE, KINDS, SELF_HARM, SOMEONE_ELSE, SUICIDAL, CrisisSignal
from brainnetwork.nlu.crisis_signals.means import DONE_RE, THIRD_PERSON_VOICE, means_signal
from brainnetwork.nlu.crisis_signals.statements import CORE_STATEMENTS
from brainnetwork.nlu.crisis_signals.statements_broadened import BROADENED_STATEMENTS
from brainnetwork.nlu.crisis_signals.statements_from_checks import CHECK_ROUND_STATEMENTS
from brainnetwork.nlu.crisis_signals.statements_indirect import INDIRECT_STATEMENTS
from brainnetwork.nlu.crisis_signals.text import normalise, within_one_edit, without_idioms

__all__ = ["ACUTE", "KINDS", "SELF_HARM", "SOMEONE_ELSE", "SUICIDAL", "CrisisSignal", "STATEMENTS",
           "everyday_sense", "find_crisis_signal", "normalise", "within_one_edit"]

# In this order: the first statement that matches names the cue and the kind.
STATEMENTS = {**CORE_STATEMENTS, **BROADENED_STATEMENTS, **CHECK_ROUND_STATEMENTS, **INDIRECT_STATEMENTS}
_STATEMENTS = {name: (kind, re.compile(pattern)) for name, (kind, pattern) in STATEMENTS.items()}


def _kind(kind: str, normalised: str) -> str:
    """Refines the kind: someone else's crisis, or acute danger, whatever the cue."""
    if kind != ACUTE and THIRD_PERSON_VOICE.search(normalised) and not re.search(
        r"\bik (?:\w+ ){0,2}(?:wil|wou|ga) (?:\w+ ){0,3}(?:dood|niet meer leven|mezelf)\b|\bmezelf\b|"
        # statements only the writer makes about themself
        r"\bik er (?:\w+ )?niet meer (?:ben|was|zou zijn)\b|\bweet wat ik\b|\b(?:doe ik het|ga ik het doen)\b|"
        r"\b(?:vaarwel|adios)\b|\bdan met (?:mij|me)\b|\bdan (?:krijgen|krijgt|hebben|heeft) (?:\w+ ){0,3}(?:een )?betere "
        r"(?:moeder|vader|mama|papa)\b|\b(?:ik|heb|nam) (?:\w+ ){0,3}afscheids(?:video|filmpje|bericht|mail|brief)\w*\b|\bwaar ik (?:naartoe|heen|naar toe) ga\b|\b(?:mij|me) (?:toch |dan )?maar\b|\bik (?:\w+ ){0,3}met alles\b", normalised
    ):
        return SOMEONE_ELSE
    if kind in (SUICIDAL, SELF_HARM) and DONE_RE.search(normalised) and re.search(
        r"\b(?:net|zojuist|zonet|just|daarnet|daarjuist|een uur geleden|vanavond|vannacht|al)\b", normalised
    ) and re.search(r"\b(?:genomen|ingenomen|geslikt|gesneden|diep|bloed|bloedt|bloeden)\b", normalised):
        return ACUTE
    return kind


def find_crisis_signal(text: str) -> Optional[CrisisSignal]:
    """The first crisis signal in `text` (its kind and cue), or None."""
    normalised = normalise(text)
    if not normalised:
        return None
    stripped = without_idioms(normalised)
    for name, (kind, pattern) in _STATEMENTS.items():
        if pattern.search(stripped):
            return CrisisSignal(_kind(kind, stripped), name)
    for word in stripped.split():  # one typo in the clearest words ("zelfmort", "suicidaak")
        if len(word) >= 7 and any(within_one_edit(word, target) for target in _TYPO_TARGETS):
            return CrisisSignal(_kind(SUICIDAL, stripped), "suicide_word")
    means = means_signal(text)
    if means:
        return CrisisSignal(_kind(means.kind, stripped), means.cue)
    return None


_TYPO_TARGETS = ("zelfmoord", "zelfdoding", "suicidaal", "suicide", "zelfmoordgedachten", "afscheidsbrief",
                 "zelfbeschadiging", "levensmoe")
