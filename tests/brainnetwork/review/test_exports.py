"""CSV / JSON exports and the NLU candidates file, from recorded conversations."""

import csv
import io
import json

import pytest
import yaml

from brainnetwork.review import exports
from brainnetwork.review.conversations import ListFilter
from tests.brainnetwork.review.conftest import EMAIL, PHONE
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e


def test_csv_of_one_conversation_has_every_turn(review, recorded):
    body = review.export("anne", [recorded.ids["crisis"]], "csv", "een gesprek")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert list(rows[0]) == exports.CSV_COLUMNS
    visitor = [r for r in rows if r["speaker"] == "bezoeker"]
    assert [r["text"] for r in visitor] == ["hoi", "ik wil niet meer leven"]
    assert visitor[1]["intent"] == "crisis" and float(visitor[1]["confidence"]) > 0
    assert any(r["speaker"] == "assistent" and "113" in r["text"] for r in rows)
    entry = review.audit.latest()[0]
    assert (entry.action, entry.target, entry.actor) == ("export", recorded.ids["crisis"], "anne")


def test_json_of_a_filtered_list(review, recorded):
    ids = review.store.all_ids(ListFilter(flag="contact"))
    data = json.loads(review.export("anne", ids, "json", "vlag contact"))
    exported = {c["conversation_id"]: c for c in data["conversations"]}
    assert recorded.ids["contact"] in exported and recorded.ids["crisis"] not in exported
    contact = exported[recorded.ids["contact"]]
    assert "contact" in contact["flags"] and contact["turns"][0]["at"]
    assert any(t["text"] == EMAIL for t in contact["turns"])  # exports hold full values


def test_spreadsheet_formulas_are_neutralised():
    assert exports._cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert exports._cell("@SUM(A1)") == "'@SUM(A1)" and exports._cell("gewoon") == "gewoon"


def test_candidates_are_valid_rasa_nlu_with_the_prediction_as_comment(review, recorded):
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    text = review.candidates("anne")
    data = RasaYAMLReader().reads(text)
    examples = [m.get("text") for m in data.training_examples]
    assert examples.count("xyzzy plugh qwerty") == 1  # asked twice, proposed once
    line = next(line for line in text.splitlines() if "xyzzy plugh qwerty" in line)
    assert "# voorspeld: " in line and "nlu_fallback" not in line and "2x gezien" in line
    assert {m.get("intent") for m in data.training_examples} <= {exports.CANDIDATE_INTENT}
    assert PHONE not in text and EMAIL not in text
    assert "hallo" not in examples  # understood messages are no candidates
    assert review.audit.latest()[0].action == "candidates"


def test_candidates_skip_what_is_already_training_data():
    known = exports.training_texts(ROOT / "data" / "nlu")
    assert "wat is het microbioom?" in known or "wat is het microbioom" in known
    item = exports.Candidate("Hé, iets nieuws", "faq_gaba", 0.31)
    text = exports.candidates_yaml([item], 1)
    parsed = yaml.safe_load(text)
    assert parsed["nlu"][0]["examples"][0]["text"] == "Hé, iets nieuws"
    assert "# voorspeld: faq_gaba (0.31)" in text
    assert yaml.safe_load(exports.candidates_yaml([], 0))["nlu"] == []
