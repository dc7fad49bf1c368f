"""A second intent classifier that goes by meaning, blended with DIET's ranking.

DIET sees only sparse word and character features (the Dutch pipeline has no word
vectors), so a visitor who writes "biertje" where the training data says "alcohol" is
easily lost. This classifier is a logistic regression on
- tf-idf of character n-grams (2-5, within words: typos, compounds, Flemish forms),
- tf-idf of words and word pairs,
- the multilingual Universal Sentence Encoder's sentence vector (`sentence_encoder`),
fitted as scikit-learn would, with the dense sentence vectors kept dense (`block_logistic`),
trained on the same NLU examples, each also in its Flemish or spoken form ("zijt ge",
"da", "'k", `spoken_forms`). It runs after DIET and replaces the intent and the
ranking by a weighted mean of both classifiers' probabilities (`weight` is this
classifier's share); the FallbackClassifier and the crisis safety net come after it.

A third voice goes by the nearest training examples: each intent scores the mean cosine
similarity of its `neighbours` closest examples (sentence vectors), turned into
probabilities by a softmax at `neighbour_temperature`, and takes `neighbour_weight` of
the final ranking. A visitor whose question is phrased like a few examples of one intent,
but unlike the bulk of them, is then still heard. Chosen on a development set of 133 real
questions kept apart from the benchmark (docs/benchmarks/README.md): 0.624 -> 0.684 there,
0.726 -> 0.736 on the benchmark (classifier level, same fallback thresholds).

Why, measured on the 511 real visitor questions (docs/benchmarks/representation.json):
DIET alone ranked the right topic first for 0.675 of them, this classifier alone 0.699,
the blend 0.70-0.72; the sentence vector as one more DIET feature gave nothing. It
trains in well under a minute and adds a few milliseconds per message.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

import joblib
import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer

from brainnetwork.nlu.block_logistic import BlockLogisticRegression
from brainnetwork.nlu.sentence_encoder import vectors
from brainnetwork.nlu.spoken_forms import spoken_variant

logger = logging.getLogger(__name__)

FILE_NAME = "meaning_classifier.joblib"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class MeaningIntentClassifier(GraphComponent):
    """Logistic regression on character, word and sentence-meaning features, blended with DIET."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # This classifier's share of the blended probabilities (DIET has the rest).
            "weight": 0.5,
            # The sentence vector's scale beside the (L2-normalised) tf-idf blocks.
            "sentence_vector_weight": 0.7,
            "C": 8.0,
            # L-BFGS iterations. The fit is stopped after 40 (the solver's own stopping rule
            # took 116 on the full data): the top intent was the same for all 900 real
            # questions of the evaluation sets, and the fit took 22 s instead of 57 s
            # (docs/benchmarks/README.md, thirteenth round).
            "max_iter": 40,
            # L-BFGS's stored corrections (`block_logistic`): 5 halves the solver's own
            # bookkeeping on these millions of weights, with the same fit.
            "lbfgs_memory": 5,
            # An n-gram or word must occur in at least this many training examples to be a
            # feature: 2 drops the n-grams of one example only (57k -> 47k columns), which
            # shortens the fit and ranked the real questions as well (docs/benchmarks/README.md).
            "min_df": 2,
            # Learn every example also in its Flemish or spoken form (`spoken_forms`).
            "spoken_variants": True,
            "ranking_length": 10,
            # The nearest-neighbour voice (0 switches it off).
            "neighbour_weight": 0.3,
            "neighbours": 3,
            "neighbour_temperature": 0.02,
            # A message in which not one word is known from the training data ("xyzzy plugh")
            # is not understood, whatever the character n-grams suggest: its confidences are
            # scaled by this, so that the FallbackClassifier asks again.
            "scale_without_known_words": 0.5,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        fitted: Optional[Dict[Text, Any]] = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        fitted = fitted or {}
        self._characters: Optional[TfidfVectorizer] = fitted.get("characters")
        self._words: Optional[TfidfVectorizer] = fitted.get("words")
        self._classifier: Optional[BlockLogisticRegression] = fitted.get("classifier")
        # Unit sentence vectors of the training examples, and their intents.
        self._example_vectors: Optional[np.ndarray] = fitted.get("example_vectors")
        self._example_intents: Optional[np.ndarray] = fitted.get("example_intents")
        self._rows_of_intent = _rows_by_label(self._example_intents)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "MeaningIntentClassifier":
        return cls({**cls.get_default_config(), **config}, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "MeaningIntentClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                fitted = joblib.load(directory / FILE_NAME)
        except (ValueError, FileNotFoundError):
            logger.warning("MeaningIntentClassifier: no trained model found; DIET's ranking is used alone.")
            fitted = None
        return cls({**cls.get_default_config(), **config}, model_storage, resource, fitted)

    # --- features ---

    def _features(self, texts: List[Text], meanings: Optional[List[Text]] = None) -> Tuple[sp.csr_matrix, np.ndarray]:
        """The sparse block (tf-idf of characters and words) and the dense one (sentence vectors).

        `meanings`, where given, are the texts whose sentence vectors stand for `texts`, row by row.
        """
        sparse = sp.hstack([self._characters.transform(texts), self._words.transform(texts)]).tocsr()
        return sparse, vectors(meanings or texts) * float(self._config["sentence_vector_weight"])

    # --- training ---

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        texts = [m.get(TEXT) for m in examples]
        labels = [m.get(INTENT) for m in examples]
        if len(set(labels)) < 2:
            logger.warning("MeaningIntentClassifier: fewer than two intents; not trained.")
            return self._resource
        learnt, learnt_labels, meanings = self._with_spoken_variants(texts, labels)
        min_df = int(self._config["min_df"])
        self._characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                           strip_accents="unicode", min_df=min_df).fit(learnt)
        self._words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                      strip_accents="unicode", min_df=min_df).fit(learnt)
        self._classifier = BlockLogisticRegression(
            C=float(self._config["C"]), max_iter=int(self._config["max_iter"]),
            memory=int(self._config["lbfgs_memory"]),
        ).fit(*self._features(learnt, meanings), learnt_labels)
        self._example_vectors = _unit(vectors(texts))
        self._example_intents = np.array(labels)
        self._rows_of_intent = _rows_by_label(self._example_intents)
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump({"characters": self._characters, "words": self._words,
                         "classifier": self._classifier, "example_vectors": self._example_vectors,
                         "example_intents": self._example_intents}, directory / FILE_NAME)
        return self._resource

    def _with_spoken_variants(self, texts: List[Text], labels: List[Text]):
        """The examples, followed by the spoken form of each one that has one (same intent), and
        for every row the text whose sentence vector it gets.

        A spoken form says what its example says, so it shares the example's sentence vector:
        its own would be nearly the same (the encoder saw both kinds of Dutch), and encoding
        some 4,000 variants took 10-15 s of every training (twelfth round).
        """
        if not self._config["spoken_variants"]:
            return texts, labels, texts
        variants = [(variant, label, text) for text, label in zip(texts, labels)
                    if (variant := spoken_variant(text)) is not None]
        return (texts + [v for v, _, _ in variants], labels + [label for _, label, _ in variants],
                texts + [text for _, _, text in variants])

    # --- inference ---

    def probabilities(self, texts: List[Text]) -> List[Dict[Text, float]]:
        """intent -> probability, per text, from this classifier alone."""
        if self._classifier is None or not texts:
            return [{} for _ in texts]
        matrix = self._classifier.probabilities(*self._features(texts))
        classes = list(self._classifier.classes_)
        return [dict(zip(classes, row.tolist())) for row in matrix]

    def neighbour_probabilities(self, texts: List[Text]) -> List[Dict[Text, float]]:
        """intent -> probability, per text, from the nearest training examples."""
        if self._example_vectors is None or not texts or not float(self._config["neighbour_weight"]):
            return [{} for _ in texts]
        similarities = _unit(vectors(texts)) @ self._example_vectors.T
        k = int(self._config["neighbours"])
        temperature = float(self._config["neighbour_temperature"])
        result = []
        for row in similarities:
            scores = np.array([np.sort(row[rows])[-k:].mean() for rows in self._rows_of_intent.values()])
            weights = np.exp((scores - scores.max()) / temperature)
            result.append(dict(zip(self._rows_of_intent, (weights / weights.sum()).tolist())))
        return result

    def process(self, messages: List[Message]) -> List[Message]:
        with_text = [m for m in messages if m.get(TEXT)]
        texts = [m.get(TEXT) for m in with_text]
        for message, own, near in zip(with_text, self.probabilities(texts), self.neighbour_probabilities(texts)):
            if own:
                self._blend(message, own, near, self._scale(message.get(TEXT)))
        return messages

    def _scale(self, text: Text) -> float:
        """1, or `scale_without_known_words` when no word of `text` is in the training vocabulary."""
        analyse = self._words.build_analyzer()
        vocabulary = self._words.vocabulary_
        if any(token in vocabulary for token in analyse(text)):
            return 1.0
        return float(self._config["scale_without_known_words"])

    def _blend(self, message: Message, own: Dict[Text, float], near: Dict[Text, float], scale: float = 1.0) -> None:
        weight = float(self._config["weight"])
        diet = {entry[INTENT_NAME_KEY]: float(entry["confidence"])
                for entry in message.get(INTENT_RANKING_KEY) or []}
        if not diet:
            weight = 1.0
        blended = {name: weight * own.get(name, 0.0) + (1 - weight) * diet.get(name, 0.0)
                   for name in set(own) | set(diet)}
        if near:
            share = float(self._config["neighbour_weight"])
            blended = {name: (1 - share) * blended.get(name, 0.0) + share * near.get(name, 0.0)
                       for name in set(blended) | set(near)}
        ranking = sorted(((name, value * scale) for name, value in blended.items()), key=lambda item: -item[1])
        length = int(self._config["ranking_length"]) or len(ranking)
        message.set(INTENT, {INTENT_NAME_KEY: ranking[0][0], "confidence": ranking[0][1]}, add_to_output=True)
        message.set(INTENT_RANKING_KEY,
                    [{INTENT_NAME_KEY: name, "confidence": value} for name, value in ranking[:length]],
                    add_to_output=True)


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def _rows_by_label(labels: Optional[np.ndarray]) -> Dict[Text, np.ndarray]:
    """label -> the row numbers of its examples, labels in sorted order."""
    if labels is None:
        return {}
    return {label: np.flatnonzero(labels == label) for label in sorted(set(labels.tolist()))}
