"""The evaluation sets in bench/data/, and the guard that keeps them out of training.

- `visitor_questions/*.yml`: real questions as found on public Dutch and Flemish pages,
  each with its source and the answer topic(s) it should get (labels: `topics.yml`);
- `crisis_messages.yml`: messages that must get the crisis answer, and hard negatives
  that use the same words in everyday senses;
- `crisis_checks/round*.yml`: fresh crisis check sets of the same form, each measured
  unseen once (docs/benchmarks/README.md);
- `development_questions.yml`: real questions of the same form, none of them in the
  benchmark, for choosing settings without looking at the benchmark;
- `question_checks/round*.yml`: fresh real questions from pages no other set used, each
  measured unseen (`make bench-understanding FILE=...`), never used to choose anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

from brainnetwork.settings import PROJECT_ROOT

BENCH_DATA = PROJECT_ROOT / "bench" / "data"
TRAINING_DATA = PROJECT_ROOT / "data"


@dataclass(frozen=True)
class VisitorQuestion:
    text: str
    source: str
    expected: Tuple[str, ...]  # acceptable answer topics, best first
    kind: str  # article, practical or other (from topics.yml)


@dataclass(frozen=True)
class CrisisMessage:
    text: str
    crisis: bool
    category: str


def normalised(text: str) -> str:
    """Lower case, no accents or punctuation, single spaces: for comparing sets."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def topics(root: Path = BENCH_DATA) -> Dict[str, Dict[str, str]]:
    return yaml.safe_load((root / "topics.yml").read_text(encoding="utf-8"))["topics"]


def visitor_questions(root: Path = BENCH_DATA, files: Optional[List[Path]] = None) -> List[VisitorQuestion]:
    """The real-question benchmark (or other files of the same form, e.g. a fresh check)."""
    labels = topics(root)
    questions = []
    for path in files or sorted((root / "visitor_questions").glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            expected = entry["expected"]
            expected = tuple(expected if isinstance(expected, list) else [expected])
            unknown = [label for label in expected if label not in labels]
            if unknown:
                raise ValueError(f"{path.name}: unknown topic {unknown} for {entry['text']!r}")
            questions.append(VisitorQuestion(entry["text"], entry["source"], expected, labels[expected[0]]["kind"]))
    return questions


def development_questions(root: Path = BENCH_DATA) -> List[VisitorQuestion]:
    """The development set: for tuning, so that the benchmark stays a measurement."""
    return visitor_questions(root, [root / "development_questions.yml"])


def crisis_messages(root: Path = BENCH_DATA, path: Optional[Path] = None) -> List[CrisisMessage]:
    """The crisis benchmark (or another file of the same form, e.g. a fresh check)."""
    entries = yaml.safe_load((path or root / "crisis_messages.yml").read_text(encoding="utf-8"))["messages"]
    return [CrisisMessage(e["text"], bool(e["crisis"]), e.get("category") or e.get("kind", "")) for e in entries]


def question_checks(root: Path = BENCH_DATA) -> List[VisitorQuestion]:
    """The fresh real-question check sets (question_checks/round*.yml), outside the ratchet."""
    paths = sorted((root / "question_checks").glob("*.yml"))
    return visitor_questions(root, paths) if paths else []


def crisis_checks(root: Path = BENCH_DATA) -> List[CrisisMessage]:
    """The fresh crisis check sets (crisis_checks/round*.yml): run with `make bench-crisis
    FILE=...`, never used for training, outside the ratchet."""
    return [m for path in sorted((root / "crisis_checks").glob("*.yml")) for m in crisis_messages(root, path)]


def _examples(block: dict) -> Iterable[str]:
    for line in (block.get("examples") or "").splitlines():
        line = line.strip()
        if line.startswith("- "):
            # entity annotations [text](entity) / [text]{"entity": ...} -> text
            yield re.sub(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})", r"\1", line[2:])


def training_texts(root: Path = TRAINING_DATA) -> Dict[str, str]:
    """normalised text -> file, for every NLU example and every user turn in data/."""
    texts: Dict[str, str] = {}
    for path in sorted(root.rglob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu", []) or []:
            for example in _examples(block):
                texts.setdefault(normalised(example), path.name)
        for story in (document.get("stories", []) or []) + (document.get("rules", []) or []):
            for step in story.get("steps", []):
                if isinstance(step, dict) and isinstance(step.get("user"), str):
                    texts.setdefault(normalised(re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", step["user"])), path.name)
    texts.pop("", None)
    return texts


def overlap(texts: Iterable[str], root: Path = TRAINING_DATA) -> List[Tuple[str, str]]:
    """(benchmark text, training file) for every benchmark text that is also in data/."""
    training = training_texts(root)
    return [(text, training[normalised(text)]) for text in texts if normalised(text) in training]
