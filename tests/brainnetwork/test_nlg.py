"""The practice's details in every response (brainnetwork/nlg.py), with no action or slot."""

from rasa.core.nlg import NaturalLanguageGenerator, TemplatedNaturalLanguageGenerator
from rasa.core.utils import read_endpoints_from_path
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from brainnetwork.nlg import PracticeResponses
from brainnetwork.practice import current_practice
from brainnetwork.settings import PROJECT_ROOT


def _domain():
    return Domain.load([str(PROJECT_ROOT / "domain.yml"), str(PROJECT_ROOT / "data" / "responses")])


def _tracker(domain):
    return DialogueStateTracker.from_events("visitor", [], slots=domain.slots)


async def test_the_contact_details_come_from_practice_yml():
    domain = _domain()
    reply = await PracticeResponses(domain=domain).generate("utter_contact_details", _tracker(domain), "rest")
    practice = current_practice()
    for value in (practice.name, practice.phone, practice.email, practice.website, practice.opening_hours_text()):
        assert value in reply["text"]
    assert "{" not in reply["text"]


async def test_without_it_rasas_own_generator_leaves_the_details_out():
    domain = _domain()
    reply = await TemplatedNaturalLanguageGenerator(domain.responses).generate(
        "utter_contact_details", _tracker(domain), "rest")
    assert current_practice().phone not in reply["text"]


async def test_values_an_action_sends_still_win():
    domain = _domain()
    reply = await PracticeResponses(domain=domain).generate(
        "utter_contact_details", _tracker(domain), "rest", practice_phone="010 000 00 00")
    assert "010 000 00 00" in reply["text"] and current_practice().phone not in reply["text"]


def test_endpoints_yml_names_it_for_rasa(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://localhost:5055/webhook")
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "token")
    endpoints = read_endpoints_from_path(PROJECT_ROOT / "endpoints.yml")
    assert isinstance(NaturalLanguageGenerator.create(endpoints.nlg, _domain()), PracticeResponses)
