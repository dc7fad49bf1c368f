"""The assistant's responses as the domain holds them (domain.yml and data/responses/), for
code that reads them without Rasa: the apology where no dispatcher exists (the Rasa
process, the REST channel, a failing action), the payload allowlist, the evaluation.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Dict, List

import yaml

from brainnetwork.settings import PROJECT_ROOT

GENERIC_APOLOGY = "Sorry, er ging bij mij iets mis. Probeer het later nog eens."


def response_files(root: Path = PROJECT_ROOT) -> List[Path]:
    """The domain files that hold responses, as Rasa loads them."""
    return [root / "domain.yml", *sorted((root / "data" / "responses").glob("*.yml"))]


@functools.lru_cache(maxsize=4)
def domain_responses(root: Path = PROJECT_ROOT) -> Dict[str, List[Dict[str, Any]]]:
    """Response name -> its variants, from every domain file (read once)."""
    responses: Dict[str, List[Dict[str, Any]]] = {}
    for path in response_files(root):
        responses.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {})
    return responses


def render(name: str, **values: Any) -> str:
    """The text of response `name` (its variant without a condition), its {variables}
    filled in from `values`, as Rasa's templated NLG fills them."""
    (variant,) = [v for v in domain_responses()[name] if not v.get("condition")]
    return variant["text"].format(**values)


def apology() -> str:
    """The Dutch apology with the practice's direct details (`utter_action_failed`), for
    anything that fails; a generic one if even that cannot be made."""
    try:
        from brainnetwork.practice import current_practice

        return render("utter_action_failed", **current_practice().template_values())
    except Exception:  # noqa: BLE001 - even a broken practice.yml or domain must not break the apology
        return GENERIC_APOLOGY
