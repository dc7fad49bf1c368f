"""Normalised text: lower case, no accents or punctuation, chat and Flemish forms written
out, and everyday idioms that use crisis words blanked out before anything is matched."""

from __future__ import annotations

import re
import unicodedata
from typing import List

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
    # "die kuur helpt je darmflora om zeep": destroying a thing, not a person
    r"\b(?:darmflora|flora|bacterien|darmbacterien|microbioom|darmen|maag|lever|gezondheid|immuunsysteem|dieet|"
    r"planning|plannen|batterij|auto|laptop|telefoon|gsm|vakantie|weekend|humeur) (?:\w+ ){0,2}om zeep "
    r"(?:helpen|helpt|geholpen|gaan|gaat|gegaan)\b",
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
IDIOM_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _IDIOMS))


def without_idioms(normalised: str) -> str:
    return IDIOM_RE.sub(" # ", normalised)
