"""The meaning classifier: trained on the NLU examples, kept in the model, and blended
with DIET's ranking by its weight; the nearest training examples take their own share."""

import pytest
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from brainnetwork.nlu.meaning_classifier import MeaningIntentClassifier

EXAMPLES = {
    "faq_unhealthy_food": ["is alcohol slecht voor mijn darmen", "wat doet suiker met mijn darmflora",
                              "is bewerkt voedsel slecht voor je buik", "drinken en darmbacterien"],
    "faq_exercise": ["helpt sporten voor mijn darmen", "is bewegen goed voor je microbioom",
                     "wat doet hardlopen met je darmflora", "moet ik meer bewegen voor mijn buik"],
    "practice_costs": ["wat kost een gesprek", "wordt de behandeling vergoed",
                       "hoeveel moet ik betalen", "betaalt mijn verzekering dit"],
}


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    resource = Resource("meaning_classifier")
    context = ExecutionContext(graph_schema=None, model_id="test")
    config = {**MeaningIntentClassifier.get_default_config(), "weight": 1.0}
    classifier = MeaningIntentClassifier.create(config, storage, resource, context)
    classifier.train(TrainingData([Message(data={"text": text, "intent": intent})
                                   for intent, texts in EXAMPLES.items() for text in texts]))
    return storage, resource, context


def _load(trained, weight, neighbour_weight=0.0):
    storage, resource, context = trained
    return MeaningIntentClassifier.load({"weight": weight, "neighbour_weight": neighbour_weight},
                                        storage, resource, context)


def _message(text, diet_ranking=None):
    data = {"text": text}
    if diet_ranking:
        data["intent_ranking"] = [{"name": n, "confidence": c} for n, c in diet_ranking]
        data["intent"] = data["intent_ranking"][0]
    return Message(data=data)


def test_it_goes_by_meaning_beyond_the_training_words(trained):
    message = _message("ik drink elke avond twee biertjes, is dat erg?")
    _load(trained, 1.0).process([message])
    assert message.get("intent")["name"] == "faq_unhealthy_food"


def test_a_message_without_one_known_word_is_not_trusted(trained):
    known, unknown = _message("wat kost een intake"), _message("xyzzy plugh qwerty")
    _load(trained, 1.0).process([known, unknown])
    scaled = _load(trained, 1.0)._config["scale_without_known_words"]
    top = unknown.get("intent_ranking")
    assert sum(entry["confidence"] for entry in top) <= scaled + 1e-9
    assert sum(entry["confidence"] for entry in known.get("intent_ranking")) > scaled


def test_its_probabilities_are_those_of_sklearns_logistic_regression_on_the_same_features(trained):
    classifier = _load(trained, 1.0)
    texts, labels, meanings = classifier._with_spoken_variants(
        [text for texts in EXAMPLES.values() for text in texts],
        [intent for intent, texts in EXAMPLES.items() for _ in texts])
    config = classifier._config
    reference = LogisticRegression(C=config["C"], max_iter=config["max_iter"], class_weight="balanced")
    reference.fit(_stacked(classifier, texts, meanings), labels)
    asked = ["wat kost een intake", "ik drink elke avond twee biertjes", "hoe werkt de nervus vagus?"]
    theirs = [dict(zip(reference.classes_, row)) for row in reference.predict_proba(_stacked(classifier, asked))]
    for mine, expected in zip(classifier.probabilities(asked), theirs):
        assert mine.keys() == expected.keys()
        # Within the solvers' tolerance: the component keeps fewer L-BFGS corrections than
        # scikit-learn (`lbfgs_memory`), so the two stop at slightly different points.
        assert all(abs(mine[name] - expected[name]) < 1e-4 for name in mine)


def _stacked(classifier, texts, meanings=None):
    sparse, dense = classifier._features(list(texts), meanings)
    return sp.hstack([sparse, sp.csr_matrix(dense)]).tocsr()


def test_it_blends_its_probabilities_with_diet_by_weight(trained):
    diet = [("practice_costs", 0.9), ("faq_exercise", 0.06), ("faq_unhealthy_food", 0.04)]
    text = "ik fiets elke dag naar mijn werk, is dat goed voor mijn darmen?"
    own = _load(trained, 1.0).probabilities([text])[0]

    kept = _message(text, diet)
    _load(trained, 0.0).process([kept])
    assert kept.get("intent")["name"] == "practice_costs"

    half = _message(text, diet)
    _load(trained, 0.5).process([half])
    ranking = {entry["name"]: entry["confidence"] for entry in half.get("intent_ranking")}
    for name, confidence in diet:
        assert ranking[name] == pytest.approx(0.5 * own[name] + 0.5 * confidence)
    assert half.get("intent")["name"] == max(ranking, key=ranking.get)


def test_without_a_trained_model_diets_ranking_stays(tmp_path):
    storage = LocalModelStorage(tmp_path)
    classifier = MeaningIntentClassifier.load({}, storage, Resource("missing"),
                                              ExecutionContext(graph_schema=None, model_id="test"))
    message = _message("wat kost het", [("practice_costs", 0.7), ("faq_exercise", 0.3)])
    classifier.process([message])
    assert message.get("intent") == {"name": "practice_costs", "confidence": 0.7}


def test_the_nearest_examples_vote_for_their_intent(trained):
    near = _load(trained, 1.0, 0.3).neighbour_probabilities(["wat doet hardlopen met de darmflora?"])[0]
    assert max(near, key=near.get) == "faq_exercise"
    assert sum(near.values()) == pytest.approx(1.0)


def test_the_neighbours_take_their_share_of_the_blend(trained):
    diet = [("practice_costs", 0.9), ("faq_exercise", 0.06), ("faq_unhealthy_food", 0.04)]
    text = "ik fiets elke dag naar mijn werk, is dat goed voor mijn darmen?"
    classifier = _load(trained, 0.5, 0.3)
    own = classifier.probabilities([text])[0]
    near = classifier.neighbour_probabilities([text])[0]

    message = _message(text, diet)
    classifier.process([message])
    ranking = {entry["name"]: entry["confidence"] for entry in message.get("intent_ranking")}
    for name, confidence in diet:
        assert ranking[name] == pytest.approx(0.7 * (0.5 * own[name] + 0.5 * confidence) + 0.3 * near[name])
    assert sum(ranking.values()) == pytest.approx(1.0)


def test_a_neighbour_weight_of_zero_leaves_the_two_classifiers_alone(trained):
    assert _load(trained, 1.0, 0.0).neighbour_probabilities(["wat kost het"]) == [{}]


@pytest.mark.parametrize("spoken_variants", [True, False])
def test_it_learns_the_spoken_form_of_every_example(tmp_path, spoken_variants):
    config = {**MeaningIntentClassifier.get_default_config(), "spoken_variants": spoken_variants}
    classifier = MeaningIntentClassifier.create(config, LocalModelStorage(tmp_path), Resource("m"),
                                                ExecutionContext(graph_schema=None, model_id="test"))
    classifier.train(TrainingData([Message(data={"text": text, "intent": intent})
                                   for intent, texts in EXAMPLES.items() for text in texts]))
    assert ("wa" in classifier._words.vocabulary_) is spoken_variants  # "wat doet suiker" -> "wa doet"
