"""The crisis safety net's signal detection: direct, indirect, typos; and what it leaves alone."""

import pytest

from brainnetwork.nlu.crisis_signals import find_crisis_signal, normalise, within_one_edit


@pytest.mark.parametrize(
    "text",
    [
        "ik denk aan zelfmoord",
        "Ik denk aan ZELFMOORD!!",
        "ik denk aan zelfmord",  # typo: letter missing
        "ik denk aan zelfmoort",  # typo: wrong letter
        "ik heb zelfmoordgedachten",
        "ik ben suïcidaal",
        "ik ben suicidaal",
        "ik wil dood",
        "eigenlijk wil ik gewoon dood",
        "ik wil niet meer leven",
        "ik wil nie meer leven",
        "ik zie het niet meer zitten",
        "'k zie het nie meer zitten",
        "het hoeft voor mij allemaal niet meer",
        "ik wil er een eind aan maken",
        "ik maak er een einde aan",
        "ik wil mezelf iets aandoen",
        "ik ga mezelf pijn doen",
        "iedereen is beter af zonder mij",
        "ik wil niet meer wakker worden",
        "ik kan het niet meer aan",
        "ik zie geen uitweg meer",
        "ik wil al mijn pillen innemen",
        "ik heb een afscheidsbrief geschreven",
        "ik ben in gevaar",
        "mijn buik doet pijn en ik wil eigenlijk dood",
        "I want to kill myself",
    ],
)
def test_clear_signals_are_found(text):
    assert find_crisis_signal(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "wat is het microbioom",
        "ik ben altijd moe en heb vaak buikpijn",
        "ik kan niet meer slapen van de buikpijn",
        "sinds die antibiotica voel ik me somber",
        "ik slaap slecht en heb last van mijn darmen",
        "wat doet serotonine",
        "hoe kan ik jullie bereiken",
        "nee dank je",
    ],
)
def test_everyday_messages_raise_no_alarm(text):
    assert find_crisis_signal(text) is None


def test_normalise_strips_case_accents_and_punctuation():
    assert normalise("  Ik  ZIE het  níet meer zitten!! ") == "ik zie het niet meer zitten"


@pytest.mark.parametrize(
    ("word", "target", "expected"),
    [
        ("zelfmoord", "zelfmoord", True),
        ("zelfmord", "zelfmoord", True),
        ("zelffmoord", "zelfmoord", True),
        ("zelfmoard", "zelfmoord", True),
        ("zelfmaart", "zelfmoord", False),
        ("moord", "zelfmoord", False),
    ],
)
def test_within_one_edit(word, target, expected):
    assert within_one_edit(word, target) is expected
