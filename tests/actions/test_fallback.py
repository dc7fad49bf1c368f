"""When the NLU is unsure: the likely topics as buttons, then a rephrase, then the menu;
and the core fallback that forgets the message that led nowhere."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionCoreFallback, ActionSuggestTopics, fallbacks_in_a_row
from tests.conftest import make_tracker


def unsure(text, ranking, earlier_fallbacks=0):
    events = [{"event": "user", "text": "?", "parse_data": {"intent": {"name": "nlu_fallback"}}}] * earlier_fallbacks
    events.append({"event": "user", "text": text, "parse_data": {"intent": {"name": "nlu_fallback"}}})
    latest = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.45},
              "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.45}] +
              [{"name": name, "confidence": c} for name, c in ranking]}
    return Tracker("bezoeker", {}, latest, events, False, None, {}, "action_listen")


async def run(tracker, domain):
    dispatcher = CollectingDispatcher()
    await ActionSuggestTopics().run(dispatcher, tracker, domain)
    return dispatcher.messages


async def test_the_first_time_offers_the_likely_topics_as_buttons(domain):
    (message,) = await run(unsure("iets met mijn buik en mn hoofd", [("faq_gut_brain_axis", 0.3),
                                                                       ("faq_physical_complaints", 0.2),
                                                                       ("greet", 0.1), ("faq_tips", 0.09),
                                                                       ("faq_fibre", 0.01)]), domain)
    assert message["response"] == "utter_suggest_topics"
    titles = [b["title"] for b in message["buttons"]]
    expected = [domain["responses"][f"utter_{i}"][0]["metadata"]["suggestion"]["title"]
                for i in ("faq_gut_brain_axis", "faq_physical_complaints", "faq_tips")]
    assert titles == expected, "the three likeliest topics that have an answer, best first"


async def test_a_practical_topic_can_be_suggested_too(domain):
    (message,) = await run(unsure("hoe zit dat met betalen", [("practice_costs", 0.4)]), domain)
    assert message["buttons"][0]["payload"] == \
        domain["responses"]["utter_practice_costs"][0]["metadata"]["suggestion"]["question"]


async def test_then_a_rephrase_then_the_menu(domain):
    assert [m["response"] for m in await run(unsure("?", [("faq_tips", 0.3)], 1), domain)] == ["utter_ask_rephrase"]
    assert [m["response"] for m in await run(unsure("?", [("faq_tips", 0.3)], 2), domain)] == \
        ["utter_please_rephrase"]


async def test_no_likely_topic_asks_to_rephrase_at_once(domain):
    assert [m["response"] for m in await run(unsure("blub", [("greet", 0.3)]), domain)] == ["utter_ask_rephrase"]


def test_counting_stops_at_the_first_understood_message():
    events = [{"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}},
              {"event": "user", "parse_data": {"intent": {"name": "faq_tips"}}},
              {"event": "bot"},
              {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}}]
    assert fallbacks_in_a_row(Tracker("b", {}, {}, events, False, None, {}, "action_listen")) == 1


async def test_the_core_fallback_asks_to_rephrase_and_reverts_the_message():
    dispatcher = CollectingDispatcher()
    events = await ActionCoreFallback().run(dispatcher, make_tracker("???"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_please_rephrase"]
    assert [e["event"] for e in events] == ["rewind"]
