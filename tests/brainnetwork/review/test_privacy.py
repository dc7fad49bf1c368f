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
