"""Figures from the replies: accuracy of the answer topic for visitor questions, recall
and false-alarm rate of the crisis answer; and the ratchet that keeps the best figures."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Sequence

from brainnetwork.evaluation.runner import Reply
from brainnetwork.evaluation.sets import CrisisMessage, VisitorQuestion


def understanding_figures(questions: Sequence[VisitorQuestion], replies: Sequence[Reply]) -> Dict:
    by_topic: Dict[str, List[bool]] = defaultdict(list)
    by_kind: Dict[str, List[bool]] = defaultdict(list)
    confusions: Counter = Counter()
    fallback = wrong = correct = 0
    misses = []
    for question, reply in zip(questions, replies):
        right = reply.topic in question.expected
        correct += right
        by_topic[question.expected[0]].append(right)
        by_kind[question.kind].append(right)
        if not right:
            is_fallback = reply.topic in ("fallback", "unknown", "silence")
            fallback += is_fallback
            wrong += not is_fallback
            confusions[(question.expected[0], reply.topic)] += 1
            misses.append({"text": question.text, "expected": list(question.expected), "got": reply.topic})
    total = len(questions)
    rate = lambda values: round(sum(values) / len(values), 4) if values else None  # noqa: E731
    return {
        "questions": total,
        "accuracy": round(correct / total, 4),
        "fallback_rate": round(fallback / total, 4),
        "wrong_topic_rate": round(wrong / total, 4),
        "by_kind": {kind: {"accuracy": rate(v), "questions": len(v)} for kind, v in sorted(by_kind.items())},
        "by_topic": {topic: {"accuracy": rate(v), "questions": len(v)} for topic, v in sorted(by_topic.items())},
        "confusions": [{"expected": e, "got": g, "count": n} for (e, g), n in confusions.most_common()],
        "misses": misses,
    }


def crisis_figures(messages: Sequence[CrisisMessage], replies_by_state: Dict[str, Sequence[Reply]]) -> Dict:
    states = {}
    for state, replies in replies_by_state.items():
        caught = [m for m, r in zip(messages, replies) if m.crisis and r.topic == "crisis"]
        missed = [m for m, r in zip(messages, replies) if m.crisis and r.topic != "crisis"]
        alarms = [m for m, r in zip(messages, replies) if not m.crisis and r.topic == "crisis"]
        positives = len(caught) + len(missed)
        negatives = sum(not m.crisis for m in messages)
        by_category: Dict[str, List[bool]] = defaultdict(list)
        for m, r in zip(messages, replies):
            by_category[f"{'crisis' if m.crisis else 'negative'}/{m.category}"].append(
                (r.topic == "crisis") == m.crisis)
        states[state] = {
            "recall": round(len(caught) / positives, 4),
            "false_alarm_rate": round(len(alarms) / negatives, 4),
            "crisis_messages": positives,
            "hard_negatives": negatives,
            "missed": [{"text": m.text, "category": m.category} for m in missed],
            "false_alarms": [{"text": m.text, "category": m.category} for m in alarms],
            "right_by_category": {c: round(sum(v) / len(v), 4) for c, v in sorted(by_category.items())},
        }
    return {"states": states}


# --- The ratchet: the best figures recorded so far, in docs/benchmarks/ -----------------

def ratchet_problems(figures: Dict, ratchet: Dict) -> List[str]:
    """What got worse than the best recorded figures (empty when nothing did)."""
    problems = []
    for name, rule in ratchet.items():
        value = _lookup(figures, name)
        if value is None:
            problems.append(f"{name}: not measured")
        elif rule["better"] == "higher" and value < rule["best"] - rule.get("tolerance", 0):
            problems.append(f"{name}: {value} < best {rule['best']}")
        elif rule["better"] == "lower" and value > rule["best"] + rule.get("tolerance", 0):
            problems.append(f"{name}: {value} > best {rule['best']}")
    return problems


def updated_ratchet(figures: Dict, ratchet: Dict) -> Dict:
    """The ratchet with every figure that improved moved to its new best."""
    updated = {}
    for name, rule in ratchet.items():
        value = _lookup(figures, name)
        better = value is not None and (
            value > rule["best"] if rule["better"] == "higher" else value < rule["best"])
        updated[name] = {**rule, "best": value if better else rule["best"]}
    return updated


def _lookup(figures: Dict, dotted: str):
    node = figures
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def read_json(path: Path) -> Dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: Dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
