"""Tracing a reply back to the response it came from, and so to its answer topic."""

import yaml

from brainnetwork.evaluation.answers import answer_topic, response_of, topic_of_response
from tests.conftest import ROOT


def test_every_article_answer_is_recognised_by_its_text():
    faq = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text())["responses"]
    for name, variants in faq.items():
        assert response_of(variants[0]["text"]) == name


def test_filled_in_placeholders_still_match():
    text = ("Je kunt BrainNetwork bereiken via **085 000 0000** (ma t/m vr 9:00-17:00) of mailen naar "
            "info@x.example. Meer informatie vind je op https://x.example. We denken graag met je mee.")
    assert response_of(text) == "utter_contact_details"


def test_topics_of_responses():
    assert topic_of_response("utter_faq_gaba") == "faq_gaba"
    assert topic_of_response("utter_practice_costs_ask_the_practice") == "practice_costs"
    assert topic_of_response("utter_practice_costs") == "practice_costs"
    assert topic_of_response("utter_suggest_topics") == "fallback"
    assert topic_of_response(None) == "unknown"
    assert topic_of_response("utter_ask_consent") == "request_contact"
    assert topic_of_response("utter_invalid_phone") == "intake_form"
    assert topic_of_response("utter_ask_confirmed") == "intake_form"


def test_a_crisis_answer_anywhere_in_the_reply_makes_it_a_crisis_reply(domain):
    crisis = domain["responses"]["utter_crisis_help"][-1]["text"]
    faq = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text())["responses"]
    topic, names = answer_topic([{"text": faq["utter_faq_gaba"][0]["text"]}, {"text": crisis}])
    assert topic == "crisis" and names == ["utter_faq_gaba", "utter_crisis_help"]


def test_the_offer_after_an_answer_is_not_the_answer(domain):
    offer = domain["responses"]["utter_offer_contact"][0]["text"]
    assert answer_topic([{"text": offer}]) == ("unknown", ["utter_offer_contact"])
