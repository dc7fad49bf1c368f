"""Clear signals of acute distress or suicidal thoughts in Dutch (and Flemish) text.

This is the safety net under the intent classifier: it does not need the classifier to
be confident. It prefers a false alarm over a miss, tolerates common typos (one wrong,
missing or extra letter in the key words) and ignores case, accents and punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Optional

# Single words that are a clear signal by themselves. Matched with one typo allowed
# (words of 7+ letters) so that "zelfmord" or "suicidaal" still count.
SIGNAL_WORDS = (
    "zelfmoord",
    "zelfmoordgedachten",
    "zelfdoding",
    "suicide",
    "suicidaal",
    "suicidale",
    "zelfbeschadiging",
    "automutilatie",
    "afscheidsbrief",
    "levensmoe",
    "doodgaan",
)

# Phrases, matched on normalised text (lower case, no accents, single spaces).
# `\w*` and small gaps absorb inflections and filler words ("echt", "gewoon").
_GAP = r"(?:\w+ ){0,3}"
SIGNAL_PATTERNS = {
    "wil_dood": rf"\b(?:wil|wilde|wou|zou)\w* {_GAP}(?:dood|doodgaan|sterven|er niet meer zijn)\b",
    "niet_meer_leven": rf"\b(?:wil|wens|zie|hoef|kan|zin)\w* {_GAP}(?:niet|nie|geen) ?meer {_GAP}(?:te )?(?:leven|levn|lven|bestaan)\b",
    "einde_maken": rf"\b(?:eind|einde|end|einden) {_GAP}(?:aan )?(?:maken|make|mak|maakt)\b",
    "einde_aan_leven": r"\b(?:maak|maken|mak) (?:er|het) (?:een )?(?:eind|einde|end) aan\b|\b(?:eind|einde) aan (?:mijn|m'n|mn|het) leven\b",
    "eruit_stappen": r"\b(?:uit het leven|er ?uit stappen|eruit stappen)\b",
    "zichzelf_iets_aandoen": rf"\b(?:mezelf|mijzelf|mij zelf|me zelf|zelf) {_GAP}(?:iets )?(?:aan ?doen|aandoe|pijn doen|snijden|verwonden|beschadigen|van kant maken|doodmaken|dood maken|ophangen|vergiftigen)\b",
    "niet_meer_zitten": rf"\b(?:zie|zien) {_GAP}(?:het|t|'t)? ?(?:leven )?(?:niet|nie) ?meer zitten\b",
    "hoeft_niet_meer": r"\bhet hoeft (?:voor mij )?(?:allemaal )?(?:niet|nie) meer\b",
    "beter_af_zonder_mij": rf"\bbeter af {_GAP}zonder (?:mij|me)\b",
    "niet_meer_wakker": rf"\b(?:niet|nooit) meer {_GAP}wakker (?:worden|te worden)\b",
    "kan_niet_meer": r"\bik (?:kan|kan het) (?:echt |gewoon )?(?:niet|nie) meer(?: aan| verder| door| tegenop)?(?: ik|$)",
    "geen_uitweg": r"\bgeen (?:uitweg|uitweg meer|zin meer in (?:het|mijn) leven|reden (?:meer )?om te leven)\b",
    "pillen_innemen": rf"\b(?:alle|al mijn|een hoop|veel) {_GAP}(?:pillen|medicijnen|tabletten) {_GAP}(?:innemen|slikken|nemen)\b",
    "voor_trein": r"\bvoor (?:de|een) (?:trein|metro) (?:springen|te springen|gaan liggen)\b",
    "van_gebouw": r"\b(?:van|vanaf) (?:een|het|de) (?:dak|flat|brug|gebouw) (?:springen|af springen|te springen)\b",
    "in_gevaar": r"\b(?:ik ben|ben ik) in (?:direct |acuut )?gevaar\b",
    "kill_myself": r"\b(?:kill myself|suicidal|want to die|end my life)\b",
}
_COMPILED = {name: re.compile(pattern) for name, pattern in SIGNAL_PATTERNS.items()}


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed, white space folded."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = without_accents.lower().replace("’", "'")
    letters_only = re.sub(r"[^\w' ]+", " ", lowered)
    return re.sub(r"\s+", " ", letters_only).strip()


def within_one_edit(word: str, target: str) -> bool:
    """True when `word` equals `target` up to one substitution, insertion or deletion."""
    if word == target:
        return True
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target)) == 1
    shorter, longer = sorted((word, target), key=len)
    for index in range(len(longer)):
        if longer[:index] + longer[index + 1 :] == shorter:
            return True
    return False


def _signal_word(words: Iterable[str]) -> Optional[str]:
    for word in words:
        for target in SIGNAL_WORDS:
            if word == target or (
                len(target) >= 7 and len(word) >= 6 and within_one_edit(word, target)
            ):
                return target
            # Compounds such as "zelfmoordplannen" or "suicidegedachten".
            if len(target) >= 7 and word.startswith(target):
                return target
    return None


def find_crisis_signal(text: str) -> Optional[str]:
    """The name of the first clear crisis signal in `text`, or None."""
    normalised = normalise(text)
    if not normalised:
        return None
    word = _signal_word(normalised.split())
    if word:
        return f"word:{word}"
    for name, pattern in _COMPILED.items():
        if pattern.search(normalised):
            return f"phrase:{name}"
    return None
