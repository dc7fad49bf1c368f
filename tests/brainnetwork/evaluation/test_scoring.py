"""Figures from replies, and the ratchet that holds the best ones."""

from brainnetwork.evaluation.runner import Reply
from brainnetwork.evaluation.scoring import (crisis_figures, ratchet_problems, understanding_figures,
                                             updated_ratchet)
from brainnetwork.evaluation.sets import CrisisMessage, VisitorQuestion


def question(text, *expected):
    return VisitorQuestion(text, "https://example.org", tuple(expected), "article")


def reply(topic):
    return Reply("x", "fresh", topic, ())


def test_understanding_counts_right_fallback_and_wrong_topic():
    questions = [question("a", "faq_gaba"), question("b", "faq_tips", "faq_fibre"), question("c", "faq_gaba"),
                 question("d", "faq_dopamine")]
    figures = understanding_figures(questions, [reply("faq_gaba"), reply("faq_fibre"), reply("fallback"),
                                                reply("faq_gaba")])
    assert figures["accuracy"] == 0.5 and figures["fallback_rate"] == 0.25 and figures["wrong_topic_rate"] == 0.25
    assert figures["by_topic"]["faq_gaba"] == {"accuracy": 0.5, "questions": 2}
    assert {"expected": "faq_dopamine", "got": "faq_gaba", "count": 1} in figures["confusions"]


def test_crisis_recall_and_false_alarms_per_state():
    messages = [CrisisMessage("a", True, "direct_wish"), CrisisMessage("b", True, "farewell"),
                CrisisMessage("c", False, "grief"), CrisisMessage("d", False, "idiom_hyperbole")]
    figures = crisis_figures(messages, {"fresh": [reply("crisis"), reply("faq_tips"), reply("crisis"),
                                                  reply("out_of_scope")]})
    fresh = figures["states"]["fresh"]
    assert fresh["recall"] == 0.5 and fresh["false_alarm_rate"] == 0.5
    assert fresh["missed"] == [{"text": "b", "category": "farewell"}]


def test_the_ratchet_fails_only_when_a_figure_gets_worse_and_moves_with_improvements():
    ratchet = {"accuracy": {"best": 0.8, "better": "higher"}, "false_alarms": {"best": 0.02, "better": "lower"}}
    assert ratchet_problems({"accuracy": 0.8, "false_alarms": 0.02}, ratchet) == []
    assert ratchet_problems({"accuracy": 0.79, "false_alarms": 0.03}, ratchet) == [
        "accuracy: 0.79 < best 0.8", "false_alarms: 0.03 > best 0.02"]
    assert ratchet_problems({}, ratchet) == ["accuracy: not measured", "false_alarms: not measured"]
    moved = updated_ratchet({"accuracy": 0.85, "false_alarms": 0.05}, ratchet)
    assert moved["accuracy"]["best"] == 0.85 and moved["false_alarms"]["best"] == 0.02
