"""Complaints and causes the visitor names, found by the words the NLU data already lists.

DIET learns `complaint` and `cause` entities from the annotated examples, but on real
visitor questions it finds few of them: on the 44 real questions of the evaluation sets that
describe the visitor's own complaints, DIET found 20 of the 50 complaints named there, and
10 of its values were fragments such as "opgezette" or "harde" that no explanation knows
(docs/benchmarks/README.md, eleventh round). The words themselves are in the NLU data: the
synonyms that map "moe", "buikpijn" or "slapeloosheid" to their canonical value, and every
annotated example. This component matches those words (whole words, case-insensitive,
longest first) and adds what the model missed, with the canonical value.

It only adds: an entity the model found stays, and a match that overlaps an entity of the
same type with a known value is skipped (one whose value is a fragment is not trusted). It only acts on messages whose intent is one of `intents` (the
visitor describing their complaints), so that the dialogue of every other intent is the
same as before. Nothing is learnt: the word list is read from the training data when the
model is trained, so it is always the one in `data/nlu/`.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Pattern, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

logger = logging.getLogger(__name__)

FILE_NAME = "entity_lexicon.json"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True
)
class EntityLexiconExtractor(GraphComponent, EntityExtractorMixin):
    """Adds the entities whose words the NLU data lists (synonyms and annotated examples)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"entities": ["complaint", "cause"], "intents": ["describe_symptoms"]}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        words: Optional[Dict[Text, Dict[Text, Text]]] = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        # entity type -> {word (lower case) -> canonical value}
        self._words = words or {}
        self._patterns = {entity: _pattern(list(found)) for entity, found in self._words.items() if found}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "EntityLexiconExtractor":
        return cls({**cls.get_default_config(), **config}, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "EntityLexiconExtractor":
        try:
            with model_storage.read_from(resource) as directory:
                words = read_json_file(directory / FILE_NAME)
        except (ValueError, FileNotFoundError):
            logger.warning("EntityLexiconExtractor: no word list found; it adds nothing.")
            words = None
        return cls({**cls.get_default_config(), **config}, model_storage, resource, words)

    def train(self, training_data: TrainingData) -> Resource:
        self._words = lexicon(training_data, self._config["entities"])
        self._patterns = {entity: _pattern(list(found)) for entity, found in self._words.items() if found}
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / FILE_NAME, self._words)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        intents = set(self._config["intents"] or [])
        for message in messages:
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if not message.get(TEXT) or (intents and intent not in intents):
                continue
            added = self._missing_entities(message.get(TEXT), message.get(ENTITIES) or [])
            if added:
                message.set(ENTITIES, (message.get(ENTITIES) or []) + self.add_extractor_name(added),
                            add_to_output=True)
        return messages

    def _missing_entities(self, text: Text, found: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
        added = []
        for entity, pattern in self._patterns.items():
            known = set(self._words[entity].values())
            taken = [(e[ENTITY_ATTRIBUTE_START], e[ENTITY_ATTRIBUTE_END]) for e in found
                     if e.get(ENTITY_ATTRIBUTE_TYPE) == entity and ENTITY_ATTRIBUTE_START in e
                     and e.get(ENTITY_ATTRIBUTE_VALUE) in known]
            for match in pattern.finditer(text):
                # A match whose lower case is not the listed word (a letter that changes in
                # lower case) is skipped rather than allowed to stop the message.
                value = _listed(match.group(0), self._words[entity])
                if value is None or any(start < match.end() and match.start() < end for start, end in taken):
                    continue
                added.append({
                    ENTITY_ATTRIBUTE_TYPE: entity,
                    ENTITY_ATTRIBUTE_START: match.start(),
                    ENTITY_ATTRIBUTE_END: match.end(),
                    ENTITY_ATTRIBUTE_VALUE: value,
                })
        return added


def lexicon(training_data: TrainingData, entities: List[Text]) -> Dict[Text, Dict[Text, Text]]:
    """entity type -> {word -> canonical value}: the annotated words of each type, and every
    synonym of a value that type has (the synonyms themselves carry no type). Only canonical
    values (the targets of synonyms) are kept: an annotated word that no synonym maps, such
    as "hoofdpijn", has nothing the assistant could explain."""
    words: Dict[Text, Dict[Text, Text]] = {entity: {} for entity in entities}
    synonyms = {surface.lower(): value for surface, value in training_data.entity_synonyms.items()}
    values_of: Dict[Text, set] = {entity: set() for entity in entities}
    for example in training_data.entity_examples:
        text = example.get(TEXT)
        for found in example.get(ENTITIES) or []:
            entity = found.get(ENTITY_ATTRIBUTE_TYPE)
            if entity not in words:
                continue
            surface = text[found[ENTITY_ATTRIBUTE_START]: found[ENTITY_ATTRIBUTE_END]].lower()
            value = str(found.get(ENTITY_ATTRIBUTE_VALUE) or surface)
            value = synonyms.get(value.lower(), value)
            words[entity].setdefault(surface, value)
            values_of[entity].add(value)
    for surface, value in synonyms.items():
        for entity, values in values_of.items():
            if value in values:
                words[entity].setdefault(surface, value)
    canonical = set(synonyms.values())
    return {entity: {word: value for word, value in found.items() if value in canonical}
            for entity, found in words.items()}


# A subject pronoun may follow the verb that starts a listed phrase, as Dutch word order
# puts it after a fronted word: "slaap slecht" in "sinds die kuur slaap ik slecht".
INVERTED_SUBJECT = r"(?:ik|k|je|jij|ge|gij|u|hij|ze|zij|we|wij)"

# Words of degree may stand before any later word of a listed phrase: "slaap slecht" in
# "ik slaap heel slecht" or "slaap echt zo slecht". Only these: another word inside a phrase
# may change its meaning ("slaap niet slecht").
DEGREE = (r"(?:heel|erg|zo|zeer|echt|vaak|best|nogal|super|enorm|ontzettend|behoorlijk"
          r"|extreem|vreselijk|verschrikkelijk|bijzonder|wat|steeds|altijd)")


def _pattern(words: List[Text]) -> Pattern:
    """One case-insensitive pattern for whole words, the longest first (so "last van mijn
    darmen" wins over "darmen"); in a phrase of several words, a subject pronoun may stand
    after the first one, and words of degree before any later one."""
    alternatives = "|".join(_phrase(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _phrase(word: Text) -> Text:
    first, *rest = word.split(" ")
    if not rest:
        return re.escape(word)
    later = " ".join(rf"(?:{DEGREE} )*{re.escape(part)}" for part in rest)
    return rf"{re.escape(first)} (?:{INVERTED_SUBJECT} )?{later}"


def _listed(matched: Text, words: Dict[Text, Text]) -> Optional[Text]:
    """The canonical value of a matched phrase, with an inverted subject and words of degree
    taken out (unless the listed phrase has them itself, as "zo moe" would)."""
    matched = matched.lower()
    if matched in words:
        return words[matched]
    first, *rest = matched.split(" ")
    if rest and re.fullmatch(INVERTED_SUBJECT, rest[0]):
        rest = rest[1:]
    for candidate in (rest, [part for part in rest if not re.fullmatch(DEGREE, part)]):
        phrase = " ".join([first] + candidate)
        if phrase in words:
            return words[phrase]
    return None
