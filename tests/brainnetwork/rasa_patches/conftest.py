"""The patches installed for one test, and taken out again after it: the rest of the
suite sees Rasa as it ships."""

import pytest
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from brainnetwork import rasa_patches
from tests.conftest import ROOT

DOMAIN = Domain.load([str(ROOT / "domain.yml"), str(ROOT / "data" / "responses")])


@pytest.fixture
async def patched():
    from brainnetwork.rasa_patches import action_connections

    assert rasa_patches.installed() == [], "another test left the patches installed"
    names = rasa_patches.install()
    assert names == list(rasa_patches.PATCHES)
    yield names
    await action_connections.close_sessions()  # what the channels do when the server stops
    rasa_patches.uninstall()


async def run_action(action, tracker=None):
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    return await action.run(CollectingOutputChannel(), nlg, tracker or DialogueStateTracker("bezoeker", DOMAIN.slots),
                            DOMAIN)
