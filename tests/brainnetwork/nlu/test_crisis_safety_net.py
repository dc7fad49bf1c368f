"""CrisisSafetyNet overrides the classifier whenever a message signals a crisis."""

from rasa.shared.nlu.training_data.message import Message

from brainnetwork.nlu.crisis_safety_net import CRISIS_SIGNAL_KEY, CrisisSafetyNet


def classified(text, *ranking):
    message = Message(data={"text": text})
    ranked = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set("intent", ranked[0])
    message.set("intent_ranking", ranked)
    return message


def net(**config):
    return CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), **config})


def test_clear_signal_overrides_a_confident_other_intent():
    message = classified("wat is GABA, ik wil eigenlijk niet meer leven", ("faq_gaba", 0.97), ("crisis", 0.01))
    net().process([message])
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "crisis"
    assert [r["name"] for r in message.get("intent_ranking")].count("crisis") == 1
    assert message.get(CRISIS_SIGNAL_KEY).startswith("phrase:")


def test_clear_signal_overrides_the_nlu_fallback():
    message = classified("zelfmord", ("nlu_fallback", 0.45), ("out_of_scope", 0.3))
    net().process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_SIGNAL_KEY) == "word:zelfmoord"


def test_crisis_ranked_second_with_some_confidence_still_counts():
    message = classified("ik heb er geen zin meer in", ("describe_symptoms", 0.55), ("crisis", 0.35))
    net().process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_SIGNAL_KEY) == "classifier"


def test_crisis_below_the_threshold_and_no_signal_changes_nothing():
    message = classified("ik ben altijd moe", ("describe_symptoms", 0.9), ("crisis", 0.05))
    net().process([message])
    assert message.get("intent")["name"] == "describe_symptoms"
    assert message.get(CRISIS_SIGNAL_KEY) is None


def test_threshold_is_configurable():
    message = classified("ik heb er geen zin meer in", ("describe_symptoms", 0.55), ("crisis", 0.35))
    net(min_crisis_confidence=0.5).process([message])
    assert message.get("intent")["name"] == "describe_symptoms"


def test_signal_is_part_of_the_parse_output():
    message = classified("ik wil dood", ("greet", 0.9))
    net().process([message])
    assert CRISIS_SIGNAL_KEY in message.as_dict(only_output_properties=True)
