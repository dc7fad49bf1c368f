"""action_explain_symptoms connects the complaints a visitor names to the article."""

from rasa_sdk.executor import CollectingDispatcher

from actions.symptoms import ActionExplainSymptoms
from brainnetwork.complaints import complaint_content
from tests.conftest import make_tracker


def entity(name, value, text=None):
    return {"entity": name, "value": value, "text": text or value}


async def run(tracker):
    dispatcher = CollectingDispatcher()
    events = await ActionExplainSymptoms().run(dispatcher, tracker, {})
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return dispatcher.messages, slots


async def test_named_complaints_are_explained_and_remembered():
    tracker = make_tracker(
        "ik ben altijd moe en heb vaak buikpijn",
        "describe_symptoms",
        [entity("complaint", "fatigue", "moe"), entity("complaint", "gut_complaints", "buikpijn")],
    )
    messages, slots = await run(tracker)
    (message,) = messages
    content = complaint_content()
    assert "vermoeidheid en darmklachten" in message["text"]
    assert content.complaints["fatigue"].text in message["text"]
    assert slots == {"complaints": ["fatigue", "gut_complaints"]}


async def test_a_cause_is_explained_too():
    tracker = make_tracker(
        "sinds die antibiotica voel ik me somber",
        "describe_symptoms",
        [entity("cause", "antibiotics", "antibiotica"), entity("complaint", "low_mood", "somber")],
    )
    messages, _ = await run(tracker)
    assert complaint_content().causes["antibiotics"].text in messages[0]["text"]


async def test_earlier_complaints_are_kept():
    tracker = make_tracker(
        "en ik slaap slecht",
        "describe_symptoms",
        [entity("complaint", "sleep_problems", "slaap slecht")],
        slots={"complaints": ["fatigue"]},
    )
    _, slots = await run(tracker)
    assert slots["complaints"] == ["fatigue", "sleep_problems"]


async def test_complaints_the_article_does_not_discuss_get_the_general_answer():
    tracker = make_tracker("ik heb hoofdpijn", "describe_symptoms", [entity("complaint", "hoofdpijn")])
    messages, slots = await run(tracker)
    assert messages[0]["text"] == complaint_content().general.text
    assert slots["complaints"] == []
