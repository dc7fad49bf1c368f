"""Dutch spaCy for Rasa: nl_core_news_sm where installed, else a fallback built from spaCy.

nl_core_news_sm ships from spaCy's release page, which not every machine can reach.
Where it is missing, the same config.yml trains and serves on a Dutch pipeline made
from spaCy itself: `spacy.blank("nl")` with a lookup lemmatizer whose tables come
from spacy-lookups-data. The fallback is written to disk once and loaded from there,
because Rasa's SpacyNLP only accepts a pipeline that was loaded from a path.

The class is itself named `SpacyNLP` on purpose: SpacyTokenizer finds its model
provider by class name (`model_from="SpacyNLP"`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils import spacy_utils

from brainnetwork.settings import load_settings

logger = logging.getLogger(__name__)

OFFICIAL_MODEL = "nl_core_news_sm"
FALLBACK_NAME = "nl_blank_lookup_lemmas"


def official_model_installed(name: str = OFFICIAL_MODEL) -> bool:
    """True when the official spaCy package `name` can be imported here."""
    import spacy.util

    return bool(spacy.util.is_package(name))


def build_fallback(path: Path) -> Path:
    """Builds the Dutch fallback pipeline (blank "nl" + lookup lemmas) at `path`."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # Loads the lemma table from spacy-lookups-data; raises if that package is absent.
    nlp.initialize()
    nlp.meta["name"] = FALLBACK_NAME
    nlp.meta["description"] = "Dutch fallback: spacy.blank('nl') with lookup lemmas"
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return path


def ensure_fallback(path: Optional[Path] = None) -> Path:
    """Returns the fallback pipeline's folder, building it first if needed."""
    path = path or load_settings().spacy_fallback_dir
    if not (path / "config.cfg").exists():
        logger.info("Building the Dutch spaCy fallback pipeline at %s", path)
        build_fallback(path)
    return path


def resolve_model(requested: Text) -> tuple[Text, Text]:
    """Picks what to load for `requested`: (what spaCy loads, name for logs/fingerprints).

    The official package wins where installed. Otherwise the fallback is used; its
    name differs so that Rasa retrains when a machine switches from one to the other.
    """
    if requested and official_model_installed(requested):
        return requested, requested
    return str(ensure_fallback()), f"{FALLBACK_NAME} (fallback for {requested})"


def describe_backend(requested: Text = OFFICIAL_MODEL) -> Text:
    """One line saying which Dutch spaCy pipeline is in use, for logs and the launcher."""
    if official_model_installed(requested):
        return f"spaCy: using the official Dutch model {requested}"
    return (
        f"spaCy: {requested} is NOT installed; using the FALLBACK Dutch pipeline "
        f"(spacy.blank('nl') with spacy-lookups-data lemmas)"
    )


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(spacy_utils.SpacyNLP):
    """Rasa's SpacyNLP with a Dutch fallback when the configured model is missing."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**spacy_utils.SpacyNLP.get_default_config(), "model": OFFICIAL_MODEL}

    @staticmethod
    def load_model(spacy_model_name: Text) -> spacy_utils.SpacyModel:
        import spacy

        load_from, name = resolve_model(spacy_model_name)
        if load_from == spacy_model_name:
            logger.info(describe_backend(spacy_model_name))
            return spacy_utils.SpacyNLP.load_model(spacy_model_name)
        logger.warning(describe_backend(spacy_model_name))
        return spacy_utils.SpacyModel(model=spacy.load(load_from), model_name=name)
