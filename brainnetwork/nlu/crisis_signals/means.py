"""Methods and means (pills, a rope, a bridge, a knife...), counted only together with a
first-person intention, a time marker or something already done; and who is spoken about."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from brainnetwork.nlu.crisis_signals.kinds import ACUTE, SUICIDAL, CrisisSignal
from brainnetwork.nlu.crisis_signals.text import normalise, without_idioms

# --- Methods and means, counted only together with intention, timing or a deed --------

_MEDICINE = (r"(?:pillen|pil|pilletjes|tabletten|tablet|\w+pillen|\w+tabletten|medicijnen|medicatie|medicijn|slaappillen|slaapmiddel\w*|"
             r"slaaptabletten|paracetamol\w*|ibuprofen|oxazepam|diazepam|temazepam|lorazepam|xanax|"
             r"antidepressiva|insuline|lithium|methadon|oxycodon|tramadol|morfine|codeine|zolpidem|dafalgan\w*|perdolan\w*|"
             r"amitriptyline|sipralexa|venlafaxine|paroxetine|fluoxetine|mirtazapine|"
             r"benzo\w*|seroquel|quetiapine|sertraline|citalopram|strips?|doosjes?|potjes?)")
_A_LOT_OF_MEDICINE = (rf"(?:\b\d{{2,}} (?:\w+ )?{_MEDICINE}|\b(?:alle|al mijn|al men|al de|al die|een hele|hele|heel veel|"
                      rf"een hoop|de hele|twee|drie|vier|vijf|een paar|meerdere|tientallen|handvol|een handvol) "
                      rf"(?:\w+ ){{0,2}}(?:strips?|doosjes?|potjes?|{_MEDICINE})|{_MEDICINE} (?:\w+ ){{0,3}}"
                      rf"(?:in een keer|tegelijk|allemaal|met drank|met alcohol|met wijn|achter elkaar)|"
                      rf"\boverdosis\b|\bod\b)")
_MEANS = {
    # name: pattern of a harmful use of a means (first person or not; the kind is refined after)
    "hanging": r"\b(?:hang|hing) (?:ik )?(?:me|mij|mezelf) (?:\w+ ){0,3}op\b(?! (?:aan|bij) (?:die|de|dat|het) "
               r"(?:wachtmuziek|telefoon|lijn|muziek)\b)|"
               r"\b(?:me|mij|mezelf|zich|zichzelf) (?:\w+ ){0,2}(?:ophangen|op hangen|op te hangen|opgehangen|"
               r"verhangen|te verhangen)\b|\b(?:touw|strop|koord) (?:\w+ ){0,4}(?:gekocht|klaar|klaargelegd|"
               r"opgehangen|vastgemaakt|om mijn nek|om de nek|aan de balk|aan het plafond|hangen)\b|"
               # a rope kept at hand, with no everyday purpose after it ("voor de tent")
               r"\b(?:touw|strop|koord) (?:\w+ ){0,4}(?:in de kofferbak|in (?:mijn|m'n|de) (?:auto|tas|rugzak)|"
               r"meegenomen|bij me)\b(?! (?:voor|om|zodat|want|als|van|en)\b)|"
               # a rope that has been hanging somewhere for a while, with no everyday use in
               # the sentence ("voor de schommel", the washing, a swing, an animal)
               r"\b(?:touw|strop|koord) (?:\w+ ){0,2}(?:hangt|hing|hangen) (?:er |daar )?(?:nu )?al (?:\w+ ){0,2}"
               r"(?:dagen|weken|week|maanden|maand|tijdje|tijd)\b(?!.*\b(?:voor|om|zodat|want|was|wasgoed|"
               r"schommel|hangmat|vlag|tent|boot|paard|pony|koe|geit|klimrek|lampion\w*|kerst\w*|verlichting)\b)|"
               r"\b(?:strop|balk|plafond) (?:\w+ ){0,3}(?:nek|hals)\b",
    "jumping": r"\b(?:stap|loop|spring) (?:ik )?(?:\w+ ){0,2}voor (?:de|een) (?:trein|metro|tram|bus|auto|"
               r"vrachtwagen)\b|"
               r"\b(?:spring|springen|sprong|te springen|gaan liggen|ga liggen|lopen|stappen|gooien|werpen|rijden) "
               r"(?:\w+ ){0,3}(?:voor|onder|van|vanaf|af|op) (?:de|een|het|mijn|m'n|men|ons|onze) (?:\w+ )?(?:trein|metro|tram|bus|brug|dak|flat|"
               r"balkon|viaduct|auto|vrachtwagen|rails|spoor|snelweg|toren|parkeergarage|hoogte)\b|"
               r"\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|auto|vrachtwagen|bus) (?:\w+ ){0,2}(?:springen|"
               r"spring|gaan liggen|liggen|lopen|stappen|gooien|te springen|te gaan liggen|te liggen|te lopen)\b|"
               r"\b(?:spring|springen|te springen|gooi|gooien|werp) (?:ik )?(?:me |mezelf )?(?:\w+ ){0,2}uit (?:het|een) "
               r"(?:raam|venster)\b(?!.*\bhaha\b)|"
               r"\b(?:van|vanaf) (?:de|een|het|mijn|m'n|men|ons|onze) (?:\w+ )?(?:brug|dak|flat|balkon|viaduct|toren|parkeergarage|klif|rots) "
               r"(?:\w+ ){0,2}(?:springen|spring|springt|sprong|af|te springen|gooien|werpen|vallen)\b|\bhet spoor op\b",
    "poison": r"\b(?:gif|rattengif|ontstopper|bleek|bleekmiddel|antivries|wasmiddel|chloor) (?:\w+ ){0,3}(?:drinken|"
              r"opdrinken|innemen|nemen|slikken|gedronken|geslikt|ingenomen)\b",
    "drowning": r"\b(?:het water|de zee|de rivier|het kanaal|de gracht|het meer) (?:\w+ )?(?:in lopen|inlopen|in "
                r"gaan|ingaan|in springen|inspringen|in te lopen)\b|\b(?:mezelf|me|mij) (?:\w+ )?verdrinken\b|"
                r"\b(?:loop|lopen|wandel|wandelen) (?:\w+ ){0,2}(?:het water|de zee|de rivier|het kanaal|de gracht|"
                r"het meer|de schelde|de maas|de plas) in\b|\bniet meer boven "
                r"(?:te )?(?:komen|kom)\b",
    "weapon": r"\b(?:mezelf|me|zichzelf) (?:\w+ )?(?:neerschieten|dood schieten|doodschieten|schieten)\b|"
              r"\bschiet (?:ik )?(?:mezelf|me|mij|zichzelf) (?:\w+ )?(?:neer|dood|overhoop)\b|"
              r"\bkogel door (?:mijn|m'n|zijn|haar|de) (?:kop|hoofd)\b|\b(?:pistool|geweer|wapen) (?:\w+ ){0,3}"
              r"(?:tegen mijn hoofd|op mijn hoofd|in mijn mond|gekocht om|geregeld)\b|\b(?:jachtgeweer|geweer|pistool|"
              r"revolver|dienstwapen)\b(?=.*\b(?:voor de laatste keer|nog een laatste keer|vertrouw (?:het|hem|haar|dat) "
              r"niet|maak me (?:\w+ )?zorgen|ben (?:\w+ )?bang)\b)",
    "car": r"\b(?:tegen|op) (?:een|de) (?:boom|muur|vrachtwagen|pijler|tegenligger) (?:\w+ )?(?:rijden|rij|"
           r"aanrijden|te rijden|knallen|crashen)\b|\b(?:uitlaatgassen|koolmonoxide|houtskool) (?:\w+ ){0,3}"
           r"(?:inademen|in de auto|in de badkamer|aansteken)\b",
}
_INTENT = (r"(?:ik ga|ga ik|ik wil|wil ik|ik zal|zal ik|ik ben van plan|van plan|ik denk erover|denk erover|denk "
           r"eraan|ik overweeg|plan|plannen|gepland|ik heb besloten|besloten|ik durf|durf ik|klaargelegd|"
           r"klaar liggen|liggen klaar|ligt klaar|staat klaar|klaargezet|verzameld|gespaard|opgespaard|"
           r"gekocht|gehaald|gehamsterd|ik wou|wou ik|zou ik|het liefst|ik heb zin om|om er|om dood|om te "
           r"sterven|om niet meer|om een eind|zodat ik|genoeg om|of ik|hoe)")
_TIME = (r"(?:vanavond|vannacht|vandaag|morgen|straks|zo meteen|zometeen|nu|direct|meteen|deze week|dit "
         r"weekend|volgende week|op mijn verjaardag|als iedereen slaapt|als ze slapen|binnenkort|vanmiddag|"
         r"vanochtend|over een uur|om \d+ uur)")
_DONE = (r"(?:genomen|ingenomen|geslikt|opgenomen|gedronken|doorgeslikt|opgegeten|gespoten|geinjecteerd|"
         r"gepakt|op)")
MEDICINE_USE = re.compile(
    r"\b(?:mag ik|mag je|mag men|per dag|dosering|dosis per|bijsluiter|bijwerking\w*|voorschrift|voorgeschreven|"
    r"tegen (?:de |mijn )?(?:hoofdpijn|pijn|buikpijn|koorts|migraine|ontsteking|infectie|krampen|menstruatie\w*)|"
    r"voor (?:mijn )?(?:hoofdpijn|pijn|buikpijn|koorts|rug|migraine|darmen|darmflora|maag|keel|tand|tanden|"
    r"knie|ontsteking)|kuur|antibioticakuur|goed voor|slecht voor|invloed op|effect op|darmflora|microbioom|"
    r"darmen|probiotica|vitamine\w*|huisarts voorgeschreven|arts voorgeschreven|van de dokter|de dokter heeft|"
    r"ongezond|schadelijk voor|per ongeluk|vergeten|dubbele dosis|twee keer|klopt het|lever|nieren|beschadigt|"
    r"lege maag|nuchter|gevaarlijk om|is het waar|"
    r"bij (?:hoofdpijn|pijn|koorts|migraine|kiespijn|rugpijn|buikpijn))\b"
)
_THIRD_PERSON = (
    r"(?:mijn|m'n|onze|ons|haar|zijn|een) (?:\w+ )?(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|puber|tiener|"
    r"vriend|vriendin|vrienden|vriendje|vriendinnetje|partner|man|vrouw|echtgenoot|echtgenote|moeder|mama|mam|"
    r"vader|papa|pap|broer|broertje|zus|zusje|zuster|leerling|leerlinge|leerlingen|student|studente|cursist|"
    r"collega|neef|nicht|oma|opa|buurman|buurvrouw|kleinzoon|kleindochter|schoonzoon|schoondochter|lief|"
    r"pleegkind|cliente|client|klasgenoot|teamgenoot|huisgenoot|kamergenoot|stiefzoon|stiefdochter|ex)"
)
THIRD_PERSON_VOICE = re.compile(
    rf"\b{_THIRD_PERSON}\b|\b(?:hij|zij|ze) (?:\w+ ){{0,3}}(?:wil|wilt|zegt|zei|praat|sprak|heeft|had|is|snijdt|"
    rf"krast|denkt|schrijft|schreef|appt|appte|doet|deed)\b|\bzichzelf\b|\bzich (?:\w+ )?(?:iets )?aan "
    r"(?:te )?doen\b|\b(?:hoe help|hoe kan ik (?:\w+ )?helpen|wat moet ik doen|wat kan ik doen|hoe reageer|"
    r"hoe ga ik om|ik maak me zorgen|maak me zorgen|zorgen om|bezorgd om|bang dat (?:hij|zij|ze))\b"
)

_MEANS_RE = {name: re.compile(pattern) for name, pattern in _MEANS.items()}
MEDICINE_RE = re.compile(rf"\b{_MEDICINE}\b")
_A_LOT_RE = re.compile(_A_LOT_OF_MEDICINE)
_INTENT_RE = re.compile(rf"\b{_INTENT}\b")
_TIME_RE = re.compile(rf"\b{_TIME}\b")
DONE_RE = re.compile(rf"\b(?:heb|hebben|had|heeft|ben|is) (?:\w+ ){{0,10}}{_DONE}\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:ik|me|mij|mezelf|mijn)\b")


def _clauses(text: str) -> Iterable[str]:
    """Sentences, so that a means and what is done with it must meet in one."""
    for sentence in re.split(r"[.!?\n;]+", text):
        if sentence.strip():
            yield sentence


_ALL_AT_ONCE_RE = re.compile(r"\b(?:allemaal|alles|ze allemaal|ze alle) (?:\w+ )?(?:neem|nemen|innemen|slik|"
                             r"slikken|in te nemen|in een keer|in ene keer|in 1 keer|tegelijk|ingenomen|genomen|geslikt)\b")


def means_signal(raw_text: str) -> Optional[CrisisSignal]:
    whole = without_idioms(normalise(raw_text))
    if MEDICINE_RE.search(whole) and _ALL_AT_ONCE_RE.search(whole) and _FIRST_PERSON_RE.search(whole):
        return CrisisSignal(ACUTE if _TIME_RE.search(whole) else SUICIDAL, "medicine_planned")
    for clause in _clauses(raw_text):
        normalised = without_idioms(normalise(clause))
        for name, pattern in _MEANS_RE.items():
            if pattern.search(normalised):
                acute = bool(_TIME_RE.search(normalised) or DONE_RE.search(normalised))
                return CrisisSignal(ACUTE if acute else SUICIDAL, f"means_{name}")
        if not MEDICINE_RE.search(normalised) or not _A_LOT_RE.search(normalised):
            continue
        if DONE_RE.search(normalised):
            return CrisisSignal(ACUTE, "medicine_taken")
        has_intent = bool(_INTENT_RE.search(normalised))
        has_time = bool(_TIME_RE.search(normalised))
        if (has_intent or has_time) and (_FIRST_PERSON_RE.search(normalised) or not MEDICINE_USE.search(normalised)):
            return CrisisSignal(ACUTE if has_time else SUICIDAL, "medicine_planned")
    return None
