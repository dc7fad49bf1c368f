"""The evaluation sets: collected from outside sources, big enough, and never in training."""

import yaml

from brainnetwork.evaluation import sets


def test_the_real_question_benchmark_is_big_enough_and_labelled():
    questions = sets.visitor_questions()
    article = [q for q in questions if q.kind == "article"]
    assert len(article) >= 300
    assert len(questions) - len(article) >= 100
    assert all(q.source.startswith("http") for q in questions), "every question names where it was found"
    assert len({sets.normalised(q.text) for q in questions}) == len(questions), "no question twice"


def test_the_crisis_benchmark_covers_every_kind():
    messages = sets.crisis_messages()
    assert sum(m.crisis for m in messages) >= 200 and sum(not m.crisis for m in messages) >= 200
    positives = {m.category for m in messages if m.crisis}
    assert {"direct_wish", "indirect_wish", "passive_wish", "hopeless_burden", "plan_method", "acute_done",
            "farewell", "self_harm", "worry_other", "hidden"} <= positives
    assert len({sets.normalised(m.text) for m in messages}) == len(messages)


def test_no_benchmark_message_is_in_the_training_data():
    texts = ([q.text for q in sets.visitor_questions()] + [m.text for m in sets.crisis_messages()]
             + [m.text for m in sets.crisis_checks()] + [q.text for q in sets.development_questions()]
             + [q.text for q in sets.question_checks()])
    assert len(sets.crisis_checks()) >= 450
    assert len(sets.question_checks()) >= 70
    assert sets.overlap(texts) == []


def test_the_development_set_is_apart_from_the_benchmark():
    development = sets.development_questions()
    assert len(development) >= 100
    benchmark = {sets.normalised(q.text) for q in sets.visitor_questions()}
    assert [q.text for q in development if sets.normalised(q.text) in benchmark] == []


def test_the_fresh_question_checks_are_apart_from_the_benchmark_and_the_development_set():
    earlier = {sets.normalised(q.text) for q in sets.visitor_questions() + sets.development_questions()}
    assert [q.text for q in sets.question_checks() if sets.normalised(q.text) in earlier] == []


def test_the_overlap_guard_finds_a_benchmark_question_copied_into_training(tmp_path):
    question = sets.visitor_questions()[0].text
    (tmp_path / "nlu").mkdir()
    (tmp_path / "nlu" / "copied.yml").write_text(yaml.safe_dump({"version": "3.1", "nlu": [
        {"intent": "faq_tips", "examples": f"- {question.upper()}!!\n- iets anders\n"}]}))
    assert sets.overlap([question], root=tmp_path) == [(question, "copied.yml")]


def test_normalised_ignores_case_accents_and_punctuation():
    assert sets.normalised("  Wat is   SEROTONÍNE?! ") == "wat is serotonine"
