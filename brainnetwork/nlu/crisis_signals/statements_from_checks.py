"""Statements that are a signal by themselves, in the kinds learnt from the unseen check
rounds (bench/data/crisis_checks/, docs/benchmarks/README.md): images of dying, harm
welcomed from outside, places and means told as facts, farewells arranged, relapses."""

from __future__ import annotations

from typing import Dict, Tuple

from brainnetwork.nlu.crisis_signals.kinds import ACUTE, SELF_HARM, SUICIDAL

CHECK_ROUND_STATEMENTS: Dict[str, Tuple[str, str]] = {
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
    # Round-10 kinds. Deciding not to live through what is coming ("ik heb besloten dat ik die
    # operatie niet ga meemaken").
    "not_living_through_it": (SUICIDAL, r"\b(?:besloten|beslist|weet ik zeker|staat vast) (?:\w+ ){0,6}(?:niet|nie|ni) "
                              r"(?:meer )?(?:ga|zal|wil|ben van plan te) (?:\w+ )?meemaken\b|\bga (?:\w+ ){0,3}(?:niet|nie) "
                              r"meer meemaken\b(?=.*\b(?:besloten|zo ver|zover|laat ik het)\b)"),
    # Envy of someone who dies: "die is tenminste klaar".
    "envy_of_the_dead": (SUICIDAL, r"\b(?:jaloers|jaloezie|benijd\w*|afgunst\w*)\b(?:[\w ]){0,80}?\b(?:overlijdt|overleed|"
                         r"overleden|sterft|stierf|gestorven|dood gaat|doodgaat|is heengegaan|in de kist|in het graf)\b|"
                         r"\b(?:overlijdt|overleed|overleden|sterft|stierf|gestorven|doodgaat|begrafenis|uitvaart)\b(?:[\w ]){0,80}?\b(?:jaloers|jaloezie|benijd\w*)\b|"
                         r"\b(?:die|hij|zij|ze) (?:is|heeft) (?:het )?tenminste (?:\w+ )?(?:klaar|rust|verlost|ervan af|er "
                         r"van af|eruit|er uit)\b(?=.*\b(?:overlijdt|overleed|overleden|sterft|stierf|dood|gestorven)\b)|"
                         r"\b(?:begrafenis|uitvaart)\b(?:[\w ]){0,60}?\b(?:jaloers|benijd\w*)\b"),
    # Harm from outside welcomed: "best oke als mij iets overkwam", "dan krijgt hij een betere moeder".
    "welcome_mishap": (SUICIDAL, r"\b(?:oke|ok|okee|niet erg|niet zo erg|prima|fijn|geen ramp|een opluchting|"
                       r"opluchting|beter) (?:\w+ ){0,4}als (?:mij|me) (?:\w+ ){0,2}(?:iets|wat|een ongeluk) (?:zou )?"
                       r"(?:overkwam|overkomt|overkomen|gebeurde|gebeurt|zou gebeuren)\b|\bdan (?:krijgt|heeft|hebben|"
                       r"krijgen) (?:\w+ ){0,3}(?:een )?betere (?:moeder|vader|mama|papa|mam|pap)\b|\b(?:meer heeft aan|"
                       r"meer hebben aan|beter af (?:is|zijn|zou zijn) met|verdient|verdienen) (?:een )?(?:andere|betere|"
                       r"nieuwe)? ?(?:moeder|vader|mama|papa) die\b|\b(?:meer heeft aan|meer hebben aan) (?:een )?"
                       r"(?:andere|betere|nieuwe) (?:moeder|vader|mama|papa)\b|\bhoop (?:\w+ ){0,6}(?:hartstilstand|"
                       r"hartaanval|hersenbloeding|herseninfarct) (?:\w+ )?(?:krijg|krijgt|overkomt|zou krijgen)\b|"
                       r"\bliever (?:een )?dode (?:zoon|dochter|kind)\b(?=.*\b(?:zin (?:geven|geef)|gelijk geven|"
                       r"plezier doen)\b)"),
    # Only a cost to the family: "ik kost mijn familie alleen geld en zorgen".
    "only_a_cost": (SUICIDAL, r"\bik kost (?:\w+ ){0,3}(?:alleen|enkel|maar|alleen maar|enkel maar) (?:\w+ ){0,2}"
                    r"(?:geld en zorgen|zorgen en geld|geld en moeite|zorgen|last|ellende|verdriet)\b|"
                    r"\b(?:hebben|hadden|zijn|waren|zouden) (?:\w+ ){0,2}beter (?:af )?(?:met )?(?:een )?(?:andere )?"
                    r"(?:vader|moeder|papa|mama|man|vrouw) die\b|\bsta (?:\w+ ){0,2}(?:alleen maar|enkel maar|alleen|"
                    r"enkel|maar|toch maar) (?:\w+ )?in de weg\b"),
    # Places and farewells told as facts: a roof with no fence, rings given away with a letter,
    # a last shift nobody knows is the last.
    "told_as_facts": (SUICIDAL, r"\b(?:geen|zonder) (?:hek|hekwerk|reling|afzetting|balustrade) (?:\w+ ){0,3}(?:dak|brug|"
                      r"flat|parkeergarage|viaduct)\b|\b(?:dak|brug|flat|parkeergarage|viaduct) (?:\w+ ){0,4}(?:geen|"
                      r"zonder) (?:hek|hekwerk|reling)\b|\b(?:verdeeld|weggegeven|uitgedeeld|weg gegeven) (?:\w+ ){0,4}"
                      r"(?:kleinkinderen|kinderen|vrienden|familie|neefjes|nichtjes)\b(?=.*\b(?:brief|brieven|afscheid|"
                      r"na vannacht|na vanavond|nooit meer|niet meer)\b)|\b(?:weten|weet) (?:\w+ ){0,3}(?:niet|nie) dat (?:het|dit) "
                      r"(?:echt )?(?:de|het|mijn) laatste\b|\bniemand (?:\w+ )?(?:weet|weten) dat (?:het|dit) (?:echt )?(?:de|het|mijn) laatste\b|"
                      r"\b(?:niet|nie) (?:\w+ ){0,2}(?:weten|weet) dat "
                      r"(?:het|dit) (?:echt )?(?:de|het|mijn) laatste\b|\b(?:spaar|spaarde|sparen) (?:ze|die|deze) "
                      r"(?:\w+ ){0,4}op\b(?=.*\b(?:potje|doosje|genoeg|strips?)\b)"),
    # At the wheel: the steering wheel turned into a pillar, the seat belt undone.
    "at_the_wheel": (SUICIDAL, r"^(?=.*\b(?:stuur (?:\w+ )?(?:omgooien|omgooi|omgooit|om te gooien|omtrekken|"
                     r"omtrek|omrukken)|gordel (?:\w+ ){0,2}(?:losgemaakt|los gemaakt|losmaken|los maken|los te maken|los gedaan|losgedaan|afgedaan|"
                     r"af gedaan|los)|gas (?:\w+ )?(?:vol )?open)\b)(?=.*\b(?:pijler|brugpijler|boom|vangrail|"
                     r"tegenligger|vrachtwagen|betonblok|viaduct|muur|klaar)\b)"),
    # Swallowed, in Flemish and spoken words, with all of one's medicine.
    "medicine_swallowed": (ACUTE, r"(?=.*\b(?:\w*pillen|\w*tabletten|medicijnen|\w*medicatie|\w*pam|tramadol|"
                           r"oxycodon|morfine|insuline|paracetamol|dafalgan|antidepressiva|lithium)\b)"
                           r"\b(?:al mijn|alle|al de|al die|al men|mijn hele) (?:\w+ ){0,10}?(?:binnengespeeld|"
                           r"binnen gespeeld|binnengedaan|achterovergeslagen|achterover geslagen|binnengewerkt|"
                           r"binnengekieperd|naar binnen gewerkt|naar binnen gespeeld)\b"),
    # Told to a teacher or a friend: "we hoeven haar niet te missen".
    "not_to_be_missed": (SUICIDAL, r"\b(?:me|mij|haar|hem) (?:\w+ )?(?:niet|nie|ni) (?:hoeven|hoeft|hoef) te "
                         r"missen\b|\b(?:hoeven|hoeft|hoef) (?:\w+ )?(?:me|mij|haar|hem) (?:niet|nie|ni) te missen\b"),
    # Kinds the classifier caught alone until a retraining moved it (rounds 5 and 9): one
    # way out that is not the door, the last time typed here, looked up how to do it, over
    # the railing of a bridge, last words on paper.
    "one_way_out": (SUICIDAL, r"\b(?:zie|zag|ken|weet|heb|rest|resteert|is er|blijft) (?:\w+ ){0,2}(?:nog|nog maar|maar|"
                    r"alleen nog) (?:een|1|één|eentje) (?:uitweg|uitgang|nooduitgang)\b(?! (?:\w+ )?(?:open|in|uit|voor|"
                    r"bij|naar|van|aan) (?:de|het|dit|die|dat|deze|mijn) (?:schulden|probleem|problemen|situatie|gebouw|"
                    r"parkeergarage|winkel|zaal|trein|station|school)\b)"),
    "last_time_here": (SUICIDAL, r"\blaatste keer dat ik (?:hier |nog )?(?:typ|type|schrijf|iets post|iets schrijf|"
                       r"mijn verhaal doe)\b(?=.*\b(?:te zwaar|te veel|vaarwel|salut|adieu|dag allemaal|bedankt voor "
                       r"alles|merci)\b)"),
    "looked_up_how": (SUICIDAL, r"\b(?:opgezocht|uitgezocht|gegoogeld|gegoogled|nagelezen|opgezocht op internet) hoe "
                      r"ik het (?:zou|ga|kan|moet|wil) doen\b|\bhoe ik het (?:zou|ga|kan) doen (?:al )?(?:opgezocht|"
                      r"uitgezocht|gegoogeld)\b"),
    "over_the_railing": (ACUTE, r"\b\w*(?:brug|dak|balkon|flat|viaduct|parkeergarage)\b(?:[\w ]){0,60}\bover de "
                         r"(?:reling|rand|balustrade|leuning)\b(?! (?:\w+ ){0,3}(?:naar|kijken|gekeken|keek|hangen)\b)"),
    "last_words_written": (SUICIDAL, r"\b(?:mijn|m'n) laatste woorden (?:\w+ ){0,2}(?:staan|liggen|zijn) (?:\w+ )?"
                           r"(?:op papier|klaar|geschreven|opgeschreven)\b"),
    # An incurable illness welcomed as a relief (round 6, after a retraining moved the
    # classifier): a condition, a fatal diagnosis for me, then relief; "geen kanker" is not one.
    # Sorry to have woken up at all ("elke ochtend baal ik dat ik weer wakker ben geworden",
    # "jammer dat ik nog wakker werd"). A complaint about when or why one woke ("zo vroeg",
    # "om vier uur", "door de buren", "midden in de nacht") is about sleep, not about living.
    "sorry_to_wake": (SUICIDAL, r"\b(?:baal|balen|baalde|jammer|spijt|teleurgesteld|vervelend|rot|haat het|vloek|"
                      r"zonde|helaas)\b(?:,? (?:\w+ ){0,3}?)(?:dat|da|als) (?:ik|k) (?:gewoon |echt |toch )?(?:weer|nog|alweer|"
                      r"toch|opnieuw) (?:gewoon |echt |toch )?wakker (?:ben|word|werd|ben geworden|geworden ben|worden)\b"
                      r"(?!(?: \w+){0,2}? (?:om|door|van|vanwege|midden|na|rond|tegen|voor|'s|s|elke nacht|iedere "
                      r"nacht|vannacht|zo vroeg|te vroeg|veel te|zonder wekker)\b)"),
    "fatal_illness_welcome": (SUICIDAL, r"\b(?:als|mocht|zou|stel dat|wanneer)\b.{0,60}?(?<!geen )(?<!niet )\b(?:"
                              r"ongeneeslijk ziek|terminaal ziek|dodelijk ziek|een dodelijke ziekte|een ongeneeslijke "
                              r"ziekte|kanker)\b.{0,50}?\b(?:opgelucht|opluchting|verlossing|niet erg|blij|fijn|welkom|"
                              r"des te beter|mooi meegenomen)\b|\bhoop (?:\w+ ){0,3}(?:dat ik|ik) (?:\w+ ){0,2}"
                              r"(?:ongeneeslijk|terminaal|dodelijk) ziek (?:ben|word|wordt|blijk)\b"),
    "english": (SUICIDAL, r"\b(?:kill (?:my ?self|me)|kms|kys|suicidal|suicide|want(?:ed)? to die|wanna die|end my "
                r"life|end it all|ending it all|ending things|end things|unalive|better off dead|no reason to live|don't want to (?:live|be here|exist)|"
                r"dont want to (?:live|be here|exist)|do not want to live|done with life|can't go on|cant go on|"
                r"self ?harm\w*|cutting myself|hurt myself|i want to disappear|not wake up|sewerslide|"
                r"life is pointless|i'm done|im done with (?:it all|everything|life)|done with everything|"
                r"tired of being (?:here|alive)|if (?:a|the) (?:car|bus|tram|train|truck) (?:hit|hits) me)\b|"
                r"\bcountdown\b(?=.*\b(?:gave|gaf|gegeven|weggegeven|given|give away)\b)"),
}
