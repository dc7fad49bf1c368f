"""Everyday senses of crisis words that the lexicon knows: grief about someone else,
hanging things up, fears and wishes about complaints, medicine questions, running late.
With no crisis signal as well, the classifier alone then needs more confidence
(`crisis_safety_net`)."""

from __future__ import annotations

import re

from brainnetwork.nlu.crisis_signals.means import MEDICINE_RE, MEDICINE_USE
from brainnetwork.nlu.crisis_signals.text import IDIOM_RE, normalise

# Grief about someone (or a pet) who died, and hanging up things: not matched as idioms,
# since a message about a loss can still carry a wish to die ("ik wil bij haar zijn"),
# but they make a classifier-only verdict need more confidence (see `everyday_sense`).
_GRIEF_RE = re.compile(
    r"\b(?:mijn|onze|ons|m'n|de|het|haar|zijn|een|jullie|wiens|wier|hun) (?:\w+ ){0,3}(?:is|zijn|was|waren) (?:\w+ ){0,4}"
    r"(?:dood|doodgegaan|gestorven|overleden|heengegaan|ingeslapen)\b|\b(?:begrafenis|uitvaart|crematie|rouwkaart|"
    r"condoleance\w*|sterfdag|graf|kerkhof|rouw\w*)\b|\b(?:na )?(?:de|het) (?:dood|overlijden|verlies) van "
    r"(?:mijn|m'n|onze|ons|haar|zijn|hun|een) \w+\b|\b(?:mijn|onze|ons|m'n|de|het|haar|zijn|een) (?:\w+ ){0,2}(?:dood|"
    r"overleden|gestorven|doodgegaan) (?:is|was|zijn)\b|\bhelemaal dood en\b|\bmiskraam\b|\bdoodgeboren\b|"
    r"\b(?:laten )?inslapen\b|\b(?:mijn|onze|de|haar|zijn|ons) (?:\w+ ){0,2}dood (?:gevonden|aangetroffen)\b|"
    r"\bafscheid (?:\w+ ){0,2}(?:van|nemen van) (?:ons|onze|mijn|m'n) (?:paard|pony|hond|kat|poes|konijn|huisdier|"
    r"cavia|vogel)\b|\b(?:stierf|overleed|gestorven|overleden)\b(?=.*\b(?:mijn|onze|ons|"
    r"m'n|hij|zij|haar|zijn)\b)"
)
_HANGING_UP_RE = re.compile(r"(?<!\bme )(?<!\bmij )(?<!mezelf )(?<!\bzich )(?<!zichzelf )\b(?:op ?hangen|opgehangen|"
                            r"ophang|hang (?:\w+ )?op)\b")


# Everyday senses the classifier confuses with a crisis: fear of dying in a panic attack
# or after a spicy meal (a fear, not a wish), wishing a complaint away, "de laatste keer",
# stopping with a named thing, food "dodelijk heet".
_EVERYDAY_RE = re.compile(
    r"\b(?:dacht|denk|dachten) (?:\w+ ){0,2}dat ik (?:(?:ging|ga|zou) )?(?:sterven|doodgaan|dood gaan|doodga|sterf|"
    r"flauwvallen)\b|\b(?:wil|zou willen|wou|hoop) (?:\w+ ){0,2}dat (?:die|de|mijn|het|deze) (?:\w+ ){0,3}(?:krampen|"
    r"buikpijn|pijn|klachten|mist|brain fog|hoofdpijn|misselijkheid|opgeblazen gevoel|buik|darmen|jeuk|eczeem|"
    r"puistjes|acne) (?:\w+ ){0,3}(?:verdwijnt|verdwijnen|weggaat|weggaan|er niet meer is|er niet meer zijn|over is|"
    r"ophoudt|stopt)\b|\bde laatste keer (?:moest|was|dat|ging|heb|had|at|kreeg|werd|toen)\b|\b(?:gestopt|stoppen|"
    r"stop|ben gestopt) met (?:die|de|het|mijn|deze|dat) \w+|\b(?:dodelijk|moordend|moorddadig|levensgevaarlijk) "
    r"(?:heet|pittig|scherp|lekker|saai|druk|warm|koud|zoet)\b|\b(?:chips|pepers?|saus|curry|wasabi|sambal)\b.*\b"
    r"(?:moordend|dodelijk|sterven|laatste uur)\b|\blaatste uur (?:al )?(?:zag )?(?:\w+ )?komen\b|"
    # seeing it through again: "nu zie ik het weer helemaal zitten om te gaan sporten"
    r"\b(?:zie|zag|zien) (?:ik |we )?(?:het|t) (?:(?!(?:niet|nie|geen|nimmer|nooit)\b)\w+ ){0,2}(?:weer|wel|helemaal) "
    r"zitten\b|"
    # a cut or burn in the kitchen: "ik snij me altijd in mijn vingers met dat schilmesje"
    r"\b(?:snij|snijd|sneed|gesneden|brand|brandde|verbrand) (?:me|mij) (?:\w+ ){0,2}(?:in|aan) (?:mijn|de) "
    r"(?:vinger|vingers|duim|hand)\b"
)

# Running late for an appointment: arriving later or too late, with traffic, transport, the
# appointment or the minutes named ("de brug staat open, ik ben twintig minuten later", "de
# trein heeft vertraging, ik ben een kwartier te laat voor de intake").
_RUNNING_LATE_RE = re.compile(
    r"(?=.*\b(?:file|files|vertraging|trein|bus|tram|metro|parkeerplaats|parkeren|wegenwerken|omleiding|afspraak|"
    r"intake|sessie|gesprek|minuten|minuutjes|kwartier|kwartiertje)\b)"
    r".*(?:\b(?:kom|komen|kwam|ben|zijn|arriveer|arriveren)\b(?: \w+){0,3} (?:later|te laat)\b|"
    r"\b(?:later|te laat) (?:\w+ ){0,2}(?:kom|komen|ben|zijn|aankom|aankomen|arriveer|binnen)\b)"
)


def everyday_sense(text: str) -> bool:
    """True when `text` uses crisis words in an everyday sense that the lexicon knows
    (an idiom, grief about someone else, a medicine question, something done by
    accident, hanging something up, running late for an appointment).
    With no crisis signal as well, the classifier alone then needs more confidence."""
    normalised = normalise(text)
    return bool(
        IDIOM_RE.search(normalised)
        or _GRIEF_RE.search(normalised)
        or _EVERYDAY_RE.search(normalised)
        or re.search(r"\bper ongeluk\b", normalised)
        or _HANGING_UP_RE.search(normalised)
        or _RUNNING_LATE_RE.search(normalised)
        or (MEDICINE_RE.search(normalised) and MEDICINE_USE.search(normalised))
        or re.search(r"\boverdosis\b", normalised) and MEDICINE_USE.search(normalised)
    )
