"""action_core_fallback asks to rephrase and forgets the message that led nowhere."""

from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionCoreFallback
from tests.conftest import make_tracker


async def test_asks_to_rephrase_and_reverts_the_message():
    dispatcher = CollectingDispatcher()
    events = await ActionCoreFallback().run(dispatcher, make_tracker("???"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_please_rephrase"]
    assert [e["event"] for e in events] == ["rewind"]
