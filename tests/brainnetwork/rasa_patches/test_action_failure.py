"""The apology when the action server is down (brainnetwork/rasa_patches/action_failure.py)."""

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import BotUttered, FollowupAction
from rasa.utils.endpoints import EndpointConfig

from brainnetwork.responses import apology
from tests.brainnetwork.rasa_patches.conftest import run_action
from tests.conftest import free_port


def down(name):
    return RemoteAction(name, EndpointConfig(f"http://localhost:{free_port()}/webhook"))


async def test_other_actions_apologise_once_and_listen(patched):
    events = await run_action(down("action_explain_symptoms"))
    assert [type(e) for e in events] == [BotUttered, FollowupAction]
    assert events[0].text == apology() and events[1].action_name == "action_listen"
    assert events[0].metadata == {"utter_action": "utter_action_failed"}


async def test_without_the_patch_rasa_raises_and_the_visitor_hears_nothing():
    import pytest
    from rasa.shared.exceptions import RasaException

    with pytest.raises(RasaException):
        await run_action(down("action_explain_symptoms"))
