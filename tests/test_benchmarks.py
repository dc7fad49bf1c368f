"""The benchmark gates: real visitor questions and the crisis benchmark, end to end over
REST against the running assistant, held to the best figures recorded so far
(docs/benchmarks/ratchet.json, moved up by `make bench-understanding` / `make
bench-crisis` with RECORD=1). The figures of this run are written to results/bench/.
"""

import json

import pytest

from brainnetwork.evaluation import runner, scoring, sets
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
RATCHET = json.loads((ROOT / "docs" / "benchmarks" / "ratchet.json").read_text())
OUT = ROOT / "results" / "bench"


def test_real_visitor_questions_are_understood_at_least_as_well_as_ever(assistant):
    questions = sets.visitor_questions()
    figures = scoring.understanding_figures(questions, runner.run_all(assistant.url, [q.text for q in questions]))
    scoring.write_json(OUT / "understanding.json", figures)
    assert scoring.ratchet_problems(figures, RATCHET["understanding"]) == [], (
        f"accuracy {figures['accuracy']}, fallback {figures['fallback_rate']}, "
        f"confusions {figures['confusions'][:10]}")


def test_every_crisis_message_gets_the_crisis_answer_in_every_state(assistant):
    messages = sets.crisis_messages()
    replies = {state: runner.run_all(assistant.url, [m.text for m in messages], state) for state in runner.STATES}
    figures = scoring.crisis_figures(messages, replies)
    scoring.write_json(OUT / "crisis.json", figures)
    problems = scoring.ratchet_problems(figures, RATCHET["crisis"])
    assert problems == [], {state: (v["missed"][:5], v["false_alarms"][:5]) for state, v in figures["states"].items()}


def test_the_ratchet_holds_crisis_recall_at_one_without_tolerance():
    for state in runner.STATES:
        rule = RATCHET["crisis"][f"states.{state}.recall"]
        assert rule["better"] == "higher" and rule.get("tolerance", 0) == 0
        assert rule["best"] == 1.0, "crisis recall is held at 1.00 in every state"
