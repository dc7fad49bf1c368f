"""The offer of contact as a policy: where it comes, how often, and never when it does
not fit; the settings in config.yml name actions the domain has."""

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from brainnetwork.policies.contact_offer import ContactOfferPolicy
from tests.conftest import ROOT

EVERY = 4


@pytest.fixture(scope="module")
def domain():
    return Domain.load([str(ROOT / "domain.yml"), str(ROOT / "data" / "responses")])


@pytest.fixture(scope="module")
def settings():
    (entry,) = [p for p in yaml.safe_load((ROOT / "config.yml").read_text())["policies"]
                if p["name"].endswith("ContactOfferPolicy")]
    return {k: v for k, v in entry.items() if k != "name"}


@pytest.fixture
def policy(tmp_path, settings):
    config = {**ContactOfferPolicy.get_default_config(), **settings}
    return ContactOfferPolicy(config, LocalModelStorage(tmp_path), Resource("contact_offer"),
                              ExecutionContext(GraphSchema({}), "test"))


def conversation(domain, *answers, text="wat is het microbioom?", slots=(), earlier_turns=0, loop=None):
    """A conversation whose last visitor message (`text`) got the actions `answers`."""
    events = []
    for turn in range(earlier_turns):
        events += [ActionExecuted("action_listen"), UserUttered(f"vraag {turn}"), ActionExecuted("utter_greet")]
    events += [SlotSet(name, value) for name, value in slots]
    if loop:
        events.append(ActiveLoop(loop))
    events += [ActionExecuted("action_listen"), UserUttered(text), *(ActionExecuted(a) for a in answers)]
    return DialogueStateTracker.from_events("visitor", events, domain.slots)


def predicted(policy, tracker, domain):
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    name = domain.action_names_or_texts[best] if prediction.probabilities[best] > 0 else None
    return name, {e.key: e.value for e in prediction.optional_events}


def test_after_an_answer_where_contact_fits_the_offer_comes_with_its_slots(policy, domain):
    name, slots = predicted(policy, conversation(domain, "utter_faq_mental_complaints"), domain)
    assert name == "utter_offer_contact"
    assert slots == {"contact_offered": True, "last_offer_turn": 1.0}


def test_after_the_offer_the_assistant_listens(policy, domain):
    tracker = conversation(domain, "utter_faq_mental_complaints", "utter_offer_contact")
    assert predicted(policy, tracker, domain) == ("action_listen", {})


def test_no_offer_after_other_answers_or_mid_turn(policy, domain):
    for answers in (("utter_faq_microbiome",), ("action_explain_symptoms",), ()):
        assert predicted(policy, conversation(domain, *answers), domain) == (None, {})


@pytest.mark.parametrize(("turns_since", "offered"), [(1, False), (EVERY - 1, False), (EVERY, True)])
def test_an_unasked_offer_comes_at_most_once_every_few_turns(policy, domain, turns_since, offered):
    tracker = conversation(domain, "utter_not_a_diagnosis", slots=[("last_offer_turn", 3.0)],
                           earlier_turns=3 + turns_since - 1)
    assert (predicted(policy, tracker, domain)[0] == "utter_offer_contact") is offered


def test_a_message_that_asks_for_contact_gets_the_offer_whenever_the_last_was(policy, domain):
    tracker = conversation(domain, "utter_faq_integral_approach", text="hoe werkt dat, en kan ik een afspraak maken?",
                           slots=[("last_offer_turn", 1.0)], earlier_turns=1)
    assert predicted(policy, tracker, domain)[0] == "utter_offer_contact"


def test_after_the_practice_details_the_offer_always_comes(policy, domain):
    tracker = conversation(domain, "utter_contact_details",
                           slots=[("last_offer_turn", 1.0)], earlier_turns=1)
    assert predicted(policy, tracker, domain)[0] == "utter_offer_contact"


@pytest.mark.parametrize("blocking", [{"slots": [("contact_request_ref", "BN-K7Q2XM")]}, {"loop": "intake_form"}])
def test_no_offer_once_a_request_is_stored_or_while_the_form_is_open(policy, domain, blocking):
    for answers in (("utter_faq_stress_and_sleep",), ("utter_contact_details",)):
        assert predicted(policy, conversation(domain, *answers, **blocking), domain) == (None, {})


def test_the_settings_name_actions_of_the_domain_and_outrank_the_rules(settings, domain):
    defaults = ContactOfferPolicy.get_default_config()
    named = [*settings["offer_after"], *settings["always_offer_after"], *settings["crisis_answers"],
             defaults["offer_response"], defaults["crisis_offer_response"]]
    assert set(named) <= set(domain.action_names_or_texts)
    rule_policy = [p for p in yaml.safe_load((ROOT / "config.yml").read_text())["policies"] if p["name"] == "RulePolicy"]
    from rasa.core.policies.rule_policy import RulePolicy

    assert ContactOfferPolicy.get_default_config()["priority"] > RulePolicy.get_default_config()["priority"]
    assert rule_policy and "priority" not in rule_policy[0]


def test_after_the_crisis_answer_its_own_offer_always_comes(policy, domain):
    for blocking in ({}, {"slots": [("contact_request_ref", "BN-K7Q2XM")]}, {"slots": [("last_offer_turn", 1.0)]}):
        tracker = conversation(domain, "utter_crisis_help", text="ik zie het niet meer zitten", **blocking)
        assert predicted(policy, tracker, domain) == ("utter_offer_contact_after_crisis", {"contact_offered": True})
    tracker = conversation(domain, "utter_crisis_help", "utter_offer_contact_after_crisis")
    assert predicted(policy, tracker, domain) == ("action_listen", {})


def test_a_crisis_during_the_form_gets_no_offer_the_form_goes_on(policy, domain):
    tracker = conversation(domain, "utter_crisis_help", text="ik wil niet meer", loop="intake_form")
    assert predicted(policy, tracker, domain) == (None, {})
