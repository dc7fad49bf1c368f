"""Composing the answer to described complaints from their domain responses
(data/responses/complaints.yml)."""

from brainnetwork.complaints import MAX_COMPLAINTS, complaint_content, join_dutch


def test_named_complaints_are_connected_to_the_article():
    content = complaint_content()
    text = content.explain(["vermoeidheid", "darmklachten"])
    assert "Je noemt vermoeidheid en darmklachten." in text
    assert content.complaints["vermoeidheid"].text in text
    assert content.complaints["darmklachten"].text in text


def test_causes_are_explained_after_the_complaints():
    content = complaint_content()
    text = content.explain(["somberheid"], ["antibiotica"])
    assert text.index(content.complaints["somberheid"].text) < text.index(
        content.causes["antibiotica"].text
    )


def test_unknown_or_missing_complaints_get_the_general_explanation():
    content = complaint_content()
    assert content.explain([]) == content.general.text
    assert content.explain(["hoofdpijn"]) == content.general.text


def test_duplicates_are_named_once_and_the_answer_stays_short():
    content = complaint_content()
    many = list(content.complaints)
    text = content.explain(["angst", "angst", *many])
    assert text.count(content.complaints["angst"].text) == 1
    assert text.count("\n- ") == MAX_COMPLAINTS


def test_join_dutch():
    assert join_dutch([]) == ""
    assert join_dutch(["a"]) == "a"
    assert join_dutch(["a", "b", "c"]) == "a, b en c"
