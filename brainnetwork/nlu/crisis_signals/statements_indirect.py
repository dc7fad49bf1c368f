"""Statements told in passing, in images or in simple words: the kinds learnt in the
seventh round (2026-11-27) from the check rounds 9-11 (bench/data/crisis_checks/,
docs/benchmarks/README.md), by kind and never sentence by sentence."""

from __future__ import annotations

from typing import Dict, Tuple

from brainnetwork.nlu.crisis_signals.kinds import SELF_HARM, SUICIDAL
from brainnetwork.nlu.crisis_signals.means import MEDICINE_RE

_SLIP_AWAY = r"(?:er ?tussen ?uit te (?:piepen|knijpen|glippen)|eruit te stappen|weg te glijden|er niet meer te zijn)"
_COUNT = r"(?:verschillende|meerdere|twee|drie|vier|vijf|allerlei|alle)"
_PHARMACY = r"(?:drogist\w*|apothe\w*)"
_WEAPON_OR_MEANS = r"(?:geweer|jachtgeweer|pistool|revolver|touw|pillen|\w+pillen|medicijnen|auto)"

INDIRECT_STATEMENTS: Dict[str, Tuple[str, str]] = {
    # Kinds the classifier alone had caught until the blend changed (rounds 9 and 10): a
    # wish to dissolve into nothing; a medicine gathered at several pharmacies (around the
    # limit per sale); how much of a medicine it takes to "slip away".
    "dissolve_wish": (SUICIDAL, r"\b(?:was|wou|wilde|wens|wenste|zou willen) (?:dat )?ik (?:\w+ ){0,2}(?:oplossen in "
                      r"het niets|in het niets (?:verdwijnen|oplossen)|in rook (?:\w+ )?(?:opgaan|op gaan|opging))\b"),
    "medicine_from_several_pharmacies": (SUICIDAL, rf"^(?=.*{MEDICINE_RE.pattern}).*?(?:\b(?:bij|in|van) (?:\w+ )?"
                                         rf"{_COUNT} (?:\w+ )?{_PHARMACY}\b(?:[\w ]){{0,30}}?\b(?:gehaald|gekocht|"
                                         rf"verzameld)\b|\b(?:gehaald|gekocht|verzameld) (?:\w+ ){{0,2}}(?:bij|in) "
                                         rf"(?:\w+ )?{_COUNT} (?:\w+ )?{_PHARMACY}\b)"),
    "dose_to_slip_away": (SUICIDAL, rf"^(?=.*{MEDICINE_RE.pattern}).*?\bhoeveel (?:\w+ ){{0,6}}om (?:\w+ )?{_SLIP_AWAY}"),
    # Round 11, measured unseen first (0.850): not being there "anyway" next month; not
    # caring whether one arrives, after driving recklessly; hurting a body part with an
    # instrument, in simple words; sitting in the garage with the engine running; "settling
    # it oneself" with a gun or pills; a date already set for after a few more weeks.
    "not_here_anyway": (SUICIDAL, r"\bben ik er (?:\w+ )?toch (?:niet|nie) meer\b|\bweet (?:\w+ ){0,2}niet waarom ik "
                        r"(?:dit|dat|het) (?:\w+ ){0,2}nog (?:regel|doe|betaal|plan)\b(?=.*\b(?:er niet meer|toch niet)\b)"),
    "careless_whether_i_arrive": (SUICIDAL, r"\b(?:kon|kan|kan het) (?:me|mij) (?:\w+ )?(?:niks|niets|geen bal|geen moer) "
                                  r"(?:\w+ )?schelen of ik (?:\w+ ){0,2}(?:aankwam|aankom|aan zou komen|thuiskwam|thuis "
                                  r"kwam|het overleef\w*|nog leef\w*|wakker (?:werd|zou worden))\b"),
    "hurt_with_instrument": (SELF_HARM, r"\bik doe (?:mijn|me|m'n) (?:\w+ )?(?:arm|armen|been|benen|hand|handen|pols|"
                             r"polsen|buik|huid|lijf) (?:\w+ )?pijn met (?:de|een|mijn) (?:\w+ )?(?:schaar|mes|mesje|"
                             r"scheermes\w*|naald|aansteker|passer|glas|nagels)\b|\bik doe mezelf (?:\w+ )?pijn\b"),
    "engine_in_the_garage": (SUICIDAL, r"\b(?:garage|schuur|loods)\b(?:[\w ]){0,40}?\bmotor\b(?!(?: \w+){0,5} "
                             r"(?:warm|warmdraaien|op te warmen)\b)(?: \w+){0,3} (?:aan|draaiend|draaien|draait|lopen)\b"),
    "settle_it_oneself": (SUICIDAL, rf"\bhet zelf (?:wel )?(?:regel\w*|oplos\w*|doen|doet|afhandel\w*) (?:\w+ ){{0,2}}met "
                          rf"(?:\w+ ){{0,3}}{_WEAPON_OR_MEANS}\b"),
    "date_set_after_weeks": (SUICIDAL, r"\bnog (?:een paar|enkele|twee|drie|vier|wat) (?:weken|dagen|maanden)\b(?:[\w ]){0,80}?"
                             r"\b(?:de|een) (?:datum|dag) (?:daarna|erna)\b(?:[\w ]){0,20}?\b(?:geprikt|gekozen|"
                             r"vastgelegd|bepaald|gepland)\b"),
}
