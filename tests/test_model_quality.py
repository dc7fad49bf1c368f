"""The trained model: NLU quality on the held-out test set, and the conversation tests.

Both run Rasa's own evaluation (`rasa test nlu`, `rasa test core`) on the trained model
and keep their reports in results/ (intent report, confusion matrix, failed stories).
"""

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

RASA = str(Path(sys.executable).with_name("rasa"))
RESULTS = ROOT / "results"
MIN_MACRO_F1 = 0.90


def rasa(*args):
    done = subprocess.run([RASA, *args], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    return done.returncode, done.stdout + done.stderr


def test_nlu_intent_macro_f1_on_unseen_examples(trained_model):
    out = RESULTS / "nlu"
    code, log = rasa("test", "nlu", "--nlu", "tests/nlu_test.yml", "--model", str(trained_model), "--out", str(out))
    assert code == 0, log[-3000:]
    report = json.loads((out / "intent_report.json").read_text())
    assert (out / "intent_confusion_matrix.png").exists()
    macro_f1 = report["macro avg"]["f1-score"]
    weak = {k: round(v["f1-score"], 2) for k, v in report.items() if isinstance(v, dict) and v.get("f1-score", 1) < 0.8}
    print(f"NLU intent macro-F1 {macro_f1:.3f}, accuracy {report['accuracy']:.3f}; weak intents: {weak}")
    assert macro_f1 >= MIN_MACRO_F1, f"macro-F1 {macro_f1:.3f} < {MIN_MACRO_F1}; weak: {weak}"


def test_conversation_stories_pass_without_prediction_errors(trained_model):
    out = RESULTS / "stories"
    code, log = rasa(
        "test", "core", "--stories", "tests/test_stories.yml", "--model", str(trained_model),
        "--out", str(out), "--fail-on-prediction-errors",
    )
    failed = (out / "failed_test_stories.yml").read_text() if (out / "failed_test_stories.yml").exists() else ""
    assert code == 0, f"{log[-2000:]}\n{failed}"
    assert "None of the test stories failed" in failed
