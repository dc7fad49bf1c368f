"""The crisis answers (domain responses) carry every number from its one source,
brainnetwork/crisis.py."""

import re

import pytest

from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.nlu.crisis_signals import KINDS

# Who else every crisis answer names, beside the lines.
CRISIS_REFERRALS = ("huisarts", "huisartsenpost")


def crisis_variants(domain):
    return domain["responses"]["utter_crisis_help"]


def test_every_crisis_answer_shows_every_number_and_the_huisarts(domain):
    for variant in crisis_variants(domain):
        text = variant["text"]
        for value in CRISIS_LINES.values():
            assert value in text, (value, text[:60])
        for referral in CRISIS_REFERRALS:
            assert referral in text
        assert not re.search(r"\{\w+\}", text), "no placeholder: the answer needs no action to fill it"


def test_the_numbers_in_the_crisis_answers_are_exactly_those_of_the_one_source(domain):
    known = {re.sub(r"\D", "", value) for value in CRISIS_LINES.values() if re.search(r"\d", value)}
    for variant in crisis_variants(domain):
        numbers = {re.sub(r"\D", "", n) for n in re.findall(r"\b\d[\d-]*\d\b|\b\d+\b", variant["text"])}
        assert numbers <= known, numbers - known


def test_one_variant_per_kind_of_crisis_and_a_default(domain):
    conditioned = {
        condition["value"]
        for variant in crisis_variants(domain)
        for condition in variant.get("condition", [])
        if condition["name"] == "crisis_kind"
    }
    assert conditioned | {"suicidal"} == set(KINDS)
    assert any("condition" not in variant for variant in crisis_variants(domain))
    assert set(domain["slots"]["crisis_kind"]["values"]) == set(KINDS)


@pytest.mark.parametrize("kind, first_line", [("acute", "112"), ("someone_else", "naasten")])
def test_the_variants_fit_the_situation(domain, kind, first_line):
    (variant,) = [v for v in crisis_variants(domain) if any(c["value"] == kind for c in v.get("condition", []))]
    if kind == "acute":
        assert variant["text"].index("112") < variant["text"].index("0800-0113"), "112 first in acute danger"
    else:
        assert first_line in variant["text"]
