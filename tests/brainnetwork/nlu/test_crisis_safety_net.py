"""CrisisSafetyNet routes a message to crisis when the lexicon or the classifier sees
distress, records which layers did, and sets the kind of crisis as an entity."""

from rasa.shared.nlu.training_data.message import Message

from brainnetwork.nlu.crisis_safety_net import CRISIS_KIND_ENTITY, CRISIS_SIGNAL_KEY, CrisisSafetyNet


def classified(text, *ranking):
    message = Message(data={"text": text})
    ranked = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set("intent", ranked[0])
    message.set("intent_ranking", ranked)
    return message


def net(**config):
    return CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), **config})


def kind_entity(message):
    return [e["value"] for e in message.get("entities") or [] if e["entity"] == CRISIS_KIND_ENTITY]


def test_a_lexicon_signal_overrides_a_confident_other_intent():
    message = classified("wat is GABA, ik wil eigenlijk niet meer leven", ("faq_gaba", 0.97), ("crisis", 0.01))
    net().process([message])
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert [r["name"] for r in message.get("intent_ranking")].count("crisis") == 1
    assert message.get(CRISIS_SIGNAL_KEY)["layers"] == ["lexicon"]
    assert kind_entity(message) == ["suicidal"]


def test_a_lexicon_signal_overrides_the_nlu_fallback_and_sets_the_kind():
    message = classified("ik heb net al mijn pillen genomen", ("nlu_fallback", 0.45), ("out_of_scope", 0.3))
    net().process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_SIGNAL_KEY)["kind"] == "acute" and kind_entity(message) == ["acute"]


def test_the_classifier_alone_is_enough_and_is_recorded_as_the_layer():
    message = classified("alles is zo zwaar en donker", ("crisis", 0.55), ("describe_symptoms", 0.35))
    net().process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_SIGNAL_KEY) == {"layers": ["classifier"], "cue": None, "kind": "suicidal",
                                              "classifier_confidence": 0.55}


def test_both_layers_are_recorded_when_both_see_it():
    message = classified("ik wil dood", ("crisis", 0.9))
    net().process([message])
    assert message.get(CRISIS_SIGNAL_KEY)["layers"] == ["lexicon", "classifier"]


def test_no_signal_and_a_low_crisis_score_change_nothing():
    message = classified("ik ben altijd moe", ("describe_symptoms", 0.9), ("crisis", 0.05))
    net().process([message])
    assert message.get("intent")["name"] == "describe_symptoms"
    assert message.get(CRISIS_SIGNAL_KEY) is None and kind_entity(message) == []


def test_threshold_is_configurable():
    message = classified("alles is zo zwaar en donker", ("describe_symptoms", 0.55), ("crisis", 0.35))
    net(min_crisis_confidence=0.3).process([message])
    assert message.get("intent")["name"] == "crisis"
    below = classified("alles is zo zwaar en donker", ("describe_symptoms", 0.55), ("crisis", 0.35))
    net().process([below])
    assert below.get("intent")["name"] == "describe_symptoms"


def test_the_verdict_is_part_of_the_parse_output():
    message = classified("ik wil dood", ("greet", 0.9))
    net().process([message])
    output = message.as_dict(only_output_properties=True)
    assert CRISIS_SIGNAL_KEY in output and CRISIS_KIND_ENTITY in [e["entity"] for e in output["entities"]]


def test_words_in_an_everyday_sense_are_not_a_crisis_on_the_classifier_alone():
    grief = classified("mijn opa is overleden, we gaan morgen naar de begrafenis", ("crisis", 0.87),
                       ("describe_symptoms", 0.12))
    net().process([grief])
    assert grief.get("intent") == {"name": "describe_symptoms", "confidence": 0.12}
    assert "crisis" not in [r["name"] for r in grief.get("intent_ranking")]
    assert grief.get(CRISIS_SIGNAL_KEY) == {"layers": [], "set_aside": "everyday_sense",
                                            "classifier_confidence": 0.87}
    wish = classified("mijn opa is overleden en ik wil bij hem zijn", ("crisis", 0.95))
    net().process([wish])
    assert wish.get(CRISIS_SIGNAL_KEY)["layers"] == ["lexicon", "classifier"]


def test_in_an_everyday_sense_a_very_confident_classifier_still_decides():
    text = "sinds mijn opa overleden is zit ik in een tunnel zonder uitgang"
    confident = classified(text, ("crisis", 0.95), ("describe_symptoms", 0.03))
    net().process([confident])
    assert confident.get(CRISIS_SIGNAL_KEY)["layers"] == ["classifier"]
    unsure = classified(text, ("crisis", 0.85), ("describe_symptoms", 0.1))
    net().process([unsure])
    assert unsure.get("intent")["name"] == "describe_symptoms"


def test_the_bar_in_everyday_senses_is_set_by_config():
    grief = classified("mijn opa is overleden, we gaan morgen naar de begrafenis", ("crisis", 0.6),
                       ("describe_symptoms", 0.3))
    net(min_crisis_confidence_in_everyday_sense=0.5).process([grief])
    assert grief.get(CRISIS_SIGNAL_KEY)["layers"] == ["classifier"]
