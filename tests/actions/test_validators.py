"""Table-driven checks of what the contact form accepts, and how it normalises it."""

import pytest

from actions.validators import MAX_REASON, clean_name, clean_reason, parse_email, parse_phone


@pytest.mark.parametrize(
    ("text", "e164", "display"),
    [
        ("06-12345678", "+31612345678", "06 12345678"),
        ("06 1234 5678", "+31612345678", "06 12345678"),
        ("0612345678", "+31612345678", "06 12345678"),
        ("+31 6 12345678", "+31612345678", "06 12345678"),
        ("0031 6 12345678", "+31612345678", "06 12345678"),
        ("020-1234567", "+31201234567", "020 123 4567"),
        ("010 - 123 45 67", "+31101234567", "010 123 4567"),
        ("(020) 1234567", "+31201234567", "020 123 4567"),
        ("bel me op 06-87654321 graag", "+31687654321", "06 87654321"),
        ("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56"),
    ],
)
def test_valid_phone_numbers_are_normalised(text, e164, display):
    phone = parse_phone(text)
    assert phone is not None and (phone.e164, phone.display) == (e164, display)


@pytest.mark.parametrize(
    "text",
    ["", "geen idee", "0612", "06-1234567", "12345678", "06-123456789", "020-123", "+31 6", "1234-5678-90"],
)
def test_invalid_phone_numbers_are_refused(text):
    assert parse_phone(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanne@voorbeeld.nl", "sanne@voorbeeld.nl"),
        ("Sanne.de.Vries@Voorbeeld.NL", "Sanne.de.Vries@voorbeeld.nl"),
        ("mail me op jan+praktijk@example.org.", "jan+praktijk@example.org"),
        ("j.o'brien@example.com", "j.o'brien@example.com"),
    ],
)
def test_valid_email_addresses(text, expected):
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    "text", ["", "sanne", "sanne@", "@voorbeeld.nl", "sanne@voorbeeld", "sanne@@voorbeeld.nl", "sanne voorbeeld.nl", "sanne@voorbeeld..nl"]
)
def test_invalid_email_addresses(text):
    assert parse_email(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanne", "Sanne"),
        ("sanne de vries", "sanne de vries"),
        ("ik heet Piet", "Piet"),
        ("Mijn naam is Anne-Marie O'Neil.", "Anne-Marie O'Neil"),
        ("José Müller", "José Müller"),
        ("nee", None),
        ("ja", None),
        ("R2D2", None),
        ("06-12345678", None),
        ("x", None),
        ("jan@example.nl", None),
        ("wat kun je allemaal", None),
        ("Sanne?", None),
        ("de Vries", "de Vries"),
    ],
)
def test_names(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik ben vaak moe", "Ik ben vaak moe"),
        ("geen", ""),
        ("nee", ""),
        ("sla maar over", ""),
        ("x" * (MAX_REASON + 1), None),
    ],
)
def test_reasons(text, expected):
    assert clean_reason(text) == expected
