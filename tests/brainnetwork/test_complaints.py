"""Composing the answer to described complaints from their domain responses
(data/responses/complaints.yml)."""

import pytest

from brainnetwork.complaints import MAX_COMPLAINTS, complaint_content, join_dutch, parse_content


def test_named_complaints_are_connected_to_the_article():
    content = complaint_content()
    text = content.explain(["fatigue", "gut_complaints"])
    assert "Je noemt vermoeidheid en darmklachten." in text
    assert content.complaints["fatigue"].text in text
    assert content.complaints["gut_complaints"].text in text


def test_causes_are_explained_after_the_complaints():
    content = complaint_content()
    text = content.explain(["low_mood"], ["antibiotics"])
    assert text.index(content.complaints["low_mood"].text) < text.index(
        content.causes["antibiotics"].text
    )


def test_unknown_or_missing_complaints_get_the_general_explanation():
    content = complaint_content()
    assert content.explain([]) == content.general.text
    assert content.explain(["hoofdpijn"]) == content.general.text


def test_duplicates_are_named_once_and_the_answer_stays_short():
    content = complaint_content()
    many = list(content.complaints)
    text = content.explain(["anxiety", "anxiety", *many])
    assert text.count(content.complaints["anxiety"].text) == 1
    assert text.count("\n- ") == MAX_COMPLAINTS


def test_join_dutch():
    assert join_dutch([]) == ""
    assert join_dutch(["a"]) == "a"
    assert join_dutch(["a", "b", "c"]) == "a, b en c"


def test_a_complaint_without_a_dutch_label_is_refused():
    text = {"text": "Tekst.", "metadata": {"article_sections": []}}
    responses = {"utter_complaints_intro": [text], "utter_complaints_general": [text],
                 "utter_cause_food": [text]}
    assert parse_content(responses).causes["food"].label == "food"
    with pytest.raises(ValueError, match="fatigue"):
        parse_content({**responses, "utter_complaint_fatigue": [text]})
