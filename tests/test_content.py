"""Content and training data: every answer traceable to the article and faithful to it.

Every article topic has an intent, a rule and an answer; every answer names the article
section(s) it comes from; every number, acronym and cited name in an answer stands in
those sections; every intent has enough training examples and unseen test examples.
"""

import re
from typing import Dict, List, Optional, Set

import pytest

from brainnetwork.article import HEADINGS, sections
from brainnetwork.complaints import complaint_content
from tests.conftest import ROOT, load_yaml, nlu_examples

FAQ_RESPONSES: Dict[str, list] = load_yaml(ROOT / "data" / "responses" / "faq.yml")["responses"]
DOMAIN = load_yaml(ROOT / "domain.yml")
FAQ_INTENTS = sorted(i for i in DOMAIN["intents"] if i.startswith("faq_"))
TIPS = [h for h in HEADINGS if re.match(r"^\d\. ", h)]

# Facts that must be copied, not invented: numbers and percentages, acronyms and
# vitamins (B12, GABA, PDS, NSAID), and the researchers cited.
FACT = re.compile(r"\d+(?:[–-]\d+)?%?|\b[A-Z]{2,}\w*|\b(?:Cryan|Dinan)\b")


def facts(text: str) -> List[str]:
    return FACT.findall(text.replace("**", ""))


def assert_traceable(name: str, text: str, article_sections: List[str]) -> None:
    assert article_sections, f"{name} names no article section"
    source = "\n".join(sections()[heading] for heading in article_sections)
    for fact in facts(text):
        assert fact in source, f"{name}: {fact!r} is not in {article_sections}"


def test_every_faq_intent_has_an_answer_and_every_answer_an_intent():
    assert sorted(r.removeprefix("utter_") for r in FAQ_RESPONSES) == FAQ_INTENTS


def test_every_faq_intent_is_answered_by_a_rule():
    rules = load_yaml(ROOT / "data" / "rules" / "faq.yml")["rules"]
    answered = {rule["steps"][0]["intent"]: rule["steps"][1]["action"] for rule in rules}
    assert answered == {intent: f"utter_{intent}" for intent in FAQ_INTENTS}


@pytest.mark.parametrize("response", sorted(FAQ_RESPONSES))
def test_faq_answer_is_traceable_to_the_article(response):
    (variant,) = FAQ_RESPONSES[response]
    article_sections = variant["metadata"]["article_sections"]
    assert set(article_sections) <= set(HEADINGS)
    assert_traceable(response, variant["text"], article_sections)


@pytest.mark.parametrize("response", sorted(FAQ_RESPONSES))
def test_faq_answer_is_chat_sized_in_je_form_with_a_follow_up(response):
    (variant,) = FAQ_RESPONSES[response]
    text = variant["text"]
    assert len(text) <= 650, f"{response} is {len(text)} characters"
    assert not re.search(r"\b(u|uw)\b", text), "the practice speaks to visitors with je"
    assert variant.get("buttons"), "each answer suggests a follow-up"


def test_every_article_section_is_answered():
    covered = {s for v in FAQ_RESPONSES.values() for s in v[0]["metadata"]["article_sections"]}
    assert covered == set(HEADINGS)
    assert len(TIPS) == 6


COMPLAINT_TEXTS = complaint_content()


@pytest.mark.parametrize("explanation", [COMPLAINT_TEXTS.general, *COMPLAINT_TEXTS.complaints.values(),
                                         *COMPLAINT_TEXTS.causes.values()], ids=lambda e: e.label)
def test_complaint_explanation_is_traceable_to_the_article(explanation):
    assert set(explanation.article_sections) <= set(HEADINGS)
    assert_traceable(explanation.label, explanation.text, list(explanation.article_sections))


def test_every_complaint_and_cause_synonym_has_an_explanation():
    content = complaint_content()
    synonyms = [b["synonym"] for b in load_yaml(ROOT / "data" / "nlu" / "symptoms.yml")["nlu"] if "synonym" in b]
    assert set(synonyms) == set(content.complaints) | set(content.causes)


def phrasings_a_form_question_leaves_out(name: str, domain, training_examples) -> Optional[Set[str]]:
    """For a form's question (`utter_ask_<slot>` or a variant `utter_ask_<slot>_...`) whose
    slot takes the text itself: the phrasings of the intents its mapping leaves out (stop,
    crisis). None for any other response."""
    for slot in (s for form in domain["forms"].values() for s in form["required_slots"]):
        if name == f"utter_ask_{slot}" or name.startswith(f"utter_ask_{slot}_"):
            for mapping in domain["slots"][slot]["mappings"]:
                if mapping["type"] == "from_text":
                    return {line.lower() for intent in mapping.get("not_intent", [])
                            for line in training_examples.get(intent, [])}
    return None


def test_button_payloads_are_known_phrasings(training_examples, domain):
    """Buttons send intents or questions the NLU was trained on, so a click always lands;
    a button of a form's question may send any answer the slot takes as typed ("geen"),
    but none the NLU was taught as an intent the form leaves out. Every domain file."""
    known = {line.lower() for lines in training_examples.values() for line in lines}
    for name, variants in domain["responses"].items():
        left_out = phrasings_a_form_question_leaves_out(name, domain, training_examples)
        for button in variants[0].get("buttons", []):
            payload = button["payload"]
            form_answer = left_out is not None and payload.lower() not in left_out
            assert payload.startswith("/") or payload.lower() in known or form_answer, f"{name}: {payload!r}"
        suggestion = (variants[0].get("metadata") or {}).get("suggestion")
        if suggestion:  # the button action_suggest_topics offers for this answer
            assert suggestion["question"].lower() in known, f"{name}: {suggestion['question']!r}"
            assert name.startswith("utter_") and name[len("utter_"):] in DOMAIN["intents"]


def test_every_intent_has_at_least_15_varied_training_examples(training_examples):
    for intent in DOMAIN["intents"]:
        examples = training_examples.get(intent, [])
        assert len(set(examples)) >= 15, f"{intent} has {len(set(examples))} examples"


def test_the_test_set_has_5_unseen_examples_per_intent(training_examples):
    test_set = nlu_examples(ROOT / "tests" / "nlu_test.yml")
    seen = {line.lower() for lines in training_examples.values() for line in lines}
    assert set(test_set) == set(DOMAIN["intents"])
    for intent, lines in test_set.items():
        assert len(lines) >= 5, intent
        leaked = [line for line in lines if line.lower() in seen]
        assert not leaked, f"{intent}: test examples also in training data: {leaked}"
