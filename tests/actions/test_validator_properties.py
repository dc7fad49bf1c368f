"""Properties of every validator over any text (hypothesis): they never raise, and what
they accept is what gets stored."""

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from actions.moments import read_wish
from actions.validators import MAX_NAME, MAX_REASON, clean_name, clean_reason, parse_email, parse_phone

ANY_TEXT = st.text(max_size=400)
PHONE_LIKE = st.from_regex(r"\A(\+31|0031|0)[ -]?6[ -]?[1-5]\d{3}[ -]?\d{4}\Z")  # 061-065: mobile ranges
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
@example("A\x85.")  # a next-line character before the dot once left "A "
def test_names(text):
    name = clean_name(text)
    assert name is None or (2 <= len(name) <= MAX_NAME and name == name.strip() and not any(c.isdigit() for c in name))


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_phone_numbers(text):
    phone = parse_phone(text)
    if phone is not None:
        assert phone.e164.startswith("+") and phone.e164[1:].isdigit()
        assert parse_phone(phone.display).e164 == phone.e164  # what the visitor sees reads back the same


@settings(max_examples=200, deadline=None)
@given(PHONE_LIKE)
def test_every_dutch_mobile_number_is_read(text):
    phone = parse_phone(text)
    assert phone is not None and phone.e164.startswith("+316") and len(phone.e164) == 12


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_email_addresses(text):
    email = parse_email(text)
    assert email is None or ("@" in email and " " not in email and parse_email(email) == email)


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_reasons(text):
    reason = clean_reason(text)
    assert reason is None or (len(reason) <= MAX_REASON and "  " not in reason)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_moments_never_raise(text):
    wish = read_wish(text, NOW)
    assert wish is None or wish.first_day <= wish.last_day
