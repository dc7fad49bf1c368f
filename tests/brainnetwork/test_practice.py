"""practice.yml: the practice's details and opening hours, with clear errors when wrong."""

from datetime import time

import pytest

from brainnetwork.practice import PracticeConfigError, parse_practice, read_practice

VALID = {
    "name": "BrainNetwork",
    "phone": "085 000 0000",
    "email": "info@example.org",
    "opening_hours": {
        "monday": ["09:00-17:00"],
        "tuesday": ["09:00-17:00"],
        "wednesday": ["09:00-12:00", "13:00-17:00"],
        "friday": ["09:00-16:00"],
    },
}


def test_the_project_file_is_valid():
    practice = read_practice()
    assert practice.name == "BrainNetwork"
    assert practice.phone and practice.email


def test_opening_hours_are_parsed_per_weekday():
    practice = parse_practice(VALID)
    assert practice.opening_hours[0] == [(time(9), time(17))]
    assert practice.opening_hours[2] == [(time(9), time(12)), (time(13), time(17))]
    assert practice.opening_hours[3] == []


def test_opening_hours_are_summarised_in_dutch():
    text = parse_practice(VALID).opening_hours_text()
    assert text == "ma t/m di 9:00-17:00; wo 9:00-12:00, 13:00-17:00; vr 9:00-16:00"


def test_template_values_name_every_detail():
    values = parse_practice(VALID).template_values()
    assert values["practice_phone"] == "085 000 0000"
    assert values["practice_email"] == "info@example.org"
    assert set(values) == {
        "practice_name", "practice_phone", "practice_email", "practice_website", "practice_hours",
        "callback_promise",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"phone": ""}, "missing phone"),
        ({"opening_hours": {"monday": ["9 tot 5"]}}, "HH:MM-HH:MM"),
        ({"opening_hours": {"monday": ["17:00-09:00"]}}, "closes before it opens"),
        ({"opening_hours": {"maandag": ["09:00-17:00"]}}, r"unknown weekday\(s\) maandag in opening_hours; use monday"),
        ({"opening_hours": {"monday": ["25:00-26:00"]}}, "hour must be in"),
    ],
)
def test_mistakes_get_an_operator_readable_error(change, message):
    with pytest.raises(PracticeConfigError, match=message):
        parse_practice({**VALID, **change})


def test_missing_file_names_the_setting(tmp_path):
    with pytest.raises(PracticeConfigError, match="BRAINNETWORK_PRACTICE_FILE"):
        read_practice(tmp_path / "nope.yml")


def test_example_details_warn_at_every_start(tmp_path, caplog):
    path = tmp_path / "practice.yml"
    path.write_text("example_details: true\nname: X\nphone: '1'\nemail: a@b.c\n")
    with caplog.at_level("WARNING"):
        read_practice(path)
    assert "EXAMPLE contact details" in caplog.text


def test_practical_answers_are_read_and_empty_ones_are_none():
    practice = parse_practice({**VALID, "practical_answers": {"waiting_time": " Ongeveer drie weken. ", "costs": ""}})
    assert practice.practical_answer("waiting_time") == "Ongeveer drie weken."
    assert practice.practical_answer("costs") is None and practice.practical_answer("team") is None


def test_an_unknown_practical_topic_is_refused_with_the_known_ones():
    with pytest.raises(PracticeConfigError, match="unknown topic.*wachttijd.*use waiting_time"):
        parse_practice({**VALID, "practical_answers": {"wachttijd": "drie weken"}})


def test_every_practical_topic_has_an_intent_and_both_answers(domain):
    from brainnetwork.practice import PRACTICAL_TOPICS

    for topic in PRACTICAL_TOPICS:
        assert f"practice_{topic}" in domain["intents"]
        assert "{practice_answer}" in domain["responses"][f"utter_practice_{topic}"][0]["text"]
        assert f"utter_practice_{topic}_ask_the_practice" in domain["responses"]
