"""Dutch spaCy: the official model where installed, else the fallback loaded from disk."""

import pytest
from rasa.nlu.utils import spacy_utils

from brainnetwork.nlu import spacy_nl


@pytest.fixture
def fallback_dir(tmp_path, monkeypatch):
    path = tmp_path / "nl_fallback"
    monkeypatch.setenv("BRAINNETWORK_SPACY_FALLBACK_DIR", str(path))
    return path


def test_fallback_is_built_on_disk_and_loaded_from_there(fallback_dir, monkeypatch):
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: False)
    model = spacy_nl.SpacyNLP.load_model("nl_core_news_sm")
    assert (fallback_dir / "config.cfg").exists()
    assert model.model.lang == "nl"
    # Rasa's SpacyNLP rejects a pipeline that was not loaded from disk.
    spacy_utils.SpacyNLP.ensure_proper_language_model(model.model)
    assert model.model_name.startswith(spacy_nl.FALLBACK_NAME)


def test_fallback_lemmatises_dutch(fallback_dir, monkeypatch):
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: False)
    nlp = spacy_nl.SpacyNLP.load_model("nl_core_news_sm").model
    lemmas = [token.lemma_ for token in nlp("ik voelde me somber en sliep slecht")]
    assert "voelen" in lemmas
    assert "slapen" in lemmas


def test_fallback_and_official_model_have_different_fingerprints(fallback_dir, monkeypatch):
    """Rasa retrains when a machine switches between the two."""
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: False)
    fallback = spacy_nl.SpacyNLP.load_model("nl_core_news_sm")
    assert fallback.fingerprint() != "nl_core_news_sm"


def test_official_model_is_used_where_installed(monkeypatch):
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: True)
    loaded = []
    monkeypatch.setattr(
        spacy_utils.SpacyNLP, "load_model", staticmethod(lambda name: loaded.append(name) or "official")
    )
    assert spacy_nl.SpacyNLP.load_model("nl_core_news_sm") == "official"
    assert loaded == ["nl_core_news_sm"]


def test_backend_is_named_loudly(monkeypatch):
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: False)
    assert "FALLBACK" in spacy_nl.describe_backend()
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: True)
    assert "official Dutch model nl_core_news_sm" in spacy_nl.describe_backend()


def test_fallback_is_logged_as_a_warning(fallback_dir, monkeypatch, caplog):
    monkeypatch.setattr(spacy_nl, "official_model_installed", lambda name=None: False)
    with caplog.at_level("WARNING"):
        spacy_nl.SpacyNLP.load_model("nl_core_news_sm")
    assert any("FALLBACK" in record.getMessage() for record in caplog.records)


def test_the_project_config_uses_this_loader_with_nl_core_news_sm():
    import yaml

    from tests.conftest import ROOT

    pipeline = yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
    assert pipeline[0] == {"name": "brainnetwork.nlu.spacy_nl.SpacyNLP", "model": "nl_core_news_sm"}
