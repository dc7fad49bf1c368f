"""Masking of phone numbers and e-mail addresses in list views and candidates."""

import pytest

from brainnetwork.review.privacy import mask


@pytest.mark.parametrize("text, hidden, kept", [
    ("bel me op 06-12345678", "12345678", "******78"),
    ("mijn nummer: +31 6 1234 5678.", "1234 5678", "*********78"),
    ("(020) 123 45 67 graag", "123 45 67", "********67"),
    ("0031612345678", "612345678", "***********78"),
    ("mail anne.de.vries@example.nl", "anne.de.vries", "a***@example.nl"),
])
def test_personal_data_is_masked(text, hidden, kept):
    masked = mask(text)
    assert hidden not in masked and kept in masked


@pytest.mark.parametrize("text", [
    "ik slaap al 3 weken slecht", "90–95% van je serotonine", "om 14:30 op 12-12-2026", "op 12-12-2026 14:30", "B12 en K", "",
])
def test_ordinary_text_is_left_alone(text):
    assert mask(text) == text


def test_in_doubt_a_long_run_of_digits_is_masked():
    assert "2020" not in mask("sinds 2019 2020 2021")  # better one mask too many


# --- Erasing the answers of a stopped contact form (issue 13, item 7) ------------------

from actions.intake import FORM_SLOTS  # noqa: E402
from actions.intake_form import FAILURES  # noqa: E402
from brainnetwork.review.privacy import (  # noqa: E402
    ANSWER_SLOTS, ERASED, erase_stopped_forms, form_runs, stops_a_form,
)


def user(text, intent="inform"):
    return {"event": "user", "text": text, "metadata": {"x": text},
            "parse_data": {"text": text, "intent": {"name": intent, "confidence": 0.9},
                           "entities": [{"entity": "complaint", "value": text}]}}


def form(*middle, end=({"event": "active_loop", "name": None},)):
    return [user("ik wil een afspraak", "request_contact"), {"event": "active_loop", "name": "intake_form"},
            *middle, *end]


STOPPED = form(user("Anna"), {"event": "slot", "name": "visitor_name", "value": "Anna"},
               {"event": "bot", "text": "Ik heb dit genoteerd:\n- Naam: Anna\n...", "data": {"buttons": []},
                "metadata": {"utter_action": "utter_ask_confirmed", "name": "Anna", "reach": "telefoon (06 12345678)"}},
               user("ik wil dood", "crisis"), {"event": "bot", "text": "Bel 113"},
               user("stop", "stop_form"), {"event": "action", "name": "action_cancel_intake"})


def test_every_form_slot_that_holds_an_answer_is_erased():
    assert ANSWER_SLOTS == set(FORM_SLOTS) - {FAILURES}


def test_a_stopped_run_loses_its_answers_and_keeps_crisis_messages_and_intents():
    erased = [erase_stopped_forms(STOPPED).get(i, e) for i, e in enumerate(STOPPED)]
    assert "Anna" not in str(erased)
    assert erased[0] == STOPPED[0]  # before the form: kept
    assert erased[2]["text"] == ERASED and erased[2]["parse_data"]["intent"]["name"] == "inform"
    assert erased[2]["metadata"] == {} and erased[2]["parse_data"]["entities"] == []
    assert erased[3]["value"] is None and erased[4]["text"] == ERASED
    assert erased[4]["metadata"] == {"utter_action": "utter_ask_confirmed"}  # the values it was filled in with go
    assert erased[5] == STOPPED[5] and erased[6] == STOPPED[6]  # the crisis message and its answer
    assert erase_stopped_forms(erased) == {}  # a second pass changes nothing


def test_refused_consent_counts_as_stopping():
    refused = form(user("nee hoor, Anna hier"), {"event": "slot", "name": "consent", "value": "nee hoor, Anna hier"},
                   {"event": "slot", "name": "consent", "value": False})
    assert stops_a_form(refused[-2]) and "Anna" not in str(
        [erase_stopped_forms(refused).get(i, e) for i, e in enumerate(refused)])


def test_a_submitted_or_still_open_form_is_left_alone():
    submitted = form(user("Anna"), {"event": "slot", "name": "visitor_name", "value": "Anna"},
                     user("ja", "affirm"), {"event": "slot", "name": "confirmed", "value": True})
    assert erase_stopped_forms(submitted) == {}
    assert erase_stopped_forms(STOPPED[:-3]) == {}  # still open
    assert form_runs(submitted + STOPPED) == [(1, 6), (8, 16)]  # only the second run was stopped
    assert set(erase_stopped_forms(submitted + STOPPED)) == {i + len(submitted) for i in erase_stopped_forms(STOPPED)}
