"""Message pre-processing before Rasa: examples, and properties over any text (hypothesis)."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brainnetwork.messages import (MAX_MESSAGE_CHARS, Refusal, allowed_payloads, check_sender, clean_text,
                                   prepare)

INVISIBLE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@pytest.mark.parametrize("text, expected", [
    ("wat is het microbioom?", "wat is het microbioom?"),
    ("  hallo\x00 daar\x07 ", "hallo daar"),
    ("ze\u200bro\u200dwidth\ufeff", "zerowidth"),
    ("\u202eevil\u202c tekst", "evil tekst"),
    ("مرحبا، كيف حالك", "مرحبا، كيف حالك"),  # right-to-left text stays
    ("😀🙏", "😀🙏"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # shown as text by every client
    ("'; DROP TABLE events; --", "'; DROP TABLE events; --"),
    ("/affirm", "/affirm"),
    ("/restart", "/restart"),
    ('/inform{"confirmed": true}', 'inform{"confirmed": true}'),
    ("/action_submit_intake", "action_submit_intake"),
    ("//greet ik wil dood", "greet ik wil dood"),  # no payload dodges the crisis safety net
])
def test_prepared_text(text, expected):
    assert prepare(text) == expected


@pytest.mark.parametrize("text, reason, status", [
    ("", "empty", 400), ("   \n\t ", "empty", 400), ("\u200b\u200b", "empty", 400), ("/", "empty", 400),
    ("x" * (MAX_MESSAGE_CHARS + 1), "too_long", 413), ("x" * 1_000_000, "too_long", 413),
    (None, "not_text", 400), (42, "not_text", 400), (["hoi"], "not_text", 400),
])
def test_refused_with_a_dutch_answer(text, reason, status):
    with pytest.raises(Refusal) as refused:
        prepare(text)
    assert (refused.value.reason, refused.value.status) == (reason, status)
    assert refused.value.text.endswith(("?", "."))


def test_the_allowed_payloads_are_those_of_the_buttons(domain):
    assert {"/affirm", "/deny", "/greet", "/restart"} <= allowed_payloads()
    assert all(re.fullmatch(r"/[a-z_]+", p) for p in allowed_payloads())  # no entities
    for name, variants in domain["responses"].items():  # every response of every domain file
        for button in (b for variant in variants for b in variant.get("buttons") or []):
            assert not button["payload"].startswith("/") or button["payload"] in allowed_payloads(), name


@pytest.mark.parametrize("sender", ["bezoeker-1", "a" * 128, "e2e-12ab", "abc_def@x:1", "crm+42"])
def test_good_senders(sender):
    assert check_sender(sender) == sender


@pytest.mark.parametrize("sender", ["", "a" * 129, None, 5, "met spatie", "nul\x00", "../etc", "ü" * 3,
                                    ".", "..", "export.csv", "abc.def@x:1", "a/b", "bezoeker\n"])
def test_bad_senders(sender):
    with pytest.raises(Refusal) as refused:
        check_sender(sender)
    assert refused.value.status == 400 and refused.value.text.startswith("Ongeldige afzender")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_refused_or_clean(text):
    try:
        result = prepare(text)
    except Refusal as refusal:
        assert refusal.reason in ("empty", "too_long")
        return
    assert result and result == result.strip()
    assert not INVISIBLE.search(result)
    assert not result.startswith("/") or result in allowed_payloads()
    assert unicodedata.is_normalized("NFC", result)
    assert prepare(result) == result  # idempotent


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=50), st.integers(min_value=1, max_value=20_000))
def test_anything_too_long_is_refused_before_it_is_read(unit, extra):
    text = (unit * (MAX_MESSAGE_CHARS // len(unit) + 1))[:MAX_MESSAGE_CHARS] + "x" * extra
    with pytest.raises(Refusal) as refused:
        prepare(text)
    assert refused.value.reason == "too_long"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_cleaning_removes_only_invisible_characters(text):
    cleaned = clean_text(text)
    visible = INVISIBLE.sub("", unicodedata.normalize("NFC", text).replace("\r", "\n").replace("\t", " ")).strip()
    assert cleaned == visible
