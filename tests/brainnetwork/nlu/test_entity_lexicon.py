"""The entity lexicon: the words of the NLU data (synonyms and annotated examples) found in
a message that describes complaints, added with their canonical values where the model
found nothing, and nothing changed for other intents."""

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from brainnetwork.nlu.entity_lexicon import EntityLexiconExtractor, lexicon
from tests.conftest import ROOT

NLU_DATA = """
version: "3.1"
nlu:
- intent: describe_symptoms
  examples: |
    - ik ben altijd [moe](complaint) en [opgeblazen](complaint)
    - sinds de [antibiotica](cause) heb ik [last van mijn darmen](complaint)
    - ik voel me [somber]{"entity": "complaint", "value": "low_mood"}
    - ik [slaap slecht](complaint)
- intent: faq_exercise
  examples: |
    - helpt sporten
- synonym: fatigue
  examples: |
    - moe
    - uitgeput
- synonym: gut_complaints
  examples: |
    - opgeblazen
    - last van mijn darmen
    - buikpijn
- synonym: antibiotics
  examples: |
    - antibiotica
- synonym: sleep_problems
  examples: |
    - slaap slecht
"""


@pytest.fixture()
def extractor(tmp_path):
    (tmp_path / "nlu.yml").write_text(NLU_DATA, encoding="utf-8")
    data = RasaFileImporter(training_data_paths=[str(tmp_path / "nlu.yml")]).get_nlu_data()
    storage = LocalModelStorage(tmp_path)
    resource = Resource("entity_lexicon")
    context = ExecutionContext(graph_schema=None, model_id="test")
    EntityLexiconExtractor.create({}, storage, resource, context).train(data)
    return EntityLexiconExtractor.load({}, storage, resource, context)


def _message(text, intent="describe_symptoms", entities=None):
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []})


def _values(message):
    return sorted((e["entity"], e["value"]) for e in message.get("entities"))


def test_synonyms_and_annotated_words_get_their_type_and_canonical_value(extractor):
    message = _message("Waarom ben ik zo uitgeput en heb ik steeds Buikpijn sinds de antibiotica?")
    extractor.process([message])
    assert _values(message) == [("cause", "antibiotics"), ("complaint", "fatigue"), ("complaint", "gut_complaints")]
    assert {e["extractor"] for e in message.get("entities")} == {"EntityLexiconExtractor"}


def test_whole_words_only_and_the_longest_match_wins(extractor):
    message = _message("ik heb last van mijn darmen maar ben niet moedeloos")
    extractor.process([message])
    (found,) = message.get("entities")
    assert (found["value"], message.get("text")[found["start"]:found["end"]]) == ("gut_complaints", "last van mijn darmen")


@pytest.mark.parametrize("text", ["sinds de kuur slaap ik slecht", "waarom slaap je slecht", "ik slaap slecht"])
def test_a_subject_after_the_verb_of_a_listed_phrase_is_allowed(extractor, text):
    message = _message(text)
    extractor.process([message])
    assert _values(message) == [("complaint", "sleep_problems")]


@pytest.mark.parametrize("text", ["ik slaap heel slecht", "ik slaap echt zo slecht",
                                  "waarom slaap ik zo slecht", "SLAAP ERG SLECHT"])
def test_words_of_degree_inside_a_listed_phrase_are_allowed(extractor, text):
    message = _message(text)
    extractor.process([message])
    assert _values(message) == [("complaint", "sleep_problems")]


@pytest.mark.parametrize("text", ["ik slaap niet slecht", "ik slaap nu eindelijk slecht", "ik slaap heel goed"])
def test_other_words_inside_a_listed_phrase_are_not(extractor, text):
    message = _message(text)
    extractor.process([message])
    assert _values(message) == []


def test_an_entity_the_model_found_stays_and_is_not_doubled(extractor):
    by_model = {"entity": "complaint", "start": 13, "end": 16, "value": "fatigue", "extractor": "DIETClassifier"}
    message = _message("ik ben altijd moe", entities=[by_model])
    extractor.process([message])
    assert message.get("entities") == [by_model]


def test_a_fragment_the_model_found_does_not_hide_the_known_word(extractor):
    fragment = {"entity": "complaint", "start": 8, "end": 18, "value": "opgeblazen buik", "extractor": "DIETClassifier"}
    message = _message("ik heb  opgeblazen buik", entities=[fragment])
    extractor.process([message])
    assert ("complaint", "gut_complaints") in _values(message)


@pytest.mark.parametrize("intent", ["faq_exercise", "nlu_fallback"])
def test_other_intents_are_left_as_they_are(extractor, intent):
    message = _message("ik ben altijd moe", intent=intent)
    extractor.process([message])
    assert message.get("entities") == []


def test_the_project_lexicon_maps_everyday_complaint_words():
    """On the project's own NLU data: the words that visitors use most, to their values."""
    data = RasaFileImporter(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    words = lexicon(data, ["complaint", "cause"])
    assert words["complaint"]["moe"] == "fatigue"
    assert words["complaint"]["buikpijn"] == "gut_complaints"
    assert words["cause"]["antibiotica"] == "antibiotics"
    assert not set(words["complaint"]) & set(words["cause"])
    assert set(words["complaint"].values()) <= {"fatigue", "gut_complaints", "low_mood", "anxiety", "stress",
                                                 "sleep_problems", "concentration_problems", "skin_problems",
                                                 "mood_swings", "adhd_autism"}
