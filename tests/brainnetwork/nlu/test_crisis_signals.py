"""The crisis lexicon: statements, combinations of a means with intention or a deed, the
kind of crisis, and the everyday senses of the same words that it leaves alone.

These sentences are the lexicon's own unit tests, written with it; how it does on
messages it has never seen is measured by the crisis benchmark (bench/data/), which is
never used to write tests or training data from.
"""

import pytest

from brainnetwork.nlu.crisis_signals import (ACUTE, SELF_HARM, SOMEONE_ELSE, SUICIDAL, find_crisis_signal, everyday_sense,
                                             normalise, within_one_edit)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("ik denk aan zelfmoord", SUICIDAL),
        ("Ik denk aan ZELFMOORD!!", SUICIDAL),
        ("ik denk aan zelfmord", SUICIDAL),
        ("kwil ni meer leve", SUICIDAL),
        ("ikwilnietmeerleven", SUICIDAL),
        ("'k zie het nie meer zitten", SUICIDAL),
        ("ik wou dat ik er nooit geweest was", SUICIDAL),
        ("ik ben een last voor iedereen", SUICIDAL),
        ("ik heb mijn afscheidsbrief klaar", SUICIDAL),
        ("I want to kill myself tbh", SUICIDAL),
        ("ik ga vanavond van de brug springen", ACUTE),
        ("ik heb net 30 paracetamol genomen", ACUTE),
        ("hoeveel paracetamol is dodelijk", ACUTE),
        ("ik snij mezelf weer", SELF_HARM),
        ("mijn dochter van 15 krast zichzelf", SOMEONE_ELSE),
        ("mijn vriend zegt dat hij er een eind aan wil maken", SOMEONE_ELSE),
        ("mijn buik doet pijn maar eigenlijk wil ik gewoon dood", SUICIDAL),
        # an idiom's subject ("het punt ... dood") never swallows a first-person wish
        ("ik ben op het punt dat ik liever dood zou zijn", SUICIDAL),
        ("ik moet er gewoon een punt achter zetten, ik ben het niet waard", SUICIDAL),
        ("als dat niet werkt kap ik met alles", SUICIDAL),
        ("took a whole bottle of my pills, voel me raar", ACUTE),
        ("ik zit vast en cut myself again", SELF_HARM),
    ],
)
def test_signals_and_their_kind(text, kind):
    signal = find_crisis_signal(text)
    assert signal is not None and signal.kind == kind, signal


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "wat is het microbioom", "ik ben altijd moe en heb vaak buikpijn",
        "ik ga dood van de honger", "ik lach me dood", "ik ben doodmoe", "ik hang de was op",
        "ik snij de groenten", "mijn opa is overleden", "geen zin meer in chips",
        "hoeveel paracetamol mag ik per dag voor mijn buikpijn", "ik heb 10 dagen antibiotica genomen",
        "ik ga vanavond met de trein naar mijn moeder", "de batterij is dood", "ik sla me er wel doorheen",
        "ik denk dat de bacterien doodgaan door antibiotica", "ik kan niet meer slapen van de buikpijn",
        "die deadline wordt mijn dood", "kun je een overdosis probiotica nemen?", "wat is het nut van darmbacteriën",
        "ik heb een overdosis suiker gehad dit weekend", "hoe zorg ik goed voor mijn darmen",
        "het punt is dood", "ik zet er een punt achter met die relatie", "ik stop met alles wat suiker bevat",
        "that's odd, my gut feels weird",
    ],
)
def test_everyday_senses_raise_no_alarm(text):
    assert find_crisis_signal(text) is None


def test_the_signal_names_its_cue_not_the_words():
    signal = find_crisis_signal("ik wil dood")
    assert str(signal) == f"lexicon:{signal.cue}" and "dood" not in signal.cue


def test_normalise_writes_out_chat_and_flemish_forms():
    assert normalise("  'k ZIE het  níet meer zitten!! ") == "ik zie het niet meer zitten"
    assert normalise("kwil ni meer") == "ik wil niet meer"


@pytest.mark.parametrize(
    ("word", "target", "expected"),
    [("zelfmoord", "zelfmoord", True), ("zelfmord", "zelfmoord", True), ("zelffmoord", "zelfmoord", True),
     ("zelfmaart", "zelfmoord", False), ("moord", "zelfmoord", False)],
)
def test_within_one_edit(word, target, expected):
    assert within_one_edit(word, target) is expected


@pytest.mark.parametrize("text", [
    "wat zeg je tegen een vriendin wiens vader net is overleden?",
    "mijn collega wier moeder vorige week gestorven is, hoe steun ik haar",
    "onze hond is vorige maand ingeslapen",
])
def test_grief_about_someone_else_is_an_everyday_sense(text):
    assert everyday_sense(text) and find_crisis_signal(text) is None
