"""Follow-ups that lean on the previous answer."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.follow_up import ActionAnswerFollowUp


def after(answer, intent):
    events = [{"event": "bot", "text": "…", "metadata": {"utter_action": answer}}] if answer else []
    latest = {"text": "hoe dan?", "intent": {"name": intent, "confidence": 0.9}}
    return Tracker("bezoeker", {}, latest, events, False, None, {}, "action_listen")


async def responses(tracker, domain):
    dispatcher = CollectingDispatcher()
    await ActionAnswerFollowUp().run(dispatcher, tracker, domain)
    return [m["response"] for m in dispatcher.messages]


async def test_asked_for_more_it_gives_the_topic_that_explains_further(domain):
    further = domain["responses"]["utter_faq_serotonin"][0]["metadata"]["elaboration"]
    assert await responses(after("utter_faq_serotonin", "ask_elaboration"), domain) == [f"utter_{further}"]


async def test_where_the_article_says_no_more_it_says_so(domain):
    assert await responses(after("utter_faq_integral_approach", "ask_elaboration"), domain) == \
        ["utter_follow_up_nothing_more"]


async def test_about_a_group_it_says_honestly_the_article_does_not_say(domain):
    assert await responses(after("utter_faq_fibre", "ask_specific_group"), domain) == \
        ["utter_follow_up_specific_group"]


async def test_without_a_previous_answer_it_asks_what_the_visitor_wants_to_know(domain):
    assert await responses(after(None, "ask_elaboration"), domain) == ["utter_follow_up_without_topic"]


def test_every_elaboration_names_an_article_answer(domain):
    for name, variants in domain["responses"].items():
        further = (variants[0].get("metadata") or {}).get("elaboration")
        if further:
            assert f"utter_{further}" in domain["responses"] and further != name[len("utter_"):]
