"""Preferred moments in natural Dutch, against the opening hours, with a fixed "now"."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from actions.moments import match_moment

AMS = ZoneInfo("Europe/Amsterdam")
# Thursday 26 November 2026, 10:00.
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=AMS)
HOURS = {
    0: [(time(9), time(17))],
    1: [(time(9), time(17))],
    2: [(time(9), time(17))],
    3: [(time(9), time(20))],
    4: [(time(9), time(16))],
    5: [],
    6: [],
}


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("morgenochtend", "vrijdag 27 november, 09:00-12:00"),
        ("morgen ochtend", "vrijdag 27 november, 09:00-12:00"),
        ("dinsdagmiddag", "dinsdag 1 december, 12:00-17:00"),
        ("volgende week woensdag na 3 uur", "woensdag 2 december, 15:00-17:00"),
        ("vrijdag om 10 uur", "vrijdag 27 november, 10:00-11:00"),
        ("morgen om 9 uur", "vrijdag 27 november, 09:00-10:00"),
        ("vanavond", "donderdag 26 november, 17:00-20:00"),
        ("om half 3", "donderdag 26 november, 14:30-15:30"),
        ("3 december om 14:00", "donderdag 3 december, 14:00-15:00"),
        ("maandag 30 november, ochtend", "maandag 30 november, 09:00-12:00"),
        ("volgende week", "maandag 30 november, 09:00-17:00"),
        ("maakt niet uit", "geen voorkeur, zo snel mogelijk"),
        ("zo snel mogelijk", "geen voorkeur, zo snel mogelijk"),
    ],
)
def test_dutch_moments_within_opening_hours(text, display):
    moment, proposals = match_moment(text, NOW, HOURS)
    assert moment is not None and moment.display == display
    assert proposals == []


@pytest.mark.parametrize(
    ("text", "first_proposal"),
    [
        ("zaterdag", "maandag 30 november, ochtend"),
        ("zondagochtend", "maandag 30 november, ochtend"),
        ("morgenavond", "maandag 30 november, ochtend"),  # Friday closes at 16:00
        ("12-12", "maandag 14 december, ochtend"),  # a Saturday
    ],
)
def test_outside_opening_hours_the_nearest_open_moments_are_proposed(text, first_proposal):
    moment, proposals = match_moment(text, NOW, HOURS)
    assert moment is None
    assert len(proposals) == 3 and proposals[0].title == first_proposal


def test_proposals_can_be_chosen_as_they_are():
    _, proposals = match_moment("zaterdag", NOW, HOURS)
    for proposal in proposals:
        moment, _ = match_moment(proposal.title, NOW, HOURS)
        assert moment is not None and moment.start == proposal.start


@pytest.mark.parametrize("text", ["", "hallo", "geen idee", "gisteren"])
def test_no_moment_in_the_text(text):
    assert match_moment(text, NOW, HOURS) == (None, [])


def test_a_moment_already_past_today_moves_on():
    late = datetime(2026, 11, 26, 19, 50, tzinfo=AMS)
    moment, proposals = match_moment("vanmiddag", late, HOURS)
    assert moment is None and proposals[0].title == "vrijdag 27 november, ochtend"
