"""The contact offer decided in the Rasa process (brainnetwork/rasa_patches/in_process_actions.py)."""

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from tests.brainnetwork.rasa_patches.conftest import DOMAIN, run_action
from tests.conftest import free_port


async def test_the_contact_offer_is_decided_in_the_rasa_process_as_the_action_server_would(patched):
    tracker = DialogueStateTracker("bezoeker", DOMAIN.slots)
    tracker.update(UserUttered("wat is het microbioom?", {"name": "faq_microbioom"}))
    action = RemoteAction("action_maybe_offer_contact", EndpointConfig(f"http://localhost:{free_port()}/webhook"))
    events = await run_action(action, tracker)
    assert isinstance(events[0], BotUttered) and events[0].text == DOMAIN.responses["utter_offer_contact"][0]["text"]
    assert {e.key: e.value for e in events if isinstance(e, SlotSet)} == {"contact_offered": True, "last_offer_turn": 1.0}
    for event in events:
        tracker.update(event)
    tracker.update(UserUttered("en wat is GABA?", {"name": "faq_gaba"}))
    assert await run_action(action, tracker) == [], "at most once in four turns"
