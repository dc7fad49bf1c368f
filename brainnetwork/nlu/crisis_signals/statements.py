"""Statements that are a crisis signal by themselves: the building blocks of the patterns,
and the core kinds (a wish to die, passive wishes, hopelessness and being a burden,
farewell, self-harm, a lethal-dose question, danger)."""

from __future__ import annotations

from typing import Dict, Tuple

from brainnetwork.nlu.crisis_signals.kinds import ACUTE, SELF_HARM, SUICIDAL

# --- Statements that are a signal by themselves ----------------------------------------

_G = r"(?:\w+ ){0,3}"  # up to three filler words ("echt", "gewoon", "eigenlijk", "soms")
_G5 = r"(?:\w+ ){0,5}"
_WANT = (r"(?:wil|wilde|wou|wouw|zou willen|zou graag|wens|wenste|verlang|verlangde|hoop|hoopte|liefst|"
         r"het liefst|overweeg|wil je|wilt|willen)")
_DIE = (r"(?:dood|dood zijn|doodgaan|dood gaan|sterven|overlijden|er niet meer zijn|er niet meer te zijn|"
        r"niet meer leven|niet meer bestaan|niet meer verder(?! met)|slapen en niet meer wakker)")
_ME = r"(?:ik|me|mij|mezelf|mijn)"
_HARM_VERBS = (r"(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|kraste|gekrast|brand|branden|verbrand|"
               r"verbranden|brandde|gebrand|sla|slaan|sloeg|geslagen|bonk|bonken|beschadig|beschadigen|"
               r"beschadigd|verwond|verwonden|verwondde|pijn doen|pijn gedaan|pijn te doen|iets aandoen|iets aan "
               r"doen|iets aan te doen|iets aangedaan|wat aandoen|wat aan doen|iets aan|wat aan|aan doen|"
               r"aandoen|kapot maken|kapotmaken|uithongeren|krabben|openkrabben|open krabben|prikken)")

CORE_STATEMENTS: Dict[str, Tuple[str, str]] = {
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
}
