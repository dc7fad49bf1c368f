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
import unicodedata
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Pattern, Tuple

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

    def __str__(self) -> str:
        return f"lexicon:{self.cue}"


# --- Normalisation --------------------------------------------------------------------

# Chat, Flemish and spoken forms, written out so that one pattern covers them.
_WORD_FORMS = {
    "k": "ik", "ikke": "ik", "kwil": "ik wil", "kzie": "ik zie", "kben": "ik ben", "kga": "ik ga",
    "kheb": "ik heb", "kan't": "kan niet", "kwou": "ik wou", "kdenk": "ik denk", "kmoet": "ik moet",
    "ni": "niet", "nie": "niet", "nt": "niet", "nimeer": "niet meer", "niemeer": "niet meer", "da": "dat",
    "dakik": "dat ik", "mn": "mijn", "m'n": "mijn", "mijne": "mijn", "zn": "zijn", "z'n": "zijn",
    "mezelve": "mezelf", "mijzelf": "mezelf", "mzelf": "mezelf", "gij": "jij", "ge": "je", "wille": "willen",
    "leve": "leven", "levn": "leven", "lven": "leven", "doot": "dood", "dod": "dood", "wl": "wil", "wul": "wil",
    "wilt": "wil", "ff": "even", "idd": "inderdaad", "miss": "misschien", "mss": "misschien", "ofzo": "of zo",
    "tis": "het is", "t": "het", "'t": "het", "es": "eens", "zelfmoort": "zelfmoord", "dr": "er", "d'r": "er",
    "eruit": "er uit", "ermee": "er mee", "nx": "niks", "niks": "niets", "vd": "van de", "vh": "van het",
    "gwn": "gewoon", "gewn": "gewoon", "zie't": "zie het", "zitte": "zitten", "hbt": "heb het", "hb": "heb",
    "heb't": "heb het", "ganse": "hele", "gans": "hele", "gene": "geen", "genen": "geen", "teveel": "te veel",
    "heleboel": "hele boel", "eraan": "er aan", "daaraan": "daar aan", "der": "er", "sneeen": "sneden", "sneen": "sneden", "plz": "alsjeblieft", "pls": "alsjeblieft",
}
_SQUASHED_FORMS = (  # frequent missing spaces
    ("ikwil", "ik wil"), ("wildood", "wil dood"), ("nietmeer", "niet meer"), ("meerleven", "meer leven"),
    ("ikzie", "ik zie"), ("ikga", "ik ga"), ("ikben", "ik ben"), ("ikheb", "ik heb"), ("ikkan", "ik kan"),
    ("eindaan", "eind aan"), ("eindeaan", "einde aan"), ("dooddood", "dood dood"), ("hbtal", "heb al"),
    ("mijnpillen", "mijn pillen"), ("pillengenomen", "pillen genomen"), ("almijn", "al mijn"),
)
_EMOJI_WORDS = {"😂": " haha ", "🤣": " haha ", "😅": " haha ", "💀": " dood ", "⚰": " doodskist ", "🔪": " mes ", "💊": " pillen ", "🩸": " bloed ",
                "🪢": " touw ", "😭": " ", "😢": " "}


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, chat and Flemish forms written out."""
    for emoji, word in _EMOJI_WORDS.items():
        text = (text or "").replace(emoji, word)
    decomposed = unicodedata.normalize("NFKD", text or "")
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = without_accents.lower().replace("’", "'").replace("`", "'")
    lowered = re.sub(r"(\w)\1{2,}", r"\1\1", lowered)  # "dooood" -> "dood", "plsss" -> "plss"
    letters = re.sub(r"[^\w' ]+", " ", lowered)
    letters = re.sub(r"(?<!\w)'|'(?!\w)", " ", letters).replace("_", " ")
    words: List[str] = []
    for word in letters.split():
        for squashed, spaced in _SQUASHED_FORMS:
            if squashed in word and word != squashed.replace(" ", ""):
                word = word.replace(squashed, f" {spaced} ")
            elif word == squashed:
                word = spaced
        words.extend(_WORD_FORMS.get(part, part) for part in word.split())
    joined = " ".join(" ".join(words).split())
    return joined.replace("zelf moord", "zelfmoord").replace("zelf doding", "zelfdoding")


def within_one_edit(word: str, target: str) -> bool:
    """True when `word` equals `target` up to one substitution, insertion or deletion."""
    if word == target:
        return True
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target)) == 1
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


# --- Idioms: the same words in everyday senses, blanked out before matching ------------

_IDIOMS = [
    # "ik ga dood van de honger", "ik verveel me dood", "doodmoe", "ik lach me dood"
    r"\b(?:ga|gaat|gaan|ging|gingen) (?:bijna |echt |nog |zowat |haast )?dood (?:van|aan) (?:de |het |die |dat |mijn )?"
    r"(?:honger|dorst|hitte|warmte|kou|verveling|schaamte|stress|zenuwen|lachen|pijn|jeuk|nieuwsgierigheid|"
    r"buikpijn|krampen|spanning|zweet|de lach|ellende|heimwee|slaap|slaaptekort|moeheid|vermoeidheid|spierpijn|"
    r"\w+ ?pijn|\w+ ?honger)\b",
    r"\b(?:schrik|schrok|verveel|verveelde|lach|lachte|werk|werkte|schaam|schaamde|ergerde|erger|zoek|zocht|"
    r"betaal|betaalde|pieker|piekerde|zweet|zweette|train|trainde|eet|at|vreet) (?:me|mij|mezelf|ons|je|zich) "
    r"(?:\w+ )?(?:dood|kapot|rot|suf|te pletter|het apezuur|een ongeluk|een breuk|krom|scheel)\b",
    r"\bdood ?(?:moe|op|kalm|leuk|normaal|simpel|eenvoudig|gewoon|stil|ziek|eng|bang|serieus|lief|jammer|zonde|"
    r"spannend|vermoeiend|saai|stom|nerveus|benauwd|zenuwachtig|ongelukkig|gelukkig)\b",
    r"\b(?:dood|doods) ?(?:gewoon|saai|stil|vermoeiend)\b",
    r"\bover (?:mijn|zijn|haar|ons) lijk\b",
    # done with a subscription, a diet, an app: "ik zeg mijn abonnement op, ik ben er klaar mee"
    r"\b(?:abonnement|lidmaatschap|account|maaltijdbox|box|dieet|app|nieuwsbrief)\b[\w ]{0,60}\bik ben er (?:\w+ )?"
    r"klaar mee\b|\bik ben er (?:\w+ )?klaar mee\b[\w ]{0,60}\b(?:abonnement|lidmaatschap|account|maaltijdbox|box|"
    r"dieet|app|nieuwsbrief)\b",
    # fixed expressions: "de dode hoek", "een dood spoor", "een dode letter"
    r"\bdode (?:hoek|letter|punt|mus|bladeren|huidcellen|cellen|tijd|link|zee|vlees)\b|\bdood (?:spoor|gewicht|punt|"
    r"kapitaal)\b",
    # others' reaction, joked about: "mijn huisgenoten willen van het dak springen haha"
    r"\b(?:huisgenoten|collegas|collega's|buren|vrienden|kinderen|mensen|iedereen|ze|hij|zij) (?:\w+ ){0,5}(?:springen|"
    r"sterven|dood gaan|doodgaan|ophangen) (?:haha|lol|grapje)\b",
    # dying OF something, said of a food, a task or an illness: "die spruitjes, ik ga eraan dood"
    r"\b(?:ga|gaat|gaan|ging) (?:\w+ )?(?:er|daar) aan dood\b",
    r"\bdoodgemoedereerd\b|\bdoodsbang\b|\bdoodziek\b|\bdoodop\b|\bdoodnormaal\b|\bdoodleuk\b|\bdoodmoe\b|"
    r"\bdoodeng\b|\bdoodzonde\b|\bdoodstil\b|\bdoodsaai\b|\bdoodgewoon\b",
    r"\b(?:de |het )?(?:batterij|accu|telefoon|gsm|laptop|plant|plantje|plantjes|lijn|verbinding|mobiel|"
    r"server|wifi|stekker|markt|feest|kroeg|stad|winkel|club|vliegen|vlieg|mug|muggen|wesp|spin|muis|ratten|"
    r"bacterien|bacteria|darmbacterien|bacterie|cellen|huidcellen|haar|hoek|punt|spoor|mode|trend|game|"
    r"personage|goede bacterien|slechte bacterien|microben|gisten|schimmels|virussen|virus|basilicum|kerstboom|"
    r"boom|plant|planten|bloemen|cactus|orchidee|moestuin|gras|gazon|vissen|goudvis)"
    # (the words in between never include the first person: "het punt dat ik liever dood ...")
    r" (?:(?!(?:ik|me|mij|mezelf|ikzelf) )\w+ ){0,3}(?:dood|doodgaan|dood gaan|sterven|sterft|kapot|gestorven|afgestorven|af)\b",
    r"\b(?:de was|wasgoed|was|jas|jassen|kleren|kleding|schilderij|schilderijen|lampen|lamp|lampje|gordijnen|"
    r"slingers|kerstballen|vogelhuisje|plank|planken|poster|posters|foto|foto's|fotos|hangmat|telefoon|"
    r"hoorn|de hoorn|handdoeken|jurk|broek|shirt|was buiten|wasgoed buiten) (?:\w+ ){0,3}op ?(?:hangen|hang|"
    r"gehangen|hangt|hing)\b",
    r"\b(?:hang|hing|hangen|opgehangen|ophangen) (?:\w+ ){0,2}(?:de was|was|jas|kleren|telefoon|hoorn|schilderij|"
    r"lamp|gordijn|gordijnen|slingers|foto)\b",
    r"\b(?:ik hang|hang ik|ik heb) (?:\w+ )?(?:de )?(?:telefoon|hoorn) (?:\w+ )?(?:op|opgehangen)\b",
    r"\b(?:ik )?(?:hang|hing) (?:nu |zo |even |maar )?op\b",
    r"\b(?:groente|groenten|groentes|ui|uien|brood|vlees|kaas|tomaat|tomaten|fruit|appel|paprika|komkommer|"
    r"wortel|wortels|prei|knoflook|taart|haar|papier|gras|heg|haag|hout|stof|kip|vis|kool|sla|aardappel|"
    r"aardappelen|courgette|champignons|avocado|mango|stukjes|blokjes|plakjes|reepjes) (?:\w+ ){0,3}"
    r"(?:snijden|snij|sneed|gesneden|snijdt|hakken|schillen)\b",
    r"\b(?:snijden|snij|sneed|gesneden) (?:\w+ ){0,3}(?:groente|groenten|ui|uien|brood|vlees|kaas|tomaten|fruit|"
    r"haar|papier|gras|hout|in stukjes|in blokjes|in plakjes|in reepjes)\b",
    r"\b(?:snijd|snijden|snij) (?:\w+ ){0,3}(?:ui|uien|brood|groente|groenten|vlees|kaas|tomaat|tomaten|fruit)\b",
    r"\b(?:snijplank|pan|pannen|auto|telefoon|gsm|scherm|bril|lens|lenzen|vloer|tafel|gitaar|plaat|lak|laptop) "
    r"(?:\w+ ){0,7}krassen\b|\bkrassen (?:\w+ ){0,2}(?:op|in) (?:de|het|mijn|m'n|onze) (?:auto|scherm|telefoon|"
    r"gsm|bril|vloer|tafel|pan|lak|deur)\b",
    r"\b(?:er |ervan )?dood van (?:ga|gaan|gaat)\b|\bga (?:\w+ )?kapot (?:\w+ ){0,3}haha\b|\bhaha (?:\w+ ){0,3}"
    r"(?:dood|kapot)\b",
    r"\b(?:abseilen|abseilden|skydiven|skydive|klimmen|duiken|bungee\w*|parachute\w*|zipline|klifspringen|"
    r"trampoline\w*|springkussen|hoogspringen|verspringen|paardenspringen)\b",
    r"\b(?:mezelf|me|mij) (?:\w+ ){0,2}voor (?:mijn|m'n|de|het) (?:kop|hoofd|harses) (?:\w+ )?(?:slaan|sla|geslagen)\b",
    r"\b(?:klaar mee|klaar met) dat ik (?:\w+ ){0,3}(?:moet eten|moet drinken|eet|drink|moet sporten|moet koken)\b",
    r"\b(?:met )?(?:mijn|m'n|de) handen in (?:het|mijn|m'n) haar\b",
    r"\bdood in de pot\b|\b(?:klaar mee|klaar met|er klaar mee) (?:\w+ ){0,2}met (?:die|dat|de|het|deze|dit|mijn) "
    r"(?!leven\b)\w+",
    r"\bdat snijdt (?:geen )?hout\b|\bsnijdt aan twee kanten\b|\bsneed me (?:\w+ ){0,3}(?:vinger|duim) ?(?:bij|tijdens|met) "
    r"(?:het )?(?:koken|snijden|papier|afwassen)\b|\bper ongeluk (?:\w+ ){0,4}gesneden\b|"
    r"\b(?:in|aan) (?:mijn|m'n) (?:vinger|duim) gesneden\b",
    r"\b(?:in het diepe|op de trampoline|van de duikplank|van de springplank|in het zwembad|in de zee|over de sloot|"
    r"op de fiets|uit bed|uit de bocht|een gat in de lucht|een sprongetje|bungee|bungeejumpen|parachute|"
    r"parachutespringen|touwtje|touwtjespringen|touwspringen|hoogspringen|verspringen|paardrijden|"
    r"op het paard|van vreugde|rond) (?:\w+ ){0,2}(?:springen|spring|sprong|gesprongen|springt)\b",
    r"\bspringen (?:van|voor) (?:vreugde|blijdschap)\b|\b(?:touw|touwtje) ?springen\b",
    r"\b(?:sla|sloeg|slaan) (?:me|mij|ons|je|zich) (?:er )?(?:\w+ )?door ?heen\b|\bsla (?:me|mij) erdoor\b",
    r"\b(?:sterf|sterven|sterft|stierf) (?:\w+ )?(?:van|aan) (?:de )?(?:honger|dorst|hitte|warmte|kou|verveling|"
    r"schaamte|nieuwsgierigheid|het lachen)\b",
    r"\b(?:kapot|kapotgaan|kapot gaan) (?:van|aan) (?:het|de|mijn) (?:werk|stress|drukte|studie|examens|buikpijn|"
    r"lachen|verdriet om)\b",
    r"\b(?:de|die|deze|mijn|zijn|haar|dat|dit) (?:deadline|examen|examens|vergadering|job|baas|schoonmoeder|trein|"
    r"file|buikpijn|darm|darmen|scheten|hoofdpijn|kinderen|kids|collega|hond|kat|sport|training|dieet|keto) "
    r"(?:\w+ )?(?:wordt|worden|is|zijn|gaat|gaan) (?:nog )?(?:mijn|me|de|mn) (?:dood|ondergang|einde)\b",
    r"\bgeen zin (?:meer )?in (?!(?:het |dat |dit |mijn )?(?:leven|bestaan)\b|niets|niks|alles|iets|morgen|"
    r"de toekomst|mezelf|verder)(?:een |de |het |die |dat |mijn )?\w+\b",
    r"\bik zie het (?:wel )?(?:weer |helemaal |echt )?zitten\b",
    r"\boverdosis (?:aan |van )?(?:\w+ )?(?:suiker|snoep|chocolade|koffie|cafeine|vitamine\w*|probiotica|vezels|zout|"
    r"vet|stress|informatie|tv|series|drama|zon|sport|kerst\w*|eten|fastfood|gluten|alcohol op een feestje)\b",
    # suicide as a topic (school, study, books, prevention) or as how someone else died
    r"\b(?:zelfmoord|suicide|zelfdoding)preventie\w*\b|\b(?:overleden|gestorven|overlijden|stierf|verloren) "
    r"(?:\w+ ){0,2}(?:door|aan|na) (?:een )?(?:zelfdoding|zelfmoord|suicide)\b|\b(?:boek|jeugdboek|film|serie|"
    r"werkstuk|profielwerkstuk|spreekbeurt|paper|scriptie|artikel|documentaire|richtlijn|presentatie) (?:\w+ ){0,14}"
    r"(?:zelfmoord|suicide|zelfdoding)\w*(?: pleegt| pleegde)?\b|\bhoeveel mensen (?:\w+ ){0,4}(?:zelfdoding|"
    r"zelfmoord|suicide)\b",
    r"\b(?:de |onze |mijn |een )?(?:kat|poes|kitten|hond|puppy|konijn|cavia|hamster|braamstruik|struik|rozen|doornen)"
    r" (?:\w+ ){0,3}krassen\b",
    r"\b(?:killing it|killed it|kill time|dead tired|dying to|dying for|dead line|deadline|i'm dead|im dead|"
    r"dead inside lol|lol dead)\b",
]
_IDIOM_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _IDIOMS))


def _without_idioms(normalised: str) -> str:
    return _IDIOM_RE.sub(" # ", normalised)


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


def everyday_sense(text: str) -> bool:
    """True when `text` uses crisis words in an everyday sense that the lexicon knows
    (an idiom, grief about someone else, a medicine question, something done by
    accident, hanging something up).
    With no crisis signal as well, the classifier alone then needs more confidence."""
    normalised = normalise(text)
    return bool(
        _IDIOM_RE.search(normalised)
        or _GRIEF_RE.search(normalised)
        or _EVERYDAY_RE.search(normalised)
        or re.search(r"\bper ongeluk\b", normalised)
        or _HANGING_UP_RE.search(normalised)
        or (_MEDICINE_RE.search(normalised) and _MEDICINE_USE.search(normalised))
        or re.search(r"\boverdosis\b", normalised) and _MEDICINE_USE.search(normalised)
    )


# --- Statements that are a signal by themselves ----------------------------------------

_G = r"(?:\w+ ){0,3}"  # up to three filler words ("echt", "gewoon", "eigenlijk", "soms")
_G5 = r"(?:\w+ ){0,5}"
_WANT = (r"(?:wil|wilde|wou|wouw|zou willen|zou graag|wens|wenste|verlang|verlangde|hoop|hoopte|liefst|"
         r"het liefst|overweeg|wil je|wilt|willen)")
_DIE = (r"(?:dood|dood zijn|doodgaan|dood gaan|sterven|overlijden|er niet meer zijn|er niet meer te zijn|"
        r"niet meer leven|niet meer bestaan|niet meer verder(?! met)|slapen en niet meer wakker)")
_ME = r"(?:ik|me|mij|mezelf|mijn)"
_SELF = r"(?:mezelf|me|mij|zichzelf|zich|hemzelf|haarzelf|jezelf)"
_HARM_VERBS = (r"(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|kraste|gekrast|brand|branden|verbrand|"
               r"verbranden|brandde|gebrand|sla|slaan|sloeg|geslagen|bonk|bonken|beschadig|beschadigen|"
               r"beschadigd|verwond|verwonden|verwondde|pijn doen|pijn gedaan|pijn te doen|iets aandoen|iets aan "
               r"doen|iets aan te doen|iets aangedaan|wat aandoen|wat aan doen|iets aan|wat aan|aan doen|"
               r"aandoen|kapot maken|kapotmaken|uithongeren|krabben|openkrabben|open krabben|prikken)")

STATEMENTS: Dict[str, Tuple[str, str]] = {
    # name: (kind, pattern)
    "suicide_word": (SUICIDAL, r"\b(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|suizid\w*|zelfmord\w*|zelfmood\w*|"
                     r"zelmoord\w*|selfmoord\w*|zelfmoor\w*|suisid\w*|suicide\w*|suiside\w*|levensmoe\w*|"
                     r"doodswens\w*|doodsgedacht\w*|afscheidsbrie\w*|afscheidsbericht\w*|zelfdodings\w*|"
                     r"zelfmoorden|suicidaal|zelfdodend\w*)\b"),
    "self_harm_word": (SELF_HARM, r"\b(?:zelfbeschadig\w*|zelfverwond\w*|automutil\w*|zelfmutil\w*|"
                       r"selfharm\w*|self harm\w*|zelfkastijd\w*|snijwonden op|krassen op mijn(?! (?:auto|telefoon|scherm|bril|brillenglazen|gsm|laptop|vloer|tafel|"
                       r"parket|fiets|horloge|lens|lenzen))(?!(?: \w+){0,4} (?:van|door) (?:de|onze|mijn|een|het) "
                       r"(?:kat|poes|kitten|hond|puppy|konijn|cavia|bramen|braamstruik|doornen|rozen|struiken)\b)|littekens van "
                       r"het krassen|krassen en snijden|zelf beschadigen)\b"),
    "wish_to_die": (SUICIDAL, rf"\b{_WANT} {_G5}{_DIE}\b"),
    "think_of_dying": (SUICIDAL, r"\b(?:denk|dacht|denken|fantaseer|droom|pieker|gedachten|gedachtes) (?:\w+ ){0,4}"
                       r"(?:aan|over|van) (?:\w+ )?(?:dood|doodgaan|dood gaan|sterven|er niet meer zijn|niet meer "
                       r"leven|mijn einde|een einde)\b|\bik (?:ga|zal|wil) (?!(?:er|daar) aan )(?:\w+ ){0,2}(?:dood|sterven)\b(?! (?:\w+ )?"
                       r"(?:van|aan|als|door|met)\b)"),
    "no_longer_see_it": (SUICIDAL, r"\b(?:zie|zien|ziet) (?:\w+ )?(?:het|t)? ?(?:leven |allemaal |echt |gewoon |nog )?"
                         r"(?:niet|nie|geen) ?(?:meer|lang) (?:\w+ )?zitten\b"),
    "want_dead": (SUICIDAL, rf"\b(?:ik|me|mij) {_G}(?:wil|wou|wilde|wens|hoop) {_G}dood\b|\bwil dood\b|"
                  rf"\bwil ik (?:\w+ )?dood\b"),
    "rather_dead": (SUICIDAL, rf"\b(?:liever|beter) (?:\w+ ){{0,2}}dood\b|\b(?:was|ware|lag) ik (?:\w+ ){{0,2}}"
                    rf"(?:dood|er niet|nooit geboren|onder de grond)\b|\bbeter (?:als|dat|wanneer) ik {_G}"
                    rf"(?:er niet (?:meer )?ben|dood ben|weg ben|niet (?:meer )?besta|er niet (?:meer )?zou zijn|"
                    rf"doodga|sterf|verdwijn|er niet meer ben)\b"),
    "no_life": (SUICIDAL, rf"\b(?:niet|geen|nie) ?meer {_G}(?:te )?(?:leven|bestaan)\b(?! (?:van|met|zonder|in|"
                rf"op|als) (?:de |het |mijn )?(?:suiker|gluten|brood|vlees|koffie|alcohol|zuivel|lactose))"),
    "life_pointless": (SUICIDAL, r"\b(?:het |mijn |dit )?leven (?:heeft |is |lijkt )?(?:\w+ ){0,2}(?:geen zin|zinloos|"
                       r"niet meer de moeite|niets meer waard|niks meer waard|voorbij|klaar|een hel|geen nut)\b|"
                       r"\bgeen (?:zin|reden|nut) (?:meer )?(?:om|in) (?:te leven|het leven|mijn leven|verder te "
                       r"gaan|door te gaan|te bestaan|op te staan)\b|\bwaarom (?:zou ik|moet ik) (?:nog )?"
                       r"(?:\w+ )?(?:leven|verder gaan|doorgaan|blijven leven)\b|\bwat (?:heeft|is) (?:het|mijn "
                       r"leven) (?:nog )?(?:voor )?(?:zin|nut)\b(?! (?:van|om) )|\balles is zinloos\b|\bniets heeft (?:nog )?zin\b|"
                       r"\bnergens (?:meer )?(?:zin|nut) (?:meer )?(?:in|van) (?:te leven|het leven)\b"),
    "no_way_out": (SUICIDAL, r"\b(?:geen|gn) (?:uitweg|oplossing meer|toekomst meer|hoop meer|licht meer|"
                   r"uitzicht meer|perspectief meer)\b|\buitzichtloos\b|\b(?:ik ben|voel me|voel ik me|alles is|"
                   r"het is) (?:\w+ )?(?:hopeloos|wanhopig|ten einde raad)\b(?! (?:\w+ )?(?:met|aan|van|over) "
                   r"(?:mijn|de|die|dat|deze) (?:darm|darmen|buik|dieet|huid|eczeem|stoelgang))|\bten einde raad\b"),
    "burden": (SUICIDAL, rf"\bbeter af {_G}zonder (?:mij|me)\b|\b(?:ik ben|ben ik|voel me|voel ik me) {_G}"
               rf"(?:een |alleen maar |enkel |gewoon )?(?:last|blok aan het been|tot last|waardeloos(?! (?:\w+ ){{0,3}}(?:de|het|"
               rf"een) (?:laatste|examen|examens|tentamen|week)\b)|overbodig|"
               rf"niks waard|niets waard|een mislukkeling)\b|\b(?:tot last|iedereen (?:\w+ )?last van mij)\b|"
               rf"\bniemand (?:zou|zal|gaat) (?:\w+ )?(?:mij|me) (?:\w+ )?(?:missen|merken)\b|"
               rf"\bniemand (?:zou|zal) (?:het )?(?:\w+ )?merken (?:als|wanneer) ik\b|\bniemand zou (?:\w+ )?"
               rf"(?:rouwen|huilen)\b|\b(?:zonder mij|als ik er niet (?:meer )?ben) (?:\w+ )?(?:beter|makkelijker|"
               rf"rustiger)\b"),
    "not_wake_up": (SUICIDAL, r"\b(?:niet|nooit|nie) (?:meer )?(?:\w+ ){0,3}wakker (?:worden|te worden|word|wordt|"
                    r"zou worden|zal worden)\b|\bnooit meer (?:\w+ )?(?:wakker|opstaan|op te staan)\b|\bgaan slapen "
                    r"en (?:nooit|niet) meer\b|\bvoor altijd (?:\w+ )?(?:slapen|verdwijnen|weg|rust)\b|"
                    r"\beeuwige (?:slaap|rust)\b"),
    "disappear": (SUICIDAL, rf"\b{_ME} {_G}(?:wil|wou|zou willen|wens|wenste|hoop) {_G}(?:verdwijnen|oplossen in "
                  r"het niets|weg zijn|er niet zijn|niet bestaan|onzichtbaar (?:worden|zijn) voor altijd)\b"
                  r"(?! (?:van|uit|op) (?:jullie|de|uw|het|die|deze|je|jouw) )|"
                  r"\b(?:was|wou|wilde) (?:dat )?ik (?:\w+ ){0,2}(?:er niet|nooit|niet geboren|niet bestond|"
                  r"weg (?:was|kon))\b|\bhad ik (?:\w+ )?nooit (?:bestaan|geleefd|geboren)\b|"
                  r"\bniet (?:meer )?(?:willen )?bestaan\b|\bgewoon (?:weg|verdwijnen)\b(?! (?:van|uit) (?:de|het|"
                  r"mijn) (?:buik|darm|huid|klachten|pijn))"),
    "cannot_go_on": (SUICIDAL, r"\bik (?:kan|trek|hou|houd|volhoud|kan het|trek het|hou het|houd het) (?:\w+ )?"
                     r"(?:niet|nie|echt niet|gewoon niet) (?:meer|langer)(?: aan| verder| door| vol| tegenop| uit| "
                     r"meer| ik|$| en | want | maar | alles| het leven)|\bik (?:kan|trek) (?:het|dit|alles) "
                     r"(?:\w+ )?niet (?:meer )?(?:aan|meer)$|\b(?:ik )?(?:kan|wil) (?:zo )?niet (?:meer )?verder\b|"
                     r"\bhet (?:hoeft|moet) (?:voor mij )?(?:\w+ )?(?:niet|nie) meer\b|\bik (?:ben|voel me) (?:er )?(?:klaar mee(?! om )|klaar met (?:alles|het leven|"
                     r"leven))\b|\bklaar met (?:leven|het leven|alles)\b|\bik wil dat (?:het|alles|dit) "
                     r"(?:\w+ )?(?:stopt|ophoudt|voorbij is|over is)\b(?! (?:met|van) )"),
    "end_it": (SUICIDAL, r"\b(?:eind|einde|end|einden) (?:\w+ ){0,2}(?:aan )?(?:maken|make|mak|maakt|"
               r"breien)\b|\b(?:maak|maken|mak) (?:er|het|alles) (?:\w+ ){0,2}(?:eind|einde|end|punt) aan\b|"
               r"\b(?:eind|einde|punt) (?:aan|achter) (?:mijn|het|dit|m'n) (?:leven|bestaan)\b|\buit het leven\b|"
               r"\ber (?:\w+ )?uit (?:stappen|stap|te stappen)\b|\b(?:van kant|om zeep|om het leven) (?:\w+ )?"
               r"(?:maken|brengen|helpen|te maken|te brengen)\b|\bmezelf (?:\w+ ){0,2}(?:van kant|om het leven|om zeep|"
               r"dood|kapot)\b|\bmijn leven (?:\w+ )?(?:beeindigen|nemen|eindigen|stoppen)\b|\b(?:einde|eind) "
               r"maken\b|\bhet leven (?:\w+ )?opgeven\b|\bhet voor gezien houden\b|"
               # "er (gewoon) een punt achter zetten" with nothing named; "stoppen/kappen met alles"
               r"\ber (?:\w+ ){0,2}(?:een )?punt achter (?:moet |wil |ga |kan |te )?zetten\b(?! (?:met|bij|op|al|aan) )|"
               r"\b(?:stop|stoppen|kap|kappen|ophouden|uitchecken) (?:ik |ermee |er mee |gewoon ){0,2}met alles\b"
               r"(?! (?:wat|dat|behalve|van|in|uit|op|voor(?! altijd)|\w+en)\b)(?!(?: \w+){0,3} (?:suiker|frisdrank|koek\w*|"
               r"snoep|chips|alcohol|drank|vlees|gluten|zuivel|brood|witbrood|koffie|roken|sigaretten|fastfood|bier|"
               r"wijn)\b)|\bmet alles bedoel ik\b"),
    # Dutch-English mixes: the English statements people use
    "english_suicidal": (SUICIDAL, r"\b(?:kill myself|killing myself|want to die|wanna die|wish i was dead|wish i were "
                         r"dead|end it all|end my life|ending my life|better off dead|better off without me|dont want "
                         r"to (?:live|be here|wake up)|no reason to live|suicidal|take my (?:own )?life)\b"),
    "english_self_harm": (SELF_HARM, r"\b(?:cut myself|cutting myself|hurt myself|hurting myself|burn myself|"
                          r"self harming|selfharming)\b"),
    "english_acute": (ACUTE, r"\b(?:took|taken|swallowed) (?:a |an |the )?(?:whole |entire |full )?(?:box|bottle|pack|"
                      r"packet|strip|lot|bunch|handful) of\b|\boverdosed?\b|\b(?:took|taken|swallowed|take) all "
                      r"(?:of )?(?:my|the|those|these) (?:\w+ )?(?:pills|meds|medication|medicine|tablets|sleeping pills|"
                      r"\w+ine|\w+am|\w+ol|\w+ex)\b|\b(?:took|taken|swallowed) (?:like |about |around |maybe )?\d+ "
                      r"(?:\w+ )?(?:pills|tablets|meds|pillen|tabletten)\b"),
    "farewell": (SUICIDAL, r"\b(?:dit is|dit was|hier is|het is) (?:\w+ )?(?:mijn|het) laatste (?:bericht|berichtje|"
                 r"woord|keer)\b|\bvaarwel\b|\btot nooit\b|\bafscheid (?!(?:\w+ ){0,2}van (?:ons|onze|mijn|m'n|de|het|haar|hem|hen|ze|een|zijn) "
                 r"(?!leven\b|wereld\b|kinderen\b|familie\b|ouders\b))(?:\w+ ){0,3}(?:nemen|genomen|neem|van "
                 r"iedereen|van de wereld|van het leven|van jullie)\b(?!.*\b(?:verhuisd|verhuist|verhuizen|vertrekt|"
                 r"vertrokken|emigreert|geemigreerd|pensioen|nieuwe baan|op reis|collega|collegas)\b)|\b(?:zeg|vertel) (?:\w+ ){0,3}(?:dat ik "
                 r"(?:\w+ )?van (?:ze|hen|jullie|hem|haar) (?:hou|houd)|dat het me spijt)\b|\bmijn (?:spullen|"
                 r"spulletjes|bezittingen|kat|hond|katten) (?:\w+ ){0,3}(?:weggeven|weggegeven|verdelen|verdeeld|"
                 r"een nieuw thuis|een nieuwe baas)\b|\b(?:testament|brief voor mijn|brieven voor) (?:\w+ ){0,3}"
                 r"(?:geschreven|opgesteld|klaar|achtergelaten)\b|\bjullie zien me (?:niet )?nooit meer\b|"
                 r"\bjullie (?:hoeven|moeten) (?:\w+ )?(?:niet|nooit) meer (?:\w+ )?(?:op mij|naar mij)\b|"
                 r"\bzorg (?:\w+ )?goed voor (?:mijn|elkaar)\b.*\b(?:laatste|afscheid)\b"),
    "lethal_dose": (ACUTE, r"\b(?:dodelijke|letale|fatale) (?:\w+ )?(?:dosis|hoeveelheid|dosering)\b|\bhoeveel "
                    r"(?:\w+ ){1,4}(?:om (?:\w+ )?(?:dood te gaan|te sterven|niet meer wakker|er niet meer|het "
                    r"einde)|is (?:dodelijk|genoeg om)|dodelijk)\b|\b(?:is|zijn) (?:\w+ ){0,3}(?:genoeg|voldoende) "
                    r"om (?:\w+ )?(?:dood te gaan|te sterven|niet meer wakker)\b|\bpijnloos (?:\w+ )?(?:dood|sterven|"
                    r"doodgaan|er uit|einde)\b|\b(?:snelste|makkelijkste|beste|pijnloze|pijnloos|zekerste) "
                    r"(?:\w+ ){0,2}(?:manier|methode) (?:\w+ ){0,3}(?:om )?(?:dood|sterven|te sterven|zelfmoord|"
                    r"er uit|eruit|einde)\b"),
    "self_harm": (SELF_HARM, rf"\b(?:ik|me|mij|mezelf) (?:\w+ ){{0,4}}{_HARM_VERBS} (?:\w+ ){{0,2}}(?:mezelf|me|mij)\b"
                  rf"(?! (?:\w+ ){{0,4}}(?:per ongeluk|vinger|duim|papier|bij het koken|met koken))|"
                  rf"\b(?:mezelf|mijzelf) (?:\w+ ){{0,3}}{_HARM_VERBS}\b|"
                  rf"\b{_HARM_VERBS} (?:mezelf|mijzelf)\b|\b(?:snijdt|krast|brandt|slaat|verwondt|beschadigt|"
                  rf"snijden|krassen) (?:\w+ ){{0,2}}(?:zichzelf|zich)\b|\b(?:zichzelf|zich) (?:\w+ ){{0,3}}"
                  rf"{_HARM_VERBS}\b|\b(?:me|mij|mezelf) (?:\w+ )?(?:iets|wat) (?:aan ?doen|aan te doen|"
                  rf"aangedaan)\b|\b(?:mijn|m'n) (?:armen|arm|benen|been|polsen|pols|"
                  rf"dijen|buik|huid) (?:\w+ ){{0,2}}(?:open ?(?:gesneden|gekrast|gekrabd)|gesneden|gekrast|kapot "
                  rf"gemaakt|bewerkt|vol (?:met )?(?:sneden|snijwonden|krassen|littekens|brandwonden))\b|"
                  rf"\b(?:polsen|pols|aders|aderen) (?:\w+ ){{0,2}}(?:doorsnijden|door te snijden|snijden|openen|open)"
                  rf"\b|\b(?:krassen|snijden|branden) (?:\w+ ){{0,3}}(?:helpt|lucht op|geeft rust|weer gedaan|"
                  rf"gedaan)\b|\b(?:ik kras|ik snij|ik sneed)\b(?!(?: \w+){{0,5}} (?:vinger|vingers|duim|groente\w*|uien|ui|brood|vlees|gember|tomaat|tomaten|fruit|appel\w*|stukjes|plakjes|blokjes|fijn|in stukken|knoflook|kruiden)\b)|"
                  rf"\b(?:ik heb gekrast|weer gekrast|weer gesneden|"
                  rf"weer gesneden|terugval in (?:het )?(?:krassen|snijden))\b|\b(?:mezelf|me) (?:\w+ )?(?:pijn "
                  rf"(?:te )?doen|straffen|uithongeren)\b|\bhoofd (?:\w+ )?tegen de muur (?:\w+ )?(?:bonk|bonken|"
                  rf"slaan|sla|geslagen|gebonkt)\b"),
    "danger": (ACUTE, r"\b(?:ik ben|ben ik|ik zit|zit ik) in (?:direct |acuut |groot |levens)?gevaar\b|"
               r"\b(?:ik sta|sta ik|zit ik|ik zit) (?:nu |hier |al )?(?:\w+ )?(?:op|aan) (?:de|het|een) "
               r"(?:rand van|brug|dak|spoor|sporen|rails|viaduct|reling)\b(?!(?: \w+){0,6} (?:te repareren|te "
               r"schilderen|te werken|dakgoot|zonnepanelen|antenne|te vegen|schoon te maken|te klussen)\b)"),
    "hopeless_more": (SUICIDAL, r"\b(?:het|alles|dit) (?:\w+ )?heeft (?:allemaal |echt |gewoon )?geen (?:zin|nut) "
                      r"meer\b(?! (?:om|in|van|voor) (?!te leven|het leven|verder|door))|\b(?:het )?hoeft (?:het |"
                      r"allemaal |echt |gewoon )*(?:niet|nie) meer\b|\bik wil (?:gewoon |echt |eigenlijk |soms )*"
                      r"(?:niet|nie) meer\b(?! (?:\w+ ){0,2}(?:eten|drinken|snoepen|roken|werken|sporten|wachten|"
                      r"zo|met|naar|dat|in|de|het|mijn|van|last|zoveel|te|over|bij|op|suiker|brood|vlees|alcohol|"
                      r"koffie|stress|pijn|moe|bang))|\bik wil (?:\w+ ){0,2}dat (?:alles|het|dit|het allemaal) "
                      r"(?:\w+ )?(?:stopt|ophoudt|eindelijk stil|voorbij|over|klaar)\b(?! (?:met|van) )|\bhet moet "
                      r"(?:\w+ )?stoppen\b$|\b(?:hou|houd|hoe lang ik) (?:\w+ ){0,3}(?:dit|het) (?:\w+ ){0,2}"
                      r"(?:niet )?(?:lang |langer |nog )?(?:meer )?vol\b|\bniet (?:lang |langer )?meer vol (?:te )?"
                      r"(?:houden|hou)\b|\bwat is (?:nog )?het (?:punt|nut) van (?:dit|het|alles|mijn)\b|"
                      r"\bwhats? the point\b|\b(?:rust|slapen|weg|stil) (?:\w+ )?(?:voor altijd|voorgoed)\b|"
                      r"\b(?:echte|eeuwige) rust\b|\bleven (?:\w+ ){0,2}(?:te zwaar|een straf|als een straf|"
                      r"ondraaglijk|een last)\b|\bniet (?:meer )?waard om (?:nog )?(?:verder )?te leven\b|"
                      r"\bgeen (?:enkele )?reden (?:meer )?om (?:hier )?(?:te blijven|te leven|door te gaan|"
                      r"verder te gaan|hier te zijn)\b|\b(?:maar|nog|slechts) (?:een|een enkele|1) (?:uitweg|"
                      r"manier om (?:hier )?uit te komen|oplossing)\b|\bik geef (?:het|alles) op\b|\bgeen "
                      r"(?:kracht|energie|moed) meer (?:om )?(?:door te gaan|te leven|verder te gaan|om te vechten)\b|"
                      r"\b(?:het )?wordt (?:nooit|niet) (?:meer )?beter\b|\bniemand kan (?:mij|me) (?:nog |meer )?"
                      r"helpen\b|\bvoor (?:niks|niets) goed\b|\bik heb niets meer\b|\bgeen reden\b$|\bonnodig te "
                      r"(?:wezen|zijn)\b|\bstoppen met leven\b|\bhoe lang (?:moet|kan) ik (?:\w+ )?nog\b"),
    "passive_more": (SUICIDAL, r"\b(?:was|ware) ik (?:er )?maar (?:niet|dood|weg|nooit)\b|\b(?:kon|kan|mocht|mag) ik "
                     r"(?:niet )?(?:maar |gewoon |gwn )*(?:verdwijnen|wegzakken|ophouden|doodgaan|dood|weg|slapen en)"
                     r"\b|\bophouden te bestaan\b|\bniet (?:meer )?(?:te )?bestaan\b|\b(?:uitmaken|uit maken|niet erg "
                     r"(?:vinden|vind|zijn)|niks uit|niets uit) (?:\w+ ){0,3}(?:als|dat) ik (?:\w+ ){0,3}(?:dood|"
                     r"doodging|doodga|stierf|sterf|er niet|niet meer wakker|een ongeluk|verongeluk|overleed)\b|"
                     r"\b(?:als|dat) ik (?:\w+ ){0,3}(?:dood|doodging|doodga|stierf|er niet meer|niet meer wakker|een "
                     r"ongeluk krijg|verongeluk)\w* (?:\w+ ){0,3}(?:niet erg|niks uit|niets uit|maakt niet uit|vind "
                     r"ik dat|geeft niet)\b|\bhoop (?:\w+ ){0,6}(?:neerstort|verongeluk|een ongeluk|niet meer haal|"
                     r"niet meer wakker|vanzelf ophoudt|vanzelf stopt|dood ga|doodga|sterf|niet oud word)\w*\b|"
                     r"\b(?:komt|kom|komen) halen\b|\bdood (?:zijn )?lijkt me\b|\bwaarom (?:ben|word) ik (?:nog|"
                     r"weer) (?:wakker|wakker geworden)\b|\b(?:in slaap vallen|gaan slapen|slapen) en (?:dat het|het "
                     r"is|nooit|niet)\b|\b(?:ik|me|mij|mezelf) (?:\w+ ){0,3}(?:uitgewist|uitgegumd)\b|\balsof ik er nooit (?:was|geweest)\b|\bdisappear\b|"
                     r"\b(?:word|wordt|worden|werd) (?:\w+ )?(?:niet|nooit) meer wakker\b|\bniet meer wakker "
                     r"(?:werd|word)\b|\ber beter niet (?:meer )?(?:kan |zou )?(?:zijn|wezen)\b|\bik er (?:\w+ ){0,4}"
                     r"niet meer (?:ben|zou zijn|zal zijn)\b(?! (?:op|in|bij|met) (?:het werk|kantoor|school|de "
                     r"praktijk|de zaak|vakantie|verlof|pensioen)\b)(?!(?: \w+){0,3} (?:wie|met pensioen|verhuisd|"
                     r"naar het buitenland)\b)|\b(?:dat|of) ik er (?:\w+ ){0,4}nog (?:ben|zal zijn)\b|"
                     r"\bof er (?:nog )?een later is\b|\bniet (?:van plan|meer van plan) (?:om )?(?:hier )?(?:nog )?"
                     r"lang te blijven\b|\bbij (?:hem|haar|mijn \w+|mijn overleden \w+) (?:te )?(?:zijn|zijn begrijpt)"
                     r"\b(?=.*\b(?:overleden|dood|gestorven|hemel)\b)|\bik wil (?:\w+ )?bij (?:hem|haar) zijn\b|"
                     r"\bniet meer (?:\w+ )?(?:voelen|denken) (?:\w+ ){0,3}gewoon uit\b|\bachterna\b"),
    "burden_more": (SUICIDAL, r"\bzonder mij (?:zijn|is|zou|zouden|gaat|wordt) (?:\w+ ){0,3}(?:beter af|gelukkiger|"
                    r"beter|rustiger|makkelijker)\b|\b(?:gelukkiger|beter af|opgelucht|rustiger) (?:\w+ ){0,2}"
                    r"(?:zonder mij|als ik (?:\w+ )?(?:weg|er niet|dood|niet meer))\b|\b(?:wereld|iedereen|familie) "
                    r"(?:\w+ ){0,2}beter (?:af )?zonder (?:mij|me)\b|\b(?:sta|ben) (?:\w+ ){0,2}iedereen (?:alleen "
                    r"maar |enkel |gewoon )?in de weg\b|\b(?:probleem|mislukking|last|blok aan het been) voor "
                    r"iedereen\b|\bik ben (?:gewoon |maar |alleen maar )?een (?:mislukking|mislukkeling|probleem)\b|"
                    r"\bspijt (?:\w+ )?dat ik (?:besta|geboren)\b|\b(?:hebben|heeft|hebt) (?:\w+ ){0,2}(?:last|niks|"
                    r"niets) (?:aan|van) mij\b|\bkost (?:\w+ ){0,3}alleen maar (?:geld|zorgen|moeite)\b|\bheeft "
                    r"niemand (?:meer )?last\b|\bmijn leven is (?:\w+ )?mislukt\b"),
    "plan_more": (SUICIDAL, r"\b(?:datum|dag|moment|tijdstip) (?:\w+ )?(?:gekozen|geprikt|bepaald|vastgesteld)\b|"
                  r"\b(?:mijn|het) plan is (?:\w+ )?klaar\b|(?<!\btestament )(?<!\bnotaris )(?:^(?!.*\b(?:testament|notaris|verhuizing|verhuis|vakantie|bruiloft|trouw\w*|feest|reis|"
                  r"verbouwing|kinderopvang|opvang)\b)).*?\balles (?:\w+ )?(?:uitgedacht|voorbereid|geregeld)\b(?! (?:voor|met|rond|om|bij) (?:de|het|mijn|onze|ons|een|jullie) )|"
                  r"\b(?:is|wordt) de dag\b|\bde moed (?:\w+ )?(?:vinden|verzamelen|hebben)\b|\bplek gevonden\b|"
                  r"\b(?:ga|ik ga) (?:ik )?(?:het )?(?:\w+ )?het doen\b|\bik ga het (?:\w+ )?doen\b|\bhet doen, ik "
                  r"heb\b|\b(?:rij|loop|fiets|ga|ging) (?:\w+ ){0,2}(?:naar|op|richting) (?:de|het) (?:brug|spoor|"
                  r"rails|dak|flat|viaduct|parkeergarage|zee|rivier)\b|\b(?:stond|sta|stonden|zat) (?:ik )?"
                  r"(?:\w+ ){0,2}(?:op|bovenop|boven op) (?:de|het|een) (?:brug|dak|flat|parkeergarage|spoor|rand|"
                  r"viaduct)\b(?!(?: \w+){0,6} (?:te repareren|te schilderen|te werken|dakgoot|zonnepanelen|antenne|"
                  r"te vegen|schoon te maken|leeg te halen|te klussen)\b)|\bhoe hoog (?:\w+ ){0,3}(?:flat|brug|gebouw|dak|toren|parkeergarage)\b|\bhoogst\w* "
                  r"(?:\w+ ){0,5}(?:springen|spring)\b|\b(?:mes|mesje|scheermes\w*|stanleymes|touw|strop) (?:\w+ )"
                  r"{0,3}(?:in mijn hand|gekocht|klaar|naast me|bij me)\b|\b(?:spaar|sparen|gespaard|opgespaard|"
                  r"verzameld|gehamsterd|gekocht|gepakt|gestolen) (?:\w+ ){0,4}(?:pillen|pil|tabletten|medicijnen|"
                  r"medicatie|slaappillen)\b|\b(?:pillen|tabletten|medicijnen|medicatie|slaappillen) (?:\w+ ){0,4}"
                  r"(?:opsparen|op te sparen|sparen|verzameld|verzamelen|gekocht|gepakt|opgespaard|gespaard)\b|"
                  r"\b(?:kan|kun) (?:je|ik|men) (?:\w+ )?dood ?(?:gaan|gaat)? (?:van|aan|door)\b|\bhoe lang "
                  r"(?:\w+ )?(?:duurt het|duur) (?:\w+ ){0,3}(?:doodgaat|dood gaat|sterft|dood bent)\b|"
                  r"\bmanieren (?:\w+ )?(?:om )?(?:dood te gaan|te sterven|zelfmoord|er een eind)\b|"
                  r"\bhoeveel (?:\w+ )?(?:pillen|tabletten|medicijnen|medicatie|slaappillen|paracetamol|ibuprofen|oxazepam|"
                  r"diazepam|insuline|lithium|\w+pam|\w+lam|antidepressiva|dafalgan|perdolan) (?:\w+ )?is (?:te veel|"
                  r"dodelijk|genoeg)\b|\bin de hoop dat ik (?:\w+ )?"
                  r"(?:verongeluk|dood|niet meer)\b|\bexpres (?:\w+ ){0,2}te hard\b|\bhet (?:\w+ )?voor gezien "
                  r"(?:hou|houd|houdt|houden)\b"),
    "acute_more": (ACUTE, r"\boverdosis (?:\w+ ){0,3}(?:genomen|ingenomen|geslikt|gehad)\b|\b(?:heb|heeft|had) "
                   r"(?:\w+ ){0,3}overdosis\b|\b(?:te|heel) diep (?:\w+ )?(?:gesneden|gesneden en)\b|(?<!\bvan )\b(?:te veel|"
                   r"hele boel|heel veel|een heleboel|hele) (?:\w+ ){0,2}(?:pillen|tabletten|medicijnen)\b(?! (?:\w+ ){0,2}"
                   r"(?:tegen|voor|bij) (?:verstopping|hoofdpijn|pijn|koorts|migraine|maagzuur|buikpijn|allergie)\b)|"
                   r"\balles (?:\w+ ){0,2}ingenomen\b|\b(?:doos|doosje|doosjes|strip|strips|fles|pen|insulinepen|"
                   r"potje) (?!(?:\w+ ){0,2}(?:bonbons|koekjes|chocola\w*|snoep|chips|cornflakes|melk|water|"
                   r"cola|frisdrank|eieren|pizza|ijs|kefir|kombucha|yoghurt|zuurkool|probiotica|vitamines|vitamine|"
                   r"supplementen|magnesium|ijzer|visolie|kauwtabletten|kauwtabletjes|snoepjes|gummies|gummy\w*|"
                   r"vitaminegummies|snoepvitamines)\b)(?:\w+ ){0,3}(?:leeg|"
                   r"leeggegeten|leeg gespoten|leeggespoten|op|genomen|ingenomen|"
                   r"opgegeten|geslikt)\b|\b\w*(?:ontstopper|bleek|bleekmiddel|gif|antivries|wasmiddel|chloor) "
                   r"(?:\w+ )?(?:gedronken|ingenomen|geslikt)\b|\b(?:een )?poging (?:\w+ )?(?:gedaan|ondernomen)\b|"
                   r"\bhet (?:\w+ )?geprobeerd (?:\w+ ){0,3}(?:touw|brak|mislukt|leef nog)\b|\b(?:voor|onder) (?:de|een) "
                   r"(?:trein|metro|tram|auto|vrachtwagen|bus) (?:\w+ )?gesprongen\b|\bvan (?:het|de) (?:balkon|brug|dak|flat) (?:\w+ )?gesprongen\b|\bexpres "
                   r"(?:\w+ ){0,4}(?:verbrand|gesneden|gebrand|gegoten|geslagen|gekrast|ingenomen)\b|\btook (?:too "
                   r"many|all my) pills\b|\b\d+ (?:van )?(?:mijn )?(?:\w+ )?(?:lithium|pillen|tabletten|slaappillen|"
                   r"paracetamol|ibuprofen|oxazepam|dafalgan|perdolan) (?:\w+ ){0,2}(?:genomen|geslikt|ingenomen|op)"
                   r"\b|\b(?:medicatie|pillen|medicijnen) (?:\w+ ){0,3}(?:van de hele week|allemaal) (?:\w+ )?"
                   r"(?:tegelijk|in een keer)\b|\bbad (?:\w+ ){0,3}gesneden\b|\bik lig in bad en\b"),
    "farewell_more": (SUICIDAL, r"\b(?:zeg|vertel) (?:\w+ ){0,4}dat het niet (?:haar|zijn|jullie|hun|jouw) schuld "
                      r"is\b|\bhet ligt niet aan (?:jullie|jou|haar|hem)\b|\bvergeef (?:me|mij)\b|\btot ziens "
                      r"wereld\b|\bgoodbye\b|\bdit is het einde\b|\blaatste bericht\b|\blaatste keer (?:\w+ ){0,2}(?:jullie|je|iemand|u) (?:\w+ ){0,3}"
                      r"(?:hoort|horen|ziet|zien|spreekt|spreken)\b|\bvoor de laatste keer (?:gedag|dag|bedankt|sorry|"
                      r"salut|doei|dag allemaal)\b|\bjullie zullen "
                      r"(?:me|mij) (?:\w+ )?missen\b|\bdat was het dan\b|\b(?:morgen|straks|binnenkort|volgende week) "
                      r"(?:\w+ ){0,2}(?:er niet meer|niet meer hier|weg)\b|\bniet meer (?:\w+ )?nodig\b(?=.*\b(?:gegeven|"
                      r"weggegeven|geschonken)\b)|\b(?:gegeven|weggegeven) (?:\w+ ){0,4}(?:toch niet meer nodig|snapt "
                      r"niet waarom|zorgen voor)\b|\b(?:netjes|alles) (?:\w+ ){0,2}achtergelaten\b|\bhet is tijd\b$|"
                      r"\bhet is goed zo\b|\bbedankt en dag\b|\b(?:mijn|de) (?:hond|kat|poes|katten) (?:\w+ ){0,2}"
                      r"(?:moet|mag) naar\b|\bzorg (?:\w+ ){0,2}goed voor (?:mijn (?:hond|kat|poes|kinderen|kind|moeder|vader|broer|zus|"
                      r"vrouw|man|ouders)|papa|mama|de kinderen|elkaar)\b|"
                      r"\bik (?:heb|had) het (?:echt|wel) geprobeerd\b|\b(?:als|wanneer) (?:\w+ ){0,3}dit (?:ooit )?"
                      r"(?:leest|lezen)\b|\bbesloten (?:om )?te stoppen\b(?! (?:met|bij|als|op|want|omdat) )|\brekeningen betaald\b|\b(?:sieraden|"
                      r"spullen|bezittingen|ps5|gitaar) (?:\w+ ){0,4}(?:gegeven|weggegeven)\b|\b(?:geeft|gaf) (?:\w+ )"
                      r"{0,2}(?:al )?(?:haar|zijn) (?:spullen|bezittingen|sieraden) weg\b|\bkamer (?:\w+ )?"
                      r"(?:leeggeruimd|leeg geruimd)\b"),
    "self_harm_more": (SELF_HARM, r"\bbonk (?:\w+ ){0,3}hoofd\b|\bkrab (?:\w+ ){0,3}(?:open|tot)\b|\bmezelf pijn\b|"
                       r"\bkras (?:\w+ ){0,3}(?:scheermes\w*|mesje|mes|glas)\b|\bsh\b|\b(?:relapse|terugval) (?:\w+ )?"
                       r"(?:gehad|sh|krassen|snijden)\b|\b(?:knijp|bijt|steek|prik|sla) (?:\w+ )?(?:en \w+ )?mezelf\b|"
                       r"\bdrang om te (?:snijden|krassen|branden)\b|\b(?:met opzet|expres) (?:\w+ ){0,4}(?:vuist|muur|"
                       r"verbrand|kokend|snijden|krassen|gesneden|gekrast|geslagen)\b|\bcutting\b|\b(?:ga|ging|gaan) "
                       r"(?:ik )?(?:weer )?(?:krassen|snijden)\b|\b(?:ze|hij|zij) (?:\w+ )?(?:krast|kerft|snijdt zich)\b|"
                       r"\bmesjes (?:\w+ )?(?:verstopt|bewaar)\b"),
    "someone_else_more": (SUICIDAL, r"\bdood (?:wil|wilt|willen|wou)\b|\bklaar (?:is |zijn )?met (?:het )?leven\b|"
                          r"\bhet leven (?:wel )?genoeg (?:vindt|vind)\b|\bstoppen met eten en drinken\b|"
                          r"\b(?:binnenkort|morgen|straks) (?:\w+ ){0,2}niet meer (?:is|ben|zijn|hier)\b|\b(?:een )?"
                          r"touw (?:\w+ ){0,4}(?:gelegd|opgehangen|gekocht|verstopt)\b|\b(?:zoekt|zocht|opgezocht|"
                          r"googelt|googled) (?:\w+ ){0,4}(?:manieren|hoe je) (?:\w+ ){0,3}(?:dood|sterven|zelfmoord)\b|"
                          r"\bniet meer (?:ziet|zie|zien) zitten\b|\bzegt dat (?:ze|hij|zij) niet meer wil\b|"
                          r"\bniet-pluisgevoel\b|\bniet pluis gevoel\b"),
    "more_wishes": (SUICIDAL, r"\bvan het leven (?:te )?beroven\b|\bom er (?:\w+ )?niet meer te zijn\b|\bvolhou\w*\b(?=.*\b(?:niet|hoe lang|donker)\b)|"
                    r"\bwil ik (?:gewoon |echt |soms |eigenlijk )*niet meer\b(?! (?:\w+ ){0,2}(?:eten|drinken|naar|"
                    r"met|zo|de|het|mijn|van|te|in))|\bwou dat ik (?:\w+ ){0,2}kon (?:verdwijnen|sterven|slapen)\b|"
                    r"\bvanzelf (?:ophoudt|stopt|voorbij is)\b|\bmaakt (?:me|mij) niet uit wat er (?:\w+ )?gebeurt\b|"
                    r"\bniet meer haal\b|\bniet hoe (?:dit|het) (?:\w+ )?(?:ooit )?(?:nog )?beter\b|"
                    r"\bik het (?:echt|wel|heus) geprobeerd heb\b|\bdat (?:ze|hij|zij) niet meer (?:wil|kan)\b|"
                    r"\bik hoef (?:het )?(?:gewoon |echt |allemaal )*niet meer\b(?! (?:te|naar|bij|met|op|zo)\b)|"
                    r"\b(?:een hele|hele|de hele|een volle|volle) (?:doos|strip|pot|fles|doosje|potje) (?:\w+ ){0,3}"
                    r"(?:neemt|neem|nemen|inneemt|slikt|slik|leegeet|in een keer)\b|\b(?:wijn|drank|alcohol|bier) "
                    r"(?:\w+ ){0,2}en (?:\w+ )?(?:slaappillen|pillen|tabletten|medicijnen|medicatie)\b"),
    "more_cues": (SUICIDAL, r"\bzelfmo?r[dt]\w*\b|\bhet leven moe\b|\bmezelf (?:\w+ )?(?:te )?(?:doden|vermoorden)\b|"
                  r"\bgeen (?:zin|reden|nut) (?:meer )?in (?:dit|dat) leven\b|\b(?:sterven|doodgaan|dood gaan|dood) "
                  r"(?:\w+ ){0,3}(?:prima|niet erg|fijn|best|goed) (?:vinden|vind|vond)\b|\bof ik (?:\w+ )?(?:blijf )?"
                  r"(?:leef|leven|blijf leven) of niet\b|\b(?:ophield|ophoudt|stopt) (?:\w+ ){0,2}ook ik\b|\bleven "
                  r"(?:\w+ )?niet (?:meer )?(?:dragen|aan)\b|\b(?:weet|bedacht|bedenk) (?:\w+ ){0,2}hoe ik het (?:ga )?"
                  r"(?:doen|doe)\b|\bniemand (?:kan|zal) (?:me|mij) (?:\w+ )?tegenhouden\b|\b(?:dodelijk|letaal) "
                  r"(?:als|samen|in combinatie)\b|\b(?:medicijnen|pillen|tabletten) (?:\w+ ){0,2}(?:zijn|is) (?:\w+ )?"
                  r"(?:dodelijk|letaal)\b|\brij (?:\w+ ){0,4}tegen (?:een|de) (?:boom|muur|pijler|vrachtwagen)\b|"
                  r"\b(?:mes|mesje|touw|pillen|strop) (?:\w+ ){0,2}(?:klaarliggen|klaargelegd|klaar liggen|klaarleggen)\b|"
                  r"\b(?:iedereen|allemaal|jullie) (?:\w+ )?(?:gedag|dag|vaarwel|doei) (?:\w+ )?gezegd\b|"
                  r"\b(?:sla|bonk|beuk|slaat|bonkt) (?:\w+ )?(?:mijn|m'n|zijn|haar) hoofd tegen\b|\b(?:krassen|snijden|"
                  r"branden) is (?:\w+ ){0,2}(?:het enige|wat)\b|\b(?:spaart|spaarde|verzamelt|hamstert) (?:\w+ )?"
                  r"(?:pillen|tabletten|medicijnen|medicatie|slaappillen)\b|\bbeter af (?:zijn )?zonder (?:hem|haar|"
                  r"zo n \w+|zo'n \w+|een \w+ (?:als|zoals) (?:ik|mij))\b|\b(?:sneetjes|sneden|krassen|snijwonden|"
                  r"brandwonden) op (?:zijn|haar|mijn|m'n) (?:armen|arm|benen|been|polsen|pols|dijen)\b(?!(?: \w+){0,4} "
                  r"(?:van|door) (?:de|onze|mijn|een|het) (?:kat|poes|kitten|hond|puppy|konijn|cavia|bramen|braamstruik|"
                  r"doornen|rozen|struiken|oven|strijkijzer|zon)\b)|\b(?:briefje|"
                  r"brief) (?:\w+ ){0,2}(?:achter|achtergelaten)\b|\b(?:eind|einde) aan (?:je|zijn|haar|jouw) leven\b|"
                  r"\b(?:stoppen|stop) met alles\b(?! (?:wat|dat|behalve|van|in|uit|op|voor(?! altijd)|\w+en)\b)(?!(?: \w+){0,3} (?:suiker|frisdrank|koek\w*|snoep|chips|alcohol|drank|vlees|gluten|zuivel|brood|witbrood|koffie|roken|sigaretten|fastfood|bier|wijn)\b)|\bnut van (?:het )?leven\b|\biets (?:\w+ ){0,2}(?:stoms|doms|ergs) "
                  r"(?:\w+ ){0,3}(?:met|van) (?:de |mijn )?(?:pillen|medicijnen|mes|touw|tabletten)\b|\b(?:de|deze) "
                  r"nacht (?:\w+ )?(?:doorkom|overleef|niet overleef)\b|\b(?:dood moet|moet dood|moet sterven)\b|"
                  r"\bstemmen? (?:in mijn hoofd )?(?:\w+ ){0,2}(?:zegt|zeggen) (?:\w+ ){0,2}(?:dood|mezelf|sterven)\b|"
                  r"\b113\b|\bzelfmoordlijn\b|\b1813\b|\bbij (?:het|de) (?:spoor|rails|brug)\b(?=.*\b(?:sta|zit|ben)\b)|"
                  r"\blaat (?:me|mij) (?:\w+ ){0,2}(?:doodgaan|sterven|dood gaan)\b|\bgevaar voor (?:mezelf|mijzelf|"
                  r"zichzelf|hemzelf|haarzelf)\b|\b(?:alles|het allemaal|mijn leven) (?:\w+ )?(?:beeindigen|eindigen)\b|"
                  r"\buit dit leven\b|\b(?:stop|stoppen|ophouden) met ademen\b|\b(?:niet|geen) (?:\w+ )?(?:verdien|"
                  r"waard) (?:\w+ ){0,2}om (?:nog )?te leven\b|\b(?:te moe|geen zin|geen kracht|geen reden|geen energie|"
                  r"te zwak) (?:\w+ ){0,2}om (?:nog )?(?:verder )?te leven\b"),
    "more_farewell": (SUICIDAL, r"\bpunt (?:\w+ )?achter (?:\w+ ){0,2}(?:alles|het leven|mijn leven|mijn bestaan)\b|"
                      r"\bachter alles\b|\bzaken (?:\w+ ){0,2}geregeld\b|\b(?:mijn|de) (?:hond|kat|poes|katten|honden) "
                      r"(?:\w+ ){0,2}gaat naar\b|\b(?:zeggen|vertellen|laten weten) (?:\w+ ){0,3}dat het niet "
                      r"(?:haar|zijn|jullie|hun|jouw) schuld\b|\b(?:of|dat) ik (?:\w+ ){0,4}nog leef\b|\bik zal niet "
                      r"meer komen\b(?=.*\b(?:geregeld|bedankt|afscheid)\b)|\bde brief ligt\b"),
    # A fatal accident wished for: a condition, an accident to me, and welcome ("mocht ik
    # verongelukken, niet erg"; "als er een vrachtwagen op me inrijdt, prima"; "laat de
    # bliksem mij maar raken"). Without the condition it is a story ("bijna verongelukt").
    "welcome_accident": (SUICIDAL, r"\b(?:mocht|als|zou|zodra|wanneer|stel dat)\b(?:(?!\b(?:maar|want|omdat)\b)[\w ]){0,60}?"
                         r"\b(?:verongeluk\w*|omkom\w*|om zou komen|een ongeluk (?:\w+ ){0,2}(?:krijg|kreeg|krijgen|"
                         r"overkomt)|(?:op|tegen) (?:me|mij) (?:in ?rijdt|in ?reed|aanrijdt)|(?:me|mij) (?:\w+ )?"
                         r"(?:aanrijdt|overrijdt|doodrijdt|aanreed|overreed))\b.{0,60}?\b(?:niet erg|prima|fijn|"
                         r"welkom|des te beter|mooi meegenomen|het zij zo|zij het zo|geen probleem|geen ramp|mij best|me best|"
                         r"mag het|ook goed)\b|\blaat (?:\w+ ){0,3}(?:mij|me) (?:toch |dan )?maar (?:raken|treffen|"
                         r"aanrijden|overrijden|meenemen|halen|pakken|doodmaken|verongelukken)\b"),
    # Someone who would be relieved, or better off, when I am no longer there.
    "when_i_am_gone": (SUICIDAL, r"\b(?:als|as|wanneer|zodra) ik er (?:\w+ )?(?:niet|nie) meer (?:ben|was|zou zijn|"
                       r"zijn)\b(?=.*\b(?:rust|beter af|makkelijker|gelukkiger|opgelucht|missen|mist|verlost|"
                       r"vrij|minder zorgen|last)\b)|\b(?:rust|beter af|makkelijker|gelukkiger|opgelucht|verlost) "
                       r"(?:\w+ ){0,4}(?:als|as|wanneer|zodra) ik er (?:\w+ )?(?:niet|nie) meer (?:ben|was|zou zijn)\b"),
    # No reason or sense left in going on.
    "no_reason_to_go_on": (SUICIDAL, r"\bwat (?:\w+ )?(?:heeft|heb) (?:het|ik) (?:\w+ ){0,2}(?:voor )?zin (?:om )?"
                           r"(?:nog )?(?:door te gaan|verder te gaan|te leven|hier te zijn|op te staan)\b|"
                           r"\bgeen (?:enkele )?reden (?:meer )?(?:om|te) (?:\w+ ){0,2}(?:hier )?(?:nog )?(?:te zijn|"
                           r"te leven|door te gaan|verder te gaan|te blijven)\b|\bwaarom zou ik (?:nog )?(?:\w+ )?"
                           r"(?:doorgaan|door gaan|verder gaan|leven|blijven leven)\b"),
    # Quitting "with everything" ("ik hou ermee op, met alles").
    "quit_everything": (SUICIDAL, r"\b(?:hou|houd|houden|ophouden|op te houden|stop|stoppen|kap|kappen) (?:\w+ ){0,3}"
                        r"(?:op )?met alles\b(?! (?:wat|dat|behalve|van|in|uit|op|voor(?! altijd)|\w+en)\b)(?!(?: \w+){0,3} (?:suiker|frisdrank|koek\w*|snoep|chips|alcohol|drank|vlees|gluten|zuivel|brood|witbrood|koffie|roken|sigaretten|fastfood|bier|wijn)\b)|"
                        r"\bhet is mooi geweest\b(?=.*\b(?:met alles|voorgoed|ik hou er mee op|ik stop er mee|"
                        r"het leven|mijn leven|voor mij)\b)"),
    # Goodbye before going, and an ending set for a time ("vanavond is het klaar. adios").
    "goodbye_before_going": (SUICIDAL, r"\b(?:gedag|dag|afscheid) (?:\w+ ){0,2}(?:zeggen|nemen) (?:\w+ ){0,2}"
                             r"(?:voor|voordat|voor dat) ik (?:ga|vertrek|er niet meer ben)(?: (?:dag|doei|bye|"
                             r"vaarwel|adios|salut|ciao)\b|$)|\b(?:vanavond|vannacht|morgen|vandaag|straks|dit "
                             r"weekend|zaterdag|zondag) (?:is|wordt) het (?:\w+ )?(?:klaar|gedaan|voorbij|afgelopen|"
                             r"over)\b(?=.*\b(?:adios|vaarwel|dag iedereen|dag allemaal|salut|doei|bye|ciao|tot "
                             r"nooit|opgeruimd|weggegeven|gebracht|brief|het ga je goed|het ga jullie goed|zorg goed "
                             r"voor)\b)|\b(?:hond|kat|poes|huisdier\w*|dieren|spullen|bezittingen) (?:\w+ ){0,4}"
                             r"(?:weggegeven|weg gegeven|bij (?:de|mijn|onze) \w+ gebracht|ondergebracht)\b(?=.*\b(?:"
                             r"is het klaar|is het gedaan|is het voorbij|adios|vaarwel|laatste|afscheid|opgeruimd)\b)"),
    # Self-harm: hiding cuts, fresh cuts on a body part, burning or cutting oneself on purpose,
    # and "zichzelf iets aandoen".
    "self_harm_signs": (SELF_HARM, r"\b(?:verberg|verbergen|verborgen|verstop|verstoppen|bedek|bedekken|wegwerken|"
                        r"camoufleren|hide|hiding) (?:\w+ ){0,4}(?:sneetjes|sneden|snijwonden|wondjes|krassen|"
                        r"brandwonden|cuts)\b|\b(?:sneetjes|sneden|snijwonden|wondjes|brandwonden|cuts) (?:\w+ ){0,3}"
                        r"(?:verborgen|verstopt|bedekt|verbergen|verstoppen|bedekken|camoufleren)\b|"
                        r"\b(?:verse |diepe |nieuwe )?(?:sneetjes|sneden|snijwonden|krassen) "
                        r"(?:\w+ ){0,2}(?:op|in|aan) (?:de|zijn|haar|mijn|z'n|hun) (?:\w+ )?(?:arm|armen|pols|polsen|"
                        r"benen|bovenbenen|dijen|dij|heupen|buik|onderarm|onderarmen)\b(?! (?:\w+ ){0,3}(?:van|door) "
                        r"(?:de|onze|mijn|een|het) (?:kat|poes|hond|konijn|cavia|bramen|braamstruik|doornen|rozen))|"
                        r"\bmezelf (?:\w+ ){0,5}(?:gebrand|verbrand|gesneden|gekrast|geslagen|verwond)\b(?=.*\b(?:"
                        r"aansteker|sigaret|mes|mesje|scheermes\w*|schaar|glas|passer|omdat|om (?:iets )?te voelen|"
                        r"spanning|straf|verdoven|expres|met opzet)\b)|\b(?:zichzelf|zich|mezelf|jezelf|hemzelf|"
                        r"haarzelf) (?:\w+ )?iets (?:\w+ )?aan ?(?:doet|doen|te doen|gedaan|zal doen|zou doen|doe)\b"),
    # Standing at a height, unsure of coming back ("op het dak van de flat gestaan en wist
    # niet of ik nog terug naar binnen zou gaan").
    "at_the_edge": (SUICIDAL, r"\b(?:dak|brug|balkon|rand|reling|spoor|rails|flat|perron|viaduct|klif) (?:\w+ ){0,6}"
                    r"(?:gestaan|gezeten|stond|sta|zat|zit|geklommen|klom|klim)\b(?=.*\b(?:of ik (?:\w+ ){0,3}(?:terug|"
                    r"naar binnen|zou springen|er af|eraf|naar beneden)|wist niet of ik|naar beneden (?:gekeken|keek|kijk)|"
                    r"over de rand|springen|hoe makkelijk het (?:zou )?(?:zijn|is))\b)"),
    # Dying welcomed as a relief ("als ik vannacht zou overlijden, een opluchting").
    "death_a_relief": (SUICIDAL, r"\b(?:als|mocht|zou|wanneer|stel dat)\b.{0,40}?\b(?:overlijden|overlijd|sterven|sterf|"
                       r"doodgaan|dood ga|dood zou gaan|dood gaan)\b.{0,50}?\b(?:opluchting|verlossing|niet erg|prima|"
                       r"welkom|fijn|des te beter|mooi meegenomen)\b"),
    # Signs of self-harm described: cuts opened, biting or scratching until it bleeds.
    "self_harm_wounds": (SELF_HARM, r"\b(?:polsen|pols|armen|arm|benen|been) (?:\w+ )?(?:opengehaald|open gehaald|"
                         r"opengesneden|open gesneden|doorgesneden|opengekrast|open gekrast)\b|\b(?:bijt|beet|kras|"
                         r"krast|kraste|krab|krabde|snij|snijd|sneed|sla|sloeg|knijp) (?:\w+ ){0,5}tot (?:het|ik) "
                         r"(?:\w+ )?(?:bloedt|bloed|bloedde|blauw|pijn doet)\b|\bbonk (?:\w+ ){0,5}hoofd tegen\b"),
    # Standing at the rails or a bridge; a chosen place where nobody finds me.
    "at_a_place": (SUICIDAL, r"\b(?:ik )?(?:sta|zit|ben) (?:nu |hier |alweer )?(?:bij|op|aan) (?:het|de) (?:spoor|rails|"
                   r"brug|rand van de brug|rand van het dak)\b(?! (?:van (?:de|het|mijn) )?(?:werk|school|kantoor|"
                   r"huis))(?!.*\b(?:werk|trein (?:is|heeft)|vertraging|wachten op)\b)|\b(?:plek|plekje|plaats) (?:\w+ )?"
                   r"(?:uitgezocht|gevonden|gekozen|uitgekozen) (?:\w+ ){0,2}waar niemand (?:me|mij) (?:\w+ )?(?:vindt|"
                   r"kan vinden|zal vinden|ziet)\b"),
    # Not deserving to live, no light left, tired of life, a worry to everyone.
    "not_worth_living": (SUICIDAL, r"\bverdien (?:het )?(?:niet|geen) (?:\w+ )?om (?:nog )?te leven\b|\bgeen (?:enkel |"
                         r"enkele )?(?:lichtpuntje|lichtpuntjes|sprankje hoop|licht) meer\b|\bhet leven (?:zo |echt |"
                         r"helemaal |gewoon )?(?:zat|beu)\b|\b(?:ben|voel me|voel ik me) (?:\w+ ){0,3}alleen maar "
                         r"(?:een )?(?:zorg|last|probleem|blok aan het been)\b|\bniet meer (?:\w+ )?weet waarom ik "
                         r"(?:hier|er) (?:nog )?ben\b|\bwat heeft het (?:\w+ )?(?:nog )?(?:voor )?zin (?:om )?(?:\w+ ){0,3}"
                         r"op te staan\b"),
    # Farewell in deeds and words: nobody will hear from me, a last message of regret with
    # silence after, things given away, a plan kept secret.
    "farewell_deeds": (SUICIDAL, r"\b(?:horen|hoort|zien|ziet) (?:\w+ )?(?:niets|niks|nooit) meer van (?:me|mij)\b|"
                       r"\b(?:opgeruimd|weggegeven|gebracht|gestuurd|gelegd|gegeven)\b.*\b(?:nu|vanavond|vannacht) "
                       r"(?:is het|kan ik) (?:\w+ )?(?:klaar|gedaan|voorbij|gaan)\b|\bspijt (?:me|mij|hem|haar) "
                       r"(?:\w+ )?van alles\b(?=.*\b(?:reageert niet|reageert niet meer|neemt (?:\w+ ){0,2}niet op|"
                       r"geen reactie|niets meer gehoord|niks meer gehoord)\b)|\b(?:weggeven|weggegeven|verdelen|"
                       r"verdeeld) van (?:zijn|haar|mijn|al zijn|al haar|al mijn) (?:spullen|bezittingen|spulletjes)\b|"
                       r"\b(?:mogen|mag|mocht) (?:\w+ )?niet weten wat ik (?:\w+ )?(?:van plan ben|ga doen|wil doen)\b|"
                       r"\b(?:zeg|zeggen|vertel|vertellen) (?:\w+ ){0,4}dat ik het (?:\w+ )?(?:heb geprobeerd|"
                       r"geprobeerd heb)\b"),
    # A means and what I will do with it: "de insuline gepakt, ik weet wat ik ermee ga doen".
    "means_and_deed": (SUICIDAL, r"\b(?:pillen|tabletten|medicijnen|medicatie|insuline|slaappillen|touw|mes|mesje|"
                       r"strop)\b.*\bweet (?:\w+ )?wat ik (?:er mee|ermee|daarmee|daar mee) (?:\w+ )?(?:ga doen|doe|"
                       r"wil doen)\b|\b(?:een hele|hele|de hele|een volle) (?:strip|strips|(?:doos|doosje|potje|pot) (?:pillen|"
                       r"tabletten|medicijnen|slaappillen|paracetamol|ibuprofen|oxazepam))(?: \w+){0,2} (?:leeggemaakt|"
                       r"leeg gemaakt|opgemaakt|leeg)\b"),
    # Images of dying wished for: the heart stopping, being erased, done with breathing,
    # unplugging oneself, stepping out for good, giving up the fight to live.
    "images_of_dying": (SUICIDAL, r"\b(?:wil|wou|hoop|hoopte|zou willen|wens) (?:\w+ ){0,3}(?:mijn )?hart (?:\w+ ){0,3}"
                        r"(?:stopt|ophoudt|stilvalt|stil valt|stilstaat|stil staat)\b|\b(?:uitgegumd|weggegumd|uitgewist) "
                        r"(?:\w+ )?(?:worden|word)\b|\bklaar met (?:ademhalen|ademen|bestaan)\b(?! (?:haha|lol))|\bde stekker (?:\w+ ){0,2}"
                        r"uit (?:trekken|te trekken|trek)\b(?=.*\b(?:mezelf|mijn leven|bij mij)\b)|\ber (?:\w+ )?"
                        r"(?:definitief|voorgoed|gewoon) (?:uitstap|uitstappen|uit te stappen|uit stappen)\b|\b(?:strijd|"
                        r"gevecht) (?:\w+ ){0,2}(?:opgegeven|opgeven|op te geven)\b(?=.*\b(?:te blijven leven|leven|"
                        r"ademen)\b)|\bvan de aardbodem (?:\w+ )?(?:verdwijnen|verdween|verdwijn)\b(?=.*\b(?:ik|me|mij)\b)|"
                        r"\bals ik (?:\w+ )?voorgoed (?:verdwijn|weg ben|weg ga)\b|\b(?:wil|wou) (?:\w+ ){0,2}naar (?:\w+ ){0,2}"
                        r"toe\b(?=.*\b(?:dood|overleden|gestorven|hemel)\b)|\bkom maar (?:\w+ )?(?:tegenligger|trein|"
                        r"vrachtwagen)\b|\bstuur (?:\w+ )?niet meer bij\b|\b(?:niet meer|nooit meer) (?:\w+ ){0,2}(?:hoeft|"
                        r"hoef) te (?:wekken|ontwaken)\b|\b(?:wereld|iedereen|alles) (?:\w+ ){0,2}(?:draait|is|gaat|loopt) "
                        r"(?:\w+ ){0,2}beter (?:als|zonder) (?:ik|mij|me)\b"),
    # A passive wish through an illness or an accident, welcomed.
    "welcome_end": (SUICIDAL, r"\b(?:ziekte|kanker|virus) (?:\w+ ){0,3}(?:meeneemt|weghaalt|wegneemt|haalt)\b(?=.*\b(?:"
                    r"welkom|niet verzetten|niet erg|prima|best|graag)\b)|\bonder een (?:vrachtwagen|trein|bus|auto|"
                    r"tram) (?:\w+ ){0,2}(?:komen|kom|kwam|zou komen|terechtkom)\b(?=.*\b(?:best|niet erg|prima|fijn|"
                    r"welkom|opgelucht|opluchting)\b)"),
    # Being found, the plan for how: "wie me zou vinden", "hoe ik het zou doen".
    "being_found": (SUICIDAL, r"\bwie (?:me|mij) (?:zou|zal|gaat) vinden\b|\bvindt niemand (?:me|mij)\b(?=.*\b(?:uitgekozen|"
                    r"gekozen|vrijdag|zaterdag|zondag|vannacht|vanavond|te vroeg)\b)|\b(?:bedenken|bedenk|bedacht|"
                    r"nadenken|denk na|denk) (?:\w+ ){0,2}hoe ik het (?:zou|ga|moet|kan|wil) doen\b|\b(?:dag|datum|"
                    r"moment|plek|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?:\w+ )?uitgekozen\b"
                    r"(?=.*\bniemand\b)|\b(?:trein|goederentrein) (?:\w+ ){0,3}(?:passeert|langskomt|voorbijkomt)\b"
                    r"(?=.*\b(?:plan|vannacht|vanavond)\b)|\b(?:pillen|tabletten|medicijnen|touw|strop|mes)\b(?=.*\b"
                    r"wacht (?:\w+ ){0,2}tot (?:iedereen|ze|de kinderen|mijn \w+)\b)"),
    # Gone by the time this is read; things given away "want ik heb ze niet meer nodig".
    "gone_when_read": (SUICIDAL, r"\b(?:tegen de tijd dat|als|wanneer) (?:\w+ ){0,2}dit (?:leest|lezen|lees)\b(?=.*\b"
                       r"(?:niet meer|er niet|dood)\b)|\btegen (?:die|de) tijd (?:\w+ ){0,3}(?:ben ik|ik) er (?:\w+ ){0,2}"
                       r"niet meer\b|\bwaar ik (?:naartoe|heen|naar toe) ga\b(?=.*\bniet meer nodig\b)|\b(?:geeft|gaf|geven|weggegeven) (?:\w+ ){0,2}(?:kleren|spullen|kleding|"
                       r"bezittingen|knuffels|planten|sieraden|games) (?:weg|aan)\b(?=.*\b(?:klaar mee|niet meer|binnenkort|"
                       r"afscheid|zorgen|ongerust|wat moet ik|disappear|verdwijnen)\b)|\b(?:van plan|ben van plan) "
                       r"(?:om )?(?:dat|het|dat moment|die datum|die dag) niet te (?:halen|zien|meemaken)\b|\bals ik er "
                       r"(?:over \w+ \w+|morgen|volgende week|dan) (?:\w+ )?nog ben\b|\bniet (?:lang )?meer (?:gaan )?"
                       r"zien\b(?=.*\bgeregeld\b)"),
    # Self-harm: present tense with the means ("brand ik mezelf"), a blade kept for when it
    # goes wrong again.
    "self_harm_present": (SELF_HARM, r"\b(?:brand|snij|snijd|kras) ik (?:\w+ )?(?:mezelf|mijzelf|me|mij)\b|\b(?:scheermesje|"
                          r"mesje|scheermes)\b(?=.*\bvoor (?:als|het geval) (?:\w+ ){0,3}(?:misloopt|misgaat|mis gaat|"
                          r"te veel wordt|slecht gaat|niet meer gaat)\b)"),
    # Jokes about other people's reaction ("mijn huisgenoten willen van het dak springen haha")
    # are handled as idioms (_IDIOMS).
    # Ending it said with adverbs only ("dat ik het beter helemaal kan beeindigen"), being
    # gone anyway, ready after the farewell deeds, hitting walls, wounds made oneself.
    "ending_it": (SUICIDAL, r"\b(?:het|alles|het allemaal|mijn leven) (?:(?:beter|helemaal|gewoon|maar|echt|kan|wil|ga|"
                  r"zou|liever|toch|dan|nu|snel|vanavond|moet|wel) ){1,4}(?:beeindigen|beindigen|eindigen)\b|\b(?:ik zal|zal ik) er "
                  r"(?:\w+ ){0,4}toch (?:niet|nie) meer zijn\b|\b(?:gegeven|opgeruimd|weggegeven|geregeld)\b.*\bik ben er "
                  r"(?:\w+ )?klaar voor\b"),
    "self_harm_hitting": (SELF_HARM, r"\b(?:sla|sloeg|bonk|bonkte|beuk|stomp|ram) (?:\w+ ){0,3}(?:vuisten|vuist|hoofd|"
                          r"handen) (?:\w+ )?tegen (?:de|een) (?:muur|deur|kast)\b|\b(?:wondjes|wonden|sneetjes|krassen|"
                          r"blauwe plekken) (?:\w+ ){0,2}die ik (?:\w+ ){0,2}zelf (?:maak|heb gemaakt|toebreng|aanbreng)\b|"
                          r"\bzelf (?:gemaakte|toegebrachte) (?:wondjes|wonden|sneetjes|krassen)\b"),
    # A plan with a means and a day: "de pillen liggen klaar, zaterdag doe ik het".
    "plan_with_a_day": (SUICIDAL, r"\b(?:pillen|tabletten|medicijnen|medicatie|slaappillen|touw|strop|mes|mesje)\b"
                        r"(?=.*\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vanavond|vannacht|morgen|"
                        r"dit weekend|als iedereen weg is|als iedereen slaapt|als ze weg zijn)\b(?: \w+){0,6} (?:doe ik het|"
                        r"ga ik het doen|ik doe het|ik ga het doen|gebeurt het|is het zover|is het zo ver))"),
    # Kinds from the round-7 check set (bench/data/crisis_checks/round7.yml, measured unseen first).
    # One way out left: "de allerlaatste nooduitgang", "nog maar een manier om ermee op te houden".
    "only_way_out": (SUICIDAL, r"\b(?:laatste|allerlaatste|enige) nooduitgang\b|\bnooduitgang (?:\w+ ){0,3}(?:staat|is) "
                     r"(?:\w+ )?open\b|\b(?:nog maar|enkel nog|alleen nog) (?:een|1) (?:manier|uitweg|oplossing) (?:\w+ ){0,2}"
                     r"(?:om )?(?:er mee |ermee |het )?(?:op te houden|te stoppen|er uit|uit te stappen)\b"),
    # Harm welcomed from outside: a lorry that does not see me, a scan that is bad news, a
    # cardiac arrest that would be fine, vital medicine stopped "and if it goes wrong, so be it".
    "welcome_harm": (SUICIDAL, r"\bhoop (?:\w+ ){0,2}dat (?:een|de|die) (?:vrachtwagen|auto|bus|trein|tram|truck|"
                     r"vrachtauto) (?:\w+ )?(?:me|mij) (?:\w+ )?(?:niet ziet|over het hoofd ziet|raakt|aanrijdt|"
                     r"overrijdt|schept)\b|\bhoop (?:\w+ ){0,2}dat (?:er )?(?:een|de|die) (?:vrachtwagen|auto|bus|trein|"
                     r"tram|truck) (?:\w+ ){0,2}(?:op|tegen) (?:me|mij) (?:\w+ )?(?:inrijdt|aanrijdt|rijdt|botst)\b|\bhoop (?:\w+ ){0,2}dat (?:het|de uitslag|die plek|het gezwel|de knobbel) "
                     r"(?:\w+ )?(?:iets ergs|kwaadaardig|ongeneeslijk|kanker|dodelijk|terminaal) (?:is|wordt)\b|"
                     r"\b(?:als|mocht) ik (?:\w+ ){0,2}(?:een )?(?:hartstilstand|hartaanval|herseninfarct|ongeluk|"
                     r"dodelijke ziekte|kanker) (?:zou )?(?:kreeg|krijg|krijgen) (?:\w+ ){0,5}(?:prima|niet erg|fijn|"
                     r"goed|oke|ok|een opluchting)\b|\bals (?:het|t) (?:\w+ )?misgaat (?:\w+ ){0,2}(?:dan )?(?:is dat|"
                     r"is het|dan is dat|dan) maar zo\b|\bzal (?:mij|me) worst wezen\b|\bhoop (?:\w+ ){0,2}dat "
                     r"(?:mijn|m'n) (?:lichaam|lijf|hart) (?:\w+ ){0,4}(?:opgeeft|begeeft|ophoudt|stopt|stilvalt)\b|\bctrl ?z op mijn (?:\w+ )?(?:bestaan|leven)\b"),
    # A place, a train, a step forward: "een stapje naar voren en het is voorbij", "wanneer ik
    # op het spoor moet zijn", "ik weet al welke brug", "niet of ik de volgende keer terugloop".
    "at_the_place": (SUICIDAL, r"\b(?:stap|stapje|stapjes|pas) (?:\w+ )?naar voren en (?:het|alles) is "
                     r"(?:\w+ )?(?:voorbij|gedaan|over)\b|\bover de gele lijn\b|\b(?:wanneer|hoe laat|waar) ik op "
                     r"(?:het|de) (?:spoor|rails|brug|viaduct) (?:moet|kan|wil) (?:zijn|staan)\b|\bniet (?:\w+ )?"
                     r"instappen\b(?=.*\b(?:spoor|rails|trein|intercity)\b)|\b(?:ik weet (?:al|nu|precies|allang)|uitgezocht|"
                     r"opgezocht|bekeken|gegoogeld) (?:welke|waar de|de) (?:brug|flat|plek|trein|spoorlijn|dak|toren|parkeergarage|viaduct|rivier)\b|"
                     r"\bof ik (?:\w+ ){0,3}(?:terugloop|terug loop|terugstap|terug stap|terugkom|terug kom)\b|"
                     r"\b(?:op|bovenop) (?:de|het|een) (?:brug|dak|flat|viaduct|spoor|rand|balkon) (?:\w+ )?gestaan\b"),
    "into_the_water": (ACUTE, r"\b(?:water|kaai|kade|rivier|gracht|kanaal|zee|meer|schelde|maas|rijn)\b"
                       r"(?:\w| ){0,80}\bik ga (?:\w+ )?(?:er in|erin|het water in)\b"),
    # The means arranged: "een manier die geen pijn doet gevonden, het spul is besteld".
    "means_arranged": (SUICIDAL, r"\bmanier (?:\w+ ){0,2}(?:die|dat) geen pijn doet\b|\bhet spul (?:\w+ ){0,3}"
                       r"(?:besteld|in huis|klaar|komt)\b(?=.*\b(?:manier|pijn|eigen manier|opgelost|oplossen)\b)|"
                       r"\b(?:manier|eigen manier|pijn|opgelost)\b.*\bhet spul (?:\w+ ){0,3}(?:besteld|in huis|klaar|"
                       r"komt)\b|\bop mijn eigen manier (?:\w+ )?opgelost\b(?=.*\b(?:spul|pillen|middel|touw)\b)"),
    # Medicine laid out or being taken one by one, the medicine cabinet emptied.
    "medicine_laid_out": (ACUTE, r"\b(?:alle|al mijn|al de|mijn) (?:\w+ )?(?:pillen|tabletten|medicijnen|medicatie|"
                          r"slaappillen) (?:\w+ ){0,2}(?:liggen|staan) (?:\w+ ){0,2}(?:op tafel|voor me|voor mij|naast "
                          r"me|naast mij|uitgestald|op een rij)\b|\balles uit (?:het|de|mijn) (?:medicijnkast\w*|"
                          r"medicijnkastje|apotheekkast\w*|medicijnla|medicijndoos) (?:\w+ )?(?:ingenomen|genomen|"
                          r"geslikt|opgenomen|op)\b|\b(?:pillen|tabletten)\b(?=.*\bben (?:\w+ )?begonnen\b(?: \w+){0,2} "
                          r"\d+ (?:op|binnen|genomen|geslikt)\b)"),
    # A farewell arranged or given: letters in a drawer, "je zult mij niet meer horen", "dat was
    # mijn afscheid", belongings given away "want ik heb het niet meer nodig".
    "farewell_arranged": (SUICIDAL, r"\b(?:brief|brieven|briefje|briefjes|brieke|briefke) (?:\w+ ){0,2}voor (?:mijn|de|m'n) "
                          r"(?:kinderen|kids|ouders|vrouw|man|familie|vriend|vriendin|zus|broer|partner|moeder|vader|"
                          r"mama|papa) (?:\w+ ){0,3}(?:liggen|ligt|klaar|geschreven)\b|\b(?:je|jullie|u) (?:zult|zal|"
                          r"zullen|gaat|gaan) (?:mij|me) (?:\w+ )?(?:niet|nooit) meer (?:zien|horen|tegenkomen|terugzien)\b|"
                          r"\b(?:hoeven|hoeft|hoef) (?:\w+ ){0,2}(?:me|mij) (?:\w+ )?(?:nooit|niet) meer te (?:zien|horen)\b|"
                          r"\b(?:laatste|allerlaatste) (?:verjaardag|kerst|kerstmis|zomer|oudejaarsavond) die ik (?:\w+ )?"
                          r"(?:meemaak|vier|beleef|zie)\b(?=.*\bbesl\w+)|"
                          r"\b(?:dat|dit|het) (?:was|is|wordt) (?:\w+ )?mijn afscheid\b(?! (?:van|bij|op) (?:het|de|dit|"
                          r"mijn|onze) (?:werk|bedrijf|school|team|club|vereniging|afdeling|klas|zaak))|\b(?:overgemaakt|"
                          r"weggegeven|weggeven|afgegeven|ondergebracht|bij de buren (?:gezet|gebracht))\b.*\b(?:na|vanaf|straks|"
                          r"binnenkort|morgen) (?:\w+ ){0,6}(?:niet meer nodig|nergens meer nodig)\b|\b(?:wordt|is|word) (?:\w+ ){0,2}mijn laatste (?:verjaardag|kerst|"
                          r"kerstmis|oudejaarsavond|zomer|lente)\b|\bmijn laatste (?:verjaardag|kerst|kerstmis|zomer) "
                          r"(?:\w+ ){0,3}(?:wordt|worden|zal zijn|besloten)\b"),
    # A relapse or wound from self-harm: "zes maanden clean en toch weer", "met een passer in
    # mijn bovenbeen", "mijn hoofd tegen de muur bonken", "opengekerfd".
    "self_harm_relapse": (SELF_HARM, r"\b(?:maanden|weken|dagen|jaar|maand|week) (?:\w+ )?(?:clean|krasvrij|snijvrij|zonder (?:te )?(?:krassen|snijden|kerven))\b"
                          r".*\b(?:armen|arm|benen|been|polsen|pols|dijen|littekens|wonden|sneden|krassen|weer gedaan|"
                          r"toch weer|teruggevallen)\b|\b(?:(?:kras|kraste|snij|snijd|sneed|kerf|kerfde|prik) ik|ik (?:\w+ ){0,2}"
                          r"(?:kras|kraste|snij|snijd|sneed|kerf|kerfde)) (?:\w+ ){0,3}(?:in|op) (?:mijn|m'n) (?:arm|armen|been|benen|bovenbeen|bovenbenen|"
                          r"dij|dijen|pols|polsen|buik|huid|enkel|heup)\b|\b(?:met )?(?:een )?(?:mesje|scheermesje|"
                          r"passer|glasscherf|scherf|naald|schaar) (?:\w+ ){0,2}in (?:mijn|m'n) (?:arm|armen|been|benen|"
                          r"bovenbeen|dij|dijen|pols|polsen|buik|huid)\b|\b(?:(?:brand|kras|snij|kerf) ik|ik (?:brand|kras|kerf)) (?:mijn|m'n) (?:arm|armen|"
                          r"been|benen|bovenbeen|dij|dijen|pols|polsen|buik|huid)\b|\b(?:bonk|bonken|beuk|beuken|ram|rammen|sla|"
                          r"slaan) (?:mijn|m'n) (?:kop|hoofd) (?:\w+ )?tegen (?:de|een) (?:muur|deur|kast|vloer)\b|"
                          r"\b(?:open ?gekerfd|opengekerfd|gekerfd|kerf|kerven) (?:\w+ ){0,3}(?:arm|armen|been|benen|pols|"
                          r"polsen|dij|dijen|huid)\b|\b(?:arm|armen|been|benen|pols|polsen|dij|dijen|huid) (?:\w+ ){0,2}"
                          r"(?:open ?gekerfd|opengekerfd|gekerfd)\b"),
    # Someone else's hints: "binnenkort zijn jullie van mij verlost", a life insurance that
    # "at least pays out".
    "want_to_vanish": (SUICIDAL, r"\b(?:wil|zou willen|wou|wilde|zou graag) (?:\w+ )?verdwijnen\b(?! (?:van|uit) "
                       r"(?:de|het|mijn|deze|jullie|uw|je|jouw) (?:buik|darm|darmen|huid|klachten|pijn|site|lijst|wachtlijst|mailinglijst|"
                       r"nieuwsbrief|app|website|foto|\w*lijst))"),
    # Kinds from the round-8 check set (measured unseen first): to stop existing, a roof
    # tile that would be "fine", pills saved up by any name, goodbye "before I go (not on a
    # trip)", a relapse told backwards, at the lock looking at the water, eating nothing on
    # purpose "in the hope that", a farewell video for a sister.
    "stop_existing": (SUICIDAL, r"\bstoppen met (?:bestaan|leven|ademen)\b|\bals (?:er )?(?:\w+ ){0,3}(?:dakpan|steen|"
                      r"boom|bliksem|auto|vrachtwagen|bus|trein|tram) (?:\w+ ){0,4}(?:valt|inslaat|raakt|aanrijdt|"
                      r"schept|treft)\b(?:\w| ){0,30}\b(?:prima|niet erg|fijn|welkom|oke|mij best)\b"),
    "pills_saved": (SUICIDAL, r"\b(?:spaar|spaarde|sparen|gespaard|opgespaard) (?:\w+ ){0,5}(?:\w*pam\w*|\w*pillen|"
                    r"\w*pilletjes|\w*tabletten|\w*tabletjes|medicatie|medicijnen|slaapmiddel\w*|\w*metjes)\b|"
                    r"\b(?:mijn|m'n|de|al mijn) (?:\w*pam\w*|\w*pillen|\w*pilletjes|\w*tabletten|\w*metjes) "
                    r"(?:\w+ ){0,3}(?:gespaard|opgespaard|op te sparen|aan het sparen)\b"),
    "goodbye_before_i_go": (SUICIDAL, r"\b(?:gedag|dag|vaarwel|afscheid) (?:\w+ ){0,2}(?:zeggen|nemen|te zeggen) "
                            r"(?:\w+ )?(?:voor|voordat) ik (?:ga|vertrek)\b(?! (?:op|naar|met|verhuizen|studeren|"
                            r"werken|bevallen)\b)|\bniet op reis\b(?:\w| ){0,20}\bgewoon gaan\b|\bafscheids(?:video|"
                            r"filmpje|bericht|mail|brief)\w* (?:\w+ ){0,3}voor (?:mijn|m'n) (?:zus|broer|moeder|vader|"
                            r"mama|papa|ouders|kinderen|dochter|zoon|vrouw|man|partner|vriend|vriendin)\b(?!(?: \w+)"
                            r"{0,6} (?:pensioen|verhuis\w*|vertrek|emigr\w*|afstudeer\w*|bruiloft|feest)\b)"),
    "relapse_told_backwards": (SELF_HARM, r"\b(?:mesje|scheermesje|puntenslijper|krassen|snijden|kerven)\b.*\b"
                               r"(?:maanden|weken|dagen|jaar|maand|week) (?:\w+ )?clean\b|\bweer (?:\w+ ){0,5}(?:mesje|"
                               r"scheermesje|puntenslijper)\b"),
    "looking_at_the_water": (SUICIDAL, r"\b(?:sta|stond|zit|zat|ga|ging) (?:\w+ ){0,4}(?:bij|aan|op) (?:de|het|een) "
                             r"(?:sluis|brug|spoor|rails|kade|kaai|rand|viaduct) (?:\w+ ){0,2}naar (?:het water|beneden|"
                             r"de diepte|de treinen|de trein) (?:te )?(?:kijken|staren)\b"),
    "starving_on_purpose": (SUICIDAL, r"\b(?:eet|at|drink) (?:\w+ ){0,4}(?:niets|niks|amper|nauwelijks) (?:\w+ ){0,3}"
                            r"(?:expres|met opzet|bewust) (?:\w+ ){0,3}(?:in de hoop|zodat|om)\b"),
    # Kinds from the round-9 check set (measured unseen first): better off with the
    # insurance money than with me, "easier without him soon" or a gun taken out that
    # someone does not trust, and "not planning to walk around here much longer".
    "better_off_with_the_money": (SUICIDAL, r"\bbeter af (?:\w+ ){0,6}(?:geld|pensioen|verzekering\w*|"
                                  r"levensverzekering\w*|uitkering|erfenis|spaargeld)\b(?: \w+){0,4} dan met (?:mij|me)\b|\b(?:straks|binnenkort|"
                                  r"snel|weldra) (?:\w+ ){0,2}(?:makkelijker|beter|rustiger|lichter) (?:\w+ ){0,2}"
                                  r"zonder (?:mij|me|hem|haar)\b"),
    "not_here_much_longer": (SUICIDAL, r"\bniet (?:\w+ )?van plan (?:\w+ ){0,3}(?:nog )?(?:lang|veel langer) "
                             r"(?:rond te lopen|te leven|hier te zijn|op deze (?:aarde|wereld) te (?:zijn|blijven))\b"),
    "hints_of_an_end": (SUICIDAL, r"\b(?:zijn|zijt|zijde|zijn jullie|bent|ben|is|zult|zal) (?:\w+ ){0,3}(?:van mij|van me) "
                        r"(?:\w+ )?verlost\b|\b(?:binnenkort|straks|weldra|snel) (?:\w+ ){0,3}(?:van mij|van me|van hem|"
                        r"van haar) (?:\w+ )?verlost\b|\blevensverzekering\w* (?:\w+ ){0,5}(?:uitbeta\w*|uitke\w*|uit te "
                        r"betalen|uitgekeerd|uitbetaald|iets aan mij|iets aan me)\b|\bmet de levensverzekering\b|\b(?:verzekering|"
                        r"verzekeraar) (?:\w+ ){0,2}tenminste (?:\w+ ){0,2}(?:uitbetal|uitker)\w*|\btenminste (?:\w+ ){0,3}"
                        r"(?:uitbetalen|uitkeren|uitbetaald)\b"),
    "english": (SUICIDAL, r"\b(?:kill (?:my ?self|me)|kms|kys|suicidal|suicide|want(?:ed)? to die|wanna die|end my "
                r"life|end it all|ending it all|ending things|end things|unalive|better off dead|no reason to live|don't want to (?:live|be here|exist)|"
                r"dont want to (?:live|be here|exist)|do not want to live|done with life|can't go on|cant go on|"
                r"self ?harm\w*|cutting myself|hurt myself|i want to disappear|not wake up|sewerslide|"
                r"life is pointless|i'm done|im done with (?:it all|everything|life)|done with everything)\b"),
}

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
               r"\b(?:strop|balk|plafond) (?:\w+ ){0,3}(?:nek|hals)\b",
    "jumping": r"\b(?:stap|loop|spring) (?:ik )?(?:\w+ ){0,2}voor (?:de|een) (?:trein|metro|tram|bus|auto|"
               r"vrachtwagen)\b|"
               r"\b(?:spring|springen|sprong|te springen|gaan liggen|ga liggen|lopen|stappen|gooien|werpen|rijden) "
               r"(?:\w+ ){0,3}(?:voor|onder|van|vanaf|af|op) (?:de|een|het) (?:trein|metro|tram|bus|brug|dak|flat|"
               r"balkon|viaduct|auto|vrachtwagen|rails|spoor|snelweg|toren|parkeergarage|hoogte)\b|"
               r"\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|auto|vrachtwagen|bus) (?:\w+ ){0,2}(?:springen|"
               r"spring|gaan liggen|liggen|lopen|stappen|gooien|te springen|te gaan liggen|te liggen|te lopen)\b|"
               r"\b(?:spring|springen|te springen|gooi|gooien|werp) (?:ik )?(?:me |mezelf )?(?:\w+ ){0,2}uit (?:het|een) "
               r"(?:raam|venster)\b(?!.*\bhaha\b)|"
               r"\b(?:van|vanaf) (?:de|een|het) (?:brug|dak|flat|balkon|viaduct|toren|parkeergarage|klif|rots) "
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
_MEDICINE_USE = re.compile(
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
_THIRD_PERSON_VOICE = re.compile(
    rf"\b{_THIRD_PERSON}\b|\b(?:hij|zij|ze) (?:\w+ ){{0,3}}(?:wil|wilt|zegt|zei|praat|sprak|heeft|had|is|snijdt|"
    rf"krast|denkt|schrijft|schreef|appt|appte|doet|deed)\b|\bzichzelf\b|\bzich (?:\w+ )?(?:iets )?aan "
    r"(?:te )?doen\b|\b(?:hoe help|hoe kan ik (?:\w+ )?helpen|wat moet ik doen|wat kan ik doen|hoe reageer|"
    r"hoe ga ik om|ik maak me zorgen|maak me zorgen|zorgen om|bezorgd om|bang dat (?:hij|zij|ze))\b"
)

_STATEMENTS = {name: (kind, re.compile(pattern)) for name, (kind, pattern) in STATEMENTS.items()}
_MEANS_RE = {name: re.compile(pattern) for name, pattern in _MEANS.items()}
_MEDICINE_RE = re.compile(rf"\b{_MEDICINE}\b")
_A_LOT_RE = re.compile(_A_LOT_OF_MEDICINE)
_INTENT_RE = re.compile(rf"\b{_INTENT}\b")
_TIME_RE = re.compile(rf"\b{_TIME}\b")
_DONE_RE = re.compile(rf"\b(?:heb|hebben|had|heeft|ben|is) (?:\w+ ){{0,8}}{_DONE}\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:ik|me|mij|mezelf|mijn)\b")


def _clauses(text: str) -> Iterable[str]:
    """Sentences, so that a means and what is done with it must meet in one."""
    for sentence in re.split(r"[.!?\n;]+", text):
        if sentence.strip():
            yield sentence


_ALL_AT_ONCE_RE = re.compile(r"\b(?:allemaal|alles|ze allemaal|ze alle) (?:\w+ )?(?:neem|nemen|innemen|slik|"
                             r"slikken|in te nemen|in een keer|in ene keer|in 1 keer|tegelijk|ingenomen|genomen|geslikt)\b")


def _means_signal(raw_text: str) -> Optional[CrisisSignal]:
    whole = _without_idioms(normalise(raw_text))
    if _MEDICINE_RE.search(whole) and _ALL_AT_ONCE_RE.search(whole) and _FIRST_PERSON_RE.search(whole):
        return CrisisSignal(ACUTE if _TIME_RE.search(whole) else SUICIDAL, "medicine_planned")
    for clause in _clauses(raw_text):
        normalised = _without_idioms(normalise(clause))
        for name, pattern in _MEANS_RE.items():
            if pattern.search(normalised):
                acute = bool(_TIME_RE.search(normalised) or _DONE_RE.search(normalised))
                return CrisisSignal(ACUTE if acute else SUICIDAL, f"means_{name}")
        if not _MEDICINE_RE.search(normalised) or not _A_LOT_RE.search(normalised):
            continue
        if _DONE_RE.search(normalised):
            return CrisisSignal(ACUTE, "medicine_taken")
        has_intent = bool(_INTENT_RE.search(normalised))
        has_time = bool(_TIME_RE.search(normalised))
        if (has_intent or has_time) and (_FIRST_PERSON_RE.search(normalised) or not _MEDICINE_USE.search(normalised)):
            return CrisisSignal(ACUTE if has_time else SUICIDAL, "medicine_planned")
    return None


def _kind(kind: str, normalised: str) -> str:
    """Refines the kind: someone else's crisis, or acute danger, whatever the cue."""
    if kind != ACUTE and _THIRD_PERSON_VOICE.search(normalised) and not re.search(
        r"\bik (?:\w+ ){0,2}(?:wil|wou|ga) (?:\w+ ){0,3}(?:dood|niet meer leven|mezelf)\b|\bmezelf\b|"
        # statements only the writer makes about themself
        r"\bik er (?:\w+ )?niet meer (?:ben|was|zou zijn)\b|\bweet wat ik\b|\b(?:doe ik het|ga ik het doen)\b|"
        r"\b(?:vaarwel|adios)\b|\bdan met (?:mij|me)\b|\b(?:ik|heb|nam) (?:\w+ ){0,3}afscheids(?:video|filmpje|bericht|mail|brief)\w*\b|\bwaar ik (?:naartoe|heen|naar toe) ga\b|\b(?:mij|me) (?:toch |dan )?maar\b|\bik (?:\w+ ){0,3}met alles\b", normalised
    ):
        return SOMEONE_ELSE
    if kind in (SUICIDAL, SELF_HARM) and _DONE_RE.search(normalised) and re.search(
        r"\b(?:net|zojuist|zonet|just|daarnet|een uur geleden|vanavond|vannacht|al)\b", normalised
    ) and re.search(r"\b(?:genomen|ingenomen|geslikt|gesneden|diep|bloed|bloedt|bloeden)\b", normalised):
        return ACUTE
    return kind


def find_crisis_signal(text: str) -> Optional[CrisisSignal]:
    """The first crisis signal in `text` (its kind and cue), or None."""
    normalised = normalise(text)
    if not normalised:
        return None
    stripped = _without_idioms(normalised)
    for name, (kind, pattern) in _STATEMENTS.items():
        if pattern.search(stripped):
            return CrisisSignal(_kind(kind, stripped), name)
    for word in stripped.split():  # one typo in the clearest words ("zelfmort", "suicidaak")
        if len(word) >= 7 and any(within_one_edit(word, target) for target in _TYPO_TARGETS):
            return CrisisSignal(_kind(SUICIDAL, stripped), "suicide_word")
    means = _means_signal(text)
    if means:
        return CrisisSignal(_kind(means.kind, stripped), means.cue)
    return None


_TYPO_TARGETS = ("zelfmoord", "zelfdoding", "suicidaal", "suicide", "zelfmoordgedachten", "afscheidsbrief",
                 "zelfbeschadiging", "levensmoe")
