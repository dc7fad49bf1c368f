"""Action responses checked with a validator compiled once
(brainnetwork/rasa_patches/action_result_validation.py)."""

import pytest
from rasa.core.actions.action import RemoteAction


def test_action_responses_are_still_checked_against_rasas_schema(patched):
    from jsonschema import ValidationError

    action = RemoteAction("action_explain_symptoms", None)
    assert action._validate_action_result({"events": [{"event": "slot", "name": "x", "value": 1}], "responses": []})
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": [{"geen": "event"}], "responses": []})
